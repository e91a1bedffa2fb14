/**
 * The Spanish glossary: the plan's and services' names as DJI's pages for the market write
 * them, each with its source, or `'project'` where the name is the project's own rendering. A
 * module of its own, so that the catalogue and the texts can name the product without importing
 * the locale they are part of.
 *
 * @module
 */
import type { Glossary } from '../locale';
import { DJI_CARE_REFRESH, DJI_CARE_REFRESH_PLUS, DJI_SUPPORT_HK } from '../sources';

/**
 * The Spanish names of the plan and its services (the glossary of `es`).
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
  plan1y: { text: 'DJI Care Refresh (plan de 1 año)', source: 'project' },
  plan2y: { text: 'DJI Care Refresh (plan de 2 años)', source: 'project' },
  carePlus: { text: 'DJI Care Refresh +', source: DJI_CARE_REFRESH_PLUS },
  replacement: { text: 'servicio de sustitución', source: 'project' },
  damageReplacement: { text: 'sustitución por daños', source: 'project' },
  flyawayReplacement: { text: 'cobertura Flyaway', source: 'project' },
  discountedRepair: { text: 'descuento exclusivo en reparaciones', source: 'project' },
  extendedWarranty: { text: 'ampliación de garantía', source: 'project' },
  safeFlight: { text: 'recompensa por vuelo seguro', source: 'project' },
  factoryMaintenance: { text: 'mantenimiento de fábrica', source: 'project' },
  express: { text: 'DJI Care Express', source: DJI_SUPPORT_HK },
} as const satisfies Glossary;
