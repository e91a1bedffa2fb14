/**
 * The Traditional Chinese words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM,
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
  damage: '此次損壞',
  flyaway: '此次飛丟',
  repair: '此次維修',
  'maintenance request': '此次保養申請',
};
const UNIT = '服務方案綁定的裝置';
const NOT_REBOUND = '尚未重新綁定的換新';
const NEW_UNIT = '從未綁定此服務方案的裝置';

/** PERIOD-OUTSIDE: the validity's dates, and the date checked. */
function validity(p: MessageParams['period.inside'], c: RenderContext, message: string): MessageText {
  return w(message, `${date(c, p.startDate)}至${date(c, p.lastDate)}之間`, date(c, p.date));
}

function days(c: RenderContext, n: number): string {
  return plural(c, n, { other: '# 天' });
}

/**
 * The Traditional Chinese words of the agreement-date, rebinding and validity codes.
 *
 * @example
 * ```ts
 * PLAN_MESSAGES['date.code']({ date: '2026-03-01' }, { tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }).received; //=> '2026年3月1日'
 * ```
 */
export const PLAN_MESSAGES: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => w('尚不確定產品是否已啟用。', '啟用時間，或 null', NOT_GIVEN),
  'date.bundled.not-activated': () => w('服務方案自啟用日期起生效；產品尚未啟用。', '已啟用的產品', '未啟用'),
  'date.bundled.activation-date': (p, c) => w('隨產品一併購買：服務生效日期為啟用日期。', '啟用日期', date(c, p.date)),
  'date.bundled.activated-before-auto-start': (p, c) =>
    w('產品於自動生效日期之前已啟用。', `${date(c, p.autoStartDate)}之前啟用`, date(c, p.activationDate)),
  'date.bundled-om.delivery-needed': (p, c) =>
    w(
      `需要提供簽收日期：${p.productName} 如未先行啟用，服務方案將於簽收 ${days(c, p.days)}後自動生效。`,
      '簽收日期',
      NOT_GIVEN,
    ),
  'date.bundled-om.auto-start': (p, c) =>
    w(
      `服務方案於簽收日期 ${days(c, p.days)}後自動生效。`,
      `${date(c, p.autoStartDate)}之前未啟用`,
      p.activationDate === null ? '未啟用' : `${date(c, p.activationDate)}啟用`,
    ),
  'date.separate': (p, c) => w('單獨購買：服務生效日期為購買當天。', '購買日期', date(c, p.date)),
  'date.code': (p, c) => w('透過啟用碼綁定：服務生效日期為綁定當天。', '綁定日期', date(c, p.date)),

  'rebind.unit.current': (p) => w(`裝置 ${p.serial} 是綁定此服務方案的裝置。`, `${UNIT}（${p.serial}）`, p.serial),
  'rebind.unit.replaced-not-rebound': (p) =>
    w(
      `裝置 ${p.serial} 已換新，不再享有服務方案；請先登記換得裝置的重新綁定，再為該裝置申請服務。`,
      `${UNIT}（換新後請登記重新綁定）`,
      `${p.serial}（已換新）`,
    ),
  'rebind.unit.former': (p) =>
    w(`裝置 ${p.serial} 已換新；服務方案已轉移至裝置 ${p.planSerial}，原裝置不再享有服務方案。`, `${UNIT}（${p.planSerial}）`, p.serial),
  'rebind.replaced': (p) => w(`裝置 ${p.serial} 已換新；服務方案將轉移至換得的裝置。`, NOT_REBOUND, '已換新'),
  'rebind.no-replacement': (p) => w(`裝置 ${p.serial} 沒有可供重新綁定的換新紀錄。`, NOT_REBOUND, '無換新'),
  'rebind.new-unit.bound-before': (p) => w(`裝置 ${p.newSerial} 已綁定過此服務方案；每件產品只能綁定一次。`, NEW_UNIT, '曾經綁定'),
  'rebind.new-unit.never-bound': (p) => w(`裝置 ${p.newSerial} 先前未綁定過此服務方案。`, NEW_UNIT, '從未綁定'),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `裝置 ${p.newSerial} 現已承接此服務方案：請勿再為其銷售 ${PLAN}（previouslyBound: true）。`,
  }),

  'period.inside': (p, c) => validity(p, c, `${SUBJECT[p.subject]}在服務方案有效期間內。`),
  'period.before-start': (p, c) => validity(p, c, `${SUBJECT[p.subject]}早於服務方案生效日期（${date(c, p.startDate)}），不在保障範圍內。`),
  'period.after-end': (p, c) => validity(p, c, `${SUBJECT[p.subject]}晚於服務方案有效期間（最後一天為${date(c, p.lastDate)}），不在保障範圍內。`),
});
