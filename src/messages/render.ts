/**
 * Rendering: the words of a reason, check or next step from its code and params, through a
 * locale's catalogue (English by default). Every text the rules return is made here, so a
 * stored decision or status whose text was left out (`messages: false`) renders to exactly
 * what the call would have returned.
 *
 * @module
 */
import type { RegionCode, Texted, TimeZone } from '../types';
import type { Catalogue, Locale, RenderContext } from './codes';
import { en } from './en';
import { NO_CONTEXT, checkedLocale, contextOf, givenLocale, isRecord, wantsWords, withWords } from './words';
import { isNone } from '../validate';

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
  /** The locale to write in: a {@link Locale} such as `ja` from `dji-care-refresh/locale/ja`; English when absent or `null`. */
  readonly locale?: Locale | null | undefined;
}

/**
 * Options of `renderDecision`: the locale, and the market its templates format for. A decision
 * carries no plan, so the plan's region and zone are given here when the words should follow
 * them (a status carries its plan: `renderStatus` takes them from it).
 *
 * @example
 * ```ts
 * const options: RenderDecisionOptions = { locale: de, region: 'CH', timeZone: 'Europe/Zurich' };
 * renderDecision(stored, options);
 * ```
 *
 * @category Messages
 */
export interface RenderDecisionOptions extends RenderOptions {
  /** The plan's region (ISO 3166-1 alpha-2, one of the catalogue's regions); `undefined` in the context when absent or `null`. */
  readonly region?: RegionCode | null | undefined;
  /** The plan's IANA zone; `undefined` in the context when absent or `null`. */
  readonly timeZone?: TimeZone | null | undefined;
}

/** Where a rule's words are written for: the validated plan's region and zone (either may be unknown). */
export interface Place {
  readonly region?: string | undefined;
  readonly timeZone?: string | undefined;
}

/**
 * Every object in `value` that carries a code (`clause`, `code`, `params`), with its words.
 * Plain objects and arrays only are walked (a `Decimal` is left as it is); what holds no code
 * is returned as it is, not copied. Each field of the value is read once (issue 10): a stored
 * value may come from anywhere, so the walk reads into a private copy and renders from that.
 * `check`, when given, is called with each code and params before its template runs (the
 * stored values' params check, `param-kinds.ts`, which the rules do not bundle).
 */
export function fillWords(
  value: unknown,
  catalogue: Catalogue,
  field: string,
  context: RenderContext = NO_CONTEXT,
  check?: (code: unknown, params: unknown, field: string) => void,
): unknown {
  if (Array.isArray(value)) {
    const n = value.length;
    const out: unknown[] = [];
    let changed = false;
    for (let i = 0; i < n; i += 1) {
      const item: unknown = value[i];
      const filled = fillWords(item, catalogue, `${field}[${i}]`, context, check);
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
    check?.(copy.code, copy.params, field);
    return withWords(copy, catalogue, field, context);
  }
  let changed = false;
  for (const key of Object.keys(copy)) {
    const item = copy[key];
    const filled = fillWords(item, catalogue, `${field}.${key}`, context, check);
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
  return givenLocale(options, field) ?? en;
}

/** A locale read from options (`field` names the options): English when none. */
export function localeIn(value: unknown, field: string): Locale {
  return isNone(value) ? en : checkedLocale(value, `${field}.locale`);
}

/**
 * A result of a rule, with its words unless the options leave them out: in the locale of
 * `options.locale` (read once; English when none), each template given the plan's region and
 * zone (`place`, from the validated plan). Without a locale the English catalogue renders as
 * it always has; a locale is checked even when `messages: false` leaves the words out.
 */
export function finish<T, O>(value: T, options: O, place?: Place): Texted<T, O> {
  const text = wantsWords(options);
  const locale = localeOf(options);
  if (!text) return value as Texted<T, O>;
  const context = locale === en ? NO_CONTEXT : contextOf(locale, place?.region, place?.timeZone);
  return fillWords(value, locale.messages, 'value', context) as Texted<T, O>;
}
