import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_YEAR, MIN_YEAR, compareDates, datePartsOf, requireCalendarDate } from '../src/time/calendar';
import { DAY, HOUR, formatElapsed, requireInstant } from '../src/time/instant';
import { isInPeriod, monthsFrom, periodBetween, periodContains, type Period } from '../src/time/period';
import { requireTimeZone } from '../src/time/zone';
import { addCalendarDays, addCalendarMonths, formatInstant, localDateOf, startOfLocalDay } from '../src/time/zoned';
import { deepFreeze, expectInvalid, snapshot } from './support';

const ms = (iso: string): number => Date.parse(iso);

describe('TIME-RANGE: calendar dates (YYYY-MM-DD)', () => {
  it.each(['2026-01-01', '2026-12-31', '2028-02-29', '2000-02-29', '1980-01-01', '9899-12-31', '2026-04-30'])('accepts %s', (date) => {
    expect(requireCalendarDate(date, 'd')).toBe(date);
  });

  it.each([
    ['2026-02-30', 'invalid-date'],
    ['2026-13-01', 'invalid-date'],
    ['2026-00-10', 'invalid-date'],
    ['2026-01-00', 'invalid-date'],
    ['2026-04-31', 'invalid-date'],
    ['2027-02-29', 'invalid-date'],
    ['2100-02-29', 'invalid-date'],
    ['1979-12-31', 'invalid-date'],
    ['1899-12-31', 'invalid-date'],
    ['9900-01-01', 'invalid-date'],
    ['9999-12-31', 'invalid-date'],
    ['2026-1-01', 'invalid-date'],
    ['2026-01-01T00:00:00Z', 'invalid-date'],
    [' 2026-01-01', 'invalid-date'],
    ['', 'invalid-date'],
    [undefined, 'missing'],
    [null, 'missing'],
    [20260101, 'wrong-type'],
    [new Date('2026-01-01T00:00:00Z'), 'wrong-type'],
  ] as const)('refuses %j (%s)', (value, code) => {
    expectInvalid(() => requireCalendarDate(value, 'agreementDate'), 'agreementDate', code);
  });

  it('gives the parts of a date, or undefined', () => {
    expect(datePartsOf('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    expect(datePartsOf('2026-02-29')).toBeUndefined();
    // Computed dates may run from 1979 to 9999; inputs are held to 1980–9899.
    expect(datePartsOf('1979-12-31')).toEqual({ year: 1979, month: 12, day: 31 });
    expect(datePartsOf('1978-12-31')).toBeUndefined();
    expect(datePartsOf('9999-12-31')).toEqual({ year: 9999, month: 12, day: 31 });
    expect([MIN_YEAR, MAX_YEAR]).toEqual([1980, 9899]);
  });

  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-01')).toBe(1);
    expect(compareDates('2026-01-01', '2026-01-01')).toBe(0);
  });
});

