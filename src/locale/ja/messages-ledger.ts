/**
 * The Japanese words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the Japanese catalogue (issue 13).
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { LedgerCode } from '../../messages/en-ledger';
import { date, plural, region } from '../words';
import { DAMAGE, EXPRESS, EXTENDED, FLYAWAY, MAINTENANCE, NONE, PLUS, REPAIR, REPLACEMENT, TERM, WINDOW, leftOf, times, wordOf } from './common';

/** The warranties a malfunction may be covered by (USE-WARRANTY-FIRST): the kinds of their periods. */
const WARRANTY = {
  'official-warranty': 'メーカー保証',
  'extended-warranty': EXTENDED,
  'care-refresh-plus-warranty': `${PLUS}による保証延長`,
  'safe-flight': '安全飛行特典による保証延長',
} as const;
const PUBLISHED = '公開された料金';
const MAVIC_3 = 'DJI Mavic 3 または Mavic 3 Cine';

function planName(c: RenderContext, p: MessageParams['fee.no-schedule']): string {
  return `${p.productName}の${TERM[p.term]}プラン（${region(c, p.region)}）`;
}

/** `3回（破損3回、フライアウェイ0回）`. */
function split(c: RenderContext, all: number, damage: number, flyaway: number): string {
  return `${times(c, all)}（破損${times(c, damage)}、フライアウェイ${times(c, flyaway)}）`;
}

/** The Japanese words of the fee, replacement, quota, service, warranty, repair and maintenance codes. */
export const JA_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) => ({
    message: `${planName(c, p)}の交換料金は公開されていません。料金表は独自の規約で指定できます。`,
    expected: `${planName(c, p)}の料金表`,
    received: NONE,
  }),
  'fee.flyaway-unpublished': (p, c) => ({ message: `${planName(c, p)}の${FLYAWAY}の料金は公開されていません。`, expected: PUBLISHED, received: NONE }),
  'fee.renewal-unpublished': (p, c) => ({ message: `${planName(c, p)}の${PLUS}による交換の料金は公開されていません。`, expected: PUBLISHED, received: NONE }),
  'fee.ordinal-unpublished': (p, c) => ({
    message: `${planName(c, p)}の${plural(c, p.ordinal, { other: '#回目' })}の交換の料金は公開されていません。`,
    expected: PUBLISHED,
    received: NONE,
  }),

  'replace.damage.offered': (p) => ({ message: `${p.productName}は${DAMAGE}の対象です。`, expected: `${DAMAGE}の対象機種`, received: p.productName }),
  'replace.damage.not-offered': (p) => ({ message: `${p.productName}は${DAMAGE}の対象外です。`, expected: `${DAMAGE}の対象機種`, received: p.productName }),
  'quota.damage.left': (p, c) => ({
    message: `${WINDOW[p.window]}内に${DAMAGE}が残っています（残り${times(c, p.left)}）。`,
    expected: `${DAMAGE}の残り`,
    received: leftOf(c, p),
  }),
  'quota.damage.none-left': (p, c) => ({
    message: `${WINDOW[p.window]}内にご利用いただける${DAMAGE}は残っていません。`,
    expected: `${DAMAGE}の残り`,
    received: leftOf(c, p),
  }),
  'quota.left-after': (p, c) => ({
    message:
      p.replacements === 0
        ? `今回の交換で、${date(c, p.lastDate)}まで有効な${REPLACEMENT}の残りはなくなります。`
        : `今回の交換後、${date(c, p.lastDate)}まで${REPLACEMENT}が残り${times(c, p.replacements)}あります（破損には${times(c, p.damage)}、フライアウェイには${times(c, p.flyaway)}まで利用可能）。`,
  }),
  'quota.over-recorded': (p, c) => {
    const recorded = split(c, p.recorded, p.recordedDamage, p.recordedFlyaway);
    const allowed = split(c, p.allowed, p.allowedDamage, p.allowedFlyaway);
    return {
      message: `記録では、${WINDOW[p.window]}（${date(c, p.startDate)}～${date(c, p.lastDate)}）の交換は${recorded}で、上限の${allowed}を超えています。DJIが例外として認めた可能性があります。`,
      expected: `${allowed}以内`,
      received: recorded,
    };
  },
  'express.requested': () => ({
    message: `${EXPRESS}：破損状況の確認とお見積もりは行わず、サービスセンターが製品を受け取りしだい交換品を発送します。`,
  }),
  'express.available': () => ({
    message: `${EXPRESS}をご利用いただけます。破損状況の確認とお見積もりを省略し、製品の受け取り時に交換品を発送します。`,
  }),
  'express.not-for-flyaway': () => ({ message: `${EXPRESS}はフライアウェイには適用されません。サービスセンターが受け取る製品がないためです。` }),
  'shipping.paid-by-dji': () => ({ message: '交換サービスの往復の送料はDJIが負担します。' }),

  'warranty.covers': (p, c) => ({
    message: `この故障は保証（${wordOf(WARRANTY, p.warranty)}、最終日：${date(c, p.lastDate)}）の対象です。プランの交換や割引は使用しません。`,
    expected: 'ユーザーの過失によらない、保証期間内の故障',
    received: `${wordOf(WARRANTY, p.warranty)}が有効`,
  }),
  'warranty.none-in-force': () => ({ message: `この故障に有効な保証はないため、プランの${REPAIR}が適用されます。`, expected: '有効な保証', received: NONE }),
  'repair.offered': (p) => ({ message: `${p.productName}は${REPAIR}の対象です。`, expected: MAVIC_3, received: p.productName }),
  'repair.not-offered': (p) => ({ message: `${p.productName}は${REPAIR}の対象外です。`, expected: MAVIC_3, received: p.productName }),
  'repair.left': (p, c) => ({ message: `${REPAIR}が残っています（残り${times(c, p.left)}）。`, expected: `${REPAIR}の残り`, received: leftOf(c, p) }),
  'repair.none-left': (p, c) => ({ message: `このプランの${REPAIR}は残っていません。`, expected: `${REPAIR}の残り`, received: leftOf(c, p) }),
  'repair.cap-unpublished': () => ({
    message: '割引率とその上限（「一定の範囲内」）は、出典で公開されていません。',
    expected: '公開された上限',
    received: NONE,
  }),

  'maintenance.offered': (p) => ({ message: `${p.productName}は${MAINTENANCE}の対象です。`, expected: MAVIC_3, received: p.productName }),
  'maintenance.not-offered': (p) => ({ message: `${p.productName}は${MAINTENANCE}の対象外です。`, expected: MAVIC_3, received: p.productName }),
  'maintenance.left': (p, c) => ({
    message: `${MAINTENANCE}が残っています（残り${times(c, p.left)}）。`,
    expected: `${MAINTENANCE}の残り`,
    received: leftOf(c, p),
  }),
  'maintenance.none-left': (p, c) => ({ message: `このプランの${MAINTENANCE}は残っていません。`, expected: `${MAINTENANCE}の残り`, received: leftOf(c, p) }),
  'maintenance.findings': () => ({
    message: `${MAINTENANCE}で見つかった不具合は、保証、${REPLACEMENT}、${REPAIR}のうち該当するもので対応します。`,
  }),
});
