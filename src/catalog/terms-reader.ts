/**
 * The reader of the caller's terms (TERMS-CALLER): every field of a {@link Terms} value checked
 * and copied into a fresh, deeply frozen snapshot, so that a rule never decides under figures
 * that are not counts, spans, regions or fees (MONEY-UNITS) of the right shape. The quotas
 * (QUOTA-1Y, QUOTA-2Y), terms (PERIOD-1Y, PERIOD-2Y), services (SVC-REPAIR-DISCOUNT,
 * SVC-MAINTENANCE, SVC-WARRANTY-EXT), Care Refresh+ (PLUS-EFFECT), activation windows (ELIG-48H,
 * ELIG-30D, ELIG-VERIFY) and fee schedules (CAT-FEES-MAVIC3-1Y) it reads are described in
 * `./terms`.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { minorUnitOf, requireFeeAmount } from '../money/units';
import { LIMITS } from '../limits';
import { deepFreeze, isNone, readEntries, readListOf, readRecord, requireCount, requireString } from '../validate';
import type { Product, ProductCategory } from './products';
import { requireRegion } from './regions';
import type { CarePlusTerms, FeeSchedule, PlanTermTerms, Terms } from './terms-types';

const CATEGORIES: readonly ProductCategory[] = ['aircraft', 'gimbal', 'handheld'];
const SERVICE_KEYS = ['damageReplacement', 'flyawayReplacement', 'repairDiscount', 'maintenance', 'safeFlight', 'internationalService'] as const;
/**
 * The longest span a figure of the terms may give: 120 months (or as many days or hours).
 * Longer is not a plan's term, and would run computed dates past the year 9999.
 */
const MAX_MONTHS = 120;
const MAX_DAYS = MAX_MONTHS * 31;
const MAX_HOURS = MAX_DAYS * 24;

/** A count of months, days or hours, at most `max`. */
function requireSpan(value: unknown, field: string, max: number, unit: string): number {
  const count = requireCount(value, field);
  if (count > max) throw new InvalidInputError(field, 'invalid-terms', `expected at most ${max} ${unit}`, value);
  return count;
}

function requireFlag(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'invalid-terms', 'expected true or false', value);
  return value;
}

function readProduct(id: string, value: unknown, field: string): Product {
  const p = readRecord(value, field, ['id', 'name', 'category', 'services', 'autoStartDaysAfterDelivery']);
  if (p.id !== id) throw new InvalidInputError(`${field}.id`, 'invalid-terms', `expected '${id}', the key it is listed under`, p.id);
  const name = requireString(p.name, `${field}.name`);
  if (!CATEGORIES.includes(p.category as ProductCategory)) {
    throw new InvalidInputError(`${field}.category`, 'invalid-terms', "expected 'aircraft', 'gimbal' or 'handheld'", p.category);
  }
  const s = readRecord(p.services, `${field}.services`, SERVICE_KEYS);
  const services = {} as Record<(typeof SERVICE_KEYS)[number], boolean>;
  for (const key of SERVICE_KEYS) services[key] = requireFlag(s[key], `${field}.services.${key}`);
  const product: Product = { id, name, category: p.category as ProductCategory, services };
  return isNone(p.autoStartDaysAfterDelivery)
    ? product
    : { ...product, autoStartDaysAfterDelivery: requireSpan(p.autoStartDaysAfterDelivery, `${field}.autoStartDaysAfterDelivery`, MAX_DAYS, 'days') };
}

