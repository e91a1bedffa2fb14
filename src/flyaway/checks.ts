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
import { check } from '../decision';
import { InvalidInputError } from '../errors';
import { requireNextInstant, serialCheck } from '../ledger/checks';
import type { LedgerState } from '../ledger/state';
import { type ValidPlan, dateOf, instantOf } from '../ledger/valid-plan';
import { type Remaining, remaining, windowAt } from '../ledger/windows';
import type { Period } from '../time/period';
import type { Check, InstantInput } from '../types';
import { readRecord, requireString } from '../validate';
import { type AccountBinding, type ControllerBinding, NOT_GIVEN, bindingChecks, readBindings } from './bindings';

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
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'wrong-type', 'expected true or false', value);
  return value;
}

function optionalString(value: unknown, field: string): string | undefined {
  return value === undefined ? undefined : requireString(value, field);
}

/** The checks of a flyaway claim, for {@link checkFlyaway} and `assessReplacement`. */
export function flyawayChecks(
  vp: ValidPlan,
  state: LedgerState,
  incident: unknown,
  field: string,
): { readonly checks: Check[]; readonly ms: number; readonly value: () => FlyawayEligibility } {
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
