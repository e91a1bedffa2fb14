/**
 * Renewal and rebinding (FAQ 10): PLUS-ELIGIBLE, PLUS-NOT-2Y, PLUS-EFFECT, REBIND-REPLACEMENT
 * (with ELIG-ONCE for the replacement unit).
 *
 * @module
 */
import type { RuleOptions } from './catalog/terms';
import { check, decide, note } from './decision';
import { finish } from './messages/render';
import type { CareRefreshPlusEvent, Plan, RebindEvent, ServiceEvent } from './plan';
import { carePlusChecks, carePlusPeriods } from './ledger/care-plus';
import { requireNextInstant } from './ledger/checks';
import { allPeriods } from './ledger/safe-flight-state';
import type { LedgerState } from './ledger/state';
import { type ValidPlan, instantOf } from './ledger/valid-plan';
import { remaining, renewalWindow, termWindow } from './ledger/windows';
import type { Period } from './time/period';
import type { Decision, InstantInput, Reason, Texted } from './types';
import { readRecord, requireSerial } from './validate';
import { type OpenLedger, openLedger } from './ledger/open';

/**
 * What DJI Care Refresh+ would give a plan (PLUS-EFFECT).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = checkCareRefreshPlus(plan, [], '2027-01-15T16:00:00Z');
 * d.ok && d.value;
 * //=> { renewal: { kind: 'care-refresh-plus', clause: 'PLUS-EFFECT', startDate: '2027-03-01', lastDate: '2028-02-29', ... },
 * //=>   warrantyExtension: { kind: 'care-refresh-plus-warranty', clause: 'PLUS-EFFECT', startDate: '2027-03-01', lastDate: '2028-02-29', ... },
 * //=>   damageReplacements: 1, flyawayReplacements: 0, firstYearLeft: 2,
 * //=>   safeFlight: { kind: 'safe-flight', clause: 'PERIOD-SAFE-FLIGHT', startDate: '2028-03-01', lastDate: '2029-02-28', ... } }
 * ```
 *
 * @category Renewal
 */
export interface CarePlusOffer {
  /** The renewal year: from the end of the 1-year replacement validity. */
  readonly renewal: Period;
  /** The warranty extension, or `null` if the terms add none. */
  readonly warrantyExtension: Period | null;
  /** Damage replacements in the renewal year. */
  readonly damageReplacements: number;
  /** Flyaway replacements in the renewal year. */
  readonly flyawayReplacements: number;
  /** Replacements left in the first year now: they do not carry over into the renewal year. */
  readonly firstYearLeft: number;
  /** The Safe Flight period after Care Refresh+ (from the end of the renewal year), or `null`. */
  readonly safeFlight: Period | null;
}

/**
 * Care Refresh+ bought: the offer, the event and the new ledger.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = applyCareRefreshPlus(plan, [], '2027-01-15T16:00:00Z');
 * d.ok && d.value.event;  //=> { type: 'care-refresh-plus', at: '2027-01-15T10:00:00.000-06:00', serial: 'A1' }
 * d.ok && d.value.events; //=> [{ type: 'care-refresh-plus', at: '2027-01-15T10:00:00.000-06:00', serial: 'A1' }]
 * d.ok && d.value.renewal.lastDate; //=> '2028-02-29'
 * ```
 *
 * @category Renewal
 */
export interface CarePlusApplied extends CarePlusOffer {
  readonly event: CareRefreshPlusEvent;
  /** The ledger with the event appended (the input is not changed). */
  readonly events: readonly ServiceEvent[];
}

function offer(vp: ValidPlan, state: LedgerState, ms: number): CarePlusOffer {
  const plus = carePlusPeriods(vp, ms);
  const window = renewalWindow(vp, plus.renewal);
  return {
    renewal: plus.renewal,
    warrantyExtension: plus.warranty,
    damageReplacements: window.damage,
    flyawayReplacements: window.flyaway,
    firstYearLeft: remaining(termWindow(vp), state.termUse).replacements,
    safeFlight: plus.safeFlight,
  };
}

function carePlus(plan: Plan, events: readonly ServiceEvent[], at: InstantInput, options: RuleOptions | null) {
  const { terms, vp, state } = openLedger(plan, events, options);
  const ms = requireNextInstant(vp, state, at, 'at');
  return { terms, vp, state, ms, checks: carePlusChecks(vp, state, ms) };
}

