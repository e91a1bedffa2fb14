/**
 * Mutants of src/time/ that survived the mutation run (issue 10): the bounds of the memos
 * (issue 10 class 3), the edges of the date and instant readers, the memo's shape for a day
 * whose offset changes at the next day's first instant, the spelling lists of the zones, and
 * the texts of errors. Every instant here is written in UTC, so nothing depends on the process
 * zone.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidInputError } from '../src/errors';
import { DATE_TEXT_LIMIT, computedDateOfDay, computedDay, dateOfDay, dateTextCount, daysFromCivil, requireCalendarDate } from '../src/time/calendar';
import { CACHE_LIMIT, FORMAT_OPTIONS, clearMemo, memoSize, offsetAt, remember, zoneDataFor } from '../src/time/offsets';
import { forgetZones, requireTimeZone, zoneData } from '../src/time/zone';
import { parseInstant } from '../src/time/instant';
import { dayStartOf, formatInstant, inputDateOf, localDateOf, requireInputYear } from '../src/time/zoned';

const HOUR = 3_600_000;

/** The error `run` throws (fails when it returns). */
function thrown(run: () => unknown): InvalidInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('issue 10 class 3: the memo of the zones’ days and day starts (offsets.ts)', () => {
  it(`holds exactly ${CACHE_LIMIT} entries, and the one past it empties every zone’s memo`, () => {
    clearMemo();
    const berlin = zoneData('Europe/Berlin');
    formatInstant(Date.UTC(2026, 2, 1, 12), 'Europe/Berlin');
    expect(memoSize()).toBe(1);
    expect(berlin.days.size).toBe(1);
    const other = new Map<number, number>();
    remember(other, 0, 0);
    expect(memoSize()).toBe(2);
    for (let i = 1; i < CACHE_LIMIT - 2; i++) remember(other, i, i);
    expect(memoSize()).toBe(CACHE_LIMIT - 1);
    remember(other, -1, -1);
    // At the bound: kept.
    expect(memoSize()).toBe(CACHE_LIMIT);
    expect(berlin.days.size).toBe(1);
    // Past it: every zone's memo emptied first, then the new entry counted.
    remember(other, -2, -2);
    expect(memoSize()).toBe(1);
    expect(berlin.days.size).toBe(0);
  });

  it('a day asked twice is read once', () => {
    clearMemo();
    const t = Date.UTC(2026, 5, 1, 12);
    expect(formatInstant(t, 'Europe/Berlin')).toBe('2026-06-01T14:00:00.000+02:00');
    expect(memoSize()).toBe(1);
    expect(formatInstant(t + 1000, 'Europe/Berlin')).toBe('2026-06-01T14:00:01.000+02:00');
    expect(memoSize()).toBe(1);
  });

  it('clearMemo empties the days and the day starts of every zone', () => {
    const berlin = zoneData('Europe/Berlin');
    const tokyo = zoneData('Asia/Tokyo');
    dayStartOf('2026-03-29', 'Europe/Berlin');
    dayStartOf('2026-03-29', 'Asia/Tokyo');
    expect(berlin.days.size).toBeGreaterThan(0);
    expect(berlin.starts.size).toBe(1);
    expect(tokyo.starts.size).toBe(1);
    clearMemo();
    expect(memoSize()).toBe(0);
    expect(berlin.days.size).toBe(0);
    expect(berlin.starts.size).toBe(0);
    expect(tokyo.days.size).toBe(0);
    expect(tokyo.starts.size).toBe(0);
  });

  it('forgetting the zones drops their data and the count of entries', () => {
    const before = zoneData('Europe/Berlin');
    dayStartOf('2026-03-29', 'Europe/Berlin');
    expect(memoSize()).toBeGreaterThan(0);
    forgetZones();
    expect(memoSize()).toBe(0);
    const after = zoneData('Europe/Berlin');
    expect(after).not.toBe(before);
    expect(after.days.size).toBe(0);
    expect(dayStartOf('2026-03-29', 'Europe/Berlin').text).toBe('2026-03-29T00:00:00.000+01:00');
  });

  it('one data per resolved zone: formatters and links of a zone share it', () => {
    const make = (timeZone: string) => new Intl.DateTimeFormat('en-US', { ...FORMAT_OPTIONS, timeZone });
    const first = zoneDataFor(make('Europe/Paris'));
    expect(zoneDataFor(make('Europe/Paris'))).toBe(first);
    expect(zoneData('US/Alaska')).toBe(zoneData('America/Anchorage'));
  });
});

