/**
 * Locales: a language's BCP 47 tag and its glossary (its message catalogue joins them when the
 * catalogues land, issue 13), and the Intl locale that formats for a plan's market: the
 * language refined by the plan's region (German for a Swiss plan formats as `de-CH`), never
 * the runtime's own locale.
 *
 * @module
 */
import { requireRegion } from '../catalog/regions';
import { InvalidInputError } from '../errors';
import type { RegionCode } from '../types';

import type { Locale } from '../messages/codes';
export type { Locale };
export type { Glossary, GlossaryEntry, GlossaryTerm } from './glossary-types';
import { readKey, requireRecord } from '../validate';

/**
 * What the formatting helpers take as a locale: a {@link Locale} (or any value with a `tag`)
 * or a BCP 47 tag. `Locale` is named in the union so that a whole locale written inline (`{
 * ...ja, messages: { … } }`) is accepted too: only its `tag` is read.
 *
 * @example
 * ```ts
 * const a: LocaleInput = ja;
 * const b: LocaleInput = 'de-CH';
 * ```
 *
 * @category Locale
 */
export type LocaleInput = Locale | { readonly tag: string } | string;

/**
 * The longest tag accepted, in characters: a bound on input, as for every other string
 * (the same bound as `formatMoney`'s `locale`).
 *
 * @example
 * ```ts
 * LOCALE_TAG_MAX_LENGTH; //=> 64
 * ```
 *
 * @category Locale
 */
export const LOCALE_TAG_MAX_LENGTH = 64;

const BCP47 = "expected a BCP 47 language tag such as 'ja' or 'de-CH'";

/** The parts of a well-formed tag that formatting uses. */
interface TagParts {
  readonly language: string;
  readonly script: string | undefined;
  readonly region: string | undefined;
}

/** A bounded cache of parsed tags (cleared when full, so odd tags cannot grow it). */
const PARSED = new Map<string, TagParts>();

/** The language, script and region of a BCP 47 tag, or an `InvalidInputError`. */
function parseTag(value: unknown, field: string): TagParts {
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, value === undefined || value === null ? 'missing' : 'wrong-type', BCP47, value);
  }
  const cached = PARSED.get(value);
  if (cached !== undefined) return cached;
  let parts: TagParts | undefined;
  if (value.length <= LOCALE_TAG_MAX_LENGTH) {
    try {
      const l = new Intl.Locale(value);
      // A tag of undetermined language (`und`, `und-Hant`, …) names no language to write or
      // format in (Node 20's Intl gives it no `language` at all): refused below.
      if (l.language !== undefined && l.language !== 'und') parts = { language: l.language, script: l.script, region: l.region };
    } catch {
      // RangeError: not a well-formed tag; refused below.
    }
  }
  if (parts === undefined) {
    throw new InvalidInputError(field, 'invalid-value', `${BCP47}, of at most ${LOCALE_TAG_MAX_LENGTH} characters`, value);
  }
  if (PARSED.size >= 64) PARSED.clear();
  PARSED.set(value, parts);
  return parts;
}

/** What a locale input is, for the error when it is neither a tag nor a record. */
const LOCALE_OR_TAG = "expected a Locale (such as ja from 'dji-care-refresh/locale/ja') or a BCP 47 language tag such as 'ja' or 'de-CH'";

/** The tag of a locale input, checked; `field` names it in errors. */
export function localeTag(locale: unknown, field: string): TagParts {
  if (typeof locale === 'string') return parseTag(locale, field);
  if (locale === null || typeof locale !== 'object') {
    throw new InvalidInputError(field, locale === undefined || locale === null ? 'missing' : 'wrong-type', LOCALE_OR_TAG, locale);
  }
  return parseTag(readKey(requireRecord(locale, field), 'tag', field), `${field}.tag`);
}

/**
 * The Intl locale that formats dates, times and money for a language in a plan's market: the
 * language with the plan's region (ISO 3166-1 alpha-2), and the locale's script unless it is the
 * language's default one, which the region implies too (so Traditional Chinese stays Traditional
 * for a plan bought in the US, the UK or Australia: ICU has no `zh-US` data and would fall back
 * to Simplified `zh`). A region written in the locale's own tag (`'de-AT'`) is the caller's choice
 * and wins over the plan's. Extensions and variants are dropped: the library formats in the
 * Gregorian calendar with Latin digits whatever the tag asks.
 *
 * The result is only ever this tag, never the runtime's own locale; a runtime without data for
 * it falls back along the tag (`de-CH` → `de`) and then to `en` in the formatting helpers.
 *
 * @param locale - a {@link Locale} or a BCP 47 tag (at most {@link LOCALE_TAG_MAX_LENGTH} characters)
 * @param region - the plan's region, or `undefined`/`null` for none
 * @returns a BCP 47 tag of language, script where needed, and region
 * @throws `InvalidInputError` for a malformed or over-long tag or an unknown region code
 *
 * @example
 * ```ts
 * formattingLocale(de, 'CH');      //=> 'de-CH'
 * formattingLocale(de, 'AT');      //=> 'de-AT'
 * formattingLocale(zhHant, 'HK');  //=> 'zh-Hant-HK'
 * formattingLocale(zhHant, 'TW');  //=> 'zh-Hant-TW'
 * formattingLocale(zhHant, 'US');  //=> 'zh-Hant-US' (not 'zh-US': ICU would write Simplified)
 * formattingLocale(zhHans, 'CN');  //=> 'zh-CN'
 * formattingLocale(zhHant, 'CN');  //=> 'zh-Hant-CN' (the script kept)
 * formattingLocale(fr, 'CA');      //=> 'fr-CA'
 * formattingLocale('de-AT', 'DE'); //=> 'de-AT' (the tag's own region wins)
 * formattingLocale(ja);            //=> 'ja'
 * ```
 *
 * @category Locale
 */
export function formattingLocale(locale: LocaleInput, region?: RegionCode | null): string {
  return formattingLocaleOf(locale, region, 'locale', 'region');
}

/**
 * {@link formattingLocale}, naming the two inputs `localeField` and `regionField` in errors
 * (`options.locale` and `options.region` where they come from an options record).
 */
export function formattingLocaleOf(locale: unknown, region: unknown, localeField: string, regionField: string): string {
  const { language, script, region: own } = localeTag(locale, localeField);
  // The plan's region is checked even when the tag's own wins (as formatMoney checks it).
  const plan = region === undefined || region === null ? undefined : requireRegion(region, regionField);
  const market = own ?? plan;
  if (market === undefined) return script === undefined ? language : `${language}-${script}`;
  // The script is left out only where nothing can misread it: it is the language's default
  // (zh → Hans) and the region's (zh-CN → Hans). Where only the region implies it (zh-US → Hant),
  // ICU has no data for the short tag and falls back to the language's default script (issue 13).
  if (script === undefined) return `${language}-${market}`;
  const implied = new Intl.Locale(language, { region: market }).maximize().script;
  const ownDefault = new Intl.Locale(language).maximize().script;
  return script === implied && script === ownDefault ? `${language}-${market}` : `${language}-${script}-${market}`;
}
