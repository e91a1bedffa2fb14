/**
 * Using a plan: what is left (QUOTA-1Y, QUOTA-2Y, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE,
 * PLUS-EFFECT), what the next replacement costs (CAT-FEES-MAVIC3-1Y), and the decision on a
 * replacement, repair or maintenance claim (PERIOD-OUTSIDE, USE-WARRANTY-FIRST, SVC-EXPRESS,
 * SVC-SHIPPING, USE-MAINTENANCE-FINDINGS).
 *
 * @module
 */
import type { ClauseId } from './clauses';
import { type FeeSchedule, type RuleOptions, type Terms, resolveTerms } from './catalog/terms';
import { check, decide } from './decision';
import { type FlyawayIncident, flyawayChecks } from './flyaway';
import { type Money, money, moneyFrom } from './money';
import type {
  DamageReplacementEvent,
  DiscountedRepairEvent,
  FactoryMaintenanceEvent,
  FlyawayReplacementEvent,
  Plan,
  ServiceEvent,
  WarrantyRepairEvent,
} from './plan';
import {
  type LedgerState,
  type Remaining,
  type Use,
  type ValidPlan,
  type Window,
  allPeriods,
  carePlusChecks,
  failedReasons,
  instantOf,
  outsideCheck,
  readLedger,
  remaining,
  renewalWindow,
  replacementValidity,
  requireNextInstant,
  resolvePlan,
  safeFlightState,
  serialCheck,
  termWindow,
  warrantyAt,
  windowAt,
} from './plan-state';
import { requireInstant } from './time/instant';
import { type Period, periodContains } from './time/period';
import type { Check, Decision, InstantInput, Reason } from './types';
import { requireBoolean, requireOneOf, requireRecord } from './validate';

/**
 * A replacement fee as published: Decimal money, with the rule and the schedule it came from.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: ServiceEvent[] = [{ type: 'damage-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' }];
 * const d = assessReplacement(plan, used, { type: 'damage', at: '2026-06-01T18:00:00Z', serial: 'A1' });
 * d.ok && d.value.fee;
 * //=> { published: true, fee: { amount: Decimal(199), currency: 'USD' }, kind: 'damage', ordinal: 2,
 * //=>   clause: 'CAT-FEES-MAVIC3-1Y', source: 'CAT-FEES-MAVIC3-1Y' }
 * ```
 *
 * @category Ledger
 */
export interface PublishedFee {
  readonly published: true;
  readonly fee: Money;
  /** `'damage'` or `'flyaway'`. */
  readonly kind: 'damage' | 'flyaway';
  /** Which replacement under the plan this is: 1 for the first (damage and flyaway counted together). */
  readonly ordinal: number;
  /** The rule: `'CAT-FEES-MAVIC3-1Y'` (ordinal rule) or `'PLUS-EFFECT'` (renewal year). */
  readonly clause: ClauseId;
  /** The schedule's source: a clause id or the caller's own label. */
  readonly source: string;
}

/**
 * A fee the terms do not give: said so explicitly, never guessed.
 *
 * @example
 * ```ts
 * const om5: Plan = { product: 'om-5', serial: 'H1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
 * planStatus(om5, [], '2026-05-01T12:00:00Z').nextFees.damage;
 * //=> { published: false, kind: 'damage', ordinal: 1,
 * //=>   reason: { clause: 'CAT-FEES-MAVIC3-1Y', message: 'No replacement fee is published for DJI OM 5, 1-year plan, JP; a fee schedule can be supplied through the terms.',
 * //=>             expected: 'a fee schedule for DJI OM 5, 1-year plan, JP', received: 'none' } }
 * ```
 *
 * @category Ledger
 */
export interface UnpublishedFee {
  readonly published: false;
  readonly kind: 'damage' | 'flyaway';
  readonly ordinal: number;
  /** Why there is no figure, with its clause. */
  readonly reason: Reason;
}

/**
 * The fee of a replacement, or "not published". In JSON the fee is
 * `{ "amount": "199", "currency": "USD" }` (a decimal string).
 *
 * @example
 * ```ts
 * const s = planStatus(plan, [], '2026-05-01T12:00:00Z');   // a Mavic 3, 1-year, US plan
 * JSON.stringify(s.nextFees.damage);
 * //=> '{"published":true,"fee":{"amount":"159","currency":"USD"},"kind":"damage","ordinal":1,"clause":"CAT-FEES-MAVIC3-1Y","source":"CAT-FEES-MAVIC3-1Y"}'
 * planStatus({ ...plan, product: 'om-5', region: 'JP', timeZone: 'Asia/Tokyo' }, [], '2026-05-01T12:00:00Z').nextFees.damage;
 * //=> { published: false, kind: 'damage', ordinal: 1, reason: { clause: 'CAT-FEES-MAVIC3-1Y', message: 'No replacement fee is published for DJI OM 5, 1-year plan, JP; ...', ... } }
 * ```
 *
 * @category Ledger
 */
export type FeeQuote = PublishedFee | UnpublishedFee;

/**
 * A count of a quota: allowed by the terms, used, and left (never negative).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const s = planStatus(plan, [{ type: 'flyaway-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
 * s.replacement.flyaway; //=> { allowed: 1, used: 1, remaining: 0 }
 * s.replacement.damage;  //=> { allowed: 2, used: 0, remaining: 1 } (one replacement left in all)
 * ```
 *
 * @category Ledger
 */
export interface QuotaCount {
  readonly allowed: number;
  readonly used: number;
  readonly remaining: number;
}

