/**
 * The Japanese message catalogue (issue 13): every code's words, from its params, as DJI's
 * support in Japan would write them to a customer (the project's own translation, not DJI's
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
import { JA_ELIGIBILITY } from './messages-eligibility';
import { JA_FLYAWAY } from './messages-flyaway';
import { JA_LEDGER } from './messages-ledger';
import { JA_PLAN } from './messages-plan';

/** The services whose use forfeits the Safe Flight reward (SVC-SAFE-FLIGHT). */
const USED = { 'damage-replacement': DAMAGE, 'flyaway-replacement': FLYAWAY, 'discounted-repair': REPAIR } as const;
/** The services of USE-INTERNATIONAL (`LocatedService`; the param is typed `string`, so a value outside it is written as given). */
const SERVICE = { replacement: REPLACEMENT, 'extended-warranty': EXTENDED, 'discounted-repair': REPAIR, maintenance: MAINTENANCE } as const satisfies Record<LocatedService, string>;
const ONE_YEAR = `${TERM['1y']}プラン`;
const ONE_LEFT = '1回以上の交換の残り';
const NOT_USED = `${REPLACEMENT}・${REPAIR}の利用なし`;
const SAFE_MODELS = 'DJI Mavic 3、Mavic 3 Cine、Action 2';
const WORLDWIDE = `${REPLACEMENT}または${EXTENDED}`;
const PROOF = '公式または正規販売チャネルの購入証明';

function after(c: RenderContext, p: { readonly validityLastDate: string; readonly date: string }): { readonly expected: string; readonly received: string } {
  return { expected: `${date(c, p.validityLastDate)}の終了後`, received: date(c, p.date) };
}

/**
 * The Japanese words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, { tag: 'ja', region: 'JP', timeZone: 'Asia/Tokyo' });
 * //=> { message: 'プランの有効期間内にご利用いただける故障・破損時のリフレッシュ交換は残っていません。',
 * //=>   expected: '故障・破損時のリフレッシュ交換の残り', received: '2回中 残り0回' }
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...JA_ELIGIBILITY,
  ...JA_PLAN,
  ...JA_LEDGER,
  'plus.term.one-year': (p) => ({ message: `このプランは${ONE_YEAR}です。`, expected: ONE_YEAR, received: `${TERM[p.term]}プラン` }),
  'plus.term.two-year': (p) => ({ message: `${PLUS}は${TERM['2y']}プランには販売されていません。`, expected: ONE_YEAR, received: `${TERM[p.term]}プラン` }),
  'plus.in-force': (p, c) => ({ message: 'プランの有効期間はまだ終了していません。', ...validity(c, p) }),
  'plus.not-started': (p, c) => ({ message: `プランはまだ発効していません。発効日は${date(c, p.startDate)}です。`, ...validity(c, p) }),
  'plus.expired': (p, c) => ({ message: `プランは${date(c, p.lastDate)}をもって終了しました。`, ...validity(c, p) }),
  'plus.replacements-left': (p, c) => ({ message: `交換が残り${times(c, p.left)}あります。`, expected: ONE_LEFT, received: `残り${times(c, p.left)}` }),
  'plus.no-replacement-left': (p, c) => ({ message: 'このプランの交換は残っていません。', expected: ONE_LEFT, received: `残り${times(c, p.left)}` }),
  'plus.not-bought': () => ({ message: `このプランにはまだ${PLUS}が購入されていません。`, expected: '過去に購入していないこと', received: '未購入' }),
  'plus.bought': (p, c) => ({
    message: `このプランには${date(c, p.date)}に${PLUS}が購入済みです。購入できるのは1回のみです。`,
    expected: '過去に購入していないこと',
    received: `${date(c, p.date)}に購入済み`,
  }),

  'safe-flight.not-offered': (p) => ({ message: `${p.productName}は${SAFE_FLIGHT}の対象外です。`, expected: SAFE_MODELS, received: p.productName }),
  'safe-flight.offered': (p) => ({ message: `${p.productName}は${SAFE_FLIGHT}の対象です。` }),
  'safe-flight.none-used': () => ({ message: `${REPLACEMENT}も${REPAIR}も利用されていません。`, expected: NOT_USED, received: '利用なし' }),
  'safe-flight.used': (p, c) => ({
    message: `${date(c, p.date)}に${USED[p.service]}を利用されたため、${SAFE_FLIGHT}は対象外となりました。`,
    expected: NOT_USED,
    received: `${date(c, p.date)}に${USED[p.service]}を利用`,
  }),
  'safe-flight.validity-ended': (p, c) => ({
    message: `プランの有効期間は終了しています（最終日：${date(c, p.validityLastDate)}）。特典の期間は${span(c, p)}です。`,
    ...after(c, p),
  }),
  'safe-flight.validity-running': (p, c) => ({
    message: `特典の適用は、プランの有効期間の終了時（最終日：${date(c, p.validityLastDate)}）に決まります。`,
    ...after(c, p),
  }),
  'safe-flight.ask-again': (p, c) => ({ message: `${date(c, p.date)}以降（プランの有効期間の終了後）に、改めてご確認ください。` }),

  ...JA_FLYAWAY,

  'location.plan-region': (p, c) => ({
    message: `プランを購入された${region(c, p.region)}でサービスをご利用いただけます。`,
    expected: `${region(c, p.region)}または全世界`,
    received: region(c, p.region),
  }),
  'location.international': (p) => ({ message: `${p.productName}は国際保証の対象です。`, expected: '国際保証の対象製品', received: p.productName }),
  'location.plan-region-only': (p, c) => ({
    message: `${p.productName}のサービスは、プランを購入された${region(c, p.home)}でのみご利用いただけます。`,
    expected: region(c, p.home),
    received: region(c, p.region),
  }),
  'location.service-worldwide': (p) => ({ message: `${wordOf(SERVICE, p.service)}は全世界で提供されます。`, expected: WORLDWIDE, received: wordOf(SERVICE, p.service) }),
  'location.service-plan-region-only': (p, c) => ({
    message: `${region(c, p.home)}以外で提供されるのは、${REPLACEMENT}と${EXTENDED}のみです。`,
    expected: WORLDWIDE,
    received: wordOf(SERVICE, p.service),
  }),
  'location.proof-needed': () => ({
    message: 'プランの購入国・地域以外では、公式または正規販売チャネルの有効な購入証明が必要です。',
    expected: PROOF,
    received: NOT_GIVEN,
  }),
  'location.proof-accepted': (p) => ({ message: '購入証明は公式または正規販売チャネルのものです。', expected: PROOF, received: p.proof }),
  'location.proof-refused': (p) => ({
    message: '国際保証サービスを受けるには、DJI公式ストアまたは正規販売チャネルの有効な購入証明が必要です。',
    expected: PROOF,
    received: p.proof,
  }),
});
