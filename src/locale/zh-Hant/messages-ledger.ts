/**
 * The Traditional Chinese words of the plan's ledger: fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of `MESSAGES`, as `en-ledger.ts` is of the English catalogue.
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { LedgerCode } from '../../messages/en-ledger';
import { date, region } from '../words';
import { GLOSSARY } from './glossary';
import { CARE_PLUS, DAMAGE, EXPRESS, EXTENDED, MAINTENANCE, NONE, REPAIR, WHERE, leftOf, n, w } from './common';

/** The plan of a term, by its glossary name (PERIOD-1Y, PERIOD-2Y). */
const PLANS = { '1y': GLOSSARY.plan1y.text, '2y': GLOSSARY.plan2y.text } as const;
/** The warranties `warranty.covers` names (USE-WARRANTY-FIRST); another kind is written as given. */
const WARRANTY: Readonly<Record<string, string | undefined>> = { 'official-warranty': '原廠保固', 'extended-warranty': EXTENDED };
const PUBLISHED = '已公布的費用';
const MAVIC = 'DJI Mavic 3 或 Mavic 3 Cine';
const DAMAGE_LEFT = `尚有可用的${DAMAGE}次數`;
const REPAIR_LEFT = `尚有可用的${REPAIR}次數`;
const MAINTENANCE_LEFT = `尚有可用的${MAINTENANCE}次數`;

/** A plan in a fee sentence: `DJI Mavic 3 在德國的 DJI Care Refresh (1年版)`. */
function planName(p: MessageParams['fee.no-schedule'], c: RenderContext): string {
  return `${p.productName} 在${region(c, p.region)}的 ${PLANS[p.term]}`;
}

/** Replacements with their split: `3 次（意外損壞 3 次，飛丟 0 次）`. */
function split(c: RenderContext, all: number, damage: number, flyaway: number): string {
  return `${n(c, all)}（意外損壞 ${n(c, damage)}，飛丟 ${n(c, flyaway)}）`;
}

/**
 * The Traditional Chinese words of the fee, replacement, quota, service, warranty, repair and
 * maintenance codes.
 *
 * @example
 * ```ts
 * LEDGER['shipping.paid-by-dji']({}, { tag: 'zh-Hant', region: 'HK', timeZone: 'Asia/Hong_Kong' }).message; //=> '換新服務的來回運費由 DJI 負擔。'
 * ```
 */
export const LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) =>
    w(`${planName(p, c)}：未公布換新費用；可透過自訂條款（terms）提供費用表。`, `${planName(p, c)} 的費用表`, NONE),
  'fee.flyaway-unpublished': (p, c) => w(`${planName(p, c)}：未公布飛丟換新費用。`, PUBLISHED, NONE),
  'fee.renewal-unpublished': (p, c) => w(`${planName(p, c)}：未公布 ${CARE_PLUS} 的換新費用。`, PUBLISHED, NONE),
  'fee.ordinal-unpublished': (p, c) => w(`${planName(p, c)}：未公布第 ${p.ordinal} 次換新的費用。`, PUBLISHED, NONE),

  'replace.damage.offered': (p) => w(`${p.productName} 享有${DAMAGE}服務。`, `提供${DAMAGE}的機型`, p.productName),
  'replace.damage.not-offered': (p) => w(`${p.productName} 不提供${DAMAGE}服務。`, `提供${DAMAGE}的機型`, p.productName),
  'quota.damage.left': (p, c) => w(`${WHERE[p.window]}仍有可用的${DAMAGE}次數（剩餘 ${n(c, p.left)}）。`, DAMAGE_LEFT, leftOf(c, p.left, p.allowed)),
  'quota.damage.none-left': (p, c) => w(`${WHERE[p.window]}已無可用的${DAMAGE}次數。`, DAMAGE_LEFT, leftOf(c, p.left, p.allowed)),
  'quota.left-after': (p, c) => ({
    message: `本次之後剩餘 ${n(c, p.replacements)}換新（其中 ${n(c, p.damage)}可用於意外損壞，${n(c, p.flyaway)}可用於飛丟），有效期限至${date(c, p.lastDate)}。`,
  }),
  'quota.over-recorded': (p, c) => {
    const recorded = split(c, p.recorded, p.recordedDamage, p.recordedFlyaway);
    const allowed = split(c, p.allowed, p.allowedDamage, p.allowedFlyaway);
    return w(
      `紀錄顯示，${WHERE[p.window]}（${date(c, p.startDate)}至${date(c, p.lastDate)}）共換新 ${recorded}，超出 ${allowed}的額度；DJI 可能給予了特別處理。`,
      `最多換新 ${allowed}`,
      `換新 ${recorded}`,
    );
  },
  'express.requested': () => ({ message: `${EXPRESS}：無需損壞評估與報價，服務中心收到產品後即寄出換新產品。` }),
  'express.available': () => ({ message: `可使用 ${EXPRESS}：省去損壞評估與報價，收到產品後即寄出換新產品。` }),
  'express.not-for-flyaway': () => ({ message: `${EXPRESS} 不適用於飛丟：沒有可寄往服務中心的產品。` }),
  'shipping.paid-by-dji': () => ({ message: '換新服務的來回運費由 DJI 負擔。' }),

  'warranty.covers': (p, c) => {
    const name = WARRANTY[p.warranty] ?? p.warranty;
    return w(
      `此故障在保固範圍內（${name}，最後一天為${date(c, p.lastDate)}），不佔用服務方案的換新次數或維修優惠。`,
      '非人為故障，且在保固期內',
      `${name}有效`,
    );
  },
  'warranty.none-in-force': () => w('此故障沒有有效的保固，因此適用服務方案的維修優惠。', '有效的保固', NONE),
  'repair.offered': (p) => w(`${p.productName} 享有${REPAIR}。`, MAVIC, p.productName),
  'repair.not-offered': (p) => w(`${p.productName} 不提供${REPAIR}。`, MAVIC, p.productName),
  'repair.left': (p, c) => w(`仍有可用的${REPAIR}次數（剩餘 ${n(c, p.left)}）。`, REPAIR_LEFT, leftOf(c, p.left, p.allowed)),
  'repair.none-left': (p, c) => w(`服務方案已無可用的${REPAIR}次數。`, REPAIR_LEFT, leftOf(c, p.left, p.allowed)),
  'repair.cap-unpublished': () => w('原始資料未公布折扣及其上限（「一定額度內」）。', '已公布的上限', NONE),

  'maintenance.offered': (p) => w(`${p.productName} 享有${MAINTENANCE}服務。`, MAVIC, p.productName),
  'maintenance.not-offered': (p) => w(`${p.productName} 不提供${MAINTENANCE}服務。`, MAVIC, p.productName),
  'maintenance.left': (p, c) => w(`仍有可用的${MAINTENANCE}次數（剩餘 ${n(c, p.left)}）。`, MAINTENANCE_LEFT, leftOf(c, p.left, p.allowed)),
  'maintenance.none-left': (p, c) => w(`服務方案已無可用的${MAINTENANCE}次數。`, MAINTENANCE_LEFT, leftOf(c, p.left, p.allowed)),
  'maintenance.findings': () => ({ message: `${MAINTENANCE}中發現的故障，將視情況透過保固、換新或${REPAIR}處理。` }),
});
