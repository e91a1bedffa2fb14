/**
 * The kind of every param of every message code (issue 13): what the params of a stored value
 * (a decision or status read back from JSON) are checked against before a template writes them.
 * The revivers keep any JSON primitive in params, and a template looks an enumerated param up in
 * a table of words: a tampered `"window": "constructor"` wrote `function Object() { [native
 * code] }` into a reason, a missing param wrote `undefined`. A stored value's params must now be
 * exactly its code's, each of its kind. Generated from `MessageParams` (codes.ts) with the
 * TypeScript compiler, and typed so that a code or param added there without its kind here
 * does not compile. Only the readers of stored values import it: the rules, which write their
 * own params, do not bundle it.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import type { MessageCode, MessageParams } from './codes';
import { isRecord } from './words';

/** A param's kind: a string, a finite number, either or `null` (`?`), or one of the values listed. */
type Kind<T> = 'string' | 'string?' | 'number' | 'number?' | readonly T[];

const BINDING_OF = ['account', 'controller'] as const;
const WINDOW = ['term', 'renewal'] as const;
const TERM = ['1y', '2y'] as const;
const SUBJECT = ['damage', 'flyaway', 'repair', 'maintenance request'] as const;
const PROOF = ['official', 'authorised', 'other', 'none'] as const;
const LOCATED = ['extended-warranty', 'discounted-repair', 'replacement', 'maintenance'] as const;
const CATEGORY = ['aircraft', 'gimbal', 'handheld'] as const;

/** Every code's params and their kinds (exactly `MessageParams`' keys, each with a kind its type allows). */
const PARAM_KINDS: { readonly [C in MessageCode]: { readonly [K in keyof MessageParams[C]]-?: Kind<MessageParams[C][K]> } } = {
  'region.sold': { region: 'string' },
  'region.not-sold': { region: 'string' },
  'region.same': { region: 'string' },
  'region.mismatch': { productRegion: 'string', planRegion: 'string' },
  'elig.once.never-bound': {},
  'elig.once.bound': {},
  'elig.once.unknown': {},
  'elig.new.unknown': {},
  'elig.new.never-activated': {},
  'elig.window.within': { hours: 'number', elapsedSeconds: 'number', category: CATEGORY },
  'elig.window.exceeded': { hours: 'number', elapsedSeconds: 'number', category: CATEGORY },
  'elig.verify.no-notice': {},
  'elig.verify.within': { hours: 'number', elapsedSeconds: 'number' },
  'elig.verify.exceeded': { hours: 'number', elapsedSeconds: 'number' },
  'elig.verify.before-notice': { hours: 'number', elapsedSeconds: 'number' },
  'elig.verify.apply': { hours: 'number' },
  'elig.verify.await-notice': { hours: 'number' },
  'date.bundled.activation-unknown': {},
  'date.bundled.not-activated': {},
  'date.bundled.activation-date': { date: 'string' },
  'date.bundled.activated-before-auto-start': { autoStartDate: 'string', activationDate: 'string' },
  'date.bundled-om.delivery-needed': { productName: 'string', days: 'number' },
  'date.bundled-om.auto-start': { days: 'number', autoStartDate: 'string', activationDate: 'string?' },
  'date.separate': { date: 'string' },
  'date.code': { date: 'string' },
  'rebind.unit.current': { serial: 'string' },
  'rebind.unit.replaced-not-rebound': { serial: 'string' },
  'rebind.unit.former': { serial: 'string', planSerial: 'string' },
  'rebind.replaced': { serial: 'string' },
  'rebind.no-replacement': { serial: 'string' },
  'rebind.new-unit.bound-before': { newSerial: 'string' },
  'rebind.new-unit.never-bound': { newSerial: 'string' },
  'rebind.new-unit.no-purchase': { newSerial: 'string' },
  'period.inside': { subject: SUBJECT, startDate: 'string', lastDate: 'string', date: 'string' },
  'period.before-start': { subject: SUBJECT, startDate: 'string', lastDate: 'string', date: 'string' },
  'period.after-end': { subject: SUBJECT, startDate: 'string', lastDate: 'string', date: 'string' },
  'fee.no-schedule': { term: TERM, region: 'string', productName: 'string' },
  'fee.flyaway-unpublished': { term: TERM, region: 'string', productName: 'string' },
  'fee.renewal-unpublished': { term: TERM, region: 'string', productName: 'string' },
  'fee.ordinal-unpublished': { term: TERM, region: 'string', productName: 'string', ordinal: 'number' },
  'replace.damage.offered': { productName: 'string' },
  'replace.damage.not-offered': { productName: 'string' },
  'quota.damage.left': { left: 'number', allowed: 'number', window: WINDOW },
  'quota.damage.none-left': { left: 'number', allowed: 'number', window: WINDOW },
  'quota.left-after': { replacements: 'number', damage: 'number', flyaway: 'number', lastDate: 'string' },
  'quota.over-recorded': { window: WINDOW, startDate: 'string', lastDate: 'string', allowed: 'number', allowedDamage: 'number', allowedFlyaway: 'number', recorded: 'number', recordedDamage: 'number', recordedFlyaway: 'number' },
  'express.requested': {},
  'express.available': {},
  'express.not-for-flyaway': {},
  'shipping.paid-by-dji': {},
  'warranty.covers': { warranty: ['official-warranty', 'extended-warranty', 'care-refresh-plus-warranty', 'safe-flight'], lastDate: 'string' },
  'warranty.none-in-force': {},
  'repair.offered': { productName: 'string' },
  'repair.not-offered': { productName: 'string' },
  'repair.left': { left: 'number', allowed: 'number' },
  'repair.none-left': { left: 'number', allowed: 'number' },
  'repair.cap-unpublished': {},
  'maintenance.offered': { productName: 'string' },
  'maintenance.not-offered': { productName: 'string' },
  'maintenance.left': { left: 'number', allowed: 'number' },
  'maintenance.none-left': { left: 'number', allowed: 'number' },
  'maintenance.findings': {},
  'plus.term.one-year': { term: TERM },
  'plus.term.two-year': { term: TERM },
  'plus.in-force': { startDate: 'string', lastDate: 'string', date: 'string' },
  'plus.not-started': { startDate: 'string', lastDate: 'string', date: 'string' },
  'plus.expired': { startDate: 'string', lastDate: 'string', date: 'string' },
  'plus.replacements-left': { left: 'number' },
  'plus.no-replacement-left': { left: 'number' },
  'plus.not-bought': {},
  'plus.bought': { date: 'string' },
  'safe-flight.not-offered': { productName: 'string' },
  'safe-flight.offered': { productName: 'string' },
  'safe-flight.none-used': {},
  'safe-flight.used': { service: ['damage-replacement', 'flyaway-replacement', 'discounted-repair'], date: 'string' },
  'safe-flight.validity-ended': { validityLastDate: 'string', startDate: 'string', lastDate: 'string', date: 'string' },
  'safe-flight.validity-running': { validityLastDate: 'string', date: 'string' },
  'safe-flight.ask-again': { date: 'string' },
  'fly.model.offered': { productName: 'string' },
  'fly.model.not-offered': { productName: 'string' },
  'fly.binding.history-needed': { of: BINDING_OF },
  'fly.binding.bound-before': { of: BINDING_OF, date: 'string', boundAt: 'string' },
  'fly.binding.not-bound-before': { of: BINDING_OF, firstBoundAt: 'string?' },
  'fly.unbound.history-needed': { of: BINDING_OF },
  'fly.unbound.no-binding-before': { of: BINDING_OF },
  'fly.unbound.still-bound': { of: BINDING_OF },
  'fly.unbound.undone': { of: BINDING_OF, date: 'string', unboundAt: 'string' },
  'fly.owner.claimant-needed': { account: 'string?' },
  'fly.owner.no-account-bound': { claimant: 'string' },
  'fly.owner.is-owner': { account: 'string', claimant: 'string' },
  'fly.owner.not-owner': { account: 'string', claimant: 'string' },
  'fly.report.controller-needed': { controller: 'string?' },
  'fly.report.no-controller-bound': { reporter: 'string' },
  'fly.report.bound-controller': { controller: 'string', reporter: 'string' },
  'fly.report.other-controller': { controller: 'string', reporter: 'string' },
  'fly.theft.needed': {},
  'fly.theft.stolen-or-lost': {},
  'fly.theft.flyaway': {},
  'fly.records.needed': {},
  'fly.records.synced': {},
  'fly.records.not-synced': {},
  'fly.quota.outside-validity': { date: 'string' },
  'fly.quota.left': { window: WINDOW, flyaway: 'number', replacements: 'number', quota: 'string' },
  'fly.quota.no-replacement-left': { window: WINDOW, flyaway: 'number', replacements: 'number', quota: 'string' },
  'fly.quota.no-flyaway-left': { window: WINDOW, flyaway: 'number', replacements: 'number', quota: 'string' },
  'fly.quota.model-has-none': { productName: 'string', replacements: 'number', quota: 'string' },
  'location.plan-region': { region: 'string' },
  'location.international': { productName: 'string', region: 'string' },
  'location.plan-region-only': { productName: 'string', home: 'string', region: 'string' },
  'location.service-worldwide': { service: LOCATED },
  'location.service-plan-region-only': { service: LOCATED, home: 'string' },
  'location.proof-needed': {},
  'location.proof-accepted': { proof: PROOF },
  'location.proof-refused': { proof: PROOF },
  'terms.caller-figure': { source: 'string', rule: 'string' },
};

