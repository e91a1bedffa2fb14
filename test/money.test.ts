/**
 * Money: MONEY-UNITS (the library's own ISO 4217 table, no rounding, amounts written with
 * exactly their currency's decimals, formatting in the locale asked for), and issue 10's money
 * classes: limits on an amount (item 3), decimal.js settings shared with the caller (item 8),
 * forged and foreign Decimals (item 9).
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, MAVIC_3_LISTING, describePlan, planStatus, resolveTerms, type Terms } from '../src/index';
import {
  CURRENCY_MINOR_UNITS,
  MONEY_LIMITS,
  type Money,
  formatMoney,
  frozenMoney,
  money,
  moneyFrom,
  moneyFromJSON,
  requireMoney,
  sumMoney,
} from '../src/money';
import { AMOUNT_WORDS } from '../src/money/decimal';
import { requireFeeAmount } from '../src/money/units';
import { MAVIC_1Y } from './fixtures/plans';
import type { InvalidInputError } from '../src/errors';
import { expectInvalid, invalid } from './support';

/** decimal.js's CommonJS build: another copy of the library, with its own constructor. */
const OtherDecimal = createRequire(import.meta.url)('decimal.js') as typeof Decimal;

/** Runs `call` with the caller's global Decimal set as given, then restores the defaults. */
function withGlobalDecimal<T>(config: Decimal.Config, call: () => T): T {
  Decimal.set(config);
  try {
    return call();
  } finally {
    Decimal.set({ defaults: true });
  }
}

const TABLE_CURRENCIES = Object.keys(CURRENCY_MINOR_UNITS);

describe('MONEY-UNITS: the ISO 4217 table', () => {
  it('gives the minor unit of every currency of the plan\'s markets, from ISO 4217', () => {
    expect(CURRENCY_MINOR_UNITS).toEqual({
      AUD: 2, BGN: 2, CAD: 2, CHF: 2, CNY: 2, CZK: 2, DKK: 2, EUR: 2, GBP: 2, HKD: 2,
      HUF: 2, JPY: 0, KRW: 0, NOK: 2, PLN: 2, RON: 2, SEK: 2, TWD: 2, USD: 2,
    });
  });

  it('says 2 for HUF and TWD whatever the runtime\'s locale data says', () => {
    const runtime = (code: string) => new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions().maximumFractionDigits;
    // Node's ICU says 0 for HUF (and 0 for TWD in some locales): the table does not ask it.
    expect([CURRENCY_MINOR_UNITS.HUF, CURRENCY_MINOR_UNITS.TWD]).toEqual([2, 2]);
    expect(formatMoney(money('1234.50', 'HUF'))).toBe('HUF 1234.50');
    expect(formatMoney(money('99.90', 'TWD'))).toBe('TWD 99.90');
    expect(typeof runtime('HUF')).toBe('number');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CURRENCY_MINOR_UNITS)).toBe(true);
    expect(() => {
      (CURRENCY_MINOR_UNITS as Record<string, number>).USD = 3;
    }).toThrow(TypeError);
    expect(Object.isFrozen(MONEY_LIMITS)).toBe(true);
  });

  it.each(['XAU', 'BRL', 'MXN', 'BHD', 'XXX'])('refuses %s, a code not in the table, naming the field', (code) => {
    const error = expectInvalid(() => money('1', code), 'amount.currency', 'invalid-value');
    expect(error.message).toContain('CURRENCY_MINOR_UNITS');
  });

  it.each(['usd', 'US', 'DOLLAR', '', 840, 'toString', '__proto__'])('refuses the currency %j', (currency) => {
    expectInvalid(() => money('1', currency as string, 'fee'), 'fee.currency', 'invalid-value');
  });

  it('says a missing currency is missing', () => {
    expectInvalid(() => money('1', undefined as never), 'amount.currency', 'missing');
    expectInvalid(() => money('1', null as never), 'amount.currency', 'missing');
  });
});

describe('MONEY-UNITS: money', () => {
  it.each([
    ['159', 'USD', '159'],
    ['159.00', 'USD', '159'],
    ['0.1', 'USD', '0.1'],
    ['-20.5', 'USD', '-20.5'],
    ['0.05', 'EUR', '0.05'],
    ['-0', 'USD', '0'],
    ['0007', 'USD', '7'],
    [739, 'USD', '739'],
    [0.1, 'USD', '0.1'],
    [-0, 'USD', '0'],
    [new Decimal('199.99'), 'USD', '199.99'],
    ['19800', 'JPY', '19800'],
    ['19800.00', 'JPY', '19800'],
    [new Decimal('1.98e4'), 'KRW', '19800'],
  ] as const)('reads %j %s', (amount, currency, text) => {
    const m = money(amount, currency);
    expect(m.amount.toString()).toBe(text);
    expect(m.currency).toBe(currency);
  });

  it.each([
    ['0.5', 'JPY'],
    ['1.5', 'KRW'],
    ['0.001', 'USD'],
    ['159.999', 'EUR'],
    [0.001, 'GBP'],
    [0.1 + 0.2, 'USD'],
    [1e-7, 'USD'],
    [new Decimal('0.5'), 'JPY'],
  ] as const)('refuses %j %s: more decimals than the currency has, never rounded', (amount, currency) => {
    const error = expectInvalid(() => money(amount, currency), 'amount', 'invalid-value');
    expect(error.message).toContain('MONEY-UNITS');
  });

  it.each([
    ['abc', 'invalid-value'],
    ['1e3', 'invalid-value'],
    ['1.', 'invalid-value'],
    ['.5', 'invalid-value'],
    ['', 'invalid-value'],
    ['+1', 'invalid-value'],
    [' 1', 'invalid-value'],
    [Number.NaN, 'invalid-value'],
    [Number.POSITIVE_INFINITY, 'invalid-value'],
    [new Decimal(Number.NaN), 'invalid-value'],
    [new Decimal(Number.NEGATIVE_INFINITY), 'invalid-value'],
    [null, 'missing'],
    [undefined, 'missing'],
    [true, 'wrong-type'],
    [{}, 'wrong-type'],
    [['159'], 'wrong-type'],
    [() => '159', 'wrong-type'],
  ] as const)('refuses the amount %j (%s)', (amount, code) => {
    expectInvalid(() => money(amount as never, 'USD'), 'amount', code);
  });

  it('refuses a bigint amount', () => {
    expectInvalid(() => money(10n as never, 'USD'), 'amount', 'wrong-type');
  });

  it('reads literals of terms and JSON, naming the field', () => {
    expect(formatMoney(moneyFrom({ amount: '150.5', currency: 'EUR' }, 'terms.repairDiscountCap'))).toBe('EUR 150.50');
    expectInvalid(() => moneyFrom({ amount: 'x', currency: 'EUR' }, 'terms.repairDiscountCap'), 'terms.repairDiscountCap', 'invalid-value');
  });

  it('gives a fresh value each call, its toJSON not among its keys', () => {
    const a = money('159', 'USD');
    expect(a).not.toBe(money('159', 'USD'));
    expect(Object.keys(a)).toEqual(['amount', 'currency']);
    expect(a).toEqual(money('159.00', 'USD'));
  });
});

