/**
 * DJI Care Refresh+ on a plan: whether it can be bought at an instant (PLUS-NOT-2Y,
 * PLUS-ELIGIBLE, PLUS-EFFECT: once) and the periods it adds (PLUS-EFFECT: the renewal year and
 * the warranty extension).
 *
 * @module
 */
import { type CodedCheck, check } from '../decision';
import { safeFlightAfter } from '../periods';
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
): CodedCheck[] {
  const is1y = vp.plan.term === '1y';
  const r = vp.periods.replacement;
  const inForce = ms >= vp.startMs && ms < vp.termEndMs;
  const left = remaining(termWindow(vp), state.termUse).replacements;
  const dates = { startDate: r.startDate, lastDate: r.lastDate, date };
  return [
    check('PLUS-NOT-2Y', is1y, is1y ? 'plus.term.one-year' : 'plus.term.two-year', { term: vp.plan.term }),
    check('PLUS-ELIGIBLE', inForce, inForce ? 'plus.in-force' : ms < vp.startMs ? 'plus.not-started' : 'plus.expired', dates),
    check('PLUS-ELIGIBLE', left >= 1, left >= 1 ? 'plus.replacements-left' : 'plus.no-replacement-left', { left }),
    state.carePlus === null
      ? check('PLUS-EFFECT', true, 'plus.not-bought', {})
      : check('PLUS-EFFECT', false, 'plus.bought', { date: dateOf(vp, state.carePlus.ms) }),
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
