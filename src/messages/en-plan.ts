/**
 * The English words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the English catalogue, spread into it by `en.ts`.
 *
 * @module
 */
import type { Catalogue, MessageParams } from './codes';
import { NOT_GIVEN } from './en-eligibility';

/** The codes of this part. */
export type PlanCode = Extract<keyof Catalogue, `date.${string}` | `rebind.${string}` | `period.${string}`>;

function validity(p: MessageParams['period.inside']): { readonly expected: string; readonly received: string } {
  return { expected: `between ${p.startDate} and ${p.lastDate}`, received: p.date };
}

/**
 * The English words of the agreement-date, rebinding and validity codes.
 *
 * @example
 * ```ts
 * ENGLISH_PLAN['date.code']({ date: '2026-03-01' }).expected; //=> 'the binding date'
 * ```
 */
export const ENGLISH_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
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
});