/**
 * The replacement quota of one validity period.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * planStatus(plan, [], '2026-05-01T12:00:00Z').replacement;
 * //=> { clause: 'QUOTA-1Y', period: { kind: 'replacement', clause: 'PERIOD-1Y', startDate: '2026-03-01', lastDate: '2027-02-28', ... },
 * //=>   inForce: true, replacements: { allowed: 2, used: 0, remaining: 2 },
 * //=>   damage: { allowed: 2, used: 0, remaining: 2 }, flyaway: { allowed: 1, used: 0, remaining: 1 } }
 * ```
 *
 * @category Ledger
 */
export interface ReplacementQuota {
  /** `'QUOTA-1Y'`, `'QUOTA-2Y'`, or `'PLUS-EFFECT'` for the Care Refresh+ renewal year. */
  readonly clause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  readonly period: Period;
  /** Whether the period is in force at the status instant. */
  readonly inForce: boolean;
  /** All replacements, damage and flyaway together. */
  readonly replacements: QuotaCount;
  /** Usable for damage. */
  readonly damage: QuotaCount;
  /** Usable for flyaway. */
  readonly flyaway: QuotaCount;
}

/**
 * A service counted in one validity period: discounted repairs or factory maintenance.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const s = planStatus(plan, [{ type: 'discounted-repair', at: '2026-04-02T18:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
 * s.discountedRepairs;
 * //=> { clause: 'SVC-REPAIR-DISCOUNT', period: { kind: 'repair-discount', clause: 'PERIOD-1Y', ... },
 * //=>   inForce: true, allowed: 2, used: 1, remaining: 1 }
 * planStatus({ ...plan, product: 'mini-2' }, [], '2026-05-01T12:00:00Z').maintenance; //=> null (no such service)
 * ```
 *
 * @category Ledger
 */
export interface ServiceQuota extends QuotaCount {
  readonly clause: 'SVC-REPAIR-DISCOUNT' | 'SVC-MAINTENANCE';
  readonly period: Period;
  readonly inForce: boolean;
}

/**
 * A period with whether it is in force at the status instant.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * planStatus(plan, [], '2026-05-01T12:00:00Z').periods.map((p) => [p.kind, p.startDate, p.inForce]);
 * //=> [['replacement', '2026-03-01', true], ['repair-discount', '2026-03-01', true],
 * //=>  ['official-warranty', '2026-03-01', true], ['safe-flight', '2027-03-01', false]]
 * ```
 *
 * @category Ledger
 */
export interface PeriodStatus extends Period {
  readonly inForce: boolean;
}

/**
 * The Safe Flight reward as of the status instant (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT).
 *
 * - `'not-offered'`: the model does not get it.
 * - `'pending'`: nothing used so far; decided when the plan's validity ends.
 * - `'earned'`: the validity ended with nothing used; `period` is the extra warranty.
 * - `'forfeited'`: a replacement or discounted repair was used.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * planStatus(plan, [], '2027-06-01T12:00:00Z').safeFlight;
 * //=> { state: 'earned', period: { kind: 'safe-flight', clause: 'PERIOD-SAFE-FLIGHT', startDate: '2027-03-01', lastDate: '2028-02-29', ... },
 * //=>   inForce: true, reasons: [] }
 * const used: ServiceEvent[] = [{ type: 'damage-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' }];
 * planStatus(plan, used, '2026-05-01T12:00:00Z').safeFlight.reasons.map((r) => r.clause);
 * //=> ['SVC-SAFE-FLIGHT', 'PERIOD-SAFE-FLIGHT'] (forfeited by the replacement)
 * ```
 *
 * @category Ledger
 */
export interface SafeFlightStatus {
  readonly state: 'not-offered' | 'pending' | 'earned' | 'forfeited';
  /** The reward's warranty window as it stands, or `null` when not offered. */
  readonly period: Period | null;
  /** Earned and in force at the status instant. */
  readonly inForce: boolean;
  /** Why it is not earned (empty when earned). */
  readonly reasons: readonly Reason[];
}

/**
 * Whether DJI Care Refresh+ was bought, and whether it can be bought at the status instant.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * planStatus(plan, [], '2026-05-01T12:00:00Z').carePlus;
 * //=> { purchased: false, purchasedAt: null, canBuy: true, reasons: [] }
 * planStatus(plan, [], '2027-06-01T12:00:00Z').carePlus.reasons;
 * //=> [{ clause: 'PLUS-ELIGIBLE', message: 'The plan expired at the end of 2027-02-28.',
 * //=>    expected: 'between 2026-03-01 and 2027-02-28', received: '2027-06-01' }]
 * ```
 *
 * @category Ledger
 */
export interface CarePlusStatus {
  readonly purchased: boolean;
  /** When it was bought, ISO-8601 with the plan zone's offset, or `null`. */
  readonly purchasedAt: string | null;
  readonly canBuy: boolean;
  /** Why it cannot be bought (empty when it can). */
  readonly reasons: readonly Reason[];
}

/**
 * A plan's state at an instant: plain data (JSON-serialisable; `Money` amounts serialise as
 * decimal strings, instants are ISO-8601 strings with the plan zone's offset). Worded for a
 * customer by {@link describePlan}.
 *
 * @example
 * ```ts
 * const s = planStatus(plan, [], '2026-05-01T12:00:00Z');   // a Mavic 3, 1-year, US plan
 * s.at;                  //=> '2026-05-01T07:00:00.000-05:00'
 * s.replacement.damage;  //=> { allowed: 2, used: 0, remaining: 2 }
 * s.safeFlight.state;    //=> 'pending'
 * JSON.parse(JSON.stringify(s)).nextFees.flyaway.fee; //=> { amount: '739', currency: 'USD' }
 * ```
 *
 * @category Ledger
 */
