/**
 * The figures of the plan as one typed, readonly value: {@link Terms}. The built-in
 * {@link DEFAULT_TERMS} are exactly the source's; a caller may pass its own (a shop's fee
 * schedule, a later edition of DJI's terms) to any function through `options.terms`.
 *
 * Fee amounts are decimal strings here, turned into `Decimal` money only where a fee is
 * quoted, so that code which never quotes a fee does not bundle decimal.js.
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import { InvalidInputError } from '../errors';
import type { MoneyLiteral } from '../money';
import { minorUnitOf, requireFeeAmount } from '../money/units';
import type { PlanTerm, RegionCode } from '../types';
import { LIMITS } from '../limits';
import { deepFreeze, isNone, readEntries, readListOf, readOptions, readRecord, requireCount, requireString } from '../validate';
import { PRODUCTS, type Product, type ProductCategory } from './products';
import { AVAILABLE_REGIONS, EUROPEAN_REGIONS, requireRegion } from './regions';

/**
 * What one term of the plan gives (QUOTA-*, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE, PERIOD-*).
 *
 * @example
 * ```ts
 * DEFAULT_TERMS.plans['2y'];
 * //=> { months: 24, replacements: 3, flyawayReplacements: 2, repairDiscounts: 3, maintenance: 2,
 * //=>   warrantyExtension: { startsAfterMonths: 12, months: 12 } }
 * DEFAULT_TERMS.plans['1y'].warrantyExtension; //=> undefined (the 1-year plan adds none)
 * ```
 *
 * @category Terms
 */
export interface PlanTermTerms {
  /** PERIOD-1Y / PERIOD-2Y: months of replacement and discounted-repair validity. */
  readonly months: number;
  /** QUOTA-1Y / QUOTA-2Y: replacements in all (damage and flyaway together). */
  readonly replacements: number;
  /** QUOTA-1Y / QUOTA-2Y: of those, how many may be flyaway replacements. */
  readonly flyawayReplacements: number;
  /** SVC-REPAIR-DISCOUNT: discounted repairs, for models that have the service. */
  readonly repairDiscounts: number;
  /** SVC-MAINTENANCE: factory maintenance services, for models that have the service. */
  readonly maintenance: number;
  /**
   * SVC-WARRANTY-EXT / PERIOD-WARRANTY-2Y: the extended warranty, starting this many months
   * after the agreement date and lasting `months`; absent when the term adds none (`null` in the caller's terms reads as absent).
   */
  readonly warrantyExtension?: { readonly startsAfterMonths: number; readonly months: number };
}

/**
 * A fee schedule for one model, term, region and currency (CAT-FEES-MAVIC3-1Y is the only
 * one the source gives).
 *
 * @example
 * ```ts
 * DEFAULT_TERMS.fees;
 * //=> [{ product: 'mavic-3', term: '1y', region: 'US', currency: 'USD',
 * //=>    replacementFees: ['159', '199'], flyawayFee: '739', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' }]
 * ```
 *
 * @category Terms
 */
export interface FeeSchedule {
  readonly product: string;
  readonly term: PlanTerm;
  readonly region: RegionCode;
  readonly currency: string;
  /** Replacement fee by ordinal: `[first, second, ...]`, counting damage and flyaway together. */
  readonly replacementFees: readonly string[];
  /** The fee of a flyaway replacement, whatever its ordinal; absent if not published (`null` reads as absent). */
  readonly flyawayFee?: string;
  /** Fee of a damage replacement in the Care Refresh+ renewal year; absent if not published (`null` reads as absent). */
  readonly renewalReplacementFee?: string;
  /** Where the figures come from: a clause id, or the caller's own label (TERMS-CALLER). */
  readonly source: ClauseId | string;
}

/**
 * PLUS-EFFECT: what DJI Care Refresh+ adds to a 1-year plan.
 *
 * @example
 * ```ts
 * // PLUS-EFFECT: one more year, one damage replacement, 12 more months of warranty.
 * DEFAULT_TERMS.carePlus;
 * //=> { months: 12, damageReplacements: 1, flyawayReplacements: 0, warrantyExtensionMonths: 12 }
 * ```
 *
 * @category Terms
 */
export interface CarePlusTerms {
  /** The renewal year's length, from the end of the 1-year replacement validity. */
  readonly months: number;
  readonly damageReplacements: number;
  readonly flyawayReplacements: number;
  /** Months added to the warranty. */
  readonly warrantyExtensionMonths: number;
}

/**
 * Every figure the rules use, with an edition label that every decision made under them
 * carries.
 *
 * @example
 * ```ts
 * DEFAULT_TERMS.edition; //=> 'DJI Care Refresh (DJI Mavic 3) page and FAQ, as in dji-care-refresh/spec'
 * DEFAULT_TERMS.verifiedPurchaseWindowHours; //=> 72 (ELIG-VERIFY)
 * // The caller's own edition: every decision made under it carries its label.
 * const shop: Terms = { ...DEFAULT_TERMS, edition: 'Shop X, 2026' };
 * checkPurchaseEligibility({ product: 'mini-2', productRegion: 'AU', planRegion: 'AU', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: null, previouslyBound: false }, { terms: shop }).edition;
 * //=> 'Shop X, 2026'
 * ```
 *
 * @category Terms
 */
