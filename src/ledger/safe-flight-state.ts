/**
 * The Safe Flight reward read from the ledger (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT): its
 * period (moved by Care Refresh+, PLUS-EFFECT), when the plan's validity ends, whether it is
 * pending, earned or forfeited; every period of the plan given the ledger, and the warranty in
 * force at an instant (USE-WARRANTY-FIRST).
 *
 * No money here: `safe-flight.ts` uses this module without bundling decimal.js.
 *
 * @module
 */
import { type CodedCheck, check } from '../decision';
import { type Period, monthsFrom, periodContains } from '../time/period';
import type { LedgerState } from './state';
import { type ValidPlan, dateOf } from './valid-plan';

/** The state of the Safe Flight reward at an instant (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT). */
export interface SafeFlightState {
  readonly state: 'not-offered' | 'pending' | 'earned' | 'forfeited';
  /** The reward's warranty window (as it stands), or `null` when not offered. */
  readonly period: Period | null;
  /** Earned and `at` inside the window. */
  readonly inForce: boolean;
  /** Every condition evaluated. */
  readonly checks: readonly CodedCheck[];
}

/** The Safe Flight period given the ledger (moved by Care Refresh+). */
export function safeFlightPeriod(vp: ValidPlan, state: LedgerState): Period | null {
  const base = vp.periods.safeFlight;
  if (base === null || state.carePlus === null) return base;
  // PLUS-EFFECT: Safe Flight counts from the end of the renewal year; in Europe and the UK
  // (1-year plan, PERIOD-SAFE-FLIGHT) from the end of the warranty if later.
  let from = state.carePlus.renewal.endDate;
  if (vp.terms.europeanRegions.includes(vp.plan.region)) {
    const warrantyEnd = (state.carePlus.warranty ?? vp.periods.officialWarranty).endDate;
    if (warrantyEnd > from) from = warrantyEnd;
  }
  return monthsFrom('safe-flight', 'PERIOD-SAFE-FLIGHT', from, vp.terms.safeFlightMonths, vp.plan.timeZone);
}

/** When the plan's validity for replacements and discounted repairs ends (the later). */
export function validityEndMs(vp: ValidPlan, state: LedgerState): number {
  if (state.carePlus !== null) return Date.parse(state.carePlus.renewal.end);
  const discount = vp.periods.repairDiscount;
  return discount === null ? vp.termEndMs : Math.max(vp.termEndMs, Date.parse(discount.end));
}

/** SVC-SAFE-FLIGHT with PERIOD-SAFE-FLIGHT, as of `ms` (the ledger read up to `ms`). */
export function safeFlightState(vp: ValidPlan, state: LedgerState, ms: number): SafeFlightState {
  const offered = vp.product.services.safeFlight;
  if (!offered) {
    return {
      state: 'not-offered',
      period: null,
      inForce: false,
      checks: [check('SVC-SAFE-FLIGHT', false, 'safe-flight.not-offered', { productName: vp.product.name })],
    };
  }
  const period = safeFlightPeriod(vp, state) as Period;
  const checks: CodedCheck[] = [check('SVC-SAFE-FLIGHT', true, 'safe-flight.offered', { productName: vp.product.name })];
  if (state.used.length === 0) checks.push(check('SVC-SAFE-FLIGHT', true, 'safe-flight.none-used', {}));
  for (const u of state.used) {
    const service = u.type as 'damage-replacement' | 'flyaway-replacement' | 'discounted-repair';
    checks.push(check('SVC-SAFE-FLIGHT', false, 'safe-flight.used', { service, date: dateOf(vp, u.ms) }));
  }
  const endMs = validityEndMs(vp, state);
  const over = ms >= endMs;
  const lastDay = dateOf(vp, endMs - 1);
  const date = dateOf(vp, ms);
  checks.push(
    over
      ? check('PERIOD-SAFE-FLIGHT', true, 'safe-flight.validity-ended', { validityLastDate: lastDay, startDate: period.startDate, lastDate: period.lastDate, date })
      : check('PERIOD-SAFE-FLIGHT', false, 'safe-flight.validity-running', { validityLastDate: lastDay, date }),
  );
  const result = state.used.length > 0 ? 'forfeited' : over ? 'earned' : 'pending';
  return { state: result, period, inForce: result === 'earned' && periodContains(period, ms), checks };
}

/** Every period of the plan given the ledger: Care Refresh+ periods once bought, Safe Flight moved by it. */
export function allPeriods(vp: ValidPlan, state: LedgerState): readonly Period[] {
  const plus = state.carePlus;
  return [
    vp.periods.replacement,
    vp.periods.repairDiscount,
    vp.periods.officialWarranty,
    vp.periods.extendedWarranty,
    plus?.renewal ?? null,
    plus?.warranty ?? null,
    safeFlightPeriod(vp, state),
  ].filter((p): p is Period => p !== null);
}

/** The warranty periods in force at `ms`: official, extended (2-year), Care Refresh+, Safe Flight if earned. */
export function warrantyAt(vp: ValidPlan, state: LedgerState, ms: number): Period | null {
  const candidates: (Period | null)[] = [vp.periods.officialWarranty, vp.periods.extendedWarranty, state.carePlus?.warranty ?? null];
  const sf = safeFlightState(vp, state, ms);
  if (sf.state === 'earned') candidates.push(sf.period);
  return candidates.find((p): p is Period => p !== null && periodContains(p, ms)) ?? null;
}
