/**
 * Value types shared by every rule: decisions, reasons and checks.
 *
 * @module
 */
import type { ClauseId } from './clauses';

/**
 * A calendar date as `YYYY-MM-DD` (validated: `2026-02-30` is an error).
 *
 * @category Time
 */
export type CalendarDate = string;

/**
 * An instant: a valid `Date`, or an ISO-8601 string with an offset (`Z` or `+hh:mm`),
 * such as `'2026-03-01T09:30:00+01:00'`. A string without an offset is an error: it names
 * no instant.
 *
 * @category Time
 */
export type InstantInput = Date | string;

/**
 * An IANA time zone name such as `'Europe/Berlin'`. Always explicit: nothing defaults to
 * UTC or to the machine's zone.
 *
 * @category Time
 */
export type TimeZone = string;

/**
 * An ISO 3166-1 alpha-2 country or region code, upper case (`'US'`, `'GB'`, `'HK'`).
 *
 * @category Catalogue
 */
export type RegionCode = string;

/**
 * The term of a plan: the 1-year plan or the 2-year plan.
 *
 * @category Catalogue
 */
export type PlanTerm = '1y' | '2y';

/**
 * Why a rule said no: the clause, a sentence a support agent can read out, and what was
 * expected and received.
 *
 * @example
 * ```ts
 * const d = assessReplacement(plan, [damage1, damage2], { type: 'damage', at: '2026-06-01T10:00:00Z', serial: 'A1' });
 * d.ok ? [] : d.reasons;
 * //=> [{ clause: 'QUOTA-1Y', message: 'No damage replacement is left on the plan.', expected: 'a damage replacement left', received: '0 left of 2' }]
 * ```
 *
 * @category Decisions
 */
export interface Reason {
  /** The clause of the spec this reason comes from, e.g. `'ELIG-48H'`. */
  readonly clause: ClauseId;
  /** A sentence a support agent can read to a customer. */
  readonly message: string;
  /** What the rule needed, e.g. `'activated at most 48 h before purchase'`. */
  readonly expected?: string;
  /** What it found, e.g. `'activated 51 h 12 min before purchase'`. */
  readonly received?: string;
}

/**
 * One condition a rule evaluated, passed or not. A decision's trace lists them all.
 *
 * @category Decisions
 */
export interface Check extends Reason {
  /** Whether the condition held. */
  readonly passed: boolean;
}

/**
 * What the customer can do next after a refusal, with the clause that says so.
 *
 * @category Decisions
 */
export interface NextStep {
  readonly clause: ClauseId;
  /** A machine-readable action, such as `'verification'`. */
  readonly action: string;
  /** The step in words. */
  readonly message: string;
}

/**
 * A positive decision: the value and the checks that passed.
 *
 * @category Decisions
 */
export interface Accepted<T> {
  readonly ok: true;
  readonly value: T;
  /** Every check evaluated, all passed. */
  readonly trace: readonly Check[];
  /** The edition label of the terms the decision was made under. */
  readonly edition: string;
}

/**
 * A negative decision: every failing condition, never only the first.
 *
 * @category Decisions
 */
export interface Refused {
  readonly ok: false;
  /** Every failing condition, each with its clause. */
  readonly reasons: readonly [Reason, ...Reason[]];
  /** Every check evaluated, passed and failed. */
  readonly trace: readonly Check[];
  /** The edition label of the terms the decision was made under. */
  readonly edition: string;
  /** What the customer can do next, where the spec names a step. */
  readonly nextSteps: readonly NextStep[];
}

/**
 * The result of a rule: accepted with a value, or refused with every reason.
 *
 * @example
 * ```ts
 * const decision = checkPurchaseEligibility(input);
 * if (decision.ok) console.log('offer the plan');
 * else for (const r of decision.reasons) console.log(r.clause, r.message);
 * ```
 *
 * @category Decisions
 */
export type Decision<T> = Accepted<T> | Refused;
