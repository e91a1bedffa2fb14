/**
 * Checks every claim shares: its instant in time order with the ledger, the unit concerned
 * being the plan's unit now (REBIND-REPLACEMENT), the instant inside a validity
 * (PERIOD-OUTSIDE), and the reasons of the failed checks.
 *
 * @module
 */
import { type CodedCheck, check } from '../decision';
import type { MessageParams } from '../messages/codes';
import { InvalidInputError } from '../errors';
import { requireInstant } from '../time/instant';
import type { Period } from '../time/period';
import type { Reason } from '../types';
import { requireSerial } from '../validate';
import type { LedgerState } from './state';
import { type ValidPlan, dateOf, instantOf } from './valid-plan';
import { startMsOf, within } from './period-cache';

/**
 * The instant of a claim or purchase that will add an event to the ledger: not before the
 * last event (claims are decided in time order), unless it is before the plan starts (a
 * refusal under PERIOD-OUTSIDE, not bad input).
 */
export function requireNextInstant(vp: ValidPlan, state: LedgerState, value: unknown, field: string): number {
  const ms = requireInstant(value, field);
  if (ms >= vp.startMs && state.lastMs !== null && ms < state.lastMs) {
    throw new InvalidInputError(
      field,
      'invalid-ledger',
      `must not be before the last event of the ledger (${instantOf(vp, state.lastMs)}): claims are decided in time order`,
      value,
    );
  }
  return ms;
}

/**
 * REBIND-REPLACEMENT: the unit concerned must be the plan's unit now. A unit the plan moved
 * away from has no plan (a failing check), and neither has a unit replaced whose rebinding to
 * the unit received is not recorded yet ("the original unit no longer has a plan"); a serial
 * never on this plan is bad input.
 */
export function serialCheck(state: LedgerState, value: unknown, field: string): CodedCheck {
  const serial = requireSerial(value, field);
  if (serial === state.serial) {
    // Replaced, and the unit received not yet recorded: the plan has left this unit, and the
    // unit it moved to is not known yet.
    return state.pendingRebind
      ? check('REBIND-REPLACEMENT', false, 'rebind.unit.replaced-not-rebound', { serial })
      : check('REBIND-REPLACEMENT', true, 'rebind.unit.current', { serial });
  }
  if (!state.formerSerials.includes(serial)) {
    throw new InvalidInputError(field, 'invalid-value', `expected the serial of the plan's unit, '${state.serial}'`, value);
  }
  return check('REBIND-REPLACEMENT', false, 'rebind.unit.former', { serial, planSerial: state.serial });
}

/** PERIOD-OUTSIDE: whether an instant is inside a validity, with the message for either side. */
export function outsideCheck(vp: ValidPlan, ms: number, validity: readonly Period[], subject: MessageParams['period.inside']['subject']): CodedCheck {
  const inside = validity.some((p) => within(p, ms));
  const first = validity[0] as Period;
  const last = validity[validity.length - 1] as Period;
  const params = { subject, startDate: first.startDate, lastDate: last.lastDate, date: dateOf(vp, ms) };
  if (inside) return check('PERIOD-OUTSIDE', true, 'period.inside', params);
  return check('PERIOD-OUTSIDE', false, ms < startMsOf(first) ? 'period.before-start' : 'period.after-end', params);
}

/** Reasons of the failed checks. */
export function failedReasons(checks: readonly CodedCheck[]): Reason[] {
  return checks.filter((c) => !c.passed).map(({ passed: _passed, ...reason }) => reason as Reason);
}
