/**
 * The Traditional Chinese texts of `describePlan` and the timelines (issue 13), with the names
 * of the `zh-Hant` glossary (Hong Kong, Taiwan). The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, region } from '../words';

type C = RenderContext;
const K = { damage: '意外損壞換新', flyaway: '飛丟換新' } as const;
const S = { 'discounted-repair': '專享維修優惠', maintenance: '原廠保養' } as const;
const U = { 'damage-replacement': K.damage, 'flyaway-replacement': K.flyaway, 'discounted-repair': S['discounted-repair'] } as const;
const R = '換新服務';
const SF = '安心飛行獎勵：';
const P = 'DJI Care Refresh +：';
const span = (c: C, a: string, b: string): string => `${date(c, a)}至${date(c, b)}`;
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `已用完（共${p.allowed}次，已用${p.used}次）` : `剩餘${p.remaining}次（共${p.allowed}次）`}，有效至${date(c, p.lastDate)}。`;
const local = (zone: string): string => `日期為${zone}當地日期`;

/**
 * Traditional Chinese (`zh-Hant`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }); //=> '今天 2026年6月1日'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => '官方保固',
  'timeline.kind.extended-warranty': () => '延長保固',
  'timeline.kind.safe-flight': () => '安心飛行獎勵（如獲得）',
  'timeline.kind.renewal': () => 'DJI Care Refresh + 續約年度',
  'timeline.dates-in': (p) => local(p.timeZone),
  'timeline.today': (p, c) => `今天 ${date(c, p.date)}`,
  'timeline.range': (p, c) => span(c, p.startDate, p.lastDate),
  'timeline.summary': (p) => `${p.count}個期間的時間軸（${local(p.timeZone)}）`,
  'timeline.period': (p, c) => `${p.label}（${p.clause}）：${span(c, p.startDate, p.lastDate)}有效`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (${p.term === '1y' ? 1 : 2}年版)，適用於${p.productName}，序號 ${p.serial}，購買地：${region(c, p.region)}。截至${date(c, p.date)}的狀態（${local(p.timeZone)}）。`,
  'describe.moved': (p, c) => `因換新，服務已轉移至序號 ${p.serial} 的裝置；${list(c, p.formerSerials, 'conjunction')} 不再享有此服務。`,
  'describe.moved.more': (p) => `另有 ${p.count} 台裝置不再享有此服務。`,
  'describe.replacements': (p, c) => `${p.renewal ? 'DJI Care Refresh + 續約年度內' : ''}${R}：${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) => `${R}：尚不可使用；服務將於${date(c, p.startDate)}生效，之後至${date(c, p.lastDate)}可使用${p.allowed}次。`,
  'describe.replacements.ended': (p, c) => `${R}：不可使用；換新服務已結束，最後一天為${date(c, p.lastDate)}。`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}：續約年度內不含此項。`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}：${p.productName}不適用。`,
  'describe.kind.none-left': (p) => `${K[p.kind]}：已用完。`,
  'describe.kind.left': (p) => `${K[p.kind]}：剩餘${p.remaining}次。`,
  'describe.kind.fee': (p) => `${K[p.kind]}：剩餘${p.remaining}次；下次費用為${p.fee}${p.ordinal === null ? '' : `（服務期內第${p.ordinal}次換新）`}。`,
  'describe.kind.unpublished': (p) => `${K[p.kind]}：剩餘${p.remaining}次；此服務的費用未公布。`,
  'describe.service.not-included': (p) => `${S[p.service]}：${p.productName}不含此項。`,
  'describe.service.left': (p, c) => `${S[p.service]}：${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}：${p.allowed}次，${span(c, p.startDate, p.lastDate)}。`,
  'describe.service.ended': (p, c) => `${S[p.service]}：不可使用，最後一天為${date(c, p.lastDate)}。`,
  'describe.warranty-repairs': (p) => `目前的保固內維修：${p.count}次；未佔用換新次數或維修優惠。`,
  'describe.safe-flight.not-offered': (p) => `${SF}${p.productName}不提供此項。`,
  'describe.safe-flight.pending': (p, c) => `${SF}若服務有效期內未使用換新或專享維修優惠，將延長一年保固，${span(c, p.startDate, p.lastDate)}。`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}已獲得，延長一年保固，${span(c, p.startDate, p.lastDate)}（${p.now === 'in-force' ? '生效中' : p.now === 'later' ? `${date(c, p.startDate)}起生效` : '已結束'}）。`,
  'describe.safe-flight.used': (p, c) => `${p.uses.map((u, i) => `${i === 0 ? '已於' : '，並於'}${date(c, u.date)}使用了${U[u.service]}`).join('')}。`,
  'describe.safe-flight.more': (p) => `另有 ${p.count} 次使用紀錄。`,
  'describe.safe-flight.forfeited': (p) => `${SF}已失效。${p.reasons.join('')}`,
  'describe.plus.bought': (p, c) =>
    `${P}已購買${p.date === null ? '' : `（${date(c, p.date)}）`}${p.startDate === null ? '' : `；續約年度${span(c, p.startDate, p.lastDate as string)}`}。`,
  'describe.plus.can-buy': (p, c) => `${P}仍有剩餘換新次數時，可於${date(c, p.lastDate)}前購買。`,
  'describe.plus.cannot-buy': (p) => `${P}不可購買。${p.reasons.join('')}`,
  'describe.note': (p) => `注意：${p.reason}`,
};
