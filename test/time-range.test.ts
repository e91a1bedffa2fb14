/**
 * Issue 9: zone spelling (TIME-ZONE), one consistent range (TIME-RANGE), days that never
 * happened (PERIOD-START), the calendar arithmetic against date-fns, and the bounds of the
 * memos of src/time/.
 */
import { UTCDate } from '@date-fns/utc';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, agreementDate, coveragePeriods, describePlan, isInPeriod, periodList, planStatus } from '../src/index';
import type { Terms } from '../src/index';
import {
  DATE_TEXT_LIMIT,
  LAST_COMPUTED_YEAR,
  addCalendarDays,
  addCalendarMonths,
  computedDateOfDay,
  dateOfDay,
  datePartsOf,
  daysFromCivil,
  requireComputedDate,
} from '../src/time/calendar';
import { CACHE_LIMIT, clearMemo, memoSize } from '../src/time/offsets';
import { monthsFrom, periodBetween } from '../src/time/period';
import { forgetZones, knownZoneCount, requireTimeZone } from '../src/time/zone';
import { dayStartOf, dayThatHappened, formatInstant, localDateOf, requireLocalDay } from '../src/time/zoned';
import { expectInvalid } from './support';

const DAY = 86_400_000;
const ms = (iso: string): number => Date.parse(iso);

describe('TIME-ZONE: names spelled exactly as in the tz database', () => {
  it.each(['America/Los_Angeles', 'US/Pacific', 'Asia/Kolkata', 'Asia/Calcutta', 'Europe/Kyiv', 'America/Nuuk', 'UTC', 'Etc/UTC', 'GMT', 'Etc/GMT-14', 'EST5EDT', 'NZ-CHAT'])(
    'accepts %s and keeps it as spelled',
    (zone) => {
      expect(requireTimeZone(zone, 'timeZone')).toBe(zone);
      const p = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: zone, agreementDate: '2026-01-01' });
      expect(p.timeZone).toBe(zone);
      expect(p.replacement.timeZone).toBe(zone);
    },
  );

  it.each(['america/los_angeles', 'AMERICA/LOS_ANGELES', 'us/pacific', 'US/PACIFIC', 'utc', 'Utc', 'asia/kolkata', 'Europe/KYIV', 'etc/gmt-14', 'Factory', 'America/Los Angeles'])(
    'refuses %s (Intl would take any letter case)',
    (zone) => {
      expectInvalid(() => requireTimeZone(zone, 'timeZone'), 'timeZone', 'unknown-time-zone');
      expectInvalid(() => coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: zone, agreementDate: '2026-01-01' }), 'timeZone', 'unknown-time-zone');
    },
  );

  it('a link and its zone give the same instants', () => {
    const a = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'US/Pacific', agreementDate: '2026-03-08' });
    const b = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Los_Angeles', agreementDate: '2026-03-08' });
    expect(periodList(a).map((p) => [p.start, p.end])).toEqual(periodList(b).map((p) => [p.start, p.end]));
  });

  it('every name the runtime lists is accepted', () => {
    for (const zone of Intl.supportedValuesOf('timeZone')) expect(requireTimeZone(zone, 'timeZone')).toBe(zone);
  });

  it('20,000 letter-case spellings of one zone are refused and not remembered', () => {
    requireTimeZone('America/Los_Angeles', 'timeZone');
    const before = knownZoneCount();
    const letters = 'america/los_angeles';
    for (let n = 0; n < 20_000; n++) {
      // Each a different spelling: bit k of n upper-cases letter k.
      const spelled = [...letters].map((c, k) => ((n >> k) & 1 ? c.toUpperCase() : c)).join('');
      if (spelled === 'America/Los_Angeles') continue;
      expect(() => requireTimeZone(spelled, 'timeZone')).toThrow();
    }
    expect(knownZoneCount()).toBe(before);
  }, 60_000);

  it('forgetting every zone (for benchmarks) leaves the answers unchanged', () => {
    const before = formatInstant(ms('2026-06-01T00:00:00Z'), 'Europe/Berlin');
    forgetZones();
    expect(knownZoneCount()).toBe(0);
    expect(localDateOf(ms('2026-06-01T00:00:00Z'), 'Europe/Berlin')).toBe('2026-06-01');
    expect(formatInstant(ms('2026-06-01T00:00:00Z'), 'Europe/Berlin')).toBe(before);
    expectInvalid(() => localDateOf(0, 'Mars/Base'), 'timeZone', 'unknown-time-zone');
  });
});

