/**
 * German: the locale `de` (`dji-care-refresh/locale/de`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/de
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './de/messages';
import { GLOSSARY } from './de/glossary';
import { TEXTS } from './de/texts';

/**
 * German (`de`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { de } from 'dji-care-refresh/locale/de';
 * describePlan(planStatus(plan, events, at, { locale: de }), { locale: de }); // the status in German
 * de.tag;                     //=> 'de'
 * de.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const de: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'de',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
