/**
 * What the parts of the Japanese catalogue share (issue 13): the names of the plan and its
 * services as the `ja` glossary writes them (`src/locale/ja.ts`; literals, not an import, so
 * that the glossary's module can import this catalogue), and the phrases several parts use.
 *
 * @module
 */
import type { MessageParams, RenderContext } from '../../messages/codes';
import { date, plural } from '../words';

// The glossary's names (test/locale-ja.test.ts checks them against `ja.glossary`).
export const PLUS = 'DJI Care Refresh +';
export const REPLACEMENT = 'リフレッシュ交換';
export const DAMAGE = '故障・破損時のリフレッシュ交換';
export const FLYAWAY = '飛行紛失保証';
export const REPAIR = '修理特別割引';
export const EXTENDED = 'メーカー保証延長サービス';
export const SAFE_FLIGHT = '安全飛行特典';
export const MAINTENANCE = '定期点検';
export const EXPRESS = 'DJI Care Express';

export const NOT_GIVEN = '未指定';
export const NONE = 'なし';

/** A count of times: `2回` (Japanese has one plural form). */
export function times(c: RenderContext, n: number): string {
  return plural(c, n, { other: '#回' });
}

/** What is left of a quota: `2回中 残り1回`. */
export function leftOf(c: RenderContext, p: MessageParams['repair.left']): string {
  return `${times(c, p.allowed)}中 残り${times(c, p.left)}`;
}

/** A validity's first and last days: `2026/03/01～2027/02/28`. */
export function span(c: RenderContext, p: { readonly startDate: string; readonly lastDate: string }): string {
  return `${date(c, p.startDate)}～${date(c, p.lastDate)}`;
}

/** The expected validity and the date checked, as PERIOD-OUTSIDE and PLUS-ELIGIBLE give them. */
export function validity(
  c: RenderContext,
  p: { readonly startDate: string; readonly lastDate: string; readonly date: string },
): { readonly expected: string; readonly received: string } {
  return { expected: span(c, p), received: date(c, p.date) };
}

/** A plan term in words (PERIOD-1Y, PERIOD-2Y). */
export const TERM = { '1y': '1年版', '2y': '2年版' } as const;

/** The validity window a quota counts in (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT). */
export const WINDOW = { term: 'プランの有効期間', renewal: `${PLUS}の延長期間` } as const;

/** A param's enumerated word from its table, or the value as given when the table lacks it. */
export function wordOf<K extends string>(table: Readonly<Record<K, string>>, key: string): string {
  return Object.hasOwn(table, key) ? table[key as K] : key;
}
