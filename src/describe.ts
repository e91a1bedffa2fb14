/**
 * A plan's status in plain language, for a support agent to paste to a customer: what is
 * left and until when, what the next replacement costs, the Safe Flight reward and DJI Care
 * Refresh+. It only words a {@link PlanStatus}; every rule stays in `ledger/` and the modules it
 * uses. The readers of the stored status are in `describe-read.ts`.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { Locale, RenderContext } from './messages/codes';
import { localeOf } from './messages/render';
import { type TextKey, type TextParams, textOf } from './messages/texts';
import { type RuleOptions, type Terms, resolveTerms } from './catalog/terms';
import { type Count, type Dates, type Service, type StoredReason, quotable, readDates, readFee, readQuota, readReasons, readService } from './describe-read';
import { InvalidInputError } from './errors';
import type { PlanStatus } from './ledger/status';
import { resolvePlan } from './ledger/valid-plan';
import { requireInstant } from './time/instant';
import { localDateOf } from './time/zoned';
import type { WithoutText } from './types';
import { LIMITS } from './limits';
import { readListOf, readOptions, readRecord, requireBoolean, requireCount, requireOneOf, requireSerial } from './validate';

/**
 * Options of {@link describePlan}.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const status = planStatus(plan, [], '2026-05-01T12:00:00Z');
 * describePlan(status).split('\n')[1];                     //=> 'Replacements: 2 of 2 left, until 2027-02-28. [QUOTA-1Y]'
 * const options: DescribePlanOptions = { clauses: false };
 * describePlan(status, options).split('\n')[1];            //=> 'Replacements: 2 of 2 left, until 2027-02-28.'
 * ```
 *
 * @category Describe
 */
export interface DescribePlanOptions extends RuleOptions {
  /**
   * Whether each sentence ends with the clause ids it rests on, in brackets (`[QUOTA-1Y]`).
   * Default `true` (also when `null`); `false` gives text for a customer who has no use for them.
   */
  readonly clauses?: boolean | null;
  /**
   * The locale to write in (issue 13): its texts, its catalogue for the reasons quoted, dates
   * and money for the plan's market. Default English (also when `null`), today's wording.
   */
  readonly locale?: Locale | null;
}


/** The Safe Flight uses named in one sentence; past these, the rest are counted. */
const USES_NAMED = 20;

/**
 * The most anomalies a status has: one per window whose quota a ledger passes, the plan's
 * validity (QUOTA-1Y, QUOTA-2Y) and the renewal year (PLUS-EFFECT). Each is a line of its own:
 * a stored status with more (100,000 anomalies sharing one 9,000-character message) made a
 * description past the engine's longest string, or past its memory.
 */
const ANOMALIES_MAX = 2;

type Say = <K extends TextKey>(key: K, params: TextParams[K]) => string;

/**
 * SVC-SAFE-FLIGHT: why the reward is forfeited, each use named once in one sentence ("A
 * flyaway replacement was used on 2026-06-14 and a damage replacement on 2026-08-20.")
 * rather than the forfeiture repeated for each; then the other reasons as the catalogue words them.
 */
function forfeitedBecause(reasons: readonly StoredReason[], say: Say): readonly string[] {
  const uses: { service: 'damage-replacement' | 'flyaway-replacement' | 'discounted-repair'; date: string }[] = [];
  const others: string[] = [];
  for (const r of reasons) {
    if (r.clause !== 'SVC-SAFE-FLIGHT') continue;
    if (r.coded?.code === 'safe-flight.used') uses.push({ service: r.coded.params.service, date: r.coded.params.date });
    else others.push(r.message);
  }
  if (uses.length === 0) return others;
  // A ledger over its quota may record any number of uses: the first are named, the rest counted.
  const named = say('describe.safe-flight.used', { uses: uses.slice(0, USES_NAMED) });
  const more = uses.length > USES_NAMED ? ` ${say('describe.safe-flight.more', { count: uses.length - USES_NAMED })}` : '';
  return [`${named}${more}`, ...others];
}

/** The counts of a quota or service, as a text's params. */
function counted(c: Count): { remaining: number; used: number; allowed: number } {
  return { remaining: c.remaining, used: c.used, allowed: c.allowed };
}

const STATUS_KEYS = [
  'plan',
  'at',
  'serial',
  'formerSerials',
  'replacement',
  'renewal',
  'discountedRepairs',
  'maintenance',
  'warrantyRepairs',
  'safeFlight',
  'carePlus',
  'nextFees',
  'anomalies',
] as const;

