/**
 * The Simplified Chinese words of the plan's ledger: fee schedules (CAT-FEES-MAVIC3-1Y), damage
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
const WARRANTY: Readonly<Record<string, string | undefined>> = { 'official-warranty': '官方保修', 'extended-warranty': EXTENDED };
const PUBLISHED = '已公布的费用';
const MAVIC = 'DJI Mavic 3 或 Mavic 3 Cine';
const DAMAGE_LEFT = `尚有可用的${DAMAGE}次数`;
const REPAIR_LEFT = `尚有可用的${REPAIR}次数`;
const MAINTENANCE_LEFT = `尚有可用的${MAINTENANCE}次数`;

/** A plan in a fee sentence: `DJI Mavic 3 在德国的 DJI Care 随心换(1年版)`. */
function planName(p: MessageParams['fee.no-schedule'], c: RenderContext): string {
  return `${p.productName} 在${region(c, p.region)}的 ${PLANS[p.term]}`;
}

/** Replacements with their split: `3次（意外损坏3次，飞丢0次）`. */
function split(c: RenderContext, all: number, damage: number, flyaway: number): string {
  return `${n(c, all)}（意外损坏${n(c, damage)}，飞丢${n(c, flyaway)}）`;
}

/**
 * The Simplified Chinese words of the fee, replacement, quota, service, warranty, repair and
 * maintenance codes.
 *
 * @example
 * ```ts
 * LEDGER['shipping.paid-by-dji']({}, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }).message; //=> '置换服务的往返运费由 DJI 承担。'
 * ```
 */
export const LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) =>
    w(`${planName(p, c)}：未公布置换费用；可通过自定义条款（terms）提供费用表。`, `${planName(p, c)}的费用表`, NONE),
  'fee.flyaway-unpublished': (p, c) => w(`${planName(p, c)}：未公布飞丢置换费用。`, PUBLISHED, NONE),
  'fee.renewal-unpublished': (p, c) => w(`${planName(p, c)}：未公布 ${CARE_PLUS}的置换费用。`, PUBLISHED, NONE),
  'fee.ordinal-unpublished': (p, c) => w(`${planName(p, c)}：未公布第${p.ordinal}次置换的费用。`, PUBLISHED, NONE),

  'replace.damage.offered': (p) => w(`${p.productName} 享有${DAMAGE}服务。`, `提供${DAMAGE}的机型`, p.productName),
  'replace.damage.not-offered': (p) => w(`${p.productName} 不提供${DAMAGE}服务。`, `提供${DAMAGE}的机型`, p.productName),
  'quota.damage.left': (p, c) => w(`${WHERE[p.window]}仍有可用的${DAMAGE}次数（剩余${n(c, p.left)}）。`, DAMAGE_LEFT, leftOf(c, p.left, p.allowed)),
  'quota.damage.none-left': (p, c) => w(`${WHERE[p.window]}已无可用的${DAMAGE}次数。`, DAMAGE_LEFT, leftOf(c, p.left, p.allowed)),
  'quota.left-after': (p, c) => ({
    message: `本次之后剩余${n(c, p.replacements)}置换（其中${n(c, p.damage)}可用于意外损坏，${n(c, p.flyaway)}可用于飞丢），有效期至${date(c, p.lastDate)}。`,
  }),
  'quota.over-recorded': (p, c) => {
    const recorded = split(c, p.recorded, p.recordedDamage, p.recordedFlyaway);
    const allowed = split(c, p.allowed, p.allowedDamage, p.allowedFlyaway);
    return w(
      `记录显示，${WHERE[p.window]}（${date(c, p.startDate)}至${date(c, p.lastDate)}）共置换${recorded}，超出${allowed}的额度；DJI 可能给予了特殊处理。`,
      `最多置换${allowed}`,
      `置换${recorded}`,
    );
  },
  'express.requested': () => ({ message: `${EXPRESS}：无需损坏评估和报价，服务中心收到产品后即寄出置换产品。` }),
  'express.available': () => ({ message: `可使用${EXPRESS}：跳过损坏评估和报价，收到产品后即寄出置换产品。` }),
  'express.not-for-flyaway': () => ({ message: `${EXPRESS}不适用于飞丢：没有可寄往服务中心的产品。` }),
  'shipping.paid-by-dji': () => ({ message: '置换服务的往返运费由 DJI 承担。' }),

  'warranty.covers': (p, c) => {
    const name = WARRANTY[p.warranty] ?? p.warranty;
    return w(
      `该故障在保修范围内（${name}，最后一天为${date(c, p.lastDate)}），不占用服务计划的置换次数或维修优惠。`,
      '非人为故障，且在保修期内',
      `${name}有效`,
    );
  },
  'warranty.none-in-force': () => w('此故障没有有效的保修，因此适用服务计划的维修优惠。', '有效的保修', NONE),
  'repair.offered': (p) => w(`${p.productName} 享有${REPAIR}。`, MAVIC, p.productName),
  'repair.not-offered': (p) => w(`${p.productName} 不提供${REPAIR}。`, MAVIC, p.productName),
  'repair.left': (p, c) => w(`仍有可用的${REPAIR}次数（剩余${n(c, p.left)}）。`, REPAIR_LEFT, leftOf(c, p.left, p.allowed)),
  'repair.none-left': (p, c) => w(`服务计划已无可用的${REPAIR}次数。`, REPAIR_LEFT, leftOf(c, p.left, p.allowed)),
  'repair.cap-unpublished': () => w('原始资料未公布折扣及其上限（“一定额度内”）。', '已公布的上限', NONE),

  'maintenance.offered': (p) => w(`${p.productName} 享有${MAINTENANCE}服务。`, MAVIC, p.productName),
  'maintenance.not-offered': (p) => w(`${p.productName} 不提供${MAINTENANCE}服务。`, MAVIC, p.productName),
  'maintenance.left': (p, c) => w(`仍有可用的${MAINTENANCE}次数（剩余${n(c, p.left)}）。`, MAINTENANCE_LEFT, leftOf(c, p.left, p.allowed)),
  'maintenance.none-left': (p, c) => w(`服务计划已无可用的${MAINTENANCE}次数。`, MAINTENANCE_LEFT, leftOf(c, p.left, p.allowed)),
  'maintenance.findings': () => ({ message: `${MAINTENANCE}中发现的故障，将视情况通过保修、置换或${REPAIR}处理。` }),
});