describe('PERIOD-START: a local day that never happened in the zone', () => {
  it.each([
    ['Pacific/Apia', '2011-12-30', '2011-12-29', '2011-12-31', '2011-12-31T00:00:00.000+14:00'],
    ['Pacific/Kwajalein', '1993-08-21', '1993-08-20', '1993-08-22', '1993-08-22T00:00:00.000+12:00'],
  ])('%s %s is not an agreement date; a period ending on it ends when the next day starts', (zone, day, before, after, next) => {
    expectInvalid(() => coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: zone, agreementDate: day }), 'agreementDate', 'invalid-date');
    expectInvalid(
      () => coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: zone, agreementDate: '2000-01-01', officialWarrantyStart: day }),
      'officialWarrantyStart',
      'invalid-date',
    );
    expectInvalid(
      () => planStatus({ product: 'mavic-3', serial: 'X', term: '1y', region: 'US', timeZone: zone, agreementDate: day }, [], '2020-01-01T00:00:00Z'),
      'plan.agreementDate',
      'invalid-date',
    );
    expect(() => requireLocalDay(day, zone, 'd')).toThrow(`its calendar went from ${before} to ${after}`);
    expect(dayThatHappened(day, zone)).toBe(after);
    const from = `${Number(day.slice(0, 4)) - 1}${day.slice(4)}`;
    const p = monthsFrom('replacement', 'PERIOD-1Y', from, 12, zone);
    expect([p.end, p.lastDate, p.endDate]).toEqual([next, before, after]);
    expect(isInPeriod(p, next)).toBe(false);
    expect(isInPeriod(p, new Date(ms(next) - 1))).toBe(true);
  });

  it('a computed start on such a day starts the next day (2-year plan in Pacific/Apia from 2010-12-30)', () => {
    const p = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'US', timeZone: 'Pacific/Apia', agreementDate: '2010-12-30' });
    expect([p.extendedWarranty?.start, p.extendedWarranty?.startDate, p.extendedWarranty?.endDate]).toEqual([
      '2011-12-31T00:00:00.000+14:00',
      '2011-12-31',
      '2012-12-30',
    ]);
    expect(p.replacement.endDate).toBe('2012-12-30');
  });

  it('DATE-BUNDLED-OM: an automatic start on such a day is the next day; a delivery on it is refused', () => {
    const om = (deliveredOn: string) => agreementDate({ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Pacific/Apia', activatedAt: null, deliveredOn });
    const d = om('2011-11-15');
    expect(d.ok && [d.value.agreementDate, d.value.startsAt]).toEqual(['2011-12-31', '2011-12-31T00:00:00.000+14:00']);
    expectInvalid(() => om('2011-12-30'), 'deliveredOn', 'invalid-date');
  });
});

