/**
 * The English message catalogue: every code's words, from its params. The one place the
 * library's English sentences are written (issue 11); other locales are catalogues of the
 * same type ({@link Catalogue}). Its parts by rule area are in `en-eligibility.ts`,
 * `en-plan.ts`, `en-ledger.ts` and `en-flyaway.ts`; this module holds DJI Care Refresh+
 * (PLUS-ELIGIBLE, PLUS-NOT-2Y, PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT,
 * PERIOD-SAFE-FLIGHT) and the place of service (USE-INTERNATIONAL).
 *
 * @module
 */
import type { Catalogue, Locale, MessageParams } from './codes';
import { ENGLISH_ELIGIBILITY, NOT_GIVEN, count } from './en-eligibility';
import { ENGLISH_FLYAWAY } from './en-flyaway';
import { ENGLISH_LEDGER, TERM } from './en-ledger';
import { ENGLISH_PLAN } from './en-plan';
import { ENGLISH_TEXTS } from './texts';
import { ENGLISH_GLOSSARY } from '../locale/en-glossary';

const USED = {
  'damage-replacement': 'A damage replacement',
  'flyaway-replacement': 'A flyaway replacement',
  'discounted-repair': 'A discounted repair',
} as const;

function plusDates(p: MessageParams['plus.in-force']): { readonly expected: string; readonly received: string } {
  return { expected: `between ${p.startDate} and ${p.lastDate}`, received: p.date };
}

const PROOF = 'official or authorised';

/**
 * The English words of every code (those of the eligibility rules and TERMS-CALLER live in
 * `en-eligibility.ts`, so that a bundle of the eligibility check alone carries only them; the
 * other parts by rule area are spread in beside them).
 *
 * @example
 * ```ts
 * ENGLISH['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, { tag: 'en', region: undefined, timeZone: undefined });
 * //=> { message: 'The aircraft was activated more than 48 hours before the purchase.',
 * //=>   expected: 'activated at most 48 hours before purchase (aircraft)', received: 'activated 3 d 20 h before purchase' }
 * ```
 *
 * @category Messages
 */
export const ENGLISH: Catalogue = /* @__PURE__ */ Object.freeze({
  ...ENGLISH_ELIGIBILITY,
  ...ENGLISH_PLAN,
  ...ENGLISH_LEDGER,
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

  ...ENGLISH_FLYAWAY,

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
 * en.messages['express.available']({}, { tag: 'en', region: undefined, timeZone: undefined }).message;
 * //=> 'Express is available: skip damage assessment and quotation, and the replacement ships when the product is received.'
 * ```
 *
 * @category Messages
 */
export const en: Locale = /* @__PURE__ */ Object.freeze({ tag: 'en', messages: ENGLISH, texts: ENGLISH_TEXTS, glossary: ENGLISH_GLOSSARY });
