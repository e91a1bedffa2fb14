/**
 * Italian: the locale `it` (`dji-care-refresh/locale/it`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './it/messages';
import { TEXTS } from './it/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * Italian (`it`).
 *
 * @example
 * ```ts
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
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (piano di 1 anno)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (piano di 2 anni)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: 'servizio di sostituzione', source: 'project' },
    damageReplacement: { text: 'sostituzione per danni', source: 'project' },
    flyawayReplacement: { text: 'copertura Flyaway', source: 'project' },
    discountedRepair: { text: 'sconto esclusivo sulle riparazioni', source: 'project' },
    extendedWarranty: { text: 'estensione della garanzia', source: 'project' },
    safeFlight: { text: 'premio per il volo sicuro', source: 'project' },
    factoryMaintenance: { text: 'manutenzione in fabbrica', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
