/**
 * The Simplified Chinese texts of `describePlan` and the timelines (issue 13), with the names of
 * the `zh-Hans` glossary (the plan is sold in mainland China as "DJI Care 随心换"). The
 * project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, region } from '../words';

type C = RenderContext;
const K = { damage: '意外损坏置换', flyaway: '飞丢置换' } as const;
const S = { 'discounted-repair': '专享维修优惠', maintenance: '原厂保养' } as const;
const U = { 'damage-replacement': K.damage, 'flyaway-replacement': K.flyaway, 'discounted-repair': S['discounted-repair'] } as const;
const R = '置换服务';
const SF = '安心飞行奖励：';
const P = 'DJI Care 随心续享：';
const span = (c: C, a: string, b: string): string => `${date(c, a)}至${date(c, b)}`;
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `已用完（共${p.allowed}次，已用${p.used}次）` : `剩余${p.remaining}次（共${p.allowed}次）`}，有效期至${date(c, p.lastDate)}。`;
const local = (zone: string): string => `日期为${zone}当地日期`;

/**
 * Simplified Chinese (`zh-Hans`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }); //=> '今天 2026年6月1日'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => '官方保修',
  'timeline.kind.extended-warranty': () => '延保服务',
  'timeline.kind.safe-flight': () => '安心飞行奖励（如获得）',
  'timeline.kind.renewal': () => 'DJI Care 随心续享续期年',
  'timeline.dates-in': (p) => local(p.timeZone),
  'timeline.today': (p, c) => `今天 ${date(c, p.date)}`,
  'timeline.range': (p, c) => span(c, p.startDate, p.lastDate),
  'timeline.summary': (p) => `${p.count}个期间的时间轴（${local(p.timeZone)}）`,
  'timeline.period': (p, c) => `${p.label}（${p.clause}）：${span(c, p.startDate, p.lastDate)}有效`,
  'describe.plan': (p, c) =>
    `DJI Care 随心换(${p.term === '1y' ? 1 : 2}年版)，适用于${p.productName}，序列号 ${p.serial}，购买地：${region(c, p.region)}。截至${date(c, p.date)}的状态（${local(p.timeZone)}）。`,
  'describe.moved': (p, c) => `因置换，服务已转至序列号 ${p.serial} 的设备；${list(c, p.formerSerials, 'conjunction')} 不再享有该服务。`,
  'describe.moved.more': (p) => `另有${p.count}台设备不再享有该服务。`,
  'describe.replacements': (p, c) => `${p.renewal ? 'DJI Care 随心续享续期年内' : ''}${R}：${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) => `${R}：暂不可用；服务将于${date(c, p.startDate)}生效，此后至${date(c, p.lastDate)}可使用${p.allowed}次。`,
  'describe.replacements.ended': (p, c) => `${R}：不可用；置换服务已结束，最后一天为${date(c, p.lastDate)}。`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}：续期年内不含此项。`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}：${p.productName}不适用。`,
  'describe.kind.none-left': (p) => `${K[p.kind]}：已用完。`,
  'describe.kind.left': (p) => `${K[p.kind]}：剩余${p.remaining}次。`,
  'describe.kind.fee': (p) => `${K[p.kind]}：剩余${p.remaining}次；下次费用为${p.fee}${p.ordinal === null ? '' : `（服务期内第${p.ordinal}次置换）`}。`,
  'describe.kind.unpublished': (p) => `${K[p.kind]}：剩余${p.remaining}次；该服务的费用未公布。`,
  'describe.service.not-included': (p) => `${S[p.service]}：${p.productName}不含此项。`,
  'describe.service.left': (p, c) => `${S[p.service]}：${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}：${p.allowed}次，${span(c, p.startDate, p.lastDate)}。`,
  'describe.service.ended': (p, c) => `${S[p.service]}：不可用，最后一天为${date(c, p.lastDate)}。`,
  'describe.warranty-repairs': (p) => `目前的保修内维修：${p.count}次；未占用置换次数或维修优惠。`,
  'describe.safe-flight.not-offered': (p) => `${SF}${p.productName}不提供此项。`,
  'describe.safe-flight.pending': (p, c) => `${SF}若服务有效期内未使用置换或专享维修优惠，将延长一年保修，${span(c, p.startDate, p.lastDate)}。`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}已获得，延长一年保修，${span(c, p.startDate, p.lastDate)}（${p.now === 'in-force' ? '生效中' : p.now === 'later' ? `${date(c, p.startDate)}起生效` : '已结束'}）。`,
  'describe.safe-flight.used': (p, c) => `${p.uses.map((u, i) => `${i === 0 ? '已于' : '，并于'}${date(c, u.date)}使用了${U[u.service]}`).join('')}。`,
  'describe.safe-flight.more': (p) => `另有${p.count}次使用记录。`,
  'describe.safe-flight.forfeited': (p) => `${SF}已失效。${p.reasons.join('')}`,
  'describe.plus.bought': (p, c) =>
    `${P}已购买${p.date === null ? '' : `（${date(c, p.date)}）`}${p.startDate === null ? '' : `；续期年${span(c, p.startDate, p.lastDate as string)}`}。`,
  'describe.plus.can-buy': (p, c) => `${P}仍有剩余置换次数时，可在${date(c, p.lastDate)}前购买。`,
  'describe.plus.cannot-buy': (p) => `${P}不可购买。${p.reasons.join('')}`,
  'describe.note': (p) => `注意：${p.reason}`,
};
