/**
 * What the parts of the Simplified Chinese catalogue share (issue 13): the plan's and services'
 * names from the `zh-Hans` glossary (mainland China, where the plan is sold as "DJI Care 随心换"),
 * the words several codes repeat, and the helpers that write counts and regions with the
 * context. Counts take the classifier 次 (Chinese has no plural forms: `plural` gives `other`).
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
export const NONE = '无';

/** The validity window a quota counts in (QUOTA-*, PLUS-EFFECT). */
export const WHERE = { term: '服务计划有效期内', renewal: `${CARE_PLUS}续期年内` } as const;

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
 * A count with the classifier 次 (`2次`), through `Intl.PluralRules` like every locale.
 *
 * @example
 * ```ts
 * n({ tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }, 2); //=> '2次'
 * ```
 */
export function n(c: RenderContext, count: number): string {
  return plural(c, count, { other: '#次' });
}

/**
 * A region's name with its code (`德国（DE）`), where the code matters.
 *
 * @example
 * ```ts
 * rc({ tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }, 'DE'); //=> '德国（DE）'
 * ```
 */
export function rc(c: RenderContext, code: string): string {
  return `${region(c, code)}（${code}）`;
}

/**
 * What is left of what is allowed: `共2次，剩余1次`.
 *
 * @example
 * ```ts
 * leftOf({ tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }, 1, 2); //=> '共2次，剩余1次'
 * ```
 */
export function leftOf(c: RenderContext, left: number, allowed: number): string {
  return `共${n(c, allowed)}，剩余${n(c, left)}`;
}
