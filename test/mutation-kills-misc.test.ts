/**
 * Survivors of the mutation run (issue 10: mutation score of `src/` at or above 95%) in the
 * catalogue, terms, agreement, eligibility, money and validation modules. Each test pins what a
 * caller meets on both sides of a threshold, or a field an error names. The survivors judged
 * equivalent (fast paths, dead fields) are listed, with reasons, in the branch's report.
 */
import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  agreementDate,
  checkPurchaseEligibility,
  en,
  formatMoney,
  money,
  requireProduct,
  resolveTerms,
  sumMoney,
  type PurchaseEligibilityInput,
  type Terms,
} from '../src/index';
import { moneyCaches } from '../src/money';
import { invalid, revokedAt } from './support';

/** The built-in terms with `count` products in all (the built-in ones first, then copies). */
function termsWithProducts(count: number): Terms {
  const base = DEFAULT_TERMS.products['mavic-3']!;
  const products: Record<string, unknown> = {};
  const ids = Object.keys(DEFAULT_TERMS.products);
  for (let n = 0; n < count; n++) {
    const id = n < ids.length ? ids[n]! : `extra-${n}`;
    products[id] = n < ids.length ? DEFAULT_TERMS.products[id] : { ...base, id, name: `Extra ${n}` };
  }
  return { ...DEFAULT_TERMS, products } as unknown as Terms;
}

describe('TERMS-CALLER: the unknown-product message lists at most 20 ids (issue 10)', () => {
  it('exactly 20 products: all listed, no "more"', () => {
    const e = invalid(() => requireProduct('nope', resolveTerms(termsWithProducts(20))));
    expect(e.code).toBe('unknown-product');
    expect(e.message).toMatch(/extra-19 \(received "nope"\)\.$/);
    expect(e.message).not.toMatch(/more/);
  });

  it('21 products: 20 listed and "and 1 more"', () => {
    const e = invalid(() => requireProduct('nope', resolveTerms(termsWithProducts(21))));
    expect(e.message).toMatch(/extra-19 and 1 more \(received "nope"\)\.$/);
    expect(e.message).not.toMatch(/extra-20/);
  });

  it('the built-in 12 products: all listed, nothing after the last', () => {
    expect(invalid(() => requireProduct('nope')).message).toBe(
      'Invalid product: expected one of: mavic-3, mavic-3-cine, air-2s, mavic-air-2, mini-2, mini-se, om-5, om-4-series, pocket-2, action-2, rs-2, rsc-2 (received "nope").',
    );
  });
});

describe('MONEY-UNITS, TERMS-CALLER: a fee without a flyaway or renewal fee has no such key (issue 10)', () => {
  it('the keys left out stay out of the validated terms', () => {
    const fee = DEFAULT_TERMS.fees[0]!;
    const { flyawayFee: _f, renewalReplacementFee: _r, ...bare } = fee;
    const t = resolveTerms({ ...DEFAULT_TERMS, fees: [bare] } as Terms);
    expect(Object.keys(t.fees[0]!)).not.toContain('flyawayFee');
    expect(Object.keys(t.fees[0]!)).not.toContain('renewalReplacementFee');
    const withBoth = resolveTerms({ ...DEFAULT_TERMS, fees: [{ ...bare, flyawayFee: '99', renewalReplacementFee: '129' }] } as Terms);
    expect(withBoth.fees[0]).toMatchObject({ flyawayFee: '99', renewalReplacementFee: '129' });
  });
});

