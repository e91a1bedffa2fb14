/**
 * Replacement claims ({@link assessReplacement}): damage (SVC-REPLACE-DAMAGE) and flyaway
 * (SVC-REPLACE-FLYAWAY, FLY-*), inside the validity (PERIOD-OUTSIDE), with a replacement left
 * (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT), the fee (CAT-FEES-MAVIC3-1Y), express (SVC-EXPRESS) and
 * shipping (SVC-SHIPPING), for the plan's unit now (REBIND-REPLACEMENT).
 *
 * @module
 */
import type { RuleOptions } from '../catalog/terms';
import { type CodedCheck, check, decide, note } from '../decision';
import { type FlyawayIncident, INCIDENT_KEYS, flyawayChecks } from '../flyaway/checks';
import type { DamageReplacementEvent, FlyawayReplacementEvent, Plan, ServiceEvent } from '../plan';
import type { Period } from '../time/period';
import type { MessageParams } from '../messages/codes';
import { finish } from '../messages/render';
import type { Decision, InstantInput, Reason, Texted, WithoutText } from '../types';
import { readRecord, requireBoolean, requireOneOf } from '../validate';
import { outsideCheck, requireNextInstant, serialCheck } from './checks';
import { type FeeQuote, quoteFee } from './fees';
import { serviceCheck } from './services';
import type { Use } from './state';
import { instantOf } from './valid-plan';
import { type Remaining, remaining, replacementValidity, windowAt } from './windows';
import { openLedger } from './open';

/** The fields of a replacement claim: a damage claim's, or a flyaway incident's. */
const CLAIM_KEYS = ['type', 'express', ...INCIDENT_KEYS] as const;

/**
 * A damage replacement claim.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: DamageClaim = { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1', express: true };
 * const d = assessReplacement(plan, [], claim);
 * d.ok && d.value.fee.published && formatMoney(d.value.fee.fee); //=> 'USD 159.00'
 * d.ok && d.value.express.applies;                              //=> true
 * ```
 *
 * @category Ledger
 */
export interface DamageClaim {
  readonly type: 'damage';
  /** When the damage occurred. */
  readonly at: InstantInput;
  /** The damaged unit. */
  readonly serial: string;
  /** SVC-EXPRESS: skip damage assessment and quotation (default `false`, also when `null`). */
  readonly express?: boolean | null;
}

/**
 * A flyaway replacement claim: the facts {@link checkFlyaway} needs.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: FlyawayClaim = { type: 'flyaway', at: '2026-04-02T18:00:00Z', serial: 'A1',
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T15:00:00Z' }],
 *   controllerBindings: [{ controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z' }],
 *   claimantAccount: 'pilot@example.com', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true,
 * };
 * const d = assessReplacement(plan, [], claim);
 * d.ok && d.value.fee.published && formatMoney(d.value.fee.fee); //=> 'USD 739.00'
 * ```
 *
 * @category Ledger
 */
export interface FlyawayClaim extends FlyawayIncident {
  readonly type: 'flyaway';
  /** SVC-EXPRESS: requested; it does not apply to a flyaway (there is no product to receive). Default `false`, also when `null`. */
  readonly express?: boolean | null;
}

/**
 * A damage or flyaway replacement claim.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * // A flyaway claim without its facts: every fact missing is a reason, none is assumed.
 * const claim: ReplacementClaim = { type: 'flyaway', at: '2026-04-02T18:00:00Z', serial: 'A1' };
 * const d = assessReplacement(plan, [], claim);
 * d.ok ? [] : d.reasons.map((r) => r.clause);
 * //=> ['FLY-ACCOUNT-BOUND', 'FLY-NOT-UNBOUND', 'FLY-RC-BOUND', 'FLY-NOT-UNBOUND', 'FLY-OWNER', 'FLY-OWNER', 'FLY-NOT-THEFT', 'FLY-RECORDS']
 * ```
 *
 * @category Ledger
 */
export type ReplacementClaim = DamageClaim | FlyawayClaim;

