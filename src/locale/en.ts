/**
 * English (the default): the locale `en` (`dji-care-refresh/locale/en`), the same value the
 * main entry exports as `en`: its tag, message catalogue, texts and glossary.
 *
 * @module dji-care-refresh/locale/en
 */
export { en } from '../messages/en';