export interface PlanStatus {
  /** The status instant, ISO-8601 with the plan zone's offset. */
  readonly at: string;
  readonly plan: Plan;
  /** The plan's unit at `at` (REBIND-REPLACEMENT). */
  readonly serial: string;
  /** Units the plan was bound to before, oldest first: they no longer have a plan. */
  readonly formerSerials: readonly string[];
  /** Every period with whether it is in force (Care Refresh+ periods included once bought). */
  readonly periods: readonly PeriodStatus[];
  /** The term's replacements (QUOTA-1Y / QUOTA-2Y). */
  readonly replacement: ReplacementQuota;
  /** The Care Refresh+ renewal year's replacements (PLUS-EFFECT), or `null` if not bought. */
  readonly renewal: ReplacementQuota | null;
  /** Discounted repairs, or `null` for a model without the service. */
  readonly discountedRepairs: ServiceQuota | null;
  /** Factory maintenance, or `null` for a model without the service. */
  readonly maintenance: ServiceQuota | null;
  /** Repairs under warranty so far; they use no quota (USE-WARRANTY-FIRST). */
  readonly warrantyRepairs: number;
  /** What can be used at `at`: 0 for anything outside its validity. */
  readonly available: {
    readonly replacements: number;
    readonly damage: number;
    readonly flyaway: number;
    readonly discountedRepairs: number;
    readonly maintenance: number;
  };
  readonly safeFlight: SafeFlightStatus;
  readonly carePlus: CarePlusStatus;
  /**
   * The fee the next damage and the next flyaway replacement would cost at `at`, or `null`
   * when no such replacement can be used at `at`.
   */
  readonly nextFees: { readonly damage: FeeQuote | null; readonly flyaway: FeeQuote | null };
  /** The edition label of the terms used. */
  readonly edition: string;
}

function findSchedule(vp: ValidPlan): FeeSchedule | undefined {
  const { product, term, region } = vp.plan;
  return vp.terms.fees.find((f) => f.product === product && f.term === term && f.region === region);
}

function usedAll(state: LedgerState): number {
  return state.termUse.damage + state.termUse.flyaway + state.renewalUse.damage + state.renewalUse.flyaway;
}

/**
 * CAT-FEES-MAVIC3-1Y: the fee of the next replacement of a kind in a window. The ordinal counts
 * every replacement used under the plan, damage and flyaway together; a flyaway replacement
 * always costs the flyaway fee; a damage replacement in the renewal year costs the renewal fee
 * (PLUS-EFFECT). Anything the schedule lacks is "not published".
 */
function quoteFee(vp: ValidPlan, state: LedgerState, kind: 'damage' | 'flyaway', window: Window['name']): FeeQuote {
  const ordinal = usedAll(state) + 1;
  const schedule = findSchedule(vp);
  const plan = `${vp.product.name}, ${vp.plan.term === '1y' ? '1-year' : '2-year'} plan, ${vp.plan.region}`;
  if (schedule === undefined) {
    return {
      published: false,
      kind,
      ordinal,
      reason: {
        clause: 'CAT-FEES-MAVIC3-1Y',
        message: `No replacement fee is published for ${plan}; a fee schedule can be supplied through the terms.`,
        expected: `a fee schedule for ${plan}`,
        received: 'none',
      },
    };
  }
  const published = (amount: string, clause: ClauseId): PublishedFee => ({
    published: true,
    fee: money(amount, schedule.currency),
    kind,
    ordinal,
    clause,
    source: schedule.source,
  });
  const unpublished = (clause: ClauseId, message: string): UnpublishedFee => ({
    published: false,
    kind,
    ordinal,
    reason: { clause, message, expected: 'a published fee', received: 'none' },
  });
  if (kind === 'flyaway') {
    return schedule.flyawayFee === undefined
      ? unpublished('CAT-FEES-MAVIC3-1Y', `No flyaway replacement fee is published for ${plan}.`)
      : published(schedule.flyawayFee, 'CAT-FEES-MAVIC3-1Y');
  }
  if (window === 'renewal') {
    return schedule.renewalReplacementFee === undefined
      ? unpublished('PLUS-EFFECT', `The fee of a DJI Care Refresh+ replacement is not published for ${plan}.`)
      : published(schedule.renewalReplacementFee, 'PLUS-EFFECT');
  }
  const amount = schedule.replacementFees[ordinal - 1];
  return amount === undefined
    ? unpublished('CAT-FEES-MAVIC3-1Y', `No fee is published for replacement number ${ordinal} of ${plan}.`)
    : published(amount, 'CAT-FEES-MAVIC3-1Y');
}

function count(allowed: number, used: number, left: number): QuotaCount {
  return { allowed, used, remaining: left };
}

function quotaStatus(window: Window, use: Use, atMs: number): ReplacementQuota {
  const left = remaining(window, use);
  return {
    clause: window.clause,
    period: window.period,
    inForce: periodContains(window.period, atMs),
    replacements: count(window.total, use.damage + use.flyaway, left.replacements),
    damage: count(window.damage, use.damage, left.damage),
    flyaway: count(window.flyaway, use.flyaway, left.flyaway),
  };
}

function serviceQuota(clause: ServiceQuota['clause'], period: Period, allowed: number, used: number, atMs: number): ServiceQuota {
  return { clause, period, inForce: periodContains(period, atMs), allowed, used, remaining: Math.max(0, allowed - used) };
}

function discountQuota(vp: ValidPlan, state: LedgerState, atMs: number): ServiceQuota | null {
  const period = vp.periods.repairDiscount;
  return period === null
    ? null
    : serviceQuota('SVC-REPAIR-DISCOUNT', period, vp.terms.plans[vp.plan.term].repairDiscounts, state.discountedRepairs, atMs);
}

