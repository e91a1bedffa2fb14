/**
 * Mutants of the money formatting caches (issue 10: every cost bounded): `formatMoney` keeps at
 * most 64 languages' "has the runtime data" answers and 64 formatters, emptied by the entry
 * past the bound, so that any number of odd tags cannot grow memory. Each test pins what a
 * caller meets: the bound, that a formatter is kept per tag and currency (never shared
 * between currencies), and the text unchanged across a clearing.
 */
import { describe, expect, it } from 'vitest';
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