describe('instants (Date or ISO-8601 with an offset)', () => {
  it.each([
    ['2026-03-01T09:30:00Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30Z', '2026-03-01T09:30:00.000Z'],
    ['2026-03-01T09:30:00+01:00', '2026-03-01T08:30:00.000Z'],
    ['2026-03-01T09:30:00-11:30', '2026-03-01T21:00:00.000Z'],
    ['2026-03-01T09:30:00.123Z', '2026-03-01T09:30:00.123Z'],
    ['2026-03-01T09:30:00.123456789+14:00', '2026-02-28T19:30:00.123Z'],
  ])('reads %s', (text, iso) => {
    expect(new Date(requireInstant(text, 'at')).toISOString()).toBe(iso);
  });

  it('reads a valid Date', () => {
    expect(requireInstant(new Date('2026-03-01T09:30:00Z'), 'at')).toBe(ms('2026-03-01T09:30:00Z'));
  });

  it.each([
    ['2026-03-01T09:30:00', 'invalid-instant'],
    ['2026-03-01', 'invalid-instant'],
    ['2026-03-01 09:30:00Z', 'invalid-instant'],
    ['2026-03-01T24:00:00Z', 'invalid-instant'],
    ['2026-03-01T23:59:60Z', 'invalid-instant'],
    ['2026-03-01T09:30:00+1:00', 'invalid-instant'],
    ['2026-03-01T09:30:00+0100', 'invalid-instant'],
    ['2026-02-30T09:30:00Z', 'invalid-instant'],
    ['2026-13-01T09:30:00Z', 'invalid-instant'],
    ['1979-12-30T23:59:59Z', 'invalid-instant'],
    ['1978-12-31T23:59:59-12:00', 'invalid-instant'],
    ['9999-12-31T00:00:00Z', 'invalid-instant'],
    ['9999-12-30T23:59:59.999-00:01', 'invalid-instant'],
    [new Date('1979-12-30T23:59:59.999Z'), 'invalid-instant'],
    [new Date('9999-12-31T00:00:00Z'), 'invalid-instant'],
    [new Date('+010000-01-01T23:59:59.999Z'), 'invalid-instant'],
    ['now', 'invalid-instant'],
    [new Date(Number.NaN), 'invalid-instant'],
    [new Date('1850-01-01T00:00:00Z'), 'invalid-instant'],
    [new Date(8.64e15), 'invalid-instant'],
    [new Date(-8.64e15), 'invalid-instant'],
    [1772357400000, 'wrong-type'],
    [{}, 'wrong-type'],
    [undefined, 'missing'],
    [null, 'missing'],
  ] as const)('refuses %j (%s)', (value, code) => {
    expectInvalid(() => requireInstant(value, 'purchaseAt'), 'purchaseAt', code);
  });

  it('TIME-RANGE: reads the edges of the instant range (1980 with a day to spare for any offset, to the end of 9999 everywhere)', () => {
    expect(requireInstant('1980-01-01T00:00:00Z', 'at')).toBe(ms('1980-01-01T00:00:00Z'));
    expect(requireInstant('1980-01-01T00:00:00+23:59', 'at')).toBe(ms('1979-12-31T00:01:00Z'));
    expect(requireInstant('1979-12-31T23:00:00-05:00', 'at')).toBe(ms('1980-01-01T04:00:00Z'));
    expect(requireInstant(new Date('1979-12-31T00:00:00Z'), 'at')).toBe(ms('1979-12-31T00:00:00Z'));
    expect(requireInstant('9899-12-31T23:59:59.999-23:59', 'at')).toBe(ms('9900-01-01T23:58:59.999Z'));
    expect(requireInstant(new Date('9900-01-01T23:59:59.999Z'), 'at')).toBe(ms('9900-01-01T23:59:59.999Z'));
    // Instants the library computes run past 9899 (issue 9): accepted as input too.
    expect(requireInstant('9930-01-01T00:00:00.000+14:00', 'at')).toBe(ms('9929-12-31T10:00:00Z'));
    expect(requireInstant('9999-12-30T23:59:59.999Z', 'at')).toBe(ms('9999-12-30T23:59:59.999Z'));
    expect(requireInstant('9999-12-31T13:59:59.999+14:00', 'at')).toBe(ms('9999-12-30T23:59:59.999Z'));
  });

  it.each([
    [0, '0 s'],
    [1, '1 s'],
    [999, '1 s'],
    [1000, '1 s'],
    [59_001, '1 min'],
    [HOUR, '1 h'],
    [48 * HOUR, '2 d'],
    [48 * HOUR + 1, '2 d 1 s'],
    [DAY + HOUR + 60_000 + 1000, '1 d 1 h 1 min 1 s'],
    [2 * DAY + 3 * HOUR + 12 * 60_000, '2 d 3 h 12 min'],
    [-5 * 60_000, '-5 min'],
  ])('formats %d ms as %s (rounded up to whole seconds)', (elapsed, words) => {
    expect(formatElapsed(elapsed)).toBe(words);
  });
});

describe('TIME-ZONE: time zones (explicit IANA names)', () => {
  it.each(['Europe/Berlin', 'America/Los_Angeles', 'UTC', 'Etc/GMT+12', 'Pacific/Kiritimati', 'America/Argentina/Buenos_Aires'])('accepts %s (twice: cached)', (zone) => {
    expect(requireTimeZone(zone, 'timeZone')).toBe(zone);
    expect(requireTimeZone(zone, 'timeZone')).toBe(zone);
  });

  it.each([
    ['+01:00', 'unknown-time-zone'],
    ['-05:00', 'unknown-time-zone'],
    ['GMT+1', 'unknown-time-zone'],
    ['Mars/Olympus_Mons', 'unknown-time-zone'],
    ['Europe/Berlin ', 'unknown-time-zone'],
    ['Z', 'unknown-time-zone'],
    ['', 'missing'],
    ['  ', 'missing'],
    [undefined, 'missing'],
    [null, 'missing'],
    [1, 'wrong-type'],
  ] as const)('refuses %j (%s): an offset is not a zone', (zone, code) => {
    expectInvalid(() => requireTimeZone(zone, 'timeZone'), 'timeZone', code);
  });
});