function readPlanTerms(value: unknown, field: string): PlanTermTerms {
  const plan = readRecord(value, field, ['months', 'replacements', 'flyawayReplacements', 'repairDiscounts', 'maintenance', 'warrantyExtension']);
  const months = requireSpan(plan.months, `${field}.months`, MAX_MONTHS, 'months');
  if (months === 0) throw new InvalidInputError(`${field}.months`, 'invalid-terms', 'expected at least 1 month', months);
  const replacements = requireCount(plan.replacements, `${field}.replacements`);
  const flyawayReplacements = requireCount(plan.flyawayReplacements, `${field}.flyawayReplacements`);
  if (flyawayReplacements > replacements) {
    throw new InvalidInputError(`${field}.flyawayReplacements`, 'invalid-terms', `expected at most the ${replacements} replacements`, flyawayReplacements);
  }
  const repairDiscounts = requireCount(plan.repairDiscounts, `${field}.repairDiscounts`);
  const maintenance = requireCount(plan.maintenance, `${field}.maintenance`);
  const terms: PlanTermTerms = { months, replacements, flyawayReplacements, repairDiscounts, maintenance };
  if (isNone(plan.warrantyExtension)) return terms;
  const ext = readRecord(plan.warrantyExtension, `${field}.warrantyExtension`, ['startsAfterMonths', 'months']);
  return {
    ...terms,
    warrantyExtension: {
      startsAfterMonths: requireSpan(ext.startsAfterMonths, `${field}.warrantyExtension.startsAfterMonths`, MAX_MONTHS, 'months'),
      months: requireSpan(ext.months, `${field}.warrantyExtension.months`, MAX_MONTHS, 'months'),
    },
  };
}

function readFee(value: unknown, field: string, products: Readonly<Record<string, Product>>): FeeSchedule {
  const fee = readRecord(value, field, ['product', 'term', 'region', 'currency', 'replacementFees', 'flyawayFee', 'renewalReplacementFee', 'source']);
  const product = requireString(fee.product, `${field}.product`, LIMITS.idLength);
  if (!Object.hasOwn(products, product)) {
    throw new InvalidInputError(`${field}.product`, 'invalid-terms', 'expected a product of these terms', product);
  }
  if (fee.term !== '1y' && fee.term !== '2y') throw new InvalidInputError(`${field}.term`, 'invalid-terms', "expected '1y' or '2y'", fee.term);
  const region = requireRegion(fee.region, `${field}.region`);
  // MONEY-UNITS: a fee with more decimals than its currency has is invalid terms.
  const currency = fee.currency as string;
  const minor = minorUnitOf(currency, `${field}.currency`, 'invalid-terms');
  const replacementFees = readListOf(fee.replacementFees, `${field}.replacementFees`, (a, f) => requireFeeAmount(a, minor, f));
  const flyawayFee = isNone(fee.flyawayFee) ? undefined : requireFeeAmount(fee.flyawayFee, minor, `${field}.flyawayFee`);
  const renewalFee = isNone(fee.renewalReplacementFee) ? undefined : requireFeeAmount(fee.renewalReplacementFee, minor, `${field}.renewalReplacementFee`);
  const source = requireString(fee.source, `${field}.source`);
  const schedule: FeeSchedule = { product, term: fee.term, region, currency, replacementFees, source };
  return {
    ...schedule,
    ...(flyawayFee === undefined ? {} : { flyawayFee }),
    ...(renewalFee === undefined ? {} : { renewalReplacementFee: renewalFee }),
  };
}

const TERMS_KEYS = [
  'edition',
  'products',
  'availableRegions',
  'europeanRegions',
  'activationWindowHours',
  'verifiedPurchaseWindowHours',
  'plans',
  'officialWarrantyMonths',
  'safeFlightMonths',
  'carePlus',
  'fees',
  'repairDiscountCap',
] as const;

/**
 * The caller's terms read once into a fresh, deeply frozen value, validated on the way
 * (TERMS-CALLER); `resolveTerms` keeps the snapshot per terms object.
 *
 * @param terms - the caller's terms, of any shape
 * @returns a deeply frozen copy holding only the fields of {@link Terms}
 * @throws {@link InvalidInputError} (`invalid-terms`) naming the first bad field
 *
 * @example
 * ```ts
 * readTerms({ ...DEFAULT_TERMS, edition: 'Shop X' }).edition; //=> 'Shop X'
 * readTerms({ ...DEFAULT_TERMS, safeFlightMonths: -1 });     // throws InvalidInputError
 * ```
 */
