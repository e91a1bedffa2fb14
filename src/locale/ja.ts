/**
 * Japanese: the locale `ja` (`dji-care-refresh/locale/ja`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './ja/messages';
import { TEXTS } from './ja/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * Japanese (`ja`).
 *
 * @example
 * ```ts
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
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (1年版)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (2年版)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: 'リフレッシュ交換', source: 'project' },
    damageReplacement: { text: '故障・破損時のリフレッシュ交換', source: 'project' },
    flyawayReplacement: { text: '飛行紛失保証', source: 'project' },
    discountedRepair: { text: '修理特別割引', source: 'project' },
    extendedWarranty: { text: 'メーカー保証延長サービス', source: 'project' },
    safeFlight: { text: '安全飛行特典', source: 'project' },
    factoryMaintenance: { text: '定期点検', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
