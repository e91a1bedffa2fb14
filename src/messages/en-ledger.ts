/**
 * The English words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the English catalogue, spread into it by `en.ts`.
 *
 * @module
 */
import type { Catalogue, MessageParams } from './codes';
import { count } from './en-eligibility';

/** The codes of this part. */
export type LedgerCode = Extract<
  keyof Catalogue,
  | `fee.${string}`
  | `replace.${string}`
  | `quota.${string}`
  | `express.${string}`
  | `shipping.${string}`
  | `warranty.${string}`
  | `repair.${string}`
  | `maintenance.${string}`
>;

/** A plan term in words (PERIOD-1Y, PERIOD-2Y). */
export const TERM = { '1y': '1-year', '2y': '2-year' } as const;
const WHERE = { term: 'on the plan', renewal: 'in the DJI Care Refresh+ renewal year' } as const;
const OVER_WHERE = { term: 'the validity of the plan', renewal: 'the DJI Care Refresh+ renewal year' } as const;

function planName(p: MessageParams['fee.no-schedule']): string {
  return `${p.productName}, ${TERM[p.term]} plan, ${p.region}`;
}

/**
 * The English words of the fee, replacement, quota, service, warranty, repair and maintenance
 * codes.
 *
 * @example
 * ```ts
 * ENGLISH_LEDGER['repair.none-left']({}).message; //=> 'No discounted repair is left on the plan.'
 * ```
 */
export const ENGLISH_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
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
});
