/**
 * The Korean glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The Korean names of the plan and its services (the glossary of `ko`).
 *
 * @example
 * ```ts
 * GLOSSARY.plan.text; //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const GLOSSARY = {
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
} as const satisfies Glossary;
