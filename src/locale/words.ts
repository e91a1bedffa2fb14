/**
 * What a translated catalogue writes its params with: dates, times, hours, elapsed times,
 * counts, region names and lists in the locale's language, formatted through `Intl` for the
 * plan's market ({@link formattingLocale}) and in the plan's zone, never the runtime's.
 *
 * Each helper takes the {@link RenderContext} a template is given. None throws: params come
 * from the rules or from a stored value read by a reviver, and a value of an unexpected shape
 * is written as it is (bounded), so a stored value never breaks its rendering.
 *
 * @module
 */
import type { RenderContext } from '../messages/codes';
import { datePartsOf } from '../time/calendar';
import { parseInstant } from '../time/instant';
import { cached, dateText, dateTimeText, plain } from './format';
import { formattingLocale } from './locale';


/** The Intl locales for a context: the market's tag, then `en`, so a runtime lacking it never uses its own. */
function tagsOf(c: RenderContext): string[] {
  let tag: string;
  try {
    tag = formattingLocale(c.tag, c.region ?? null);
  } catch {
    tag = 'en';
  }
  return [tag, 'en'];
}


/** A value of an unexpected shape, as text of at most 64 characters. */
function asGiven(value: unknown): string {
  return String(value).slice(0, 64);
}

/**
 * A local calendar date `YYYY-MM-DD` in the locale's medium style (`2026/03/01` in `ja`,
 * `01.03.2026` in `de`, `1er mars 2026` in `fr`). The date is a calendar date: no zone shifts it.
 * Only a real date of the library's range (1979–9999) is formatted: any other text (a stored
 * `'2026-02-30'` or `'0099-05-01'`) is written as given, as English writes it, never as
 * another date.
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param value - a calendar date `YYYY-MM-DD`
 * @returns the date as the market writes it; a value of another shape as given (at most 64 characters)
 *
 * @example
 * ```ts
 * date({ tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' }, '2026-03-01'); //=> '01.03.2026'
 * ```
 *
 * @category Locale
 */
export function date(c: RenderContext, value: string): string {
  const parts = typeof value === 'string' ? datePartsOf(value) : undefined;
  if (parts === undefined) return asGiven(value);
  return dateText(tagsOf(c), Date.UTC(parts.year, parts.month - 1, parts.day), 'medium');
}

/**
 * An instant (ISO-8601 with an offset) as a medium date and short time in the plan's zone, or
 * in UTC with the zone named when the context has none. Only an instant the library accepts is
 * formatted (`YYYY-MM-DDThh:mm[:ss[.f]]` with `Z` or `±hh:mm`, 1979–9999): text without an
 * offset (`'2026-03-01T00:30'`), which `Date.parse` would read in the runtime's own zone, and
 * any other text are written as given.
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param value - an ISO-8601 instant with an offset
 * @returns the date and time in the plan's zone (in UTC, named, without one); a value of another shape as given
 *
 * @example
 * ```ts
 * dateTime({ tag: 'ja', region: 'JP', timeZone: 'Asia/Tokyo' }, '2026-03-01T00:30:00Z'); //=> '2026/03/01 9:30'
 * ```
 *
 * @category Locale
 */
export function dateTime(c: RenderContext, value: string): string {
  const ms = typeof value === 'string' ? parseInstant(value) : Number.NaN;
  if (Number.isNaN(ms)) return asGiven(value);
  try {
    // On the 24-hour clock, as formatDateTime writes it (format.ts says why).
    const text = dateTimeText(tagsOf(c), ms, c.timeZone ?? 'UTC', 'medium');
    return c.timeZone === undefined ? `${text} UTC` : text;
  } catch {
    return asGiven(value);
  }
}

/** Japanese and Chinese write a unit straight after its number (`48時間`); ICU puts a space. */
const CJK_UNIT = /(\d) (?=[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])/gu;

function unit(c: RenderContext, n: number, name: 'day' | 'hour' | 'minute' | 'second', display: 'long' | 'short'): string {
  const tags = tagsOf(c);
  const format = cached(`u ${tags[0]} ${name} ${display}`, () => new Intl.NumberFormat(tags, { style: 'unit', unit: name, unitDisplay: display, numberingSystem: 'latn' }));
  return plain(format.format(n)).replace(CJK_UNIT, '$1');
}

/**
 * A number of hours, in words (`48時間`, `48 Stunden`); from 72 hours on, a whole number of
 * days is written in days, as the English catalogue writes the activation windows, unless
 * `as` is `'hours'` (ELIG-VERIFY's 72 hours, which the source gives in hours).
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param value - a whole number of hours
 * @param as - `'days-from-72'` (the default) or `'hours'`
 * @returns the hours (or days) in words; a value of another shape as given
 *
 * @example
 * ```ts
 * hours({ tag: 'de', region: undefined, timeZone: undefined }, 48);  //=> '48 Stunden'
 * hours({ tag: 'de', region: undefined, timeZone: undefined }, 720); //=> '30 Tage'
 * hours({ tag: 'de', region: undefined, timeZone: undefined }, 72, 'hours'); //=> '72 Stunden'
 * ```
 *
 * @category Locale
 */
