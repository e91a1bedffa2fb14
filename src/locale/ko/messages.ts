/**
 * The Korean message catalogue (issue 13): every code's words, from its params, as DJI's
 * support in Korea would write them to a customer (the project's own translation, not DJI's
 * legal text). Its parts by rule area are in `messages-eligibility.ts`, `messages-plan.ts`,
 * `messages-ledger.ts` and `messages-flyaway.ts`; this module holds DJI Care Refresh +
 * (PLUS-ELIGIBLE, PLUS-NOT-2Y, PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT,
 * PERIOD-SAFE-FLIGHT) and the place of service (USE-INTERNATIONAL). Dates, instants, hours,
 * counts and region names are written with `src/locale/words.ts` for the render context.
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { LocatedService } from '../../location';
import { date, region } from '../words';
import { DAMAGE, EXTENDED, FLYAWAY, MAINTENANCE, NOT_GIVEN, PLUS, REPAIR, REPLACEMENT, SAFE_FLIGHT, TERM, span, times, validity, wordOf } from './common';
import { KO_ELIGIBILITY } from './messages-eligibility';
import { KO_FLYAWAY } from './messages-flyaway';
import { KO_LEDGER } from './messages-ledger';
import { KO_PLAN } from './messages-plan';

/** The services whose use forfeits the Safe Flight reward (SVC-SAFE-FLIGHT). */
const USED = { 'damage-replacement': DAMAGE, 'flyaway-replacement': FLYAWAY, 'discounted-repair': REPAIR } as const;
/** The services of USE-INTERNATIONAL (`LocatedService`; the param is typed `string`, so a value outside it is written as given). */
const SERVICE = { replacement: REPLACEMENT, 'extended-warranty': EXTENDED, 'discounted-repair': REPAIR, maintenance: MAINTENANCE } as const satisfies Record<LocatedService, string>;
const ONE_YEAR = `${TERM['1y']} 플랜`;
const ONE_LEFT = '남은 교체 1회 이상';
const NOT_BOUGHT = '이전 구매 이력 없음';
const NOT_USED = `${REPLACEMENT}·${REPAIR} 미사용`;
const SAFE_MODELS = 'DJI Mavic 3, Mavic 3 Cine 또는 Action 2';
const WORLDWIDE = `${REPLACEMENT} 또는 ${EXTENDED}`;
const PROOF = '공식 또는 공인 채널의 구매 증빙';

function after(c: RenderContext, p: { readonly validityLastDate: string; readonly date: string }): { readonly expected: string; readonly received: string } {
  return { expected: `${date(c, p.validityLastDate)} 종료 후`, received: date(c, p.date) };
}

