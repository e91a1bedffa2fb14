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
import { safeFlightAfter } from '../periods';
import { type Period, periodContains } from '../time/period';
import type { Check } from '../types';
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

/** The Safe Flight period given the ledger (moved by Care Refresh+). */
export function safeFlightPeriod(vp: ValidPlan, state: LedgerState): Period | null {
  const base = vp.periods.safeFlight;
  if (base === null || state.carePlus === null) return base;
  // PLUS-EFFECT: Safe Flight counts from the end of the renewal year; in Europe and the UK
  // (1-year plan, PERIOD-SAFE-FLIGHT) from the end of the warranty if later.
  const { terms, plan } = vp;
  const warrantyEnd = (state.carePlus.warranty ?? vp.periods.officialWarranty).endDate;
  return safeFlightAfter(terms, plan.term, plan.region, state.carePlus.renewal.endDate, warrantyEnd, plan.timeZone);
}

/** When the plan's validity for replacements and discounted repairs ends (the later). */
export function validityEndMs(vp: ValidPlan, state: LedgerState): number {
  if (state.carePlus !== null) return Date.parse(state.carePlus.renewal.end);
  const discount = vp.periods.repairDiscount;
  return discount === null ? vp.termEndMs : Math.max(vp.termEndMs, Date.parse(discount.end));
}

const USED_NAME: Readonly<Record<string, string>> = {
  'damage-replacement': 'A damage replacement',
  'flyaway-replacement': 'A flyaway replacement',
  'discounted-repair': 'A discounted repair',
};

/** SVC-SAFE-FLIGHT with PERIOD-SAFE-FLIGHT, as of `ms` (the ledger read up to `ms`). */
export function safeFlightState(vp: ValidPlan, state: LedgerState, ms: number): SafeFlightState {
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
    checks.push(
      check(
        'SVC-SAFE-FLIGHT',
        false,
        `${USED_NAME[u.type] as string} was used on ${dateOf(vp, u.ms)}, so the Safe Flight reward is forfeited.`,
        'no replacement and no discounted repair used',
        `${u.type} on ${dateOf(vp, u.ms)}`,
      ),
    );
  }
  const endMs = validityEndMs(vp, state);
  const over = ms >= endMs;
  const lastDay = dateOf(vp, endMs - 1);
  checks.push(
    check(
      'PERIOD-SAFE-FLIGHT',
      over,
      over
        ? `The plan's validity has ended (last day ${lastDay}); the reward runs from ${period.startDate} to ${period.lastDate}.`
        : `The reward is decided when the plan's validity ends (last day ${lastDay}).`,
      `after ${lastDay}`,
      dateOf(vp, ms),
    ),
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
