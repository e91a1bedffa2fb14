/**
 * Traditional Chinese (Hong Kong, Taiwan): the locale `zh-Hant` (`dji-care-refresh/locale/zh-Hant`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './zh-Hant/messages';
import { TEXTS } from './zh-Hant/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * Traditional Chinese (Hong Kong, Taiwan) (`zh-Hant`).
 *
 * @example
 * ```ts
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
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (1年版)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (2年版)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: '換新服務', source: 'project' },
    damageReplacement: { text: '意外損壞換新', source: 'project' },
    flyawayReplacement: { text: '飛丟換新', source: 'project' },
    discountedRepair: { text: '專享維修優惠', source: 'project' },
    extendedWarranty: { text: '延長保固', source: 'project' },
    safeFlight: { text: '安心飛行獎勵', source: 'project' },
    factoryMaintenance: { text: '原廠保養', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
