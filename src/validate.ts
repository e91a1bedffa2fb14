/**
 * Boundary checks shared by every exported function. Each throws {@link InvalidInputError}
 * naming the field; none lets a `TypeError` escape from deeper code.
 *
 * The readers here take a private snapshot of what the caller passed: every field is read
 * exactly once (a getter or a `Proxy` trap runs once, and an exception it throws passes
 * through unchanged), lists are read index by index after their length is checked against
 * {@link LIMITS}, and the rules then work only on the snapshot, so nothing the caller changes
 * between two reads, or after the call, changes an answer. `instanceof` is never trusted: a
 * `Date` is recognised by its internal time value (any realm), see {@link dateValue}.
 *
 * @module
 */
import { InvalidInputError } from './errors';
import { LIMITS } from './limits';

// Taken once, at load: a caller who replaces the prototype's methods later changes nothing here.
const getTime = Date.prototype.getTime;
const objectPrototype = Object.prototype;
const isArrayOf = Array.isArray;
const getPrototypeOf = Object.getPrototypeOf;

/**
 * The time value of a real `Date` of any realm (`NaN` for an invalid one), or `undefined` for
 * anything else, including a `Proxy` around a `Date` and an object that only inherits from
 * `Date.prototype`: a brand check (the built-in `getTime` on the value), not `instanceof`.
 * The value's own `getTime` or `valueOf`, if any, is never called.
 */
export function dateValue(value: unknown): number | undefined {
  let time: number | undefined;
  try {
    time = getTime.call(value);
  } catch {
    // Not a Date (a primitive, null, any other object): `time` stays undefined.
  }
  return time;
}

/** `Array.isArray`, with a revoked `Proxy` (which it throws on) refused as invalid input. */
function isArray(value: unknown, field: string): boolean {
  try {
    return isArrayOf(value);
  } catch {
    throw new InvalidInputError(field, 'wrong-type', 'expected a value, not a revoked Proxy', 'a revoked Proxy');
  }
}

/**
 * Refuses a revoked `Proxy` as invalid input before any of its properties is read (reading one
 * throws the engine's own `TypeError`, which is not the caller's exception).
 */
export function refuseRevoked(value: object, field: string): void {
  isArray(value, field);
}

/**
 * What a read of `source` threw, thrown on: as invalid input when `source` is by then a
 * revoked `Proxy` (the caller's own code revoked it during the call, and the read that
 * followed got the engine's `TypeError`), else unchanged (the caller's own exception).
 */
export function rethrowRead(error: unknown, source: object, field: string): never {
  refuseRevoked(source, field);
  throw error;
}

/**
 * One key of a checked record (`requireRecord`), read once: a `Proxy` its own trap revoked
 * during the call (in the record check or in this read) is invalid input of `field`, never the
 * engine's `TypeError`; the caller's own exception in a getter passes through unchanged.
 *
 * @example
 * ```ts
 * readKey(requireRecord({ terms: null }, 'options'), 'terms', 'options'); //=> null
 * ```
 */
export function readKey(source: Readonly<Record<string, unknown>>, key: string, field: string): unknown {
  try {
    return source[key];
  } catch (error) {
    return rethrowRead(error, source, field);
  }
}

/**
 * Whether an optional fact is absent: `undefined` (or a key left out) and `null` both mean
 * "none", so a database row with a null column reads as the fact left out (issue 12).
 */
export function isNone(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** An optional fact read by `read`, or `undefined` when it is absent or `null` ({@link isNone}). */
export function optional<T>(value: unknown, field: string, read: (value: unknown, field: string) => T): T | undefined {
  return isNone(value) ? undefined : read(value, field);
}

/** A plain object (not null, not an array, not a `Date`), or an error naming the field. */
export function requireRecord(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'an object is required', value);
  }
  if (typeof value !== 'object' || isArray(value, field)) {
    throw new InvalidInputError(field, 'wrong-type', 'expected an object', value);
  }
  // The brand check costs an exception for a non-Date: made only for objects whose prototype
  // is not Object.prototype or null (a plain object is never a Date).
  const proto: unknown = getPrototypeOf(value);
  if (proto !== objectPrototype && proto !== null && dateValue(value) !== undefined) {
    throw new InvalidInputError(field, 'wrong-type', 'expected an object, not a Date', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * A private snapshot of a record: each of `keys` read exactly once from the caller's object
 * (absent keys read as `undefined`), into a fresh object the rules then read as often as they
 * like. Other keys are not read.
 *
 * @example
 * ```ts
 * const input = readRecord(value, 'input', ['product', 'activatedAt'] as const);
 * input.activatedAt; // the one value read, however often it is used
 * ```
 */
export function readRecord<K extends string>(value: unknown, field: string, keys: readonly K[]): { readonly [P in K]: unknown } {
  const source = requireRecord(value, field);
  const snapshot = {} as Record<K, unknown>;
  try {
    for (const key of keys) snapshot[key] = source[key];
  } catch (error) {
    rethrowRead(error, source, field);
  }
  return snapshot;
}

/**
 * The options of a call (see {@link readRecord}): `undefined` or `null` read as no options.
 *
 * @example
 * ```ts
 * readOptions(null, 'options', ['clauses'] as const).clauses; //=> undefined
 * ```
 */
export function readOptions<K extends string>(value: unknown, field: string, keys: readonly K[]): { readonly [P in K]: unknown } {
  return readRecord(isNone(value) ? {} : value, field, keys);
}

/** A string of at most `max` characters, or an error naming the field; it quotes only a prefix. */
function checkedString(value: unknown, field: string, max: number, what: string): string {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', `${what} is required`, value);
  }
  if (typeof value !== 'string') throw new InvalidInputError(field, 'wrong-type', 'expected a string', value);
  if (value.length > max) {
    throw new InvalidInputError(field, 'too-large', `expected at most ${max} characters, got ${value.length}`, value);
  }
  return value;
}

/**
 * A non-empty string of at most `max` characters (default {@link LIMITS}.textLength).
 */
export function requireString(value: unknown, field: string, max: number = LIMITS.textLength): string {
  const text = checkedString(value, field, max, 'a string');
  if (text.trim() === '') throw new InvalidInputError(field, 'missing', 'an empty string is not allowed', value);
  return text;
}

/** A serial number: a non-empty string of at most {@link LIMITS}.serialLength characters. */
export function requireSerial(value: unknown, field: string): string {
  return requireString(value, field, LIMITS.serialLength);
}

/** A boolean; `undefined` or `null` ({@link isNone}) only when a default is given. */
export function requireBoolean(value: unknown, field: string, fallback?: boolean): boolean {
  if (isNone(value) && fallback !== undefined) return fallback;
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'true or false is required', value);
  }
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'wrong-type', 'expected true or false', value);
  return value;
}

