/**
 * A plan's status at an instant ({@link planStatus}): every period in force, what is left of
 * each quota (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE), the Safe
 * Flight reward (SVC-SAFE-FLIGHT), whether Care Refresh+ can be bought (PLUS-ELIGIBLE,
 * PLUS-NOT-2Y) and the next fees (CAT-FEES-MAVIC3-1Y).
 *
 * @module
 */
import type { RuleOptions } from '../catalog/terms';
import type { Plan, ServiceEvent } from '../plan';
import type { Period } from '../time/period';
import type { InstantInput, Reason, Texted } from '../types';
import { finish } from '../messages/render';
import { type QuotaAnomaly, quotaAnomalies } from './anomalies';
import { carePlusChecks } from './care-plus';
import { failedReasons } from './checks';
import { type FeeQuote, quoteFee } from './fees';
import { type ReplacementQuota, type ServiceQuota, discountQuota, maintenanceQuota, quotaStatus } from './quotas';
import { allPeriods, safeFlightState } from './safe-flight-state';
import { dateOf, instantOf } from './valid-plan';
import { renewalWindow, termWindow, windowAt } from './windows';
import { openLedgerAt } from './open';
import { within } from './period-cache';

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
 * //=>    expected: 'between 2026-03-01 and 2027-02-28', received: '2027-06-01', ... }]
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
 * JSON.parse(JSON.stringify(s)).nextFees.flyaway.fee; //=> { amount: '739.00', currency: 'USD' }
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
  /**
   * Windows whose recorded replacements go past their quota (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT),
   * with the events concerned; empty for a ledger within its quotas. Reported, not refused: DJI
   * may have granted an exception. The counts above show what is recorded (`used` may exceed
   * `allowed`), `remaining` never goes below 0, and no fee is quoted past the quota.
   */
  readonly anomalies: readonly QuotaAnomaly[];
  /** The edition label of the terms used. */
  readonly edition: string;
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
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
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
export function planStatus<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  at: InstantInput,
  options: O | null = {} as O,
): Texted<PlanStatus, O> {
  const status = statusOf(plan, events, at, options);
  // The status carries the validated plan: its words are written for the plan's market.
  return finish(status, options, status.plan);
}

function statusOf(plan: Plan, events: readonly ServiceEvent[], at: InstantInput, options: RuleOptions | null): PlanStatus {
  const { terms, vp, ms: atMs, state } = openLedgerAt(plan, events, at, options);
  const plus = state.carePlus;

  const periods = allPeriods(vp, state).map((p) => ({ ...p, inForce: within(p, atMs) }));

  const replacement = quotaStatus(termWindow(vp), state.termUse, atMs);
  const renewal = plus === null ? null : quotaStatus(renewalWindow(vp, plus.renewal), state.renewalUse, atMs);
  const current = [replacement, renewal].find((q) => q?.inForce === true) ?? null;
  const discountedRepairs = discountQuota(vp, state, atMs);
  const maintenance = maintenanceQuota(vp, state, atMs);
  const window = windowAt(vp, state, atMs);

  const atDate = dateOf(vp, atMs);
  const sf = safeFlightState(vp, state, atMs, atDate);
  const plusChecks = carePlusChecks(vp, state, atMs, atDate);
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
    anomalies: quotaAnomalies(vp, state),
    edition: terms.edition,
  };
}