describe('MONEY-UNITS: JSON', () => {
  it('writes an amount with exactly its currency\'s decimals', () => {
    expect(JSON.stringify(money('159', 'USD'))).toBe('{"amount":"159.00","currency":"USD"}');
    expect(JSON.stringify(money('0.5', 'EUR'))).toBe('{"amount":"0.50","currency":"EUR"}');
    expect(JSON.stringify(money('4690', 'JPY'))).toBe('{"amount":"4690","currency":"JPY"}');
    expect(JSON.stringify(money('-20.5', 'GBP'))).toBe('{"amount":"-20.50","currency":"GBP"}');
    expect(JSON.stringify(sumMoney([money('0.1', 'USD'), money('0.2', 'USD')], 'USD'))).toBe('{"amount":"0.30","currency":"USD"}');
  });

  it('reads back both that form and the earlier one', () => {
    expect(formatMoney(moneyFromJSON({ amount: '159.00', currency: 'USD' }))).toBe('USD 159.00');
    expect(formatMoney(moneyFromJSON({ amount: '159', currency: 'USD' }))).toBe('USD 159.00');
    expect(formatMoney(moneyFromJSON(JSON.parse('{"amount":"4690","currency":"JPY"}')))).toBe('JPY 4690');
    expect(formatMoney(moneyFromJSON(money('1', 'EUR')))).toBe('EUR 1.00');
  });

  it('refuses what is not money in JSON, naming the field', () => {
    expectInvalid(() => moneyFromJSON(null), 'money', 'missing');
    expectInvalid(() => moneyFromJSON('159'), 'money', 'wrong-type');
    expectInvalid(() => moneyFromJSON({ amount: 159, currency: 'USD' }, 'fee'), 'fee.amount', 'wrong-type');
    expectInvalid(() => moneyFromJSON({ amount: '159.001', currency: 'USD' }, 'fee'), 'fee.amount', 'invalid-value');
    expectInvalid(() => moneyFromJSON({ amount: '4690.5', currency: 'JPY' }), 'money.amount', 'invalid-value');
    expectInvalid(() => moneyFromJSON({ amount: '1', currency: 'XAU' }), 'money.currency', 'invalid-value');
    expectInvalid(() => moneyFromJSON({ amount: '1' }), 'money.currency', 'missing');
  });

  it('round-trips any amount within the limits, in any currency of the table (property)', () => {
    const amounts = fc.constantFrom(...TABLE_CURRENCIES).chain((currency) => {
      const minor = CURRENCY_MINOR_UNITS[currency] as number;
      const max = 10n ** BigInt(MONEY_LIMITS.digits) - 1n;
      return fc.bigInt({ min: -max, max }).map((units) => ({ units, currency, minor }));
    });
    fc.assert(
      fc.property(amounts, ({ units, currency, minor }) => {
        const m = money(new Decimal(units.toString()).dividedBy(10 ** minor), currency);
        const json = JSON.stringify(m);
        const back = moneyFromJSON(JSON.parse(json));
        expect(back.amount.equals(m.amount)).toBe(true);
        expect(JSON.stringify(back)).toBe(json);
        const written = (JSON.parse(json) as { amount: string }).amount;
        expect(written.split('.')[1]?.length ?? 0).toBe(minor);
      }),
    );
  });
});

