/**
 * Japanese: the locale `ja` (`dji-care-refresh/locale/ja`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module dji-care-refresh/locale/ja
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './ja/messages';
import { GLOSSARY } from './ja/glossary';
import { TEXTS } from './ja/texts';

/**
 * Japanese (`ja`). Pass it as `options.locale` to any function that writes words
 * (the rules' decisions and statuses, `describePlan`, `timelineText`, `timelineSvg`,
 * `formatMoney`, `renderDecision`, `renderStatus`); dates and money then follow the plan's market.
 *
 * @example
 * ```ts
 * import { ja } from 'dji-care-refresh/locale/ja';
 * describePlan(planStatus(plan, events, at, { locale: ja }), { locale: ja }); // the status in Japanese
 * ja.tag;                     //=> 'ja'
 * ja.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const ja: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'ja',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: GLOSSARY,
});
