/**
 * Rendering: the words of a reason, check or next step from its code and params, through a
 * locale's catalogue (English by default). Every text the rules return is made here, so a
 * stored decision or status whose text was left out (`messages: false`) renders to exactly
 * what the call would have returned.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { Decision, Texted, WithoutText } from '../types';
import type { PlanStatus } from '../ledger/status';
import type { Catalogue, Locale, MessageCode, MessageText } from './codes';
import { en } from './en';
import { requireRecord } from '../validate';

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
  readonly locale?: Locale;
}

const TEXT_KEYS = new Set(['message', 'expected', 'received']);

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The words of one code with its params, read from untrusted input (a stored value). */
function wordsOf(catalogue: Catalogue, code: unknown, params: unknown, field: string): MessageText {
  if (typeof code !== 'string' || !Object.hasOwn(catalogue, code)) {
    throw new InvalidInputError(`${field}.code`, 'invalid-value', 'expected a message code of the catalogue', code);
  }
  if (!isRecord(params)) throw new InvalidInputError(`${field}.params`, 'wrong-type', 'expected an object', params);
  const template = catalogue[code as MessageCode] as (p: unknown) => MessageText;
  return template(params);
}

/**
 * An object that carries a code, with its words: every key but the words, then `message`,
 * `expected` and `received` (those the catalogue gives).
 */
export function withWords<T extends object>(value: T, catalogue: Catalogue = en.messages, field = 'value'): T {
  const rec = value as Readonly<Record<string, unknown>>;
  const words = wordsOf(catalogue, rec.code, rec.params, field);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rec)) if (!TEXT_KEYS.has(key)) out[key] = rec[key];
  out.message = words.message;
  if (words.expected !== undefined) out.expected = words.expected;
  if (words.received !== undefined) out.received = words.received;
  return out as T;
}

/**
 * Every object in `value` that carries a code (`clause`, `code`, `params`), with its words.
 * Plain objects and arrays only are walked (a `Decimal` is left as it is); what holds no code
 * is returned as it is, not copied.
 */
export function fillWords(value: unknown, catalogue: Catalogue, field: string): unknown {
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i += 1) {
      const item: unknown = value[i];
      const filled = fillWords(item, catalogue, `${field}[${i}]`);
      if (filled !== item) {
        out ??= [...(value as unknown[])];
        out[i] = filled;
      }
    }
    return out ?? value;
  }
  if (!isRecord(value)) return value;
  if (typeof value.code === 'string' && 'params' in value && 'clause' in value) return withWords(value, catalogue, field);
  let out: Record<string, unknown> | undefined;
  for (const key of Object.keys(value)) {
    const item = value[key];
    const filled = fillWords(item, catalogue, `${field}.${key}`);
    if (filled !== item) {
      out ??= { ...value };
      out[key] = filled;
    }
  }
  return out ?? value;
}

/** The catalogue of render options, checked. */
function catalogueOf(options: unknown): Catalogue {
  if (options === undefined) return en.messages;
  const locale = requireRecord(options, 'options').locale;
  if (locale === undefined) return en.messages;
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

/** Whether a call wants its words: `options.messages`, default `true`. */
export function wantsWords(options: unknown): boolean {
  const value = isRecord(options) ? options.messages : undefined;
  if (value === undefined) return true;
  if (typeof value !== 'boolean') throw new InvalidInputError('options.messages', 'wrong-type', 'expected true or false', value);
  return value;
}

/** A result of a rule, with its words unless the options leave them out. */
export function finish<T, O>(value: T, options: O): Texted<T, O> {
  return (wantsWords(options) ? fillWords(value, en.messages, 'value') : value) as Texted<T, O>;
}
