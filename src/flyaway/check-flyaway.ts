/**
 * Whether a flyaway can be replaced under the plan ({@link checkFlyaway}): FLY-MODEL,
 * FLY-ACCOUNT-BOUND, FLY-RC-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-NOT-THEFT, FLY-RECORDS,
 * FLY-QUOTA. No money here.
 *
 * @module
 */
import type { RuleOptions } from '../catalog/terms';
import { decide } from '../decision';
import type { Plan, ServiceEvent } from '../plan';
import { finish } from '../messages/render';
import type { Decision, Texted } from '../types';
import { type FlyawayEligibility, type FlyawayIncident, flyawayChecks } from './checks';
import { openLedger } from '../ledger/open';

/**
 * Whether a flyaway can be replaced under the plan, with every failing precondition.
 *
 * FLY-MODEL: only "DJI Mavic 3, DJI Mavic 3 Cine, DJI AIR 2S, Mavic Air 2, DJI Mini 2 and DJI
 * Mini SE". FLY-ACCOUNT-BOUND / FLY-RC-BOUND: "the DJI account needs to be bound with the
 * aircraft, and the remote controller bound with the aircraft" in advance. FLY-NOT-UNBOUND:
 * not usable "if the account or remote controller was unbounded before the flyaway occurred"
 * — judged on the binding histories: a binding counts if it started strictly before the
 * incident and was still in force at it (an unbinding at the incident instant or earlier
 * undoes it). FLY-OWNER: "only the owner of the bound account can apply ... and produce the
 * flyaway report with the bound remote controller". FLY-NOT-THEFT: theft and accidental
 * loss are not covered. FLY-RECORDS: "If accident flight records cannot be provided or
 * synchronized, the ... flyaway replacement service cannot be used." FLY-QUOTA: a flyaway use
 * and a replacement left, within the replacement validity (QUOTA-1Y, QUOTA-2Y; in the Care
 * Refresh+ renewal year, PLUS-EFFECT gives no flyaway). The unit must be the plan's unit now
 * (REBIND-REPLACEMENT).
 *
 * @param plan - the plan
 * @param events - the plan's ledger so far (the incident may not be before its last event)
 * @param incident - the flyaway's facts; each missing one is a failing reason "not given"
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with the quota it would use and what is left before it, or refused with
 * every failing condition
 * @throws {@link InvalidInputError} for a bad plan, ledger or incident (an unbinding before
 * its binding, a serial never on the plan, an incident before the last ledger event)
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-03-01' };
 * checkFlyaway(plan, [], {
 *   at: '2026-06-01T15:00:00Z', serial: 'A1',
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T12:00:00Z' }],
 *   controllerBindings: [{ controller: 'RC-9', boundAt: '2026-03-01T12:05:00Z' }],
 *   claimantAccount: 'pilot@example.com', reportController: 'RC-9',
 *   theftOrLoss: false, flightRecordsSynced: true,
 * });
 * //=> { ok: true, value: { quotaClause: 'QUOTA-1Y', remainingBefore: { replacements: 2, damage: 2, flyaway: 1 }, ... }, ... }
 * ```
 *
 * @example
 * ```ts
 * // The account was unbound the day before; nothing else is known:
 * const d = checkFlyaway(plan, [], {
 *   at: '2026-06-01T15:00:00Z', serial: 'A1',
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T12:00:00Z', unboundAt: '2026-05-31T09:00:00Z' }],
 * });
 * d.ok; //=> false
 * d.ok ? [] : d.reasons.map((r) => r.clause);
 * //=> ['FLY-NOT-UNBOUND', 'FLY-RC-BOUND', 'FLY-NOT-UNBOUND', 'FLY-OWNER', 'FLY-OWNER', 'FLY-NOT-THEFT', 'FLY-RECORDS']
 * ```
 *
 * @category Flyaway
 */
export function checkFlyaway<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  incident: FlyawayIncident,
  options: O | null = {} as O,
): Texted<Decision<FlyawayEligibility>, O> {
  const { terms, vp, state } = openLedger(plan, events, options);
  const { checks, value } = flyawayChecks(vp, state, incident, 'incident');
  return finish(decide(checks, value, terms.edition), options, vp.plan);
}