export function hours(c: RenderContext, value: number, as: 'days-from-72' | 'hours' = 'days-from-72'): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return asGiven(value);
  return as === 'days-from-72' && value % 24 === 0 && value >= 72 ? unit(c, value / 24, 'day', 'long') : unit(c, value, 'hour', 'long');
}

/**
 * An elapsed time of whole seconds, as days, hours, minutes and seconds in the locale's narrow
 * units (`3日 20時間`, `3 T, 20 Std.`); a negative time is written with a minus sign.
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param seconds - whole seconds, negative for a time before
 * @returns days, hours, minutes and seconds in the locale's short units; a value of another shape as given
 *
 * @example
 * ```ts
 * elapsed({ tag: 'ja', region: 'JP', timeZone: undefined }, 331_200); //=> '3日20時間'
 * ```
 *
 * @category Locale
 */
export function elapsed(c: RenderContext, seconds: number): string {
  if (typeof seconds !== 'number' || !Number.isFinite(seconds)) return asGiven(seconds);
  let rest = Math.ceil(Math.abs(seconds));
  const parts: string[] = [];
  const add = (size: number, name: 'day' | 'hour' | 'minute' | 'second'): void => {
    const n = Math.floor(rest / size);
    rest -= n * size;
    if (n > 0) parts.push(unit(c, n, name, 'short'));
  };
  add(86_400, 'day');
  add(3600, 'hour');
  add(60, 'minute');
  add(1, 'second');
  if (parts.length === 0) parts.push(unit(c, 0, 'second', 'short'));
  return `${seconds < 0 ? '-' : ''}${list(c, parts, 'unit')}`;
}

/**
 * The plural form for a count, through `Intl.PluralRules` in the locale's language: the form
 * for the count's category, else `other`, with `#` replaced by the count.
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param count - the count
 * @param forms - a form for each plural category the language uses, `other` required; `#` is the count
 * @returns the form for the count's category, `#` replaced
 *
 * @example
 * ```ts
 * plural({ tag: 'fr', region: 'FR', timeZone: undefined }, 1, { one: '# remplacement', other: '# remplacements' }); //=> '1 remplacement'
 * ```
 *
 * @category Locale
 */
export function plural(
  c: RenderContext,
  count: number,
  forms: { readonly other: string } & Partial<Readonly<Record<Intl.LDMLPluralRule, string>>>,
): string {
  if (typeof count !== 'number' || !Number.isFinite(count)) return asGiven(count);
  const tags = tagsOf(c);
  const rules = cached(`p ${tags[0]}`, () => new Intl.PluralRules(tags));
  return (forms[rules.select(count)] ?? forms.other).replaceAll('#', String(count));
}

/**
 * A country or region's name in the locale's language (`ドイツ` for `DE` in `ja`), from its ISO
 * 3166-1 alpha-2 code; the code as given when the runtime has no name for it.
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param code - an ISO 3166-1 alpha-2 code
 * @returns the country's or region's short name in the locale's language; the code as given when none is known
 *
 * @example
 * ```ts
 * region({ tag: 'de', region: undefined, timeZone: undefined }, 'JP'); //=> 'Japan'
 * ```
 *
 * @category Locale
 */
export function region(c: RenderContext, code: string): string {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return asGiven(code);
  const tags = tagsOf(c);
  // Well-formed tags (tagsOf) and a well-formed code: DisplayNames neither throws nor gives
  // nothing here (fallback 'code').
  const names = cached(`r ${tags[0]}`, () => new Intl.DisplayNames(tags, { type: 'region', style: 'short', fallback: 'code' }));
  return names.of(code) as string;
}

/**
 * A name that ends a sentence, with the sentence's full stop unless the name already ends with
 * one: French and Spanish abbreviate some countries with points (`É.-U.`, `EE. UU.`), and
 * `${region(c, 'US')}.` wrote `É.-U..` (issue 13). Not exported from `dji-care-refresh/locale`.
 *
 * @example
 * ```ts
 * sentenceEnd('É.-U.'); //=> 'É.-U.'
 * sentenceEnd('Japon'); //=> 'Japon.'
 * ```
 */
export function sentenceEnd(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

/**
 * Items joined as the locale joins a list: `'conjunction'` (and), `'disjunction'` (or) or
 * `'unit'` (measures side by side).
 *
 * @param c - the template's {@link RenderContext}: the locale's tag, the plan's region and zone
 * @param items - the words to join
 * @param type - `'conjunction'`, `'disjunction'` or `'unit'`
 * @returns the items joined as the language joins a list
 *
 * @example
 * ```ts
 * list({ tag: 'de', region: undefined, timeZone: undefined }, ['A1', 'A2'], 'conjunction'); //=> 'A1 und A2'
 * ```
 *
 * @category Locale
 */
export function list(c: RenderContext, items: readonly string[], type: 'conjunction' | 'disjunction' | 'unit'): string {
  if (!Array.isArray(items)) return asGiven(items);
  const tags = tagsOf(c);
  const format = cached(`l ${tags[0]} ${type}`, () => new Intl.ListFormat(tags, { type, style: type === 'unit' ? 'narrow' : 'long' }));
  return plain(format.format(items.map((i) => (typeof i === 'string' ? i : asGiven(i)))));
}