function maintenanceQuota(vp: ValidPlan, state: LedgerState, atMs: number): ServiceQuota | null {
  return vp.product.services.maintenance
    ? serviceQuota('SVC-MAINTENANCE', vp.periods.replacement, vp.terms.plans[vp.plan.term].maintenance, state.maintenance, atMs)
    : null;
}

/**
 * A plan's state at an instant: every period and whether it is in force, what is left of each
 * quota (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE), what can be
 * used now, the Safe Flight reward (SVC-SAFE-FLIGHT), whether Care Refresh+ can be bought
 * (PLUS-ELIGIBLE, PLUS-NOT-2Y), and the fee of the next damage and flyaway replacement
 * (CAT-FEES-MAVIC3-1Y, or "not published").
 *
 * The ledger is validated whole; the status counts the events up to `at` (a status "as of"
 * that instant). Remaining counts are never negative and never above the terms. Replacements
 * used outside their validity (PERIOD-OUTSIDE) count against no quota. Warranty repairs use no
 * quota (USE-WARRANTY-FIRST).
 *
 * @param plan - the plan
 * @param events - its ledger, in time order
 * @param at - the instant of the status
 * @param options - `terms` to decide under (default: the source's)
 * @returns the status, plain data
 * @throws {@link InvalidInputError} for a bad plan or instant, or a ledger out of order, before
 * the plan, or for another unit (naming the event, e.g. `events[3].at`)
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const s = planStatus(plan, [{ type: 'flyaway-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
 * s.available;
 * //=> { replacements: 1, damage: 1, flyaway: 0, discountedRepairs: 2, maintenance: 1 }
 * s.nextFees.damage?.published && formatMoney(s.nextFees.damage.fee); //=> 'USD 199.00' (the second replacement)
 * s.nextFees.flyaway; //=> null (the flyaway use is spent)
 * s.safeFlight.state; //=> 'forfeited'
 * ```
 *
 * @category Ledger
 */
export function planStatus(plan: Plan, events: readonly ServiceEvent[], at: InstantInput, options: RuleOptions = {}): PlanStatus {
  const terms = resolveTerms(requireRecord(options, 'options').terms as Terms | undefined);
  const vp = resolvePlan(plan, terms);
  const atMs = requireInstant(at, 'at');
  const state = readLedger(vp, events, 'events', atMs);
  const plus = state.carePlus;

  const periods = allPeriods(vp, state).map((p) => ({ ...p, inForce: periodContains(p, atMs) }));

  const replacement = quotaStatus(termWindow(vp), state.termUse, atMs);
  const renewal = plus === null ? null : quotaStatus(renewalWindow(vp, plus.renewal), state.renewalUse, atMs);
  const current = [replacement, renewal].find((q) => q?.inForce === true) ?? null;
  const discountedRepairs = discountQuota(vp, state, atMs);
  const maintenance = maintenanceQuota(vp, state, atMs);
  const window = windowAt(vp, state, atMs);

  const sf = safeFlightState(vp, state, atMs);
  const plusChecks = carePlusChecks(vp, state, atMs);
  const plusReasons = failedReasons(plusChecks);
  const damageLeft = current?.damage.remaining ?? 0;
  const flyawayLeft = current?.flyaway.remaining ?? 0;

  return {
    at: instantOf(vp, atMs),
    plan: vp.plan,
    serial: state.serial,
    formerSerials: state.formerSerials,
    periods,
    replacement,
    renewal,
    discountedRepairs,
    maintenance,
    warrantyRepairs: state.warrantyRepairs,
    available: {
      replacements: current?.replacements.remaining ?? 0,
      damage: damageLeft,
      flyaway: flyawayLeft,
      discountedRepairs: discountedRepairs?.inForce === true ? discountedRepairs.remaining : 0,
      maintenance: maintenance?.inForce === true ? maintenance.remaining : 0,
    },
    safeFlight: { state: sf.state, period: sf.period, inForce: sf.inForce, reasons: failedReasons(sf.checks) },
    carePlus: {
      purchased: plus !== null,
      purchasedAt: plus === null ? null : instantOf(vp, plus.ms),
      canBuy: plusReasons.length === 0,
      reasons: plusReasons,
    },
    nextFees: {
      damage: window !== null && damageLeft > 0 ? quoteFee(vp, state, 'damage', window.window.name) : null,
      flyaway: window !== null && flyawayLeft > 0 ? quoteFee(vp, state, 'flyaway', window.window.name) : null,
    },
    edition: terms.edition,
  };
}

/**
 * A damage replacement claim.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: DamageClaim = { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1', express: true };
 * const d = assessReplacement(plan, [], claim);
 * d.ok && d.value.fee.published && formatMoney(d.value.fee.fee); //=> 'USD 159.00'
 * d.ok && d.value.express.applies;                              //=> true
 * ```
 *
 * @category Ledger
 */
export interface DamageClaim {
  readonly type: 'damage';
  /** When the damage occurred. */
  readonly at: InstantInput;
  /** The damaged unit. */
  readonly serial: string;
  /** SVC-EXPRESS: skip damage assessment and quotation. */
  readonly express?: boolean;
}

/**
 * A flyaway replacement claim: the facts {@link checkFlyaway} needs.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: FlyawayClaim = { type: 'flyaway', at: '2026-04-02T18:00:00Z', serial: 'A1',
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T15:00:00Z' }],
 *   controllerBindings: [{ controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z' }],
 *   claimantAccount: 'pilot@example.com', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true,
 * };
 * const d = assessReplacement(plan, [], claim);
 * d.ok && d.value.fee.published && formatMoney(d.value.fee.fee); //=> 'USD 739.00'
 * ```
 *
 * @category Ledger
 */
