import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, money, moneyFrom, requireMoney, sumMoney } from '../src/money';
import { deepFreeze, expectInvalid } from './support';

describe('MONEY-UNITS: money', () => {
  it.each([
    ['159', '159'],
    ['159.00', '159'],
    ['0.1', '0.1'],
    ['-20.5', '-20.5'],
    [739, '739'],
    [0.1, '0.1'],
    [new Decimal('199.99'), '199.99'],
  ] as const)('reads %j', (amount, text) => {
    const m = money(amount, 'USD');
    expect(m.amount.toString()).toBe(text);
    expect(m.currency).toBe('USD');
  });

  it('serialises to JSON as a decimal string and a currency', () => {
    expect(JSON.stringify(money('159', 'USD'))).toBe('{"amount":"159","currency":"USD"}');
  });

  it.each([
    ['abc', 'amount'],
    ['1e3', 'amount'],
    ['1.', 'amount'],
    ['', 'amount'],
    [Number.NaN, 'amount'],
    [Number.POSITIVE_INFINITY, 'amount'],
    [new Decimal(Number.NaN), 'amount'],
    [new Decimal(Number.POSITIVE_INFINITY), 'amount'],
    [null, 'amount'],
  ] as const)('refuses the amount %j', (amount, field) => {
    expectInvalid(() => money(amount as never, 'USD'), field, 'invalid-value');
  });

  it.each(['usd', 'US', 'DOLLAR', '', 840])('refuses the currency %j, naming the field', (currency) => {
    expectInvalid(() => money('1', currency as string, 'fee'), 'fee.currency', 'invalid-value');
  });

  it('reads literals of terms and JSON, naming the field', () => {
    expect(formatMoney(moneyFrom({ amount: '150.5', currency: 'EUR' }, 'terms.repairDiscountCap'))).toBe('EUR 150.50');
    expectInvalid(() => moneyFrom({ amount: 'x', currency: 'EUR' }, 'terms.repairDiscountCap'), 'terms.repairDiscountCap', 'invalid-value');
  });
});

describe('sumMoney', () => {
  it('adds exactly in Decimal: 0.1 + 0.2 is 0.3; 159 + 199 is 358', () => {
    expect(sumMoney([money('0.1', 'USD'), money('0.2', 'USD')], 'USD').amount.toString()).toBe('0.3');
    expect(formatMoney(sumMoney([money('159', 'USD'), money('199', 'USD')], 'USD'))).toBe('USD 358.00');
  });

  it('an empty sum is zero in the given currency', () => {
    expect(formatMoney(sumMoney([], 'EUR'))).toBe('EUR 0.00');
  });

  it('refuses mixed currencies, naming the entry', () => {
    expectInvalid(() => sumMoney([money('1', 'USD'), money('1', 'EUR')], 'USD'), 'amounts[1].currency', 'invalid-value');
  });

  it('is commutative and exact for cents (fast-check)', () => {
    const cents = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 20 });
    fc.assert(
      fc.property(cents, (list) => {
        const amounts = list.map((c) => money(new Decimal(c).dividedBy(100), 'USD'));
        const total = sumMoney(amounts, 'USD');
        expect(sumMoney([...amounts].reverse(), 'USD').amount.equals(total.amount)).toBe(true);
        expect(total.amount.times(100).toNumber()).toBe(list.reduce((a, b) => a + b, 0));
      }),
    );
  });

  it('does not mutate its input', () => {
    const amounts = deepFreeze([money('159', 'USD'), money('199', 'USD')]);
    sumMoney(amounts, 'USD');
    expect(amounts.map(formatMoney)).toEqual(['USD 159.00', 'USD 199.00']);
  });
});

describe('requireMoney (the boundary of formatMoney and sumMoney)', () => {
  it.each([
    [undefined, 'value', 'missing'],
    ['USD 159.00', 'value', 'wrong-type'],
    [159, 'value', 'wrong-type'],
    [{ amount: '159', currency: 'USD' }, 'value.amount', 'wrong-type'],
    [{ currency: 'USD' }, 'value.amount', 'missing'],
    [{ amount: new Decimal(Number.NaN), currency: 'USD' }, 'value.amount', 'invalid-value'],
    [{ amount: new Decimal(Number.POSITIVE_INFINITY), currency: 'USD' }, 'value.amount', 'invalid-value'],
    [{ amount: new Decimal(159), currency: 'usd' }, 'value.currency', 'invalid-value'],
    [{ amount: new Decimal(159) }, 'value.currency', 'missing'],
  ] as const)('formatMoney(%j) is refused at %s (%s)', (value, field, code) => {
    expectInvalid(() => formatMoney(value as never), field, code);
  });

  it('sumMoney refuses what is not a list of money, or a bad currency', () => {
    expectInvalid(() => sumMoney(undefined as never, 'USD'), 'amounts', 'missing');
    expectInvalid(() => sumMoney('159' as never, 'USD'), 'amounts', 'wrong-type');
    expectInvalid(() => sumMoney([money('1', 'USD'), { amount: 1, currency: 'USD' }] as never, 'USD'), 'amounts[1].amount', 'wrong-type');
    expectInvalid(() => sumMoney([], 'usd'), 'currency', 'invalid-value');
    expectInvalid(() => sumMoney([], undefined as never), 'currency', 'missing');
  });

  it('returns the value itself when valid', () => {
    const m = money('1', 'USD');
    expect(requireMoney(m, 'fee')).toBe(m);
  });
});

describe('formatMoney', () => {
  it('shows two decimals, rounding half up', () => {
    expect(formatMoney(money('739', 'USD'))).toBe('USD 739.00');
    expect(formatMoney(money('0.005', 'USD'))).toBe('USD 0.01');
    expect(formatMoney(money('-1.5', 'JPY'))).toBe('JPY -1.50');
  });
});
