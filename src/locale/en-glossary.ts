/**
 * The English glossary: the names of the plan and its services as DJI's English pages write
 * them. Names marked
 * `source: 'project'` are the project's own rendering, not DJI's (8 of 12 cite a DJI page).
 *
 * @module
 */
import type { Glossary } from './glossary-types';
import { deepFreeze } from '../validate';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK, DJI_SUPPORT_PLANS } from './sources';

/**
 * The English names of the plan and its services (the glossary of `en`).
 *
 * @example
 * ```ts
 * ENGLISH_GLOSSARY.plan.text; //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export const ENGLISH_GLOSSARY = /* @__PURE__ */ deepFreeze({
  plan: { text: 'DJI Care Refresh', source: DJI_CARE_REFRESH },
  plan1y: { text: 'DJI Care Refresh (1-Year Plan)', source: DJI_SUPPORT_PLANS },
  plan2y: { text: 'DJI Care Refresh (2-Year Plan)', source: DJI_SUPPORT_PLANS },
  carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
  replacement: { text: 'replacement service', source: DJI_CARE_REFRESH },
  damageReplacement: { text: 'damage replacement', source: 'project' },
  flyawayReplacement: { text: 'Flyaway Coverage', source: DJI_SUPPORT_PLANS },
  discountedRepair: { text: 'exclusive repair discount', source: 'project' },
  extendedWarranty: { text: 'Extended Warranty Service', source: DJI_CARE_REFRESH_PLUS },
  safeFlight: { text: 'Rewards for Safe Flight', source: 'project' },
  factoryMaintenance: { text: 'factory maintenance', source: 'project' },
  express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
}) satisfies Glossary;
