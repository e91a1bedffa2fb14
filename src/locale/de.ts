/**
 * German: the locale `de` (`dji-care-refresh/locale/de`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './de/messages';
import { TEXTS } from './de/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * German (`de`).
 *
 * @example
 * ```ts
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
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (1-Jahres-Plan)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (2-Jahres-Plan)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: 'Austauschservice', source: 'project' },
    damageReplacement: { text: 'Austausch bei Beschädigung', source: 'project' },
    flyawayReplacement: { text: 'Flyaway-Abdeckung', source: 'project' },
    discountedRepair: { text: 'exklusiver Reparaturrabatt', source: 'project' },
    extendedWarranty: { text: 'Garantieverlängerung', source: 'project' },
    safeFlight: { text: 'Prämie für sicheres Fliegen', source: 'project' },
    factoryMaintenance: { text: 'Werkswartung', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