/**
 * The express option of a replacement (SVC-EXPRESS).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1', express: true });
 * d.ok && d.value.express;
 * //=> { clause: 'SVC-EXPRESS', requested: true, applies: true,
 * //=>   message: 'Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.', ... }
 * ```
 *
 * @category Ledger
 */
export interface ExpressOption {
  readonly clause: 'SVC-EXPRESS';
  readonly requested: boolean;
  /** Whether express applies: for a damage replacement; a flyaway leaves no product to receive. */
  readonly applies: boolean;
  readonly code: 'express.requested' | 'express.available' | 'express.not-for-flyaway';
  readonly params: MessageParams['express.requested'];
  /** The option in words (it starts with "Express"). */
  readonly message: string;
}

/**
 * Shipping of a replacement (SVC-SHIPPING).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1' });
 * d.ok && d.value.shipping;
 * //=> { clause: 'SVC-SHIPPING', paidByDji: true, message: 'DJI pays shipping both ways for the replacement service.', ... }
 * ```
 *
 * @category Ledger
 */
export interface ShippingTerms {
  readonly clause: 'SVC-SHIPPING';
  readonly paidByDji: true;
  readonly code: 'shipping.paid-by-dji';
  readonly params: MessageParams['shipping.paid-by-dji'];
  readonly message: string;
}

/**
 * What an accepted replacement claim gives.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1' });
 * d.ok && d.value;
 * //=> { type: 'damage', serial: 'A1', at: '2026-04-02T13:00:00.000-05:00', quotaClause: 'QUOTA-1Y',
 * //=>   period: { kind: 'replacement', clause: 'PERIOD-1Y', ... }, fee: { published: true, fee: { amount: Decimal(159), currency: 'USD' }, ... },
 * //=>   express: { ... }, shipping: { ... }, remainingAfter: { replacements: 1, damage: 1, flyaway: 1 }, remainingAfterNote: { ... },
 * //=>   event: { type: 'damage-replacement', at: '2026-04-02T13:00:00.000-05:00', serial: 'A1' } }
 * ```
 *
 * @category Ledger
 */
export interface ReplacementAssessment {
  readonly type: 'damage' | 'flyaway';
  readonly serial: string;
  /** When the damage or flyaway occurred, ISO-8601 with the plan zone's offset. */
  readonly at: string;
  /** The quota it uses. */
  readonly quotaClause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  readonly period: Period;
  /** The fee (CAT-FEES-MAVIC3-1Y), or "not published". */
  readonly fee: FeeQuote;
  readonly express: ExpressOption;
  readonly shipping: ShippingTerms;
  /** What is left of the quota after this replacement. */
  readonly remainingAfter: Remaining;
  /** `remainingAfter` in words, with the quota's clause (code `'quota.left-after'`). */
  readonly remainingAfterNote: Reason;
  /** The event to append to the ledger once the replacement is done. */
  readonly event: DamageReplacementEvent | FlyawayReplacementEvent;
}

/** Frozen: shared by every answer, so no caller can change another's. */
const SHIPPING = Object.freeze({ clause: 'SVC-SHIPPING', paidByDji: true, code: 'shipping.paid-by-dji', params: Object.freeze({}) } as const);

function expressOption(type: 'damage' | 'flyaway', requested: boolean): WithoutText<ExpressOption> {
  const applies = type === 'damage';
  return {
    clause: 'SVC-EXPRESS',
    requested,
    applies,
    code: applies ? (requested ? 'express.requested' : 'express.available') : 'express.not-for-flyaway',
    params: {},
  };
}

function after(use: Use, type: 'damage' | 'flyaway'): Use {
  return type === 'damage' ? { damage: use.damage + 1, flyaway: use.flyaway } : { damage: use.damage, flyaway: use.flyaway + 1 };
}