/**
 * Whether DJI Care Refresh+ can be bought for a plan at an instant, and what it would give.
 *
 * PLUS-ELIGIBLE: "If your DJI Care Refresh (1-Year Plan) has not yet expired, and there is at
 * least one product replacement left, then you can purchase DJI Care Refresh +". PLUS-NOT-2Y:
 * "DJI Care Refresh + cannot be purchased if you already purchased the 2-Year Plan".
 * PLUS-EFFECT: it "extends your replacement service for one more year as well as prolonging the
 * warranty period": a 12-month renewal year from the end of the 1-year replacement validity with
 * one damage replacement (no flyaway; its fee is not published), first-year leftovers do not
 * carry over, the warranty extended by 12 months, no discounts or maintenance added; Safe
 * Flight then counts from the end of the renewal year; bought once per plan.
 *
 * @param plan - the plan
 * @param events - its ledger (the instant may not be before its last event)
 * @param at - when it would be bought
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with what it would give, or refused with every failing condition
 * @throws {@link InvalidInputError} for a bad plan, ledger or instant
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * checkCareRefreshPlus(plan, [], '2027-02-28T23:59:59Z');
 * //=> { ok: true, value: { renewal: { startDate: '2027-03-01', lastDate: '2028-02-29', ... }, damageReplacements: 1, flyawayReplacements: 0, firstYearLeft: 2, ... }, ... }
 * const d = checkCareRefreshPlus({ ...plan, term: '2y' }, [], '2027-03-01T00:00:00Z');
 * d.ok ? [] : d.reasons.map((r) => r.clause); //=> ['PLUS-NOT-2Y']
 * ```
 *
 * @category Renewal
 */
export function checkCareRefreshPlus<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  at: InstantInput,
  options: O | null = {} as O,
): Texted<Decision<CarePlusOffer>, O> {
  const { terms, vp, state, ms, checks } = carePlus(plan, events, at, options);
  return finish(decide(checks, () => offer(vp, state, ms), terms.edition), options, vp.plan);
}

/**
 * Buy DJI Care Refresh+ for a plan: the decision of {@link checkCareRefreshPlus} and, when
 * accepted, the `'care-refresh-plus'` event and the ledger with it appended (PLUS-EFFECT).
 *
 * @param plan - the plan
 * @param events - its ledger (not changed)
 * @param at - when it is bought
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with the new ledger, or refused with every failing condition
 * @throws {@link InvalidInputError} for a bad plan, ledger or instant
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * const d = applyCareRefreshPlus(plan, [], '2027-01-15T10:00:00Z');
 * d.ok && d.value.events;
 * //=> [{ type: 'care-refresh-plus', at: '2027-01-15T10:00:00.000+00:00', serial: 'A1' }]
 * ```
 *
 * @category Renewal
 */
export function applyCareRefreshPlus<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  at: InstantInput,
  options: O | null = {} as O,
): Texted<Decision<CarePlusApplied>, O> {
  const { terms, vp, state, ms, checks } = carePlus(plan, events, at, options);
  const decision = decide(
    checks,
    () => {
      const event: CareRefreshPlusEvent = { type: 'care-refresh-plus', at: instantOf(vp, ms), serial: state.serial };
      return { ...offer(vp, state, ms), event, events: [...state.events, event] };
    },
    terms.edition,
  );
  return finish(decision, options, vp.plan);
}

/**
 * A rebinding after a replacement: when, and the serial of the unit received.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: ServiceEvent[] = [{ type: 'damage-replacement', at: '2026-05-01T15:00:00Z', serial: 'A1' }];
 * const request: RebindRequest = { at: '2026-05-08T15:00:00Z', newSerial: 'B2' };
 * const d = rebindAfterReplacement(plan, used, request);
 * d.ok && d.value.event; //=> { type: 'rebind', at: '2026-05-08T10:00:00.000-05:00', serial: 'A1', newSerial: 'B2' }
 * ```
 *
 * @category Renewal
 */
export interface RebindRequest {
  readonly at: InstantInput;
  readonly newSerial: string;
}

