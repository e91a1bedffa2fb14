/**
 * `dji-care-refresh/locale`: what every locale shares, and no locale's data. The locales are
 * each their own entry (`dji-care-refresh/locale/ja`, `…/de`, …), so that a bundler keeps only
 * those a storefront imports; the main entry imports none of this (issue 13).
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