describe('local dates in a zone', () => {
  const instant = ms('2026-06-15T11:30:00Z');

  it('the same instant is a different local date far east and far west of UTC', () => {
    expect(localDateOf(instant, 'Pacific/Kiritimati')).toBe('2026-06-16');
    expect(localDateOf(instant, 'UTC')).toBe('2026-06-15');
    expect(localDateOf(instant, 'Pacific/Pago_Pago')).toBe('2026-06-15');
    expect(localDateOf(instant, 'Etc/GMT+12')).toBe('2026-06-14');
    expect(formatInstant(instant, 'Pacific/Kiritimati')).toBe('2026-06-16T01:30:00.000+14:00');
    expect(formatInstant(instant, 'Etc/GMT+12')).toBe('2026-06-14T23:30:00.000-12:00');
  });

  it('formats UTC with a +00:00 offset', () => {
    expect(formatInstant(instant, 'UTC')).toBe('2026-06-15T11:30:00.000+00:00');
  });

  it('adds calendar days across month and year ends', () => {
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addCalendarDays('2026-01-10', 45)).toBe('2026-02-24');
  });

  it('an instant at the start of the range is the day before in a far-west zone (computed dates may run to 1979)', () => {
    expect(localDateOf(ms('1980-01-01T00:00:00Z'), 'America/Los_Angeles')).toBe('1979-12-31');
  });

  it('refuses a computed date outside 1979–9999 (a safety net for internal callers; never a TypeError)', () => {
    expectInvalid(() => localDateOf(ms('1979-01-01T00:00:00Z'), 'America/Los_Angeles'), 'date', 'invalid-date');
    expectInvalid(() => addCalendarMonths('9999-06-01', 12), 'date', 'invalid-date');
    expectInvalid(() => addCalendarMonths('2026-01-01', 1e9), 'date', 'invalid-date');
    expectInvalid(() => addCalendarDays('1979-01-01', -1), 'date', 'invalid-date');
  });
});