export interface FlyawayClaim extends FlyawayIncident {
  readonly type: 'flyaway';
  /** SVC-EXPRESS: requested; it does not apply to a flyaway (there is no product to receive). */
  readonly express?: boolean;
}

/**
 * A damage or flyaway replacement claim.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * // A flyaway claim without its facts: every fact missing is a reason, none is assumed.
 * const claim: ReplacementClaim = { type: 'flyaway', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const d = assessReplacement(plan, [], claim);
 * d.ok ? [] : d.reasons.map((r) => r.clause);
 * //=> ['FLY-ACCOUNT-BOUND', 'FLY-NOT-UNBOUND', 'FLY-RC-BOUND', 'FLY-NOT-UNBOUND', 'FLY-OWNER', 'FLY-OWNER', 'FLY-NOT-THEFT', 'FLY-RECORDS']
 * ```
 *
 * @category Ledger
 */
export type ReplacementClaim = DamageClaim | FlyawayClaim;

/**
 * The express option of a replacement (SVC-EXPRESS).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1', express: true });
 * d.ok && d.value.express;
 * //=> { clause: 'SVC-EXPRESS', requested: true, applies: true,
 * //=>   message: 'Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.' }
 * ```
 *
 * @category Ledger
 */
export interface ExpressOption {
  readonly clause: 'SVC-EXPRESS';
  readonly requested: boolean;
  /** Whether express applies: for a damage replacement; a flyaway leaves no product to receive. */
  readonly applies: boolean;
  readonly message: string;
}

/**
 * Shipping of a replacement (SVC-SHIPPING).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1' });
 * d.ok && d.value.shipping;
 * //=> { clause: 'SVC-SHIPPING', paidByDji: true, message: 'DJI pays shipping both ways for the replacement service.' }
 * ```
 *
 * @category Ledger
 */
export interface ShippingTerms {
  readonly clause: 'SVC-SHIPPING';
  readonly paidByDji: true;
  readonly message: string;
}

/**
 * What an accepted replacement claim gives.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1' });
 * d.ok && d.value;
 * //=> { type: 'damage', serial: 'A1', at: '2026-04-02T13:00:00.000-05:00', quotaClause: 'QUOTA-1Y',
 * //=>   period: { kind: 'replacement', clause: 'PERIOD-1Y', ... }, fee: { published: true, fee: { amount: Decimal(159), currency: 'USD' }, ... },
 * //=>   express: { ... }, shipping: { ... }, remainingAfter: { replacements: 1, damage: 1, flyaway: 1 },
 * //=>   event: { type: 'damage-replacement', at: '2026-04-02T13:00:00.000-05:00', serial: 'A1' } }
 * ```
 *
 * @category Ledger
 */
export interface ReplacementAssessment {
  readonly type: 'damage' | 'flyaway';
  readonly serial: string;
  /** When the damage or flyaway occurred, ISO-8601 with the plan zone's offset. */
  readonly at: string;
  /** The quota it uses. */
  readonly quotaClause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  readonly period: Period;
  /** The fee (CAT-FEES-MAVIC3-1Y), or "not published". */
  readonly fee: FeeQuote;
  readonly express: ExpressOption;
  readonly shipping: ShippingTerms;
  /** What is left of the quota after this replacement. */
  readonly remainingAfter: Remaining;
  /** The event to append to the ledger once the replacement is done. */
  readonly event: DamageReplacementEvent | FlyawayReplacementEvent;
}

const SHIPPING: ShippingTerms = {
  clause: 'SVC-SHIPPING',
  paidByDji: true,
  message: 'DJI pays shipping both ways for the replacement service.',
};

function expressOption(type: 'damage' | 'flyaway', requested: boolean): ExpressOption {
  const applies = type === 'damage';
  return {
    clause: 'SVC-EXPRESS',
    requested,
    applies,
    message: applies
      ? requested
        ? 'Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.'
        : 'Express is available: skip damage assessment and quotation, and the replacement ships when the product is received.'
      : 'Express does not apply to a flyaway: there is no product for the service centre to receive.',
  };
}

function after(use: Use, type: 'damage' | 'flyaway'): Use {
  return type === 'damage' ? { damage: use.damage + 1, flyaway: use.flyaway } : { damage: use.damage, flyaway: use.flyaway + 1 };
}

/**
 * The decision on a damage or flyaway replacement claim, with every reason, the fee and what
 * is left after it.
 *
 * SVC-REPLACE-DAMAGE: damage replacement for all models. SVC-REPLACE-FLYAWAY and FLY-*: see
 * {@link checkFlyaway}. PERIOD-OUTSIDE: "Damage or an accident ... that occurs outside the
 * validity period is not covered" — before the plan takes effect or after it ends. QUOTA-1Y /
 * QUOTA-2Y: a replacement of the kind left in the term's validity; PLUS-EFFECT: in the Care
 * Refresh+ renewal year, its own count (first-year leftovers do not carry over).
 * CAT-FEES-MAVIC3-1Y: the fee by ordinal (damage and flyaway counted together), a flyaway at
 * the flyaway fee, as Decimal money, or "not published". SVC-EXPRESS: the express option.
 * SVC-SHIPPING: "DJI will cover shipping costs both ways". REBIND-REPLACEMENT: the unit must
 * be the plan's unit now.
 *
 * A refused claim changes nothing; an accepted one returns the `event` to append.
 *
 * @param plan - the plan
 * @param events - the ledger so far (the claim may not be before its last event)
 * @param claim - `{ type: 'damage', at, serial, express? }` or a flyaway claim with its facts
 * @param options - `terms` to decide under (default: the source's)
 * @returns accepted with fee, options and what is left, or refused with every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or claim
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1', express: true });
 * d.ok && formatMoney(d.value.fee.published ? d.value.fee.fee : money('0', 'USD')); //=> 'USD 159.00'
 * d.ok && d.value.remainingAfter; //=> { replacements: 1, damage: 1, flyaway: 1 }
 * ```
 *
 * @example
 * ```ts
 * // Damage the day before the plan starts:
 * const r = assessReplacement(plan, [], { type: 'damage', at: '2026-02-28T18:00:00Z', serial: 'A1' });
 * r.ok ? [] : r.reasons.map((x) => x.clause); //=> ['PERIOD-OUTSIDE']
 * ```
 *
 * @category Ledger
 */
