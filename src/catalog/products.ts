/**
 * The products of the source, each with its category (CAT-CATEGORY) and the services the
 * plan gives it (SVC-*). Data only; the rules that read it live elsewhere.
 *
 * @module
 */
import { deepFreeze } from '../validate';

/**
 * CAT-CATEGORY: the eligibility windows depend on it (ELIG-48H for aircraft and gimbals,
 * ELIG-30D for handheld devices).
 *
 * @example
 * ```ts
 * PRODUCTS['om-5'].category;    //=> 'handheld'
 * DEFAULT_TERMS.activationWindowHours[PRODUCTS['om-5'].category];    //=> 720 (ELIG-30D: 30 days)
 * DEFAULT_TERMS.activationWindowHours[PRODUCTS['mavic-3'].category]; //=> 48 (ELIG-48H)
 * ```
 *
 * @category Catalogue
 */
export type ProductCategory = 'aircraft' | 'gimbal' | 'handheld';

/**
 * Which services of the plan a model has. A service the source lists for named models only
 * is not offered for other models (an interpretation of the spec, section "Services of the two plans").
 *
 * @example
 * ```ts
 * PRODUCTS['mini-2'].services;
 * //=> { damageReplacement: true, flyawayReplacement: true, repairDiscount: false,
 * //=>   maintenance: false, safeFlight: false, internationalService: false }
 * PRODUCTS['om-5'].services.internationalService; //=> true (USE-INTERNATIONAL)
 * ```
 *
 * @category Catalogue
 */
export interface ProductServices {
  /** SVC-REPLACE-DAMAGE: all models. */
  readonly damageReplacement: boolean;
  /** SVC-REPLACE-FLYAWAY / FLY-MODEL. */
  readonly flyawayReplacement: boolean;
  /** SVC-REPAIR-DISCOUNT. */
  readonly repairDiscount: boolean;
  /** SVC-MAINTENANCE. */
  readonly maintenance: boolean;
  /** SVC-SAFE-FLIGHT. */
  readonly safeFlight: boolean;
  /** USE-INTERNATIONAL: service at any official or authorised centre worldwide. */
  readonly internationalService: boolean;
}

/**
 * A product the plan can be bound to.
 *
 * @example
 * ```ts
 * requireProduct('om-5');
 * //=> { id: 'om-5', name: 'DJI OM 5', category: 'handheld',
 * //=>   services: { damageReplacement: true, flyawayReplacement: false, repairDiscount: false, maintenance: false, safeFlight: false, internationalService: true },
 * //=>   autoStartDaysAfterDelivery: 45 }
 * requireProduct('mavic-3').autoStartDaysAfterDelivery; //=> undefined
 * ```
 *
 * @category Catalogue
 */
export interface Product {
  /** A stable id, such as `'mavic-3'`. */
  readonly id: string;
  /** The name the source uses. */
  readonly name: string;
  readonly category: ProductCategory;
  readonly services: ProductServices;
  /**
   * DATE-BUNDLED-OM: bought with the plan on the DJI Store and not activated, the plan takes
   * effect this many days after delivery. Absent for other products.
   */
  readonly autoStartDaysAfterDelivery?: number;
}

const aircraft = (flyaway: boolean, mavic3Family: boolean): ProductServices => ({
  damageReplacement: true,
  flyawayReplacement: flyaway,
  repairDiscount: mavic3Family,
  maintenance: mavic3Family,
  safeFlight: mavic3Family,
  internationalService: false,
});

const handheld = (safeFlight: boolean): ProductServices => ({
  damageReplacement: true,
  flyawayReplacement: false,
  repairDiscount: false,
  maintenance: false,
  safeFlight,
  internationalService: true,
});

/**
 * The products the source names, by id.
 *
 * @example
 * ```ts
 * PRODUCTS['mavic-3'].category;                 //=> 'aircraft'
 * PRODUCTS['om-5'].services.internationalService; //=> true
 * ```
 *
 * @category Catalogue
 */
export const PRODUCTS = /* @__PURE__ */ deepFreeze({
  'mavic-3': { id: 'mavic-3', name: 'DJI Mavic 3', category: 'aircraft', services: aircraft(true, true) },
  'mavic-3-cine': { id: 'mavic-3-cine', name: 'DJI Mavic 3 Cine', category: 'aircraft', services: aircraft(true, true) },
  'air-2s': { id: 'air-2s', name: 'DJI Air 2S', category: 'aircraft', services: aircraft(true, false) },
  'mavic-air-2': { id: 'mavic-air-2', name: 'Mavic Air 2', category: 'aircraft', services: aircraft(true, false) },
  'mini-2': { id: 'mini-2', name: 'DJI Mini 2', category: 'aircraft', services: aircraft(true, false) },
  'mini-se': { id: 'mini-se', name: 'DJI Mini SE', category: 'aircraft', services: aircraft(true, false) },
  'om-5': { id: 'om-5', name: 'DJI OM 5', category: 'handheld', services: handheld(false), autoStartDaysAfterDelivery: 45 },
  'om-4-series': {
    id: 'om-4-series',
    name: 'DJI OM 4 Series',
    category: 'handheld',
    services: handheld(false),
    autoStartDaysAfterDelivery: 45,
  },
  'pocket-2': { id: 'pocket-2', name: 'DJI Pocket 2', category: 'handheld', services: handheld(false) },
  'action-2': { id: 'action-2', name: 'DJI Action 2', category: 'handheld', services: handheld(true) },
  'rs-2': { id: 'rs-2', name: 'DJI RS 2', category: 'handheld', services: handheld(false) },
  'rsc-2': { id: 'rsc-2', name: 'DJI RSC 2', category: 'handheld', services: handheld(false) },
} as const satisfies Readonly<Record<string, Product>>);

/**
 * The id of a product the source names. Callers may add their own products through terms.
 *
 * @example
 * ```ts
 * const id: KnownProductId = 'mavic-3-cine';
 * PRODUCTS[id].name;             //=> 'DJI Mavic 3 Cine'
 * Object.keys(PRODUCTS).length;  //=> 12
 * ```
 *
 * @category Catalogue
 */
export type KnownProductId = keyof typeof PRODUCTS;

/**
 * A product id: one of {@link KnownProductId}, or one the caller's terms add.
 *
 * @example
 * ```ts
 * // A product of the caller's own terms (not one the source names):
 * const terms: Terms = { ...DEFAULT_TERMS, edition: 'Shop terms, 2026',
 *   products: { ...DEFAULT_TERMS.products, 'shop-drone': { id: 'shop-drone', name: 'Shop Drone X', category: 'aircraft', services: PRODUCTS['mini-2'].services } } };
 * const product: ProductId = 'shop-drone';
 * requireProduct(product, terms).name; //=> 'Shop Drone X'
 * requireProduct(product);             // throws InvalidInputError (code 'unknown-product')
 * ```
 *
 * @category Catalogue
 */
export type ProductId = KnownProductId | (string & {});
