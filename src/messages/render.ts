/**
 * Rendering: the words of a reason, check or next step from its code and params, through a
 * locale's catalogue (English by default). Every text the rules return is made here, so a
 * stored decision or status whose text was left out (`messages: false`) renders to exactly
 * what the call would have returned.
 *
 * @module
 */
import type { Decision, Texted, WithoutText } from '../types';
import type { PlanStatus } from '../ledger/status';
import type { Catalogue, Locale } from './codes';
import { en } from './en';
import { isRecord, wantsWords, withWords } from './words';
import { isNone, readOptions, requireRecord } from '../validate';

/**
 * Options of the render functions: the locale to write in (English by default).
 *
 * @example
 * ```ts
 * const options: RenderOptions = { locale: en };
 * renderDecision(stored, options);
 * ```
 *
 * @category Messages
 */
export interface RenderOptions {
  readonly locale?: Locale | null;
}

/**
 * Every object in `value` that carries a code (`clause`, `code`, `params`), with its words.
 * Plain objects and arrays only are walked (a `Decimal` is left as it is); what holds no code
 * is returned as it is, not copied. Each field of the value is read once (issue 10): a stored
 * value may come from anywhere, so the walk reads into a private copy and renders from that.
 */
export function fillWords(value: unknown, catalogue: Catalogue, field: string): unknown {
  if (Array.isArray(value)) {
    const n = value.length;
    const out: unknown[] = [];
    let changed = false;
    for (let i = 0; i < n; i += 1) {
      const item: unknown = value[i];
      const filled = fillWords(item, catalogue, `${field}[${i}]`);
      out.push(filled);
      changed ||= filled !== item;
    }
    return changed ? out : value;
  }
  if (!isRecord(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = value[key];
  if (typeof copy.code === 'string' && 'params' in copy && 'clause' in copy) {
    // The template may read a param more than once: it reads a copy.
    if (isRecord(copy.params)) copy.params = { ...copy.params };
    return withWords(copy, catalogue, field);
  }
  let changed = false;
  for (const key of Object.keys(copy)) {
    const item = copy[key];
    const filled = fillWords(item, catalogue, `${field}.${key}`);
    copy[key] = filled;
    changed ||= filled !== item;
  }
  return changed ? copy : value;
}

/** The catalogue of render options, checked. */
function catalogueOf(options: unknown): Catalogue {
  // Null options, and a null locale, mean none given (issue 12): English.
  const locale = readOptions(options, 'options', ['locale']).locale;
  if (isNone(locale)) return en.messages;
  return requireRecord(requireRecord(locale, 'options.locale').messages, 'options.locale.messages') as unknown as Catalogue;
}

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
  return fillWords(requireRecord(decision, 'decision'), catalogue, 'decision') as Decision<T>;
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
  return fillWords(requireRecord(status, 'status'), catalogue, 'status') as PlanStatus;
}

/** A result of a rule, with its words unless the options leave them out. */
export function finish<T, O>(value: T, options: O): Texted<T, O> {
  return (wantsWords(options) ? fillWords(value, en.messages, 'value') : value) as Texted<T, O>;
}