export interface Terms {
  /** A label for this edition of the terms, e.g. `'DJI Care Refresh (Mavic 3 page)'`. */
  readonly edition: string;
  /** The products, by id (CAT-CATEGORY, SVC-*). */
  readonly products: Readonly<Record<string, Product>>;
  /** REGION-AVAILABLE. */
  readonly availableRegions: readonly RegionCode[];
  /** "Europe and the UK" of PERIOD-SAFE-FLIGHT, with the longer official warranty. */
  readonly europeanRegions: readonly RegionCode[];
  /** ELIG-48H / ELIG-30D: the activation window by category, in hours. */
  readonly activationWindowHours: Readonly<Record<ProductCategory, number>>;
  /** ELIG-VERIFY: hours after the purchasing notice within which the plan can be bought. */
  readonly verifiedPurchaseWindowHours: number;
  /** The two terms of the plan. */
  readonly plans: Readonly<Record<PlanTerm, PlanTermTerms>>;
  /** Months of official warranty: standard, and in {@link Terms.europeanRegions}. */
  readonly officialWarrantyMonths: { readonly standard: number; readonly european: number };
  /** PERIOD-SAFE-FLIGHT: months of the Safe Flight warranty extension. */
  readonly safeFlightMonths: number;
  /** PLUS-EFFECT. */
  readonly carePlus: CarePlusTerms;
  /** Fee schedules (CAT-FEES-MAVIC3-1Y). A fee not here is "not published". */
  readonly fees: readonly FeeSchedule[];
  /** SVC-REPAIR-DISCOUNT's "certain quota": a money cap per repair, if the caller knows it (absent: not known; `null` reads as absent). */
  readonly repairDiscountCap?: MoneyLiteral;
}

/**
 * Where the built-in figures come from: the seed, a retailer's page for the plan quoting DJI's
 * FAQ (TERMS-CALLER: "With the built-in terms the source is the seed itself").
 *
 * @example
 * ```ts
 * DEFAULT_TERMS.fees[0]?.source === SEED_SOURCE; //=> true
 * ```
 *
 * @category Terms
 */
export const SEED_SOURCE = 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ';

/**
 * The terms of the source, exactly: nothing the source does not give.
 *
 * @example
 * ```ts
 * DEFAULT_TERMS.plans['1y'].replacements;        //=> 2  (QUOTA-1Y)
 * DEFAULT_TERMS.activationWindowHours.handheld;  //=> 720 (ELIG-30D: 30 × 24 h)
 * DEFAULT_TERMS.fees[0]?.replacementFees;        //=> ['159', '199'] (CAT-FEES-MAVIC3-1Y)
 * ```
 *
 * @category Terms
 */
export const DEFAULT_TERMS: Terms = /* @__PURE__ */ deepFreeze({
  edition: 'DJI Care Refresh (DJI Mavic 3) page and FAQ, as in dji-care-refresh/spec',
  products: PRODUCTS,
  availableRegions: AVAILABLE_REGIONS,
  europeanRegions: EUROPEAN_REGIONS,
  activationWindowHours: { aircraft: 48, gimbal: 48, handheld: 30 * 24 },
  verifiedPurchaseWindowHours: 72,
  plans: {
    '1y': { months: 12, replacements: 2, flyawayReplacements: 1, repairDiscounts: 2, maintenance: 1 },
    '2y': {
      months: 24,
      replacements: 3,
      flyawayReplacements: 2,
      repairDiscounts: 3,
      maintenance: 2,
      warrantyExtension: { startsAfterMonths: 12, months: 12 },
    },
  },
  officialWarrantyMonths: { standard: 12, european: 24 },
  safeFlightMonths: 12,
  carePlus: { months: 12, damageReplacements: 1, flyawayReplacements: 0, warrantyExtensionMonths: 12 },
  fees: [
    {
      product: 'mavic-3',
      term: '1y',
      region: 'US',
      currency: 'USD',
      replacementFees: ['159', '199'],
      flyawayFee: '739',
      source: SEED_SOURCE,
    },
  ],
});

/** Caller terms by identity, and each snapshot by itself: read once, then reused. */
const snapshots = new WeakMap<object, Terms>([[DEFAULT_TERMS, DEFAULT_TERMS]]);
const CATEGORIES: readonly ProductCategory[] = ['aircraft', 'gimbal', 'handheld'];
const SERVICE_KEYS = ['damageReplacement', 'flyawayReplacement', 'repairDiscount', 'maintenance', 'safeFlight', 'internationalService'] as const;
/**
 * The longest span a figure of the terms may give: 120 months (or as many days or hours).
 * Longer is not a plan's term, and would run computed dates past the year 9999.
 */
const MAX_MONTHS = 120;
const MAX_DAYS = MAX_MONTHS * 31;
const MAX_HOURS = MAX_DAYS * 24;
/** The most product ids an `unknown-product` error lists. */
const LISTED_IDS = 20;

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

