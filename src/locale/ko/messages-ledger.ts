/**
 * The Korean words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the Korean catalogue (issue 13).
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { LedgerCode } from '../../messages/en-ledger';
import { date, plural, region } from '../words';
import { DAMAGE, EXPRESS, EXTENDED, FLYAWAY, MAINTENANCE, NONE, PLUS, REPAIR, REPLACEMENT, TERM, WINDOW, leftOf, times, wordOf } from './common';

/** The warranties a malfunction may be covered by (USE-WARRANTY-FIRST): the kinds of their periods. */
const WARRANTY = {
  'official-warranty': '공식 보증',
  'extended-warranty': EXTENDED,
  'care-refresh-plus-warranty': `${PLUS} 보증 연장`,
  'safe-flight': '안전 비행 보상 보증 연장',
} as const;
const PUBLISHED = '공개된 비용';
const MAVIC_3 = 'DJI Mavic 3 또는 Mavic 3 Cine';

function planName(c: RenderContext, p: MessageParams['fee.no-schedule']): string {
  return `${p.productName} ${TERM[p.term]} 플랜(${region(c, p.region)})`;
}

/** `3회(파손 3회, 플라이어웨이 0회)`. */
function split(c: RenderContext, all: number, damage: number, flyaway: number): string {
  return `${times(c, all)}(파손 ${times(c, damage)}, 플라이어웨이 ${times(c, flyaway)})`;
}

