/**
 * The Japanese glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The Japanese names of the plan and its services (the glossary of `ja`).
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
} as const satisfies Glossary;
