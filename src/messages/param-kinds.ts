/**
 * The kind of every param of every message code (issue 13): what the params of a stored value
 * (a decision or status read back from JSON) are checked against before a template writes them.
 * The revivers keep any JSON primitive in params, and a template looks an enumerated param up in
 * a table of words: a tampered `"window": "constructor"` wrote `function Object() { [native
 * code] }` into a reason, a missing param wrote `undefined`. A stored value's params must now be
 * exactly its code's, each of its kind. Generated from `MessageParams` (codes.ts) with the
 * TypeScript compiler; test/adversarial-locale-render.test.ts checks every code's samples
 * (typed by `MessageParams`, each param's every value) against it, so a code or param added
 * there without its kind here fails. Only the readers of stored values import it: the rules,
 * which write their own params, do not bundle it.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import { ENGLISH } from './en';
import { isRecord } from './words';

/** The values of each enumerated param (`|`-separated), by the letter that names them in {@link KINDS}. */
const ENUMS: Readonly<Record<string, string>> = {
  B: 'account|controller',
  C: 'aircraft|gimbal|handheld',
  L: 'extended-warranty|discounted-repair|replacement|maintenance',
  P: 'official|authorised|other|none',
  R: 'official-warranty|extended-warranty|care-refresh-plus-warranty|safe-flight',
  S: 'damage|flyaway|repair|maintenance request',
  T: '1y|2y',
  U: 'damage-replacement|flyaway-replacement|discounted-repair',
  W: 'term|renewal',
};

/**
 * The params of every code, in the order of the English catalogue's codes (`Object.keys(ENGLISH)`,
 * the one list of codes the bundle carries anyway: the codes are not repeated here, to keep
 * the main entry within its size ceiling): each name followed by its kind, nothing for a
 * string, `#` for a number, `%` for a whole number of at most 2^53 (an elapsed time, which the
 * rules measure between instants of 1979–9999: a stored `1e24` wrote `dundefined` in English),
 * `?` for either or `null`, `=X` for one of `ENUMS.X`. The test of every code's samples fails
 * when a row is missing, extra or out of order.
 */
const KINDS: readonly string[] = [
  'region', // region.sold
  'region', // region.not-sold
  'region', // region.same
  'productRegion planRegion', // region.mismatch
  '', // elig.once.never-bound
  '', // elig.once.bound
  '', // elig.once.unknown
  '', // elig.new.unknown
  '', // elig.new.never-activated
  'hours# elapsedSeconds% category=C', // elig.window.within
  'hours# elapsedSeconds% category=C', // elig.window.exceeded
  '', // elig.verify.no-notice
  'hours# elapsedSeconds%', // elig.verify.within
  'hours# elapsedSeconds%', // elig.verify.exceeded
  'hours# elapsedSeconds%', // elig.verify.before-notice
  'hours#', // elig.verify.apply
  'hours#', // elig.verify.await-notice
  'source rule', // terms.caller-figure
  '', // date.bundled.activation-unknown
  '', // date.bundled.not-activated
  'date', // date.bundled.activation-date
  'autoStartDate activationDate', // date.bundled.activated-before-auto-start
  'productName days#', // date.bundled-om.delivery-needed
  'days# autoStartDate activationDate?', // date.bundled-om.auto-start
  'date', // date.separate
  'date', // date.code
  'serial', // rebind.unit.current
  'serial', // rebind.unit.replaced-not-rebound
  'serial planSerial', // rebind.unit.former
  'serial', // rebind.replaced
  'serial', // rebind.no-replacement
  'newSerial', // rebind.new-unit.bound-before
  'newSerial', // rebind.new-unit.never-bound
  'newSerial', // rebind.new-unit.no-purchase
  'subject=S startDate lastDate date', // period.inside
  'subject=S startDate lastDate date', // period.before-start
  'subject=S startDate lastDate date', // period.after-end
  'term=T region productName', // fee.no-schedule
  'term=T region productName', // fee.flyaway-unpublished
  'term=T region productName', // fee.renewal-unpublished
  'term=T region productName ordinal#', // fee.ordinal-unpublished
  'productName', // replace.damage.offered
  'productName', // replace.damage.not-offered
  'left# allowed# window=W', // quota.damage.left
  'left# allowed# window=W', // quota.damage.none-left
  'replacements# damage# flyaway# lastDate', // quota.left-after
  'window=W startDate lastDate allowed# allowedDamage# allowedFlyaway# recorded# recordedDamage# recordedFlyaway#', // quota.over-recorded
  '', // express.requested
  '', // express.available
  '', // express.not-for-flyaway
  '', // shipping.paid-by-dji
  'warranty=R lastDate', // warranty.covers
  '', // warranty.none-in-force
  'productName', // repair.offered
  'productName', // repair.not-offered
  'left# allowed#', // repair.left
  'left# allowed#', // repair.none-left
  '', // repair.cap-unpublished
  'productName', // maintenance.offered
  'productName', // maintenance.not-offered
  'left# allowed#', // maintenance.left
  'left# allowed#', // maintenance.none-left
  '', // maintenance.findings
  'term=T', // plus.term.one-year
  'term=T', // plus.term.two-year
  'startDate lastDate date', // plus.in-force
  'startDate lastDate date', // plus.not-started
  'startDate lastDate date', // plus.expired
  'left#', // plus.replacements-left
  'left#', // plus.no-replacement-left
  '', // plus.not-bought
  'date', // plus.bought
  'productName', // safe-flight.not-offered
  'productName', // safe-flight.offered
  '', // safe-flight.none-used
  'service=U date', // safe-flight.used
  'validityLastDate startDate lastDate date', // safe-flight.validity-ended
  'validityLastDate date', // safe-flight.validity-running
  'date', // safe-flight.ask-again
  'productName', // fly.model.offered
  'productName', // fly.model.not-offered
  'of=B', // fly.binding.history-needed
  'of=B date boundAt', // fly.binding.bound-before
  'of=B firstBoundAt?', // fly.binding.not-bound-before
  'of=B', // fly.unbound.history-needed
  'of=B', // fly.unbound.no-binding-before
  'of=B', // fly.unbound.still-bound
  'of=B date unboundAt', // fly.unbound.undone
  'account?', // fly.owner.claimant-needed
  'claimant', // fly.owner.no-account-bound
  'account claimant', // fly.owner.is-owner
  'account claimant', // fly.owner.not-owner
  'controller?', // fly.report.controller-needed
  'reporter', // fly.report.no-controller-bound
  'controller reporter', // fly.report.bound-controller
  'controller reporter', // fly.report.other-controller
  '', // fly.theft.needed
  '', // fly.theft.stolen-or-lost
  '', // fly.theft.flyaway
  '', // fly.records.needed
  '', // fly.records.synced
  '', // fly.records.not-synced
  'date', // fly.quota.outside-validity
  'window=W flyaway# replacements# quota', // fly.quota.left
  'window=W flyaway# replacements# quota', // fly.quota.no-replacement-left
  'window=W flyaway# replacements# quota', // fly.quota.no-flyaway-left
  'productName replacements# quota', // fly.quota.model-has-none
  'region', // location.plan-region
  'productName region', // location.international
  'productName home region', // location.plan-region-only
  'service=L', // location.service-worldwide
  'service=L home', // location.service-plan-region-only
  '', // location.proof-needed
  'proof=P', // location.proof-accepted
  'proof=P', // location.proof-refused
];

