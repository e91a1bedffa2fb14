/**
 * Flyaway replacement (FAQ 7, 8, 9): FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-RC-BOUND,
 * FLY-NOT-UNBOUND, FLY-OWNER, FLY-NOT-THEFT, FLY-RECORDS, FLY-QUOTA.
 *
 * Every fact the clauses need is an explicit input; a fact left out is a failing reason
 * ("not given"), never assumed. No money here: the fee is quoted by `assessReplacement`.
 *
 * @module
 */
import { type RuleOptions, type Terms, resolveTerms } from './catalog/terms';
import { check, decide } from './decision';
import { InvalidInputError } from './errors';
import type { Plan, ServiceEvent } from './plan';
import {
  type LedgerState,
  type Remaining,
  type ValidPlan,
  dateOf,
  instantOf,
  readLedger,
  remaining,
  requireNextInstant,
  resolvePlan,
  serialCheck,
  windowAt,
} from './plan-state';
import { requireInstant } from './time/instant';
import type { Period } from './time/period';
import type { Check, Decision, InstantInput } from './types';
import { requireArray, requireRecord, requireString } from './validate';

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

/**
 * The facts of a flyaway claim. Every fact is optional in the type so that a support tool can
 * pass what it has; each one missing is reported as a failing reason, "not given".
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const incident: FlyawayIncident = { at: '2026-04-02T18:00:00Z', serial: 'A1',
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T15:00:00Z' }],
 *   controllerBindings: [{ controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z' }],
 *   claimantAccount: 'pilot@example.com', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true,
 * };
 * checkFlyaway(plan, [], incident).ok;                         //=> true
 * checkFlyaway(plan, [], { ...incident, theftOrLoss: true }).ok; //=> false (FLY-NOT-THEFT)
 * ```
 *
 * @category Flyaway
 */
export interface FlyawayIncident {
  /** When the flyaway occurred. */
  readonly at: InstantInput;
  /** The serial of the aircraft that flew away. */
  readonly serial: string;
  /** The aircraft's account binding history (FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND). */
  readonly accountBindings?: readonly AccountBinding[];
  /** The aircraft's remote-controller binding history (FLY-RC-BOUND, FLY-NOT-UNBOUND). */
  readonly controllerBindings?: readonly ControllerBinding[];
  /** FLY-OWNER: the DJI account applying for the flyaway replacement. */
  readonly claimantAccount?: string;
  /** FLY-OWNER: the remote controller the flyaway report was produced with. */
  readonly reportController?: string;
  /** FLY-NOT-THEFT: whether the aircraft was stolen or accidentally lost (not a flyaway). */
  readonly theftOrLoss?: boolean;
  /** FLY-RECORDS: whether the accident's flight records were synced through the app. */
  readonly flightRecordsSynced?: boolean;
}

/**
 * What an accepted flyaway check tells a support agent.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = checkFlyaway(plan, [], { at: '2026-04-02T18:00:00Z', serial: 'A1',
 *   accountBindings: [{ account: 'pilot@example.com', boundAt: '2026-03-01T15:00:00Z' }],
 *   controllerBindings: [{ controller: 'RC-77', boundAt: '2026-03-01T15:00:00Z' }],
 *   claimantAccount: 'pilot@example.com', reportController: 'RC-77', theftOrLoss: false, flightRecordsSynced: true,
 * });
 * d.ok && d.value;
 * //=> { serial: 'A1', at: '2026-04-02T13:00:00.000-05:00', quotaClause: 'QUOTA-1Y', period: { kind: 'replacement', clause: 'PERIOD-1Y', ... },
 * //=>   remainingBefore: { replacements: 2, damage: 2, flyaway: 1 }, account: 'pilot@example.com', controller: 'RC-77' }
 * ```
 *
 * @category Flyaway
 */