describe('TIME-ZONE: the offsets of a UTC day are read at its own last second (offsets.ts)', () => {
  // Africa/Casablanca went from +00:00 to +01:00 at 2008-06-01T00:00:00Z, the first instant of
  // the next UTC day: 2008-05-31 holds one offset throughout.
  const before = daysFromCivil(2008, 5, 31);

  it('a day with no change is one offset; the change at the next day’s first instant belongs to that day', () => {
    clearMemo();
    const casablanca = zoneData('Africa/Casablanca');
    expect(offsetAt(casablanca, Date.UTC(2008, 4, 31, 23, 59, 59, 999))).toBe(0);
    expect(offsetAt(casablanca, Date.UTC(2008, 5, 1))).toBe(HOUR);
    expect(casablanca.days.get(before)).toBe(0);
    expect(casablanca.days.get(before + 1)).toBe(HOUR);
    expect(dayStartOf('2008-06-01', 'Africa/Casablanca').text).toBe('2008-06-01T01:00:00.000+01:00');
  });

  it('a day with a change holds the instant of the change, found to the second, and the offsets around it', () => {
    clearMemo();
    const berlin = zoneData('Europe/Berlin');
    const change = Date.UTC(2026, 2, 29, 1);
    expect(offsetAt(berlin, change - 1)).toBe(HOUR);
    expect(offsetAt(berlin, change)).toBe(2 * HOUR);
    expect(berlin.days.get(daysFromCivil(2026, 3, 29))).toEqual({ at: [change], offsets: [HOUR, 2 * HOUR] });
    expect(typeof berlin.days.get(daysFromCivil(2026, 3, 28))).toBe('undefined');
    offsetAt(berlin, Date.UTC(2026, 2, 28, 12));
    expect(berlin.days.get(daysFromCivil(2026, 3, 28))).toBe(HOUR);
  });
});

