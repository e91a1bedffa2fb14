import { describe, expect, it } from 'vitest';
import { LISTINGS, MAVIC_3_LISTING, findListing } from '../src/catalog/listing';
import { PRODUCTS, type ProductServices } from '../src/catalog/products';
import { AVAILABLE_REGIONS, EUROPEAN_REGIONS, EU_MEMBER_STATES, isRegionCode, requireRegion } from '../src/catalog/regions';
import { DEFAULT_TERMS, type Terms, requireProduct, resolveTerms } from '../src/catalog/terms';
import { formatMoney } from '../src/money';
import { deepFreeze, expectInvalid } from './support';

const AIRCRAFT = ['mavic-3', 'mavic-3-cine', 'air-2s', 'mavic-air-2', 'mini-2', 'mini-se'];
const HANDHELD = ['om-5', 'om-4-series', 'pocket-2', 'action-2', 'rs-2', 'rsc-2'];
const ALL = [...AIRCRAFT, ...HANDHELD];

/** The products that have a service, by flag. */
function withService(flag: keyof ProductServices): string[] {
  return Object.values(PRODUCTS)
    .filter((p) => p.services[flag])
    .map((p) => p.id)
    .sort();
}

describe('CAT-LISTING', () => {
  it('the plan on the page: DJI Care Refresh (DJI Mavic 3), DJI-CMAV2-1Y, 1 year, USD 239.00, a service plan', () => {
    expect({ ...MAVIC_3_LISTING, price: formatMoney(MAVIC_3_LISTING.price) }).toEqual({
      title: 'DJI Care Refresh (DJI Mavic 3)',
      sku: 'DJI-CMAV2-1Y',
      product: 'mavic-3',
      term: '1y',
      price: 'USD 239.00',
      upc: '190021046924',
      ean: '6941565921253',
      kind: 'service-plan',
    });
    expect(MAVIC_3_LISTING.price.amount.equals('239')).toBe(true);
    expect(JSON.stringify(MAVIC_3_LISTING.price)).toBe('{"amount":"239.00","currency":"USD"}');
  });

  it('is the only listing; a price the source does not give is absent, never invented', () => {
    expect(LISTINGS).toEqual([MAVIC_3_LISTING]);
    expect(findListing('mavic-3', '1y')).toBe(MAVIC_3_LISTING);
    expect(findListing('mavic-3', '2y')).toBeUndefined();
    expect(findListing('mini-2', '1y')).toBeUndefined();
  });

  it('refuses a product the source does not name, or another term (never a quiet "no listing")', () => {
    expectInvalid(() => findListing('mavic-9', '1y'), 'product', 'unknown-product');
    expectInvalid(() => findListing('__proto__', '1y'), 'product', 'unknown-product');
    expectInvalid(() => findListing(undefined as never, '1y'), 'product', 'missing');
    expectInvalid(() => findListing('mavic-3', '3y' as never), 'term', 'invalid-value');
    expectInvalid(() => findListing('mavic-3', 1 as never), 'term', 'wrong-type');
  });
});

describe('CAT-CATEGORY', () => {
  it('aircraft: Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2, Mini SE', () => {
    for (const id of AIRCRAFT) expect(PRODUCTS[id as keyof typeof PRODUCTS].category, id).toBe('aircraft');
  });

  it('handheld: OM 5, OM 4 series, Pocket 2, Action 2, RS 2, RSC 2 (the Ronin stabilisers are handheld)', () => {
    for (const id of HANDHELD) expect(PRODUCTS[id as keyof typeof PRODUCTS].category, id).toBe('handheld');
  });

  it('no gimbal in the source: the category exists for products a caller adds; ids are their keys', () => {
    expect(Object.keys(PRODUCTS).sort()).toEqual([...ALL].sort());
    for (const [id, p] of Object.entries(PRODUCTS)) expect(p.id).toBe(id);
    expect(DEFAULT_TERMS.activationWindowHours).toEqual({ aircraft: 48, gimbal: 48, handheld: 720 });
  });

  it('only the OM 5 and OM 4 series start automatically after delivery (DATE-BUNDLED-OM: 45 days)', () => {
    const auto = Object.values(PRODUCTS).filter((p) => 'autoStartDaysAfterDelivery' in p);
    expect(auto.map((p) => [p.id, p.autoStartDaysAfterDelivery])).toEqual([
      ['om-5', 45],
      ['om-4-series', 45],
    ]);
  });
});

