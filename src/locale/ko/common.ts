/**
 * What the parts of the Korean catalogue share (issue 13): the names of the plan and its
 * services as the `ko` glossary writes them (`src/locale/ko.ts`; literals, not an import, so
 * that the glossary's module can import this catalogue), and the phrases several parts use.
 * Korean particles that change with the last syllable (은/는, 이/가, 을/를) are never put
 * after a value: the sentences are built so that a fixed word comes before each of them.
 *
 * @module
 */
import type { MessageParams, RenderContext } from '../../messages/codes';
import { date, plural } from '../words';

// The glossary's names (test/locale-ko.test.ts checks them against `ko.glossary`).
export const PLUS = 'DJI Care Refresh +';
export const REPLACEMENT = '교체 서비스';
export const DAMAGE = '파손 교체';
export const FLYAWAY = '플라이어웨이 교체';
export const REPAIR = '전용 수리 할인';
export const EXTENDED = '보증 연장 서비스';
export const SAFE_FLIGHT = '안전 비행 보상';
export const MAINTENANCE = '공장 정비';
export const EXPRESS = 'DJI Care Express';

export const NOT_GIVEN = '정보 없음';
export const NONE = '없음';

/** A count of times: `2회` (Korean has one plural form). */
export function times(c: RenderContext, n: number): string {
  return plural(c, n, { other: '#회' });
}

/** What is left of a quota: `2회 중 1회 남음`. */
export function leftOf(c: RenderContext, p: MessageParams['repair.left']): string {
  return `${times(c, p.allowed)} 중 ${times(c, p.left)} 남음`;
}

/** A validity's first and last days: `2026. 3. 1. ~ 2027. 2. 28.`. */
export function span(c: RenderContext, p: { readonly startDate: string; readonly lastDate: string }): string {
  return `${date(c, p.startDate)} ~ ${date(c, p.lastDate)}`;
}

/** The expected validity and the date checked, as PERIOD-OUTSIDE and PLUS-ELIGIBLE give them. */
export function validity(
  c: RenderContext,
  p: { readonly startDate: string; readonly lastDate: string; readonly date: string },
): { readonly expected: string; readonly received: string } {
  return { expected: span(c, p), received: date(c, p.date) };
}

/** A plan term in words (PERIOD-1Y, PERIOD-2Y). */
export const TERM = { '1y': '1년', '2y': '2년' } as const;

/** The validity window a quota counts in (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT). */
export const WINDOW = { term: '플랜 유효 기간', renewal: `${PLUS} 연장 기간` } as const;

/** A param's enumerated word from its table, or the value as given when the table lacks it. */
export function wordOf<K extends string>(table: Readonly<Record<K, string>>, key: string): string {
  return Object.hasOwn(table, key) ? table[key as K] : key;
}
