/**
 * Dates, times and money written for a language and a plan's market through `Intl`, with the
 * locale from {@link formattingLocale}: never the runtime's own locale, and for times always an
 * explicit zone (the plan's), never the runtime's. Gregorian calendar and Latin digits in every
 * locale; spaces are plain spaces (U+0020) where ICU writes a no-break space (U+00A0, U+202F),
 * as `formatMoney` writes them, so the text is the same across engines that differ there.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { datePartsOf, requireCalendarDate } from '../time/calendar';
import { requireInstant } from '../time/instant';
import { requireTimeZone } from '../time/zone';
import type { CalendarDate, InstantInput, RegionCode, TimeZone } from '../types';
import { readRecord, requireOneOf } from '../validate';
import { type LocaleInput, formattingLocaleOf } from './locale';
// For the doc comments' links.
import type { formattingLocale } from './locale';

/**
 * Options of {@link formatDate}, {@link formatDateTime} and {@link formatAmount}.
 *
 * @example
 * ```ts
 * const options: LocaleFormatOptions = { locale: de, region: 'CH', style: 'long' };
 * formatDate('2026-03-01', options); //=> '1. März 2026'
 * ```
 *
 * @category Locale
 */
export interface LocaleFormatOptions {
  /**
   * The language: a {@link Locale} (`ja` from `dji-care-refresh/locale/ja`) or a BCP 47 tag
   * (`'de-CH'`). Required: no default is taken from the runtime. English is written through
   * `Intl` like any other language (`Mar 1, 2026`, `$1,234.56`), not in the ISO forms of the
   * English catalogue and `formatMoney`.
   */
  readonly locale: LocaleInput;
  /** The plan's region (ISO 3166-1 alpha-2), which refines the language (`de` + `CH` → `de-CH`). */
  readonly region?: RegionCode | null;
  /** `Intl`'s date style (default `'medium'`); money ignores it. */
  readonly style?: DateStyle;
}

/**
 * The length of a written date, as `Intl.DateTimeFormat`'s `dateStyle`.
 *
 * @example
 * ```ts
 * const style: DateStyle = 'long';
 * formatDate('2026-03-01', { locale: ja, style }); //=> '2026年3月1日'
 * ```
 *
 * @category Locale
 */
export type DateStyle = 'short' | 'medium' | 'long' | 'full';

const STYLES: readonly DateStyle[] = ['short', 'medium', 'long', 'full'];

/**
 * The `Intl` objects of the formatting helpers here and of the catalogues' words
 * (`words.ts`), by kind, locale, style and zone (each key starts with its kind's letter);
 * cleared when full, so odd tags cannot grow it. 256: the shipped locales in their markets,
 * each in the zones of a support desk's plans.
 */
const FORMATTERS = new Map<string, object>();

/** The `Intl` object of `key`, made once by `make` (see {@link FORMATTERS}). */
export function cached<T extends object>(key: string, make: () => T): T {
  let found = FORMATTERS.get(key);
  if (found === undefined) {
    if (FORMATTERS.size >= 256) FORMATTERS.clear();
    found = make();
    FORMATTERS.set(key, found);
  }
  return found as T;
}

/** The options record, its Intl locale (`'en'` after it, so a runtime lacking it never uses its own) and date style. */
function read(options: unknown): { readonly tags: readonly string[]; readonly style: DateStyle } {
  // Each key read once; options revoked by their own trap are invalid input (readRecord).
  const o = readRecord(options, 'options', ['locale', 'region', 'style']);
  const tag = formattingLocaleOf(o.locale, o.region, 'options.locale', 'options.region');
  const style = o.style === undefined ? 'medium' : requireOneOf(o.style, 'options.style', STYLES);
  return { tags: [tag, 'en'], style };
}

/** ICU's no-break and thin spaces as plain spaces (U+0020), as `formatMoney` writes them. */
export function plain(text: string): string {
  return text.replace(/[\u00a0\u2009\u202f]/g, ' ');
}

/**
 * French writes the first day of a month as an ordinal: `1er mars 2026`. Only where the
 * formatter writes French: not for another language whose tag starts with `fr` (North Frisian
 * `frr` wrote `Mar 1er, 2026`), nor where a runtime without French falls back to English.
 */
function withFirst(ms: number, format: Intl.DateTimeFormat): string {
  if (!/^fr(?:-|$)/.test(format.resolvedOptions().locale)) return format.format(ms);
  return format
    .formatToParts(ms)
    .map((p) => (p.type === 'day' && p.value === '1' ? '1er' : p.value))
    .join('');
}

/**
 * A calendar date (its UTC midnight, `ms`) in `style` for the Intl locales `tags`: the one
 * writer of dates, shared by {@link formatDate} and the catalogues' `date`, so a date reads the
 * same in a sentence and beside it.
 */
