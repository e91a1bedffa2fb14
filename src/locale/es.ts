/**
 * Spanish: the locale `es` (`dji-care-refresh/locale/es`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './es/messages';
import { TEXTS } from './es/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * Spanish (`es`).
 *
 * @example
 * ```ts
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
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (plan de 1 año)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (plan de 2 años)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: 'servicio de sustitución', source: 'project' },
    damageReplacement: { text: 'sustitución por daños', source: 'project' },
    flyawayReplacement: { text: 'cobertura Flyaway', source: 'project' },
    discountedRepair: { text: 'descuento exclusivo en reparaciones', source: 'project' },
    extendedWarranty: { text: 'ampliación de garantía', source: 'project' },
    safeFlight: { text: 'recompensa por vuelo seguro', source: 'project' },
    factoryMaintenance: { text: 'mantenimiento de fábrica', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
