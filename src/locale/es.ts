/**
 * Spanish: the locale `es` (`dji-care-refresh/locale/es`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/es
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './es/messages';
import { GLOSSARY } from './es/glossary';
import { TEXTS } from './es/texts';

/**
 * Spanish (`es`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { es } from 'dji-care-refresh/locale/es';
 * describePlan(planStatus(plan, events, at, { locale: es }), { locale: es }); // the status in Spanish
 * es.tag;                     //=> 'es'
 * es.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const es: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'es',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