/**
 * The Korean words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, { tag: 'ko', region: 'KR', timeZone: 'Asia/Seoul' });
 * //=> { message: '플랜 유효 기간 내에 남은 파손 교체가 없습니다.', expected: '남은 파손 교체', received: '2회 중 0회 남음' }
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...KO_ELIGIBILITY,
  ...KO_PLAN,
  ...KO_LEDGER,
  'plus.term.one-year': (p) => ({ message: `이 플랜은 ${ONE_YEAR}입니다.`, expected: ONE_YEAR, received: `${TERM[p.term]} 플랜` }),
  'plus.term.two-year': (p) => ({ message: `${PLUS}는 ${TERM['2y']} 플랜에는 판매되지 않습니다.`, expected: ONE_YEAR, received: `${TERM[p.term]} 플랜` }),
  'plus.in-force': (p, c) => ({ message: '플랜이 아직 만료되지 않았습니다.', ...validity(c, p) }),
  'plus.not-started': (p, c) => ({ message: `플랜이 아직 적용되지 않았습니다. 적용일은 ${date(c, p.startDate)}입니다.`, ...validity(c, p) }),
  'plus.expired': (p, c) => ({ message: `플랜이 만료되었습니다(마지막 날 ${date(c, p.lastDate)}).`, ...validity(c, p) }),
  'plus.replacements-left': (p, c) => ({ message: `교체가 ${times(c, p.left)} 남아 있습니다.`, expected: ONE_LEFT, received: `${times(c, p.left)} 남음` }),
  'plus.no-replacement-left': (p, c) => ({ message: '이 플랜에 남은 교체가 없습니다.', expected: ONE_LEFT, received: `${times(c, p.left)} 남음` }),
  'plus.not-bought': () => ({ message: `이 플랜에는 아직 ${PLUS}를 구매하지 않았습니다.`, expected: NOT_BOUGHT, received: '미구매' }),
  'plus.bought': (p, c) => ({
    message: `이 플랜에는 이미 ${date(c, p.date)}에 ${PLUS}를 구매했습니다. 한 번만 구매할 수 있습니다.`,
    expected: NOT_BOUGHT,
    received: `${date(c, p.date)} 구매`,
  }),

  'safe-flight.not-offered': (p) => ({ message: `${p.productName}에는 ${SAFE_FLIGHT}이 제공되지 않습니다.`, expected: SAFE_MODELS, received: p.productName }),
  'safe-flight.offered': (p) => ({ message: `${p.productName}에는 ${SAFE_FLIGHT}이 제공됩니다.` }),
  'safe-flight.none-used': () => ({ message: `${REPLACEMENT}와 ${REPAIR}을 사용한 적이 없습니다.`, expected: NOT_USED, received: '사용 이력 없음' }),
  'safe-flight.used': (p, c) => ({
    message: `${date(c, p.date)}에 ${USED[p.service]} 사용 이력이 있어 ${SAFE_FLIGHT}을 받을 수 없습니다.`,
    expected: NOT_USED,
    received: `${date(c, p.date)} ${USED[p.service]} 사용`,
  }),
  'safe-flight.validity-ended': (p, c) => ({
    message: `플랜 유효 기간이 종료되었습니다(마지막 날 ${date(c, p.validityLastDate)}). 보상 기간은 ${span(c, p)}입니다.`,
    ...after(c, p),
  }),
  'safe-flight.validity-running': (p, c) => ({
    message: `보상 여부는 플랜 유효 기간이 끝날 때(마지막 날 ${date(c, p.validityLastDate)}) 결정됩니다.`,
    ...after(c, p),
  }),
  'safe-flight.ask-again': (p, c) => ({ message: `${date(c, p.date)}부터(플랜 유효 기간 종료 후) 다시 확인해 주세요.` }),

  ...KO_FLYAWAY,

  'location.plan-region': (p, c) => ({
    message: `플랜을 구매한 ${region(c, p.region)}에서 서비스를 받을 수 있습니다.`,
    expected: `${region(c, p.region)} 또는 전 세계`,
    received: region(c, p.region),
  }),
  'location.international': (p) => ({ message: `${p.productName}에는 국제 보증이 적용됩니다.`, expected: '국제 보증이 적용되는 제품', received: p.productName }),
  'location.plan-region-only': (p, c) => ({
    message: `${p.productName}의 서비스는 플랜을 구매한 ${region(c, p.home)}에서만 이용할 수 있습니다.`,
    expected: region(c, p.home),
    received: region(c, p.region),
  }),
  'location.service-worldwide': (p) => ({
    message: `${wordOf(SERVICE, p.service)}의 경우 전 세계에서 제공됩니다.`,
    expected: WORLDWIDE,
    received: wordOf(SERVICE, p.service),
  }),
  'location.service-plan-region-only': (p, c) => ({
    message: `${region(c, p.home)} 외 지역에서는 ${REPLACEMENT}와 ${EXTENDED}만 제공됩니다.`,
    expected: WORLDWIDE,
    received: wordOf(SERVICE, p.service),
  }),
  'location.proof-needed': () => ({
    message: '플랜 구매 국가 또는 지역 밖에서는 공식 또는 공인 채널의 유효한 구매 증빙이 필요합니다.',
    expected: PROOF,
    received: NOT_GIVEN,
  }),
  'location.proof-accepted': (p) => ({ message: '구매 증빙이 공식 또는 공인 채널에서 발급되었습니다.', expected: PROOF, received: p.proof }),
  'location.proof-refused': (p) => ({
    message: '국제 서비스를 받으려면 DJI 공식 스토어 또는 공인 채널의 유효한 구매 증빙이 필요합니다.',
    expected: PROOF,
    received: p.proof,
  }),
});