export interface FlyawayEligibility {
  readonly serial: string;
  /** The incident instant, ISO-8601 with the plan zone's offset. */
  readonly at: string;
  /** The quota the replacement would use: `'QUOTA-1Y'`, `'QUOTA-2Y'` or `'PLUS-EFFECT'`. */
  readonly quotaClause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  /** The validity period the incident falls in. */
  readonly period: Period;
  /** What is left before this replacement. */
  readonly remainingBefore: Remaining;
  /** The account bound at the incident. */
  readonly account: string;
  /** The remote controller bound at the incident. */
  readonly controller: string;
}

interface Binding {
  readonly who: string;
  readonly boundMs: number;
  readonly unboundMs: number | null;
}

function readBindings(value: unknown, field: string, key: 'account' | 'controller'): readonly Binding[] | undefined {
  if (value === undefined) return undefined;
  return requireArray(value, field).map((item, i) => {
    const f = `${field}[${i}]`;
    const b = requireRecord(item, f);
    const who = requireString(b[key], `${f}.${key}`);
    const boundMs = requireInstant(b.boundAt, `${f}.boundAt`);
    const unboundMs = b.unboundAt === undefined || b.unboundAt === null ? null : requireInstant(b.unboundAt, `${f}.unboundAt`);
    if (unboundMs !== null && unboundMs < boundMs) {
      throw new InvalidInputError(`${f}.unboundAt`, 'invalid-value', 'the unbinding cannot be before the binding', b.unboundAt);
    }
    return { who, boundMs, unboundMs };
  });
}

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'wrong-type', 'expected true or false', value);
  return value;
}

function optionalString(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : requireString(value, field);
}

const NOT_GIVEN = 'not given';

interface BindingFacts {
  readonly checks: Check[];
  /** Who was bound at the incident (a binding started strictly before it and still in force). */
  readonly inForce: string | undefined;
}

