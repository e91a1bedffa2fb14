/**
 * The aircraft's binding histories in a flyaway claim: the DJI account (FLY-ACCOUNT-BOUND) and
 * the remote controller (FLY-RC-BOUND), bound strictly before the incident and not undone
 * before it (FLY-NOT-UNBOUND).
 *
 * @module
 */
import { type CodedCheck, check } from '../decision';
import { InvalidInputError } from '../errors';
import { type ValidPlan, dateOf, instantOf } from '../ledger/valid-plan';
import { requireInstant } from '../time/instant';
import type { InstantInput } from '../types';
import { isNone, readListOf, readRecord, requireString } from '../validate';

/**
 * One binding of the aircraft, from `boundAt` until `unboundAt` (half-open; `null` or absent:
 * still bound).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * // The account was unbound an hour before the flyaway:
 * const binding: BindingPeriod = { boundAt: '2026-03-01T15:00:00Z', unboundAt: '2026-04-02T17:00:00Z' };
 * const d = checkFlyaway(plan, [], { at: '2026-04-02T18:00:00Z', serial: 'A1', accountBindings: [{ ...binding, account: 'pilot@example.com' }],
 *   controllerBindings: [{ controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z' }], claimantAccount: 'pilot@example.com', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true });
 * d.ok ? [] : d.reasons.map((r) => r.clause); //=> ['FLY-NOT-UNBOUND', 'FLY-OWNER']
 * ```
 *
 * @category Flyaway
 */
export interface BindingPeriod {
  readonly boundAt: InstantInput;
  /** When the binding ended; `null` or absent while it is still in force. */
  readonly unboundAt?: InstantInput | null;
}

/**
 * The aircraft bound to a DJI account (FLY-ACCOUNT-BOUND).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const account: AccountBinding = { account: 'pilot@example.com', boundAt: '2026-03-01T15:00:00Z' };
 * const d = checkFlyaway(plan, [], { at: '2026-04-02T18:00:00Z', serial: 'A1', accountBindings: [account],
 *   controllerBindings: [{ controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z' }], claimantAccount: 'someone-else', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true });
 * d.ok ? [] : d.reasons;
 * //=> [{ clause: 'FLY-OWNER', message: 'Only the owner of the bound account can apply for the flyaway replacement.', expected: 'account pilot@example.com', received: 'someone-else', ... }]
 * ```
 *
 * @category Flyaway
 */
export interface AccountBinding extends BindingPeriod {
  /** The DJI account, e.g. its user id. */
  readonly account: string;
}

/**
 * A remote controller bound to the aircraft (FLY-RC-BOUND).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const controller: ControllerBinding = { controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z', unboundAt: null };
 * const d = checkFlyaway(plan, [], { at: '2026-04-02T18:00:00Z', serial: 'A1', controllerBindings: [controller],
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T15:00:00Z' }], claimantAccount: 'pilot@example.com', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true });
 * d.ok && d.value.controller; //=> 'RC-77'
 * ```
 *
 * @category Flyaway
 */
export interface ControllerBinding extends BindingPeriod {
  /** The remote controller, e.g. its serial number. */
  readonly controller: string;
}

export interface Binding {
  readonly who: string;
  readonly boundMs: number;
  readonly unboundMs: number | null;
}

export function readBindings(value: unknown, field: string, key: 'account' | 'controller'): readonly Binding[] | undefined {
  if (isNone(value)) return undefined;
  return readListOf(value, field, (item, f) => {
    const b = readRecord(item, f, [key, 'boundAt', 'unboundAt']);
    const who = requireString(b[key], `${f}.${key}`);
    const boundMs = requireInstant(b.boundAt, `${f}.boundAt`);
    const unboundMs = isNone(b.unboundAt) ? null : requireInstant(b.unboundAt, `${f}.unboundAt`);
    if (unboundMs !== null && unboundMs < boundMs) {
      throw new InvalidInputError(`${f}.unboundAt`, 'invalid-value', 'the unbinding cannot be before the binding', b.unboundAt);
    }
    return { who, boundMs, unboundMs };
  });
}

interface BindingFacts {
  readonly checks: CodedCheck[];
  /** Who was bound at the incident (a binding started strictly before it and still in force). */
  readonly inForce: string | undefined;
}

/** FLY-ACCOUNT-BOUND / FLY-RC-BOUND and FLY-NOT-UNBOUND for one binding history. */
export function bindingChecks(
  vp: ValidPlan,
  list: readonly Binding[] | undefined,
  ms: number,
  clause: 'FLY-ACCOUNT-BOUND' | 'FLY-RC-BOUND',
  of: 'account' | 'controller',
): BindingFacts {
  if (list === undefined) {
    return {
      checks: [check(clause, false, 'fly.binding.history-needed', { of }), check('FLY-NOT-UNBOUND', false, 'fly.unbound.history-needed', { of })],
      inForce: undefined,
    };
  }
  const before = list.filter((b) => b.boundMs < ms);
  const inForce = before.find((b) => b.unboundMs === null || b.unboundMs > ms);
  const first = before[0];
  const checks = [
    first !== undefined
      ? check(clause, true, 'fly.binding.bound-before', { of, date: dateOf(vp, first.boundMs), boundAt: instantOf(vp, first.boundMs) })
      : check(clause, false, 'fly.binding.not-bound-before', { of, firstBoundAt: list.length === 0 ? null : instantOf(vp, (list[0] as Binding).boundMs) }),
  ];
  if (before.length === 0) {
    checks.push(check('FLY-NOT-UNBOUND', true, 'fly.unbound.no-binding-before', { of }));
  } else if (inForce !== undefined) {
    checks.push(check('FLY-NOT-UNBOUND', true, 'fly.unbound.still-bound', { of }));
  } else {
    const undone = (before[before.length - 1] as Binding).unboundMs as number;
    checks.push(check('FLY-NOT-UNBOUND', false, 'fly.unbound.undone', { of, date: dateOf(vp, undone), unboundAt: instantOf(vp, undone) }));
  }
  return { checks, inForce: inForce?.who };
}
