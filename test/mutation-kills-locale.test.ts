/**
 * Mutants of the locale helpers (issue 13): `src/locale/words.ts`, what a translated catalogue
 * writes dates, times, hours, elapsed times, counts, region names and lists with. Each test
 * pins what a reader of a translated message sees: the text in the market's format, in the
 * plan's zone, with plain spaces, and a stored value of an unexpected shape written as it is.
 * Outputs are those of Node 20's ICU (full-icu), as the examples of the module give them.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { date, dateTime, elapsed, hours, list, plural, region } from '../src/locale/words';

const US: RenderContext = { tag: 'en', region: 'US', timeZone: 'UTC' };
const GB: RenderContext = { tag: 'en', region: 'GB', timeZone: undefined };
const DE: RenderContext = { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' };
const FR: RenderContext = { tag: 'fr', region: 'FR', timeZone: 'Europe/Paris' };
const JA: RenderContext = { tag: 'ja', region: 'JP', timeZone: 'Asia/Tokyo' };
/** A stored context whose tag no longer parses: the helpers write English rather than throw. */
const BROKEN: RenderContext = { tag: 'not a tag', region: undefined, timeZone: undefined };

const LONG = 'x'.repeat(100);
const NO_BREAK_SPACES = /[\u00a0\u202f]/;

describe('issue 13: dates in the market format (words.date)', () => {
  it('writes a calendar date in the medium style of the language and market', () => {
    expect(date(DE, '2026-03-01')).toBe('01.03.2026');
    expect(date(JA, '2026-03-01')).toBe('2026/03/01');
    expect(date(US, '2026-12-31')).toBe('Dec 31, 2026');
  });

  it('the plan market chooses the format when the tag names none (en in GB is not en in the US)', () => {
    expect(date(GB, '2026-03-01')).toBe('1 Mar 2026');
    expect(date({ tag: 'en', region: undefined, timeZone: undefined }, '2026-03-01')).toBe('Mar 1, 2026');
  });

  it('a tag that no longer parses writes English instead of throwing', () => {
    expect(date(BROKEN, '2026-03-01')).toBe('Mar 1, 2026');
  });

  it('anything but a whole YYYY-MM-DD date is written as given, cut to 64 characters', () => {
    expect(date(DE, 'x2026-03-01')).toBe('x2026-03-01');
    expect(date(DE, '2026-03-01x')).toBe('2026-03-01x');
    expect(date(DE, '2026-3-1')).toBe('2026-3-1');
    expect(date(DE, ['2026-03-01'] as unknown as string)).toBe('2026-03-01');
    expect(date(DE, LONG)).toBe('x'.repeat(64));
  });
});

describe('issue 13: instants in the plan zone (words.dateTime)', () => {
  it('writes the date and the 24-hour time in the plan zone, whatever the language writes by default', () => {
    expect(dateTime(JA, '2026-03-01T00:30:00Z')).toBe('2026/03/01 9:30');
    expect(dateTime(US, '2026-03-01T00:30:00Z')).toBe('Mar 1, 2026, 00:30');
    expect(dateTime(FR, '2026-03-01T00:30:00Z')).toBe('1er mars 2026, 01:30');
  });

  it('without a plan zone, the time is in UTC and says so', () => {
    expect(dateTime(GB, '2026-03-01T13:30:00+01:00')).toBe('1 Mar 2026, 12:30 UTC');
  });

  it('a value that is not an instant, or a zone the runtime does not know, is written as given', () => {
    expect(dateTime(DE, 'soon')).toBe('soon');
    expect(dateTime(DE, 5 as unknown as string)).toBe('5');
    expect(dateTime({ tag: 'de', region: 'DE', timeZone: 'Mars/Olympus' }, '2026-03-01T00:30:00Z')).toBe('2026-03-01T00:30:00Z');
  });

  it('a tag that no longer parses writes English', () => {
    expect(dateTime(BROKEN, '2026-03-01T00:30:00Z')).toBe('Mar 1, 2026, 00:30 UTC');
  });
});

describe('issue 13: hours, from 72 on in whole days (words.hours)', () => {
  it('writes hours below 72 and any count that is not whole days', () => {
    expect(hours(DE, 48)).toBe('48 Stunden');
    expect(hours(US, 1)).toBe('1 hour');
    expect(hours(DE, 73)).toBe('73 Stunden');
  });

  it('writes whole days from 72 hours on', () => {
    expect(hours(DE, 72)).toBe('3 Tage');
    expect(hours(DE, 96)).toBe('4 Tage');
    expect(hours(DE, 720)).toBe('30 Tage');
  });

  it('writes plain spaces where ICU writes no-break ones', () => {
    const text = hours(FR, 1_000_001);
    expect(text).toBe('1 000 001 heures');
    expect(text).not.toMatch(NO_BREAK_SPACES);
  });

  it('a value that is not a finite number is written as given', () => {
    expect(hours(DE, Number.POSITIVE_INFINITY)).toBe('Infinity');
    expect(hours(DE, 'x' as unknown as number)).toBe('x');
  });
});