describe('MONEY-UNITS: sums of minor units (issue 10)', () => {
  const text = (m: ReturnType<typeof money>) => formatMoney(m);

  it('a sum of zero is written 0, never -0; a negative one keeps its sign', () => {
    expect(text(sumMoney([], 'USD'))).toBe('USD 0.00');
    const zero = sumMoney([money('1.25', 'USD'), money('-1.25', 'USD')], 'USD');
    expect(text(zero)).toBe('USD 0.00');
    expect(zero.amount.isNegative()).toBe(false);
    expect(JSON.stringify(zero)).toBe(JSON.stringify(money('0', 'USD')));
    const yen = sumMoney([money('5', 'JPY'), money('-5', 'JPY')], 'JPY');
    expect(text(yen)).toBe('JPY 0');
    expect(yen.amount.isNegative()).toBe(false);
    expect(text(sumMoney([money('1.25', 'USD'), money('-2', 'USD')], 'USD'))).toBe('-USD 0.75');
    expect(text(sumMoney([money('0.05', 'USD')], 'USD'))).toBe('USD 0.05');
  });

  it('a currency of no minor unit sums to whole units, no decimals', () => {
    const sum = sumMoney([money('19800', 'JPY'), money('1', 'JPY')], 'JPY');
    expect(String(sum.amount)).toBe('19801');
    expect(text(sum)).toBe('JPY 19801');
    expect(String(sumMoney([money('-7', 'JPY')], 'JPY').amount)).toBe('-7');
  });

  it("an entry read by index: the caller's own exception in a getter passes through", () => {
    const thrown = new Error('caller');
    const list = [money('1', 'USD')];
    Object.defineProperty(list, 0, { get: () => { throw thrown; } });
    expect(() => sumMoney(list, 'USD')).toThrow(thrown);
  });

  it('a list revoked by its own trap while read is invalid input of the list itself', () => {
    const e = invalid(() => sumMoney(revokedAt([money('1', 'USD')], 'length'), 'USD'));
    expect(e.field).toBe('amounts');
    expect(e.message).toMatch(/revoked Proxy/);
  });
});

describe('MONEY-UNITS: a language with runtime data is written in it, not in the runtime default (issue 13)', () => {
  it.runIf(Intl.NumberFormat.supportedLocalesOf('de').length > 0)('de: a decimal comma', () => {
    expect(formatMoney(money('1234.5', 'EUR'), { locale: 'de' })).toMatch(/^1\.234,50\s€$/u);
  });
});

describe('MONEY-UNITS: the fixed ISO form never takes the runtime default locale (issue 13)', () => {
  it('under a runtime whose default locale is German, English and a language without data stay English', () => {
    const Real = Intl.NumberFormat;
    // A runtime whose default is German: no tag (or none it has) gives German.
    const German = function (locales?: string | readonly string[], options?: Intl.NumberFormatOptions) {
      const list = locales === undefined ? [] : [locales].flat();
      return new Real(list.length === 0 ? 'de' : (list as string[]), options);
    } as unknown as typeof Intl.NumberFormat;
    German.supportedLocalesOf = Real.supportedLocalesOf;
    moneyCaches().clear();
    Intl.NumberFormat = German;
    try {
      expect(formatMoney(money('1234.5', 'EUR'))).toBe('EUR 1234.50');
      expect(formatMoney(money('1234.5', 'EUR'), { locale: 'qaa' })).toBe('EUR 1234.50');
    } finally {
      Intl.NumberFormat = Real;
      moneyCaches().clear();
    }
  });
});

describe('MONEY-UNITS: a full cache answers a tag it holds without clearing (issue 10)', () => {
  it('64 tags kept, the first asked again: still 64 of each', () => {
    moneyCaches().clear();
    const tags = Array.from({ length: 64 }, (_, n) => `q${'abcdefghijklmnopqrst'[Math.floor(n / 26)]}${'abcdefghijklmnopqrstuvwxyz'[n % 26]}`);
    for (const tag of tags) formatMoney(money('1', 'USD'), { locale: tag });
    expect(formatMoney(money('1', 'USD'), { locale: tags[0] })).toBe('USD 1.00');
    expect(moneyCaches().languages).toBe(64);
    expect(moneyCaches().formatters).toBe(64);
    moneyCaches().clear();
  });
});

describe('MONEY-UNITS: Decimals of the library take their constructor as decimal.js gives it (issue 10)', () => {
  it('an own, writable, enumerable, configurable constructor, as on a plain decimal.js Decimal', () => {
    const Made = money('1.5', 'USD').amount.constructor as unknown as new (v: string) => object;
    const made = new Made('2');
    const own = Object.getOwnPropertyDescriptor(made, 'constructor');
    expect(own).toMatchObject({ writable: true, enumerable: true, configurable: true });
    const { value: _v, ...plain } = Object.getOwnPropertyDescriptor(new Decimal('2'), 'constructor')!;
    expect(own).toMatchObject(plain);
    expect(Object.keys(made)).toEqual(Object.keys(new Decimal('2')));
  });
});

