/**
 * The Simplified Chinese message catalogue (issue 13), for mainland China, where the plan is
 * sold as "DJI Care 随心换": every code's words, written as DJI's customer support there writes
 * to a customer, with the names of the `zh-Hans` glossary. The project's own translation, not
 * DJI's legal text. Its parts by rule area are in this folder; this module holds DJI Care
 * Refresh+ (PLUS-ELIGIBLE, PLUS-NOT-2Y, PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT,
 * PERIOD-SAFE-FLIGHT) and the place of service (USE-INTERNATIONAL).
 *
 * @module
 */
import type { Catalogue, MessageParams, MessageText, RenderContext } from '../../messages/codes';
import type { LocatedService, ProofOfPurchase } from '../../location';
import { date, region } from '../words';
import { CARE_PLUS, DAMAGE, EXTENDED, FLYAWAY, MAINTENANCE, NOT_GIVEN, REPAIR, REPLACEMENT, SAFE, n, rc, w } from './common';
import { ELIGIBILITY } from './messages-eligibility';
import { FLYAWAY_MESSAGES } from './messages-flyaway';
import { LEDGER } from './messages-ledger';
import { PLAN_MESSAGES } from './messages-plan';

const TERM = { '1y': '1年版', '2y': '2年版' } as const;
/** What a Safe Flight reward is forfeited by (SVC-SAFE-FLIGHT). */
const USED: Readonly<Record<MessageParams['safe-flight.used']['service'], string>> = {
  'damage-replacement': DAMAGE,
  'flyaway-replacement': FLYAWAY,
  'discounted-repair': REPAIR,
};
/** The services of USE-INTERNATIONAL; another value is written as given. */
const SERVICE: Readonly<Record<LocatedService, string>> & Readonly<Record<string, string | undefined>> = {
  replacement: REPLACEMENT,
  'extended-warranty': EXTENDED,
  'discounted-repair': REPAIR,
  maintenance: MAINTENANCE,
};
/** Where a proof of purchase comes from (USE-INTERNATIONAL); another value is written as given. */
const PROOF_FROM: Readonly<Record<ProofOfPurchase, string>> & Readonly<Record<string, string | undefined>> = {
  official: '官方渠道',
  authorised: '授权渠道',
  other: '其他渠道',
  none: '无凭证',
};
const ONE_YEAR = '1年版服务计划';
const LEFT = '至少剩余1次置换';
const NOT_BOUGHT = '此前未购买';
const NOT_USED = '未使用过置换及维修优惠';
const WORLDWIDE = `${REPLACEMENT}或${EXTENDED}`;
const PROOF = '官方或授权渠道';

/** PLUS-ELIGIBLE: the plan's validity, and the date checked. */
function plusDates(p: MessageParams['plus.in-force'], c: RenderContext, message: string): MessageText {
  return w(message, `${date(c, p.startDate)}至${date(c, p.lastDate)}之间`, date(c, p.date));
}

/**
 * The Simplified Chinese words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, { tag: 'zh-Hans', region: 'CN', timeZone: 'Asia/Shanghai' }).message;
 * //=> '服务计划有效期内已无可用的意外损坏置换次数。'
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...ELIGIBILITY,
  ...PLAN_MESSAGES,
  ...LEDGER,
  'plus.term.one-year': (p) => w('该服务计划为1年版。', ONE_YEAR, `${TERM[p.term]}服务计划`),
  'plus.term.two-year': (p) => w(`${CARE_PLUS}不适用于2年版服务计划。`, ONE_YEAR, `${TERM[p.term]}服务计划`),
  'plus.in-force': (p, c) => plusDates(p, c, '服务计划尚未到期。'),
  'plus.not-started': (p, c) => plusDates(p, c, `服务计划尚未生效，将于${date(c, p.startDate)}生效。`),
  'plus.expired': (p, c) => plusDates(p, c, `服务计划已到期（最后一天为${date(c, p.lastDate)}）。`),
  'plus.replacements-left': (p, c) => w(`剩余${n(c, p.left)}置换。`, LEFT, `剩余${n(c, p.left)}`),
  'plus.no-replacement-left': (p, c) => w('服务计划已无剩余置换次数。', LEFT, `剩余${n(c, p.left)}`),
  'plus.not-bought': () => w(`尚未为此服务计划购买 ${CARE_PLUS}。`, NOT_BOUGHT, '未购买'),
  'plus.bought': (p, c) =>
    w(`已于${date(c, p.date)}为此服务计划购买过 ${CARE_PLUS}，每个服务计划只能购买一次。`, NOT_BOUGHT, `已于${date(c, p.date)}购买`),

  'safe-flight.not-offered': (p) => w(`${p.productName} 不提供${SAFE}。`, 'DJI Mavic 3、Mavic 3 Cine 或 Action 2', p.productName),
  'safe-flight.offered': (p) => ({ message: `${p.productName} 提供${SAFE}。` }),
  'safe-flight.none-used': () => w('未使用过任何置换或维修优惠。', NOT_USED, '均未使用'),
  'safe-flight.used': (p, c) =>
    w(`已于${date(c, p.date)}使用${USED[p.service]}，因此不再享有${SAFE}。`, NOT_USED, `${date(c, p.date)}使用了${USED[p.service]}`),
  'safe-flight.validity-ended': (p, c) =>
    w(
      `服务计划有效期已结束（最后一天为${date(c, p.validityLastDate)}）；奖励期为${date(c, p.startDate)}至${date(c, p.lastDate)}。`,
      `${date(c, p.validityLastDate)}之后`,
      date(c, p.date),
    ),
  'safe-flight.validity-running': (p, c) =>
    w(`${SAFE}将在服务计划有效期结束（最后一天为${date(c, p.validityLastDate)}）时判定。`, `${date(c, p.validityLastDate)}之后`, date(c, p.date)),
  'safe-flight.ask-again': (p, c) => ({ message: `请于${date(c, p.date)}或之后（服务计划有效期结束后）再次查询。` }),

  ...FLYAWAY_MESSAGES,

  'location.plan-region': (p, c) => w(`在服务计划购买地${region(c, p.region)}提供服务。`, `${region(c, p.region)}或全球`, rc(c, p.region)),
  'location.international': (p) => w(`${p.productName} 享有全球联保。`, '享有全球联保的产品', p.productName),
  'location.plan-region-only': (p, c) =>
    w(`${p.productName} 的服务仅在服务计划购买地${region(c, p.home)}提供。`, rc(c, p.home), rc(c, p.region)),
  'location.service-worldwide': (p) => w(`${SERVICE[p.service] ?? p.service}在全球范围内提供。`, WORLDWIDE, SERVICE[p.service] ?? p.service),
  'location.service-plan-region-only': (p, c) =>
    w(`在${region(c, p.home)}以外，仅提供${REPLACEMENT}和${EXTENDED}。`, WORLDWIDE, SERVICE[p.service] ?? p.service),
  'location.proof-needed': () => w('在服务计划购买地以外，需要提供官方或授权渠道的有效购买凭证。', PROOF, NOT_GIVEN),
  'location.proof-accepted': (p) => w('购买凭证来自官方或授权渠道。', PROOF, PROOF_FROM[p.proof] ?? p.proof),
  'location.proof-refused': (p) =>
    w('在其他国家或地区享受服务，需要提供 DJI 官方商城或授权渠道的有效购买凭证。', PROOF, PROOF_FROM[p.proof] ?? p.proof),
});
