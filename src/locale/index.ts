/**
 * `dji-care-refresh/locale`: what every locale shares, and no locale's data. The locales are
 * each their own entry (`dji-care-refresh/locale/ja`, `…/de`, …), so that a bundler keeps only
 * those a storefront imports; the main entry imports none of this.
 *
 * To write the rules' words in a language, pass its locale as `options.locale` (the functions
 * of `dji-care-refresh`). This entry holds the rest:
 * - {@link formatDate}, {@link formatDateTime} and {@link formatAmount}: a date, an instant (in
 *   a zone you name) or an amount written as the locale's sentences write them, for a page
 *   beside those sentences; {@link formattingLocale}: the `Intl` tag they format with.
 * - {@link selectPlural}, {@link pluralCategory}, {@link displayWidth}, {@link padEndToWidth}.
 * - For a catalogue of your own (a {@link Locale}), the helpers the shipped templates format
 *   their params with, each taking the template's {@link RenderContext}: {@link date},
 *   {@link dateTime}, {@link hours}, {@link elapsed}, {@link plural}, {@link region},
 *   {@link list}.
 *
 * @example
 * ```ts
 * import { formatDate, formatDateTime } from 'dji-care-refresh/locale';
 * import { ja } from 'dji-care-refresh/locale/ja';
 * import { de } from 'dji-care-refresh/locale/de';
 * // A Tokyo storefront and a Munich support desk, each in its plan's market and zone:
 * formatDate('2027-02-28', { locale: ja, region: 'JP' });                            //=> '2027/02/28'
 * formatDateTime('2026-06-14T23:42:00Z', 'Europe/Berlin', { locale: de, region: 'DE' }); //=> '15.06.2026, 01:42'
 * ```
 *
 * @module dji-care-refresh/locale
 */
export {
  LOCALE_TAG_MAX_LENGTH,
  formattingLocale,
  type Glossary,
  type GlossaryEntry,
  type GlossaryTerm,
  type Locale,
  type LocaleInput,
} from './locale';
export { formatAmount, formatDate, formatDateTime, type DateStyle, type LocaleFormatOptions } from './format';
export { pluralCategory, selectPlural, type PluralForms } from './plural';
export { displayWidth, padEndToWidth } from '../width';
// What a catalogue's templates write with (a caller's own catalogue too): each takes the
// template's RenderContext (issue 13).
export { date, dateTime, elapsed, hours, list, plural, region } from './words';
export type { RenderContext } from '../messages/codes';
