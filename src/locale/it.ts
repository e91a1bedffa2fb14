/**
 * Italian: the locale `it` (`dji-care-refresh/locale/it`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/it
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './it/messages';
import { GLOSSARY } from './it/glossary';
import { TEXTS } from './it/texts';

/**
 * Italian (`it`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { it } from 'dji-care-refresh/locale/it';
 * describePlan(planStatus(plan, events, at, { locale: it }), { locale: it }); // the status in Italian
 * it.tag;                     //=> 'it'
 * it.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const it: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'it',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
