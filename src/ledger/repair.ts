/**
 * Repair requests ({@link assessDiscountedRepair}): a malfunction under a warranty in force is
 * a warranty repair that uses no quota (USE-WARRANTY-FIRST); otherwise a discounted repair
 * (SVC-REPAIR-DISCOUNT) inside its validity (PERIOD-OUTSIDE), for the plan's unit now
 * (REBIND-REPLACEMENT).
 *
 * @module
 */
import type { RuleOptions, Terms } from '../catalog/terms';
import { type CodedCheck, check, decide, note } from '../decision';
import { finish } from '../messages/render';
import type { MessageParams } from '../messages/codes';
import { type Money, moneyFrom } from '../money';
import type { DiscountedRepairEvent, Plan, ServiceEvent, WarrantyRepairEvent } from '../plan';
import type { Period } from '../time/period';
import type { Decision, InstantInput, Reason, Texted } from '../types';
import { readRecord, requireOneOf } from '../validate';
import { outsideCheck, requireNextInstant, serialCheck } from './checks';
import { discountQuota } from './quotas';
import { warrantyAt } from './safe-flight-state';
import { serviceCheck } from './services';
import { instantOf } from './valid-plan';
import { type OpenLedger, openLedger } from './open';

/**
 * A repair request.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: RepairClaim = { at: '2026-04-02T18:00:00Z', serial: 'A1', cause: 'malfunction' };
 * const d = assessDiscountedRepair(plan, [], claim);
 * d.ok && d.value.service; //=> 'warranty-repair' (USE-WARRANTY-FIRST: no quota used)
 * const e = assessDiscountedRepair(plan, [], { ...claim, cause: 'damage' });
 * e.ok && e.value.service; //=> 'discounted-repair'
 * ```
 *
 * @category Ledger
 */
export interface RepairClaim {
  /** When the damage or malfunction occurred. */
  readonly at: InstantInput;
  readonly serial: string;
  /**
   * `'malfunction'`: a malfunction not caused by the user (the warranty's case,
   * USE-WARRANTY-FIRST); `'damage'`: damage in normal use or by accident.
   */
  readonly cause: 'malfunction' | 'damage';
}

/**
 * The cap of the repair discount ("within a certain quota", SVC-REPAIR-DISCOUNT): published by
 * the caller's terms, or not.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const claim: RepairClaim = { at: '2026-04-02T18:00:00Z', serial: 'A1', cause: 'damage' };
 * const d = assessDiscountedRepair(plan, [], claim);
 * d.ok && d.value.discountCap;
 * //=> { published: false, reason: { clause: 'SVC-REPAIR-DISCOUNT', message: 'The discount and its cap ("within a certain quota") are not published in the source.', ... } }
 * // With a cap the caller's own terms give:
 * const e = assessDiscountedRepair(plan, [], claim, { terms: { ...DEFAULT_TERMS, edition: 'Shop X', repairDiscountCap: { amount: '120', currency: 'USD' } } });
 * e.ok && e.value.discountCap;
 * //=> { published: true, cap: { amount: Decimal(120), currency: 'USD' }, callerTerms: { clause: 'TERMS-CALLER', ... } }
 * ```
 *
 * @category Ledger
 */
export type DiscountCap =
  | { readonly published: true; readonly cap: Money; readonly callerTerms: Reason }
  | { readonly published: false; readonly reason: Reason };

/**
 * What an accepted repair request gives: a warranty repair (no quota used) or a discounted
 * repair.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessDiscountedRepair(plan, [], { at: '2026-04-02T18:00:00Z', serial: 'A1', cause: 'malfunction' });
 * d.ok && d.value;
 * //=> { service: 'warranty-repair', clause: 'USE-WARRANTY-FIRST',
 * //=>   warranty: { kind: 'official-warranty', clause: 'SVC-WARRANTY-EXT', startDate: '2026-03-01', lastDate: '2027-02-28', ... },
 * //=>   remainingAfter: { discountedRepairs: 2 }, discountCap: null,
 * //=>   event: { type: 'warranty-repair', at: '2026-04-02T13:00:00.000-05:00', serial: 'A1' } }
 * ```
 *
 * @category Ledger
 */
export interface RepairAssessment {
  readonly service: 'warranty-repair' | 'discounted-repair';
  /** `'USE-WARRANTY-FIRST'` or `'SVC-REPAIR-DISCOUNT'`. */
  readonly clause: 'USE-WARRANTY-FIRST' | 'SVC-REPAIR-DISCOUNT';
  /** The warranty period that covers a warranty repair, else `null`. */
  readonly warranty: Period | null;
  /** Discounted repairs left after this one (unchanged by a warranty repair). */
  readonly remainingAfter: { readonly discountedRepairs: number };
  /** For a discounted repair, the discount's cap; `null` for a warranty repair. */
  readonly discountCap: DiscountCap | null;
  /** The event to append to the ledger. */
  readonly event: WarrantyRepairEvent | DiscountedRepairEvent;
}

