/**
 * Korean: the locale `ko` (`dji-care-refresh/locale/ko`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (3 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './ko/messages';
import { TEXTS } from './ko/texts';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from './sources';

/**
 * Korean (`ko`).
 *
 * @example
 * ```ts
 * ko.tag;                     //=> 'ko'
 * ko.glossary.plan.text;      //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const ko: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'ko',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: {
    plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
    plan1y: { text: 'DJI Care Refresh (1년 플랜)', source: 'project' },
    plan2y: { text: 'DJI Care Refresh (2년 플랜)', source: 'project' },
    carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
    replacement: { text: '교체 서비스', source: 'project' },
    damageReplacement: { text: '파손 교체', source: 'project' },
    flyawayReplacement: { text: '플라이어웨이 교체', source: 'project' },
    discountedRepair: { text: '전용 수리 할인', source: 'project' },
    extendedWarranty: { text: '보증 연장 서비스', source: 'project' },
    safeFlight: { text: '안전 비행 보상', source: 'project' },
    factoryMaintenance: { text: '공장 정비', source: 'project' },
    express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
  },
});