export function assessReplacement(
  plan: Plan,
  events: readonly ServiceEvent[],
  claim: ReplacementClaim,
  options: RuleOptions = {},
): Decision<ReplacementAssessment> {
  const terms = resolveTerms(requireRecord(options, 'options').terms as Terms | undefined);
  const vp = resolvePlan(plan, terms);
  const state = readLedger(vp, events);
  const c = requireRecord(claim, 'claim');
  const type = requireOneOf(c.type, 'claim.type', ['damage', 'flyaway'] as const);
  const express = requireBoolean(c.express, 'claim.express', false);

  let checks: Check[];
  let ms: number;
  if (type === 'flyaway') {
    const fly = flyawayChecks(vp, state, c, 'claim');
    ms = fly.ms;
    const [serial, ...rest] = fly.checks;
    checks = [serial as Check, outsideCheck(vp, ms, replacementValidity(vp, state), 'flyaway'), ...rest];
  } else {
    ms = requireNextInstant(vp, state, c.at, 'claim.at');
    const has = vp.product.services.damageReplacement;
    checks = [
      serialCheck(state, c.serial, 'claim.serial'),
      check(
        'SVC-REPLACE-DAMAGE',
        has,
        has ? `${vp.product.name} has damage replacement.` : `Damage replacement is not offered for ${vp.product.name}.`,
        'a model with damage replacement',
        vp.product.name,
      ),
      outsideCheck(vp, ms, replacementValidity(vp, state), 'damage'),
    ];
    const w = windowAt(vp, state, ms);
    if (w !== null) {
      const left = remaining(w.window, w.use);
      const where = w.window.name === 'renewal' ? 'in the DJI Care Refresh+ renewal year' : 'on the plan';
      checks.push(
        check(
          w.window.clause,
          left.damage >= 1,
          left.damage >= 1
            ? `A damage replacement is left ${where} (${left.damage}).`
            : `No damage replacement is left ${where}.`,
          'a damage replacement left',
          `${left.damage} left of ${w.window.damage}`,
        ),
      );
    }
  }

  return decide(
    checks,
    () => {
      const w = windowAt(vp, state, ms) as NonNullable<ReturnType<typeof windowAt>>;
      const at = instantOf(vp, ms);
      const event =
        type === 'damage'
          ? ({ type: 'damage-replacement', at, serial: state.serial } as const)
          : ({ type: 'flyaway-replacement', at, serial: state.serial } as const);
      return {
        type,
        serial: state.serial,
        at,
        quotaClause: w.window.clause,
        period: w.window.period,
        fee: quoteFee(vp, state, type, w.window.name),
        express: expressOption(type, express),
        shipping: SHIPPING,
        remainingAfter: remaining(w.window, after(w.use, type)),
        event,
      };
    },
    terms.edition,
  );
}

/**
 * A repair request.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: RepairClaim = { at: '2026-04-02T18:00:00Z', serial: 'A1', cause: 'malfunction' };
 * const d = assessDiscountedRepair(plan, [], claim);
 * d.ok && d.value.service; //=> 'warranty-repair' (USE-WARRANTY-FIRST: no quota used)
 * const e = assessDiscountedRepair(plan, [], { ...claim, cause: 'damage' });
 * e.ok && e.value.service; //=> 'discounted-repair'
 * ```
 *
 * @category Ledger
 */
export interface RepairClaim {
  /** When the damage or malfunction occurred. */
  readonly at: InstantInput;
  readonly serial: string;
  /**
   * `'malfunction'`: a malfunction not caused by the user (the warranty's case,
   * USE-WARRANTY-FIRST); `'damage'`: damage in normal use or by accident.
   */
  readonly cause: 'malfunction' | 'damage';
}

/**
 * The cap of the repair discount ("within a certain quota", SVC-REPAIR-DISCOUNT): published by
 * the caller's terms, or not.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: RepairClaim = { at: '2026-04-02T18:00:00Z', serial: 'A1', cause: 'damage' };
 * const d = assessDiscountedRepair(plan, [], claim);
 * d.ok && d.value.discountCap;
 * //=> { published: false, reason: { clause: 'SVC-REPAIR-DISCOUNT', message: 'The discount and its cap ("within a certain quota") are not published in the source.', ... } }
 * // With a cap the caller's own terms give:
 * const e = assessDiscountedRepair(plan, [], claim, { terms: { ...DEFAULT_TERMS, edition: 'Shop X', repairDiscountCap: { amount: '120', currency: 'USD' } } });
 * e.ok && e.value.discountCap; //=> { published: true, cap: { amount: Decimal(120), currency: 'USD' } }
 * ```
 *
 * @category Ledger
 */
export type DiscountCap =
  | { readonly published: true; readonly cap: Money }
  | { readonly published: false; readonly reason: Reason };

/**
 * What an accepted repair request gives: a warranty repair (no quota used) or a discounted
 * repair.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessDiscountedRepair(plan, [], { at: '2026-04-02T18:00:00Z', serial: 'A1', cause: 'malfunction' });
 * d.ok && d.value;
 * //=> { service: 'warranty-repair', clause: 'USE-WARRANTY-FIRST',
 * //=>   warranty: { kind: 'official-warranty', clause: 'SVC-WARRANTY-EXT', startDate: '2026-03-01', lastDate: '2027-02-28', ... },
 * //=>   remainingAfter: { discountedRepairs: 2 }, discountCap: null,
 * //=>   event: { type: 'warranty-repair', at: '2026-04-02T13:00:00.000-05:00', serial: 'A1' } }
 * ```
 *
 * @category Ledger
 */
