/**
 * Rewards for Safe Flight: SVC-SAFE-FLIGHT with PERIOD-SAFE-FLIGHT.
 *
 * @module
 */
import type { RuleOptions } from './catalog/terms';
import { decide, step } from './decision';
import { finish } from './messages/render';
import type { Plan, ServiceEvent } from './plan';
import { safeFlightState, validityEnd } from './ledger/safe-flight-state';
import type { Period } from './time/period';
import type { Decision, InstantInput, Texted } from './types';
import { openLedgerAt } from './ledger/open';

/**
 * An earned Safe Flight reward: a further year of warranty after the plan.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = safeFlightReward(plan, [], '2027-06-01T12:00:00Z');
 * d.ok && d.value;
 * //=> { clause: 'SVC-SAFE-FLIGHT', state: 'earned', inForce: true,
 * //=>   period: { kind: 'safe-flight', clause: 'PERIOD-SAFE-FLIGHT', start: '2027-03-01T00:00:00.000-06:00', end: '2028-03-01T00:00:00.000-06:00',
 * //=>             startDate: '2027-03-01', lastDate: '2028-02-29', endDate: '2028-03-01', timeZone: 'America/Chicago' } }
 * ```
 *
 * @category Safe Flight
 */
export interface SafeFlightReward {
  readonly clause: 'SVC-SAFE-FLIGHT';
  readonly state: 'earned';
  /** The extra warranty (PERIOD-SAFE-FLIGHT). */
  readonly period: Period;
  /** Whether the extra warranty is in force at the instant asked about. */
  readonly inForce: boolean;
}

/**
 * Whether the Safe Flight reward is earned at an instant, with every reason it is not.
 *
 * SVC-SAFE-FLIGHT: for DJI Mavic 3, Mavic 3 Cine and DJI Action 2, "If your product has not used
 * replacement service and discount repair service during the term of validity, an additional
 * 1-year extended warranty service will be provided ... after the current DJI Care Refresh
 * expires." PERIOD-SAFE-FLIGHT: 12 months from the end of the replacement and discounted-repair
 * validity (the later); in Europe and the UK (EU states and GB), 1-year plan, from the end of
 * the official warranty. With Care Refresh+ (PLUS-EFFECT) it counts from the end of the renewal
 * year, and a replacement used in the renewal year forfeits it too. Warranty repairs and
 * factory maintenance do not forfeit it.
 *
 * The ledger is read up to `at`. Before the validity ends the reward is pending: refused with
 * a PERIOD-SAFE-FLIGHT reason and a next step to ask again then.
 *
 * @param plan - the plan
 * @param events - its ledger
 * @param at - the instant asked about
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with the reward's warranty window when earned, or refused with every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or instant
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-03-01' };
 * safeFlightReward(plan, [], '2027-06-01T12:00:00Z');
 * //=> { ok: true, value: { state: 'earned', period: { startDate: '2027-03-01', lastDate: '2028-02-29', ... }, inForce: true, ... }, ... }
 * const d = safeFlightReward(plan, [{ type: 'discounted-repair', at: '2026-05-01T12:00:00Z', serial: 'A1' }], '2027-06-01T12:00:00Z');
 * d.ok ? [] : d.reasons.map((r) => r.clause); //=> ['SVC-SAFE-FLIGHT']
 * ```
 *
 * @category Safe Flight
 */
export function safeFlightReward<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  at: InstantInput,
  options: O | null = {} as O,
): Texted<Decision<SafeFlightReward>, O> {
  const { terms, vp, ms, state } = openLedgerAt(plan, events, at, options);
  const sf = safeFlightState(vp, state, ms);
  const nextSteps =
    sf.state === 'pending' ? [step('PERIOD-SAFE-FLIGHT', 'ask-again', 'safe-flight.ask-again', { date: validityEnd(vp, state).endDate })] : [];
  const decision = decide<SafeFlightReward>(
    sf.checks,
    () => ({ clause: 'SVC-SAFE-FLIGHT', state: 'earned', period: sf.period as Period, inForce: sf.inForce }),
    terms.edition,
    nextSteps,
  );
  return finish(decision, options, vp.plan);
}
