/**
 * Traditional Chinese (Hong Kong, Taiwan): the locale `zh-Hant` (`dji-care-refresh/locale/zh-Hant`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/zh-Hant
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './zh-Hant/messages';
import { GLOSSARY } from './zh-Hant/glossary';
import { TEXTS } from './zh-Hant/texts';

/**
 * Traditional Chinese (Hong Kong, Taiwan) (`zh-Hant`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { zhHant } from 'dji-care-refresh/locale/zh-Hant';
 * describePlan(planStatus(plan, events, at, { locale: zhHant }), { locale: zhHant }); // the status in Traditional Chinese
 * zhHant.tag;                     //=> 'zh-Hant'
 * zhHant.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const zhHant: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'zh-Hant',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