export interface RepairAssessment {
  readonly service: 'warranty-repair' | 'discounted-repair';
  /** `'USE-WARRANTY-FIRST'` or `'SVC-REPAIR-DISCOUNT'`. */
  readonly clause: 'USE-WARRANTY-FIRST' | 'SVC-REPAIR-DISCOUNT';
  /** The warranty period that covers a warranty repair, else `null`. */
  readonly warranty: Period | null;
  /** Discounted repairs left after this one (unchanged by a warranty repair). */
  readonly remainingAfter: { readonly discountedRepairs: number };
  /** For a discounted repair, the discount's cap; `null` for a warranty repair. */
  readonly discountCap: DiscountCap | null;
  /** The event to append to the ledger. */
  readonly event: WarrantyRepairEvent | DiscountedRepairEvent;
}

function discountCap(terms: Terms): DiscountCap {
  const cap = terms.repairDiscountCap;
  return cap === undefined
    ? {
        published: false,
        reason: {
          clause: 'SVC-REPAIR-DISCOUNT',
          message: 'The discount and its cap ("within a certain quota") are not published in the source.',
          expected: 'a published cap',
          received: 'none',
        },
      }
    : { published: true, cap: moneyFrom(cap, 'terms.repairDiscountCap') };
}

/**
 * The decision on a repair: under warranty (no quota used) or as a discounted repair.
 *
 * USE-WARRANTY-FIRST: "If ... the repair costs are covered by the standard product warranty,
 * the remaining replacement or discount repair balance ... will not be affected" — a
 * malfunction not caused by the user, inside a warranty in force (official, the 2-year plan's
 * extension, Care Refresh+'s extension, or an earned Safe Flight year), is a warranty repair.
 * Otherwise SVC-REPAIR-DISCOUNT: the model must have discounted repairs (Mavic 3, Mavic 3
 * Cine), one must be left, inside its validity (PERIOD-1Y / PERIOD-2Y; PERIOD-OUTSIDE). Care
 * Refresh+ adds no discounts (PLUS-EFFECT).
 *
 * @param plan - the plan
 * @param events - the ledger so far (the claim may not be before its last event)
 * @param claim - `{ at, serial, cause }`
 * @param options - `terms` to decide under (default: the source's)
 * @returns accepted with the service, what is left and the event to append, or refused with
 * every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or claim
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * assessDiscountedRepair(plan, [], { at: '2026-06-01T10:00:00Z', serial: 'A1', cause: 'malfunction' });
 * //=> { ok: true, value: { service: 'warranty-repair', clause: 'USE-WARRANTY-FIRST', remainingAfter: { discountedRepairs: 2 }, ... }, ... }
 * assessDiscountedRepair(plan, [], { at: '2026-06-01T10:00:00Z', serial: 'A1', cause: 'damage' });
 * //=> { ok: true, value: { service: 'discounted-repair', remainingAfter: { discountedRepairs: 1 }, ... }, ... }
 * ```
 *
 * @category Ledger
 */
export function assessDiscountedRepair(
  plan: Plan,
  events: readonly ServiceEvent[],
  claim: RepairClaim,
  options: RuleOptions = {},
): Decision<RepairAssessment> {
  const terms = resolveTerms(requireRecord(options, 'options').terms as Terms | undefined);
  const vp = resolvePlan(plan, terms);
  const state = readLedger(vp, events);
  const c = requireRecord(claim, 'claim');
  const ms = requireNextInstant(vp, state, c.at, 'claim.at');
  const serial = serialCheck(state, c.serial, 'claim.serial');
  const cause = requireOneOf(c.cause, 'claim.cause', ['malfunction', 'damage'] as const);
  const at = instantOf(vp, ms);
  const quota = discountQuota(vp, state, ms);
  const leftNow = quota?.remaining ?? 0;

  const warranty = cause === 'malfunction' ? warrantyAt(vp, state, ms) : null;
  if (warranty !== null) {
    const checks = [
      serial,
      check(
        'USE-WARRANTY-FIRST',
        true,
        `The malfunction is covered by the warranty (${warranty.kind}, last day ${warranty.lastDate}); it uses none of the plan's replacements or discounts.`,
        'a malfunction not caused by the user, under warranty',
        `${warranty.kind} in force`,
      ),
    ];
    return decide(
      checks,
      () => ({
        service: 'warranty-repair',
        clause: 'USE-WARRANTY-FIRST',
        warranty,
        remainingAfter: { discountedRepairs: leftNow },
        discountCap: null,
        event: { type: 'warranty-repair', at, serial: state.serial },
      }),
      terms.edition,
    );
  }

  const has = vp.product.services.repairDiscount;
  const checks: Check[] = [serial];
  if (cause === 'malfunction') {
    checks.push(
      check('USE-WARRANTY-FIRST', true, 'No warranty is in force for this malfunction, so the plan\'s repair discount is what applies.', 'a warranty in force', 'none'),
    );
  }
  checks.push(
    check(
      'SVC-REPAIR-DISCOUNT',
      has,
      has ? `${vp.product.name} has exclusive repair discounts.` : `Exclusive repair discounts are not offered for ${vp.product.name}.`,
      'DJI Mavic 3 or Mavic 3 Cine',
      vp.product.name,
    ),
  );
  if (quota !== null) {
    checks.push(outsideCheck(vp, ms, [quota.period], 'repair'));
    if (quota.inForce) {
      checks.push(
        check(
          'SVC-REPAIR-DISCOUNT',
          leftNow >= 1,
          leftNow >= 1 ? `A discounted repair is left (${leftNow}).` : 'No discounted repair is left on the plan.',
          'a discounted repair left',
          `${leftNow} left of ${quota.allowed}`,
        ),
      );
    }
  }
  return decide(
    checks,
    () => ({
      service: 'discounted-repair',
      clause: 'SVC-REPAIR-DISCOUNT',
      warranty: null,
      remainingAfter: { discountedRepairs: leftNow - 1 },
      discountCap: discountCap(terms),
      event: { type: 'discounted-repair', at, serial: state.serial },
    }),
    terms.edition,
  );
}

