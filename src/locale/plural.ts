/**
 * Plurals through `Intl.PluralRules` for a locale: the helper the catalogues use instead of
 * "replacement(s)".
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { readKey, requireRecord } from '../validate';
import { type LocaleInput, localeTag } from './locale';

/**
 * A word or sentence in each plural form a language needs; `other` is always required, the
 * rest as the language has them (`one` in English and German; none but `other` in Japanese;
 * `one`, `few`, `many` in Polish).
 *
 * @example
 * ```ts
 * const replacements: PluralForms = { one: '# replacement', other: '# replacements' };
 * ```
 *
 * @category Locale
 */
export interface PluralForms<T = string> {
  readonly other: T;
  readonly zero?: T;
  readonly one?: T;
  readonly two?: T;
  readonly few?: T;
  readonly many?: T;
}

/** Plural rules by language tag; cleared when full, so odd tags cannot grow it. */
const RULES = new Map<string, Intl.PluralRules>();

function rules(locale: LocaleInput, field: string): Intl.PluralRules {
  const { language, script, region } = localeTag(locale, field);
  const tag = [language, script, region].filter((p) => p !== undefined).join('-');
  let found = RULES.get(tag);
  if (found === undefined) {
    if (RULES.size >= 64) RULES.clear();
    // 'en' after the tag: a runtime without the language never falls back to its own locale.
    found = new Intl.PluralRules([tag, 'en']);
    RULES.set(tag, found);
  }
  return found;
}

/**
 * The plural category of a count in a language (`Intl.PluralRules`, cardinal).
 *
 * @param count - a whole number of at least 0 (a count of replacements, days, …)
 * @param locale - a {@link Locale} or a BCP 47 tag
 * @returns `'zero'`, `'one'`, `'two'`, `'few'`, `'many'` or `'other'`
 * @throws `InvalidInputError` for a count that is not a whole number of at least 0, or an invalid locale
 *
 * @example
 * ```ts
 * pluralCategory(1, 'en'); //=> 'one'
 * pluralCategory(1, ja);   //=> 'other'
 * pluralCategory(2, 'pl'); //=> 'few'
 * ```
 *
 * @category Locale
 */
export function pluralCategory(count: number, locale: LocaleInput): Intl.LDMLPluralRule {
  if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 0) {
    throw new InvalidInputError('count', typeof count === 'number' ? 'invalid-count' : 'wrong-type', 'expected a whole number of at least 0', count);
  }
  return rules(locale, 'locale').select(count);
}

/**
 * The form of a word for a count in a language: the form of the count's plural category, or
 * `other` where the forms lack it. A string form has each `#` replaced by the count.
 *
 * @param count - a whole number of at least 0
 * @param forms - the forms, `other` required
 * @param locale - a {@link Locale} or a BCP 47 tag
 * @returns the chosen form (with `#` replaced by the count when it is a string)
 * @throws `InvalidInputError` for an invalid count, forms without `other`, or an invalid locale
 *
 * @example
 * ```ts
 * selectPlural(1, { one: '# replacement', other: '# replacements' }, 'en'); //=> '1 replacement'
 * selectPlural(2, { one: '# Ersatzgerät', other: '# Ersatzgeräte' }, de);   //=> '2 Ersatzgeräte'
 * selectPlural(1, { other: '交換#回' }, ja);                                //=> '交換1回'
 * ```
 *
 * @category Locale
 */
export function selectPlural<T>(count: number, forms: PluralForms<T>, locale: LocaleInput): T {
  const category = pluralCategory(count, locale);
  // Each form read once; forms revoked by their own trap are invalid input (readKey).
  const f = requireRecord(forms, 'forms');
  const other = readKey(f, 'other', 'forms') as T | undefined;
  if (other === undefined) throw new InvalidInputError('forms.other', 'missing', 'the other form is required', other);
  const form = (category === 'other' ? other : (readKey(f, category, 'forms') as T | undefined)) ?? other;
  return (typeof form === 'string' ? form.replaceAll('#', String(count)) : form) as T;
}
