/**
 * Building decisions from checks: collect every condition, refuse with all that failed.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { Check, Decision, NextStep, Reason } from './types';

/** A check, written in one call. `expected` and `received` are left out when undefined. */
export function check(
  clause: ClauseId,
  passed: boolean,
  message: string,
  expected?: string,
  received?: string,
): Check {
  const base: { clause: ClauseId; passed: boolean; message: string; expected?: string; received?: string } = {
    clause,
    passed,
    message,
  };
  if (expected !== undefined) base.expected = expected;
  if (received !== undefined) base.received = received;
  return base;
}

function toReason(c: Check): Reason {
  const { passed: _passed, ...reason } = c;
  return reason;
}

/**
 * The decision of a list of checks: accepted with `value` when every check passed,
 * otherwise refused with every failing check as a reason.
 */
export function decide<T>(
  checks: readonly Check[],
  value: () => T,
  edition: string,
  nextSteps: readonly NextStep[] = [],
): Decision<T> {
  const failed = checks.filter((c) => !c.passed);
  const [first, ...rest] = failed;
  if (first === undefined) return { ok: true, value: value(), trace: checks, edition };
  return { ok: false, reasons: [toReason(first), ...rest.map(toReason)], trace: checks, edition, nextSteps };
}
