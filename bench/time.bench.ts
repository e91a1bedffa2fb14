/**
 * Issue 9: the cost of time in the rules. Goals, warm (after the first call for a zone; six
 * zones, agreement dates spread over two years): `coveragePeriods` at most 5 µs a call, a
 * local-date or local-midnight conversion at most 0.3 µs; the first call for a new zone at most
 * 200 µs. Each iteration runs {@link CALLS} calls (the first-call rows one), so the time per
 * call is the mean divided by {@link CALLS}; the rows' names say so.
 * Run: `npx vitest bench --run bench/time.bench.ts` (part of `npm run bench`).
 */
import { bench, describe } from 'vitest';
import { type CoveragePeriodsInput, coveragePeriods } from '../src/periods';
import { forgetZones } from '../src/time/zone';
import { localDateOf, startOfLocalDay } from '../src/time/zoned';

export const ZONES = ['Europe/Berlin', 'America/Los_Angeles', 'Australia/Sydney', 'Asia/Tokyo', 'America/Santiago', 'Atlantic/Azores'] as const;
/** Calls per iteration of the warm rows. */
export const CALLS = 600;

const DAY = 86_400_000;
const FIRST = Date.UTC(2026, 0, 1);
/** Spread over 2026–2027 by a fixed stride (730 days, 17,520 hours). */
const dateAt = (i: number): string => new Date(FIRST + ((i * 7919) % 730) * DAY).toISOString().slice(0, 10);

const plans: readonly CoveragePeriodsInput[] = Array.from({ length: CALLS }, (_, i) => ({
  product: 'mavic-3',
  term: i % 2 === 0 ? '2y' : '1y',
  region: i % 3 === 0 ? 'DE' : 'US',
  timeZone: ZONES[i % ZONES.length] as string,
  agreementDate: dateAt(i),
}));
const instants: readonly number[] = Array.from({ length: CALLS }, (_, i) => FIRST + ((i * 104_729) % 17_520) * 3_600_000 + 1234);
let sink = 0;
let next = 0;

describe('src/time (issue 9)', () => {
  bench(`coveragePeriods, warm, ${CALLS} calls`, () => {
    for (const p of plans) sink += coveragePeriods(p).replacement.start.length;
  });

  bench(`local date of an instant (localDateOf), warm, ${CALLS} calls`, () => {
    for (let i = 0; i < CALLS; i++) sink += localDateOf(instants[i] as number, ZONES[i % ZONES.length] as string).length;
  });

  bench(`local midnight of a date (startOfLocalDay), warm, ${CALLS} calls`, () => {
    for (const p of plans) sink += startOfLocalDay(p.agreementDate, p.timeZone);
  });

  bench('coveragePeriods, first call for a new zone (zones and memos forgotten first), 1 call', () => {
    forgetZones();
    const p = plans[next++ % CALLS] as CoveragePeriodsInput;
    sink += coveragePeriods(p).replacement.start.length;
  });
});

export { sink };