export function readTerms(terms: unknown): Terms {
  const t = readRecord(terms, 'terms', TERMS_KEYS);
  const edition = requireString(t.edition, 'terms.edition');
  // Keyed by the caller's ids: a prototype-less record, so that an id such as '__proto__' is a key like any other.
  const products = Object.create(null) as Record<string, Product>;
  for (const [id, p] of readEntries(t.products, 'terms.products')) products[id] = readProduct(id, p, `terms.products.${id}`);
  const availableRegions = readListOf(t.availableRegions, 'terms.availableRegions', requireRegion);
  const europeanRegions = readListOf(t.europeanRegions, 'terms.europeanRegions', requireRegion);
  const windows = readRecord(t.activationWindowHours, 'terms.activationWindowHours', CATEGORIES);
  const activationWindowHours = {} as Record<ProductCategory, number>;
  for (const c of CATEGORIES) activationWindowHours[c] = requireSpan(windows[c], `terms.activationWindowHours.${c}`, MAX_HOURS, 'hours');
  const verifiedPurchaseWindowHours = requireSpan(t.verifiedPurchaseWindowHours, 'terms.verifiedPurchaseWindowHours', MAX_HOURS, 'hours');
  const plans = readRecord(t.plans, 'terms.plans', ['1y', '2y']);
  const plan1y = readPlanTerms(plans['1y'], 'terms.plans.1y');
  const plan2y = readPlanTerms(plans['2y'], 'terms.plans.2y');
  const warranty = readRecord(t.officialWarrantyMonths, 'terms.officialWarrantyMonths', ['standard', 'european']);
  const officialWarrantyMonths = {
    standard: requireSpan(warranty.standard, 'terms.officialWarrantyMonths.standard', MAX_MONTHS, 'months'),
    european: requireSpan(warranty.european, 'terms.officialWarrantyMonths.european', MAX_MONTHS, 'months'),
  };
  const safeFlightMonths = requireSpan(t.safeFlightMonths, 'terms.safeFlightMonths', MAX_MONTHS, 'months');
  const plus = readRecord(t.carePlus, 'terms.carePlus', ['months', 'damageReplacements', 'flyawayReplacements', 'warrantyExtensionMonths']);
  const carePlus: CarePlusTerms = {
    months: requireSpan(plus.months, 'terms.carePlus.months', MAX_MONTHS, 'months'),
    damageReplacements: requireCount(plus.damageReplacements, 'terms.carePlus.damageReplacements'),
    flyawayReplacements: requireCount(plus.flyawayReplacements, 'terms.carePlus.flyawayReplacements'),
    warrantyExtensionMonths: requireSpan(plus.warrantyExtensionMonths, 'terms.carePlus.warrantyExtensionMonths', MAX_MONTHS, 'months'),
  };
  const fees = readListOf(t.fees, 'terms.fees', (f, field) => readFee(f, field, products));
  const snapshot: Terms = {
    edition,
    products,
    availableRegions,
    europeanRegions,
    activationWindowHours,
    verifiedPurchaseWindowHours,
    plans: { '1y': plan1y, '2y': plan2y },
    officialWarrantyMonths,
    safeFlightMonths,
    carePlus,
    fees,
  };
  if (isNone(t.repairDiscountCap)) return deepFreeze(snapshot);
  const cap = readRecord(t.repairDiscountCap, 'terms.repairDiscountCap', ['amount', 'currency']);
  const currency = cap.currency as string;
  const amount = requireFeeAmount(cap.amount, minorUnitOf(currency, 'terms.repairDiscountCap.currency', 'invalid-terms'), 'terms.repairDiscountCap.amount');
  return deepFreeze({ ...snapshot, repairDiscountCap: { amount, currency } });
}
