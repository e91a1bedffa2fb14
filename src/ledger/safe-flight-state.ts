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
import type { Period } from '../time/period';
import { endMsOf, within } from './period-cache';
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

/** The Safe Flight period given the ledger (moved by Care Refresh+, PLUS-EFFECT: see `care-plus.ts`). */
export function safeFlightPeriod(vp: ValidPlan, state: LedgerState): Period | null {
  return state.carePlus === null ? vp.periods.safeFlight : state.carePlus.safeFlight;
}

/**
 * The validity period that ends last, replacements and discounted repairs: its end is when
 * the Safe Flight reward is decided (PERIOD-SAFE-FLIGHT). The Care Refresh+ renewal year once
 * bought, else the term's (the discount validity has the replacement validity's dates,
 * PERIOD-1Y / PERIOD-2Y).
 */
export function validityEnd(vp: ValidPlan, state: LedgerState): Period {
  return state.carePlus === null ? vp.periods.replacement : state.carePlus.renewal;
}

/**
 * SVC-SAFE-FLIGHT with PERIOD-SAFE-FLIGHT, as of `ms` (the ledger read up to `ms`). `date` is
 * the local date of `ms`, when the caller has it already.
 */
export function safeFlightState(vp: ValidPlan, state: LedgerState, ms: number, date: string = dateOf(vp, ms)): SafeFlightState {
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
  const end = validityEnd(vp, state);
  const over = ms >= endMsOf(end);
  const lastDay = end.lastDate;
  checks.push(
    over
      ? check('PERIOD-SAFE-FLIGHT', true, 'safe-flight.validity-ended', { validityLastDate: lastDay, startDate: period.startDate, lastDate: period.lastDate, date })
      : check('PERIOD-SAFE-FLIGHT', false, 'safe-flight.validity-running', { validityLastDate: lastDay, date }),
  );
  const result = state.used.length > 0 ? 'forfeited' : over ? 'earned' : 'pending';
  return { state: result, period, inForce: result === 'earned' && within(period, ms), checks };
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

/**
 * The warranty period in force at `ms` (USE-WARRANTY-FIRST): official, extended (2-year),
 * Care Refresh+, or Safe Flight if earned (SVC-SAFE-FLIGHT: nothing used and the validity
 * over, PERIOD-SAFE-FLIGHT).
 */
export function warrantyAt(vp: ValidPlan, state: LedgerState, ms: number): Period | null {
  const candidates: (Period | null)[] = [vp.periods.officialWarranty, vp.periods.extendedWarranty, state.carePlus?.warranty ?? null];
  const earned = vp.product.services.safeFlight && state.used.length === 0 && ms >= endMsOf(validityEnd(vp, state));
  if (earned) candidates.push(safeFlightPeriod(vp, state));
  return candidates.find((p): p is Period => p !== null && within(p, ms)) ?? null;
}
