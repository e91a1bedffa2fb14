/**
 * The English message catalogue: every code's words, from its params. The one place the
 * library's English sentences are written (issue 11); other locales are catalogues of the
 * same type ({@link Catalogue}).
 *
 * @module
 */
import type { Catalogue, Locale, MessageParams } from './codes';
import { ENGLISH_ELIGIBILITY, NOT_GIVEN, count } from './en-eligibility';

const TERM = { '1y': '1-year', '2y': '2-year' } as const;
const WHERE = { term: 'on the plan', renewal: 'in the DJI Care Refresh+ renewal year' } as const;
const FLY_WHERE = { term: 'on the plan', renewal: 'in the Care Refresh+ renewal year' } as const;
const OVER_WHERE = { term: 'the validity of the plan', renewal: 'the DJI Care Refresh+ renewal year' } as const;
const BINDING = { account: 'DJI account', controller: 'remote controller' } as const;
const USED = {
  'damage-replacement': 'A damage replacement',
  'flyaway-replacement': 'A flyaway replacement',
  'discounted-repair': 'A discounted repair',
} as const;


function planName(p: MessageParams['fee.no-schedule']): string {
  return `${p.productName}, ${TERM[p.term]} plan, ${p.region}`;
}

function validity(p: MessageParams['period.inside']): { readonly expected: string; readonly received: string } {
  return { expected: `between ${p.startDate} and ${p.lastDate}`, received: p.date };
}

function flyQuotaReceived(p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }): string {
  return `${p.flyaway} flyaway, ${count(p.replacements, 'replacement', 'replacements')} left (${p.quota})`;
}

function plusDates(p: MessageParams['plus.in-force']): { readonly expected: string; readonly received: string } {
  return { expected: `between ${p.startDate} and ${p.lastDate}`, received: p.date };
}

function ownerExpected(account: string | null): string {
  return account === null ? 'the owner of the account bound at the flyaway' : `account ${account}`;
}

function reportExpected(controller: string | null): string {
  return controller === null ? 'the remote controller bound at the flyaway' : `controller ${controller}`;
}

const RECORDS = 'flight records synced through the app';
const NOT_THEFT = 'not stolen or lost';
const PROOF = 'official or authorised';

/**
 * The English words of every code (those of the eligibility rules and TERMS-CALLER live in
 * `en-eligibility.ts`, so that a bundle of the eligibility check alone carries only them).
 *
 * @example
 * ```ts
 * ENGLISH['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 });
 * //=> { message: 'The aircraft was activated more than 48 hours before the purchase.',
 * //=>   expected: 'activated at most 48 hours before purchase (aircraft)', received: 'activated 3 d 20 h before purchase' }
 * ```
 *
 * @category Messages
 */
