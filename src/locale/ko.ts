/**
 * Korean: the locale `ko` (`dji-care-refresh/locale/ko`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/ko
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './ko/messages';
import { GLOSSARY } from './ko/glossary';
import { TEXTS } from './ko/texts';

/**
 * Korean (`ko`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { ko } from 'dji-care-refresh/locale/ko';
 * describePlan(planStatus(plan, events, at, { locale: ko }), { locale: ko }); // the status in Korean
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
