/**
 * The plan and its ledger as values: a {@link Plan} (product, serial, term, region, zone,
 * agreement date) and the {@link ServiceEvent}s used under it, with revivers that validate
 * them from `JSON.parse` output.
 *
 * The rules that read them are in `ledger.ts`, `flyaway.ts`, `safe-flight.ts`, `renewal.ts`
 * and `location.ts`; every one of them validates the plan and the ledger the same way.
 *
 * @module
 */
import type { ProductId } from './catalog/products';
import { type RuleOptions, termsOf } from './catalog/terms';
import { readLedger, resolvePlan } from './plan-state';

export { SERVICE_EVENT_TYPES } from './plan-state';
import type { CalendarDate, InstantInput, PlanTerm, RegionCode, TimeZone } from './types';

/**
 * A DJI Care Refresh plan as a support tool stores it. Plain JSON; see {@link planFromJSON}.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: '1581F4', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * JSON.stringify(plan);
 * //=> '{"product":"mavic-3","serial":"1581F4","term":"1y","region":"US","timeZone":"America/Chicago","agreementDate":"2026-03-01"}'
 * ```
 *
 * @category Ledger
 */
export interface Plan {
  /** The product the plan is for, e.g. `'mavic-3'`. */
  readonly product: ProductId;
  /**
   * The serial number of the unit the plan was first bound to. After a replacement the plan
   * moves to the new unit through a `'rebind'` event (REBIND-REPLACEMENT); this field keeps
   * the original serial.
   */
  readonly serial: string;
  readonly term: PlanTerm;
  /** Where the plan was bought (ISO 3166-1 alpha-2). */
  readonly region: RegionCode;
  /** The IANA zone of the agreement (PERIOD-START). */
  readonly timeZone: TimeZone;
  /** The date stated in the service agreement (see `agreementDate`). */
  readonly agreementDate: CalendarDate;
  /** The product's own official warranty start, if not the agreement date. */
  readonly officialWarrantyStart?: CalendarDate;
}

/**
 * The kinds of event a plan's ledger records.
 *
 * @example
 * ```ts
 * const type: ServiceEventType = 'warranty-repair';
 * SERVICE_EVENT_TYPES.includes(type); //=> true
 * SERVICE_EVENT_TYPES;
 * //=> ['damage-replacement', 'flyaway-replacement', 'discounted-repair', 'warranty-repair',
 * //=>  'factory-maintenance', 'care-refresh-plus', 'rebind']
 * ```
 *
 * @category Ledger
 */
export type ServiceEventType =
  | 'damage-replacement'
  | 'flyaway-replacement'
  | 'discounted-repair'
  | 'warranty-repair'
  | 'factory-maintenance'
  | 'care-refresh-plus'
  | 'rebind';


interface EventBase {
  /** When it happened: for a replacement or repair, when the damage or flyaway occurred. */
  readonly at: InstantInput;
  /** The serial of the unit concerned: the plan's unit at that moment. */
  readonly serial: string;
}

/**
 * A damage replacement used (SVC-REPLACE-DAMAGE).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: DamageReplacementEvent = { type: 'damage-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const s = planStatus(plan, [used], '2026-05-01T12:00:00Z');
 * s.replacement.damage;  //=> { allowed: 2, used: 1, remaining: 1 }
 * s.nextFees.damage?.ordinal; //=> 2 (the next is the second replacement: USD 199)
 * ```
 *
 * @category Ledger
 */
export interface DamageReplacementEvent extends EventBase {
  readonly type: 'damage-replacement';
}

/**
 * A flyaway replacement used (SVC-REPLACE-FLYAWAY).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: FlyawayReplacementEvent = { type: 'flyaway-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const s = planStatus(plan, [used], '2026-05-01T12:00:00Z');
 * s.replacement.flyaway;      //=> { allowed: 1, used: 1, remaining: 0 }
 * s.replacement.replacements; //=> { allowed: 2, used: 1, remaining: 1 }
 * ```
 *
 * @category Ledger
 */
export interface FlyawayReplacementEvent extends EventBase {
  readonly type: 'flyaway-replacement';
}

