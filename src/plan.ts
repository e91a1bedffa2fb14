/**
 * The plan and its ledger as values: a {@link Plan} (product, serial, term, region, zone,
 * agreement date) and the {@link ServiceEvent}s used under it. Types and constants only: the
 * revivers that validate them from `JSON.parse` output are in `ledger/json.ts`.
 *
 * The rules that read them are in `ledger/`, `flyaway/`, `safe-flight.ts`, `renewal.ts` and
 * `location.ts`; every one of them validates the plan and the ledger the same way
 * (`ledger/valid-plan.ts`, `ledger/fold.ts`).
 *
 * @module
 */
import type { ProductId } from './catalog/products';
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
 * Every kind of ledger event, in a fixed order.
 *
 * @example
 * ```ts
 * SERVICE_EVENT_TYPES.includes('rebind'); //=> true
 * SERVICE_EVENT_TYPES.length;             //=> 7
 * ```
 *
 * @category Ledger
 */
export const SERVICE_EVENT_TYPES: readonly ServiceEventType[] = /* @__PURE__ */ Object.freeze([
  'damage-replacement',
  'flyaway-replacement',
  'discounted-repair',
  'warranty-repair',
  'factory-maintenance',
  'care-refresh-plus',
  'rebind',
] as const);