describe('SVC-REPLACE-DAMAGE', () => {
  it('all models', () => {
    expect(withService('damageReplacement')).toEqual([...ALL].sort());
  });
});

describe('SVC-REPLACE-FLYAWAY', () => {
  it('the six aircraft only', () => {
    expect(withService('flyawayReplacement')).toEqual([...AIRCRAFT].sort());
  });
});

describe('SVC-REPAIR-DISCOUNT', () => {
  it('Mavic 3 and Mavic 3 Cine only: twice in the 1-year plan, three times in the 2-year plan; no cap given', () => {
    expect(withService('repairDiscount')).toEqual(['mavic-3', 'mavic-3-cine']);
    expect([DEFAULT_TERMS.plans['1y'].repairDiscounts, DEFAULT_TERMS.plans['2y'].repairDiscounts]).toEqual([2, 3]);
    expect(DEFAULT_TERMS.repairDiscountCap).toBeUndefined();
  });
});

describe('SVC-MAINTENANCE', () => {
  it('Mavic 3 and Mavic 3 Cine only: once in the 1-year plan, twice in the 2-year plan', () => {
    expect(withService('maintenance')).toEqual(['mavic-3', 'mavic-3-cine']);
    expect([DEFAULT_TERMS.plans['1y'].maintenance, DEFAULT_TERMS.plans['2y'].maintenance]).toEqual([1, 2]);
  });
});

describe('SVC-SAFE-FLIGHT', () => {
  it('Mavic 3, Mavic 3 Cine and Action 2 only; 12 months of warranty', () => {
    expect(withService('safeFlight')).toEqual(['action-2', 'mavic-3', 'mavic-3-cine']);
    expect(DEFAULT_TERMS.safeFlightMonths).toBe(12);
  });
});

describe('SVC-WARRANTY-EXT', () => {
  it('the 1-year plan adds no warranty; the 2-year plan extends it from month 12 for 12 months', () => {
    expect(DEFAULT_TERMS.plans['1y'].warrantyExtension).toBeUndefined();
    expect(DEFAULT_TERMS.plans['2y'].warrantyExtension).toEqual({ startsAfterMonths: 12, months: 12 });
    expect(DEFAULT_TERMS.officialWarrantyMonths).toEqual({ standard: 12, european: 24 });
  });
});

describe('USE-INTERNATIONAL', () => {
  it('Action 2, the OM series, RS 2, RSC 2 and Pocket 2 have global service; the aircraft do not', () => {
    expect(withService('internationalService')).toEqual([...HANDHELD].sort());
  });
});

describe('QUOTA-1Y', () => {
  it('two replacements in 12 months, one of them may be a flyaway', () => {
    expect(DEFAULT_TERMS.plans['1y']).toEqual({ months: 12, replacements: 2, flyawayReplacements: 1, repairDiscounts: 2, maintenance: 1 });
  });
});

describe('QUOTA-2Y', () => {
  it('three replacements in 24 months, two of them may be flyaways', () => {
    expect(DEFAULT_TERMS.plans['2y']).toEqual({
      months: 24,
      replacements: 3,
      flyawayReplacements: 2,
      repairDiscounts: 3,
      maintenance: 2,
      warrantyExtension: { startsAfterMonths: 12, months: 12 },
    });
  });
});

