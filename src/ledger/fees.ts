/**
 * Replacement fees (CAT-FEES-MAVIC3-1Y): the fee of the next replacement by ordinal, damage and
 * flyaway counted together, the flyaway fee, the Care Refresh+ renewal fee (PLUS-EFFECT), or
 * "not published" when the terms give none.
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import { DEFAULT_TERMS, type FeeSchedule } from '../catalog/terms';
import { note } from '../decision';
import { type Money, money } from '../money';
import type { CodedReason, Reason } from '../types';
import type { LedgerState } from './state';
import type { ValidPlan } from './valid-plan';
import type { Window } from './windows';

/**
 * A replacement fee as published: Decimal money, with the rule and the schedule it came from.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: ServiceEvent[] = [
 *   { type: 'damage-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' },
 *   { type: 'rebind', at: '2026-04-09T18:00:00Z', serial: 'A1', newSerial: 'B2' },
 * ];
 * const d = assessReplacement(plan, used, { type: 'damage', at: '2026-06-01T18:00:00Z', serial: 'B2' });
 * d.ok && d.value.fee;
 * //=> { published: true, fee: { amount: Decimal(199), currency: 'USD' }, kind: 'damage', ordinal: 2,
 * //=>   clause: 'CAT-FEES-MAVIC3-1Y', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' }
 * ```
 *
 * @category Ledger
 */
export interface PublishedFee {
  readonly published: true;
  readonly fee: Money;
  /** `'damage'` or `'flyaway'`. */
  readonly kind: 'damage' | 'flyaway';
  /** Which replacement under the plan this is: 1 for the first (damage and flyaway counted together). */
  readonly ordinal: number;
  /** The rule: `'CAT-FEES-MAVIC3-1Y'` (ordinal rule) or `'PLUS-EFFECT'` (renewal year). */
  readonly clause: ClauseId;
  /**
   * The schedule's source: with the built-in terms the seed (the retailer page and DJI's FAQ),
   * else the caller's own label.
   */
  readonly source: string;
  /**
   * TERMS-CALLER: present when the fee comes from the caller's own schedule, citing it with the
   * caller's source label beside the rule it feeds.
   */
  readonly callerTerms?: Reason;
}

/**
 * A fee the terms do not give: said so explicitly, never guessed.
 *
 * @example
 * ```ts
 * const om5: Plan = { product: 'om-5', serial: 'H1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
 * planStatus(om5, [], '2026-05-01T12:00:00Z').nextFees.damage;
 * //=> { published: false, kind: 'damage', ordinal: 1,
 * //=>   reason: { clause: 'CAT-FEES-MAVIC3-1Y', message: 'No replacement fee is published for DJI OM 5, 1-year plan, JP; a fee schedule can be supplied through the terms.',
 * //=>             expected: 'a fee schedule for DJI OM 5, 1-year plan, JP', received: 'none', ... } }
 * ```
 *
 * @category Ledger
 */
export interface UnpublishedFee {
  readonly published: false;
  readonly kind: 'damage' | 'flyaway';
  readonly ordinal: number;
  /** Why there is no figure, with its clause. */
  readonly reason: Reason;
}

/**
 * The fee of a replacement, or "not published". In JSON the fee is
 * `{ "amount": "199", "currency": "USD" }` (a decimal string).
 *
 * @example
 * ```ts
 * const s = planStatus(plan, [], '2026-05-01T12:00:00Z');   // a Mavic 3, 1-year, US plan
 * JSON.stringify(s.nextFees.damage);
 * //=> '{"published":true,"fee":{"amount":"159.00","currency":"USD"},"kind":"damage","ordinal":1,"clause":"CAT-FEES-MAVIC3-1Y","source":"DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ"}'
 * planStatus({ ...plan, product: 'om-5', region: 'JP', timeZone: 'Asia/Tokyo' }, [], '2026-05-01T12:00:00Z').nextFees.damage;
 * //=> { published: false, kind: 'damage', ordinal: 1, reason: { clause: 'CAT-FEES-MAVIC3-1Y', message: 'No replacement fee is published for DJI OM 5, 1-year plan, JP; ...', ... } }
 * ```
 *
 * @category Ledger
 */
