/**
 * The Traditional Chinese glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The Traditional Chinese names of the plan and its services (the glossary of `zhHant`).
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
  replacement: { text: '換新服務', source: 'project' },
  damageReplacement: { text: '意外損壞換新', source: 'project' },
  flyawayReplacement: { text: '飛丟換新', source: 'project' },
  discountedRepair: { text: '專享維修優惠', source: 'project' },
  extendedWarranty: { text: '延長保固', source: 'project' },
  safeFlight: { text: '安心飛行獎勵', source: 'project' },
  factoryMaintenance: { text: '原廠保養', source: 'project' },
  express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
} as const satisfies Glossary;
