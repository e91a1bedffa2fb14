/**
 * French: the locale `fr` (`dji-care-refresh/locale/fr`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './fr/messages';
import { TEXTS } from './fr/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * French (`fr`).
 *
 * @example
 * ```ts
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
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (forfait 1 an)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (forfait 2 ans)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: 'service de remplacement', source: 'project' },
    damageReplacement: { text: 'remplacement en cas de dommage', source: 'project' },
    flyawayReplacement: { text: 'couverture Flyaway', source: 'project' },
    discountedRepair: { text: 'remise exclusive sur les réparations', source: 'project' },
    extendedWarranty: { text: 'extension de garantie', source: 'project' },
    safeFlight: { text: 'récompense pour vol en sécurité', source: 'project' },
    factoryMaintenance: { text: 'maintenance en usine', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
