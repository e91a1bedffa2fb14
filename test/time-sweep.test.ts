/**
 * Issue 9, the complete sweep (PERIOD-START): every day from 1980 to 2040, in every zone the
 * runtime knows, on which local midnight is skipped or repeated (or the whole day never
 * happened), checked against the Temporal oracle of `time-oracle.ts`: the start of a plan on
 * that day and the end of a plan that ends on it. The days are found from the runtime's own tz
 * data, so no count here depends on its version.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, coveragePeriods } from '../src/index';
import { type SpecialDay, addMonths, expectedPeriod, happened, runtimeZones, specialDays } from './time-oracle';

const FIRST_YEAR = 1980;
const LAST_YEAR = 2040;

const zones = runtimeZones();
const found = zones.map((zone) => ({ zone, ...specialDays(zone, FIRST_YEAR, LAST_YEAR) }));
const days: readonly SpecialDay[] = found.flatMap((z) => z.days);

/** The replacement period of a 1-year plan from `agreementDate` in `zone`. */
function plan(agreementDate: string, zone: string) {
  const p = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: zone, agreementDate }).replacement;
  return { start: p.start, end: p.end, startDate: p.startDate, lastDate: p.lastDate, endDate: p.endDate };
}

describe('PERIOD-START: every skipped or repeated local midnight of 1980–2040 in every zone, against Temporal', () => {
  it('finds such days in the runtime tz data, among them the cases of issue 9', () => {
    expect(zones).toContain('UTC');
    expect(zones).toContain('Asia/Kolkata');
    const has = (zone: string, date: string, kind: SpecialDay['kind']) => days.some((d) => d.zone === zone && d.date === date && d.kind === kind);
    expect(has('Asia/Amman', '2001-09-28', 'repeated')).toBe(true);
    expect(has('Atlantic/Azores', '2026-10-25', 'repeated')).toBe(true);
    expect(has('America/Santiago', '2026-09-06', 'skipped')).toBe(true);
    expect(has('Pacific/Apia', '2011-12-30', 'never-happened')).toBe(true);
    expect(has('Pacific/Kwajalein', '1993-08-21', 'never-happened')).toBe(true);
    expect(days.some((d) => d.zone === 'UTC')).toBe(false);
  });

  it('no zone changes its offset twice within a day (the assumption of src/time/offsets.ts)', () => {
    const closest = Math.min(...found.map((z) => z.minGapMs));
    expect(closest).toBeGreaterThan(86_400_000);
  });

  it('a plan starting on each such day starts at the first instant of the day; one ending on it ends there', () => {
    const wrong: string[] = [];
    for (const { zone, date, kind } of days) {
      if (kind === 'never-happened') {
        // Not an agreement date (invalid input); a period ending there ends when the next day starts.
        try {
          plan(date, zone);
          wrong.push(`${zone} ${date}: accepted as an agreement date`);
        } catch (error) {
          if (!(error instanceof InvalidInputError && error.field === 'agreementDate' && error.code === 'invalid-date')) throw error;
        }
      } else {
        const expected = expectedPeriod(date, addMonths(date, 12), zone);
        const actual = plan(date, zone);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${zone} ${date} start: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
      }
      const from = addMonths(date, -12);
      if (from >= `${FIRST_YEAR}-01-01` && addMonths(from, 12) === date && happened(from, zone)) {
        const expected = expectedPeriod(from, date, zone);
        const actual = plan(from, zone);
        if (JSON.stringify(actual) !== JSON.stringify(expected)) wrong.push(`${zone} ${date} end: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);
});
