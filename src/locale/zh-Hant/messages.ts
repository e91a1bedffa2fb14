/**
 * The Traditional Chinese message catalogue (issue 13), for Hong Kong and Taiwan: every code's
 * words, written as DJI's customer support there writes to a customer, with the names of the
 * `zh-Hant` glossary (DJI keeps "DJI Care Refresh" in Latin letters in both markets). The
 * project's own translation, not DJI's legal text. Its parts by rule area are in this folder;
 * this module holds DJI Care Refresh+ (PLUS-ELIGIBLE, PLUS-NOT-2Y, PLUS-EFFECT), the Safe Flight
 * reward (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT) and the place of service (USE-INTERNATIONAL).
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

/** A plan term as the glossary writes its plans (`DJI Care Refresh (1年版)`). */
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
  official: '官方商城',
  authorised: '授權經銷商',
  other: '其他來源',
  none: '無憑證',
};
const ONE_YEAR = '1年版服務方案';
const LEFT = '至少剩餘 1 次換新';
const NOT_BOUGHT = '先前未購買';
const NOT_USED = '未使用過換新及維修優惠';
const WORLDWIDE = `${REPLACEMENT}或${EXTENDED}`;
const PROOF = '官方或授權經銷商';

/** PLUS-ELIGIBLE: the plan's validity, and the date checked. */
function plusDates(p: MessageParams['plus.in-force'], c: RenderContext, message: string): MessageText {
  return w(message, `${date(c, p.startDate)}至${date(c, p.lastDate)}之間`, date(c, p.date));
}

/**
 * The Traditional Chinese words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, { tag: 'zh-Hant', region: 'TW', timeZone: 'Asia/Taipei' }).message;
 * //=> '服務方案有效期間內已無可用的意外損壞換新次數。'
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...ELIGIBILITY,
  ...PLAN_MESSAGES,
  ...LEDGER,
  'plus.term.one-year': (p) => w('此服務方案為1年版。', ONE_YEAR, `${TERM[p.term]}服務方案`),
  'plus.term.two-year': (p) => w(`${CARE_PLUS} 不適用於2年版服務方案。`, ONE_YEAR, `${TERM[p.term]}服務方案`),
  'plus.in-force': (p, c) => plusDates(p, c, '服務方案尚未到期。'),
  'plus.not-started': (p, c) => plusDates(p, c, `服務方案尚未生效，將於${date(c, p.startDate)}生效。`),
  'plus.expired': (p, c) => plusDates(p, c, `服務方案已到期（最後一天為${date(c, p.lastDate)}）。`),
  'plus.replacements-left': (p, c) => w(`剩餘 ${n(c, p.left)}換新。`, LEFT, `剩餘 ${n(c, p.left)}`),
  'plus.no-replacement-left': (p, c) => w('服務方案已無剩餘換新次數。', LEFT, `剩餘 ${n(c, p.left)}`),
  'plus.not-bought': () => w(`尚未為此服務方案購買 ${CARE_PLUS}。`, NOT_BOUGHT, '未購買'),
  'plus.bought': (p, c) =>
    w(`已於${date(c, p.date)}為此服務方案購買過 ${CARE_PLUS}，每個服務方案只能購買一次。`, NOT_BOUGHT, `已於${date(c, p.date)}購買`),

  'safe-flight.not-offered': (p) => w(`${p.productName} 不提供${SAFE}。`, 'DJI Mavic 3、Mavic 3 Cine 或 Action 2', p.productName),
  'safe-flight.offered': (p) => ({ message: `${p.productName} 提供${SAFE}。` }),
  'safe-flight.none-used': () => w('未使用過任何換新或維修優惠。', NOT_USED, '均未使用'),
  'safe-flight.used': (p, c) =>
    w(`已於${date(c, p.date)}使用${USED[p.service]}，因此不再享有${SAFE}。`, NOT_USED, `${date(c, p.date)}使用了${USED[p.service]}`),
  'safe-flight.validity-ended': (p, c) =>
    w(
      `服務方案有效期間已結束（最後一天為${date(c, p.validityLastDate)}）；獎勵期間為${date(c, p.startDate)}至${date(c, p.lastDate)}。`,
      `${date(c, p.validityLastDate)}之後`,
      date(c, p.date),
    ),
  'safe-flight.validity-running': (p, c) =>
    w(`${SAFE}將於服務方案有效期間結束（最後一天為${date(c, p.validityLastDate)}）時判定。`, `${date(c, p.validityLastDate)}之後`, date(c, p.date)),
  'safe-flight.ask-again': (p, c) => ({ message: `請於${date(c, p.date)}或之後（服務方案有效期間結束後）再次查詢。` }),

  ...FLYAWAY_MESSAGES,

  'location.plan-region': (p, c) => w(`於服務方案購買地${region(c, p.region)}提供服務。`, `${region(c, p.region)}或全球`, rc(c, p.region)),
  'location.international': (p) => w(`${p.productName} 享有全球保固。`, '享有全球保固的產品', p.productName),
  'location.plan-region-only': (p, c) =>
    w(`${p.productName} 的服務僅於服務方案購買地${region(c, p.home)}提供。`, rc(c, p.home), rc(c, p.region)),
  'location.service-worldwide': (p) => w(`${SERVICE[p.service] ?? p.service}於全球提供。`, WORLDWIDE, SERVICE[p.service] ?? p.service),
  'location.service-plan-region-only': (p, c) =>
    w(`在${region(c, p.home)}以外，僅提供${REPLACEMENT}和${EXTENDED}。`, WORLDWIDE, SERVICE[p.service] ?? p.service),
  'location.proof-needed': () => w('在服務方案購買地以外，需要提供官方或授權經銷商的有效購買憑證。', PROOF, NOT_GIVEN),
  'location.proof-accepted': (p) => w('購買憑證來自官方或授權經銷商。', PROOF, PROOF_FROM[p.proof] ?? p.proof),
  'location.proof-refused': (p) =>
    w('在其他國家或地區享受服務，需要提供 DJI 官方商城或授權經銷商的有效購買憑證。', PROOF, PROOF_FROM[p.proof] ?? p.proof),
});