/**
 * A plan's status as plain-language text a support agent can paste to a customer: the plan and
 * its unit; the replacements left and until when (QUOTA-1Y, QUOTA-2Y, or PLUS-EFFECT in the
 * DJI Care Refresh+ renewal year), of them for damage and for a flyaway (SVC-REPLACE-FLYAWAY);
 * what the next damage and flyaway replacement cost (CAT-FEES-MAVIC3-1Y), or that the fee is
 * not published; discounted repairs (SVC-REPAIR-DISCOUNT) and factory maintenance
 * (SVC-MAINTENANCE) left; repairs under warranty (USE-WARRANTY-FIRST); the Safe Flight reward
 * (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT); whether DJI Care Refresh+ can be bought (PLUS-ELIGIBLE,
 * PLUS-NOT-2Y); a unit replaced (REBIND-REPLACEMENT); outside the plan's validity, that
 * nothing can be used (PERIOD-START, PERIOD-OUTSIDE); and, last, a note for each window whose
 * recorded replacements go past its quota (`anomalies`: QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT).
 *
 * Dates are local dates in the plan's zone; "until" names the last day in force. With
 * `options.locale` every sentence is the locale's (issue 13): a quoted reason is worded from its
 * code and params by the locale's catalogue (a reason stored before codes keeps its words). Each sentence
 * ends with the clause ids it states, in brackets, unless `options.clauses` is `false`. The
 * text only words the status: it decides nothing that {@link planStatus} did not.
 *
 * @param status - a status from {@link planStatus}, or one stored as JSON: as parsed (fees'
 * amounts as decimal strings) or read back with {@link statusFromJSON}
 * @param options - `clauses: false` to leave out the clause ids; `terms` when the status was
 * made under a caller's terms (to name the caller's products); `locale` to write in another
 * language (its texts, its catalogue for the reasons quoted, dates and fees for the plan's
 * market and zone; default English)
 * @returns the summary, one sentence per line (lines end with `\n` except the last)
 * @throws {@link InvalidInputError} naming the field (`status.replacement.damage.remaining`,
 * `status.plan.product`, ...) when the status is not one {@link planStatus} could return
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'M3-0001', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const events = [{ type: 'flyaway-replacement', at: '2026-04-02T18:00:00Z', serial: 'M3-0001' }];
 * console.log(describePlan(planStatus(plan, events, '2026-05-01T12:00:00Z')));
 * //=> DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0001, bought in US. Status on 2026-05-01 (dates are local dates in America/Chicago).
 * //=> Replacements: 1 of 2 left, until 2027-02-28. [QUOTA-1Y]
 * //=>   - Damage: 1 left; the next costs USD 199.00 (replacement no. 2 under the plan). [CAT-FEES-MAVIC3-1Y]
 * //=>   - Flyaway: none left. [QUOTA-1Y]
 * //=> Discounted repairs: 2 of 2 left, until 2027-02-28. [SVC-REPAIR-DISCOUNT]
 * //=> Factory maintenance: 1 of 1 left, until 2027-02-28. [SVC-MAINTENANCE]
 * //=> Safe Flight reward: forfeited. A flyaway replacement was used on 2026-04-02. [SVC-SAFE-FLIGHT]
 * //=> DJI Care Refresh+: can be bought until 2027-02-28, while a replacement is left. [PLUS-ELIGIBLE]
 * ```
 *
 * @example
 * ```ts
 * // An OM 5 in Japan (no fee published, no flyaway), without clause ids:
 * const om5 = { product: 'om-5', serial: 'OM-1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
 * describePlan(planStatus(om5, [], '2026-04-01T00:00:00Z'), { clauses: false }).split('\n').slice(1, 4);
 * //=> ['Replacements: 2 of 2 left, until 2027-02-28.',
 * //=>  '  - Damage: 2 left; the fee is not published for this plan.',
 * //=>  '  - Flyaway: not covered for DJI OM 5.']
 * // The same plan in Japanese (a locale composed with the Japanese texts):
 * describePlan(planStatus(om5, [], '2026-04-01T00:00:00Z'), { clauses: false, locale: ja }).split('\n')[1];
 * //=> 'リフレッシュ交換: 残り2回（全2回）、2027/02/28まで。'
 * ```
 *
 * @category Describe
 */
