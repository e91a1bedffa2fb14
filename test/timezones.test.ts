/**
 * Time-zone matrix (issue 5, PERIOD-START): the period rules in every region's capital zone
 * and in the extreme zones of the US, Canada and Australia, across every DST change of
 * 2026–2028 and the leap day 2028-02-29.
 *
 * The DST changes are found here by scanning each zone's UTC offset day by day with `Intl`
 * (not hard-coded), and every expectation is computed with `Intl` and plain arithmetic,
 * independently of date-fns.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { AVAILABLE_REGIONS, EUROPEAN_REGIONS, agreementDate, coveragePeriods, isInPeriod, periodList } from '../src/index';
import type { Period } from '../src/index';
import { writeReport } from './report';

/** Each available region's capital, as an IANA zone. */
const CAPITAL_ZONES: Readonly<Record<string, string>> = {
  US: 'America/New_York', // Washington, D.C.
  CA: 'America/Toronto', // Ottawa
  AT: 'Europe/Vienna',
  BE: 'Europe/Brussels',
  BG: 'Europe/Sofia',
  HR: 'Europe/Zagreb',
  CY: 'Asia/Nicosia',
  CZ: 'Europe/Prague',
  DK: 'Europe/Copenhagen',
  EE: 'Europe/Tallinn',
  FI: 'Europe/Helsinki',
  FR: 'Europe/Paris',
  DE: 'Europe/Berlin',
  GR: 'Europe/Athens',
  HU: 'Europe/Budapest',
  IE: 'Europe/Dublin',
  IT: 'Europe/Rome',
  LV: 'Europe/Riga',
  LT: 'Europe/Vilnius',
  LU: 'Europe/Luxembourg',
  MT: 'Europe/Malta',
  NL: 'Europe/Amsterdam',
  PL: 'Europe/Warsaw',
  PT: 'Europe/Lisbon',
  RO: 'Europe/Bucharest',
  SK: 'Europe/Bratislava',
  SI: 'Europe/Ljubljana',
  ES: 'Europe/Madrid',
  SE: 'Europe/Stockholm',
  GB: 'Europe/London',
  CH: 'Europe/Zurich',
  NO: 'Europe/Oslo',
  AU: 'Australia/Sydney', // Canberra (Australia/Canberra is a link to it)
  HK: 'Asia/Hong_Kong',
  TW: 'Asia/Taipei',
  JP: 'Asia/Tokyo',
  KR: 'Asia/Seoul',
  CN: 'Asia/Shanghai', // Beijing
};

/** The extreme zones of the US, Canada and Australia, and zones where a DST change skips 0:00. */
const EXTREME_ZONES: readonly (readonly [zone: string, region: string])[] = [
  ['Pacific/Honolulu', 'US'],
  ['America/Adak', 'US'],
  ['America/Anchorage', 'US'],
  ['America/Los_Angeles', 'US'],
  ['America/Denver', 'US'],
  ['America/Phoenix', 'US'],
  ['America/Chicago', 'US'],
  ['America/Puerto_Rico', 'US'],
  ['Pacific/Guam', 'US'],
  ['Pacific/Pago_Pago', 'US'],
  ['America/St_Johns', 'CA'],
  ['America/Halifax', 'CA'],
  ['America/Winnipeg', 'CA'],
  ['America/Regina', 'CA'],
  ['America/Vancouver', 'CA'],
  ['America/Whitehorse', 'CA'],
  ['Australia/Perth', 'AU'],
  ['Australia/Eucla', 'AU'],
  ['Australia/Darwin', 'AU'],
  ['Australia/Adelaide', 'AU'],
  ['Australia/Brisbane', 'AU'],
  ['Australia/Hobart', 'AU'],
  ['Australia/Lord_Howe', 'AU'],
  // DST changes at local midnight: the period starts at the first instant of the day.
  ['Atlantic/Azores', 'PT'],
  ['America/Santiago', 'US'], // not a region of the plan; the region only decides the warranty length
];

const ZONES: readonly (readonly [zone: string, region: string])[] = [
  ...Object.entries(CAPITAL_ZONES).map(([region, zone]) => [zone, region] as const),
  ...EXTREME_ZONES,
];

// ---------------------------------------------------------------------------------------
// Independent clock arithmetic (Intl and integers only)

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      fractionalSecondDigits: 3,
    });
    formatters.set(zone, f);
  }
  return f;
}

interface Local {
  readonly date: string;
  readonly time: string;
}

/** The local date and wall-clock time of an instant in a zone. */
function local(ms: number, zone: string): Local {
  const p = Object.fromEntries(formatter(zone).formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}:${p.second}.${p.fractionalSecond}` };
}

/** The zone's UTC offset at an instant, in minutes. */
function offsetMinutes(ms: number, zone: string): number {
  const { date, time } = local(ms, zone);
  const asUtc = Date.parse(`${date}T${time}Z`);
  return Math.round((asUtc - ms) / 60_000);
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/** `date` plus `months` calendar months, clamped to the month's last day. */
function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(d, daysIn(year, month)))}`;
}

