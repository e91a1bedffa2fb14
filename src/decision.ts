/**
 * Building decisions from checks: collect every condition, refuse with all that failed.
 * Checks are made with their code and params; the words are rendered once the decision is
 * made (`messages/render.ts`), unless the call leaves them out.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { MessageCode, MessageParams } from './messages/codes';
import type { Check, CodedReason, Decision, NextStep, Reason } from './types';

/** A check without its words: what the rules build. */
export type CodedCheck = CodedReason & { readonly passed: boolean };
/** A next step without its words. */
export type CodedNextStep = CodedReason & { readonly action: string };

/** A check, written in one call: clause, outcome, code and params. */
export function check<C extends MessageCode>(clause: ClauseId, passed: boolean, code: C, params: MessageParams[C]): CodedCheck {
  return { clause, passed, code, params } as CodedCheck;
}

/** A reason (a note with a clause, no outcome), written in one call. */
export function note<C extends MessageCode>(clause: ClauseId, code: C, params: MessageParams[C]): CodedReason {
  return { clause, code, params } as CodedReason;
}

/** A next step, written in one call. */
export function step<C extends MessageCode>(clause: ClauseId, action: string, code: C, params: MessageParams[C]): CodedNextStep {
  return { clause, action, code, params } as CodedNextStep;
}

function toReason(c: CodedCheck): CodedReason {
  const { passed: _passed, ...reason } = c;
  return reason as CodedReason;
}

/**
 * The decision of a list of checks: accepted with `value` when every check passed,
 * otherwise refused with every failing check as a reason. Without words: the caller renders
 * them (`finish`).
 */
export function decide<T>(
  checks: readonly CodedCheck[],
  value: () => T,
  edition: string,
  nextSteps: readonly CodedNextStep[] = [],
): Decision<T> {
  const failed = checks.filter((c) => !c.passed);
  const [first, ...rest] = failed;
  const trace = checks as readonly Check[];
  if (first === undefined) return { ok: true, value: value(), trace, edition };
  const reasons = [toReason(first), ...rest.map(toReason)] as unknown as [Reason, ...Reason[]];
  return { ok: false, reasons, trace, edition, nextSteps: nextSteps as readonly NextStep[] };
}