describe('MONEY-UNITS: limits (issue 10, item 3)', () => {
  it('refuses a huge Decimal at once, in formatMoney and describePlan', () => {
    const huge = new Decimal('1e9000000000000000');
    const started = performance.now();
    expectInvalid(() => formatMoney({ amount: huge, currency: 'USD' }), 'value.amount', 'invalid-value');
    expectInvalid(() => money(huge, 'USD'), 'amount', 'invalid-value');
    expectInvalid(() => money(new Decimal('1e-9000000000000000'), 'USD'), 'amount', 'invalid-value');
    const status = planStatus(MAVIC_1Y, [], '2026-04-01T00:00:00Z');
    const forged = { ...status, nextFees: { ...status.nextFees, damage: { ...status.nextFees.damage, fee: { amount: huge, currency: 'USD' } } } };
    expectInvalid(() => describePlan(forged as never), 'status.nextFees.damage.fee.amount', 'invalid-value');
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('gives 15 digits with the currency\'s decimals: USD below 10^13, JPY below 10^15', () => {
    expect(MONEY_LIMITS).toEqual({ digits: 15, amountLength: 40, localeLength: 64, decimalWords: 7 });
    // Enough words for 40 digits in any alignment of decimal.js's 7-digit words.
    expect(MONEY_LIMITS.decimalWords).toBe(Math.ceil(MONEY_LIMITS.amountLength / 7) + 1);
    expect(formatMoney(money('9999999999999.99', 'USD'))).toBe('USD 9999999999999.99');
    expectInvalid(() => money('10000000000000', 'USD'), 'amount', 'invalid-value');
    expect(formatMoney(money('999999999999999', 'JPY'))).toBe('JPY 999999999999999');
    expectInvalid(() => money('1000000000000000', 'JPY'), 'amount', 'invalid-value');
    expectInvalid(() => money(1e21, 'USD'), 'amount', 'invalid-value');
    expectInvalid(() => money(new Decimal('-1e13'), 'USD'), 'amount', 'invalid-value');
  });

  it('refuses an amount\'s text past 40 characters, zeros included', () => {
    expect(money(`1.${'0'.repeat(38)}`, 'USD').amount.toString()).toBe('1');
    expectInvalid(() => money(`1.${'0'.repeat(39)}`, 'USD'), 'amount', 'invalid-value');
    expectInvalid(() => money(`${'0'.repeat(1_000_000)}1`, 'USD'), 'amount', 'invalid-value');
    const error = invalid(() => money('9'.repeat(1_000_000), 'USD'));
    expect(error.message.length).toBeLessThan(300);
  });

  it('refuses a sum past the limits, so that every sum can be written and read back', () => {
    const big = money('9999999999999.99', 'USD');
    expectInvalid(() => sumMoney([big, big], 'USD'), 'amounts', 'invalid-value');
    expect(formatMoney(sumMoney([big, big, money('-9999999999999.99', 'USD')], 'USD'))).toBe('USD 9999999999999.99');
  });
});

describe('MONEY-UNITS: decimal.js settings are the library\'s own (issue 10, item 8)', () => {
  it('sums 159.99 and 199.99 to 359.98 after the caller sets precision 3, rounding down', () => {
    const [sum, text, plus] = withGlobalDecimal({ precision: 3, rounding: Decimal.ROUND_DOWN }, () => {
      const s = sumMoney([money('159.99', 'USD'), money('199.99', 'USD')], 'USD');
      return [s, formatMoney(s), money('159.99', 'USD').amount.plus('199.99').toString()] as const;
    });
    expect(sum.amount.toString()).toBe('359.98');
    expect(text).toBe('USD 359.98');
    expect(plus).toBe('359.98');
  });

  it('reads amounts made under any global settings, exponent notation included', () => {
    withGlobalDecimal({ toExpPos: 0, toExpNeg: 0, precision: 1 }, () => {
      expect(new Decimal('159.5').toString()).toBe('1.595e+2');
      expect(money(new Decimal('159.5'), 'USD').amount.toFixed()).toBe('159.5');
      expect(money('0.05', 'USD').amount.toFixed(2)).toBe('0.05');
    });
  });

  it('a caller changing the constructor of the amounts it was given changes no later sum', () => {
    const given = money('0.01', 'USD');
    (given.amount.constructor as typeof Decimal).set({ precision: 1, rounding: Decimal.ROUND_DOWN });
    try {
      expect(sumMoney([money('159.99', 'USD'), money('199.99', 'USD')], 'USD').amount.toFixed(2)).toBe('359.98');
      expect(formatMoney(money('123.45', 'USD'))).toBe('USD 123.45');
    } finally {
      (given.amount.constructor as typeof Decimal).set({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
    }
  });

  it('sums are commutative, associative and exact under any hostile global setting (property)', () => {
    const cents = fc.array(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), { maxLength: 12 });
    const config = fc.record({
      precision: fc.integer({ min: 1, max: 6 }),
      rounding: fc.integer({ min: 0, max: 8 }) as fc.Arbitrary<Decimal.Rounding>,
      toExpPos: fc.integer({ min: 0, max: 5 }),
      toExpNeg: fc.integer({ min: -5, max: 0 }),
    });
    fc.assert(
      fc.property(cents, config, fc.nat(), (list, settings, cut) => {
        const text = (c: bigint) => `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;
        const exact = text(list.reduce((a, b) => a + b, 0n));
        withGlobalDecimal(settings, () => {
          const amounts = list.map((c) => money(text(c), 'USD'));
          const total = sumMoney(amounts, 'USD');
          expect(total.amount.toFixed(2)).toBe(exact);
          expect(sumMoney([...amounts].reverse(), 'USD').amount.equals(total.amount)).toBe(true);
          const at = amounts.length === 0 ? 0 : cut % (amounts.length + 1);
          const left = sumMoney(amounts.slice(0, at), 'USD');
          const right = sumMoney(amounts.slice(at), 'USD');
          expect(sumMoney([left, right], 'USD').amount.equals(total.amount)).toBe(true);
        });
      }),
    );
  });
});

describe('MONEY-UNITS: forged and foreign Decimals (issue 10, item 9)', () => {
  it('accepts a Decimal of another copy of decimal.js, whatever that copy\'s settings', () => {
    expect(OtherDecimal).not.toBe(Decimal);
    const other = new OtherDecimal('199.99');
    expect(other instanceof Decimal).toBe(false);
    expect(formatMoney(money(other, 'USD'))).toBe('USD 199.99');
    expect(formatMoney({ amount: other as unknown as Decimal, currency: 'USD' })).toBe('USD 199.99');
    const Odd = OtherDecimal.clone({ toExpPos: 0, toExpNeg: 0, precision: 2 });
    expect(formatMoney({ amount: new Odd('159.99') as unknown as Decimal, currency: 'USD' })).toBe('USD 159.99');
    expect(sumMoney([{ amount: new Odd('0.01') as unknown as Decimal, currency: 'USD' }, money('159.99', 'USD')], 'USD').amount.toString()).toBe('160');
  });

  it('reads a Decimal-like amount once, by its fields, and keeps what it read', () => {
    const reads = { s: 0, e: 0, d: 0 };
    const forged = {
      get s() {
        reads.s += 1;
        return reads.s === 1 ? 1 : -1;
      },
      get e() {
        reads.e += 1;
        return reads.e === 1 ? 2 : 9;
      },
      get d() {
        reads.d += 1;
        return reads.d === 1 ? [159] : [999];
      },
    };
    const m = money(forged as never, 'USD');
    expect(reads).toEqual({ s: 1, e: 1, d: 1 });
    expect(formatMoney(m)).toBe('USD 159.00');
    expect(JSON.stringify(m)).toBe('{"amount":"159.00","currency":"USD"}');
    expect(reads).toEqual({ s: 1, e: 1, d: 1 });
    expect(m.amount).not.toBe(forged);
  });

  it('reads the amount and the currency of a money value once each, and calls none of its methods', () => {
    const reads: Record<string, number> = { amount: 0, currency: 0 };
    const amount = new Proxy(new Decimal('159'), {
      get(target, key, receiver) {
        if (typeof key === 'string') reads[key] = (reads[key] ?? 0) + 1;
        return Reflect.get(target, key, receiver);
      },
    });
    const value = {
      get amount() {
        reads.amount = (reads.amount ?? 0) + 1;
        return reads.amount === 1 ? amount : new Decimal('0.001');
      },
      get currency() {
        reads.currency = (reads.currency ?? 0) + 1;
        return reads.currency === 1 ? 'USD' : 'usd';
      },
    };
    expect(formatMoney(value as never)).toBe('USD 159.00');
    expect(reads).toEqual({ amount: 1, currency: 1, s: 1, e: 1, d: 1 });
    // A second call reads again, and sees what the getters now say.
    expectInvalid(() => requireMoney(value, 'fee'), 'fee.currency', 'invalid-value');
  });

  /** A Decimal-like object of the given fields, with a `toExponential` that must never run. */
  const fields = (s: unknown, e: unknown, d: unknown) => ({
    s,
    e,
    d,
    toExponential: (): never => {
      throw new Error('toExponential was called');
    },
  });
  const FORGED: readonly (readonly [string, unknown, string, InvalidInputError['code']])[] = [
    ['a toString only', { toString: (): string => '159' }, '', 'wrong-type'],
    ['a toExponential only (never called)', { toExponential: (): string => '1.59e+2' }, '', 'wrong-type'],
    ['no digits', { s: 1, e: 2 }, '', 'wrong-type'],
    ['a sign that is not a number', fields('1', 2, [159]), '', 'wrong-type'],
    ['an exponent that is not a number', fields(1, '2', [159]), '', 'wrong-type'],
    ['a sign of 2', fields(2, 2, [159]), '', 'invalid-value'],
    ['a sign of NaN with digits', fields(Number.NaN, 2, [159]), '', 'invalid-value'],
    ['a fractional exponent', fields(1, 1.5, [159]), '', 'invalid-value'],
    ['an exponent past 2^53', fields(1, 2 ** 60, [1]), '', 'invalid-value'],
    ['an infinite exponent', fields(1, Number.POSITIVE_INFINITY, [1]), '', 'invalid-value'],
    ['a huge exponent', fields(1, 9e15, [1]), '', 'invalid-value'],
    ['a huge negative exponent', fields(1, -9e15, [1]), '', 'invalid-value'],
    ['NaN', fields(Number.NaN, Number.NaN, null), '', 'invalid-value'],
    ['Infinity', fields(-1, Number.NaN, null), '', 'invalid-value'],
    ['too many decimals', fields(1, -3, [1]), '', 'invalid-value'],
    ['16 digits', fields(1, 13, [1]), '', 'invalid-value'],
    ['digits that are a string', fields(1, 2, '159'), '.d', 'wrong-type'],
    ['digits of length 2^32-1', fields(1, 2, new Array(2 ** 32 - 1)), '.d', 'too-large'],
    [`digits of ${AMOUNT_WORDS + 1} words`, fields(1, 2, new Array<number>(AMOUNT_WORDS + 1).fill(1)), '.d', 'too-large'],
    ['no words', fields(1, 2, []), '.d', 'invalid-value'],
    ['a hole', fields(1, 14, [1, , 5]), '.d[1]', 'missing'],
    ['a word of 10^7', fields(1, 6, [1e7]), '.d[0]', 'invalid-value'],
    ['a negative word', fields(1, 2, [-159]), '.d[0]', 'invalid-value'],
    ['a fractional word', fields(1, 2, [15.9]), '.d[0]', 'invalid-value'],
    ['a word that is a string', fields(1, 2, ['159']), '.d[0]', 'invalid-value'],
    ['a leading word of 0', fields(1, 2, [0, 159]), '.d[0]', 'invalid-value'],
    ['49 digits', fields(1, 2, new Array<number>(AMOUNT_WORDS).fill(1234567)), '', 'invalid-value'],
  ];
  it.each(FORGED)('refuses a forged Decimal: %s', (_label, amount, suffix, code) => {
    expectInvalid(() => formatMoney({ amount, currency: 'USD' } as never), `value.amount${suffix}`, code);
    expectInvalid(() => money(amount as never, 'USD'), `amount${suffix}`, code);
    expectInvalid(() => sumMoney([{ amount, currency: 'USD' }] as never, 'USD'), `amounts[0].amount${suffix}`, code);
    expectInvalid(() => moneyFromJSON({ amount, currency: 'USD' }), `money.amount${suffix}`, code);
  });

  it('reads decimal.js digits as toExponential() writes them: words of 7 digits, zeros of the last word dropped', () => {
    expect(fixed(money(fields(1, 2, [159]) as never, 'USD'))).toBe('159.00');
    expect(JSON.stringify(money(fields(-1, 7, [12, 3400000]) as never, 'USD'))).toBe('{"amount":"-12340000.00","currency":"USD"}');
    expect(fixed(money(fields(1, -2, [1]) as never, 'USD'))).toBe('0.01');
    expect(fixed(money(fields(1, 12, [999999, 9999999, 9900000]) as never, 'USD'))).toBe('9999999999999.99');
    expect(fixed(money(fields(1, -2, [100000]) as never, 'USD'))).toBe('0.01');
    expect(fixed(money(fields(-1, 0, [0]) as never, 'USD'))).toBe('0.00');
    expect(fixed(money(fields(1, 1e15, [0]) as never, 'JPY'))).toBe('0');
    expect(fixed(money(fields(1, 2, [1, 0, 0]) as never, 'JPY'))).toBe('100');
    expect(fixed(money({ s: 1, e: 2, d: [159], toStringTag: '[object Decimal]' } as never, 'USD'))).toBe('159.00');
  });

  it("lets an error thrown by the caller's own code through unchanged", () => {
    const mine = new Error('from the caller');
    const throwing = {
      s: 1,
      e: 2,
      get d(): never {
        throw mine;
      },
    };
    expect(() => money(throwing as never, 'USD')).toThrow(mine);
    const trap = new Proxy([159], {
      get: (): never => {
        throw mine;
      },
    });
    expect(() => money(fields(1, 2, trap) as never, 'USD')).toThrow(mine);
    const getter = {
      get amount(): never {
        throw mine;
      },
      currency: 'USD',
    };
    expect(() => formatMoney(getter as never)).toThrow(mine);
  });

  it('refuses a revoked Proxy as an amount or as its digits', () => {
    const amount = Proxy.revocable(new Decimal(1), {});
    amount.revoke();
    expectInvalid(() => money(amount.proxy, 'USD'), 'amount', 'wrong-type');
    const digits = Proxy.revocable([1], {});
    digits.revoke();
    expectInvalid(() => money(fields(1, 0, digits.proxy) as never, 'USD'), 'amount.d', 'wrong-type');
  });

  it('reads a Decimal of another copy as decimal.js writes it, each field once, no method called (property)', () => {
    const cents = fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n });
    fc.assert(
      fc.property(cents, fc.integer({ min: 0, max: 2 }), (units, shift) => {
        const real = new OtherDecimal(units.toString()).div(10 ** shift);
        const reads = { s: 0, e: 0, d: 0 };
        const spy = new Proxy(real, {
          get(target, key, receiver) {
            if (key === 's' || key === 'e' || key === 'd') reads[key] += 1;
            else throw new Error(`read ${String(key)}`);
            return Reflect.get(target, key, receiver);
          },
        });
        const currency = shift === 0 ? 'JPY' : 'USD';
        // decimal.js's own writing of the same amount, read as a string: refused exactly when
        // the fields are, else the same money.
        const answer = (read: () => Money) => {
          try {
            return JSON.stringify(read());
          } catch (error) {
            return invalid(() => {
              throw error;
            }).code;
          }
        };
        expect(answer(() => money(spy as never, currency))).toBe(answer(() => money(real.toFixed(), currency)));
        expect(reads).toEqual({ s: 1, e: 1, d: 1 });
      }),
    );
  });
});

describe('MONEY-UNITS: money of an exported constant', () => {
  it("CAT-LISTING's price cannot be changed, and its amount still computes", () => {
    const price = MAVIC_3_LISTING.price;
    expect(Object.isFrozen(price) && Object.isFrozen(price.amount) && Object.isFrozen(price.amount.d)).toBe(true);
    expect(() => {
      (price.amount.d as number[])[0] = 1;
    }).toThrow(TypeError);
    expect(() => {
      (price as { currency: string }).currency = 'EUR';
    }).toThrow(TypeError);
    expect(Object.isFrozen(price.amount.constructor)).toBe(false);
    expect(price.amount.ln().toFixed(3)).toBe('5.476');
    expect(JSON.stringify(frozenMoney('4690', 'JPY'))).toBe('{"amount":"4690","currency":"JPY"}');
    expect(formatMoney(price)).toBe('USD 239.00');
  });
});

describe('MONEY-UNITS: sumMoney', () => {
  it('adds exactly in Decimal: 0.1 + 0.2 is 0.3; 159 + 199 is 358', () => {
    expect(sumMoney([money('0.1', 'USD'), money('0.2', 'USD')], 'USD').amount.toString()).toBe('0.3');
    expect(formatMoney(sumMoney([money('159', 'USD'), money('199', 'USD')], 'USD'))).toBe('USD 358.00');
  });

  it('an empty sum is zero in the given currency', () => {
    expect(formatMoney(sumMoney([], 'EUR'))).toBe('EUR 0.00');
    expect(formatMoney(sumMoney([], 'JPY'))).toBe('JPY 0');
  });

  it('refuses mixed currencies, naming the entry', () => {
    expectInvalid(() => sumMoney([money('1', 'USD'), money('1', 'EUR')], 'USD'), 'amounts[1].currency', 'invalid-value');
  });

  it('does not mutate its input', () => {
    const amounts = Object.freeze([money('159', 'USD'), money('199', 'USD')]);
    sumMoney(amounts, 'USD');
    expect(amounts.map((m) => formatMoney(m))).toEqual(['USD 159.00', 'USD 199.00']);
  });

  it('refuses what is not a list of money, or a bad currency', () => {
    expectInvalid(() => sumMoney(undefined as never, 'USD'), 'amounts', 'missing');
    expectInvalid(() => sumMoney('159' as never, 'USD'), 'amounts', 'wrong-type');
    expectInvalid(() => sumMoney([money('1', 'USD'), { amount: 1, currency: 'USD' }] as never, 'USD'), 'amounts[1].amount', 'wrong-type');
    expectInvalid(() => sumMoney([], 'usd'), 'currency', 'invalid-value');
    expectInvalid(() => sumMoney([], undefined as never), 'currency', 'missing');
  });
});

describe('MONEY-UNITS: requireMoney (the boundary of formatMoney and sumMoney)', () => {
  it.each([
    [undefined, 'value', 'missing'],
    ['USD 159.00', 'value', 'wrong-type'],
    [159, 'value', 'wrong-type'],
    [{ amount: '159', currency: 'USD' }, 'value.amount', 'wrong-type'],
    [{ amount: 159, currency: 'USD' }, 'value.amount', 'wrong-type'],
    [{ currency: 'USD' }, 'value.amount', 'missing'],
    [{ amount: new Decimal(Number.NaN), currency: 'USD' }, 'value.amount', 'invalid-value'],
    [{ amount: new Decimal(Number.POSITIVE_INFINITY), currency: 'USD' }, 'value.amount', 'invalid-value'],
    [{ amount: new Decimal('0.005'), currency: 'USD' }, 'value.amount', 'invalid-value'],
    [{ amount: new Decimal('-1.5'), currency: 'JPY' }, 'value.amount', 'invalid-value'],
    [{ amount: new Decimal(159), currency: 'usd' }, 'value.currency', 'invalid-value'],
    [{ amount: new Decimal(159), currency: 'BRL' }, 'value.currency', 'invalid-value'],
    [{ amount: new Decimal(159) }, 'value.currency', 'missing'],
  ] as const)('formatMoney(%j) is refused at %s (%s)', (value, field, code) => {
    expectInvalid(() => formatMoney(value as never), field, code);
  });

  it('returns a fresh value of its own, equal to the one given', () => {
    const m = money('1', 'USD');
    const read = requireMoney(m, 'fee');
    expect(read).not.toBe(m);
    expect(read).toEqual(m);
    expect(requireMoney({ amount: new Decimal('2.5'), currency: 'EUR' }, 'fee').amount.toString()).toBe('2.5');
  });
});

describe('MONEY-UNITS: formatMoney', () => {
  it('writes English as before: the code, a plain space, the amount with two decimals, no grouping', () => {
    expect(formatMoney(money('159', 'USD'))).toBe('USD 159.00');
    expect(formatMoney(money('739', 'USD'))).toBe('USD 739.00');
    expect(formatMoney(money('1234', 'USD'))).toBe('USD 1234.00');
    expect(formatMoney(money('1234567.5', 'EUR'))).toBe('EUR 1234567.50');
    expect(formatMoney(money('0', 'GBP'))).toBe('GBP 0.00');
    expect(formatMoney(money('0.05', 'CHF'))).toBe('CHF 0.05');
  });

  it('writes yen and won without decimals', () => {
    expect(formatMoney(money('19800', 'JPY'))).toBe('JPY 19800');
    expect(formatMoney(money('4690', 'KRW'))).toBe('KRW 4690');
  });

  it('puts the sign where the locale does', () => {
    expect(formatMoney(money('-20.5', 'USD'))).toBe('-USD 20.50');
  });

  // Issue 13: a language other than English formats as its market writes money (through
  // Intl's currency style); English, in any region, and a language the runtime has no data
  // for keep the fixed ISO form.
  it.each([
    ['de', money('1234.5', 'EUR'), '1.234,50 €'],
    ['de-CH', money('1234.5', 'CHF'), "CHF 1'234.50"],
    ['fr', money('1234.5', 'EUR'), '1 234,50 €'],
    ['ja', money('19800', 'JPY'), '￥19,800'],
    ['hu', money('1234.5', 'HUF'), '1234,50 Ft'],
    ['EN-us', money('159', 'USD'), 'USD 159.00'],
    ['en-GB', money('1234.5', 'GBP'), 'GBP 1234.50'],
    ['xx', money('159', 'USD'), 'USD 159.00'],
  ] as const)('formats in %s', (locale, value, text) => {
    expect(formatMoney(value, { locale })).toBe(text);
  });

  it('writes plain spaces in every locale (no no-break spaces that differ between engines)', () => {
    for (const locale of ['en', 'fr', 'de', 'fr-CH', 'sv', 'pl', 'cs', 'nb', 'bg', 'ro', 'da', 'ko', 'zh-TW', 'zh-HK']) {
      for (const currency of TABLE_CURRENCIES) {
        expect(formatMoney(money(currency === 'JPY' || currency === 'KRW' ? '1234' : '1234.5', currency), { locale })).not.toMatch(/[\u00a0\u202f]/);
      }
    }
  });

  it('defaults to en, with null or absent options alike', () => {
    const m = money('1234.5', 'EUR');
    expect(formatMoney(m)).toBe(formatMoney(m, { locale: 'en' }));
    expect(formatMoney(m, {})).toBe('EUR 1234.50');
    expect(formatMoney(m, null as never)).toBe('EUR 1234.50');
    expect(formatMoney(m, { locale: null })).toBe('EUR 1234.50');
  });

  it.each([
    [{ locale: 'en_US' }, 'invalid-value'],
    [{ locale: '' }, 'invalid-value'],
    [{ locale: 'en-' }, 'invalid-value'],
    [{ locale: `en-${'a'.repeat(61)}` }, 'invalid-value'],
    // Well formed (private-use subtags), but past MONEY_LIMITS.localeLength.
    [{ locale: `en-x-${'abcdefgh-'.repeat(7)}a` }, 'invalid-value'],
    [{ locale: 42 }, 'wrong-type'],
    [{ locale: ['en'] }, 'wrong-type'],
  ] as const)('refuses the locale of %j', (options, code) => {
    expectInvalid(() => formatMoney(money('1', 'USD'), options as never), 'options.locale', code);
  });

  it('refuses options that are not an object', () => {
    expectInvalid(() => formatMoney(money('1', 'USD'), 'de' as never), 'options', 'wrong-type');
  });

  it('keeps working past its bounded cache of formatters', () => {
    const tags = Array.from({ length: 150 }, (_, i) => `en-x-t${i}`);
    for (const locale of tags) expect(formatMoney(money('159', 'USD'), { locale })).toBe('USD 159.00');
  });

  it('never depends on the process locale (run under LANG=ja_JP.UTF-8 and de_DE.UTF-8)', () => {
    const script = [
      "import { formatMoney, money } from './src/money.ts';",
      "const out = [formatMoney(money('1234.5', 'USD')), formatMoney(money('19800', 'JPY')), formatMoney(money('1234.5', 'EUR'), { locale: 'fr' })];",
      'console.log(JSON.stringify({ runtime: new Intl.NumberFormat().resolvedOptions().locale, out }));',
    ].join('\n');
    const inProcess = [formatMoney(money('1234.5', 'USD')), formatMoney(money('19800', 'JPY')), formatMoney(money('1234.5', 'EUR'), { locale: 'fr' })];
    expect(inProcess).toEqual(['USD 1234.50', 'JPY 19800', '1 234,50 €']);
    for (const lang of ['ja_JP.UTF-8', 'de_DE.UTF-8']) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        env: { ...process.env, LANG: lang, LC_ALL: lang },
        encoding: 'utf8',
      });
      expect(run.stderr).toBe('');
      const { runtime, out } = JSON.parse(run.stdout) as { runtime: string; out: string[] };
      expect(runtime).toBe(lang.slice(0, 5).replace('_', '-'));
      expect(out).toEqual(inProcess);
    }
  });
});

describe('MONEY-UNITS: fee strings of caller terms', () => {
  const withFee = (fee: Record<string, unknown>): Terms => ({ ...DEFAULT_TERMS, fees: [{ ...(DEFAULT_TERMS.fees[0] as object), ...fee }] }) as unknown as Terms;

  it('accepts fees with at most their currency\'s decimals', () => {
    expect(resolveTerms(withFee({ currency: 'JPY', replacementFees: ['19800', '24800.00'], flyawayFee: '79800' }))).toBeDefined();
    expect(resolveTerms(withFee({ currency: 'HUF', replacementFees: ['59990.50'] }))).toBeDefined();
  });

  it.each([
    [{ currency: 'JPY', replacementFees: ['19800.5'] }, 'terms.fees[0].replacementFees[0]'],
    [{ currency: 'USD', replacementFees: ['159', '199.999'] }, 'terms.fees[0].replacementFees[1]'],
    [{ currency: 'KRW', flyawayFee: '0.1' }, 'terms.fees[0].flyawayFee'],
    [{ currency: 'USD', renewalReplacementFee: '10000000000000' }, 'terms.fees[0].renewalReplacementFee'],
    [{ currency: 'USD', replacementFees: ['-159'] }, 'terms.fees[0].replacementFees[0]'],
    [{ currency: 'USD', replacementFees: ['1e3'] }, 'terms.fees[0].replacementFees[0]'],
    [{ currency: 'XAU' }, 'terms.fees[0].currency'],
    [{ currency: 'usd' }, 'terms.fees[0].currency'],
    [{ currency: undefined }, 'terms.fees[0].currency'],
  ] as const)('refuses %j as invalid terms', (fee, field) => {
    expectInvalid(() => resolveTerms(withFee(fee)), field, 'invalid-terms');
  });

  it('accepts a fee string exactly when money() accepts it, for amounts of at least 0 (property)', () => {
    const text = fc.oneof(
      fc.tuple(fc.stringMatching(/^\d{1,20}$/), fc.option(fc.stringMatching(/^\d{1,5}$/))).map(([i, f]) => (f === null ? i : `${i}.${f}`)),
      fc.string({ maxLength: 45 }),
      fc.constantFrom('0', '0.00', '00.010', '1.', '.5', '-1', '1e3', `1.${'0'.repeat(38)}`, `1.${'0'.repeat(39)}`, '9999999999999.99', '10000000000000'),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...TABLE_CURRENCIES), (t, currency) => {
        const accepts = (call: () => unknown) => {
          try {
            call();
            return true;
          } catch (error) {
            expect(error).toBeInstanceOf(Error);
            return false;
          }
        };
        const fee = accepts(() => requireFeeAmount(t, CURRENCY_MINOR_UNITS[currency] as 0 | 2, 'fee'));
        expect(fee).toBe(accepts(() => money(t, currency)) && !t.startsWith('-'));
      }),
      { numRuns: 500 },
    );
  });

  it('checks the repair discount cap the same way', () => {
    expect(resolveTerms({ ...DEFAULT_TERMS, repairDiscountCap: { amount: '120', currency: 'USD' } })).toBeDefined();
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, repairDiscountCap: { amount: '120.5', currency: 'JPY' } }), 'terms.repairDiscountCap.amount', 'invalid-terms');
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, repairDiscountCap: { amount: '120', currency: 'ZZZ' } }), 'terms.repairDiscountCap.currency', 'invalid-terms');
  });

  it('quotes a yen fee of caller terms as yen, and writes it as such', () => {
    const terms = withFee({ region: 'JP', currency: 'JPY', replacementFees: ['19800', '24800'], flyawayFee: '79800' });
    const status = planStatus({ ...MAVIC_1Y, region: 'JP', timeZone: 'Asia/Tokyo' }, [], '2026-04-01T00:00:00Z', { terms });
    const fee = status.nextFees.damage;
    if (fee === null || !fee.published) throw new Error('expected a published fee');
    expect(formatMoney(fee.fee)).toBe('JPY 19800');
    expect(JSON.stringify(fee.fee)).toBe('{"amount":"19800","currency":"JPY"}');
    expect(describePlan(status, { terms })).toContain('JPY 19800');
  });
});

describe('MONEY-UNITS: the edges of an amount (mutants of issue 10)', () => {
  it('leading zeros are not digits: 19 zeros and a 1 are one dollar', () => {
    // Kills `/^0+/` → `/^0/` (only one leading zero dropped: 16 digits, past the limit).
    expect(fixed(money(`${'0'.repeat(19)}1`, 'USD'))).toBe('1.00');
    expect(fixed(money(`${'0'.repeat(13)}9999999999999.99`, 'USD'))).toBe('9999999999999.99');
  });

  it('zero with zeros past the minor unit is zero, never refused nor negative', () => {
    // Kills `digits === ''` → `false` (0.000 has 3 "decimals" without the early return).
    expect(fixed(money('0.000', 'USD'))).toBe('0.00');
    expect(fixed(money('-0.000', 'USD'))).toBe('0.00');
    expect(fixed(money('-0', 'JPY'))).toBe('0');
    expect(fixed(money(new Decimal('-0'), 'USD'))).toBe('0.00');
  });

  it('an amount from a number or a Decimal without an exponent keeps its place', () => {
    // Kills the exponent's default ('' read as 0) mutated into a non-number.
    expect(fixed(money(159, 'USD'))).toBe('159.00');
    expect(fixed(money(new Decimal('0.5'), 'USD'))).toBe('0.50');
    expect(fixed(money(new Decimal('1.5e2'), 'USD'))).toBe('150.00');
  });

  it('says which bound was passed: 15 digits with the decimals, |amount| < 10^13 for USD, 10^15 for JPY', () => {
    const usd = expectInvalid(() => money('10000000000000', 'USD'), 'amount', 'invalid-value');
    expect(usd.message).toBe(
      "Invalid amount: expected at most 15 digits with the currency's 2 decimals (|amount| < 10^13) (received \"10000000000000\").",
    );
    const jpy = expectInvalid(() => money('1000000000000000', 'JPY'), 'amount', 'invalid-value');
    expect(jpy.message).toContain("expected at most 15 digits with the currency's 0 decimals (|amount| < 10^15)");
  });

  it('a non-finite number or Decimal is refused as not finite, not as malformed', () => {
    // Kills `NON_FINITE.has(text)` → `false` (the text would then be refused as not a decimal).
    for (const value of [Infinity, -Infinity, NaN, new Decimal(Infinity), new Decimal(-Infinity), new Decimal(NaN)]) {
      const error = expectInvalid(() => money(value, 'USD'), 'amount', 'invalid-value');
      expect(error.message).toMatch(/^Invalid amount: expected a finite amount \(received "(-?Infinity|NaN)"\)\.$/);
    }
  });
});

describe('MONEY-UNITS: the locale tag of formatMoney, at its 64-character limit (mutants of issue 10)', () => {
  // 'en' and seven private-use subtags: 2 + 2 + 7 × 9 = 67; trimmed to exactly 64 and 65.
  const tag64 = `en-x-${Array.from({ length: 7 }, (_, i) => `${i}`.repeat(8)).join('-')}`.slice(0, 62) + '-a';

  it('accepts a well-formed tag of exactly 64 characters and refuses one of 65', () => {
    // Kills `locale.length <= localeLength` → `<`.
    expect(tag64).toHaveLength(64);
    expect(formatMoney(money('159', 'USD'), { locale: tag64 })).toBe(formatMoney(money('159', 'USD')));
    const tag65 = `${tag64.slice(0, 62)}-ab`;
    expect(tag65).toHaveLength(65);
    expect(Intl.getCanonicalLocales(tag65)).toHaveLength(1);
    expectInvalid(() => formatMoney(money('159', 'USD'), { locale: tag65 }), 'options.locale', 'invalid-value');
  });
});

describe('MONEY-UNITS: fee strings of caller terms, without a decimal point (mutants of issue 10)', () => {
  it('accepts a whole fee for a currency with and without decimals, and refuses what is not a decimal', () => {
    expect(requireFeeAmount('159', 2, 'fee')).toBe('159');
    expect(requireFeeAmount('19800', 0, 'fee')).toBe('19800');
    expect(requireFeeAmount('0', 0, 'fee')).toBe('0');
    for (const text of ['', '.5', '5.', '-1', '1e3', ' 1']) {
      expectInvalid(() => requireFeeAmount(text, 2, 'fee'), 'fee', text.trim() === '' ? 'missing' : 'invalid-terms');
    }
  });
});

/** The money's amount written with its currency's decimals (as `moneyToJSON` writes it). */
function fixed(value: Money): string {
  return formatMoney(value).replace(/^[A-Z]{3} /, '');
}
