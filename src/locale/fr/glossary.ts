/**
 * The French glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The French names of the plan and its services (the glossary of `fr`).
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
  plan1y: { text: 'DJI Care Refresh (forfait 1 an)', source: 'project' },
  plan2y: { text: 'DJI Care Refresh (forfait 2 ans)', source: 'project' },
  carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
  replacement: { text: 'service de remplacement', source: 'project' },
  damageReplacement: { text: 'remplacement en cas de dommage', source: 'project' },
  flyawayReplacement: { text: 'couverture Flyaway', source: 'project' },
  discountedRepair: { text: 'remise exclusive sur les réparations', source: 'project' },
  extendedWarranty: { text: 'extension de garantie', source: 'project' },
  safeFlight: { text: 'récompense pour vol en sécurité', source: 'project' },
  factoryMaintenance: { text: 'maintenance en usine', source: 'project' },
  express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
} as const satisfies Glossary;
