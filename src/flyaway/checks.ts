/**
 * The checks of a flyaway claim (FAQ 7, 8, 9): FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-RC-BOUND,
 * FLY-NOT-UNBOUND, FLY-OWNER, FLY-NOT-THEFT, FLY-RECORDS, FLY-QUOTA, for {@link checkFlyaway}
 * and `assessReplacement`.
 *
 * Every fact the clauses need is an explicit input; a fact left out is a failing reason
 * ("not given"), never assumed. No money here: the fee is quoted by `assessReplacement`.
 *
 * @module
 */
import { type CodedCheck, check } from '../decision';
import { InvalidInputError } from '../errors';
import { outsideCheck, requireNextInstant, serialCheck } from '../ledger/checks';
import { serviceCheck } from '../ledger/services';
import type { LedgerState } from '../ledger/state';
import { type ValidPlan, dateOf, instantOf } from '../ledger/valid-plan';
import { type Remaining, remaining, replacementValidity, windowAt } from '../ledger/windows';
import type { Period } from '../time/period';
import type { InstantInput } from '../types';
import { isNone, optional, readRecord, requireString } from '../validate';
import { type AccountBinding, type ControllerBinding, bindingChecks, readBindings } from './bindings';

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
  /** The aircraft's account binding history (FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND); `null` or absent: not given. */
  readonly accountBindings?: readonly AccountBinding[] | null;
  /** The aircraft's remote-controller binding history (FLY-RC-BOUND, FLY-NOT-UNBOUND); `null` or absent: not given. */
  readonly controllerBindings?: readonly ControllerBinding[] | null;
  /** FLY-OWNER: the DJI account applying for the flyaway replacement; `null` or absent: not given. */
  readonly claimantAccount?: string | null;
  /** FLY-OWNER: the remote controller the flyaway report was produced with; `null` or absent: not given. */
  readonly reportController?: string | null;
  /** FLY-NOT-THEFT: whether the aircraft was stolen or accidentally lost (not a flyaway); `null` or absent: not given. */
  readonly theftOrLoss?: boolean | null;
  /** FLY-RECORDS: whether the accident's flight records were synced through the app; `null` or absent: not given. */
  readonly flightRecordsSynced?: boolean | null;
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

/** The fields of a flyaway incident (and of a flyaway claim, with its `type` and `express`). */
export const INCIDENT_KEYS = [
  'at',
  'serial',
  'accountBindings',
  'controllerBindings',
  'claimantAccount',
  'reportController',
  'theftOrLoss',
  'flightRecordsSynced',
] as const;

function optionalBoolean(value: unknown, field: string): boolean | undefined {
  if (isNone(value)) return undefined;
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'wrong-type', 'expected true or false', value);
  return value;
}

function optionalString(value: unknown, field: string): string | undefined {
  return optional(value, field, requireString);
}

/** The checks of a flyaway claim, for {@link checkFlyaway} and `assessReplacement`. */
export function flyawayChecks(
  vp: ValidPlan,
  state: LedgerState,
  incident: unknown,
  field: string,
): { readonly checks: CodedCheck[]; readonly ms: number; readonly value: () => FlyawayEligibility } {
  const i = readRecord(incident, field, INCIDENT_KEYS);
  const ms = requireNextInstant(vp, state, i.at, `${field}.at`);
  const serial = serialCheck(state, i.serial, `${field}.serial`);
  const accounts = readBindings(i.accountBindings, `${field}.accountBindings`, 'account');
  const controllers = readBindings(i.controllerBindings, `${field}.controllerBindings`, 'controller');
  const claimant = optionalString(i.claimantAccount, `${field}.claimantAccount`);
  const reporter = optionalString(i.reportController, `${field}.reportController`);
  const theft = optionalBoolean(i.theftOrLoss, `${field}.theftOrLoss`);
  const synced = optionalBoolean(i.flightRecordsSynced, `${field}.flightRecordsSynced`);

  const product = vp.product;
  const has = product.services.flyawayReplacement;
  // PERIOD-OUTSIDE beside FLY-QUOTA: checkFlyaway and assessReplacement cite the same clauses.
  const checks: CodedCheck[] = [serial, outsideCheck(vp, ms, replacementValidity(vp, state), 'flyaway'), serviceCheck(product, 'flyawayReplacement')];
  const account = bindingChecks(vp, accounts, ms, 'FLY-ACCOUNT-BOUND', 'account');
  const controller = bindingChecks(vp, controllers, ms, 'FLY-RC-BOUND', 'controller');
  checks.push(...account.checks, ...controller.checks);

  // FLY-OWNER: the owner of the bound account applies, with the report from the bound controller.
  checks.push(
    claimant === undefined
      ? check('FLY-OWNER', false, 'fly.owner.claimant-needed', { account: account.inForce ?? null })
      : account.inForce === undefined
        ? check('FLY-OWNER', false, 'fly.owner.no-account-bound', { claimant })
        : check('FLY-OWNER', claimant === account.inForce, claimant === account.inForce ? 'fly.owner.is-owner' : 'fly.owner.not-owner', {
            account: account.inForce,
            claimant,
          }),
  );
  checks.push(
    reporter === undefined
      ? check('FLY-OWNER', false, 'fly.report.controller-needed', { controller: controller.inForce ?? null })
      : controller.inForce === undefined
        ? check('FLY-OWNER', false, 'fly.report.no-controller-bound', { reporter })
        : check(
            'FLY-OWNER',
            reporter === controller.inForce,
            reporter === controller.inForce ? 'fly.report.bound-controller' : 'fly.report.other-controller',
            { controller: controller.inForce, reporter },
          ),
  );
  checks.push(
    theft === undefined
      ? check('FLY-NOT-THEFT', false, 'fly.theft.needed', {})
      : check('FLY-NOT-THEFT', !theft, theft ? 'fly.theft.stolen-or-lost' : 'fly.theft.flyaway', {}),
    synced === undefined
      ? check('FLY-RECORDS', false, 'fly.records.needed', {})
      : check('FLY-RECORDS', synced, synced ? 'fly.records.synced' : 'fly.records.not-synced', {}),
  );

  const w = windowAt(vp, state, ms);
  const left = w === null ? undefined : remaining(w.window, w.use);
  if (w === null || left === undefined) {
    checks.push(check('FLY-QUOTA', false, 'fly.quota.outside-validity', { date: dateOf(vp, ms) }));
  } else if (!has) {
    // A model without flyaway: its plan has no flyaway quota at all (not one used up).
    checks.push(check('FLY-QUOTA', false, 'fly.quota.model-has-none', { productName: product.name, replacements: left.replacements, quota: w.window.clause }));
  } else {
    const ok = left.flyaway >= 1;
    const params = { window: w.window.name, flyaway: left.flyaway, replacements: left.replacements, quota: w.window.clause };
    checks.push(
      check('FLY-QUOTA', ok, ok ? 'fly.quota.left' : left.replacements === 0 ? 'fly.quota.no-replacement-left' : 'fly.quota.no-flyaway-left', params),
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
