/**
 * Rendering stored values (issue 11): a decision or a status made with `messages: false`, or
 * stored as JSON, read back through its reviver (each field once, bounded, validated) and given
 * its words in the catalogue asked for. Apart from `render.ts` so that the rules, which only
 * add words to their own answers, do not bundle the revivers (and decimal.js with them).
 *
 * @module
 */
import { requireRegion } from '../catalog/regions';
import { decisionFromJSON } from '../json/decision';
import { statusFromJSON } from '../json/status';
import type { PlanStatus } from '../ledger/status';
import { requireTimeZone } from '../time/zone';
import type { Decision, WithoutText } from '../types';
import { optional, readOptions } from '../validate';
import { type RenderDecisionOptions, type RenderOptions, fillWords, localeIn, localeOf } from './render';
import { en } from './en';
import { requireParams } from './param-kinds';
import { NO_CONTEXT, contextOf } from './words';

/**
 * A decision with its words rendered from every code and params: a decision made with
 * `messages: false` (and stored, sent as JSON, …) becomes the decision the call gives with
 * text. Words already present are rendered again, so a stored decision reads in the locale
 * asked for.
 *
 * In a locale other than English (`options.locale`), each template is given the context of
 * the market asked for: `options.region` and `options.timeZone` (a decision does not carry its
 * plan; give the plan's to format as the rule did), each `undefined` when not given.
 *
 * @param decision - a decision, with or without its words (plain JSON values)
 * @param options - `locale`: the locale to write in (default English); `region`, `timeZone`:
 * the plan's, for the templates' context
 * @returns the same decision with `message`, `expected` and `received` filled in
 * @throws {@link InvalidInputError} for a code no catalogue entry has, params that are not
 * exactly its code's (each of its kind), a malformed locale, an unknown region or zone; an
 * error a caller's template throws passes through as it is
 *
 * @example
 * ```ts
 * const bare = checkPurchaseEligibility(input, { messages: false });
 * const stored = JSON.parse(JSON.stringify(bare));
 * renderDecision(stored);
 * //=> equal to checkPurchaseEligibility(input): every reason, check and next step with its message
 * renderDecision(stored, { locale: ja, region: input.planRegion });
 * //=> the same as checkPurchaseEligibility(input, { locale: ja })
 * ```
 *
 * @category Messages
 */
export function renderDecision<T>(decision: Decision<T> | WithoutText<Decision<T>>, options?: RenderDecisionOptions | null): Decision<T> {
  const o = readOptions(options, 'options', ['locale', 'region', 'timeZone']);
  const locale = localeIn(o.locale, 'options');
  const region = optional(o.region, 'options.region', requireRegion);
  const timeZone = optional(o.timeZone, 'options.timeZone', requireTimeZone);
  const context = locale === en ? NO_CONTEXT : contextOf(locale, region, timeZone);
  // Read once into a fresh, validated and bounded copy (issue 10), then worded.
  return fillWords(decisionFromJSON(decision, 'decision'), locale.messages, 'decision', context, requireParams) as Decision<T>;
}

/**
 * A plan status with its words rendered (the Safe Flight and Care Refresh+ reasons, the fee
 * reasons): what {@link renderDecision} is for decisions.
 *
 * In a locale other than English, each template is given the status's own plan's region and
 * zone (read and validated with the status), as `planStatus` gives them.
 *
 * @param status - a status, with or without its words
 * @param options - `locale`: the locale to write in (default English)
 * @returns the same status with its words filled in
 * @throws {@link InvalidInputError} for a code no catalogue entry has, params that are not
 * exactly its code's (each of its kind), or a malformed locale; an error a caller's template
 * throws passes through as it is
 *
 * @example
 * ```ts
 * // `events`: the plan's two replacements, both used
 * const bare = planStatus(plan, events, '2026-09-06T15:00:00Z', { messages: false });
 * renderStatus(JSON.parse(JSON.stringify(bare))).carePlus.reasons[0]?.message;
 * //=> 'No replacement is left on the plan.'
 * ```
 *
 * @category Messages
 */
export function renderStatus(status: PlanStatus | WithoutText<PlanStatus>, options?: RenderOptions | null): PlanStatus {
  const locale = localeOf(options);
  // Read once into a fresh, validated and bounded copy (issue 10), then worded.
  const s = statusFromJSON(status);
  const context = locale === en ? NO_CONTEXT : contextOf(locale, s.plan.region, s.plan.timeZone);
  return fillWords(s, locale.messages, 'status', context, requireParams) as PlanStatus;
}

