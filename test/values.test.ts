/**
 * Issue 12, "Values a storefront shows": null means none in caller terms, and the purchase
 * deadline in a local zone (localBuyBy).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, InvalidInputError, type PurchaseEligibility, type Terms, checkPurchaseEligibility, localBuyBy, resolveTerms } from '../src/index';

const without = <T extends object>(value: T, key: string): T => {
  const copy = { ...value } as Record<string, unknown>;
  delete copy[key];
  return copy as T;
};

describe('null means none: optional figures of caller terms', () => {
  const fee = DEFAULT_TERMS.fees[0] as NonNullable<(typeof DEFAULT_TERMS.fees)[0]>;
  const twoYear = DEFAULT_TERMS.plans['2y'];
  const mini = DEFAULT_TERMS.products['mini-2'] as NonNullable<(typeof DEFAULT_TERMS.products)['mini-2']>;
  const cases: readonly (readonly [string, Terms, Terms])[] = [
    ['fees[0].flyawayFee', { ...DEFAULT_TERMS, fees: [{ ...fee, flyawayFee: null as never }] }, { ...DEFAULT_TERMS, fees: [without(fee, 'flyawayFee')] }],
    ['fees[0].renewalReplacementFee', { ...DEFAULT_TERMS, fees: [{ ...fee, renewalReplacementFee: null as never }] }, { ...DEFAULT_TERMS, fees: [fee] }],
    [
      "plans['2y'].warrantyExtension",
      { ...DEFAULT_TERMS, plans: { ...DEFAULT_TERMS.plans, '2y': { ...twoYear, warrantyExtension: null as never } } },
      { ...DEFAULT_TERMS, plans: { ...DEFAULT_TERMS.plans, '2y': without(twoYear, 'warrantyExtension') } },
    ],
    [
      "products['mini-2'].autoStartDaysAfterDelivery",
      { ...DEFAULT_TERMS, products: { ...DEFAULT_TERMS.products, 'mini-2': { ...mini, autoStartDaysAfterDelivery: null as never } } },
      { ...DEFAULT_TERMS, products: { ...DEFAULT_TERMS.products } },
    ],
    ['repairDiscountCap', { ...DEFAULT_TERMS, repairDiscountCap: null as never }, { ...DEFAULT_TERMS }],
  ];
  it.each(cases)('%s: null reads as absent', (_field, withNull, absent) => {
    expect(resolveTerms(withNull)).toEqual(resolveTerms(absent));
  });
});

describe('ELIG-VERIFY, ELIG-48H: localBuyBy (the deadline in the storefront zone)', () => {
  const verified = checkPurchaseEligibility({
    product: 'mavic-3',
    productRegion: 'DE',
    planRegion: 'DE',
    purchaseAt: '2026-03-06T09:00:00Z',
    activatedAt: '2026-03-01T10:00:00Z',
    verificationNoticeAt: '2026-03-05T09:00:00Z',
    previouslyBound: false,
  });
  const value = (verified.ok ? verified.value : undefined) as PurchaseEligibility;

  it('gives buyBy as a local date and time, with the offset at the deadline', () => {
    expect(value.buyBy).toBe('2026-03-08T09:00:00.000Z');
    expect(localBuyBy(value, 'Europe/Berlin')).toEqual({ at: '2026-03-08T10:00:00.000+01:00', date: '2026-03-08', time: '10:00:00', timeZone: 'Europe/Berlin' });
    // Across a date line and a half-hour offset; the instant is the same.
    const kolkata = localBuyBy(value, 'Asia/Kolkata');
    expect(kolkata).toEqual({ at: '2026-03-08T14:30:00.000+05:30', date: '2026-03-08', time: '14:30:00', timeZone: 'Asia/Kolkata' });
    expect(Date.parse(kolkata?.at ?? '')).toBe(Date.parse(value.buyBy ?? ''));
    expect(localBuyBy(value, 'Pacific/Kiritimati')?.date).toBe('2026-03-08');
    expect(localBuyBy(value, 'Pacific/Pago_Pago')?.date).toBe('2026-03-07');
  });

  it('follows daylight saving time at the deadline (US DST starts 2026-03-08)', () => {
    const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-07T10:00:00Z',
      activatedAt: '2026-03-07T09:00:00Z', previouslyBound: false });
    expect(d.ok && localBuyBy(d.value, 'America/New_York')).toEqual({ at: '2026-03-09T05:00:00.000-04:00', date: '2026-03-09', time: '05:00:00', timeZone: 'America/New_York' });
  });

  it('is null for a new product (ELIG-NEW: no deadline), and reads a value parsed from JSON', () => {
    const fresh = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-07T10:00:00Z', activatedAt: null, previouslyBound: false });
    expect(fresh.ok && localBuyBy(fresh.value, 'UTC')).toBeNull();
    expect(localBuyBy(JSON.parse(JSON.stringify(value)) as PurchaseEligibility, 'Europe/Berlin')?.at).toBe('2026-03-08T10:00:00.000+01:00');
  });

  it.each([
    [() => localBuyBy(value, 'europe/berlin'), 'timeZone'],
    [() => localBuyBy(value, '+01:00'), 'timeZone'],
    [() => localBuyBy(value, null as never), 'timeZone'],
    [() => localBuyBy(null as never, 'UTC'), 'eligibility'],
    [() => localBuyBy({ ...value, buyBy: '2026-03-08' }, 'UTC'), 'eligibility.buyBy'],
    [() => localBuyBy({ ...value, buyBy: 7 as never }, 'UTC'), 'eligibility.buyBy'],
  ] as const)('refuses bad input (%#)', (call, field) => {
    let thrown: unknown;
    try {
      call();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(InvalidInputError);
    expect((thrown as InvalidInputError).field).toBe(field);
  });
});
