/**
 * The Korean words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the Korean catalogue (issue 13).
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { NOT_GIVEN, validity } from './common';
import { ACTIVATION_INSTANT, BOUND, NEVER_BOUND, NOT_ACTIVATED } from './messages-eligibility';

/** What a PERIOD-OUTSIDE check is about: the day of the damage, flyaway or request. */
const SUBJECT = { damage: '파손 발생일', flyaway: '플라이어웨이 발생일', repair: '수리 신청일', 'maintenance request': '공장 정비 신청일' } as const;
const REPLACED = '아직 재바인딩되지 않은 교체';
const NEVER_BOUND_HERE = '이 플랜에 바인딩된 적이 없는 제품';

/** `시리얼 번호 M3-0001 제품`: a unit, so that the particle after it follows 제품. */
function unit(serial: string): string {
  return `시리얼 번호 ${serial} 제품`;
}

/** The Korean words of the agreement-date, rebinding and validity codes. */
export const KO_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => ({ message: '제품의 활성화 여부를 알 수 없습니다.', expected: ACTIVATION_INSTANT, received: NOT_GIVEN }),
  'date.bundled.not-activated': () => ({
    message: '플랜은 활성화일부터 적용되지만 제품이 아직 활성화되지 않았습니다.',
    expected: '활성화된 제품',
    received: NOT_ACTIVATED,
  }),
  'date.bundled.activation-date': (p, c) => ({
    message: '제품과 함께 구매했으므로 계약일은 활성화일입니다.',
    expected: '활성화일',
    received: date(c, p.date),
  }),
  'date.bundled.activated-before-auto-start': (p, c) => ({
    message: '제품이 자동 적용일 전에 활성화되었습니다.',
    expected: `${date(c, p.autoStartDate)} 전 활성화`,
    received: date(c, p.activationDate),
  }),
  'date.bundled-om.delivery-needed': (p, c) => ({
    message: `배송일 정보가 필요합니다. ${p.productName}의 경우 먼저 활성화하지 않으면 배송일로부터 ${plural(c, p.days, { other: '#일' })} 후에 플랜이 자동으로 적용됩니다.`,
    expected: '배송일',
    received: NOT_GIVEN,
  }),
  'date.bundled-om.auto-start': (p, c) => ({
    message: `플랜은 배송일로부터 ${plural(c, p.days, { other: '#일' })} 후에 자동으로 적용됩니다.`,
    expected: `${date(c, p.autoStartDate)} 전에 활성화하지 않음`,
    received: p.activationDate === null ? NOT_ACTIVATED : `${date(c, p.activationDate)} 활성화`,
  }),
  'date.separate': (p, c) => ({ message: '별도로 구매했으므로 계약일은 구매일입니다.', expected: '구매일', received: date(c, p.date) }),
  'date.code': (p, c) => ({ message: '활성화 코드로 바인딩했으므로 계약일은 바인딩일입니다.', expected: '바인딩일', received: date(c, p.date) }),

  'rebind.unit.current': (p) => ({ message: `${unit(p.serial)}이 플랜에 바인딩된 제품입니다.`, expected: `플랜의 제품(${p.serial})`, received: p.serial }),
  'rebind.unit.replaced-not-rebound': (p) => ({
    message: `${unit(p.serial)}은 교체되어 더 이상 플랜이 없습니다. 받은 제품으로의 재바인딩을 기록한 후 그 제품으로 신청해 주세요.`,
    expected: '플랜에 바인딩된 제품(교체 후 재바인딩 기록)',
    received: `${p.serial}(교체됨)`,
  }),
  'rebind.unit.former': (p) => ({
    message: `${unit(p.serial)}은 교체되었습니다. 플랜은 ${unit(p.planSerial)}으로 이전되었으며 원래 제품에는 더 이상 플랜이 없습니다.`,
    expected: `플랜의 제품(${p.planSerial})`,
    received: p.serial,
  }),
  'rebind.replaced': (p) => ({ message: `${unit(p.serial)}이 교체되었습니다. 플랜은 받은 제품으로 이전됩니다.`, expected: REPLACED, received: '교체됨' }),
  'rebind.no-replacement': (p) => ({ message: `${unit(p.serial)}에는 재바인딩할 교체 이력이 없습니다.`, expected: REPLACED, received: '교체 없음' }),
  'rebind.new-unit.bound-before': (p) => ({
    message: `${unit(p.newSerial)}은 이미 이 플랜에 바인딩된 적이 있습니다. 제품은 한 번만 바인딩할 수 있습니다.`,
    expected: NEVER_BOUND_HERE,
    received: BOUND,
  }),
  'rebind.new-unit.never-bound': (p) => ({
    message: `${unit(p.newSerial)}은 이전에 이 플랜에 바인딩된 적이 없습니다.`,
    expected: NEVER_BOUND_HERE,
    received: NEVER_BOUND,
  }),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `이제 ${unit(p.newSerial)}에 이 플랜이 적용됩니다. 이 제품에는 DJI Care Refresh를 판매하지 마세요(previouslyBound: true).`,
  }),

  'period.inside': (p, c) => ({ message: `${SUBJECT[p.subject]}이 플랜 유효 기간 내에 있습니다.`, ...validity(c, p) }),
  'period.before-start': (p, c) => ({
    message: `${SUBJECT[p.subject]}이 플랜 적용일(${date(c, p.startDate)}) 이전이므로 보장되지 않습니다.`,
    ...validity(c, p),
  }),
  'period.after-end': (p, c) => ({
    message: `${SUBJECT[p.subject]}이 유효 기간 종료(마지막 날 ${date(c, p.lastDate)}) 이후이므로 보장되지 않습니다.`,
    ...validity(c, p),
  }),
});
