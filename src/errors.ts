/**
 * The one error class the package throws: invalid input at a function's boundary.
 *
 * Domain outcomes (a refusal, a claim not covered) are never thrown; they are returned as
 * decisions. This error means the question itself could not be asked: an impossible date,
 * an unknown product, a missing time zone.
 *
 * @module
 */

/**
 * What was wrong with the input, as a stable machine-readable code.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * try {
 *   planStatus(plan, [], '2026-05-01T12:00:00'); // an instant without an offset
 * } catch (error) {
 *   if (error instanceof InvalidInputError) [error.code, error.field]; //=> ['invalid-instant', 'at']
 * }
 * // requireProduct('mavic-9') throws with code 'unknown-product'; coveragePeriods({ ..., timeZone: 'Mars/Base' }) with 'unknown-time-zone'
 * ```
 *
 * @category Errors
 */
export type InvalidInputCode =
  | 'missing'
  | 'wrong-type'
  | 'invalid-date'
  | 'invalid-instant'
  | 'unknown-time-zone'
  | 'unknown-product'
  | 'unknown-region'
  | 'invalid-count'
  | 'invalid-terms'
  | 'invalid-ledger'
  | 'invalid-value'
  | 'too-large';

/** The brand shared by every copy of {@link InvalidInputError} (global symbol registry). */
const BRAND: symbol = Symbol.for('dji-care-refresh.InvalidInputError');

/**
 * Thrown when an argument is not a valid input: it names the field and what was wrong.
 *
 * @example
 * ```ts
 * try {
 *   coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-02-30' });
 * } catch (error) {
 *   if (error instanceof InvalidInputError) {
 *     error.field; //=> 'agreementDate'
 *     error.code;  //=> 'invalid-date'
 *   }
 * }
 * ```
 *
 * @category Errors
 */
export class InvalidInputError extends Error {
  static {
    // One brand for every copy of this class: the ESM and the CommonJS build of the package
    // are two modules, so an app that both imports and requires it has two classes.
    Object.defineProperty(this.prototype, BRAND, { value: true });
  }

  /**
   * `error instanceof InvalidInputError` holds for an error from either module system's copy of
   * the package (ESM `import` or CommonJS `require`), which share a `Symbol.for` brand. A
   * subclass keeps the ordinary prototype check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this !== InvalidInputError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as Readonly<Record<symbol, unknown>>)[BRAND] === true;
  }

  /** The path of the offending field, such as `'agreementDate'` or `'events[3].at'`. */
  readonly field: string;
  /** What kind of problem it is. */
  readonly code: InvalidInputCode;
  /** A short description of the value received (never the whole value). */
  readonly received: string;

  constructor(field: string, code: InvalidInputCode, problem: string, received: unknown) {
    const shown = describeValue(received);
    super(`Invalid ${field}: ${problem} (received ${shown}).`);
    this.name = 'InvalidInputError';
    this.field = field;
    this.code = code;
    this.received = shown;
  }
}

/** The most characters of a received text an error quotes. */
const QUOTED = 60;
/** Integers up to this size are written out; larger ones are only described. */
const BIGINT_SHOWN = 10n ** 40n;
// Taken once, at load (see validate.ts): the brand check of a Date.
const getTime = Date.prototype.getTime;

/**
 * A short, safe rendering of any value for an error message: a text is quoted to at most its
 * first 57 characters and `...`; a `Date` is recognised by its internal
 * time value (a `Proxy` or an object inheriting from `Date.prototype` is "an object"). It never
 * throws, and its answer is short whatever the value (at most 57 characters quoted, each at
 * most a 6-character JSON escape).
 *
 * @example
 * ```ts
 * describeValue('X'.repeat(1_000_000)).length;  //=> 62 (57 characters, '...' and the quotes)
 * describeValue(Object.create(Date.prototype)); //=> 'an object'
 * ```
 */
export function describeValue(value: unknown): string {
  try {
    return describe(value);
  } catch {
    // A revoked Proxy, or a caller's trap that throws: nothing more is known safely.
    return 'an object';
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'string') {
    return JSON.stringify(value.length > QUOTED ? `${value.slice(0, QUOTED - 3)}...` : value);
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return value < BIGINT_SHOWN && value > -BIGINT_SHOWN ? String(value) : 'a bigint of more than 40 digits';
  if (typeof value !== 'object') return `a ${typeof value}`;
  let ms: number | undefined;
  try {
    ms = getTime.call(value);
  } catch {
    // Not a Date: `ms` stays undefined.
  }
  if (ms !== undefined) return Number.isNaN(ms) ? 'Invalid Date' : `Date ${new Date(ms).toISOString()}`;
  if (Array.isArray(value)) {
    const length: unknown = value.length;
    return typeof length === 'number' ? `an array of ${length}` : 'an array';
  }
  return 'an object';
}