function discountCap(terms: Terms): DiscountCap {
  const cap = terms.repairDiscountCap;
  // The source gives no cap: one that is given is the caller's (TERMS-CALLER, with its label).
  return cap === undefined
    ? { published: false, reason: note('SVC-REPAIR-DISCOUNT', 'repair.cap-unpublished', {}) as Reason }
    : {
        published: true,
        cap: moneyFrom(cap, 'terms.repairDiscountCap'),
        callerTerms: note('TERMS-CALLER', 'terms.caller-figure', { source: terms.edition, rule: 'SVC-REPAIR-DISCOUNT' }) as Reason,
      };
}

/**
 * The decision on a repair: under warranty (no quota used) or as a discounted repair.
 *
 * USE-WARRANTY-FIRST: "If ... the repair costs are covered by the standard product warranty,
 * the remaining replacement or discount repair balance ... will not be affected" — a
 * malfunction not caused by the user, inside a warranty in force (official, the 2-year plan's
 * extension, Care Refresh+'s extension, or an earned Safe Flight year), is a warranty repair.
 * Otherwise SVC-REPAIR-DISCOUNT: the model must have discounted repairs (Mavic 3, Mavic 3
 * Cine), one must be left, inside its validity (PERIOD-1Y / PERIOD-2Y; PERIOD-OUTSIDE). Care
 * Refresh+ adds no discounts (PLUS-EFFECT).
 *
 * @param plan - the plan
 * @param events - the ledger so far (the claim may not be before its last event)
 * @param claim - `{ at, serial, cause }`
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with the service, what is left and the event to append, or refused with
 * every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or claim
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * assessDiscountedRepair(plan, [], { at: '2026-06-01T10:00:00Z', serial: 'A1', cause: 'malfunction' });
 * //=> { ok: true, value: { service: 'warranty-repair', clause: 'USE-WARRANTY-FIRST', remainingAfter: { discountedRepairs: 2 }, ... }, ... }
 * assessDiscountedRepair(plan, [], { at: '2026-06-01T10:00:00Z', serial: 'A1', cause: 'damage' });
 * //=> { ok: true, value: { service: 'discounted-repair', remainingAfter: { discountedRepairs: 1 }, ... }, ... }
 * ```
 *
 * @category Ledger
 */
export function assessDiscountedRepair<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  claim: RepairClaim,
  options: O | null = {} as O,
): Texted<Decision<RepairAssessment>, O> {
  const opened = openLedger(plan, events, options);
  return finish(decideRepair(opened, claim), options, opened.vp.plan);
}

function decideRepair({ terms, vp, state }: OpenLedger, claim: RepairClaim): Decision<RepairAssessment> {
  const c = readRecord(claim, 'claim', ['at', 'serial', 'cause']);
  const ms = requireNextInstant(vp, state, c.at, 'claim.at');
  const serial = serialCheck(state, c.serial, 'claim.serial');
  const cause = requireOneOf(c.cause, 'claim.cause', ['malfunction', 'damage'] as const);
  const at = instantOf(vp, ms);
  const quota = discountQuota(vp, state, ms);
  const leftNow = quota?.remaining ?? 0;

  const warranty = cause === 'malfunction' ? warrantyAt(vp, state, ms) : null;
  if (warranty !== null) {
    const checks = [
      serial,
      check('USE-WARRANTY-FIRST', true, 'warranty.covers', { warranty: warranty.kind as MessageParams['warranty.covers']['warranty'], lastDate: warranty.lastDate }),
    ];
    return decide(
      checks,
      () => ({
        service: 'warranty-repair',
        clause: 'USE-WARRANTY-FIRST',
        warranty,
        remainingAfter: { discountedRepairs: leftNow },
        discountCap: null,
        event: { type: 'warranty-repair', at, serial: state.serial },
      }),
      terms.edition,
    );
  }

  const checks: CodedCheck[] = [serial];
  if (cause === 'malfunction') checks.push(check('USE-WARRANTY-FIRST', true, 'warranty.none-in-force', {}));
  checks.push(serviceCheck(vp.product, 'repairDiscount'));
  if (quota !== null) {
    checks.push(outsideCheck(vp, ms, [quota.period], 'repair'));
    if (quota.inForce) {
      checks.push(check('SVC-REPAIR-DISCOUNT', leftNow >= 1, leftNow >= 1 ? 'repair.left' : 'repair.none-left', { left: leftNow, allowed: quota.allowed }));
    }
  }
  return decide(
    checks,
    () => ({
      service: 'discounted-repair',
      clause: 'SVC-REPAIR-DISCOUNT',
      warranty: null,
      remainingAfter: { discountedRepairs: leftNow - 1 },
      discountCap: discountCap(terms),
      event: { type: 'discounted-repair', at, serial: state.serial },
    }),
    terms.edition,
  );
}