/** The Korean words of the fee, replacement, quota, service, warranty, repair and maintenance codes. */
export const KO_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) => ({
    message: `${planName(c, p)}의 교체 비용은 공개되어 있지 않습니다. 별도 약관으로 요금표를 지정할 수 있습니다.`,
    expected: `${planName(c, p)}의 요금표`,
    received: NONE,
  }),
  'fee.flyaway-unpublished': (p, c) => ({ message: `${planName(c, p)}의 ${FLYAWAY} 비용은 공개되어 있지 않습니다.`, expected: PUBLISHED, received: NONE }),
  'fee.renewal-unpublished': (p, c) => ({ message: `${planName(c, p)}의 ${PLUS} 교체 비용은 공개되어 있지 않습니다.`, expected: PUBLISHED, received: NONE }),
  'fee.ordinal-unpublished': (p, c) => ({
    message: `${planName(c, p)}의 ${plural(c, p.ordinal, { other: '#번째' })} 교체 비용은 공개되어 있지 않습니다.`,
    expected: PUBLISHED,
    received: NONE,
  }),

  'replace.damage.offered': (p) => ({ message: `${p.productName}에는 ${DAMAGE}가 제공됩니다.`, expected: `${DAMAGE}가 제공되는 모델`, received: p.productName }),
  'replace.damage.not-offered': (p) => ({
    message: `${p.productName}에는 ${DAMAGE}가 제공되지 않습니다.`,
    expected: `${DAMAGE}가 제공되는 모델`,
    received: p.productName,
  }),
  'quota.damage.left': (p, c) => ({
    message: `${WINDOW[p.window]} 내에 ${DAMAGE}가 남아 있습니다(${times(c, p.left)} 남음).`,
    expected: `남은 ${DAMAGE}`,
    received: leftOf(c, p),
  }),
  'quota.damage.none-left': (p, c) => ({ message: `${WINDOW[p.window]} 내에 남은 ${DAMAGE}가 없습니다.`, expected: `남은 ${DAMAGE}`, received: leftOf(c, p) }),
  'quota.left-after': (p, c) => ({
    message: `이번 교체 후 ${date(c, p.lastDate)}까지 교체가 ${times(c, p.replacements)} 남습니다(파손에 ${times(c, p.damage)}, 플라이어웨이에 ${times(c, p.flyaway)}까지 사용 가능).`,
  }),
  'quota.over-recorded': (p, c) => {
    const recorded = split(c, p.recorded, p.recordedDamage, p.recordedFlyaway);
    const allowed = split(c, p.allowed, p.allowedDamage, p.allowedFlyaway);
    return {
      message: `기록에 따르면 ${WINDOW[p.window]}(${date(c, p.startDate)} ~ ${date(c, p.lastDate)})의 교체는 ${recorded}로 한도 ${allowed}를 초과합니다. DJI가 예외를 인정했을 수 있습니다.`,
      expected: `최대 ${allowed}`,
      received: recorded,
    };
  },
  'express.requested': () => ({
    message: `${EXPRESS}: 파손 평가와 견적 없이 서비스 센터가 제품을 받는 즉시 교체품을 발송합니다.`,
  }),
  'express.available': () => ({
    message: `${EXPRESS}를 이용할 수 있습니다. 파손 평가와 견적을 생략하고 제품이 도착하면 교체품을 발송합니다.`,
  }),
  'express.not-for-flyaway': () => ({ message: `${EXPRESS}는 플라이어웨이에는 적용되지 않습니다. 서비스 센터가 받을 제품이 없기 때문입니다.` }),
  'shipping.paid-by-dji': () => ({ message: '교체 서비스의 왕복 배송비는 DJI가 부담합니다.' }),

  'warranty.covers': (p, c) => ({
    message: `이 고장은 보증(${wordOf(WARRANTY, p.warranty)}, 마지막 날 ${date(c, p.lastDate)}) 대상입니다. 플랜의 교체나 할인은 사용되지 않습니다.`,
    expected: '사용자 과실이 아닌 보증 기간 내 고장',
    received: `${wordOf(WARRANTY, p.warranty)} 유효`,
  }),
  'warranty.none-in-force': () => ({ message: `이 고장에 유효한 보증이 없으므로 플랜의 ${REPAIR}이 적용됩니다.`, expected: '유효한 보증', received: NONE }),
  'repair.offered': (p) => ({ message: `${p.productName}에는 ${REPAIR}이 제공됩니다.`, expected: MAVIC_3, received: p.productName }),
  'repair.not-offered': (p) => ({ message: `${p.productName}에는 ${REPAIR}이 제공되지 않습니다.`, expected: MAVIC_3, received: p.productName }),
  'repair.left': (p, c) => ({ message: `${REPAIR}이 남아 있습니다(${times(c, p.left)} 남음).`, expected: `남은 ${REPAIR}`, received: leftOf(c, p) }),
  'repair.none-left': (p, c) => ({ message: `이 플랜에 남은 ${REPAIR}이 없습니다.`, expected: `남은 ${REPAIR}`, received: leftOf(c, p) }),
  'repair.cap-unpublished': () => ({
    message: '할인율과 그 한도("일정 한도 내")는 출처에 공개되어 있지 않습니다.',
    expected: '공개된 한도',
    received: NONE,
  }),

  'maintenance.offered': (p) => ({ message: `${p.productName}에는 ${MAINTENANCE}가 제공됩니다.`, expected: MAVIC_3, received: p.productName }),
  'maintenance.not-offered': (p) => ({ message: `${p.productName}에는 ${MAINTENANCE}가 제공되지 않습니다.`, expected: MAVIC_3, received: p.productName }),
  'maintenance.left': (p, c) => ({
    message: `${MAINTENANCE}가 남아 있습니다(${times(c, p.left)} 남음).`,
    expected: `남은 ${MAINTENANCE}`,
    received: leftOf(c, p),
  }),
  'maintenance.none-left': (p, c) => ({ message: `이 플랜에 남은 ${MAINTENANCE}가 없습니다.`, expected: `남은 ${MAINTENANCE}`, received: leftOf(c, p) }),
  'maintenance.findings': () => ({
    message: `${MAINTENANCE} 중 발견된 결함은 보증, ${REPLACEMENT}, ${REPAIR} 중 해당하는 방법으로 처리됩니다.`,
  }),
});