export function dateText(tags: readonly string[], ms: number, style: DateStyle): string {
  const format = cached(`d ${tags[0]} ${style}`, () =>
    new Intl.DateTimeFormat(tags as string[], { dateStyle: style, timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' }),
  );
  return plain(withFirst(ms, format));
}

/**
 * An instant (`ms`) as a date in `style` and a short time in the IANA zone `zone`, on the
 * 24-hour clock in every locale: the one writer of date-times, shared by
 * {@link formatDateTime} and the catalogues' `dateTime`. Throws the engine's `RangeError` for
 * a zone `Intl` does not know: callers pass a checked zone or catch it.
 *
 * The 24-hour clock because the words and spaces of a 12-hour one differ between ICU
 * versions, and so between runtimes (ICU 72 put U+202F before English `PM`; Node 20.20's ICU
 * 78 writes Korean `PM 5:05` and US Spanish `5:05 p.m.`), and a support record is unambiguous
 * without them. It is asked through the tag's `-u-hc-h23`, not
 * the `hourCycle` option: with the option ICU rebuilds the pattern from a skeleton, and
 * Traditional Chinese wrote its date as `2026/7/31` beside `2026年7月31日` (issue 13). Tags
 * here come from `formattingLocale`, which drops extensions, so the one added cannot clash.
 */
export function dateTimeText(tags: readonly string[], ms: number, zone: string, style: DateStyle): string {
  const format = cached(`t ${tags[0]} ${style} ${zone}`, () =>
    new Intl.DateTimeFormat(
      tags.map((t) => `${t}-u-hc-h23`),
      { dateStyle: style, timeStyle: 'short', timeZone: zone, calendar: 'gregory', numberingSystem: 'latn' },
    ),
  );
  return plain(withFirst(ms, format));
}

/**
 * A local calendar date written for a language and market: `2026/03/01` in Japanese,
 * `01.03.2026` in German, in the medium style the same text as a translated catalogue writes
 * in its sentences (its `date`), so a date shown beside a sentence reads as the sentence does.
 * A calendar date has no zone: it is written as the date it is. English is written through
 * `Intl` too (`Mar 1, 2026`), whereas the English sentences write ISO dates (`2026-03-01`):
 * beside English text, show the ISO date itself.
 *
 * @param date - a local date, `YYYY-MM-DD` (as plans and statuses hold them)
 * @param options - `locale` (required: a {@link Locale} or a BCP 47 tag), `region` (the plan's,
 * ISO 3166-1 alpha-2, refining the language as {@link formattingLocale} does), `style`
 * (`'short'`, `'medium'` (default), `'long'` or `'full'`)
 * @returns the date as the locale writes it (French writes the first of a month `1er`)
 * @throws `InvalidInputError` with its `field` and `code`: `date` `invalid-date` (not a real
 * `YYYY-MM-DD` from 1980 to 9899), `options` `missing`, `options.locale` `missing`,
 * `wrong-type` or `invalid-value` (not a well-formed tag), `options.region` `unknown-region`,
 * `options.style` `invalid-value`
 *
 * @example
 * ```ts
 * import { formatDate } from 'dji-care-refresh/locale';
 * import { ja } from 'dji-care-refresh/locale/ja';
 * import { de } from 'dji-care-refresh/locale/de';
 * formatDate('2026-03-01', { locale: ja });                 //=> '2026/03/01'
 * formatDate('2026-03-01', { locale: ja, style: 'long' });  //=> '2026年3月1日'
 * formatDate('2026-03-01', { locale: de, region: 'CH' });   //=> '01.03.2026'
 * formatDate('2026-03-01', { locale: fr, style: 'long' });  //=> '1er mars 2026'
 * formatDate('2026-03-01', { locale: 'en' });               //=> 'Mar 1, 2026'
 * formatDate('2026-02-30', { locale: ja });                 // throws InvalidInputError (code 'invalid-date', field 'date')
 * ```
 *
 * @category Locale
 */
export function formatDate(date: CalendarDate, options: LocaleFormatOptions): string {
  const { tags, style } = read(options);
  const { year, month, day } = datePartsOf(requireCalendarDate(date, 'date')) as { year: number; month: number; day: number };
  return dateText(tags, Date.UTC(year, month - 1, day), style);
}

/**
 * An instant written as a local date and time in a zone (the plan's), for a language and
 * market: `2026/03/01 9:30` in Japanese for Asia/Tokyo, in the medium style the same text as a
 * translated catalogue writes in its sentences (its `dateTime`). The zone is always given: the
 * runtime's own zone is never used. The time is hours and minutes on the 24-hour clock in
 * every locale (a 12-hour clock's words differ between ICU versions); seconds are not written.
 * English is written through `Intl` too (`Mar 1, 2026, 09:30`), whereas the English sentences
 * write ISO instants with the plan zone's offset.
 *
 * @param at - the instant: a `Date` or an ISO-8601 string with `Z` or an offset
 * @param timeZone - the IANA zone to write it in, such as the plan's `'Asia/Tokyo'`
 * @param options - `locale` (required: a {@link Locale} or a BCP 47 tag), `region` (the
 * plan's, refining the language), `style` (of the date part, default `'medium'`; the time is
 * short)
 * @returns the local date and time as the locale writes them
 * @throws `InvalidInputError` with its `field` and `code`: `at` `invalid-instant` (no offset,
 * or not a real instant), `timeZone` `missing` or `unknown-time-zone`, and the `options`
 * errors of {@link formatDate}
 *
 * @example
 * ```ts
 * import { formatDateTime } from 'dji-care-refresh/locale';
 * import { ja } from 'dji-care-refresh/locale/ja';
 * import { de } from 'dji-care-refresh/locale/de';
 * formatDateTime('2026-03-01T00:30:00Z', 'Asia/Tokyo', { locale: ja });          //=> '2026/03/01 9:30'
 * formatDateTime('2026-03-01T00:30:00Z', 'Europe/Berlin', { locale: de });       //=> '01.03.2026, 01:30'
 * formatDateTime('2026-03-01T00:30:00Z', 'Europe/Zurich', { locale: de, region: 'CH' }); //=> '01.03.2026, 01:30'
 * formatDateTime(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin', { locale: de });     //=> '01.07.2026, 14:00'
 * formatDateTime('2026-03-01T00:30:00', 'Asia/Tokyo', { locale: ja });            // throws InvalidInputError (code 'invalid-instant', field 'at')
 * ```
 *
 * @category Locale
 */
export function formatDateTime(at: InstantInput, timeZone: TimeZone, options: LocaleFormatOptions): string {
  const ms = requireInstant(at, 'at');
  const zone = requireTimeZone(timeZone, 'timeZone');
  const { tags, style } = read(options);
  return dateTimeText(tags, ms, zone, style);
}

/** A decimal amount as JSON and terms write it: up to 15 digits in all, at most 3 decimals. */
const AMOUNT = /^-?(\d{1,15})(?:\.(\d{1,3}))?$/;

/**
 * An amount of money written for a language and market: the currency's symbol where the locale
 * uses one, grouping, and exactly `minorUnits` decimals (`1.234,56 €` in German, `￥19,800` in
 * Japanese). The amount comes as a decimal string, so no float rounding can creep in; the
 * minor units are the currency's from ISO 4217 (the library's own table in `money.ts`, not
 * the runtime's locale data, which says 0 for HUF where ISO says 2).
 *
 * @param amount - a decimal string such as `'1234.56'` (at most 15 digits; decimals at most `minorUnits`)
 * @param currency - an ISO 4217 code in upper case
 * @param minorUnits - the currency's decimals (0 for JPY and KRW, 2 for most)
 * @param options - `locale` (required), `region` (`style` is ignored). English is written
 * through `Intl` too (`$1,234.56`); `formatMoney` writes English in the ISO form (`USD 1234.56`)
 * @returns the amount as the locale writes it, spaces as plain spaces (U+0020)
 * @throws `InvalidInputError` with its `field` and `code`: `amount` `invalid-value` or
 * `wrong-type`, `currency` `invalid-value`, `minorUnits` `invalid-value`, and the `options`
 * errors of {@link formatDate}
 *
 * @example
 * ```ts
 * formatAmount('1234.56', 'EUR', 2, { locale: de });               //=> '1.234,56 €'
 * formatAmount('1234.5', 'CHF', 2, { locale: de, region: 'CH' });  //=> "CHF 1'234.50"
 * formatAmount('19800', 'JPY', 0, { locale: ja, region: 'JP' });   //=> '￥19,800'
 * ```
 *
 * @category Locale
 */
export function formatAmount(amount: string, currency: string, minorUnits: 0 | 2 | 3, options: LocaleFormatOptions): string {
  const match = typeof amount === 'string' ? AMOUNT.exec(amount) : null;
  if (match === null) {
    throw new InvalidInputError('amount', typeof amount === 'string' ? 'invalid-value' : 'wrong-type', 'expected a decimal string of at most 15 digits', amount);
  }
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw new InvalidInputError('currency', 'invalid-value', "expected an ISO 4217 code such as 'EUR'", currency);
  }
  if (minorUnits !== 0 && minorUnits !== 2 && minorUnits !== 3) {
    throw new InvalidInputError('minorUnits', 'invalid-value', 'expected 0, 2 or 3', minorUnits);
  }
  const decimals = match[2]?.length ?? 0;
  if ((match[1] as string).length + minorUnits > 15 || decimals > minorUnits) {
    throw new InvalidInputError('amount', 'invalid-value', `expected at most ${minorUnits} decimals and 15 digits for ${currency}`, amount);
  }
  // At most 15 significant digits: the number is exactly the decimal.
  return currencyText(Number(amount), currency, minorUnits, read(options).tags[0] as string);
}

/**
 * An amount already checked (at most 15 digits, at most `minorUnits` decimals, an ISO 4217
 * code) as a market writes it, for a formatting locale from {@link formattingLocale}: the one
 * step {@link formatAmount} and `formatMoney` share (`formatMoney` checks its money itself).
 */
export function currencyText(amount: number, currency: string, minorUnits: 0 | 2 | 3, tag: string): string {
  const format = cached(`m ${tag} ${currency} ${minorUnits}`, () =>
    new Intl.NumberFormat([tag, 'en'], {
      style: 'currency',
      currency,
      minimumFractionDigits: minorUnits,
      maximumFractionDigits: minorUnits,
      numberingSystem: 'latn',
    }),
  );
  return plain(format.format(amount));
}
