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
import { check } from '../decision';
import type { Period } from '../time/period';
import type { Check } from '../types';
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
  readonly checks: readonly Check[];
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

const USED_NAME: Readonly<Record<string, string>> = {
  'damage-replacement': 'A damage replacement',
  'flyaway-replacement': 'A flyaway replacement',
  'discounted-repair': 'A discounted repair',
};

/**
 * SVC-SAFE-FLIGHT with PERIOD-SAFE-FLIGHT, as of `ms` (the ledger read up to `ms`). `date` is
 * the local date of `ms`, when the caller has it already.
 */
export function safeFlightState(vp: ValidPlan, state: LedgerState, ms: number, date?: string): SafeFlightState {
  const offered = vp.product.services.safeFlight;
  if (!offered) {
    return {
      state: 'not-offered',
      period: null,
      inForce: false,
      checks: [
        check('SVC-SAFE-FLIGHT', false, `The Safe Flight reward is not offered for ${vp.product.name}.`, 'DJI Mavic 3, Mavic 3 Cine or Action 2', vp.product.name),
      ],
    };
  }
  const period = safeFlightPeriod(vp, state) as Period;
  const checks: Check[] = [check('SVC-SAFE-FLIGHT', true, `The Safe Flight reward is offered for ${vp.product.name}.`)];
  if (state.used.length === 0) {
    checks.push(check('SVC-SAFE-FLIGHT', true, 'No replacement and no discounted repair has been used.', 'no replacement and no discounted repair used', 'none used'));
  }
  for (const u of state.used) {
    const on = dateOf(vp, u.ms);
    checks.push(
      check(
        'SVC-SAFE-FLIGHT',
        false,
        `${USED_NAME[u.type] as string} was used on ${on}, so the Safe Flight reward is forfeited.`,
        'no replacement and no discounted repair used',
        `${u.type} on ${on}`,
      ),
    );
  }
  const end = validityEnd(vp, state);
  const over = ms >= endMsOf(end);
  const lastDay = end.lastDate;
  checks.push(
    check(
      'PERIOD-SAFE-FLIGHT',
      over,
      over
        ? `The plan's validity has ended (last day ${lastDay}); the reward runs from ${period.startDate} to ${period.lastDate}.`
        : `The reward is decided when the plan's validity ends (last day ${lastDay}).`,
      `after ${lastDay}`,
      date ?? dateOf(vp, ms),
    ),
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