/** Whether a stored param is of its kind. */
function fits(kind: Kind<unknown>, value: unknown): boolean {
  if (typeof kind !== 'string') return kind.includes(value);
  if (value === null) return kind.endsWith('?');
  // JSON numbers are finite (the revivers refuse others).
  return typeof value === (kind.startsWith('string') ? 'string' : 'number');
}

/** The kind in words, for the error. */
function kindText(kind: Kind<unknown>): string {
  if (typeof kind !== 'string') return `one of ${kind.map((k) => JSON.stringify(k)).join(', ')}`;
  return `a ${kind.replace('?', '')}${kind.endsWith('?') ? ' or null' : ''}`;
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
 * // throws InvalidInputError: Invalid r.params.window: expected one of "term", "renewal" (received "constructor").
 * ```
 */
export function requireParams(code: unknown, params: unknown, field: string): void {
  if (typeof code !== 'string' || !Object.hasOwn(PARAM_KINDS, code)) return;
  if (!isRecord(params)) throw new InvalidInputError(`${field}.params`, 'wrong-type', 'expected an object', params);
  const kinds = PARAM_KINDS[code as MessageCode] as Readonly<Record<string, Kind<unknown>>>;
  for (const key of Object.keys(params)) {
    if (!Object.hasOwn(kinds, key)) {
      throw new InvalidInputError(`${field}.params.${key.slice(0, LIMITS.idLength)}`, 'invalid-value', `expected only the params of '${code}'`, key);
    }
  }
  for (const [key, kind] of Object.entries(kinds)) {
    const value = Object.hasOwn(params, key) ? params[key] : undefined;
    if (!fits(kind, value)) throw new InvalidInputError(`${field}.params.${key}`, value === undefined ? 'missing' : 'invalid-value', `expected ${kindText(kind)}`, value);
  }
}
