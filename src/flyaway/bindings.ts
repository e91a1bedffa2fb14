/**
 * The aircraft's binding histories in a flyaway claim: the DJI account (FLY-ACCOUNT-BOUND) and
 * the remote controller (FLY-RC-BOUND), bound strictly before the incident and not undone
 * before it (FLY-NOT-UNBOUND).
 *
 * @module
 */
import { check } from '../decision';
import { InvalidInputError } from '../errors';
import { type ValidPlan, dateOf, instantOf } from '../ledger/valid-plan';
import { requireInstant } from '../time/instant';
import type { Check, InstantInput } from '../types';
import { readListOf, readRecord, requireString } from '../validate';

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
 * //=> [{ clause: 'FLY-OWNER', message: 'Only the owner of the bound account can apply for the flyaway replacement.', expected: 'account pilot@example.com', received: 'someone-else' }]
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
  if (value === undefined) return undefined;
  return readListOf(value, field, (item, f) => {
    const b = readRecord(item, f, [key, 'boundAt', 'unboundAt']);
    const who = requireString(b[key], `${f}.${key}`);
    const boundMs = requireInstant(b.boundAt, `${f}.boundAt`);
    const unboundMs = b.unboundAt === undefined || b.unboundAt === null ? null : requireInstant(b.unboundAt, `${f}.unboundAt`);
    if (unboundMs !== null && unboundMs < boundMs) {
      throw new InvalidInputError(`${f}.unboundAt`, 'invalid-value', 'the unbinding cannot be before the binding', b.unboundAt);
    }
    return { who, boundMs, unboundMs };
  });
}

export const NOT_GIVEN = 'not given';

interface BindingFacts {
  readonly checks: Check[];
  /** Who was bound at the incident (a binding started strictly before it and still in force). */
  readonly inForce: string | undefined;
}

/** FLY-ACCOUNT-BOUND / FLY-RC-BOUND and FLY-NOT-UNBOUND for one binding history. */
export function bindingChecks(
  vp: ValidPlan,
  list: readonly Binding[] | undefined,
  ms: number,
  clause: 'FLY-ACCOUNT-BOUND' | 'FLY-RC-BOUND',
  what: string,
): BindingFacts {
  const expected = `${what} bound strictly before the flyaway`;
  if (list === undefined) {
    return {
      checks: [
        check(clause, false, `The ${what} binding history is needed to judge a flyaway claim.`, expected, NOT_GIVEN),
        check('FLY-NOT-UNBOUND', false, `The ${what} binding history is needed to know whether it was unbound before the flyaway.`, `${what} still bound at the flyaway`, NOT_GIVEN),
      ],
      inForce: undefined,
    };
  }
  const before = list.filter((b) => b.boundMs < ms);
  const inForce = before.find((b) => b.unboundMs === null || b.unboundMs > ms);
  const checks = [
    before.length > 0
      ? check(clause, true, `The ${what} was bound on ${dateOf(vp, (before[0] as Binding).boundMs)}, before the flyaway.`, expected, `bound ${instantOf(vp, (before[0] as Binding).boundMs)}`)
      : check(
          clause,
          false,
          `The ${what} was not bound before the flyaway; flyaway replacement needs it bound in advance.`,
          expected,
          list.length === 0 ? 'never bound' : `first bound ${instantOf(vp, (list[0] as Binding).boundMs)}`,
        ),
  ];
  if (before.length === 0) {
    checks.push(check('FLY-NOT-UNBOUND', true, `No ${what} binding was undone before the flyaway.`, `${what} still bound at the flyaway`, 'no binding before the flyaway'));
  } else if (inForce !== undefined) {
    checks.push(check('FLY-NOT-UNBOUND', true, `The ${what} binding was in force when the flyaway occurred.`, `${what} still bound at the flyaway`, 'still bound'));
  } else {
    const last = before[before.length - 1] as Binding;
    const undone = last.unboundMs as number;
    checks.push(
      check(
        'FLY-NOT-UNBOUND',
        false,
        `The ${what} binding was undone on ${dateOf(vp, undone)}, before the flyaway occurred.`,
        `${what} still bound at the flyaway`,
        `unbound ${instantOf(vp, undone)}`,
      ),
    );
  }
  return { checks, inForce: inForce?.who };
}
