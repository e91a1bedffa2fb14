/**
 * The figures of the plan as one typed, readonly value: {@link Terms}. The built-in
 * {@link DEFAULT_TERMS} are exactly the source's; a caller may pass its own (a shop's fee
 * schedule, a later edition of DJI's terms) to any function through `options.terms`.
 *
 * Fee amounts are decimal strings here, turned into `Decimal` money only where a fee is
 * quoted, so that code which never quotes a fee does not bundle decimal.js. The reader of the
 * caller's terms (TERMS-CALLER) is in `./terms-reader`, the types in `./terms-types`.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import { deepFreeze, isNone, readKey, requireRecord, requireString } from '../validate';
import { PRODUCTS, type Product } from './products';
import { AVAILABLE_REGIONS, EUROPEAN_REGIONS } from './regions';
import { readTerms } from './terms-reader';
import type { Terms } from './terms-types';
import type { Locale } from '../messages/codes';

export type { CarePlusTerms, FeeSchedule, PlanTermTerms, Terms } from './terms-types';

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
/** The most product ids an `unknown-product` error lists. */
const LISTED_IDS = 20;


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
 * resolveTerms(shop);                          //=> equal to shop (a frozen copy)
 * Object.isFrozen(resolveTerms(shop));         //=> true
 * resolveTerms(shop) === resolveTerms(shop);   //=> true
 * resolveTerms({ ...DEFAULT_TERMS, plans: { ...DEFAULT_TERMS.plans, '1y': { ...DEFAULT_TERMS.plans['1y'], replacements: -1 } } });
 * // throws InvalidInputError: Invalid terms.plans.1y.replacements: ...
 * ```
 *
 * @category Terms
 */
export function resolveTerms(terms: Terms | null | undefined): Terms {
  if (isNone(terms) || terms === DEFAULT_TERMS) return DEFAULT_TERMS;
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
 * other keys of {@link RuleOptions}, `messages` and `locale`, are read once by the step that
 * gives a result its words; no other key is read, so `{ terms, messages: false, locale }` is
 * accepted.
 *
 * @example
 * ```ts
 * termsOf({}) === DEFAULT_TERMS; //=> true
 * termsOf(null) === DEFAULT_TERMS; //=> true (no options)
 * termsOf(42); // throws InvalidInputError (field 'options')
 * ```
 */
export function termsOf(options: unknown): Terms {
  // `options.terms` read once, straight from the checked record: no snapshot object per call.
  // Options revoked by their own trap (in the record check) are invalid input (readKey).
  return isNone(options) ? DEFAULT_TERMS : resolveTerms(readKey(requireRecord(options, 'options'), 'terms', 'options') as Terms | undefined);
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
  /**
   * The locale the words are written in (issue 13): a {@link Locale} such as `ja` from
   * `dji-care-refresh/locale/ja`, or a caller's own; English when absent or `null`. Its
   * templates are given the plan's region and zone (`RenderContext`).
   */
  readonly locale?: Locale | null | undefined;
}
