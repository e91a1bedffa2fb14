/**
 * Rendering stored values (issue 11): a decision or a status made with `messages: false`, or
 * stored as JSON, read back through its reviver (each field once, bounded, validated) and given
 * its words in the catalogue asked for. Apart from `render.ts` so that the rules, which only
 * add words to their own answers, do not bundle the revivers (and decimal.js with them).
 *
 * @module
 */
import { decisionFromJSON } from '../json/decision';
import { statusFromJSON } from '../json/status';
import type { PlanStatus } from '../ledger/status';
import type { Decision, WithoutText } from '../types';
import { type RenderOptions, catalogueOf, fillWords } from './render';

/**
 * A decision with its words rendered from every code and params: a decision made with
 * `messages: false` (and stored, sent as JSON, …) becomes the decision the call gives with
 * text. Words already present are rendered again, so a stored decision reads in the locale
 * asked for.
 *
 * @param decision - a decision, with or without its words (plain JSON values)
 * @param options - `locale`: the catalogue to write in (default English)
 * @returns the same decision with `message`, `expected` and `received` filled in
 * @throws {@link InvalidInputError} for a code no catalogue entry has, or params that are not an object
 *
 * @example
 * ```ts
 * const bare = checkPurchaseEligibility(input, { messages: false });
 * const stored = JSON.parse(JSON.stringify(bare));
 * renderDecision(stored);
 * //=> the same as checkPurchaseEligibility(input): every reason, check and next step with its message
 * ```
 *
 * @category Messages
 */
export function renderDecision<T>(decision: Decision<T> | WithoutText<Decision<T>>, options?: RenderOptions): Decision<T> {
  const catalogue = catalogueOf(options);
  // Read once into a fresh, validated and bounded copy (issue 10), then worded.
  return fillWords(decisionFromJSON(decision, 'decision'), catalogue, 'decision') as Decision<T>;
}

/**
 * A plan status with its words rendered (the Safe Flight and Care Refresh+ reasons, the fee
 * reasons): what {@link renderDecision} is for decisions.
 *
 * @param status - a status, with or without its words
 * @param options - `locale`: the catalogue to write in (default English)
 * @returns the same status with its words filled in
 * @throws {@link InvalidInputError} for a code no catalogue entry has, or params that are not an object
 *
 * @example
 * ```ts
 * const bare = planStatus(plan, events, '2026-09-06T15:00:00Z', { messages: false });
 * renderStatus(JSON.parse(JSON.stringify(bare))).carePlus.reasons[0]?.message;
 * //=> 'No replacement is left on the plan.'
 * ```
 *
 * @category Messages
 */
export function renderStatus(status: PlanStatus | WithoutText<PlanStatus>, options?: RenderOptions): PlanStatus {
  const catalogue = catalogueOf(options);
  // Read once into a fresh, validated and bounded copy (issue 10), then worded.
  return fillWords(statusFromJSON(status), catalogue, 'status') as PlanStatus;
}