/** A whole number at least 0 (a count). */
export function requireCount(value: unknown, field: string): number {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a count is required', value);
  }
  if (typeof value !== 'number') throw new InvalidInputError(field, 'wrong-type', 'expected a number', value);
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidInputError(field, 'invalid-count', 'expected a whole number of at least 0', value);
  }
  return value;
}

/** One of a fixed set of strings. */
export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  const text = requireString(value, field, LIMITS.idLength);
  if (!(allowed as readonly string[]).includes(text)) {
    throw new InvalidInputError(field, 'invalid-value', `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return text as T;
}

/** The array and its length (read once), refused past `max` entries before any entry is read. */
function checkedArray(value: unknown, field: string, max: number): { readonly list: readonly unknown[]; readonly length: number } {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a list is required', value);
  }
  if (!isArray(value, field)) throw new InvalidInputError(field, 'wrong-type', 'expected an array', value);
  const list = value as readonly unknown[];
  // A Proxy around an array may answer anything for its length: checked before any use.
  const length = list.length as unknown;
  if (!Number.isInteger(length) || (length as number) < 0) {
    throw new InvalidInputError(field, 'wrong-type', 'expected an array with a valid length', length);
  }
  if ((length as number) > max) {
    throw new InvalidInputError(field, 'too-large', `expected at most ${max} entries, got ${length}`, length);
  }
  return { list, length: length as number };
}

/**
 * An array of at most `max` entries (default {@link LIMITS}.listLength), refused by its
 * length before any entry is read: a sparse array of length 2³²−1 costs nothing. The caller's
 * array itself; {@link readList} takes a snapshot of its entries.
 */
export function requireArray(value: unknown, field: string, max: number = LIMITS.listLength): readonly unknown[] {
  return checkedArray(value, field, max).list;
}

/**
 * A private snapshot of a list: its length read once and checked against `max` (default
 * {@link LIMITS}.listLength) before any entry is read, then each entry read exactly once,
 * by index (the caller's iterator and methods are never called). A hole or an `undefined`
 * entry is refused, naming the index.
 */
export function readList(value: unknown, field: string, max: number = LIMITS.listLength): readonly unknown[] {
  const { list, length } = checkedArray(value, field, max);
  const items: unknown[] = [];
  for (let index = 0; index < length; index++) {
    let item: unknown;
    try {
      item = list[index];
    } catch (error) {
      rethrowRead(error, list, field);
    }
    if (item === undefined) {
      throw new InvalidInputError(`${field}[${index}]`, 'missing', 'a value is required (a hole or undefined is not allowed in a list)', item);
    }
    items.push(item);
  }
  return items;
}

/** Each entry of a list (see {@link readList}) read by `read`, with its field name `field[index]`. */
export function readListOf<T>(value: unknown, field: string, read: (item: unknown, field: string, index: number) => T, max: number = LIMITS.listLength): T[] {
  const items = readList(value, field, max);
  const out: T[] = [];
  for (let index = 0; index < items.length; index++) out.push(read(items[index], `${field}[${index}]`, index));
  return out;
}

/**
 * The own enumerable string keys of a record keyed by the caller (`terms.products`, timeline
 * `labels`), each read once with its value: at most `max` keys (default
 * {@link LIMITS}.recordKeys), each key at most {@link LIMITS}.idLength characters (keys name
 * fields in error messages).
 */
export function readEntries(value: unknown, field: string, max: number = LIMITS.recordKeys): readonly (readonly [string, unknown])[] {
  const source = requireRecord(value, field);
  const keys = Object.keys(source);
  if (keys.length > max) {
    throw new InvalidInputError(field, 'too-large', `expected at most ${max} keys, got ${keys.length}`, keys.length);
  }
  const entries: (readonly [string, unknown])[] = [];
  for (const key of keys) {
    if (key.length > LIMITS.idLength) {
      throw new InvalidInputError(field, 'too-large', `expected keys of at most ${LIMITS.idLength} characters`, key);
    }
    let item: unknown;
    try {
      item = source[key];
    } catch (error) {
      rethrowRead(error, source, field);
    }
    entries.push([key, item]);
  }
  return entries;
}

/**
 * A value and everything reachable from it frozen, in place; for the library's own constants
 * and snapshots (never for a caller's object).
 */
export function deepFreeze<T>(value: T): T {
  // A primitive (and `null`) counts as frozen.
  if (!Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value as object)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}