/** The written offset of an ISO-8601 string, in minutes. */
function writtenOffset(iso: string): number {
  const m = /([+-])(\d{2}):(\d{2})$/.exec(iso);
  if (m === null) return 0; // 'Z'
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3]));
}

/** The UTC offset changes of a zone from 2026 through 2028: the instant each takes effect. */
function dstChanges(zone: string): readonly number[] {
  const changes: number[] = [];
  let prev = Date.UTC(2025, 11, 31, 12);
  for (let t = prev + DAY; t <= Date.UTC(2029, 0, 1, 12); t += DAY) {
    if (offsetMinutes(t, zone) !== offsetMinutes(prev, zone)) {
      // Binary search for the first instant with the new offset (to the millisecond).
      let lo = prev;
      let hi = t;
      const before = offsetMinutes(prev, zone);
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (offsetMinutes(mid, zone) === before) lo = mid;
        else hi = mid;
      }
      changes.push(hi);
    }
    prev = t;
  }
  return changes;
}

/** The months each kind of period lasts. */
function monthsOf(kind: string, term: '1y' | '2y', european: boolean): number {
  if (kind === 'replacement' || kind === 'repair-discount') return term === '1y' ? 12 : 24;
  if (kind === 'official-warranty') return european ? 24 : 12;
  return 12; // extended-warranty, safe-flight
}

// ---------------------------------------------------------------------------------------
// The assertions

/**
 * PERIOD-START: `iso` is the first instant of local `date` in `zone`: its local date is `date`,
 * the millisecond before is on the previous day, its written offset is the zone's, and its
 * wall clock reads 0:00 unless the zone changes offset at that very instant (0:00 skipped).
 */
function expectFirstInstant(iso: string, date: string, zone: string, what: string): number {
  const ms = Date.parse(iso);
  expect(Number.isNaN(ms), `${what}: ${iso} parses`).toBe(false);
  const here = local(ms, zone);
  expect(here.date, `${what}: local date of ${iso} in ${zone}`).toBe(date);
  expect(local(ms - 1, zone).date, `${what}: the instant before ${iso} is on the previous day`).toBe(addDays(date, -1));
  expect(writtenOffset(iso), `${what}: ${iso} is written with ${zone}'s offset`).toBe(offsetMinutes(ms, zone));
  expect(iso.slice(11, 23), `${what}: ${iso} shows the local wall clock`).toBe(here.time);
  if (here.time !== '00:00:00.000') {
    expect(offsetMinutes(ms - 1, zone), `${what}: ${iso} is not 0:00, so 0:00 must have been skipped`).not.toBe(offsetMinutes(ms, zone));
  }
  return ms;
}

function expectPeriod(p: Period, zone: string, months: number): void {
  const what = `${p.kind} ${p.startDate}–${p.endDate} in ${zone}`;
  expect(p.timeZone).toBe(zone);
  expect(p.endDate, `${what}: end = start + ${months} months, clamped`).toBe(addMonths(p.startDate, months));
  expect(p.lastDate).toBe(addDays(p.endDate, -1));
  const start = expectFirstInstant(p.start, p.startDate, zone, `${what} start`);
  const end = expectFirstInstant(p.end, p.endDate, zone, `${what} end`);
  // Half-open: [start, end).
  expect(isInPeriod(p, p.start), `${what}: contains its start`).toBe(true);
  expect(isInPeriod(p, new Date(start - 1)), `${what}: not the instant before`).toBe(false);
  expect(isInPeriod(p, new Date(end - 1)), `${what}: contains the last instant`).toBe(true);
  expect(isInPeriod(p, p.end), `${what}: not its end`).toBe(false);
}

function expectPlan(zone: string, region: string, date: string, term: '1y' | '2y'): void {
  const european = (EUROPEAN_REGIONS as readonly string[]).includes(region);
  const periods = coveragePeriods({ product: 'mavic-3', term, region, timeZone: zone, agreementDate: date });
  const list = periodList(periods);
  expect(list.map((p) => p.kind)).toEqual(
    term === '1y'
      ? ['replacement', 'repair-discount', 'official-warranty', 'safe-flight']
      : ['replacement', 'repair-discount', 'official-warranty', 'extended-warranty', 'safe-flight'],
  );
  for (const p of list) expectPeriod(p, zone, monthsOf(p.kind, term, european));
  expect(periods.replacement.startDate).toBe(date);
  expect(periods.officialWarranty.startDate).toBe(date);
  if (periods.extendedWarranty !== null) {
    expect(periods.extendedWarranty.startDate).toBe(addMonths(date, 12));
    expect(periods.extendedWarranty.end).toBe(periods.replacement.end);
  }
  const safeFrom = term === '1y' && european ? periods.officialWarranty.end : periods.replacement.end;
  expect(periods.safeFlight?.start).toBe(safeFrom);
}

