/**
 * The Japanese texts of `describePlan` and the timelines (issue 13), with the names of the
 * `ja` glossary. The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, region } from '../words';

type C = RenderContext;
const K = { damage: '故障・破損時の交換', flyaway: '飛行紛失保証' } as const;
const S = { 'discounted-repair': '修理特別割引', maintenance: '定期点検' } as const;
const U = { 'damage-replacement': '故障・破損時のリフレッシュ交換', 'flyaway-replacement': '飛行紛失保証', 'discounted-repair': '修理特別割引' } as const;
const R = 'リフレッシュ交換';
const SF = '安全飛行特典: ';
const P = 'DJI Care Refresh +: ';
const NO = 'ご利用いただけません';
/** `D1から D2まで`. */
const span = (c: C, a: string, b: string): string => `${date(c, a)}から${date(c, b)}まで`;
/** What is left of a count, until its last day. */
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `残りなし（${p.allowed}回中${p.used}回利用済み）` : `残り${p.remaining}回（全${p.allowed}回）`}、${date(c, p.lastDate)}まで。`;
const local = (zone: string): string => `日付は${zone}の現地日付`;

/**
 * Japanese (`ja`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'ja', region: 'JP', timeZone: 'Asia/Tokyo' }); //=> '本日 2026/06/01'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => 'メーカー保証',
  'timeline.kind.extended-warranty': () => 'メーカー保証延長サービス',
  'timeline.kind.safe-flight': () => '安全飛行特典（付与時）',
  'timeline.kind.renewal': () => 'DJI Care Refresh + 延長期間',
  'timeline.dates-in': (p) => local(p.timeZone),
  'timeline.today': (p, c) => `本日 ${date(c, p.date)}`,
  'timeline.range': (p, c) => `${date(c, p.startDate)}${p.ascii ? ' - ' : '～'}${date(c, p.lastDate)}`,
  'timeline.summary': (p) => `${p.count}件の期間（${local(p.timeZone)}）`,
  'timeline.period': (p, c) => `${p.label}（${p.clause}）: ${span(c, p.startDate, p.lastDate)}有効`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (${p.term === '1y' ? 1 : 2}年版)（${p.productName}、シリアル番号 ${p.serial}、${region(c, p.region)}で購入）。${date(c, p.date)}時点の状況です（${local(p.timeZone)}）。`,
  'describe.moved': (p, c) => `交換により、プランはシリアル番号 ${p.serial} に移行しました。${list(c, p.formerSerials, 'conjunction')} はプランの対象外です。`,
  'describe.moved.more': (p) => `ほかに${p.count}台の機器もプランの対象外です。`,
  'describe.replacements': (p, c) => `${p.renewal ? 'DJI Care Refresh + 延長期間の' : ''}${R}: ${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) => `${R}: まだ${NO}。プランは${date(c, p.startDate)}に開始し、${date(c, p.lastDate)}まで${p.allowed}回ご利用いただけます。`,
  'describe.replacements.ended': (p, c) => `${R}: ${NO}。サービスは終了しました（最終日 ${date(c, p.lastDate)}）。`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}: 延長期間は対象外です。`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}: ${p.productName}は対象外です。`,
  'describe.kind.none-left': (p) => `${K[p.kind]}: 残りなし。`,
  'describe.kind.left': (p) => `${K[p.kind]}: 残り${p.remaining}回。`,
  'describe.kind.fee': (p) => `${K[p.kind]}: 残り${p.remaining}回。次回の料金は${p.fee}です${p.ordinal === null ? '' : `（${p.ordinal}回目の交換）`}。`,
  'describe.kind.unpublished': (p) => `${K[p.kind]}: 残り${p.remaining}回。料金は公表されていません。`,
  'describe.service.not-included': (p) => `${S[p.service]}: ${p.productName}には含まれません。`,
  'describe.service.left': (p, c) => `${S[p.service]}: ${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}: ${p.allowed}回、${span(c, p.startDate, p.lastDate)}。`,
  'describe.service.ended': (p, c) => `${S[p.service]}: ${NO}（最終日 ${date(c, p.lastDate)}）。`,
  'describe.warranty-repairs': (p) => `これまでの保証内修理: ${p.count}回（交換・割引の回数は消費しません）。`,
  'describe.safe-flight.not-offered': (p) => `${SF}${p.productName}は対象外です。`,
  'describe.safe-flight.pending': (p, c) => `${SF}有効期間中に交換・割引修理のご利用がなければ、${span(c, p.startDate, p.lastDate)}保証が1年延長されます。`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}付与済み。${span(c, p.startDate, p.lastDate)}保証が1年延長されます（${p.now === 'in-force' ? '適用中' : p.now === 'later' ? `${date(c, p.startDate)}から` : '終了'}）。`,
  'describe.safe-flight.used': (p, c) => `${list(c, p.uses.map((u) => `${date(c, u.date)}に${U[u.service]}`), 'conjunction')}を利用しました。`,
  'describe.safe-flight.more': (p) => `ほかに${p.count}件の利用が記録されています。`,
  'describe.safe-flight.forfeited': (p) => `${SF}失効しました。${p.reasons.join('')}`,
  'describe.plus.bought': (p, c) =>
    `${P}${p.date === null ? '' : `${date(c, p.date)}に`}購入済み${p.startDate === null ? '' : `。延長期間は${span(c, p.startDate, p.lastDate as string)}`}。`,
  'describe.plus.can-buy': (p, c) => `${P}交換が残っていれば${date(c, p.lastDate)}までご購入いただけます。`,
  'describe.plus.cannot-buy': (p) => `${P}ご購入いただけません。${p.reasons.join('')}`,
  'describe.note': (p) => `注記: ${p.reason}`,
};
