/**
 * A plan's status in plain language, for a support agent to paste to a customer: what is
 * left and until when, what the next replacement costs, the Safe Flight reward and DJI Care
 * Refresh+. It only words a {@link PlanStatus}; every rule stays in `ledger/` and the modules it
 * uses. The readers of the stored status are in `describe-read.ts`.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import { type RuleOptions, type Terms, resolveTerms } from './catalog/terms';
import { type Count, type Dates, type Service, type StoredReason, readDates, readFee, readQuota, readReasons, readService } from './describe-read';
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
}


const USED_NAME = { 'damage-replacement': 'a damage replacement', 'flyaway-replacement': 'a flyaway replacement', 'discounted-repair': 'a discounted repair' } as const;

/**
 * SVC-SAFE-FLIGHT: why the reward is forfeited, each use named once in one sentence ("A
 * flyaway replacement was used on 2026-06-14 and a damage replacement on 2026-08-20.")
 * rather than the forfeiture repeated for each.
 */
function forfeitedBecause(reasons: readonly StoredReason[]): string {
  const uses: string[] = [];
  let others = '';
  for (const r of reasons) {
    if (r.clause !== 'SVC-SAFE-FLIGHT') continue;
    if (r.coded?.code === 'safe-flight.used') uses.push(`${USED_NAME[r.coded.params.service]} on ${r.coded.params.date}`);
    else others += ` ${r.message}`;
  }
  const [first, ...rest] = uses;
  if (first === undefined) return others;
  const last = rest.pop();
  const more = rest.map((u) => `, ${u}`).join('') + (last === undefined ? '' : ` and ${last}`);
  const sentence = first.replace(/ on /, ' was used on ');
  return ` ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${more}.${others}`;
}


const KIND = { damage: 'Damage', flyaway: 'Flyaway' } as const;
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