let parsed: ReadonlyMap<string, string> | undefined;

/** The row of {@link KINDS} of a code the library has, or `undefined`. */
function rowOf(code: string): string | undefined {
  parsed ??= new Map(Object.keys(ENGLISH).map((c, i) => [c, KINDS[i] as string]));
  return parsed.get(code);
}

/** Whether a stored param is of its kind (JSON numbers are finite: the revivers refuse others), or what was expected. */
function misfit(kind: string, value: unknown): string | undefined {
  const values = kind.startsWith('=') ? (ENUMS[kind.slice(1)] as string).split('|') : undefined;
  if (values !== undefined) return values.includes(value as string) ? undefined : `one of ${values.join(', ')}`;
  if (kind === '%') return Number.isSafeInteger(value) ? undefined : 'a whole number of at most 2^53';
  const type = kind.startsWith('#') ? 'number' : 'string';
  return typeof value === type || (value === null && kind.endsWith('?')) ? undefined : `a ${type}${kind.endsWith('?') ? ' or null' : ''}`;
}

/**
 * The params of a stored coded value (a reason, check or next step read back from JSON),
 * checked against its code's: an object with exactly the code's params, each of its kind.
 * A code the library does not know is left to the catalogue (it is refused there unless the
 * caller's catalogue has it).
 *
 * @param code - the stored code
 * @param params - the stored params (a fresh copy, as the revivers give it)
 * @param field - the coded value's name in errors (`decision.reasons[0]`)
 * @throws {@link InvalidInputError} naming `<field>.params` or `<field>.params.<name>`
 *
 * @example
 * ```ts
 * requireParams('fly.quota.left', { window: 'term', flyaway: 1, replacements: 2, quota: 'QUOTA-1Y' }, 'r'); // passes
 * requireParams('fly.quota.left', { window: 'constructor', flyaway: 1, replacements: 2, quota: 'QUOTA-1Y' }, 'r');
 * // throws InvalidInputError: Invalid r.params.window: expected one of term, renewal (received "constructor").
 * ```
 */
export function requireParams(code: unknown, params: unknown, field: string): void {
  const row = typeof code === 'string' ? rowOf(code) : undefined;
  if (row === undefined) return;
  if (!isRecord(params)) throw new InvalidInputError(`${field}.params`, 'wrong-type', 'expected an object', params);
  const kinds = new Map(row.split(' ').filter((n) => n !== '').map((n) => [n.replace(/[#%?=].*/, ''), n.replace(/^[^#%?=]*/, '')]));
  for (const key of Object.keys(params)) {
    if (!kinds.has(key)) throw new InvalidInputError(`${field}.params.${key.slice(0, LIMITS.idLength)}`, 'invalid-value', `expected only the params of '${code as string}'`, key);
  }
  for (const [key, kind] of kinds) {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    const expected = misfit(kind, value);
    if (expected !== undefined) throw new InvalidInputError(`${field}.params.${key}`, value === undefined ? 'missing' : 'invalid-value', `expected ${expected}`, value);
  }
}