describe('issue 13: elapsed times (words.elapsed)', () => {
  it('writes days, hours, minutes and seconds, leaving out the zero ones', () => {
    expect(elapsed(US, 90_061)).toBe('1 day 1 hr 1 min 1 sec');
    expect(elapsed(US, 86_400)).toBe('1 day');
    expect(elapsed(DE, 331_200)).toBe('3 Tg., 20 Std.');
    expect(elapsed(DE, 3661)).toBe('1 Std., 1 Min. und 1 Sek.');
  });

  it('rounds a part second up, and writes no time as 0 seconds, without a sign', () => {
    expect(elapsed(DE, 0.4)).toBe('1 Sek.');
    expect(elapsed(DE, 59.2)).toBe('1 Min.');
    expect(elapsed(DE, 0)).toBe('0 Sek.');
  });

  it('writes a negative time with a minus sign', () => {
    expect(elapsed(DE, -90)).toBe('-1 Min., 30 Sek.');
    expect(elapsed(US, -0.5)).toBe('-1 sec');
  });

  it('a value that is not a finite number is written as given', () => {
    expect(elapsed(DE, Number.NaN)).toBe('NaN');
    expect(elapsed(DE, 'x' as unknown as number)).toBe('x');
  });
});

describe('issue 13: plurals by the language rules (words.plural)', () => {
  it('chooses the form of the count category, with every # replaced by the count', () => {
    expect(plural(FR, 1, { one: '# remplacement', other: '# remplacements' })).toBe('1 remplacement');
    expect(plural(FR, 2, { one: '# remplacement', other: '# remplacements' })).toBe('2 remplacements');
    expect(plural(US, 0, { one: '# replacement', other: '# replacements' })).toBe('0 replacements');
    expect(plural(FR, 3, { other: '# sur #' })).toBe('3 sur 3');
  });

  it('falls back to other when the forms lack the category (Japanese has no one)', () => {
    expect(plural(JA, 1, { one: '#件だけ', other: '#件' })).toBe('1件');
    expect(plural(FR, 1, { other: '# fois' })).toBe('1 fois');
  });

  it('a count that is not a finite number is written as given', () => {
    expect(plural(FR, Number.NaN, { other: '# fois' })).toBe('NaN');
  });
});

describe('issue 13: region names in the language (words.region)', () => {
  it('names a region in the language of the context', () => {
    expect(region(JA, 'DE')).toBe('ドイツ');
    expect(region(DE, 'JP')).toBe('Japan');
    expect(region(GB, 'XK')).toBe('Kosovo');
  });

  it('anything but two capital letters is written as given, cut to 64 characters', () => {
    expect(region(DE, 'de')).toBe('de');
    expect(region(DE, 'DEU')).toBe('DEU');
    expect(region(DE, 'XDE')).toBe('XDE');
    expect(region(DE, 5 as unknown as string)).toBe('5');
    expect(region(DE, LONG)).toBe('x'.repeat(64));
    expect(region(DE, 'A'.repeat(100))).toBe('A'.repeat(64));
    expect(region(DE, ['JP'] as unknown as string)).toBe('JP');
  });
});

describe('issue 13: lists in the language (words.list)', () => {
  it('joins with and, or, or side by side as measures', () => {
    expect(list(DE, ['A1', 'A2'], 'conjunction')).toBe('A1 und A2');
    expect(list(US, ['a', 'b', 'c'], 'conjunction')).toBe('a, b, and c');
    expect(list(DE, ['A1', 'A2', 'A3'], 'disjunction')).toBe('A1, A2 oder A3');
    expect(list(US, ['a', 'b'], 'disjunction')).toBe('a or b');
    expect(list(US, ['1 hr', '2 min'], 'unit')).toBe('1 hr 2 min');
    expect(list(DE, ['3 T', '20 Std.'], 'unit')).toBe('3 T, 20 Std.');
  });

  it('an item that is not a string is written as given; a list that is not an array too', () => {
    expect(list(DE, [5 as unknown as string, 'a'], 'conjunction')).toBe('5 und a');
    expect(list(DE, 'A1' as unknown as string[], 'conjunction')).toBe('A1');
  });
});

describe('issue 13: many markets in one process (words, issue 10 class 3)', () => {
  it('dates in 300 language and market pairs, then again in German and British English: each in its own format', () => {
    const languages = ['en', 'de', 'fr', 'es', 'it', 'ja', 'ko', 'nl', 'pt', 'sv', 'pl', 'da'];
    const markets = ['US', 'GB', 'DE', 'FR', 'ES', 'IT', 'JP', 'KR', 'NL', 'PT', 'SE', 'PL', 'DK', 'AT', 'BE', 'CH', 'IE', 'FI', 'NO', 'CA', 'AU', 'NZ', 'SG', 'HK', 'TW'];
    const seen = new Set<string>();
    for (const language of languages) for (const market of markets) seen.add(date({ tag: `${language}-${market}`, region: undefined, timeZone: undefined }, '2026-03-01'));
    expect(seen.size).toBeGreaterThanOrEqual(languages.length);
    expect(date(DE, '2026-03-01')).toBe('01.03.2026');
    expect(date(GB, '2026-03-01')).toBe('1 Mar 2026');
  });
});

describe('issue 13: list items are written whole (words.list)', () => {
  it('an item longer than 64 characters is not cut', () => {
    const serial = 'S'.repeat(80);
    expect(list(US, [serial, 'B'], 'conjunction')).toBe(`${serial} and B`);
  });
});
