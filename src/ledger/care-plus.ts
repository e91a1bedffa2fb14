/**
 * DJI Care Refresh+ on a plan: whether it can be bought at an instant (PLUS-NOT-2Y,
 * PLUS-ELIGIBLE, PLUS-EFFECT: once) and the periods it adds (PLUS-EFFECT: the renewal year and
 * the warranty extension).
 *
 * @module
 */
import { check } from '../decision';
import { safeFlightAfter } from '../periods';
import type { Check } from '../types';
import { cachedMonthsFrom } from './period-cache';
import type { CarePlusState, LedgerState } from './state';
import { type ValidPlan, dateOf } from './valid-plan';
import { remaining, termWindow } from './windows';

/**
 * The Care Refresh+ conditions at an instant, given the ledger so far (PLUS-*). `date` is the
 * instant's local date, when the caller has it already.
 */
export function carePlusChecks(
  vp: ValidPlan,
  state: Pick<LedgerState, 'termUse' | 'carePlus'>,
  ms: number,
  date: string = dateOf(vp, ms),
): Check[] {
  const is1y = vp.plan.term === '1y';
  const r = vp.periods.replacement;
  const inForce = ms >= vp.startMs && ms < vp.termEndMs;
  const left = remaining(termWindow(vp), state.termUse).replacements;
  const bought = state.carePlus === null ? '' : dateOf(vp, state.carePlus.ms);
  return [
    check(
      'PLUS-NOT-2Y',
      is1y,
      is1y ? 'The plan is a 1-year plan.' : 'DJI Care Refresh+ is not sold for a 2-year plan.',
      'a 1-year plan',
      `a ${vp.plan.term === '1y' ? '1-year' : '2-year'} plan`,
    ),
    check(
      'PLUS-ELIGIBLE',
      inForce,
      inForce
        ? 'The plan has not expired.'
        : ms < vp.startMs
          ? `The plan has not taken effect yet; it starts on ${r.startDate}.`
          : `The plan expired at the end of ${r.lastDate}.`,
      `between ${r.startDate} and ${r.lastDate}`,
      date,
    ),
    check(
      'PLUS-ELIGIBLE',
      left >= 1,
      left >= 1 ? `${left} replacement${left === 1 ? ' is' : 's are'} left.` : 'No replacement is left on the plan.',
      'at least one replacement left',
      `${left} left`,
    ),
    check(
      'PLUS-EFFECT',
      state.carePlus === null,
      state.carePlus === null
        ? 'DJI Care Refresh+ has not been bought for this plan yet.'
        : `DJI Care Refresh+ was already bought for this plan on ${bought}; it can be bought once.`,
      'not bought before',
      state.carePlus === null ? 'not bought' : `bought on ${bought}`,
    ),
  ];
}

/**
 * The periods Care Refresh+ bought at `ms` adds (PLUS-EFFECT), and the Safe Flight period it
 * moves: from the end of the renewal year; in Europe and the UK (1-year plan,
 * PERIOD-SAFE-FLIGHT) from the end of the warranty if later.
 */
export function carePlusPeriods(vp: ValidPlan, ms: number): CarePlusState {
  const c = vp.terms.carePlus;
  const { periods, plan } = vp;
  const zone = plan.timeZone;
  const renewal = cachedMonthsFrom('care-refresh-plus', 'PLUS-EFFECT', periods.replacement.endDate, c.months, zone);
  const warranty =
    c.warrantyExtensionMonths > 0
      ? cachedMonthsFrom('care-refresh-plus-warranty', 'PLUS-EFFECT', periods.officialWarranty.endDate, c.warrantyExtensionMonths, zone)
      : null;
  const safeFlight =
    periods.safeFlight === null
      ? null
      : safeFlightAfter(vp.terms, plan.term, plan.region, renewal.endDate, (warranty ?? periods.officialWarranty).endDate, zone, cachedMonthsFrom);
  return { ms, renewal, warranty, safeFlight };
}
