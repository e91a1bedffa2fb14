/**
 * The Simplified Chinese glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_BBS_CN } from '../sources';

/**
 * The Simplified Chinese names of the plan and its services (the glossary of `zhHans`).
 *
 * @example
 * ```ts
 * GLOSSARY.plan.text; //=> 'DJI Care 随心换'
 * ```
 *
 * @category Locale
 */
export const GLOSSARY = {
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
} as const satisfies Glossary;