describe('CAT-FEES-MAVIC3-1Y', () => {
  it('the one fee schedule of the source: Mavic 3, 1 year, US: 159, 199, flyaway 739', () => {
    expect(DEFAULT_TERMS.fees).toEqual([
      { product: 'mavic-3', term: '1y', region: 'US', currency: 'USD', replacementFees: ['159', '199'], flyawayFee: '739', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' },
    ]);
  });

  it('Care Refresh+ figures come from DJI’s own page; its fee is not published', () => {
    expect(DEFAULT_TERMS.carePlus).toEqual({ months: 12, damageReplacements: 1, flyawayReplacements: 0, warrantyExtensionMonths: 12 });
    expect(DEFAULT_TERMS.fees.some((f) => f.renewalReplacementFee !== undefined)).toBe(false);
  });
});

describe('REGION-AVAILABLE', () => {
  it('US, Canada, the 27 EU states, UK, Switzerland, Norway, Australia, Hong Kong, Taiwan, Japan, South Korea, Mainland China', () => {
    expect(EU_MEMBER_STATES).toHaveLength(27);
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    expect([...AVAILABLE_REGIONS].sort()).toEqual([...EU_MEMBER_STATES, 'US', 'CA', 'GB', 'CH', 'NO', 'AU', 'HK', 'TW', 'JP', 'KR', 'CN'].sort());
    expect(AVAILABLE_REGIONS).toHaveLength(38);
    expect(DEFAULT_TERMS.availableRegions).toBe(AVAILABLE_REGIONS);
    for (const code of AVAILABLE_REGIONS) expect(isRegionCode(code), code).toBe(true);
  });

  it('"Europe and the UK" is the EU states and GB (not CH or NO)', () => {
    expect([...EUROPEAN_REGIONS].sort()).toEqual([...EU_MEMBER_STATES, 'GB'].sort());
    expect(EUROPEAN_REGIONS.includes('CH' as never)).toBe(false);
  });

  it('region codes are ISO 3166-1 alpha-2, upper case; UK is not one (hint: GB)', () => {
    expect(isRegionCode('DE')).toBe(true);
    expect(isRegionCode('de')).toBe(false);
    expect(isRegionCode('UK')).toBe(false);
    expect(isRegionCode(49)).toBe(false);
    expect(requireRegion('GB', 'region')).toBe('GB');
    expect(expectInvalid(() => requireRegion('UK', 'region'), 'region', 'unknown-region').message).toContain("the United Kingdom's code is 'GB'");
    expect(expectInvalid(() => requireRegion('EU', 'region'), 'region', 'unknown-region').message).not.toContain('GB');
    expectInvalid(() => requireRegion(undefined, 'region'), 'region', 'missing');
    expectInvalid(() => requireRegion(1, 'region'), 'region', 'wrong-type');
  });
});

describe('requireProduct', () => {
  it('finds a product of the terms, or names the field and the known ids', () => {
    expect(requireProduct('mini-2', DEFAULT_TERMS).category).toBe('aircraft');
    const error = expectInvalid(() => requireProduct('mavic-9', DEFAULT_TERMS), 'product', 'unknown-product');
    expect(error.message).toContain('mavic-3, mavic-3-cine');
    expectInvalid(() => requireProduct('toString', DEFAULT_TERMS, 'events[0].product'), 'events[0].product', 'unknown-product');
    expectInvalid(() => requireProduct('__proto__', DEFAULT_TERMS), 'product', 'unknown-product');
    expectInvalid(() => requireProduct(undefined, DEFAULT_TERMS), 'product', 'missing');
  });

  it('validates the terms it is given, and defaults to the source’s', () => {
    expect(requireProduct('om-5').name).toBe('DJI OM 5');
    expectInvalid(() => requireProduct('mavic-3', patched('plans.1y.replacements', -1)), 'terms.plans.1y.replacements', 'invalid-count');
    expectInvalid(() => requireProduct('mavic-3', 'default' as never), 'terms', 'wrong-type');
  });
});

/** DEFAULT_TERMS with one value replaced (or removed with `undefined`) at a dotted path. */
function patched(path: string, value: unknown): Terms {
  const copy = structuredClone(DEFAULT_TERMS) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = copy;
  for (const k of keys) node = node[k] as Record<string, unknown>;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy as unknown as Terms;
}

describe('TERMS-CALLER: resolveTerms (caller terms)', () => {
  it('undefined gives the built-in terms; valid caller terms are read into a frozen copy, then cached', () => {
    expect(resolveTerms(undefined)).toBe(DEFAULT_TERMS);
    const shop: Terms = {
      ...DEFAULT_TERMS,
      edition: 'a shop',
      products: {
        ...DEFAULT_TERMS.products,
        'om-6': { id: 'om-6', name: 'DJI OM 6', category: 'handheld', services: PRODUCTS['om-5'].services, autoStartDaysAfterDelivery: 45 },
      },
      fees: [
        ...DEFAULT_TERMS.fees,
        { product: 'mini-2', term: '2y', region: 'DE', currency: 'EUR', replacementFees: ['79.00', '99.00', '119.00'], renewalReplacementFee: '89', source: 'shop' },
      ],
      repairDiscountCap: { amount: '150.50', currency: 'USD' },
    };
    expect(resolveTerms(shop)).toEqual(shop);
    expect(Object.isFrozen(resolveTerms(shop).fees[1]?.replacementFees)).toBe(true);
    expect(resolveTerms(shop)).toBe(resolveTerms(shop));
    expect(resolveTerms(resolveTerms(shop))).toBe(resolveTerms(shop));
    expect(resolveTerms(deepFreeze(structuredClone(shop)))).toEqual(shop);
  });

  it.each([
    ['edition', undefined, 'terms.edition', 'missing'],
    ['products', [], 'terms.products', 'wrong-type'],
    ['products.mini-2.id', 'mini-3', 'terms.products.mini-2.id', 'invalid-terms'],
    ['products.mini-2.name', '', 'terms.products.mini-2.name', 'missing'],
    ['products.mini-2.category', 'drone', 'terms.products.mini-2.category', 'invalid-terms'],
    ['products.mini-2.services', undefined, 'terms.products.mini-2.services', 'missing'],
    ['products.mini-2.services.safeFlight', 'yes', 'terms.products.mini-2.services.safeFlight', 'invalid-terms'],
    ['products.om-5.autoStartDaysAfterDelivery', -45, 'terms.products.om-5.autoStartDaysAfterDelivery', 'invalid-count'],
    ['products.om-5.autoStartDaysAfterDelivery', 4.5, 'terms.products.om-5.autoStartDaysAfterDelivery', 'invalid-count'],
    ['availableRegions', 'US', 'terms.availableRegions', 'wrong-type'],
    ['availableRegions', ['US', 'UK'], 'terms.availableRegions[1]', 'unknown-region'],
    ['europeanRegions', ['EU'], 'terms.europeanRegions[0]', 'unknown-region'],
    ['activationWindowHours', undefined, 'terms.activationWindowHours', 'missing'],
    ['activationWindowHours.gimbal', undefined, 'terms.activationWindowHours.gimbal', 'missing'],
    ['activationWindowHours.handheld', -1, 'terms.activationWindowHours.handheld', 'invalid-count'],
    ['verifiedPurchaseWindowHours', '72', 'terms.verifiedPurchaseWindowHours', 'wrong-type'],
    ['plans', null, 'terms.plans', 'missing'],
    ['plans.2y', undefined, 'terms.plans.2y', 'missing'],
    ['plans.1y.months', 0, 'terms.plans.1y.months', 'invalid-terms'],
    ['plans.1y.months', Number.NaN, 'terms.plans.1y.months', 'invalid-count'],
    ['plans.1y.replacements', -1, 'terms.plans.1y.replacements', 'invalid-count'],
    ['plans.1y.flyawayReplacements', 3, 'terms.plans.1y.flyawayReplacements', 'invalid-terms'],
    ['plans.2y.flyawayReplacements', 1.5, 'terms.plans.2y.flyawayReplacements', 'invalid-count'],
    ['plans.1y.repairDiscounts', Number.POSITIVE_INFINITY, 'terms.plans.1y.repairDiscounts', 'invalid-count'],
    ['plans.1y.maintenance', undefined, 'terms.plans.1y.maintenance', 'missing'],
    ['plans.2y.warrantyExtension', 12, 'terms.plans.2y.warrantyExtension', 'wrong-type'],
    ['plans.2y.warrantyExtension.startsAfterMonths', -12, 'terms.plans.2y.warrantyExtension.startsAfterMonths', 'invalid-count'],
    ['plans.2y.warrantyExtension.months', undefined, 'terms.plans.2y.warrantyExtension.months', 'missing'],
    ['officialWarrantyMonths', 12, 'terms.officialWarrantyMonths', 'wrong-type'],
    ['officialWarrantyMonths.standard', -12, 'terms.officialWarrantyMonths.standard', 'invalid-count'],
    ['officialWarrantyMonths.european', '24', 'terms.officialWarrantyMonths.european', 'wrong-type'],
    ['safeFlightMonths', 0.5, 'terms.safeFlightMonths', 'invalid-count'],
    ['carePlus', undefined, 'terms.carePlus', 'missing'],
    ['carePlus.damageReplacements', -1, 'terms.carePlus.damageReplacements', 'invalid-count'],
    ['carePlus.flyawayReplacements', 0.5, 'terms.carePlus.flyawayReplacements', 'invalid-count'],
    ['carePlus.months', 121, 'terms.carePlus.months', 'invalid-terms'],
    ['carePlus.warrantyExtensionMonths', 121, 'terms.carePlus.warrantyExtensionMonths', 'invalid-terms'],
    // Spans are capped at 120 months (3,720 days, 89,280 hours): longer is no plan term.
    ['plans.1y.months', 121, 'terms.plans.1y.months', 'invalid-terms'],
    ['plans.2y.warrantyExtension.startsAfterMonths', 121, 'terms.plans.2y.warrantyExtension.startsAfterMonths', 'invalid-terms'],
    ['plans.2y.warrantyExtension.months', 1e9, 'terms.plans.2y.warrantyExtension.months', 'invalid-terms'],
    ['officialWarrantyMonths.european', 121, 'terms.officialWarrantyMonths.european', 'invalid-terms'],
    ['safeFlightMonths', 121, 'terms.safeFlightMonths', 'invalid-terms'],
    ['activationWindowHours.aircraft', 89_281, 'terms.activationWindowHours.aircraft', 'invalid-terms'],
    ['verifiedPurchaseWindowHours', 1e12, 'terms.verifiedPurchaseWindowHours', 'invalid-terms'],
    ['products.om-5.autoStartDaysAfterDelivery', 3721, 'terms.products.om-5.autoStartDaysAfterDelivery', 'invalid-terms'],
    ['fees', {}, 'terms.fees', 'wrong-type'],
    ['fees', [null], 'terms.fees[0]', 'missing'],
    ['fees.0.product', 'mavic-9', 'terms.fees[0].product', 'invalid-terms'],
    ['fees.0.product', undefined, 'terms.fees[0].product', 'missing'],
    ['fees.0.term', '3y', 'terms.fees[0].term', 'invalid-terms'],
    ['fees.0.region', 'UK', 'terms.fees[0].region', 'unknown-region'],
    ['fees.0.currency', 'usd', 'terms.fees[0].currency', 'invalid-terms'],
    ['fees.0.currency', 840, 'terms.fees[0].currency', 'invalid-terms'],
    ['fees.0.replacementFees', '159', 'terms.fees[0].replacementFees', 'wrong-type'],
    ['fees.0.replacementFees', ['159', '-199'], 'terms.fees[0].replacementFees[1]', 'invalid-terms'],
    ['fees.0.replacementFees', [159], 'terms.fees[0].replacementFees[0]', 'wrong-type'],
    ['fees.0.flyawayFee', '7.39e2', 'terms.fees[0].flyawayFee', 'invalid-terms'],
    ['fees.0.renewalReplacementFee', '', 'terms.fees[0].renewalReplacementFee', 'missing'],
    ['fees.0.source', undefined, 'terms.fees[0].source', 'missing'],
    ['repairDiscountCap', '100', 'terms.repairDiscountCap', 'wrong-type'],
    ['repairDiscountCap', { amount: '1.', currency: 'USD' }, 'terms.repairDiscountCap.amount', 'invalid-terms'],
    ['repairDiscountCap', { amount: '100', currency: 'dollars' }, 'terms.repairDiscountCap.currency', 'invalid-terms'],
    ['repairDiscountCap', { amount: '100' }, 'terms.repairDiscountCap.currency', 'invalid-terms'],
  ] as const)('%s = %j is refused at %s (%s)', (path, value, field, code) => {
    expectInvalid(() => resolveTerms(patched(path, value)), field, code);
  });

  it('accepts spans up to the cap', () => {
    const t = patched('safeFlightMonths', 120);
    const max: Terms = {
      ...t,
      activationWindowHours: { aircraft: 89_280, gimbal: 0, handheld: 89_280 },
      verifiedPurchaseWindowHours: 89_280,
      plans: { '1y': { ...t.plans['1y'], months: 120 }, '2y': { ...t.plans['2y'], warrantyExtension: { startsAfterMonths: 120, months: 120 } } },
      officialWarrantyMonths: { standard: 120, european: 120 },
      carePlus: { ...t.carePlus, months: 120, warrantyExtensionMonths: 120 },
    };
    expect(resolveTerms(max)).toEqual(max);
  });

  it('terms that are not an object are refused', () => {
    expectInvalid(() => resolveTerms('DEFAULT' as unknown as Terms), 'terms', 'wrong-type');
    // Issue 12: `null` terms mean none given, the built-in terms.
    expect(resolveTerms(null)).toBe(DEFAULT_TERMS);
  });

  it('does not mutate the terms it validates', () => {
    const terms = deepFreeze(patched('edition', 'frozen copy'));
    expect(resolveTerms(terms)).toEqual(terms);
  });
});