/** FLY-ACCOUNT-BOUND / FLY-RC-BOUND and FLY-NOT-UNBOUND for one binding history. */
function bindingChecks(
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

/** The checks of a flyaway claim, for {@link checkFlyaway} and `assessReplacement`. */
export function flyawayChecks(
  vp: ValidPlan,
  state: LedgerState,
  incident: unknown,
  field: string,
): { readonly checks: Check[]; readonly ms: number; readonly value: () => FlyawayEligibility } {
  const i = requireRecord(incident, field);
  const ms = requireNextInstant(vp, state, i.at, `${field}.at`);
  const serial = serialCheck(state, i.serial, `${field}.serial`);
  const accounts = readBindings(i.accountBindings, `${field}.accountBindings`, 'account');
  const controllers = readBindings(i.controllerBindings, `${field}.controllerBindings`, 'controller');
  const claimant = optionalString(i.claimantAccount, `${field}.claimantAccount`);
  const reporter = optionalString(i.reportController, `${field}.reportController`);
  const theft = optionalBoolean(i.theftOrLoss, `${field}.theftOrLoss`);
  const synced = optionalBoolean(i.flightRecordsSynced, `${field}.flightRecordsSynced`);
  const product = vp.product;

  const checks: Check[] = [serial];
  checks.push(
    check(
      'FLY-MODEL',
      product.services.flyawayReplacement,
      product.services.flyawayReplacement
        ? `${product.name} has flyaway replacement.`
        : `Flyaway replacement is not offered for ${product.name}.`,
      'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE',
      product.name,
    ),
  );
  const account = bindingChecks(vp, accounts, ms, 'FLY-ACCOUNT-BOUND', 'DJI account');
  const controller = bindingChecks(vp, controllers, ms, 'FLY-RC-BOUND', 'remote controller');
  checks.push(...account.checks, ...controller.checks);

  // FLY-OWNER: the owner of the bound account applies, with the report from the bound controller.
  const ownerExpected = account.inForce === undefined ? 'the owner of the account bound at the flyaway' : `account ${account.inForce}`;
  checks.push(
    claimant === undefined
      ? check('FLY-OWNER', false, 'The account applying for the flyaway replacement is needed.', ownerExpected, NOT_GIVEN)
      : account.inForce === undefined
        ? check('FLY-OWNER', false, 'No account was bound to the aircraft at the flyaway, so no one can apply as its owner.', ownerExpected, claimant)
        : check(
            'FLY-OWNER',
            claimant === account.inForce,
            claimant === account.inForce
              ? 'The claimant is the owner of the bound account.'
              : 'Only the owner of the bound account can apply for the flyaway replacement.',
            ownerExpected,
            claimant,
          ),
  );
  const rcExpected = controller.inForce === undefined ? 'the remote controller bound at the flyaway' : `controller ${controller.inForce}`;
  checks.push(
    reporter === undefined
      ? check('FLY-OWNER', false, 'The remote controller the flyaway report was produced with is needed.', rcExpected, NOT_GIVEN)
      : controller.inForce === undefined
        ? check('FLY-OWNER', false, 'No remote controller was bound to the aircraft at the flyaway to produce the report with.', rcExpected, reporter)
        : check(
            'FLY-OWNER',
            reporter === controller.inForce,
            reporter === controller.inForce
              ? 'The flyaway report was produced with the bound remote controller.'
              : 'The flyaway report must be produced with the bound remote controller.',
            rcExpected,
            reporter,
          ),
  );
  checks.push(
    theft === undefined
      ? check('FLY-NOT-THEFT', false, 'Whether the aircraft was stolen or lost is needed: theft and loss are not covered.', 'not stolen or lost', NOT_GIVEN)
      : check(
          'FLY-NOT-THEFT',
          !theft,
          theft ? 'Theft and accidental loss are not flyaways and are not covered.' : 'The aircraft was not stolen or lost.',
          'not stolen or lost',
          theft ? 'stolen or lost' : 'a flyaway',
        ),
    synced === undefined
      ? check('FLY-RECORDS', false, "Whether the accident's flight records were synced is needed.", 'flight records synced through the app', NOT_GIVEN)
      : check(
          'FLY-RECORDS',
          synced,
          synced ? "The accident's flight records were synced." : "Without the accident's flight records synced through the app there is no flyaway replacement.",
          'flight records synced through the app',
          synced ? 'synced' : 'not synced',
        ),
  );

  const w = windowAt(vp, state, ms);
  const left = w === null ? undefined : remaining(w.window, w.use);
  if (w === null || left === undefined) {
    checks.push(
      check('FLY-QUOTA', false, 'The flyaway is outside the replacement validity: no flyaway replacement can be used.', 'inside the replacement validity', dateOf(vp, ms)),
    );
  } else {
    const ok = left.flyaway >= 1;
    const where = w.window.name === 'renewal' ? 'in the Care Refresh+ renewal year' : 'on the plan';
    checks.push(
      check(
        'FLY-QUOTA',
        ok,
        ok
          ? `A flyaway replacement is left ${where} (${left.flyaway} flyaway, ${left.replacements} replacement${left.replacements === 1 ? '' : 's'}).`
          : left.replacements === 0
            ? `No replacement is left ${where}.`
            : `No flyaway replacement is left ${where}.`,
        'a flyaway use and a replacement left',
        `${left.flyaway} flyaway, ${left.replacements} replacement${left.replacements === 1 ? '' : 's'} left (${w.window.clause})`,
      ),
    );
  }
  return {
    checks,
    ms,
    value: () => {
      const window = w as NonNullable<typeof w>;
      return {
        serial: state.serial,
        at: instantOf(vp, ms),
        quotaClause: window.window.clause,
        period: window.window.period,
        remainingBefore: left as Remaining,
        account: account.inForce as string,
        controller: controller.inForce as string,
      };
    },
  };
}

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
 * @param options - `terms` to decide under (default: the source's)
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
export function checkFlyaway(
  plan: Plan,
  events: readonly ServiceEvent[],
  incident: FlyawayIncident,
  options: RuleOptions = {},
): Decision<FlyawayEligibility> {
  const terms = resolveTerms(requireRecord(options, 'options').terms as Terms | undefined);
  const vp = resolvePlan(plan, terms);
  const state = readLedger(vp, events);
  const { checks, value } = flyawayChecks(vp, state, incident, 'incident');
  return decide(checks, value, terms.edition);
}