describe('PERIOD-START', () => {
  it('runs from 0:00 on the start date in the zone, half-open', () => {
    const p = monthsFrom('replacement', 'PERIOD-1Y', '2026-05-10', 12, 'America/Chicago');
    expect(p).toEqual({
      kind: 'replacement',
      clause: 'PERIOD-1Y',
      start: '2026-05-10T00:00:00.000-05:00',
      end: '2027-05-10T00:00:00.000-05:00',
      startDate: '2026-05-10',
      lastDate: '2027-05-09',
      endDate: '2027-05-10',
      timeZone: 'America/Chicago',
    });
    expect(isInPeriod(p, '2026-05-10T00:00:00-05:00')).toBe(true);
    expect(isInPeriod(p, '2026-05-09T23:59:59.999-05:00')).toBe(false);
    expect(isInPeriod(p, '2027-05-09T23:59:59.999-05:00')).toBe(true);
    expect(isInPeriod(p, '2027-05-10T00:00:00-05:00')).toBe(false);
    expect(isInPeriod(p, new Date('2027-05-10T04:59:59.999Z'))).toBe(true);
  });

  it('leap day: 2028-02-29 + 12 months ends at 0:00 on 2029-02-28', () => {
    expect(addCalendarMonths('2028-02-29', 12)).toBe('2029-02-28');
    expect(addCalendarMonths('2028-02-29', 48)).toBe('2032-02-29');
    const p = monthsFrom('replacement', 'PERIOD-1Y', '2028-02-29', 12, 'UTC');
    expect([p.start, p.end, p.lastDate]).toEqual(['2028-02-29T00:00:00.000+00:00', '2029-02-28T00:00:00.000+00:00', '2029-02-27']);
  });

  it('month ends clamp: 31 January + 1 month is the last day of February', () => {
    expect(addCalendarMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addCalendarMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addCalendarMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addCalendarMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addCalendarMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addCalendarMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addCalendarMonths('2026-10-31', 12)).toBe('2027-10-31');
  });

  it('Europe/Berlin: periods starting and ending on the DST change days keep local midnight', () => {
    // 29 March 2026: 02:00 -> 03:00 (CET -> CEST). 25 October 2026: 03:00 -> 02:00.
    const spring = monthsFrom('replacement', 'PERIOD-1Y', '2026-03-29', 12, 'Europe/Berlin');
    expect([spring.start, spring.end]).toEqual(['2026-03-29T00:00:00.000+01:00', '2027-03-29T00:00:00.000+02:00']);
    const endsSpring = monthsFrom('replacement', 'PERIOD-1Y', '2025-03-29', 12, 'Europe/Berlin');
    expect(endsSpring.end).toBe('2026-03-29T00:00:00.000+01:00');
    const autumn = monthsFrom('replacement', 'PERIOD-1Y', '2026-10-25', 12, 'Europe/Berlin');
    expect([autumn.start, autumn.end]).toEqual(['2026-10-25T00:00:00.000+02:00', '2027-10-25T00:00:00.000+02:00']);
    const endsAutumn = monthsFrom('replacement', 'PERIOD-1Y', '2025-10-25', 12, 'Europe/Berlin');
    expect([endsAutumn.start, endsAutumn.end]).toEqual(['2025-10-25T00:00:00.000+02:00', '2026-10-25T00:00:00.000+02:00']);
    // The days themselves are 23 h and 25 h long.
    const day = (d: string) => periodBetween('day', 'PERIOD-START', d, addCalendarDays(d, 1), 'Europe/Berlin');
    const length = (p: Period) => (ms(p.end) - ms(p.start)) / HOUR;
    expect(length(day('2026-03-29'))).toBe(23);
    expect(length(day('2026-10-25'))).toBe(25);
  });

  it('America/Los_Angeles: periods starting and ending on the DST change days keep local midnight', () => {
    // 8 March 2026: 02:00 -> 03:00 (PST -> PDT). 1 November 2026: 02:00 -> 01:00.
    const spring = monthsFrom('replacement', 'PERIOD-2Y', '2026-03-08', 24, 'America/Los_Angeles');
    expect([spring.start, spring.end]).toEqual(['2026-03-08T00:00:00.000-08:00', '2028-03-08T00:00:00.000-08:00']);
    const endsSpring = monthsFrom('replacement', 'PERIOD-1Y', '2025-03-08', 12, 'America/Los_Angeles');
    expect(endsSpring.end).toBe('2026-03-08T00:00:00.000-08:00');
    const autumn = monthsFrom('replacement', 'PERIOD-1Y', '2026-11-01', 12, 'America/Los_Angeles');
    expect([autumn.start, autumn.end]).toEqual(['2026-11-01T00:00:00.000-07:00', '2027-11-01T00:00:00.000-07:00']);
    const endsAutumn = monthsFrom('replacement', 'PERIOD-1Y', '2025-11-01', 12, 'America/Los_Angeles');
    expect(endsAutumn.end).toBe('2026-11-01T00:00:00.000-07:00');
    // 01:30 happens twice on 1 November; both are inside a period that starts that day.
    expect(isInPeriod(autumn, '2026-11-01T01:30:00-07:00')).toBe(true);
    expect(isInPeriod(autumn, '2026-11-01T01:30:00-08:00')).toBe(true);
  });

  it('America/Santiago 2026-09-06: 0:00 does not exist, the period starts at 01:00', () => {
    expect(formatInstant(startOfLocalDay('2026-09-06', 'America/Santiago'), 'America/Santiago')).toBe('2026-09-06T01:00:00.000-03:00');
    const p = monthsFrom('replacement', 'PERIOD-1Y', '2025-09-06', 12, 'America/Santiago');
    expect(p.end).toBe('2026-09-06T01:00:00.000-03:00');
    expect(isInPeriod(p, '2026-09-05T23:59:59.999-04:00')).toBe(true);
    expect(isInPeriod(p, '2026-09-06T01:00:00-03:00')).toBe(false);
    const starts = monthsFrom('replacement', 'PERIOD-1Y', '2026-09-06', 12, 'America/Santiago');
    expect(starts.start).toBe('2026-09-06T01:00:00.000-03:00');
    expect(isInPeriod(starts, '2026-09-06T03:59:59.999Z')).toBe(false);
  });

  it('Atlantic/Azores 2026-03-29: 0:00 does not exist, the period starts at 01:00', () => {
    const p = monthsFrom('replacement', 'PERIOD-1Y', '2026-03-29', 12, 'Atlantic/Azores');
    expect(p.start).toBe('2026-03-29T01:00:00.000+00:00');
    expect(p.end).toBe('2027-03-29T00:00:00.000+00:00');
    expect(new Date(ms(p.start)).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('the same start date is a different instant far east and far west of UTC', () => {
    const east = monthsFrom('replacement', 'PERIOD-1Y', '2026-06-15', 12, 'Pacific/Kiritimati');
    const west = monthsFrom('replacement', 'PERIOD-1Y', '2026-06-15', 12, 'Etc/GMT+12');
    expect(east.start).toBe('2026-06-15T00:00:00.000+14:00');
    expect(west.start).toBe('2026-06-15T00:00:00.000-12:00');
    expect((ms(west.start) - ms(east.start)) / HOUR).toBe(26);
  });

  it('periodContains takes milliseconds; isInPeriod refuses bad periods and instants', () => {
    const p = monthsFrom('replacement', 'PERIOD-1Y', '2026-01-01', 12, 'UTC');
    expect(periodContains(p, ms('2026-01-01T00:00:00Z'))).toBe(true);
    expect(periodContains(p, ms('2027-01-01T00:00:00Z'))).toBe(false);
    expectInvalid(() => isInPeriod(p, '2026-06-01'), 'at', 'invalid-instant');
    expectInvalid(() => isInPeriod(null as unknown as Period, '2026-06-01T00:00:00Z'), 'period', 'missing');
    expectInvalid(() => isInPeriod({ ...p, start: '2026-01-01' }, '2026-06-01T00:00:00Z'), 'period.start', 'invalid-instant');
    expectInvalid(() => isInPeriod({ ...p, end: undefined } as unknown as Period, '2026-06-01T00:00:00Z'), 'period.end', 'missing');
  });

  it('does not mutate its input (deep-frozen period, Date untouched)', () => {
    const p = deepFreeze(monthsFrom('replacement', 'PERIOD-1Y', '2026-01-01', 12, 'UTC'));
    const before = snapshot(p);
    const at = new Date('2026-06-01T00:00:00Z');
    expect(isInPeriod(p, at)).toBe(true);
    expect(p).toEqual(before);
    expect(at.toISOString()).toBe('2026-06-01T00:00:00.000Z');
  });
});

describe('PERIOD-START invariants (fast-check)', () => {
  const ZONES = [
    'UTC',
    'Europe/Berlin',
    'America/Los_Angeles',
    'America/Santiago',
    'Atlantic/Azores',
    'America/Havana',
    'Asia/Beirut',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Asia/Kolkata',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
    'Etc/GMT+12',
  ];
  const calendarDate = fc
    .date({ min: new Date('1981-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const zone = fc.constantFrom(...ZONES);
  const months = fc.integer({ min: 1, max: 60 });

  it('a period always contains its start and never its end', () => {
    fc.assert(
      fc.property(calendarDate, zone, months, (start, z, n) => {
        const p = monthsFrom('replacement', 'PERIOD-1Y', start, n, z);
        expect(isInPeriod(p, p.start)).toBe(true);
        expect(isInPeriod(p, p.end)).toBe(false);
        expect(periodContains(p, ms(p.start))).toBe(true);
        expect(periodContains(p, ms(p.end))).toBe(false);
        expect(periodContains(p, ms(p.end) - 1)).toBe(true);
        expect(periodContains(p, ms(p.start) - 1)).toBe(false);
      }),
    );
  });

  it('start and end are the first instants of their local dates, N months apart, clamped at month end', () => {
    fc.assert(
      fc.property(calendarDate, zone, months, (start, z, n) => {
        const p = monthsFrom('replacement', 'PERIOD-1Y', start, n, z);
        expect(localDateOf(ms(p.start), z)).toBe(start);
        expect(localDateOf(ms(p.start) - 1, z)).toBe(addCalendarDays(start, -1));
        expect(localDateOf(ms(p.end), z)).toBe(p.endDate);
        expect(localDateOf(ms(p.end) - 1, z)).toBe(p.lastDate);
        const [y, m, d] = start.split('-').map(Number) as [number, number, number];
        const target = new Date(Date.UTC(y, m - 1 + n, 1));
        const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
        const expectedEnd = `${target.toISOString().slice(0, 8)}${String(Math.min(d, lastDay)).padStart(2, '0')}`;
        expect(p.endDate).toBe(expectedEnd);
      }),
    );
  });

  it('an instant is in the period exactly when its local date is in [startDate, endDate)', () => {
    fc.assert(
      fc.property(calendarDate, zone, months, fc.integer({ min: -3 * DAY, max: 3 * DAY }), (start, z, n, offset) => {
        const p = monthsFrom('replacement', 'PERIOD-1Y', start, n, z);
        for (const edge of [ms(p.start), ms(p.end)]) {
          const at = edge + offset;
          const local = localDateOf(at, z);
          expect(periodContains(p, at)).toBe(local >= p.startDate && local < p.endDate);
        }
      }),
    );
  });
});
