/**
 * Rendering: the words of a reason, check or next step from its code and params, through a
 * locale's catalogue (English by default). Every text the rules return is made here, so a
 * stored decision or status whose text was left out (`messages: false`) renders to exactly
 * what the call would have returned.
 *
 * @module
 */
import type { Texted } from '../types';
import type { Catalogue, Locale } from './codes';
import { en } from './en';
import { isRecord, wantsWords, withWords } from './words';
import { isNone, readOptions, readRecord, requireRecord } from '../validate';
import type { Texts } from './texts';
import { type Glossary, localeTag } from '../locale/locale';

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
    // Values here are the library's own or fresh copies read by the revivers (render-stored.ts),
    // so a template may read a param more than once.
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

/**
 * The locale of `options.locale`, checked: English when absent or null; else a record with a
 * BCP 47 `tag` (at most 64 characters), and `messages` and `texts` records (their templates are
 * checked when used). Each field is read once, into a fresh value.
 */
export function localeOf(options: unknown, field = 'options'): Locale {
  // Null options, and a null locale, mean none given (issue 12): English.
  const locale = readOptions(options, field, ['locale']).locale;
  if (isNone(locale)) return en;
  const l = readRecord(locale, `${field}.locale`, ['tag', 'messages', 'texts', 'glossary']);
  localeTag(l.tag, `${field}.locale.tag`);
  return {
    tag: l.tag as string,
    messages: requireRecord(l.messages, `${field}.locale.messages`) as unknown as Catalogue,
    texts: requireRecord(l.texts, `${field}.locale.texts`) as unknown as Texts,
    glossary: l.glossary as Glossary,
  };
}

/** The catalogue of render options, checked. */
export function catalogueOf(options: unknown): Catalogue {
  return localeOf(options).messages;
}

/** A result of a rule, with its words unless the options leave them out. */
export function finish<T, O>(value: T, options: O): Texted<T, O> {
  return (wantsWords(options) ? fillWords(value, en.messages, 'value') : value) as Texted<T, O>;
}