/** The caller's terms read once into a fresh, deeply frozen value, validated on the way. */
function readTerms(terms: unknown): Terms {
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

/**
 * The terms to decide under: the built-in {@link DEFAULT_TERMS}, or the caller's, read once
 * into a private, deeply frozen snapshot and validated on the way (TERMS-CALLER).
 *
 * The snapshot is kept for that terms object: every later call with the same object decides
 * under the same figures, and a change made to the object after its first use is not seen
 * (pass a new object for new figures). Each field, getter or not, is read exactly once.
 *
 * @param terms - caller terms, or `undefined` for the built-in ones
 * @returns the terms, validated: a frozen copy equal to the caller's (only the fields of
 * {@link Terms}), the same copy for the same object
 * @throws {@link InvalidInputError} (`invalid-terms`) naming the first bad field, such as a
 * negative quota or a fee for an unknown product; `too-large` past {@link LIMITS}
 *
 * @example
 * ```ts
 * resolveTerms(undefined) === DEFAULT_TERMS; //=> true
 * const shop = { ...DEFAULT_TERMS, edition: 'Shop X' };
 * resolveTerms(shop);                          //=> a frozen copy, equal to shop
 * resolveTerms(shop) === resolveTerms(shop);   //=> true
 * resolveTerms({ ...DEFAULT_TERMS, plans: { ...DEFAULT_TERMS.plans, '1y': { ...DEFAULT_TERMS.plans['1y'], replacements: -1 } } });
 * // throws InvalidInputError: Invalid terms.plans.1y.replacements: ...
 * ```
 *
 * @category Terms
 */
export function resolveTerms(terms: Terms | null | undefined): Terms {
  if (isNone(terms)) return DEFAULT_TERMS;
  const known = typeof terms === 'object' && terms !== null ? snapshots.get(terms) : undefined;
  if (known !== undefined) return known;
  const snapshot = readTerms(terms);
  snapshots.set(terms, snapshot);
  snapshots.set(snapshot, snapshot);
  return snapshot;
}

/**
 * The product of an id under the terms, or an {@link InvalidInputError} (`unknown-product`).
 *
 * @param value - a product id such as `'mavic-3'`
 * @param terms - the terms whose products to look in (validated; default: the source's)
 * @param field - the field name for the error
 * @returns the product
 * @throws {@link InvalidInputError} for an unknown product or invalid terms
 *
 * @example
 * ```ts
 * requireProduct('mini-2', DEFAULT_TERMS).category; //=> 'aircraft'
 * requireProduct('mavic-9', DEFAULT_TERMS);         // throws InvalidInputError
 * ```
 *
 * @category Terms
 */
export function requireProduct(value: unknown, terms?: Terms, field = 'product'): Product {
  const t = resolveTerms(terms);
  const id = requireString(value, field, LIMITS.idLength);
  const product = Object.hasOwn(t.products, id) ? t.products[id] : undefined;
  if (product === undefined) {
    const ids = Object.keys(t.products);
    const more = ids.length > LISTED_IDS ? ` and ${ids.length - LISTED_IDS} more` : '';
    throw new InvalidInputError(field, 'unknown-product', `expected one of: ${ids.slice(0, LISTED_IDS).join(', ')}${more}`, value);
  }
  return product;
}

/**
 * The terms of a rule's `options` (read once): {@link resolveTerms} of `options.terms`. The
 * other key of {@link RuleOptions}, `messages`, is read once by the step that gives a result its
 * words; no other key is read, so `{ terms, messages: false }` is accepted.
 *
 * @example
 * ```ts
 * termsOf({}) === DEFAULT_TERMS; //=> true
 * termsOf(null) === DEFAULT_TERMS; //=> true (no options)
 * termsOf(42); // throws InvalidInputError (field 'options')
 * ```
 */
export function termsOf(options: unknown): Terms {
  return resolveTerms(readOptions(options, 'options', ['terms']).terms as Terms | undefined);
}

/**
 * Options every rule takes: the caller's terms, if not the built-in ones.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const options: RuleOptions = { terms: { ...DEFAULT_TERMS, edition: 'Shop X, 2026' } };
 * planStatus(plan, [], '2026-05-01T12:00:00Z', options).edition; //=> 'Shop X, 2026'
 * planStatus(plan, [], '2026-05-01T12:00:00Z').edition;          //=> 'DJI Care Refresh (DJI Mavic 3) page and FAQ, as in dji-care-refresh/spec'
 * ```
 *
 * @category Terms
 */
export interface RuleOptions {
  /** Terms to decide under; the built-in {@link DEFAULT_TERMS} when `null` or absent. */
  readonly terms?: Terms | null;
  /**
   * Whether reasons, checks and next steps carry their words (`message`, `expected`,
   * `received`) beside their `code` and `params`. Default `true` (also when `null`); `false`
   * leaves the words out for batch callers that store codes and render later
   * (`renderDecision`, `renderStatus`).
   */
  readonly messages?: boolean | null;
}
