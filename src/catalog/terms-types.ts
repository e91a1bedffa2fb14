/**
 * The shape of the plan's figures: {@link Terms} and its parts, the quotas and services of each
 * term (QUOTA-1Y, QUOTA-2Y, PERIOD-1Y, PERIOD-2Y, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE,
 * SVC-WARRANTY-EXT, PERIOD-WARRANTY-2Y), the fee schedules (CAT-FEES-MAVIC3-1Y), Care Refresh+
 * (PLUS-EFFECT) and the windows (ELIG-48H, ELIG-30D, ELIG-VERIFY). The values are in `./terms`,
 * the reader of the caller's (TERMS-CALLER) in `./terms-reader`.
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import type { MoneyLiteral } from '../money-types';
import type { PlanTerm, RegionCode } from '../types';
import type { Product, ProductCategory } from './products';

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