export const ENGLISH: Catalogue = /* @__PURE__ */ Object.freeze({
  ...ENGLISH_ELIGIBILITY,
  'date.bundled.activation-unknown': () => ({
    message: 'It is not known whether the product has been activated.',
    expected: 'the activation instant, or null',
    received: NOT_GIVEN,
  }),
  'date.bundled.not-activated': () => ({
    message: 'The plan takes effect on the activation date; the product has not been activated yet.',
    expected: 'an activated product',
    received: 'not activated',
  }),
  'date.bundled.activation-date': (p) => ({
    message: 'Bought with the product: the agreement date is the activation date.',
    expected: 'the activation date',
    received: p.date,
  }),
  'date.bundled.activated-before-auto-start': (p) => ({
    message: 'The product was activated before the automatic start date.',
    expected: `activated before ${p.autoStartDate}`,
    received: p.activationDate,
  }),
  'date.bundled-om.delivery-needed': (p) => ({
    message: `The delivery date is needed: for ${p.productName} the plan takes effect ${p.days} days after delivery if the product is not activated first.`,
    expected: 'the delivery date',
    received: NOT_GIVEN,
  }),
  'date.bundled-om.auto-start': (p) => ({
    message: `The plan takes effect automatically ${p.days} days after the delivery date.`,
    expected: `not activated before ${p.autoStartDate}`,
    received: p.activationDate === null ? 'not activated' : `activated ${p.activationDate}`,
  }),
  'date.separate': (p) => ({ message: 'Bought separately: the agreement date is the day of purchase.', expected: 'the purchase date', received: p.date }),
  'date.code': (p) => ({ message: 'Bound with an activation code: the agreement date is the day of binding.', expected: 'the binding date', received: p.date }),

  'rebind.unit.current': (p) => ({ message: `Unit ${p.serial} is the unit bound to the plan.`, expected: `the plan's unit (${p.serial})`, received: p.serial }),
  'rebind.unit.replaced-not-rebound': (p) => ({
    message: `Unit ${p.serial} was replaced and no longer has a plan; record the rebinding to the unit received, then claim for that unit.`,
    expected: 'a unit bound to the plan (record the rebinding after a replacement)',
    received: `${p.serial} (replaced)`,
  }),
  'rebind.unit.former': (p) => ({
    message: `Unit ${p.serial} was replaced; the plan moved to unit ${p.planSerial} and the original unit no longer has a plan.`,
    expected: `the plan's unit (${p.planSerial})`,
    received: p.serial,
  }),
  'rebind.replaced': (p) => ({
    message: `Unit ${p.serial} was replaced; the plan moves to the unit received.`,
    expected: 'a replacement not yet rebound',
    received: 'replaced',
  }),
  'rebind.no-replacement': (p) => ({
    message: `Unit ${p.serial} has had no replacement to rebind after.`,
    expected: 'a replacement not yet rebound',
    received: 'no replacement',
  }),
  'rebind.new-unit.bound-before': (p) => ({
    message: `Unit ${p.newSerial} has already been bound to this plan; a product is bound only once.`,
    expected: 'a unit never bound to the plan',
    received: 'bound before',
  }),
  'rebind.new-unit.never-bound': (p) => ({
    message: `Unit ${p.newSerial} has not been bound to this plan before.`,
    expected: 'a unit never bound to the plan',
    received: 'never bound',
  }),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `Unit ${p.newSerial} now carries this plan: do not sell DJI Care Refresh for it (previouslyBound: true).`,
  }),

  'period.inside': (p) => ({ message: `The ${p.subject} is inside the plan's validity.`, ...validity(p) }),
  'period.before-start': (p) => ({ message: `The ${p.subject} is before the plan took effect on ${p.startDate}; it is not covered.`, ...validity(p) }),
  'period.after-end': (p) => ({ message: `The ${p.subject} is after the validity ended (last day ${p.lastDate}); it is not covered.`, ...validity(p) }),

  'fee.no-schedule': (p) => ({
    message: `No replacement fee is published for ${planName(p)}; a fee schedule can be supplied through the terms.`,
    expected: `a fee schedule for ${planName(p)}`,
    received: 'none',
  }),
  'fee.flyaway-unpublished': (p) => ({ message: `No flyaway replacement fee is published for ${planName(p)}.`, expected: 'a published fee', received: 'none' }),
  'fee.renewal-unpublished': (p) => ({
    message: `The fee of a DJI Care Refresh+ replacement is not published for ${planName(p)}.`,
    expected: 'a published fee',
    received: 'none',
  }),
  'fee.ordinal-unpublished': (p) => ({
    message: `No fee is published for replacement number ${p.ordinal} of ${planName(p)}.`,
    expected: 'a published fee',
    received: 'none',
  }),

  'replace.damage.offered': (p) => ({ message: `${p.productName} has damage replacement.`, expected: 'a model with damage replacement', received: p.productName }),
  'replace.damage.not-offered': (p) => ({
    message: `Damage replacement is not offered for ${p.productName}.`,
    expected: 'a model with damage replacement',
    received: p.productName,
  }),
  'quota.damage.left': (p) => ({
    message: `A damage replacement is left ${WHERE[p.window]} (${p.left}).`,
    expected: 'a damage replacement left',
    received: `${p.left} left of ${p.allowed}`,
  }),
  'quota.damage.none-left': (p) => ({
    message: `No damage replacement is left ${WHERE[p.window]}.`,
    expected: 'a damage replacement left',
    received: `${p.left} left of ${p.allowed}`,
  }),
  'quota.left-after': (p) => ({
    message: `${count(p.replacements, 'replacement', 'replacements')} left after it (${p.damage} usable for damage, ${p.flyaway} for a flyaway), until ${p.lastDate}.`,
  }),
  'quota.over-recorded': (p) => {
    const recorded = `${count(p.recorded, 'replacement', 'replacements')} (${p.recordedDamage} damage, ${p.recordedFlyaway} flyaway)`;
    const allowed = `${p.allowed} (${p.allowedDamage} damage, ${p.allowedFlyaway} flyaway)`;
    return {
      message: `The ledger records ${recorded} in ${OVER_WHERE[p.window]} (${p.startDate} to ${p.lastDate}), past its quota of ${allowed}; DJI may have granted an exception.`,
      expected: `at most ${count(p.allowed, 'replacement', 'replacements')} (${p.allowedDamage} damage, ${p.allowedFlyaway} flyaway)`,
      received: recorded,
    };
  },
  'express.requested': () => ({
    message: 'Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.',
  }),
  'express.available': () => ({
    message: 'Express is available: skip damage assessment and quotation, and the replacement ships when the product is received.',
  }),
  'express.not-for-flyaway': () => ({ message: 'Express does not apply to a flyaway: there is no product for the service centre to receive.' }),
  'shipping.paid-by-dji': () => ({ message: 'DJI pays shipping both ways for the replacement service.' }),

  'warranty.covers': (p) => ({
    message: `The malfunction is covered by the warranty (${p.warranty}, last day ${p.lastDate}); it uses none of the plan's replacements or discounts.`,
    expected: 'a malfunction not caused by the user, under warranty',
    received: `${p.warranty} in force`,
  }),
  'warranty.none-in-force': () => ({
    message: "No warranty is in force for this malfunction, so the plan's repair discount is what applies.",
    expected: 'a warranty in force',
    received: 'none',
  }),
  'repair.offered': (p) => ({ message: `${p.productName} has exclusive repair discounts.`, expected: 'DJI Mavic 3 or Mavic 3 Cine', received: p.productName }),
  'repair.not-offered': (p) => ({
    message: `Exclusive repair discounts are not offered for ${p.productName}.`,
    expected: 'DJI Mavic 3 or Mavic 3 Cine',
    received: p.productName,
  }),
  'repair.left': (p) => ({ message: `A discounted repair is left (${p.left}).`, expected: 'a discounted repair left', received: `${p.left} left of ${p.allowed}` }),
  'repair.none-left': (p) => ({ message: 'No discounted repair is left on the plan.', expected: 'a discounted repair left', received: `${p.left} left of ${p.allowed}` }),
  'repair.cap-unpublished': () => ({
    message: 'The discount and its cap ("within a certain quota") are not published in the source.',
    expected: 'a published cap',
    received: 'none',
  }),

  'maintenance.offered': (p) => ({ message: `${p.productName} has factory maintenance.`, expected: 'DJI Mavic 3 or Mavic 3 Cine', received: p.productName }),
  'maintenance.not-offered': (p) => ({
    message: `Factory maintenance is not offered for ${p.productName}.`,
    expected: 'DJI Mavic 3 or Mavic 3 Cine',
    received: p.productName,
  }),
  'maintenance.left': (p) => ({
    message: `A factory maintenance service is left (${p.left}).`,
    expected: 'a factory maintenance service left',
    received: `${p.left} left of ${p.allowed}`,
  }),
  'maintenance.none-left': (p) => ({
    message: 'No factory maintenance service is left on the plan.',
    expected: 'a factory maintenance service left',
    received: `${p.left} left of ${p.allowed}`,
  }),
  'maintenance.findings': () => ({
    message: 'Faults found during factory maintenance are handled through the warranty, a replacement or a discounted repair, whichever applies.',
  }),

  'plus.term.one-year': (p) => ({ message: 'The plan is a 1-year plan.', expected: 'a 1-year plan', received: `a ${TERM[p.term]} plan` }),
  'plus.term.two-year': (p) => ({ message: 'DJI Care Refresh+ is not sold for a 2-year plan.', expected: 'a 1-year plan', received: `a ${TERM[p.term]} plan` }),
  'plus.in-force': (p) => ({ message: 'The plan has not expired.', ...plusDates(p) }),
  'plus.not-started': (p) => ({ message: `The plan has not taken effect yet; it starts on ${p.startDate}.`, ...plusDates(p) }),
  'plus.expired': (p) => ({ message: `The plan expired at the end of ${p.lastDate}.`, ...plusDates(p) }),
  'plus.replacements-left': (p) => ({
    message: `${count(p.left, 'replacement is', 'replacements are')} left.`,
    expected: 'at least one replacement left',
    received: `${p.left} left`,
  }),
  'plus.no-replacement-left': (p) => ({ message: 'No replacement is left on the plan.', expected: 'at least one replacement left', received: `${p.left} left` }),
  'plus.not-bought': () => ({ message: 'DJI Care Refresh+ has not been bought for this plan yet.', expected: 'not bought before', received: 'not bought' }),
  'plus.bought': (p) => ({
    message: `DJI Care Refresh+ was already bought for this plan on ${p.date}; it can be bought once.`,
    expected: 'not bought before',
    received: `bought on ${p.date}`,
  }),

  'safe-flight.not-offered': (p) => ({
    message: `The Safe Flight reward is not offered for ${p.productName}.`,
    expected: 'DJI Mavic 3, Mavic 3 Cine or Action 2',
    received: p.productName,
  }),
  'safe-flight.offered': (p) => ({ message: `The Safe Flight reward is offered for ${p.productName}.` }),
  'safe-flight.none-used': () => ({
    message: 'No replacement and no discounted repair has been used.',
    expected: 'no replacement and no discounted repair used',
    received: 'none used',
  }),
  'safe-flight.used': (p) => ({
    message: `${USED[p.service]} was used on ${p.date}, so the Safe Flight reward is forfeited.`,
    expected: 'no replacement and no discounted repair used',
    received: `${p.service} on ${p.date}`,
  }),
  'safe-flight.validity-ended': (p) => ({
    message: `The plan's validity has ended (last day ${p.validityLastDate}); the reward runs from ${p.startDate} to ${p.lastDate}.`,
    expected: `after ${p.validityLastDate}`,
    received: p.date,
  }),
  'safe-flight.validity-running': (p) => ({
    message: `The reward is decided when the plan's validity ends (last day ${p.validityLastDate}).`,
    expected: `after ${p.validityLastDate}`,
    received: p.date,
  }),
  'safe-flight.ask-again': (p) => ({ message: `Ask again on or after ${p.date}, when the plan's validity has ended.` }),

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

  'location.plan-region': (p) => ({ message: `Service in ${p.region}, where the plan was bought.`, expected: `${p.region} or worldwide`, received: p.region }),
  'location.international': (p) => ({
    message: `${p.productName} has international coverage.`,
    expected: 'a product with international coverage',
    received: p.productName,
  }),
  'location.plan-region-only': (p) => ({
    message: `For ${p.productName} the service is only available in ${p.home}, where the plan was bought.`,
    expected: p.home,
    received: p.region,
  }),
  'location.service-worldwide': (p) => ({
    message: `The ${p.service} service is given worldwide.`,
    expected: 'replacement or extended-warranty',
    received: p.service,
  }),
  'location.service-plan-region-only': (p) => ({
    message: `Only replacement and extended warranty are given outside ${p.home}.`,
    expected: 'replacement or extended-warranty',
    received: p.service,
  }),
  'location.proof-needed': () => ({
    message: "A valid proof of purchase from an official or authorised channel is needed outside the plan's region.",
    expected: PROOF,
    received: NOT_GIVEN,
  }),
  'location.proof-accepted': (p) => ({ message: 'The proof of purchase is from an official or authorised channel.', expected: PROOF, received: p.proof }),
  'location.proof-refused': (p) => ({
    message: 'International service needs a valid proof of purchase from a DJI official store or an authorised channel.',
    expected: PROOF,
    received: p.proof,
  }),

});

/**
 * English, the default locale of every function that writes text.
 *
 * @example
 * ```ts
 * en.tag; //=> 'en'
 * en.messages['express.available']({}).message;
 * //=> 'Express is available: skip damage assessment and quotation, and the replacement ships when the product is received.'
 * ```
 *
 * @category Messages
 */
export const en: Locale = /* @__PURE__ */ Object.freeze({ tag: 'en', messages: ENGLISH });
