/**
 * The shapes of a locale's glossary: the names of the plan and its services, each with its
 * source. Types only; `src/locale/locale.ts` re-exports them.
 *
 * @module
 */

/**
 * The names the glossary gives, one per plan or service (the spec's services table).
 *
 * @example
 * ```ts
 * const term: GlossaryTerm = 'flyawayReplacement';
 * ja.glossary[term].text; //=> '飛行紛失保証'
 * ```
 *
 * @category Locale
 */
export type GlossaryTerm =
  | 'plan'
  | 'plan1y'
  | 'plan2y'
  | 'carePlus'
  | 'replacement'
  | 'damageReplacement'
  | 'flyawayReplacement'
  | 'discountedRepair'
  | 'extendedWarranty'
  | 'safeFlight'
  | 'factoryMaintenance'
  | 'express';

/**
 * One name in a glossary and where it comes from: the address of a DJI page that writes it so,
 * or `'project'` where the name is the project's own rendering (no DJI page for that market
 * was found that writes it).
 *
 * @example
 * ```ts
 * const entry: GlossaryEntry = { text: 'DJI Care 随心换', source: 'https://bbs.dji.com/forum.php?action=printable&mod=viewthread&tid=266736' };
 * ```
 *
 * @category Locale
 */
export interface GlossaryEntry {
  readonly text: string;
  readonly source: 'project' | `https://${string}`;
}

/**
 * A locale's names of the plan and its services, every {@link GlossaryTerm} present.
 *
 * @example
 * ```ts
 * const names: Glossary = de.glossary;
 * names.plan.text; //=> 'DJI Care Refresh'
 * ```
 *
 * @category Locale
 */
export type Glossary = { readonly [T in GlossaryTerm]: GlossaryEntry };
