/**
 * French: the locale `fr` (`dji-care-refresh/locale/fr`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/fr
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './fr/messages';
import { GLOSSARY } from './fr/glossary';
import { TEXTS } from './fr/texts';

/**
 * French (`fr`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { fr } from 'dji-care-refresh/locale/fr';
 * describePlan(planStatus(plan, events, at, { locale: fr }), { locale: fr }); // the status in French
 * fr.tag;                     //=> 'fr'
 * fr.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const fr: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'fr',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