/** DATE-CODE and DATE-SEPARATE: the agreement date is the local date of the instant. */
function expectAgreement(zone: string, at: number): void {
  const expected = local(at, zone).date;
  const code = agreementDate({ channel: 'activation-code', timeZone: zone, boundAt: new Date(at) });
  const iso = `${new Date(at).toISOString().slice(0, 23)}Z`;
  const separate = agreementDate({ channel: 'dji-online-store', timeZone: zone, purchasedAt: iso });
  for (const d of [code, separate]) {
    if (!d.ok) throw new Error(`refused: ${JSON.stringify(d.reasons)}`);
    expect(d.value.agreementDate, `agreement date of ${iso} in ${zone}`).toBe(expected);
    const start = expectFirstInstant(d.value.startsAt, expected, zone, `startsAt for ${iso}`);
    expect(start <= at, `${iso} is on or after the start of its day`).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------
// The matrix

const LEAP_DATES = ['2027-02-28', '2028-02-28', '2028-02-29', '2028-03-01'];

let changesSeen = 0;
let plansChecked = 0;

describe('PERIOD-START: the zone matrix', () => {
  it('maps every available region to its capital zone', () => {
    expect(Object.keys(CAPITAL_ZONES).sort()).toEqual([...AVAILABLE_REGIONS].sort());
  });

  it('finds the DST changes by scanning (Europe/Berlin: 6 in 2026–2028, Asia/Tokyo: none)', () => {
    const berlin = dstChanges('Europe/Berlin').map((ms) => new Date(ms).toISOString());
    expect(berlin).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-10-25T01:00:00.000Z',
      '2027-03-28T01:00:00.000Z',
      '2027-10-31T01:00:00.000Z',
      '2028-03-26T01:00:00.000Z',
      '2028-10-29T01:00:00.000Z',
    ]);
    expect(dstChanges('Asia/Tokyo')).toEqual([]);
  });

  describe.each(ZONES.map(([zone, region]) => [`${zone} (${region})`, zone, region] as const))('%s', (_name, zone, region) => {
    const changes = dstChanges(zone);
    // The local date of each change, and the leap day: agreement dates to test (a period
    // starting on the date, and, 12 and 24 months earlier, periods ending on it).
    const dates = [...new Set([...changes.map((ms) => local(ms, zone).date), ...LEAP_DATES])].sort();

    it(`periods start at the first instant of the day, end N months later, half-open (${changes.length} DST changes)`, () => {
      changesSeen += changes.length;
      for (const date of dates) {
        for (const term of ['1y', '2y'] as const) {
          // Periods that start on the date, and periods that end on it.
          for (const agreement of [date, addMonths(date, -12), addMonths(date, -24)]) {
            expectPlan(zone, region, agreement, term);
            plansChecked += 1;
          }
        }
      }
    });

    it('the agreement date is the local date of the instant, at each DST change and each midnight', () => {
      const instants = changes.flatMap((ms) => {
        const day = local(ms, zone).date;
        const dayStart = agreementDate({ channel: 'activation-code', timeZone: zone, boundAt: new Date(ms) });
        const startMs = dayStart.ok ? Date.parse(dayStart.value.startsAt) : ms;
        return [ms - 1, ms, ms + 1, startMs - 1, startMs, Date.parse(`${addDays(day, 1)}T00:00:00Z`) - offsetMinutes(ms, zone) * 60_000 - 1];
      });
      const leap = [Date.parse('2028-02-29T00:00:00Z') - offsetMinutes(Date.parse('2028-02-29T00:00:00Z'), zone) * 60_000];
      for (const at of [...instants, leap[0] as number, (leap[0] as number) - 1]) expectAgreement(zone, at);
    });
  });

  it('leap day: a plan from 2028-02-29 ends on 2029-02-28 (1y) and 2030-02-28 (2y)', () => {
    const one = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'Pacific/Honolulu', agreementDate: '2028-02-29' });
    const two = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'AU', timeZone: 'Australia/Lord_Howe', agreementDate: '2028-02-29' });
    expect([one.replacement.endDate, two.replacement.endDate]).toEqual(['2029-02-28', '2030-02-28']);
    expect(two.extendedWarranty?.startDate).toBe('2029-02-28');
  });

});

afterAll(() => {
  // Reported for the Quality page: zones, changes and plans checked.
  writeReport('timezones', `time-zone matrix: ${ZONES.length} zones, ${changesSeen} DST changes (2026–2028), ${plansChecked} plans checked`, [`zones: ${ZONES.map(([zone]) => zone).join(', ')}`]);
});