export function describePlan(status: PlanStatus | WithoutText<PlanStatus>, options: DescribePlanOptions | null = {}): string {
  const o = readOptions(options, 'options', ['clauses', 'terms', 'locale']);
  const withClauses = requireBoolean(o.clauses, 'options.clauses', true);
  const terms = resolveTerms(o.terms as Terms | undefined);
  const locale = localeOf(o);
  const s = readRecord(status, 'status', STATUS_KEYS);
  const vp = resolvePlan(s.plan, terms, 'status.plan');
  const plan = vp.plan;
  const productName = vp.product.name;
  // Words for the plan's market and zone (issue 13).
  // Frozen: no template can change what the next one, or the fees' formatting, reads.
  const context: RenderContext = Object.freeze({ tag: locale.tag, region: plan.region, timeZone: plan.timeZone });
  const say = <K extends TextKey>(key: K, params: TextParams[K]): string => textOf(locale.texts, key, params, context);
  const today = localDateOf(requireInstant(s.at, 'status.at'), plan.timeZone);
  const serial = requireSerial(s.serial, 'status.serial');
  const formerSerials = readListOf(s.formerSerials, 'status.formerSerials', requireSerial, LIMITS.ledgerEvents);
  const term = readQuota(s.replacement, 'status.replacement');
  const renewal = s.renewal === null ? null : readQuota(s.renewal, 'status.renewal');
  const discounted = readService(s.discountedRepairs, 'status.discountedRepairs');
  const maintenance = readService(s.maintenance, 'status.maintenance');
  const warrantyRepairs = requireCount(s.warrantyRepairs, 'status.warrantyRepairs');
  const sf = readRecord(s.safeFlight, 'status.safeFlight', ['state', 'period', 'inForce', 'reasons']);
  const sfState = requireOneOf(sf.state, 'status.safeFlight.state', ['not-offered', 'pending', 'earned', 'forfeited'] as const);
  const sfPeriod = sf.period === null ? null : readDates(sf.period, 'status.safeFlight.period');
  const sfInForce = requireBoolean(sf.inForce, 'status.safeFlight.inForce');
  const sfReasons = readReasons(sf.reasons, 'status.safeFlight.reasons', locale.messages, context);
  const cp = readRecord(s.carePlus, 'status.carePlus', ['purchased', 'purchasedAt', 'canBuy', 'reasons']);
  const purchased = requireBoolean(cp.purchased, 'status.carePlus.purchased');
  const purchasedAt = cp.purchasedAt === null ? null : localDateOf(requireInstant(cp.purchasedAt, 'status.carePlus.purchasedAt'), plan.timeZone);
  const canBuy = requireBoolean(cp.canBuy, 'status.carePlus.canBuy');
  const plusReasons = readReasons(cp.reasons, 'status.carePlus.reasons', locale.messages, context);
  const nf = readRecord(s.nextFees, 'status.nextFees', ['damage', 'flyaway']);
  // Absent from a status stored before `anomalies` existed: none.
  const anomalies = s.anomalies === undefined ? [] : readReasons(s.anomalies, 'status.anomalies', locale.messages, context, ANOMALIES_MAX);
  const fees = { damage: readFee(nf.damage, 'status.nextFees.damage', context), flyaway: readFee(nf.flyaway, 'status.nextFees.flyaway', context) };
  if (sfState !== 'not-offered' && sfPeriod === null) {
    throw new InvalidInputError('status.safeFlight.period', 'missing', `a period is required when the state is '${sfState}'`, sf.period);
  }

  const cite = (...ids: readonly ClauseId[]): string => (withClauses && ids.length > 0 ? ` [${[...new Set(ids)].join(', ')}]` : '');
  const line = (text: string, ...ids: readonly ClauseId[]): string => `${text}${cite(...ids)}`;
  const lines: string[] = [];

  // The plan and its unit (REBIND-REPLACEMENT).
  lines.push(say('describe.plan', { term: plan.term, productName, serial, region: plan.region, date: today, timeZone: plan.timeZone }));
  if (formerSerials.length > 0) {
    // A ledger over its quota may record any number of units: the first are named, the rest counted.
    const named = say('describe.moved', { serial, formerSerials: formerSerials.slice(0, USES_NAMED) });
    const more = formerSerials.length > USES_NAMED ? ` ${say('describe.moved.more', { count: formerSerials.length - USES_NAMED })}` : '';
    lines.push(line(`${named}${more}`, 'REBIND-REPLACEMENT'));
  }

  // Replacements: the window in force, else why none can be used.
  const current = renewal?.inForce === true ? renewal : term.inForce ? term : null;
  if (current !== null) {
    const r = current.replacements;
    lines.push(line(say('describe.replacements', { ...counted(r), renewal: current.clause === 'PLUS-EFFECT', lastDate: current.period.lastDate }), current.clause));
    for (const kind of ['damage', 'flyaway'] as const) {
      const c = current[kind];
      const fee = fees[kind];
      const { remaining } = c;
      let text: string;
      let clause: ClauseId;
      if (c.allowed === 0) {
        [text, clause] =
          current.clause === 'PLUS-EFFECT'
            ? [say('describe.kind.not-in-renewal', { kind }), 'PLUS-EFFECT']
            : [say('describe.kind.not-covered', { kind, productName }), kind === 'damage' ? 'SVC-REPLACE-DAMAGE' : 'SVC-REPLACE-FLYAWAY'];
      } else if (remaining === 0) {
        [text, clause] = [say('describe.kind.none-left', { kind }), current.clause];
      } else if (fee === null) {
        [text, clause] = [say('describe.kind.left', { kind, remaining }), current.clause];
      } else if (fee.published) {
        [text, clause] = [say('describe.kind.fee', { kind, remaining, fee: fee.text, ordinal: kind === 'damage' ? fee.ordinal : null }), fee.clause];
      } else {
        [text, clause] = [say('describe.kind.unpublished', { kind, remaining }), fee.clause];
      }
      lines.push(line(`  - ${text}`, clause));
    }
  } else {
    const last = renewal ?? term;
    lines.push(
      today < term.period.startDate
        ? line(say('describe.replacements.not-yet', { ...term.period, allowed: term.replacements.allowed }), 'PERIOD-START', 'PERIOD-OUTSIDE')
        : line(say('describe.replacements.ended', { lastDate: last.period.lastDate }), 'PERIOD-OUTSIDE'),
    );
  }

  // Discounted repairs and factory maintenance.
  const service = (name: 'discounted-repair' | 'maintenance', q: Service | null, clause: 'SVC-REPAIR-DISCOUNT' | 'SVC-MAINTENANCE'): string => {
    if (q === null) return line(say('describe.service.not-included', { service: name, productName }), clause);
    if (q.inForce) return line(say('describe.service.left', { service: name, ...counted(q), lastDate: q.period.lastDate }), clause);
    return today < q.period.startDate
      ? line(say('describe.service.not-yet', { service: name, ...q.period, allowed: q.allowed }), clause, 'PERIOD-OUTSIDE')
      : line(say('describe.service.ended', { service: name, lastDate: q.period.lastDate }), clause, 'PERIOD-OUTSIDE');
  };
  lines.push(service('discounted-repair', discounted, 'SVC-REPAIR-DISCOUNT'), service('maintenance', maintenance, 'SVC-MAINTENANCE'));
  if (warrantyRepairs > 0) lines.push(line(say('describe.warranty-repairs', { count: warrantyRepairs }), 'USE-WARRANTY-FIRST'));

  // Safe Flight (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT).
  const reward = sfPeriod as Dates;
  switch (sfState) {
    case 'not-offered':
      lines.push(line(say('describe.safe-flight.not-offered', { productName }), 'SVC-SAFE-FLIGHT'));
      break;
    case 'pending':
      lines.push(line(say('describe.safe-flight.pending', { ...reward }), 'SVC-SAFE-FLIGHT', 'PERIOD-SAFE-FLIGHT'));
      break;
    case 'earned': {
      const now = sfInForce ? 'in-force' : today < reward.startDate ? 'later' : 'ended';
      lines.push(line(say('describe.safe-flight.earned', { ...reward, now }), 'SVC-SAFE-FLIGHT', 'PERIOD-SAFE-FLIGHT'));
      break;
    }
    case 'forfeited': {
      lines.push(line(say('describe.safe-flight.forfeited', { reasons: quotable(forfeitedBecause(sfReasons, say), 'status.safeFlight.reasons') }), 'SVC-SAFE-FLIGHT'));
      break;
    }
  }

  // DJI Care Refresh+ (PLUS-*).
  if (purchased) {
    const year = renewal === null ? { startDate: null, lastDate: null } : renewal.period;
    lines.push(line(say('describe.plus.bought', { date: purchasedAt, ...year }), 'PLUS-EFFECT'));
  } else if (canBuy) {
    lines.push(line(say('describe.plus.can-buy', { lastDate: term.period.lastDate }), 'PLUS-ELIGIBLE'));
  } else {
    lines.push(line(say('describe.plus.cannot-buy', { reasons: quotable(plusReasons.map((r) => r.message), 'status.carePlus.reasons') }), ...plusReasons.map((r) => r.clause)));
  }
  // A ledger over its quota (reported, not refused: DJI may have granted an exception).
  for (const a of anomalies) lines.push(line(say('describe.note', { reason: a.message }), a.clause));
  return lines.join('\n');
}