export type FeeQuote = PublishedFee | UnpublishedFee;

function findSchedule(vp: ValidPlan): FeeSchedule | undefined {
  const { product, term, region } = vp.plan;
  return vp.terms.fees.find((f) => f.product === product && f.term === term && f.region === region);
}

function usedAll(state: LedgerState): number {
  return state.termUse.damage + state.termUse.flyaway + state.renewalUse.damage + state.renewalUse.flyaway;
}

const SCHEDULE_KEYS = ['product', 'term', 'region', 'currency', 'replacementFees', 'flyawayFee', 'renewalReplacementFee', 'source'] as const;

/** A fee schedule as a string of its values, to compare by value. */
function scheduleKey(schedule: FeeSchedule): string {
  return JSON.stringify(SCHEDULE_KEYS.map((k) => schedule[k]));
}

/**
 * The source's schedules, by value (TERMS-CALLER): caller terms are read into a snapshot, so a
 * schedule the caller copied from {@link DEFAULT_TERMS} is no longer the same object.
 */
const SOURCE_SCHEDULES: ReadonlySet<string> = new Set(DEFAULT_TERMS.fees.map(scheduleKey));

/**
 * CAT-FEES-MAVIC3-1Y: the fee of the next replacement of a kind in a window. The ordinal counts
 * every replacement used under the plan, damage and flyaway together; a flyaway replacement
 * always costs the flyaway fee; a damage replacement in the renewal year costs the renewal fee
 * (PLUS-EFFECT). Anything the schedule lacks is "not published".
 */
export function quoteFee(vp: ValidPlan, state: LedgerState, kind: 'damage' | 'flyaway', window: Window['name']): FeeQuote {
  const ordinal = usedAll(state) + 1;
  const schedule = findSchedule(vp);
  const plan = { productName: vp.product.name, term: vp.plan.term, region: vp.plan.region };
  if (schedule === undefined) {
    return { published: false, kind, ordinal, reason: note('CAT-FEES-MAVIC3-1Y', 'fee.no-schedule', plan) as Reason };
  }
  // TERMS-CALLER: a schedule that is not the source's is the caller's, cited with its label.
  const caller = SOURCE_SCHEDULES.has(scheduleKey(schedule))
    ? null
    : (rule: ClauseId): Reason => note('TERMS-CALLER', 'terms.caller-figure', { source: schedule.source, rule }) as Reason;
  const published = (amount: string, clause: ClauseId): PublishedFee => {
    const fee: PublishedFee = { published: true, fee: money(amount, schedule.currency), kind, ordinal, clause, source: schedule.source };
    return caller === null ? fee : { ...fee, callerTerms: caller(clause) };
  };
  const unpublished = (reason: CodedReason): UnpublishedFee => ({ published: false, kind, ordinal, reason: reason as Reason });
  if (kind === 'flyaway') {
    return schedule.flyawayFee === undefined
      ? unpublished(note('CAT-FEES-MAVIC3-1Y', 'fee.flyaway-unpublished', plan))
      : published(schedule.flyawayFee, 'CAT-FEES-MAVIC3-1Y');
  }
  if (window === 'renewal') {
    return schedule.renewalReplacementFee === undefined
      ? unpublished(note('PLUS-EFFECT', 'fee.renewal-unpublished', plan))
      : published(schedule.renewalReplacementFee, 'PLUS-EFFECT');
  }
  const amount = schedule.replacementFees[ordinal - 1];
  return amount === undefined
    ? unpublished(note('CAT-FEES-MAVIC3-1Y', 'fee.ordinal-unpublished', { ...plan, ordinal }))
    : published(amount, 'CAT-FEES-MAVIC3-1Y');
}
