/**
 * Mutants of the money formatting caches (issue 10: every cost bounded): `formatMoney` keeps at
 * most 64 languages' "has the runtime data" answers and 64 formatters, emptied by the entry
 * past the bound, so that any number of odd tags cannot grow memory. Each test pins what a
 * caller meets: the bound, that a formatter is kept per tag and currency (never shared
 * between currencies), and the text unchanged across a clearing.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors';
import { formatMoney, money, moneyCaches } from '../src/money';

/** `count` distinct private-use language tags (qaa–qtz): well formed, with no runtime data. */
function privateTags(count: number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  return Array.from({ length: count }, (_, n) => `q${letters[Math.floor(n / 26) % 20]}${letters[n % 26]}`);
}

const USD = money('1234.5', 'USD');
const JPY = money('19800', 'JPY');

describe('MONEY-UNITS: formatMoney caches are bounded (issue 10)', () => {
  it('keeps one language answer and one formatter per tag, up to 64 each', () => {
    moneyCaches().clear();
    for (const tag of privateTags(64)) expect(formatMoney(USD, { locale: tag })).toBe('USD 1234.50');
    expect(moneyCaches().languages).toBe(64);
    expect(moneyCaches().formatters).toBe(64);
  });

  it('the 65th empties each cache before it is kept: never more than 64', () => {
    moneyCaches().clear();
    const tags = privateTags(65);
    for (const tag of tags) formatMoney(USD, { locale: tag });
    expect(moneyCaches().languages).toBe(1);
    expect(moneyCaches().formatters).toBe(1);
    // 200 tags in all: 64, 64, 64, then 8 kept; the text is the same after every clearing.
    moneyCaches().clear();
    for (const tag of privateTags(200)) expect(formatMoney(USD, { locale: tag })).toBe('USD 1234.50');
    expect(moneyCaches().languages).toBe(8);
    expect(moneyCaches().formatters).toBe(8);
  });

  it('a tag asked again is answered from the caches (they do not grow)', () => {
    moneyCaches().clear();
    for (let n = 0; n < 3; n++) for (const tag of privateTags(5)) formatMoney(USD, { locale: tag });
    expect(moneyCaches().languages).toBe(5);
    expect(moneyCaches().formatters).toBe(5);
  });

  it('a formatter is kept per tag and currency: yen keeps no decimals after dollars in the same tag', () => {
    moneyCaches().clear();
    expect(formatMoney(USD, { locale: 'qaa' })).toBe('USD 1234.50');
    expect(formatMoney(JPY, { locale: 'qaa' })).toBe('JPY 19800');
    expect(formatMoney(USD, { locale: 'qaa' })).toBe('USD 1234.50');
    expect(moneyCaches().languages).toBe(1);
    expect(moneyCaches().formatters).toBe(2);
    // English itself is never asked of the runtime: its fixed ISO form needs no data.
    expect(formatMoney(USD)).toBe('USD 1234.50');
    expect(formatMoney(USD, { locale: 'en-GB' })).toBe('USD 1234.50');
  });
});

describe('MONEY-UNITS: a Decimal-like amount the library did not build, read by its fields (issue 10 item 9)', () => {
  /** The error `money(value, 'JPY')` throws: field, code, problem and what it quotes. */
  const refusal = (value: unknown): readonly [string, string, string, string] => {
    try {
      money(value as never, 'JPY');
    } catch (error) {
      if (error instanceof InvalidInputError) return [error.field, error.code, error.message, error.received];
      throw error;
    }
    throw new Error('accepted');
  };
  const SIGN = 'expected a finite Decimal: a sign of 1 or -1 and an integer exponent';
  const WORD = 'expected a word of decimal.js digits: an integer from 0 to 9999999, the first not 0';

  it('no digits: an infinity by its sign, NaN otherwise, quoted as decimal.js writes them', () => {
    expect(refusal({ s: 1, e: 0, d: null })).toEqual(['amount', 'invalid-value', 'Invalid amount: expected a finite amount (received "Infinity").', '"Infinity"']);
    expect(refusal({ s: -1, e: 0, d: null })).toEqual(['amount', 'invalid-value', 'Invalid amount: expected a finite amount (received "-Infinity").', '"-Infinity"']);
    expect(refusal({ s: Number.NaN, e: Number.NaN, d: null })[3]).toBe('"NaN"');
  });

  it.each([
    ['no sign', { e: 0, d: [1] }],
    ['no digits', { s: 1, e: 0 }],
    ['an exponent of text', { s: 1, e: '0', d: [1] }],
  ])('%s: not a Decimal', (_name, value) => {
    expect(refusal(value)).toEqual(['amount', 'wrong-type', 'Invalid amount: expected a Decimal amount (use money()) (received an object).', 'an object']);
  });

  it.each([
    ['a sign of 2', { s: 2, e: 0, d: [1] }],
    ['a sign of 0', { s: 0, e: 0, d: [1] }],
    ['an exponent of 0.5', { s: 1, e: 0.5, d: [1] }],
    ['an exponent past 2^53', { s: 1, e: 2 ** 53, d: [1] }],
  ])('%s: not a finite Decimal', (_name, value) => {
    expect(refusal(value)).toEqual(['amount', 'invalid-value', `Invalid amount: ${SIGN} (received an object).`, 'an object']);
  });

  it.each([
    ['text', ['1'], '"1"'],
    ['a fraction', [1.5], '1.5'],
    ['below 0', [-1], '-1'],
    ['past 7 digits', [1e7], '10000000'],
    ['a first word of 0 before others', [0, 1], '0'],
  ])('a digit word of %s is refused at its index', (_name, d, received) => {
    expect(refusal({ s: 1, e: 6, d })).toEqual(['amount.d[0]', 'invalid-value', `Invalid amount.d[0]: ${WORD} (received ${received}).`, received]);
  });

  it('a later word is named by its own index; no word at all is refused', () => {
    expect(refusal({ s: 1, e: 7, d: [1, -5] }).slice(0, 2)).toEqual(['amount.d[1]', 'invalid-value']);
    expect(refusal({ s: 1, e: 0, d: [] })).toEqual(['amount.d', 'invalid-value', 'Invalid amount.d: expected at least one word of digits (received an array of 0).', 'an array of 0']);
  });

  it('accepted forms: zero, later words padded to 7 digits, trailing zeros dropped, the sign kept', () => {
    expect(String(money({ s: 1, e: 0, d: [0] } as never, 'JPY').amount)).toBe('0');
    expect(String(money({ s: 1, e: 7, d: [1, 5] } as never, 'JPY').amount)).toBe('10000005');
    expect(String(money({ s: 1, e: 6, d: [9999999] } as never, 'JPY').amount)).toBe('9999999');
    expect(String(money({ s: -1, e: 2, d: [159, 9900000] } as never, 'USD').amount)).toBe('-159.99');
    expect(String(money({ s: 1, e: 9, d: [1000, 0] } as never, 'JPY').amount)).toBe('1000000000');
    expect(refusal({ s: -1, e: 2, d: [159, 9900000] })[3]).toBe('"-1.5999e2"');
  });
});
