/**
 * A stored {@link Decision} read back ({@link decisionFromJSON}): any decision the library
 * returns (eligibility, agreement date, replacement, repair and maintenance assessments,
 * flyaway checks, DJI Care Refresh+ offers, rebinding, service location) written to JSON.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import type { Decision, NextStep, Reason } from '../types';
import { readListOf, readRecord, requireBoolean, requireString } from '../validate';
import { readCheck, readJsonValue, readNextStep, readReason } from './read';

const ACCEPTED_KEYS = ['ok', 'value', 'trace', 'edition'] as const;
const REFUSED_KEYS = ['ok', 'reasons', 'trace', 'edition', 'nextSteps'] as const;
const KEYS = ['ok', 'value', 'reasons', 'trace', 'edition', 'nextSteps'] as const;

/** Refuses a key the decision's shape does not have (its names only: no value is read again). */
function refuseUnknownKeys(value: object, field: string, keys: readonly string[]): void {
  for (const key of Object.keys(value)) {
    if (!keys.includes(key)) throw new InvalidInputError(`${field}.${key.slice(0, LIMITS.idLength)}`, 'invalid-value', `expected only the keys ${keys.join(', ')}`, key);
  }
}

/**
 * A {@link Decision} read back from JSON: every field read once into a fresh value and
 * validated. The envelope is read to its shape (`ok`, `trace`, `edition`, and `value` when
 * accepted, `reasons` (at least one) and `nextSteps` when refused; any other key is refused);
 * reasons, checks and next steps keep their clause, words, and message `code` and `params` when
 * present. The accepted `value` is copied as plain JSON values, each money
 * (`{ amount, currency }`) revived with {@link moneyFromJSON} (a fee quote's `fee`, a repair's
 * discount `cap`), bounded by {@link LIMITS}. `decisionFromJSON(JSON.parse(JSON.stringify(d)))`
 * equals `d` for every decision the library returns.
 *
 * @typeParam T - the decision's value type, as the caller knows it (not checked beyond plain
 * JSON and money)
 * @param json - the parsed decision
 * @param field - the name errors give the decision (default `'decision'`), e.g. `'stored[3]'`
 * @returns the decision
 * @throws {@link InvalidInputError} naming the field (`decision.reasons[0].clause`,
 * `decision.value.fee.amount`, ...)
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-05-01T12:00:00Z', serial: 'A1' });
 * const back = decisionFromJSON<ReplacementAssessment>(JSON.parse(JSON.stringify(d)));
 * back.ok && back.value.fee.published && formatMoney(back.value.fee.fee); //=> 'USD 159.00'
 * decisionFromJSON({ ok: false, reasons: [], trace: [], edition: 'x', nextSteps: [] });
 * // throws InvalidInputError: Invalid decision.reasons: ...
 * ```
 *
 * @category Decisions
 */
export function decisionFromJSON<T = unknown>(json: unknown, field = 'decision'): Decision<T> {
  const d = readRecord(json, field, KEYS);
  const accepted = requireBoolean(d.ok, `${field}.ok`);
  refuseUnknownKeys(json as object, field, accepted ? ACCEPTED_KEYS : REFUSED_KEYS);
  const trace = readListOf(d.trace, `${field}.trace`, readCheck);
  const edition = requireString(d.edition, `${field}.edition`);
  if (accepted) {
    readRecord(d.value, `${field}.value`, []);
    if (trace.some((c) => !c.passed)) throw new InvalidInputError(`${field}.trace`, 'invalid-value', 'an accepted decision has only passed checks', 'a failed check');
    return { ok: true, value: readJsonValue(d.value, `${field}.value`, true) as T, trace, edition };
  }
  const reasons: readonly Reason[] = readListOf(d.reasons, `${field}.reasons`, readReason);
  if (reasons.length === 0) throw new InvalidInputError(`${field}.reasons`, 'missing', 'a refused decision has at least one reason', 'an empty list');
  // Every refusal the library makes lists its failing checks in the trace too.
  if (!trace.some((c) => !c.passed)) throw new InvalidInputError(`${field}.trace`, 'invalid-value', 'a refused decision has a failed check', 'only passed checks');
  const nextSteps: readonly NextStep[] = readListOf(d.nextSteps, `${field}.nextSteps`, readNextStep);
  return { ok: false, reasons: reasons as [Reason, ...Reason[]], trace, edition, nextSteps };
}