describe('TIME-ZONE: the spellings of tzdb-names.ts (zone.ts)', () => {
  it('the first and last names of each area group are accepted as spelled', () => {
    // Node 20's Intl neither lists these nor answers them with themselves (CET → Europe/Brussels).
    for (const name of ['CET', 'Zulu', 'Africa/Asmara', 'America/Argentina/Buenos_Aires', 'Asia/Ashkhabad', 'Australia/ACT', 'Canada/Atlantic', 'US/Alaska', 'US/Samoa']) {
      expect(requireTimeZone(name, 'timeZone')).toBe(name);
    }
    expect(thrown(() => requireTimeZone('us/alaska', 'timeZone')).code).toBe('unknown-time-zone');
  });

  it('the lists are read once, not for every new zone', () => {
    forgetZones();
    requireTimeZone('Europe/Berlin', 'timeZone');
    const list = vi.spyOn(Intl, 'supportedValuesOf');
    forgetZones();
    expect(requireTimeZone('Europe/Madrid', 'timeZone')).toBe('Europe/Madrid');
    expect(list).not.toHaveBeenCalled();
  });

  it('a known name in another letter case, and a text not shaped as a name, are refused without asking Intl', () => {
    const Original = Intl.DateTimeFormat;
    let made = 0;
    Intl.DateTimeFormat = new Proxy(Original, {
      construct(target, args: unknown[], newTarget) {
        made += 1;
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
    try {
      forgetZones();
      requireTimeZone('Europe/Berlin', 'timeZone');
      expect(made).toBe(1);
      for (const zone of ['europe/berlin', 'EUROPE/BERLIN', '+01:00', 'Europe/Berlin ']) {
        const error = thrown(() => requireTimeZone(zone, 'timeZone'));
        expect([error.field, error.code]).toEqual(['timeZone', 'unknown-time-zone']);
      }
      expect(made).toBe(1);
    } finally {
      Intl.DateTimeFormat = Original;
    }
  });
});

describe('issue 10 class 3: the memo of date texts (calendar.ts)', () => {
  it(`holds exactly ${DATE_TEXT_LIMIT} texts; a text asked again is taken from it; the one past the bound empties it`, () => {
    // Whatever it held: new texts until the one past the bound empties it, so it holds 1.
    let day = daysFromCivil(2000, 1, 1);
    do computedDateOfDay(day++);
    while (dateTextCount() !== 1 && day < daysFromCivil(2030, 1, 1));
    const held = day - 1;
    expect(dateTextCount()).toBe(1);
    expect(computedDateOfDay(held)).toBe(dateOfDay(held));
    expect(dateTextCount()).toBe(1);
    for (let i = 1; i < DATE_TEXT_LIMIT; i++) computedDateOfDay(held + i);
    // At the bound: kept.
    expect(dateTextCount()).toBe(DATE_TEXT_LIMIT);
    // Full: a text it holds is answered from it, without emptying it.
    expect(computedDateOfDay(held + 1)).toBe(dateOfDay(held + 1));
    expect(dateTextCount()).toBe(DATE_TEXT_LIMIT);
    // A new one past the bound empties it first.
    expect(computedDateOfDay(held - 1)).toBe(dateOfDay(held - 1));
    expect(dateTextCount()).toBe(1);
  });
});

describe('TIME-RANGE: calendar dates and computed days (calendar.ts)', () => {
  it('a date needs a dash at both separator positions', () => {
    expect(requireCalendarDate('2026-03-01', 'agreementDate')).toBe('2026-03-01');
    for (const text of ['2026/03-01', '2026-03/01', '2026003-01', '2026-03001']) {
      const error = thrown(() => requireCalendarDate(text, 'agreementDate'));
      expect([error.field, error.code]).toEqual(['agreementDate', 'invalid-date']);
    }
  });

  it('months 01 and 12 are read, 00 and 13 refused (in dates and in instants)', () => {
    // Without the month checks `day <= daysInMonth(year, 0 or 13)` (undefined) would still fail,
    // so their mutants are equivalent; these pin the edge either way.
    expect(requireCalendarDate('2026-01-01', 'd')).toBe('2026-01-01');
    expect(requireCalendarDate('2026-12-31', 'd')).toBe('2026-12-31');
    for (const text of ['2026-00-01', '2026-13-01', '2026-00-00']) expect(thrown(() => requireCalendarDate(text, 'd')).code).toBe('invalid-date');
    expect(parseInstant('2026-01-01T00:00Z')).toBe(Date.UTC(2026, 0, 1));
    expect(parseInstant('2026-12-31T23:59Z')).toBe(Date.UTC(2026, 11, 31, 23, 59));
    expect(parseInstant('2026-00-01T00:00Z')).toBeNaN();
    expect(parseInstant('2026-13-01T00:00Z')).toBeNaN();
  });

  it('a fraction of a second has one to nine digits', () => {
    expect(parseInstant('2026-03-01T00:00:00.1Z')).toBe(Date.UTC(2026, 2, 1, 0, 0, 0, 100));
    expect(parseInstant('2026-03-01T00:00:00.123456789Z')).toBe(Date.UTC(2026, 2, 1, 0, 0, 0, 123));
    expect(parseInstant('2026-03-01T00:00:00.123456789+01:00')).toBe(Date.UTC(2026, 1, 28, 23, 0, 0, 123));
    expect(parseInstant('2026-03-01T00:00:00.1234567890Z')).toBeNaN();
    expect(parseInstant('2026-03-01T00:00:00.1234567890+01:00')).toBeNaN();
    expect(parseInstant('2026-03-01T00:00:00.Z')).toBeNaN();
  });

  it('a computed day outside 1979–9999 is refused, naming the date or an Invalid Date', () => {
    const first = daysFromCivil(1979, 1, 1);
    const last = daysFromCivil(9999, 12, 31);
    expect(computedDay(first)).toBe(first);
    expect(computedDay(last)).toBe(last);
    expect(thrown(() => computedDay(first - 1)).received).toBe('"1978-12-31"');
    expect(thrown(() => computedDay(last + 1)).received).toBe('"10000-01-01"');
    for (const days of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      const error = thrown(() => computedDay(days));
      expect([error.field, error.code, error.received]).toEqual(['date', 'invalid-date', '"Invalid Date"']);
      expect(error.message).toBe('Invalid date: a computed date is outside the years 1979 to 9999 (received "Invalid Date").');
    }
  });
});

describe('TIME-RANGE: instants as agreement dates (zoned.ts)', () => {
  it('the local date of the instant is held to 1980-01-01 … 9899-12-31, in the plan’s zone', () => {
    expect(inputDateOf(Date.UTC(1980, 0, 1), 'UTC', 'agreementAt')).toBe('1980-01-01');
    expect(inputDateOf(Date.UTC(1979, 11, 31, 15), 'Asia/Tokyo', 'agreementAt')).toBe('1980-01-01');
    expect(inputDateOf(Date.UTC(9899, 11, 31, 23, 59, 59, 999), 'UTC', 'agreementAt')).toBe('9899-12-31');
    const early = thrown(() => inputDateOf(Date.UTC(1980, 0, 1) - 1, 'UTC', 'agreementAt'));
    expect([early.field, early.code, early.received]).toEqual(['agreementAt', 'invalid-instant', '"1979-12-31"']);
    expect(early.message).toBe('Invalid agreementAt: expected an instant whose local date in UTC is from 1980-01-01 to 9899-12-31 (received "1979-12-31").');
    const late = thrown(() => inputDateOf(Date.UTC(9899, 11, 31, 15), 'Asia/Tokyo', 'agreementAt'));
    expect(late.message).toBe('Invalid agreementAt: expected an instant whose local date in Asia/Tokyo is from 1980-01-01 to 9899-12-31 (received "9900-01-01").');
  });

  it('requireInputYear writes what was expected, with the date code unless told', () => {
    requireInputYear('1980-01-01', 'f', 'x');
    requireInputYear('9899-12-31', 'f', 'x');
    const error = thrown(() => requireInputYear('9900-01-01', 'startDate', 'a date from 1980 to 9899'));
    expect([error.field, error.code, error.message]).toEqual(['startDate', 'invalid-date', 'Invalid startDate: expected a date from 1980 to 9899 (received "9900-01-01").']);
  });
});

describe('TIME-ZONE: instants written with the zone’s offset (zoned.ts)', () => {
  it('hours, minutes, seconds and milliseconds of the local time', () => {
    expect(formatInstant(Date.UTC(2026, 2, 1, 12, 34, 56, 789), 'Europe/Berlin')).toBe('2026-03-01T13:34:56.789+01:00');
    expect(formatInstant(Date.UTC(2026, 2, 1, 12, 34, 59, 7), 'Asia/Kolkata')).toBe('2026-03-01T18:04:59.007+05:30');
    expect(formatInstant(Date.UTC(2026, 2, 1, 23, 59, 1, 50), 'America/Los_Angeles')).toBe('2026-03-01T15:59:01.050-08:00');
    expect(localDateOf(Date.UTC(2026, 2, 1, 23, 59, 1), 'Asia/Tokyo')).toBe('2026-03-02');
  });
});
