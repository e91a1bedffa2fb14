/**
 * The Italian glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The Italian names of the plan and its services (the glossary of `it`).
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
  plan1y: { text: 'DJI Care Refresh (piano di 1 anno)', source: 'project' },
  plan2y: { text: 'DJI Care Refresh (piano di 2 anni)', source: 'project' },
  carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
  replacement: { text: 'servizio di sostituzione', source: 'project' },
  damageReplacement: { text: 'sostituzione per danni', source: 'project' },
  flyawayReplacement: { text: 'copertura Flyaway', source: 'project' },
  discountedRepair: { text: 'sconto esclusivo sulle riparazioni', source: 'project' },
  extendedWarranty: { text: 'estensione della garanzia', source: 'project' },
  safeFlight: { text: 'premio per il volo sicuro', source: 'project' },
  factoryMaintenance: { text: 'manutenzione in fabbrica', source: 'project' },
  express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
} as const satisfies Glossary;
