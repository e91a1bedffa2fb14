/**
 * Mutants of the locale modules (issue 10: mutation score of `src/` at or above 95%):
 * `src/locale/format.ts`, `src/locale/plural.ts`, `src/locale/locale.ts` and the two left
 * in `src/locale/words.ts`. Each test pins what a caller sees: the field, code and message of
 * the error for a malformed amount, currency, count or tag, amounts on both sides of the
 * 15-digit bound, plural categories of tags with a script or region, hours written in hours
 * when asked, and French dates whose year is 1. Outputs are those of Node 20's ICU; each
 * formatter is given its zone, so nothing depends on the process zone or locale.
 */
import { describe, expect, it } from 'vitest';
import { formatAmount } from '../src/locale/format';
import { formattingLocale } from '../src/locale/locale';
import { pluralCategory, selectPlural } from '../src/locale/plural';
import { dateTime, hours } from '../src/locale/words';
import { invalid } from './support';

function expectError(run: () => unknown, field: string, code: string, message: string): void {
  const e = invalid(run);
  expect({ field: e.field, code: e.code, message: e.message }).toEqual({ field, code, message });
}

describe('issue 10: formatAmount refuses malformed input with the field, code and message', () => {
  const DE = { locale: 'de' } as const;
  it.each([
    ['amount not a decimal', () => formatAmount('12,5', 'EUR', 2, DE), 'amount', 'invalid-value',
      "Invalid amount: expected a decimal string of at most 15 digits (received \"12,5\")."],
    ['amount not a string', () => formatAmount(12 as unknown as string, 'EUR', 2, DE), 'amount', 'wrong-type',
      'Invalid amount: expected a decimal string of at most 15 digits (received 12).'],
    ['currency in lower case (Intl would take it)', () => formatAmount('1', 'eur', 2, DE), 'currency', 'invalid-value',
      "Invalid currency: expected an ISO 4217 code such as 'EUR' (received \"eur\")."],
    ['currency not a string, though it reads as one (an array)', () => formatAmount('1', ['EUR'] as unknown as string, 2, DE), 'currency', 'invalid-value',
      "Invalid currency: expected an ISO 4217 code such as 'EUR' (received an array of 1)."],
    ['currency with a letter before', () => formatAmount('1', 'xEUR', 2, DE), 'currency', 'invalid-value',
      "Invalid currency: expected an ISO 4217 code such as 'EUR' (received \"xEUR\")."],
    ['currency with a letter after', () => formatAmount('1', 'EURx', 2, DE), 'currency', 'invalid-value',
      "Invalid currency: expected an ISO 4217 code such as 'EUR' (received \"EURx\")."],
    ['minor units not 0, 2 or 3', () => formatAmount('1', 'EUR', 1 as 2, DE), 'minorUnits', 'invalid-value',
      'Invalid minorUnits: expected 0, 2 or 3 (received 1).'],
    ['too many decimals', () => formatAmount('1.234', 'EUR', 2, DE), 'amount', 'invalid-value',
      "Invalid amount: expected at most 2 decimals and 15 digits for EUR (received \"1.234\")."],
    ['16 digits with the minor units', () => formatAmount('12345678901234', 'EUR', 2, DE), 'amount', 'invalid-value',
      "Invalid amount: expected at most 2 decimals and 15 digits for EUR (received \"12345678901234\")."],
  ])('%s', (_name, run, field, code, message) => {
    expectError(run, field, code, message);
  });

  it('accepts exactly 15 digits with the minor units (13 + 2, 15 + 0, 12 + 3)', () => {
    expect(formatAmount('1234567890123', 'EUR', 2, DE)).toBe('1.234.567.890.123,00 €');
    expect(formatAmount('123456789012345', 'JPY', 0, { locale: 'ja', region: 'JP' })).toBe('￥123,456,789,012,345');
    expect(formatAmount('123456789012', 'KWD', 3, { locale: 'en', region: 'US' })).toBe('KWD 123,456,789,012.000');
  });
});

describe('issue 10: plural categories keep the script and region of the tag', () => {
  it.each([
    [0, 'fr-FR', 'one'],
    [1, 'fr-CA', 'one'],
    [2, 'fr-FR', 'other'],
    [1, 'zh-Hant-TW', 'other'],
    [1, 'zh-Hans', 'other'],
    [1, 'ja-JP', 'other'],
    [0, 'pt-PT', 'other'],
    [1, 'de-CH', 'one'],
    [11, 'ru-RU', 'many'],
    [21, 'ru-RU', 'one'],
    [2, 'pl-PL', 'few'],
    [5, 'pl-PL', 'many'],
  ] as const)('pluralCategory(%d, %s) is %s', (count, tag, category) => {
    expect(pluralCategory(count, tag)).toBe(category);
  });

  it.each([
    ['a negative count', -1, 'invalid-count', 'Invalid count: expected a whole number of at least 0 (received -1).'],
    ['a part count', 1.5, 'invalid-count', 'Invalid count: expected a whole number of at least 0 (received 1.5).'],
    ['a count beyond the safe integers', 2 ** 53, 'invalid-count',
      'Invalid count: expected a whole number of at least 0 (received 9007199254740992).'],
    ['a count in a string', '1', 'wrong-type', "Invalid count: expected a whole number of at least 0 (received \"1\")."],
  ] as const)('refuses %s', (_name, count, code, message) => {
    expectError(() => pluralCategory(count as number, 'en'), 'count', code, message);
    expectError(() => selectPlural(count as number, { other: '#' }, 'en'), 'count', code, message);
  });

  it('names the locale field of a malformed tag, and the forms without other', () => {
    expect(invalid(() => pluralCategory(1, 'not a tag')).field).toBe('locale');
    expect(invalid(() => pluralCategory(1, { tag: 'not a tag' } as never)).field).toBe('locale.tag');
    expectError(() => selectPlural(1, { one: 'x' } as never, 'en'), 'forms.other', 'missing',
      'Invalid forms.other: the other form is required (received undefined).');
  });
});

describe('issue 10: a tag of undetermined language is refused', () => {
  it.each(['und', 'und-Hant', 'und-DE'])('formattingLocale(%s) throws', (tag) => {
    const e = invalid(() => formattingLocale(tag));
    expect({ field: e.field, code: e.code }).toEqual({ field: 'locale', code: 'invalid-value' });
  });
});

describe('issue 10: hours in hours when asked, and French years of one digit', () => {
  const DE = { tag: 'de', region: undefined, timeZone: undefined } as const;
  it('as hours, 72 and 720 hours stay in hours; by default they are days', () => {
    expect(hours(DE, 72, 'hours')).toBe('72 Stunden');
    expect(hours(DE, 720, 'hours')).toBe('720 Stunden');
    expect(hours(DE, 720)).toBe('30 Tage');
  });

  it('only the first day of a month is 1er; a year 1 is no instant of the library, written as given', () => {
    const FR = { tag: 'fr', region: 'FR', timeZone: 'UTC' } as const;
    expect(dateTime(FR, '2026-03-05T12:00:00Z')).toBe('5 mars 2026, 12:00');
    expect(dateTime(FR, '2026-03-01T12:00:00Z')).toBe('1er mars 2026, 12:00');
    expect(dateTime(FR, '0001-03-01T12:00:00Z')).toBe('0001-03-01T12:00:00Z');
  });
});