describe('TIME-RANGE: one range; every value the library returns is accepted where that kind of value is', () => {
  const late = { product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Pacific/Kiritimati', agreementDate: '9899-12-31' } as const;

  it('agreement dates: 1980-01-01 to 9899-12-31', () => {
    const edge = (agreementDate: string) => coveragePeriods({ ...late, agreementDate }).replacement.startDate;
    expect([edge('1980-01-01'), edge('9899-12-31')]).toEqual(['1980-01-01', '9899-12-31']);
    expectInvalid(() => edge('1979-12-31'), 'agreementDate', 'invalid-date');
    expectInvalid(() => edge('9900-01-01'), 'agreementDate', 'invalid-date');
  });

  it('the periods of a plan from late 9899 (and far-longer terms) are accepted by periodList, isInPeriod, planStatus and describePlan', () => {
    const long: Terms = {
      ...DEFAULT_TERMS,
      edition: 'long',
      plans: { ...DEFAULT_TERMS.plans, '2y': { ...DEFAULT_TERMS.plans['2y'], months: 120, warrantyExtension: { startsAfterMonths: 120, months: 120 } } },
      officialWarrantyMonths: { standard: 120, european: 120 },
      safeFlightMonths: 120,
      carePlus: { ...DEFAULT_TERMS.carePlus, months: 120, warrantyExtensionMonths: 120 },
    };
    for (const terms of [DEFAULT_TERMS, long]) {
      const p = coveragePeriods(late, { terms });
      const list = periodList(p);
      for (const q of list) {
        expect(isInPeriod(q, q.start)).toBe(true);
        expect(isInPeriod(q, q.end)).toBe(false);
      }
      const lastEnd = list.map((q) => q.end).sort().at(-1) as string;
      const plan = { ...late, serial: 'M3-LATE' };
      const status = planStatus(plan, [], lastEnd, { terms });
      expect(describePlan(status, { terms })).toContain('M3-LATE');
    }
    expect(periodList(coveragePeriods(late, { terms: long })).map((q) => q.endDate).sort().at(-1)).toBe('9919-12-31');
  });

  it('instants that fix an agreement date: local dates 1980-01-01 to 9899-12-31 in the zone', () => {
    const bought = (purchasedAt: string, timeZone = 'America/Los_Angeles') => agreementDate({ channel: 'dji-online-store', timeZone, purchasedAt });
    const first = bought('1980-01-01T00:00:00-08:00');
    expect(first.ok && first.value.agreementDate).toBe('1980-01-01');
    expectInvalid(() => bought('1979-12-31T23:59:59-08:00'), 'purchasedAt', 'invalid-instant');
    const last = bought('9899-12-31T23:59:59+14:00', 'Pacific/Kiritimati');
    expect(last.ok && last.value.agreementDate).toBe('9899-12-31');
    expectInvalid(() => bought('9900-01-01T00:00:00+14:00', 'Pacific/Kiritimati'), 'purchasedAt', 'invalid-instant');
    expectInvalid(() => agreementDate({ channel: 'activation-code', timeZone: 'UTC', boundAt: '9950-01-01T00:00:00Z' }), 'boundAt', 'invalid-instant');
    expectInvalid(
      () => agreementDate({ channel: 'dji-store-bundle', product: 'mavic-3', timeZone: 'UTC', activatedAt: '9950-01-01T00:00:00Z' }),
      'activatedAt',
      'invalid-instant',
    );
    // The OM automatic start may not leave the range either.
    const om = (deliveredOn: string) => agreementDate({ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'UTC', activatedAt: null, deliveredOn });
    const ok = om('9899-11-16');
    expect(ok.ok && ok.value.agreementDate).toBe('9899-12-31');
    expectInvalid(() => om('9899-11-17'), 'deliveredOn', 'invalid-date');
  });

  it('computed dates: 1979 to 9999', () => {
    expect(requireComputedDate('1979-01-01', 'd')).toBe('1979-01-01');
    expect(requireComputedDate('9999-12-31', 'd')).toBe('9999-12-31');
    expectInvalid(() => requireComputedDate('1978-12-31', 'd'), 'd', 'invalid-date');
    expectInvalid(() => requireComputedDate('10000-01-01', 'd'), 'd', 'invalid-date');
    expectInvalid(() => requireComputedDate(undefined, 'd'), 'd', 'missing');
    expectInvalid(() => requireComputedDate(1, 'd'), 'd', 'wrong-type');
    expect(localDateOf(ms('9999-12-30T23:59:59.999Z'), 'Pacific/Kiritimati')).toBe('9999-12-31');
    expect(localDateOf(ms('1979-12-31T00:00:00Z'), 'Etc/GMT+12')).toBe('1979-12-30');
    expectInvalid(() => addCalendarDays('2026-01-01', Number.NaN), 'date', 'invalid-date');
    expectInvalid(() => addCalendarDays('9999-12-31', 1), 'date', 'invalid-date');
  });
});

describe('PERIOD-START: calendar arithmetic on integers, against date-fns on a date without a zone', () => {
  const date = fc.integer({ min: daysFromCivil(1979, 1, 1), max: daysFromCivil(9999, 12, 31) }).map(dateOfDay);
  const utc = (d: string) => new UTCDate(`${d}T00:00:00Z`);

  it('N months later, clamped at month end', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -400, max: 400 }), (d, n) => {
        const want = addMonths(utc(d), n).toISOString().slice(0, 10);
        if (datePartsOf(want) === undefined) expectInvalid(() => addCalendarMonths(d, n), 'date', 'invalid-date');
        else expect(addCalendarMonths(d, n)).toBe(want);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('N days later', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const want = addDays(utc(d), n).toISOString().slice(0, 10);
        if (datePartsOf(want) === undefined) expectInvalid(() => addCalendarDays(d, n), 'date', 'invalid-date');
        else expect(addCalendarDays(d, n)).toBe(want);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);

  it('day numbers and their dates, as Date.UTC and toISOString give them', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1000, 1, 1), max: daysFromCivil(9999, 12, 31) }), (day) => {
        const text = new Date(day * DAY).toISOString().slice(0, 10);
        expect(dateOfDay(day)).toBe(text);
        const [y, m, d] = text.split('-').map(Number) as [number, number, number];
        expect(daysFromCivil(y, m, d)).toBe(Date.UTC(y, m - 1, d) / DAY);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);
});

describe('the memos of src/time/ are bounded', () => {
  it(`at most ${CACHE_LIMIT} day entries over all zones, whatever is asked`, () => {
    clearMemo();
    const zones = ['Europe/Berlin', 'America/Santiago', 'Australia/Lord_Howe'];
    let t = ms('2000-01-01T12:00:00Z');
    for (let i = 0; i < CACHE_LIMIT + 500; i++) {
      localDateOf(t, zones[i % 3] as string);
      t += DAY;
    }
    expect(memoSize()).toBeLessThanOrEqual(CACHE_LIMIT);
    expect(memoSize()).toBeGreaterThan(0);
    // Still right after the memo was emptied.
    expect(dayStartOf('2026-10-05', 'Australia/Lord_Howe').text).toBe('2026-10-05T00:00:00.000+11:00');
    expect(periodBetween('d', 'PERIOD-START', '2026-09-06', '2026-09-07', 'America/Santiago').start).toBe('2026-09-06T01:00:00.000-03:00');
  });

  it(`at most ${DATE_TEXT_LIMIT} date texts`, () => {
    for (let day = 0; day < DATE_TEXT_LIMIT + 10; day++) expect(computedDateOfDay(3653 + day)).toBe(dateOfDay(3653 + day));
    expect(LAST_COMPUTED_YEAR).toBe(9999);
  });
});
