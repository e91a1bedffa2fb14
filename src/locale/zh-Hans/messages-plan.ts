/**
 * The Simplified Chinese words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM,
 * DATE-SEPARATE, DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the
 * plan's validity (PERIOD-START, PERIOD-OUTSIDE): a part of `MESSAGES`, as `en-plan.ts` is of
 * the English catalogue.
 *
 * @module
 */
import type { Catalogue, MessageParams, MessageText, RenderContext } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { NOT_GIVEN, PLAN, w } from './common';

/** What a PERIOD-OUTSIDE check is about. */
const SUBJECT: Readonly<Record<MessageParams['period.inside']['subject'], string>> = {
  damage: '此次损坏',
  flyaway: '此次飞丢',
  repair: '此次维修',
  'maintenance request': '此次保养申请',
};
const UNIT = '服务计划绑定的设备';
const NOT_REBOUND = '尚未重新绑定的置换';
const NEW_UNIT = '从未绑定此服务计划的设备';

/** PERIOD-OUTSIDE: the validity's dates, and the date checked. */
function validity(p: MessageParams['period.inside'], c: RenderContext, message: string): MessageText {
  return w(message, `${date(c, p.startDate)}至${date(c, p.lastDate)}之间`, date(c, p.date));
}

function days(c: RenderContext, n: number): string {
  return plural(c, n, { other: '#天' });
}

/**
 * The Simplified Chinese words of the agreement-date, rebinding and validity codes.
 *
 * @example
 * ```ts
 * PLAN_MESSAGES['date.code']({ date: '2026-03-01' }, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }).received; //=> '2026年3月1日'
 * ```
 */
export const PLAN_MESSAGES: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => w('尚不清楚产品是否已激活。', '激活时间，或 null', NOT_GIVEN),
  'date.bundled.not-activated': () => w('服务计划自激活日期起生效；产品尚未激活。', '已激活的产品', '未激活'),
  'date.bundled.activation-date': (p, c) => w('随产品一起购买：服务生效日期为激活日期。', '激活日期', date(c, p.date)),
  'date.bundled.activated-before-auto-start': (p, c) =>
    w('产品在自动生效日期之前已激活。', `${date(c, p.autoStartDate)}之前激活`, date(c, p.activationDate)),
  'date.bundled-om.delivery-needed': (p, c) =>
    w(
      `需要提供签收日期：${p.productName} 如未先行激活，服务计划将在签收${days(c, p.days)}后自动生效。`,
      '签收日期',
      NOT_GIVEN,
    ),
  'date.bundled-om.auto-start': (p, c) =>
    w(
      `服务计划在签收日期${days(c, p.days)}后自动生效。`,
      `${date(c, p.autoStartDate)}之前未激活`,
      p.activationDate === null ? '未激活' : `${date(c, p.activationDate)}激活`,
    ),
  'date.separate': (p, c) => w('单独购买：服务生效日期为购买当天。', '购买日期', date(c, p.date)),
  'date.code': (p, c) => w('通过激活码绑定：服务生效日期为绑定当天。', '绑定日期', date(c, p.date)),

  'rebind.unit.current': (p) => w(`设备 ${p.serial} 是绑定此服务计划的设备。`, `${UNIT}（${p.serial}）`, p.serial),
  'rebind.unit.replaced-not-rebound': (p) =>
    w(
      `设备 ${p.serial} 已被置换，不再享有服务计划；请先登记换得设备的重新绑定，再为该设备申请服务。`,
      `${UNIT}（置换后请登记重新绑定）`,
      `${p.serial}（已置换）`,
    ),
  'rebind.unit.former': (p) =>
    w(`设备 ${p.serial} 已被置换；服务计划已转至设备 ${p.planSerial}，原设备不再享有服务计划。`, `${UNIT}（${p.planSerial}）`, p.serial),
  'rebind.replaced': (p) => w(`设备 ${p.serial} 已被置换；服务计划将转至换得的设备。`, NOT_REBOUND, '已置换'),
  'rebind.no-replacement': (p) => w(`设备 ${p.serial} 没有可供重新绑定的置换记录。`, NOT_REBOUND, '无置换'),
  'rebind.new-unit.bound-before': (p) => w(`设备 ${p.newSerial} 已绑定过此服务计划；每件产品只能绑定一次。`, NEW_UNIT, '曾经绑定'),
  'rebind.new-unit.never-bound': (p) => w(`设备 ${p.newSerial} 此前未绑定过此服务计划。`, NEW_UNIT, '从未绑定'),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `设备 ${p.newSerial} 现已承接此服务计划：请勿再为其销售 ${PLAN}（previouslyBound: true）。`,
  }),

  'period.inside': (p, c) => validity(p, c, `${SUBJECT[p.subject]}在服务计划有效期内。`),
  'period.before-start': (p, c) => validity(p, c, `${SUBJECT[p.subject]}早于服务计划生效日期（${date(c, p.startDate)}），不在保障范围内。`),
  'period.after-end': (p, c) => validity(p, c, `${SUBJECT[p.subject]}晚于服务计划有效期（最后一天为${date(c, p.lastDate)}），不在保障范围内。`),
});
