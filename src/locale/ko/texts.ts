/**
 * The Korean texts of `describePlan` and the timelines (issue 13), with the names of the `ko`
 * glossary. The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, region } from '../words';

type C = RenderContext;
const K = { damage: '파손 교체', flyaway: '플라이어웨이 교체' } as const;
const S = { 'discounted-repair': '전용 수리 할인', maintenance: '공장 정비' } as const;
const U = { 'damage-replacement': K.damage, 'flyaway-replacement': K.flyaway, 'discounted-repair': S['discounted-repair'] } as const;
const R = '교체 서비스';
const SF = '안전 비행 보상: ';
const P = 'DJI Care Refresh +: ';
const NO = '이용할 수 없습니다';
const span = (c: C, a: string, b: string): string => `${date(c, a)}부터 ${date(c, b)}까지`;
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `남은 횟수 없음(${p.allowed}회 중 ${p.used}회 사용)` : `${p.allowed}회 중 ${p.remaining}회 남음`}, ${date(c, p.lastDate)}까지.`;
const local = (zone: string): string => `날짜는 ${zone} 현지 날짜`;
const more = (r: readonly string[]): string => r.map((s) => ` ${s}`).join('');

/**
 * Korean (`ko`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'ko', region: 'KR', timeZone: 'Asia/Seoul' }); //=> '오늘 2026. 6. 1.'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => '공식 보증',
  'timeline.kind.extended-warranty': () => '보증 연장 서비스',
  'timeline.kind.safe-flight': () => '안전 비행 보상(획득 시)',
  'timeline.kind.renewal': () => 'DJI Care Refresh + 연장 기간',
  'timeline.dates-in': (p) => `${local(p.timeZone)}입니다`,
  'timeline.today': (p, c) => `오늘 ${date(c, p.date)}`,
  'timeline.range': (p, c) => `${date(c, p.startDate)} ~ ${date(c, p.lastDate)}`,
  'timeline.summary': (p) => `기간 ${p.count}개의 타임라인(${local(p.timeZone)})`,
  'timeline.period': (p, c) => `${p.label}(${p.clause}): ${span(c, p.startDate, p.lastDate)} 유효`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (${p.term === '1y' ? 1 : 2}년 플랜) - ${p.productName}, 시리얼 번호 ${p.serial}, 구매 국가/지역: ${region(c, p.region)}. ${date(c, p.date)} 기준 상태입니다(${local(p.timeZone)}).`,
  'describe.moved': (p, c) => `교체에 따라 플랜이 시리얼 번호 ${p.serial} 기기로 이전되었습니다. ${list(c, p.formerSerials, 'conjunction')} 기기에는 더 이상 플랜이 적용되지 않습니다.`,
  'describe.moved.more': (p) => `그 밖에 ${p.count}대의 기기에도 더 이상 플랜이 적용되지 않습니다.`,
  'describe.replacements': (p, c) => `${p.renewal ? 'DJI Care Refresh + 연장 기간 ' : ''}${R}: ${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) => `${R}: 아직 ${NO}. 플랜은 ${date(c, p.startDate)}에 시작되며, 이후 ${date(c, p.lastDate)}까지 ${p.allowed}회 이용할 수 있습니다.`,
  'describe.replacements.ended': (p, c) => `${R}: ${NO}. 교체 서비스가 종료되었습니다(마지막 날 ${date(c, p.lastDate)}).`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}: 연장 기간에는 포함되지 않습니다.`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}: ${p.productName}에는 적용되지 않습니다.`,
  'describe.kind.none-left': (p) => `${K[p.kind]}: 남은 횟수 없음.`,
  'describe.kind.left': (p) => `${K[p.kind]}: ${p.remaining}회 남음.`,
  'describe.kind.fee': (p) => `${K[p.kind]}: ${p.remaining}회 남음. 다음 요금은 ${p.fee}입니다${p.ordinal === null ? '' : `(플랜의 ${p.ordinal}번째 교체)`}.`,
  'describe.kind.unpublished': (p) => `${K[p.kind]}: ${p.remaining}회 남음. 이 플랜의 요금은 공개되지 않았습니다.`,
  'describe.service.not-included': (p) => `${S[p.service]}: ${p.productName}에는 포함되지 않습니다.`,
  'describe.service.left': (p, c) => `${S[p.service]}: ${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}: ${p.allowed}회, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.service.ended': (p, c) => `${S[p.service]}: ${NO}(마지막 날 ${date(c, p.lastDate)}).`,
  'describe.warranty-repairs': (p) => `지금까지의 보증 수리: ${p.count}회(교체 및 할인 횟수는 차감되지 않았습니다).`,
  'describe.safe-flight.not-offered': (p) => `${SF}${p.productName}에는 제공되지 않습니다.`,
  'describe.safe-flight.pending': (p, c) => `${SF}플랜 유효 기간 중 교체나 할인 수리를 이용하지 않으면 ${span(c, p.startDate, p.lastDate)} 보증이 1년 연장됩니다.`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}획득. ${span(c, p.startDate, p.lastDate)} 보증이 1년 연장됩니다(${p.now === 'in-force' ? '현재 적용 중' : p.now === 'later' ? `${date(c, p.startDate)}부터 적용` : '종료'}).`,
  'describe.safe-flight.used': (p, c) => `이용한 서비스: ${list(c, p.uses.map((u) => `${U[u.service]}(${date(c, u.date)})`), 'conjunction')}.`,
  'describe.safe-flight.more': (p) => `그 밖에 ${p.count}건의 이용이 기록되어 있습니다.`,
  'describe.safe-flight.forfeited': (p) => `${SF}소멸되었습니다.${more(p.reasons)}`,
  'describe.plus.bought': (p, c) =>
    `${P}${p.date === null ? '' : `${date(c, p.date)} `}구매 완료${p.startDate === null ? '' : `. 연장 기간은 ${span(c, p.startDate, p.lastDate as string)}`}.`,
  'describe.plus.can-buy': (p, c) => `${P}교체 횟수가 남아 있으면 ${date(c, p.lastDate)}까지 구매할 수 있습니다.`,
  'describe.plus.cannot-buy': (p) => `${P}구매할 수 없습니다.${more(p.reasons)}`,
  'describe.note': (p) => `참고: ${p.reason}`,
};
