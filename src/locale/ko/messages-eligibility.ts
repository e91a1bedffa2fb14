/**
 * The Korean words of the eligibility rules (REGION-*, ELIG-*) and of TERMS-CALLER: a part of
 * the Korean catalogue (issue 13), in a module of its own as in English, so that a storefront
 * bundling only the eligibility check carries only these.
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { EligibilityCode } from '../../messages/en-eligibility';
import { elapsed, hours, region } from '../words';
import { NOT_GIVEN } from './common';

const SOLD = 'DJI Care Refresh 판매 국가 또는 지역';
const ONCE = 'DJI Care Refresh에 바인딩된 적이 없는 제품';
const ASK = '판매 전에 확인해 주세요.';
/** The activation instant asked for (ELIG-NEW, DATE-BUNDLED). */
export const ACTIVATION_INSTANT = '활성화 시각(활성화하지 않았으면 null)';
export const NOT_ACTIVATED = '활성화 안 됨';
export const BOUND = '바인딩 이력 있음';
export const NEVER_BOUND = '바인딩 이력 없음';

/** The product categories of CAT-CATEGORY. */
const CATEGORY = { aircraft: '기체', gimbal: '짐벌', handheld: '핸드헬드 제품' } as const;

function product(c: RenderContext, code: string): string {
  return `제품 구매 국가 또는 지역(${region(c, code)})`;
}

function activation(c: RenderContext, p: { readonly hours: number; readonly elapsedSeconds: number; readonly category: keyof typeof CATEGORY }) {
  return {
    expected: `플랜 구매 전 ${hours(c, p.hours)} 이내 활성화(${CATEGORY[p.category]})`,
    received: `플랜 구매 ${elapsed(c, p.elapsedSeconds)} 전 활성화`,
  };
}

function notice(c: RenderContext, h: number): string {
  return `구매 안내 후 ${hours(c, h, 'hours')} 이내`;
}

/** The Korean words of the eligibility codes and of TERMS-CALLER. */
export const KO_ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => ({ message: `DJI Care Refresh는 ${region(c, p.region)}에서 판매됩니다.`, expected: SOLD, received: region(c, p.region) }),
  'region.not-sold': (p, c) => ({ message: `DJI Care Refresh는 ${region(c, p.region)}에서 판매되지 않습니다.`, expected: SOLD, received: region(c, p.region) }),
  'region.same': (p, c) => ({ message: '플랜과 제품을 같은 국가 또는 지역에서 구매했습니다.', expected: product(c, p.region), received: region(c, p.region) }),
  'region.mismatch': (p, c) => ({
    message: '플랜은 제품과 같은 국가 또는 지역에서 구매해야 합니다.',
    expected: product(c, p.productRegion),
    received: region(c, p.planRegion),
  }),
  'elig.once.never-bound': () => ({ message: '이 제품은 DJI Care Refresh에 바인딩된 적이 없습니다.', expected: ONCE, received: NEVER_BOUND }),
  'elig.once.bound': () => ({
    message: '이 제품은 이미 DJI Care Refresh에 바인딩되었거나 플랜의 교체로 받은 제품이므로 다시 바인딩할 수 없습니다.',
    expected: ONCE,
    received: BOUND,
  }),
  'elig.once.unknown': () => ({
    message: `이 제품에 이전에 DJI Care Refresh 플랜이 있었는지 알 수 없습니다. ${ASK}`,
    expected: '플랜 바인딩 이력 여부',
    received: NOT_GIVEN,
  }),
  'elig.new.unknown': () => ({ message: `제품의 활성화 여부를 알 수 없습니다. ${ASK}`, expected: ACTIVATION_INSTANT, received: NOT_GIVEN }),
  'elig.new.never-activated': () => ({ message: '활성화되지 않은 새 제품입니다.', expected: '활성화되지 않은 제품', received: NOT_ACTIVATED }),
  'elig.window.within': (p, c) => ({
    message: `${CATEGORY[p.category]}의 활성화 후 ${hours(c, p.hours)} 이내에 플랜을 구매했습니다.`,
    ...activation(c, p),
  }),
  'elig.window.exceeded': (p, c) => ({
    message: `${CATEGORY[p.category]}의 활성화 후 ${hours(c, p.hours)} 넘게 지나서 플랜을 구매했습니다.`,
    ...activation(c, p),
  }),
  'elig.verify.no-notice': () => ({ message: '제품이 아직 인증을 통과하지 않았습니다.', expected: '반송 또는 영상 인증 후의 구매 안내', received: '구매 안내 없음' }),
  'elig.verify.within': (p, c) => ({
    message: `제품이 인증을 통과했으며 ${notice(c, p.hours)}에 플랜을 구매했습니다.`,
    expected: `${notice(c, p.hours)} 구매`,
    received: `구매 안내 ${elapsed(c, p.elapsedSeconds)} 후 구매`,
  }),
  'elig.verify.exceeded': (p, c) => ({
    message: `구매 안내 후 ${hours(c, p.hours, 'hours')} 넘게 지났습니다.`,
    expected: `${notice(c, p.hours)} 구매`,
    received: `구매 안내 ${elapsed(c, p.elapsedSeconds)} 후 구매`,
  }),
  'elig.verify.before-notice': (p, c) => ({
    message: '구매 안내를 받기 전에 플랜을 구매했습니다.',
    expected: `${notice(c, p.hours)} 구매`,
    received: `구매 안내 ${elapsed(c, p.elapsedSeconds)} 전 구매`,
  }),
  'elig.verify.apply': (p, c) => ({
    message: `DJI 고객 지원에 문의하여 제품을 반송하거나 영상 인증을 신청해 주세요. 인증을 통과하면 ${notice(c, p.hours)}에 플랜을 구매해 주세요.`,
  }),
  'elig.verify.await-notice': (p, c) => ({
    message: `인증 후 발송되는 구매 안내를 기다려 주세요. 안내를 받으면 그때부터 ${hours(c, p.hours, 'hours')} 이내에 플랜을 구매해 주세요.`,
  }),

  'terms.caller-figure': (p) => ({
    message: `이 판정의 일부 수치는 ${p.rule}의 공개 기준 대신 별도로 지정한 약관(${p.source})의 값을 사용합니다.`,
  }),
});
