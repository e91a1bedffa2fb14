/**
 * The English words of the eligibility rules (REGION-*, ELIG-*) and of TERMS-CALLER: the part
 * of the English catalogue that `checkPurchaseEligibility` renders with, in a module of its
 * own so that a storefront bundling only the eligibility check does not carry the rest.
 * `en.ts` spreads it into the whole catalogue.
 *
 * @module
 */
import { formatElapsed } from '../time/instant';
import type { Catalogue, MessageParams, MessageText, RenderContext } from './codes';

/** The codes of this part. */
export type EligibilityCode = Extract<keyof Catalogue, `region.${string}` | `elig.${string}` | 'terms.caller-figure'>;

/**
 * The codes of the eligibility checks that can fail or vary per call: in English each gives all
 * three words, so `checkPurchaseEligibility` writes them into a check of one shape without
 * reading them back (the library's own templates; a caller's catalogue is checked).
 */
export type WordedCode = Exclude<EligibilityCode, 'elig.verify.apply' | 'elig.verify.await-notice' | 'terms.caller-figure'>;

/** The English eligibility part: a catalogue part whose {@link WordedCode} templates give every word. */
export type EnglishEligibility = Pick<Catalogue, EligibilityCode> & {
  readonly [C in WordedCode]: (params: MessageParams[C], context: RenderContext) => Required<MessageText>;
};

const plurals = /* @__PURE__ */ new Intl.PluralRules('en');

/** `1 replacement`, `2 replacements`: English plurals through `Intl.PluralRules`. */
export function count(n: number, one: string, other: string): string {
  return `${n} ${plurals.select(n) === 'one' ? one : other}`;
}

export const NOT_GIVEN = 'not given';

/** A window as words: whole days from 72 hours on, else hours (`48 hours`, `30 days`). */
function window(hours: number): string {
  return hours % 24 === 0 && hours >= 72 ? `${hours / 24} days` : `${hours} hours`;
}

function elapsed(seconds: number): string {
  return formatElapsed(seconds * 1000);
}

const SOLD = 'a country or region where DJI Care Refresh is sold';
const ONCE = 'a product never bound to a plan';

/**
 * What a check of an elapsed time received (ELIG-48H, ELIG-30D, ELIG-VERIFY): the one word of
 * these checks that varies per call; `checkPurchaseEligibility` makes the others once per terms.
 */
export const activatedBefore = (seconds: number): string => `activated ${elapsed(seconds)} before purchase`;
export const boughtAfter = (seconds: number): string => `bought ${elapsed(seconds)} after the notice`;
export const boughtBefore = (seconds: number): string => `bought ${elapsed(seconds)} before the notice`;

function verifyExpected(hours: number): string {
  return `bought within ${hours} hours after the purchasing notice`;
}

/** The English words of the eligibility codes and of TERMS-CALLER. */
export const ENGLISH_ELIGIBILITY: EnglishEligibility = /* @__PURE__ */ Object.freeze({
  'region.sold': (p) => ({ message: `DJI Care Refresh is sold in ${p.region}.`, expected: SOLD, received: p.region }),
  'region.not-sold': (p) => ({ message: `DJI Care Refresh is not sold in ${p.region}.`, expected: SOLD, received: p.region }),
  'region.same': (p) => ({
    message: 'The plan and the product are bought in the same country or region.',
    expected: `the product's country or region (${p.region})`,
    received: p.region,
  }),
  'region.mismatch': (p) => ({
    message: 'The plan must be bought in the same country or region as the product.',
    expected: `the product's country or region (${p.productRegion})`,
    received: p.planRegion,
  }),
  'elig.once.never-bound': () => ({ message: 'This product has never been bound to DJI Care Refresh.', expected: ONCE, received: 'never bound' }),
  'elig.once.bound': () => ({
    message: 'This product has already been bound to DJI Care Refresh (or received as a replacement under a plan); it cannot be bound again.',
    expected: ONCE,
    received: 'bound before',
  }),
  'elig.once.unknown': () => ({
    message: 'It is not known whether this product has had a DJI Care Refresh plan before; ask before selling.',
    expected: 'whether the product was ever bound to a plan',
    received: NOT_GIVEN,
  }),
  'elig.new.unknown': () => ({
    message: 'It is not known whether the product has been activated; ask before selling.',
    expected: 'the activation instant, or null if never activated',
    received: NOT_GIVEN,
  }),
  'elig.new.never-activated': () => ({ message: 'The product is brand new and has not been activated.', expected: 'an un-activated product', received: 'never activated' }),
  'elig.window.within': (p) => ({
    message: `The ${p.category} was activated within ${window(p.hours)} of the purchase.`,
    expected: `activated at most ${window(p.hours)} before purchase (${p.category})`,
    received: activatedBefore(p.elapsedSeconds),
  }),
  'elig.window.exceeded': (p) => ({
    message: `The ${p.category} was activated more than ${window(p.hours)} before the purchase.`,
    expected: `activated at most ${window(p.hours)} before purchase (${p.category})`,
    received: activatedBefore(p.elapsedSeconds),
  }),
  'elig.verify.no-notice': () => ({
    message: 'The product has not passed verification.',
    expected: 'a purchasing notice after send-back or video verification',
    received: 'no notice',
  }),
  'elig.verify.within': (p) => ({
    message: `The product passed verification and the plan is bought within ${p.hours} hours of the purchasing notice.`,
    expected: verifyExpected(p.hours),
    received: boughtAfter(p.elapsedSeconds),
  }),
  'elig.verify.exceeded': (p) => ({
    message: `More than ${p.hours} hours have passed since the purchasing notice.`,
    expected: verifyExpected(p.hours),
    received: boughtAfter(p.elapsedSeconds),
  }),
  'elig.verify.before-notice': (p) => ({
    message: 'The plan was bought before the purchasing notice was received.',
    expected: verifyExpected(p.hours),
    received: boughtBefore(p.elapsedSeconds),
  }),
  'elig.verify.apply': (p) => ({
    message: `Contact DJI Support and send the product back or apply for video verification; once it passes, buy the plan within ${p.hours} hours of the purchasing notice.`,
  }),
  'elig.verify.await-notice': (p) => ({
    message: `Wait for the purchasing notice that follows the verification; once it has arrived, buy the plan within ${p.hours} hours of it.`,
  }),

  'terms.caller-figure': (p) => ({
    message: `A figure of this decision comes from the caller's own terms (${p.source}), standing in for the source's under ${p.rule}.`,
  }),
});
