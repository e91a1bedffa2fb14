/**
 * Simplified Chinese (mainland China): the locale `zh-Hans` (`dji-care-refresh/locale/zh-Hans`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (6 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/zh-Hans
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './zh-Hans/messages';
import { GLOSSARY } from './zh-Hans/glossary';
import { TEXTS } from './zh-Hans/texts';

/**
 * Simplified Chinese (mainland China) (`zh-Hans`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { zhHans } from 'dji-care-refresh/locale/zh-Hans';
 * describePlan(planStatus(plan, events, at, { locale: zhHans }), { locale: zhHans }); // the status in Simplified Chinese
 * zhHans.tag;                     //=> 'zh-Hans'
 * zhHans.glossary.plan.text;      //=> 'DJI Care 随心换'
 * ```
 *
 * @category Locale
 */
export const zhHans: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'zh-Hans',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
