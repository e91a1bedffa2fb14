/**
 * What the parts of the Traditional Chinese catalogue share (issue 13): the plan's and services'
 * names from the `zh-Hant` glossary (Hong Kong and Taiwan, where DJI keeps "DJI Care Refresh"
 * in Latin letters), the words several codes repeat, and the helpers that write counts and
 * regions with the context. Counts take the classifier 次 (Chinese has no plural forms:
 * `plural` gives `other`).
 *
 * @module
 */
import type { MessageText, RenderContext } from '../../messages/codes';
import { plural, region } from '../words';
import { GLOSSARY } from './glossary';

const G = GLOSSARY;
export const PLAN = G.plan.text;
export const CARE_PLUS = G.carePlus.text;
export const REPLACEMENT = G.replacement.text;
export const DAMAGE = G.damageReplacement.text;
export const FLYAWAY = G.flyawayReplacement.text;
export const REPAIR = G.discountedRepair.text;
export const EXTENDED = G.extendedWarranty.text;
export const SAFE = G.safeFlight.text;
export const MAINTENANCE = G.factoryMaintenance.text;
export const EXPRESS = G.express.text;

export const NOT_GIVEN = '未提供';
export const NONE = '無';

/** The validity window a quota counts in (QUOTA-*, PLUS-EFFECT). */
export const WHERE = { term: '服務方案有效期間內', renewal: `${CARE_PLUS} 續約年度內` } as const;

/**
 * A sentence with what was expected and what was received.
 *
 * @example
 * ```ts
 * w('……', '……', '……'); //=> { message: '……', expected: '……', received: '……' }
 * ```
 */
export function w(message: string, expected: string, received: string): MessageText {
  return { message, expected, received };
}

/**
 * A count with the classifier 次 (`2 次`), through `Intl.PluralRules` like every locale.
 *
 * @example
 * ```ts
 * n({ tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }, 2); //=> '2 次'
 * ```
 */
export function n(c: RenderContext, count: number): string {
  return plural(c, count, { other: '# 次' });
}

/**
 * A region's name with its code (`德國（DE）`), where the code matters.
 *
 * @example
 * ```ts
 * rc({ tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }, 'DE'); //=> '德國（DE）'
 * ```
 */
export function rc(c: RenderContext, code: string): string {
  return `${region(c, code)}（${code}）`;
}

/**
 * What is left of what is allowed: `共 2 次，剩餘 1 次`.
 *
 * @example
 * ```ts
 * leftOf({ tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }, 1, 2); //=> '共 2 次，剩餘 1 次'
 * ```
 */
export function leftOf(c: RenderContext, left: number, allowed: number): string {
  return `共 ${n(c, allowed)}，剩餘 ${n(c, left)}`;
}
