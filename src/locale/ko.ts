/**
 * Korean: the locale `ko` (`dji-care-refresh/locale/ko`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './ko/messages';
import { GLOSSARY } from './ko/glossary';
import { TEXTS } from './ko/texts';

/**
 * Korean (`ko`).
 *
 * @example
 * ```ts
 * ko.tag;                     //=> 'ko'
 * ko.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const ko: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'ko',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
