/**
 * Simplified Chinese (mainland China): the locale `zh-Hans` (`dji-care-refresh/locale/zh-Hans`): its tag, message
 * catalogue (every reason, check and next step), texts (`describePlan`, the timelines) and
 * glossary, deeply frozen. The words are the project's own translation, not DJI's legal text.
 * Glossary names marked
 * `source: 'project'` are the project's own rendering, not DJI's (6 of 12 cite a DJI page).
 *
 * @module
 */
import type { Locale } from './locale';
import { deepFreeze } from '../validate';
import { MESSAGES } from './zh-Hans/messages';
import { TEXTS } from './zh-Hans/texts';
import { DJI_BBS_CN } from './sources';

/**
 * Simplified Chinese (mainland China) (`zh-Hans`).
 *
 * @example
 * ```ts
 * zhHans.tag;                     //=> 'zh-Hans'
 * zhHans.glossary.plan.text;      //=> 'DJI Care 随心换'
 * ```
 *
 * @category Locale
 */
export const zhHans: Locale = /* @__PURE__ */ deepFreeze({
  tag: 'zh-Hans',
  messages: MESSAGES,
  texts: TEXTS,
  glossary: {
    plan: { text: 'DJI Care 随心换', source: DJI_BBS_CN },
    plan1y: { text: 'DJI Care 随心换(1年版)', source: DJI_BBS_CN },
    plan2y: { text: 'DJI Care 随心换(2年版)', source: DJI_BBS_CN },
    carePlus: { text: 'DJI Care 随心续享', source: DJI_BBS_CN },
    replacement: { text: '置换服务', source: DJI_BBS_CN },
    damageReplacement: { text: '意外损坏置换', source: 'project' },
    flyawayReplacement: { text: '飞丢置换', source: 'project' },
    discountedRepair: { text: '专享维修优惠', source: 'project' },
    extendedWarranty: { text: '延保服务', source: DJI_BBS_CN },
    safeFlight: { text: '安心飞行奖励', source: 'project' },
    factoryMaintenance: { text: '原厂保养', source: 'project' },
    express: { text: '极速换新', source: 'project' },
  },
});