/**
 * A factory maintenance request.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const request: MaintenanceRequest = { at: '2026-09-01T10:00:00Z', serial: 'A1' };
 * const d = assessMaintenance(plan, [], request);
 * d.ok && d.value.remainingAfter; //=> { maintenance: 0 } (SVC-MAINTENANCE: once a year)
 * ```
 *
 * @category Ledger
 */
export interface MaintenanceRequest {
  readonly at: InstantInput;
  readonly serial: string;
}

/**
 * What an accepted maintenance request gives.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessMaintenance(plan, [], { at: '2026-09-01T10:00:00Z', serial: 'A1' });
 * d.ok && d.value;
 * //=> { period: { kind: 'replacement', clause: 'PERIOD-1Y', startDate: '2026-03-01', lastDate: '2027-02-28', ... },
 * //=>   remainingAfter: { maintenance: 0 },
 * //=>   findings: { clause: 'USE-MAINTENANCE-FINDINGS', message: 'Faults found during factory maintenance are handled through the warranty, a replacement or a discounted repair, whichever applies.' },
 * //=>   event: { type: 'factory-maintenance', at: '2026-09-01T05:00:00.000-05:00', serial: 'A1' } }
 * ```
 *
 * @category Ledger
 */
export interface MaintenanceAssessment {
  readonly period: Period;
  readonly remainingAfter: { readonly maintenance: number };
  /** USE-MAINTENANCE-FINDINGS: where faults found during maintenance go. */
  readonly findings: Reason;
  /** The event to append to the ledger. */
  readonly event: FactoryMaintenanceEvent;
}

const FINDINGS: Reason = {
  clause: 'USE-MAINTENANCE-FINDINGS',
  message: 'Faults found during factory maintenance are handled through the warranty, a replacement or a discounted repair, whichever applies.',
};

/**
 * The decision on a factory maintenance request.
 *
 * SVC-MAINTENANCE: for Mavic 3 and Mavic 3 Cine, "once a year" in the 1-year plan, "twice in
 * two years" in the 2-year plan, counted inside the term's validity (PERIOD-1Y / PERIOD-2Y;
 * PERIOD-OUTSIDE). Care Refresh+ adds none (PLUS-EFFECT). USE-MAINTENANCE-FINDINGS: faults
 * found go to warranty, replacement or discounted repair.
 *
 * @param plan - the plan
 * @param events - the ledger so far (the request may not be before its last event)
 * @param request - `{ at, serial }`
 * @param options - `terms` to decide under (default: the source's)
 * @returns accepted with what is left and the event to append, or refused with every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or request
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * assessMaintenance(plan, [], { at: '2026-09-01T10:00:00Z', serial: 'A1' });
 * //=> { ok: true, value: { remainingAfter: { maintenance: 0 }, ... }, ... }
 * const d = assessMaintenance({ ...plan, product: 'mini-2' }, [], { at: '2026-09-01T10:00:00Z', serial: 'A1' });
 * d.ok ? [] : d.reasons.map((r) => r.clause); //=> ['SVC-MAINTENANCE']
 * ```
 *
 * @category Ledger
 */
export function assessMaintenance(
  plan: Plan,
  events: readonly ServiceEvent[],
  request: MaintenanceRequest,
  options: RuleOptions = {},
): Decision<MaintenanceAssessment> {
  const terms = resolveTerms(requireRecord(options, 'options').terms as Terms | undefined);
  const vp = resolvePlan(plan, terms);
  const state = readLedger(vp, events);
  const r = requireRecord(request, 'request');
  const ms = requireNextInstant(vp, state, r.at, 'request.at');
  const has = vp.product.services.maintenance;
  const checks: Check[] = [
    serialCheck(state, r.serial, 'request.serial'),
    check(
      'SVC-MAINTENANCE',
      has,
      has ? `${vp.product.name} has factory maintenance.` : `Factory maintenance is not offered for ${vp.product.name}.`,
      'DJI Mavic 3 or Mavic 3 Cine',
      vp.product.name,
    ),
  ];
  const quota = maintenanceQuota(vp, state, ms);
  if (quota !== null) {
    checks.push(outsideCheck(vp, ms, [quota.period], 'maintenance request'));
    if (quota.inForce) {
      checks.push(
        check(
          'SVC-MAINTENANCE',
          quota.remaining >= 1,
          quota.remaining >= 1 ? `A factory maintenance service is left (${quota.remaining}).` : 'No factory maintenance service is left on the plan.',
          'a factory maintenance service left',
          `${quota.remaining} left of ${quota.allowed}`,
        ),
      );
    }
  }
  return decide(
    checks,
    () => {
      const q = quota as ServiceQuota;
      return {
        period: q.period,
        remainingAfter: { maintenance: q.remaining - 1 },
        findings: FINDINGS,
        event: { type: 'factory-maintenance', at: instantOf(vp, ms), serial: state.serial },
      };
    },
    terms.edition,
  );
}