/**
 * A discounted repair used (SVC-REPAIR-DISCOUNT).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: DiscountedRepairEvent = { type: 'discounted-repair', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const s = planStatus(plan, [used], '2026-05-01T12:00:00Z');
 * s.available.discountedRepairs; //=> 1
 * s.safeFlight.state;            //=> 'forfeited' (SVC-SAFE-FLIGHT)
 * ```
 *
 * @category Ledger
 */
export interface DiscountedRepairEvent extends EventBase {
  readonly type: 'discounted-repair';
}

/**
 * A repair under the standard or extended warranty: it uses no quota (USE-WARRANTY-FIRST).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const repair: WarrantyRepairEvent = { type: 'warranty-repair', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const s = planStatus(plan, [repair], '2026-05-01T12:00:00Z');
 * s.warrantyRepairs;             //=> 1
 * s.available.discountedRepairs; //=> 2 (no quota used)
 * s.safeFlight.state;            //=> 'pending' (not forfeited)
 * ```
 *
 * @category Ledger
 */
export interface WarrantyRepairEvent extends EventBase {
  readonly type: 'warranty-repair';
}

/**
 * A factory maintenance service used (SVC-MAINTENANCE).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const done: FactoryMaintenanceEvent = { type: 'factory-maintenance', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const s = planStatus(plan, [done], '2026-05-01T12:00:00Z');
 * [s.maintenance?.used, s.available.maintenance]; //=> [1, 0]
 * s.safeFlight.state;                             //=> 'pending'
 * ```
 *
 * @category Ledger
 */
export interface FactoryMaintenanceEvent extends EventBase {
  readonly type: 'factory-maintenance';
}

/**
 * DJI Care Refresh+ bought for the plan (PLUS-ELIGIBLE, PLUS-EFFECT).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const bought: CareRefreshPlusEvent = { type: 'care-refresh-plus', at: '2027-01-15T16:00:00Z', serial: 'A1' };
 * const s = planStatus(plan, [bought], '2027-06-01T12:00:00Z');
 * [s.renewal?.clause, s.renewal?.period.lastDate]; //=> ['PLUS-EFFECT', '2028-02-29']
 * s.available; //=> { replacements: 1, damage: 1, flyaway: 0, discountedRepairs: 0, maintenance: 0 }
 * s.carePlus.purchasedAt; //=> '2027-01-15T10:00:00.000-06:00'
 * ```
 *
 * @category Ledger
 */
export interface CareRefreshPlusEvent extends EventBase {
  readonly type: 'care-refresh-plus';
}

/**
 * The plan moved to a replacement unit (REBIND-REPLACEMENT): `serial` is the unit replaced,
 * `newSerial` the unit received.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const events: ServiceEvent[] = [
 *   { type: 'damage-replacement', at: '2026-05-01T15:00:00Z', serial: 'A1' },
 *   { type: 'rebind', at: '2026-05-08T15:00:00Z', serial: 'A1', newSerial: 'B2' } satisfies RebindEvent,
 * ];
 * const s = planStatus(plan, events, '2026-06-01T12:00:00Z');
 * [s.serial, s.formerSerials]; //=> ['B2', ['A1']]
 * ```
 *
 * @category Ledger
 */
export interface RebindEvent extends EventBase {
  readonly type: 'rebind';
  readonly newSerial: string;
}

/**
 * One entry of a plan's ledger, told apart by `type`. Plain JSON; see {@link ledgerFromJSON}.
 *
 * @example
 * ```ts
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1' });
 * d.ok && d.value.event;
 * //=> { type: 'damage-replacement', at: '2026-04-02T13:00:00.000-05:00', serial: 'A1' }
 * ```
 *
 * @category Ledger
 */
export type ServiceEvent =
  | DamageReplacementEvent
  | FlyawayReplacementEvent
  | DiscountedRepairEvent
  | WarrantyRepairEvent
  | FactoryMaintenanceEvent
  | CareRefreshPlusEvent
  | RebindEvent;

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
 * planFromJSON(JSON.parse(stored)); //=> a plan equal to `plan`
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
  const terms = termsOf(options);
  return readLedger(resolvePlan(plan, terms), json).events;
}