/**
 * The decision on a damage or flyaway replacement claim, with every reason, the fee and what
 * is left after it.
 *
 * SVC-REPLACE-DAMAGE: damage replacement for all models. SVC-REPLACE-FLYAWAY and FLY-*: see
 * {@link checkFlyaway}. PERIOD-OUTSIDE: "Damage or an accident ... that occurs outside the
 * validity period is not covered" — before the plan takes effect or after it ends. QUOTA-1Y /
 * QUOTA-2Y: a replacement of the kind left in the term's validity; PLUS-EFFECT: in the Care
 * Refresh+ renewal year, its own count (first-year leftovers do not carry over).
 * CAT-FEES-MAVIC3-1Y: the fee by ordinal (damage and flyaway counted together), a flyaway at
 * the flyaway fee, as Decimal money, or "not published". SVC-EXPRESS: the express option.
 * SVC-SHIPPING: "DJI will cover shipping costs both ways". REBIND-REPLACEMENT: the unit must
 * be the plan's unit now.
 *
 * A refused claim changes nothing; an accepted one returns the `event` to append.
 *
 * @param plan - the plan
 * @param events - the ledger so far (the claim may not be before its last event)
 * @param claim - `{ type: 'damage', at, serial, express? }` or a flyaway claim with its facts
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with fee, options and what is left, or refused with every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or claim
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1', express: true });
 * d.ok && formatMoney(d.value.fee.published ? d.value.fee.fee : money('0', 'USD')); //=> 'USD 159.00'
 * d.ok && d.value.remainingAfter; //=> { replacements: 1, damage: 1, flyaway: 1 }
 * ```
 *
 * @example
 * ```ts
 * // Damage the day before the plan starts:
 * const r = assessReplacement(plan, [], { type: 'damage', at: '2026-02-28T18:00:00Z', serial: 'A1' });
 * r.ok ? [] : r.reasons.map((x) => x.clause); //=> ['PERIOD-OUTSIDE']
 * ```
 *
 * @category Ledger
 */
export function assessReplacement<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  claim: ReplacementClaim,
  options: O | null = {} as O,
): Texted<Decision<ReplacementAssessment>, O> {
  const { terms, vp, state } = openLedger(plan, events, options);
  const c = readRecord(claim, 'claim', CLAIM_KEYS);
  const type = requireOneOf(c.type, 'claim.type', ['damage', 'flyaway'] as const);
  const express = requireBoolean(c.express, 'claim.express', false);

  let checks: CodedCheck[];
  let ms: number;
  if (type === 'flyaway') {
    const fly = flyawayChecks(vp, state, c, 'claim');
    ms = fly.ms;
    checks = fly.checks;
  } else {
    ms = requireNextInstant(vp, state, c.at, 'claim.at');
    checks = [
      serialCheck(state, c.serial, 'claim.serial'),
      serviceCheck(vp.product, 'damageReplacement'),
      outsideCheck(vp, ms, replacementValidity(vp, state), 'damage'),
    ];
    const w = windowAt(vp, state, ms);
    if (w !== null) {
      const left = remaining(w.window, w.use);
      const params = { left: left.damage, allowed: w.window.damage, window: w.window.name };
      checks.push(check(w.window.clause, left.damage >= 1, left.damage >= 1 ? 'quota.damage.left' : 'quota.damage.none-left', params));
    }
  }

  const decision = decide(
    checks,
    () => {
      const w = windowAt(vp, state, ms) as NonNullable<ReturnType<typeof windowAt>>;
      const at = instantOf(vp, ms);
      const left = remaining(w.window, after(w.use, type));
      const event =
        type === 'damage'
          ? ({ type: 'damage-replacement', at, serial: state.serial } as const)
          : ({ type: 'flyaway-replacement', at, serial: state.serial } as const);
      return {
        type,
        serial: state.serial,
        at,
        quotaClause: w.window.clause,
        period: w.window.period,
        fee: quoteFee(vp, state, type, w.window.name),
        express: expressOption(type, express),
        shipping: SHIPPING,
        remainingAfter: left,
        remainingAfterNote: note(w.window.clause, 'quota.left-after', { ...left, lastDate: w.window.period.lastDate }),
        event,
      };
    },
    terms.edition,
  );
  return finish(decision as Decision<ReplacementAssessment>, options, vp.plan);
}