describe('TERMS-CALLER: an entry of the products read once (issue 10)', () => {
  it("the caller's own exception in a product getter passes through unchanged", () => {
    const thrown = new Error('caller');
    const products = { ...DEFAULT_TERMS.products };
    Object.defineProperty(products, 'mini-2', { enumerable: true, get: () => { throw thrown; } });
    expect(() => resolveTerms({ ...DEFAULT_TERMS, products } as Terms)).toThrow(thrown);
  });
});

describe('DATE-BUNDLED, DATE-SEPARATE, DATE-CODE: the input read by its channel is `input` (issue 10)', () => {
  it.each([
    ['dji-store-bundle', { product: 'om-5', activatedAt: '2026-03-02T10:00:00Z' }],
    ['dji-online-store', { purchasedAt: '2026-03-02T10:00:00Z' }],
    ['activation-code', { boundAt: '2026-03-02T10:00:00Z' }],
  ])('%s: an input revoked after its channel and zone are read is invalid input of `input`', (channel, rest) => {
    const e = invalid(() => agreementDate(revokedAt({ channel, timeZone: 'Europe/Berlin', ...rest } as never, 'timeZone')));
    expect(e.field).toBe('input');
    expect(e.message).toMatch(/revoked Proxy/);
  });

  it('DATE-BUNDLED-OM: an automatic start past 9899-12-31 is refused, saying why', () => {
    const e = invalid(() => agreementDate({ channel: 'dji-store-bundle', timeZone: 'UTC', product: 'om-5', activatedAt: null, deliveredOn: '9899-12-20' } as never));
    expect(e.field).toBe('deliveredOn');
    expect(e.message).toContain('a delivery date whose automatic start, 45 days later, is by 9899-12-31');
  });
});

const INPUT: PurchaseEligibilityInput = {
  product: 'mavic-3',
  productRegion: 'US',
  planRegion: 'US',
  purchaseAt: '2026-03-05T10:00:00Z',
  activatedAt: '2026-03-01T14:00:00Z',
  previouslyBound: false,
};

describe('ELIG-VERIFY: a purchase at, before and after the notice instant', () => {
  const verify = (purchaseAt: string) => checkPurchaseEligibility({ ...INPUT, purchaseAt, verificationNoticeAt: '2026-03-05T10:00:00Z' });

  it('exactly at the notice: within the window', () => {
    const d = verify('2026-03-05T10:00:00Z');
    expect(d.ok).toBe(true);
    expect(d.trace.map((c) => c.code)).toContain('elig.verify.within');
  });

  it('one second before: early, await the notice', () => {
    const d = verify('2026-03-05T09:59:59Z');
    expect(d.ok).toBe(false);
    expect(d.trace.map((c) => c.code)).toContain('elig.verify.before-notice');
    expect(d.ok || d.nextSteps[0]?.action).toBe('await-notice');
  });

  it('exactly at the end of the window: within; one second after: exceeded, verify again', () => {
    const end = Date.parse('2026-03-05T10:00:00Z') + DEFAULT_TERMS.verifiedPurchaseWindowHours * 3_600_000;
    const at = verify(new Date(end).toISOString());
    expect(at.ok).toBe(true);
    expect(at.trace.map((c) => c.code)).toContain('elig.verify.within');
    const after = verify(new Date(end + 1000).toISOString());
    expect(after.ok).toBe(false);
    expect(after.trace.map((c) => c.code)).toContain('elig.verify.exceeded');
    expect(after.ok || after.nextSteps[0]?.action).toBe('verification');
  });
});

describe('ELIG-48H: the words of a locale are checked by field (issue 13)', () => {
  it('a catalogue without the code names the reason or check it words', () => {
    const e = invalid(() => checkPurchaseEligibility(INPUT, { locale: { ...en, messages: {} } as never }));
    expect(e.field).toMatch(/^value\.(reasons|trace)\[0\]\.code$/);
  });
});
