/**
 * CAT-LISTING: the plan sold on the source page, with its price.
 *
 * @module
 */
import { type Money, frozenMoney } from '../money';
import type { PlanTerm } from '../types';
import { deepFreeze, requireOneOf } from '../validate';
import type { KnownProductId } from './products';
import { requireProduct } from './terms';

/**
 * A plan as a shop lists it.
 *
 * @example
 * ```ts
 * const listing = findListing('mavic-3', '1y');
 * listing;
 * //=> { title: 'DJI Care Refresh (DJI Mavic 3)', sku: 'DJI-CMAV2-1Y', product: 'mavic-3', term: '1y',
 * //=>   price: { amount: Decimal(239), currency: 'USD' }, upc: '190021046924', ean: '6941565921253', kind: 'service-plan' }
 * listing && formatMoney(listing.price); //=> 'USD 239.00'
 * ```
 *
 * @category Catalogue
 */
export interface Listing {
  readonly title: string;
  readonly sku: string;
  readonly product: KnownProductId;
  readonly term: PlanTerm;
  readonly price: Money;
  readonly upc: string;
  readonly ean: string;
  /** The page is explicit that this is a service plan, not a drone. */
  readonly kind: 'service-plan';
}

/**
 * CAT-LISTING: "DJI Care Refresh (DJI Mavic 3)", SKU DJI-CMAV2-1Y, 1 year, USD 239.00.
 *
 * @example
 * ```ts
 * formatMoney(MAVIC_3_LISTING.price); //=> 'USD 239.00'
 * MAVIC_3_LISTING.sku;                //=> 'DJI-CMAV2-1Y'
 * ```
 *
 * @category Catalogue
 */
export const MAVIC_3_LISTING: Listing = /* @__PURE__ */ deepFreeze({
  title: 'DJI Care Refresh (DJI Mavic 3)',
  sku: 'DJI-CMAV2-1Y',
  product: 'mavic-3',
  term: '1y',
  price: frozenMoney('239.00', 'USD'),
  upc: '190021046924',
  ean: '6941565921253',
  kind: 'service-plan',
});

/**
 * Every listing the source gives (CAT-LISTING): one.
 *
 * @example
 * ```ts
 * LISTINGS.length; //=> 1
 * ```
 *
 * @category Catalogue
 */
export const LISTINGS: readonly Listing[] = /* @__PURE__ */ deepFreeze([MAVIC_3_LISTING]);

/**
 * The listing for a product and term (CAT-LISTING: the source lists "DJI Care Refresh (DJI
 * Mavic 3)", 1 year, USD 239.00), or `undefined` when the source lists none (a price is never
 * invented).
 *
 * @param product - a product id of the source
 * @param term - `'1y'` or `'2y'`
 * @returns the listing, or `undefined`
 * @throws {@link InvalidInputError} for a product the source does not name, or another term
 *
 * @example
 * ```ts
 * findListing('mavic-3', '1y')?.sku; //=> 'DJI-CMAV2-1Y'
 * findListing('mini-2', '1y');       //=> undefined
 * ```
 *
 * @category Catalogue
 */
export function findListing(product: string, term: PlanTerm): Listing | undefined {
  const id = requireProduct(product, undefined, 'product').id;
  const t = requireOneOf(term, 'term', ['1y', '2y']);
  return LISTINGS.find((l) => l.product === id && l.term === t);
}