/** `2 of 2 left`, or `none left (1 of 1 used)`: never "none of 1 left". */
function left(c: Count): string {
  return c.remaining === 0 ? `none left (${c.used} of ${c.allowed} used)` : `${c.remaining} of ${c.allowed} left`;
}

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
 * Dates are local dates in the plan's zone; "until" names the last day in force. Each sentence
 * ends with the clause ids it states, in brackets, unless `options.clauses` is `false`. The
 * text only words the status: it decides nothing that {@link planStatus} did not.
 *
 * @param status - a status from {@link planStatus}, or one stored as JSON: as parsed (fees'
 * amounts as decimal strings) or read back with {@link statusFromJSON}
 * @param options - `clauses: false` to leave out the clause ids; `terms` when the status was
 * made under a caller's terms (to name the caller's products)
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
 * //=> Safe Flight reward: forfeited. A flyaway replacement was used on 2026-04-02, so the Safe Flight reward is forfeited. [SVC-SAFE-FLIGHT]
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
 * ```
 *
 * @category Describe
 */
export function describePlan(status: PlanStatus | WithoutText<PlanStatus>, options: DescribePlanOptions | null = {}): string {
  const o = readOptions(options, 'options', ['clauses', 'terms']);
  const withClauses = requireBoolean(o.clauses, 'options.clauses', true);
  const terms = resolveTerms(o.terms as Terms | undefined);
  const s = readRecord(status, 'status', STATUS_KEYS);
  const vp = resolvePlan(s.plan, terms, 'status.plan');
  const plan = vp.plan;
  const product = vp.product.name;
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
  const sfReasons = readReasons(sf.reasons, 'status.safeFlight.reasons');
  const cp = readRecord(s.carePlus, 'status.carePlus', ['purchased', 'purchasedAt', 'canBuy', 'reasons']);
  const purchased = requireBoolean(cp.purchased, 'status.carePlus.purchased');
  const purchasedAt = cp.purchasedAt === null ? null : localDateOf(requireInstant(cp.purchasedAt, 'status.carePlus.purchasedAt'), plan.timeZone);
  const canBuy = requireBoolean(cp.canBuy, 'status.carePlus.canBuy');
  const plusReasons = readReasons(cp.reasons, 'status.carePlus.reasons');
  const nf = readRecord(s.nextFees, 'status.nextFees', ['damage', 'flyaway']);
  // Absent from a status stored before `anomalies` existed: none.
  const anomalies = s.anomalies === undefined ? [] : readReasons(s.anomalies, 'status.anomalies');
  const fees = { damage: readFee(nf.damage, 'status.nextFees.damage'), flyaway: readFee(nf.flyaway, 'status.nextFees.flyaway') };
  if (sfState !== 'not-offered' && sfPeriod === null) {
    throw new InvalidInputError('status.safeFlight.period', 'missing', `a period is required when the state is '${sfState}'`, sf.period);
  }

  const cite = (...ids: readonly ClauseId[]): string => (withClauses && ids.length > 0 ? ` [${[...new Set(ids)].join(', ')}]` : '');
  const line = (text: string, ...ids: readonly ClauseId[]): string => `${text}${cite(...ids)}`;
  const lines: string[] = [];

  // The plan and its unit (REBIND-REPLACEMENT).
  lines.push(
    `DJI Care Refresh (${plan.term === '1y' ? '1-year' : '2-year'} plan) for ${product}, unit ${serial}, bought in ${plan.region}. ` +
      `Status on ${today} (dates are local dates in ${plan.timeZone}).`,
  );
  if (formerSerials.length > 0) {
    const units = formerSerials.join(', ');
    lines.push(
      line(
        `The plan moved to unit ${serial} after a replacement; ${formerSerials.length === 1 ? `unit ${units} no longer has` : `units ${units} no longer have`} a plan.`,
        'REBIND-REPLACEMENT',
      ),
    );
  }

  // Replacements: the window in force, else why none can be used.
  const current = renewal?.inForce === true ? renewal : term.inForce ? term : null;
  if (current !== null) {
    const r = current.replacements;
    const where = current.clause === 'PLUS-EFFECT' ? ' in the DJI Care Refresh+ renewal year' : '';
    lines.push(line(`Replacements${where}: ${left(r)}, until ${current.period.lastDate}.`, current.clause));
    for (const kind of ['damage', 'flyaway'] as const) {
      const c = current[kind];
      const fee = fees[kind];
      const label = `  - ${KIND[kind]}: `;
      if (c.allowed === 0) {
        lines.push(
          current.clause === 'PLUS-EFFECT'
            ? line(`${label}not included in the renewal year.`, 'PLUS-EFFECT')
            : line(`${label}not covered for ${product}.`, kind === 'damage' ? 'SVC-REPLACE-DAMAGE' : 'SVC-REPLACE-FLYAWAY'),
        );
      } else if (c.remaining === 0) {
        lines.push(line(`${label}none left.`, current.clause));
      } else if (fee === null) {
        lines.push(line(`${label}${c.remaining} left.`, current.clause));
      } else if (fee.published) {
        const which = kind === 'damage' ? ` (replacement no. ${fee.ordinal} under the plan)` : '';
        lines.push(line(`${label}${c.remaining} left; the next costs ${fee.text}${which}.`, fee.clause));
      } else {
        lines.push(line(`${label}${c.remaining} left; the fee is not published for this plan.`, fee.clause));
      }
    }
  } else {
    const last = renewal ?? term;
    lines.push(
      today < term.period.startDate
        ? line(
            `Replacements: none can be used yet; the plan takes effect on ${term.period.startDate}, then ${term.replacements.allowed} until ${term.period.lastDate}.`,
            'PERIOD-START',
            'PERIOD-OUTSIDE',
          )
        : line(`Replacements: none can be used; the replacement service ended, its last day was ${last.period.lastDate}.`, 'PERIOD-OUTSIDE'),
    );
  }

  // Discounted repairs and factory maintenance.
  const service = (label: string, q: Service | null, clause: 'SVC-REPAIR-DISCOUNT' | 'SVC-MAINTENANCE'): string => {
    if (q === null) return line(`${label}: not included for ${product}.`, clause);
    if (q.inForce) return line(`${label}: ${left(q)}, until ${q.period.lastDate}.`, clause);
    return today < q.period.startDate
      ? line(`${label}: ${q.allowed}, from ${q.period.startDate} until ${q.period.lastDate}.`, clause, 'PERIOD-OUTSIDE')
      : line(`${label}: none can be used; the last day was ${q.period.lastDate}.`, clause, 'PERIOD-OUTSIDE');
  };
  lines.push(service('Discounted repairs', discounted, 'SVC-REPAIR-DISCOUNT'), service('Factory maintenance', maintenance, 'SVC-MAINTENANCE'));
  if (warrantyRepairs > 0) {
    lines.push(
      line(
        `Repairs under warranty so far: ${warrantyRepairs}; they used none of the replacements or discounts.`,
        'USE-WARRANTY-FIRST',
      ),
    );
  }

  // Safe Flight (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT).
  const reward = sfPeriod as Dates;
  switch (sfState) {
    case 'not-offered':
      lines.push(line(`Safe Flight reward: not offered for ${product}.`, 'SVC-SAFE-FLIGHT'));
      break;
    case 'pending':
      lines.push(
        line(
          `Safe Flight reward: if no replacement and no discounted repair is used while the plan is valid, a further year of warranty follows, from ${reward.startDate} until ${reward.lastDate}.`,
          'SVC-SAFE-FLIGHT',
          'PERIOD-SAFE-FLIGHT',
        ),
      );
      break;
    case 'earned': {
      const when = sfInForce ? 'in force now' : today < reward.startDate ? `from ${reward.startDate}` : 'ended';
      lines.push(
        line(`Safe Flight reward: earned, a further year of warranty from ${reward.startDate} until ${reward.lastDate} (${when}).`, 'SVC-SAFE-FLIGHT', 'PERIOD-SAFE-FLIGHT'),
      );
      break;
    }
    case 'forfeited': {
      lines.push(line(`Safe Flight reward: forfeited.${forfeitedBecause(sfReasons)}`, 'SVC-SAFE-FLIGHT'));
      break;
    }
  }

  // DJI Care Refresh+ (PLUS-*).
  if (purchased) {
    const year = renewal === null ? '' : `; renewal year from ${renewal.period.startDate} until ${renewal.period.lastDate}`;
    lines.push(line(`DJI Care Refresh+: bought${purchasedAt === null ? '' : ` on ${purchasedAt}`}${year}.`, 'PLUS-EFFECT'));
  } else if (canBuy) {
    lines.push(line(`DJI Care Refresh+: can be bought until ${term.period.lastDate}, while a replacement is left.`, 'PLUS-ELIGIBLE'));
  } else {
    const why = plusReasons.map((r) => ` ${r.message}`).join('');
    lines.push(line(`DJI Care Refresh+: cannot be bought.${why}`, ...plusReasons.map((r) => r.clause)));
  }
  // A ledger over its quota (reported, not refused: DJI may have granted an exception).
  for (const a of anomalies) lines.push(line(`Note: ${a.message}`, a.clause));
  return lines.join('\n');
}

