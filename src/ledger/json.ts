/**
 * Revivers for a stored plan and its ledger: {@link planFromJSON} and {@link ledgerFromJSON}
 * validate `JSON.parse` output the way every rule does (REBIND-REPLACEMENT, PLUS-ELIGIBLE,
 * PLUS-NOT-2Y on the ledger's events).
 *
 * @module
 */
import { type RuleOptions, termsOf } from '../catalog/terms';
import type { Plan, ServiceEvent } from '../plan';
import { resolvePlan } from './valid-plan';
import { openLedger } from './open';

/**
 * A plan from `JSON.parse` output (or any unknown value), validated: a fresh object with only
 * the fields of {@link Plan}. A {@link Plan} is plain JSON already, so a support tool stores
 * `JSON.stringify(plan)` and reads it back with this function.
 *
 * The JSON shape (every field a string):
 *
 * ```jsonc
 * {
 *   "product": "mavic-3",               // a product id of the terms
 *   "serial": "1581F4",                 // the unit the plan was first bound to
 *   "term": "1y",                       // "1y" or "2y"
 *   "region": "US",                     // ISO 3166-1 alpha-2, where the plan was bought
 *   "timeZone": "America/Chicago",      // IANA zone of the agreement (PERIOD-START)
 *   "agreementDate": "2026-03-01",      // YYYY-MM-DD
 *   "officialWarrantyStart": "2026-02-20" // optional, YYYY-MM-DD
 * }
 * ```
 *
 * Unknown fields are dropped; a missing or malformed field is an error naming it.
 *
 * @param json - the parsed value
 * @param options - `terms` whose products to accept (default: the source's)
 * @returns the plan
 * @throws {@link InvalidInputError} naming the field (`plan.agreementDate`, `plan.product`, ...)
 *
 * @example
 * ```ts
 * planFromJSON(JSON.parse('{"product":"mavic-3","serial":"1581F4","term":"1y","region":"US","timeZone":"America/Chicago","agreementDate":"2026-03-01"}'));
 * //=> { product: 'mavic-3', serial: '1581F4', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' }
 * planFromJSON({ product: 'mavic-3', serial: 'X', term: '3y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' });
 * // throws InvalidInputError: Invalid plan.term: ...
 * ```
 *
 * @example
 * ```ts
 * // Store and read back:
 * const stored = JSON.stringify(plan);
 * planFromJSON(JSON.parse(stored)); //=> equal to plan
 * ```
 *
 * @category Ledger
 */
export function planFromJSON(json: unknown, options: RuleOptions = {}): Plan {
  const terms = termsOf(options);
  return resolvePlan(json, terms).plan;
}

/**
 * A plan's ledger from `JSON.parse` output, validated against the plan: every event a known
 * type with an instant and a serial; in time order; none before the plan starts; each for the
 * plan's unit at that moment (a `'rebind'` moves the plan to `newSerial`, and may only follow
 * a replacement, REBIND-REPLACEMENT); Care Refresh+ at most once and only when it could be
 * bought (PLUS-ELIGIBLE, PLUS-NOT-2Y).
 *
 * A ledger is plain JSON already: a support tool stores `JSON.stringify(events)` (the events
 * the decisions return, such as `assessReplacement(...).value.event`) and reads it back with
 * this function. The JSON shape is an array of {@link ServiceEvent}s, oldest first:
 *
 * ```json
 * [
 *   { "type": "damage-replacement", "at": "2026-04-02T13:00:00.000-05:00", "serial": "1581F4" },
 *   { "type": "rebind", "at": "2026-04-09T10:00:00.000-05:00", "serial": "1581F4", "newSerial": "1581G7" },
 *   { "type": "discounted-repair", "at": "2026-06-01T10:00:00Z", "serial": "1581G7" }
 * ]
 * ```
 *
 * `type` is one of {@link SERVICE_EVENT_TYPES}; `at` an ISO-8601 instant with an offset (a
 * `Date` is accepted too, and `JSON.stringify` writes it as UTC text); `serial` the plan's unit
 * at that moment; `newSerial` only on a `'rebind'`. Unknown fields are dropped.
 *
 * @param json - the parsed list of events
 * @param plan - the plan the ledger belongs to
 * @param options - `terms` to validate under (default: the source's)
 * @returns fresh event objects with only the known fields
 * @throws {@link InvalidInputError} naming the event, such as `events[3].at`
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * ledgerFromJSON([{ type: 'damage-replacement', at: '2026-05-01T10:00:00Z', serial: 'A1' }], plan);
 * //=> [{ type: 'damage-replacement', at: '2026-05-01T10:00:00Z', serial: 'A1' }]
 * ledgerFromJSON([{ type: 'damage-replacement', at: '2026-02-01T10:00:00Z', serial: 'A1' }], plan);
 * // throws InvalidInputError: Invalid events[0].at: the event is before the plan starts ...
 * ```
 *
 * @example
 * ```ts
 * // Store and read back: the same status as before.
 * const stored = JSON.stringify(events);
 * const back = ledgerFromJSON(JSON.parse(stored), plan);
 * planStatus(plan, back, at); //=> equal to planStatus(plan, events, at)
 * ```
 *
 * @category Ledger
 */
export function ledgerFromJSON(json: unknown, plan: Plan, options: RuleOptions = {}): readonly ServiceEvent[] {
  return openLedger(plan, json, options).state.events;
}
