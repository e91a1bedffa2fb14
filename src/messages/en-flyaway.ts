/**
 * The English words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the English catalogue, spread into it by `en.ts`.
 *
 * @module
 */
import type { Catalogue } from './codes';
import { NOT_GIVEN, count } from './en-eligibility';

/** The codes of this part. */
export type FlyawayCode = Extract<keyof Catalogue, `fly.${string}`>;

const FLY_WHERE = { term: 'on the plan', renewal: 'in the Care Refresh+ renewal year' } as const;
const BINDING = { account: 'DJI account', controller: 'remote controller' } as const;
const RECORDS = 'flight records synced through the app';
const NOT_THEFT = 'not stolen or lost';

function flyQuotaReceived(p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }): string {
  return `${p.flyaway} flyaway, ${count(p.replacements, 'replacement', 'replacements')} left (${p.quota})`;
}

function ownerExpected(account: string | null): string {
  return account === null ? 'the owner of the account bound at the flyaway' : `account ${account}`;
}

function reportExpected(controller: string | null): string {
  return controller === null ? 'the remote controller bound at the flyaway' : `controller ${controller}`;
}

/**
 * The English words of the flyaway codes.
 *
 * @example
 * ```ts
 * ENGLISH_FLYAWAY['fly.records.synced']({}).message; //=> "The accident's flight records were synced."
 * ```
 */
export const ENGLISH_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => ({
    message: `${p.productName} has flyaway replacement.`,
    expected: 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE',
    received: p.productName,
  }),
  'fly.model.not-offered': (p) => ({
    message: `Flyaway replacement is not offered for ${p.productName}.`,
    expected: 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 or Mini SE',
    received: p.productName,
  }),
  'fly.binding.history-needed': (p) => ({
    message: `The ${BINDING[p.of]} binding history is needed to judge a flyaway claim.`,
    expected: `${BINDING[p.of]} bound strictly before the flyaway`,
    received: NOT_GIVEN,
  }),
  'fly.binding.bound-before': (p) => ({
    message: `The ${BINDING[p.of]} was bound on ${p.date}, before the flyaway.`,
    expected: `${BINDING[p.of]} bound strictly before the flyaway`,
    received: `bound ${p.boundAt}`,
  }),
  'fly.binding.not-bound-before': (p) => ({
    message: `The ${BINDING[p.of]} was not bound before the flyaway; flyaway replacement needs it bound in advance.`,
    expected: `${BINDING[p.of]} bound strictly before the flyaway`,
    received: p.firstBoundAt === null ? 'never bound' : `first bound ${p.firstBoundAt}`,
  }),
  'fly.unbound.history-needed': (p) => ({
    message: `The ${BINDING[p.of]} binding history is needed to know whether it was unbound before the flyaway.`,
    expected: `${BINDING[p.of]} still bound at the flyaway`,
    received: NOT_GIVEN,
  }),
  'fly.unbound.no-binding-before': (p) => ({
    message: `No ${BINDING[p.of]} binding was undone before the flyaway.`,
    expected: `${BINDING[p.of]} still bound at the flyaway`,
    received: 'no binding before the flyaway',
  }),
  'fly.unbound.still-bound': (p) => ({
    message: `The ${BINDING[p.of]} binding was in force when the flyaway occurred.`,
    expected: `${BINDING[p.of]} still bound at the flyaway`,
    received: 'still bound',
  }),
  'fly.unbound.undone': (p) => ({
    message: `The ${BINDING[p.of]} binding was undone on ${p.date}, before the flyaway occurred.`,
    expected: `${BINDING[p.of]} still bound at the flyaway`,
    received: `unbound ${p.unboundAt}`,
  }),
  'fly.owner.claimant-needed': (p) => ({
    message: 'The account applying for the flyaway replacement is needed.',
    expected: ownerExpected(p.account),
    received: NOT_GIVEN,
  }),
  'fly.owner.no-account-bound': (p) => ({
    message: 'No account was bound to the aircraft at the flyaway, so no one can apply as its owner.',
    expected: ownerExpected(null),
    received: p.claimant,
  }),
  'fly.owner.is-owner': (p) => ({ message: 'The claimant is the owner of the bound account.', expected: ownerExpected(p.account), received: p.claimant }),
  'fly.owner.not-owner': (p) => ({
    message: 'Only the owner of the bound account can apply for the flyaway replacement.',
    expected: ownerExpected(p.account),
    received: p.claimant,
  }),
  'fly.report.controller-needed': (p) => ({
    message: 'The remote controller the flyaway report was produced with is needed.',
    expected: reportExpected(p.controller),
    received: NOT_GIVEN,
  }),
  'fly.report.no-controller-bound': (p) => ({
    message: 'No remote controller was bound to the aircraft at the flyaway to produce the report with.',
    expected: reportExpected(null),
    received: p.reporter,
  }),
  'fly.report.bound-controller': (p) => ({
    message: 'The flyaway report was produced with the bound remote controller.',
    expected: reportExpected(p.controller),
    received: p.reporter,
  }),
  'fly.report.other-controller': (p) => ({
    message: 'The flyaway report must be produced with the bound remote controller.',
    expected: reportExpected(p.controller),
    received: p.reporter,
  }),
  'fly.theft.needed': () => ({
    message: 'Whether the aircraft was stolen or lost is needed: theft and loss are not covered.',
    expected: NOT_THEFT,
    received: NOT_GIVEN,
  }),
  'fly.theft.stolen-or-lost': () => ({ message: 'Theft and accidental loss are not flyaways and are not covered.', expected: NOT_THEFT, received: 'stolen or lost' }),
  'fly.theft.flyaway': () => ({ message: 'The aircraft was not stolen or lost.', expected: NOT_THEFT, received: 'a flyaway' }),
  'fly.records.needed': () => ({ message: "Whether the accident's flight records were synced is needed.", expected: RECORDS, received: NOT_GIVEN }),
  'fly.records.synced': () => ({ message: "The accident's flight records were synced.", expected: RECORDS, received: 'synced' }),
  'fly.records.not-synced': () => ({
    message: "Without the accident's flight records synced through the app there is no flyaway replacement.",
    expected: RECORDS,
    received: 'not synced',
  }),
  'fly.quota.outside-validity': (p) => ({
    message: 'The flyaway is outside the replacement validity: no flyaway replacement can be used.',
    expected: 'inside the replacement validity',
    received: p.date,
  }),
  'fly.quota.left': (p) => ({
    message: `A flyaway replacement is left ${FLY_WHERE[p.window]} (${p.flyaway} flyaway, ${count(p.replacements, 'replacement', 'replacements')}).`,
    expected: 'a flyaway use and a replacement left',
    received: flyQuotaReceived(p),
  }),
  'fly.quota.no-replacement-left': (p) => ({
    message: `No replacement is left ${FLY_WHERE[p.window]}.`,
    expected: 'a flyaway use and a replacement left',
    received: flyQuotaReceived(p),
  }),
  'fly.quota.no-flyaway-left': (p) => ({
    message: `No flyaway replacement is left ${FLY_WHERE[p.window]}.`,
    expected: 'a flyaway use and a replacement left',
    received: flyQuotaReceived(p),
  }),
  'fly.quota.model-has-none': (p) => ({
    message: `The plan for ${p.productName} has no flyaway quota: this model's plan includes no flyaway replacement.`,
    expected: 'a flyaway use and a replacement left',
    received: flyQuotaReceived({ flyaway: 0, replacements: p.replacements, quota: p.quota }),
  }),
});