/**
 * The plan moved to the replacement unit.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const used: ServiceEvent[] = [{ type: 'damage-replacement', at: '2026-05-01T15:00:00Z', serial: 'A1' }];
 * const d = rebindAfterReplacement(plan, used, { at: '2026-05-08T15:00:00Z', newSerial: 'B2' });
 * d.ok && [d.value.serial, d.value.formerSerial, d.value.formerSerials]; //=> ['B2', 'A1', ['A1']]
 * d.ok && d.value.purchase;
 * //=> { clause: 'ELIG-ONCE', message: 'Unit B2 now carries this plan: do not sell DJI Care Refresh for it (previouslyBound: true).', ... }
 * d.ok && d.value.events.length; //=> 2 (the replacement and the rebinding)
 * ```
 *
 * @category Renewal
 */
export interface Rebinding {
  /** The plan's unit now. */
  readonly serial: string;
  /** The unit replaced: it no longer has a plan. */
  readonly formerSerial: string;
  /** Every unit the plan was bound to before, oldest first. */
  readonly formerSerials: readonly string[];
  /** The plan's periods: unchanged by the rebinding. */
  readonly periods: readonly Period[];
  /** ELIG-ONCE: a plan cannot be bought for the replacement unit. */
  readonly purchase: Reason;
  readonly event: RebindEvent;
  /** The ledger with the event appended (the input is not changed). */
  readonly events: readonly ServiceEvent[];
}

/**
 * Move the plan to the unit received as a replacement.
 *
 * REBIND-REPLACEMENT: "if the product's serial number is changed, the provided product will
 * automatically bind to the original product's DJI Care Refresh, and the original service and
 * warranty period continues. Therefore, the original unit will no longer have a DJI Care
 * Refresh Plan." It follows a replacement not yet rebound. ELIG-ONCE: "Please do not
 * re-purchase DJI Care Refresh for the replacement unit" — the new unit counts as bound
 * (`previouslyBound: true` for `checkPurchaseEligibility`), and a unit already bound to this
 * plan cannot be bound again.
 *
 * @param plan - the plan
 * @param events - its ledger (the rebinding may not be before its last event)
 * @param rebind - `{ at, newSerial }`
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with the new ledger, or refused with every failing condition
 * @throws {@link InvalidInputError} for a bad plan, ledger or request
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * const used = [{ type: 'damage-replacement', at: '2026-05-01T10:00:00Z', serial: 'A1' }] as const;
 * const d = rebindAfterReplacement(plan, used, { at: '2026-05-08T10:00:00Z', newSerial: 'B2' });
 * d.ok && [d.value.serial, d.value.formerSerial]; //=> ['B2', 'A1']
 * const again = rebindAfterReplacement(plan, [], { at: '2026-05-08T10:00:00Z', newSerial: 'B2' });
 * again.ok ? [] : again.reasons.map((r) => r.clause); //=> ['REBIND-REPLACEMENT']
 * ```
 *
 * @category Renewal
 */
export function rebindAfterReplacement<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  rebind: RebindRequest,
  options: O | null = {} as O,
): Texted<Decision<Rebinding>, O> {
  const opened = openLedger(plan, events, options);
  return finish(decideRebind(opened, rebind), options, opened.vp.plan);
}

function decideRebind({ terms, vp, state }: OpenLedger, rebind: RebindRequest): Decision<Rebinding> {
  const r = readRecord(rebind, 'rebind', ['at', 'newSerial']);
  const ms = requireNextInstant(vp, state, r.at, 'rebind.at');
  const newSerial = requireSerial(r.newSerial, 'rebind.newSerial');
  const bound = newSerial === state.serial || state.formerSerials.includes(newSerial);
  const checks = [
    check('REBIND-REPLACEMENT', state.pendingRebind, state.pendingRebind ? 'rebind.replaced' : 'rebind.no-replacement', { serial: state.serial }),
    check('ELIG-ONCE', !bound, bound ? 'rebind.new-unit.bound-before' : 'rebind.new-unit.never-bound', { newSerial }),
  ];
  return decide(
    checks,
    () => {
      const event: RebindEvent = { type: 'rebind', at: instantOf(vp, ms), serial: state.serial, newSerial };
      return {
        serial: newSerial,
        formerSerial: state.serial,
        formerSerials: [...state.formerSerials, state.serial],
        periods: allPeriods(vp, state),
        purchase: note('ELIG-ONCE', 'rebind.new-unit.no-purchase', { newSerial }) as Reason,
        event,
        events: [...state.events, event],
      };
    },
    terms.edition,
  );
}
