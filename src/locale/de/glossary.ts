/**
 * The German glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The German names of the plan and its services (the glossary of `de`).
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
  plan1y: { text: 'DJI Care Refresh (1-Jahres-Plan)', source: 'project' },
  plan2y: { text: 'DJI Care Refresh (2-Jahres-Plan)', source: 'project' },
  carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
  replacement: { text: 'Austauschservice', source: 'project' },
  damageReplacement: { text: 'Austausch bei Beschädigung', source: 'project' },
  flyawayReplacement: { text: 'Flyaway-Abdeckung', source: 'project' },
  discountedRepair: { text: 'exklusiver Reparaturrabatt', source: 'project' },
  extendedWarranty: { text: 'Garantieverlängerung', source: 'project' },
  safeFlight: { text: 'Prämie für sicheres Fliegen', source: 'project' },
  factoryMaintenance: { text: 'Werkswartung', source: 'project' },
  express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
} as const satisfies Glossary;
