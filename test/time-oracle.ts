/**
 * The independent oracle of issue 9: local days, their first instants and calendar months by
 * the Temporal polyfill (`temporal-polyfill`), which shares no code with `src/time/`. It reads
 * the same tz data (the runtime's `Intl`), so it checks the algorithm, not the data.
 */
import { Temporal } from 'temporal-polyfill';

/** The zones the runtime knows: `Intl.supportedValuesOf('timeZone')`, `UTC`, and the current names of zones Node 20 lists under an old one. */
export function runtimeZones(): readonly string[] {
  const renamed = [
    'Africa/Asmara',
    'America/Argentina/Buenos_Aires',
    'America/Argentina/Catamarca',
    'America/Argentina/Cordoba',
    'America/Argentina/Jujuy',
    'America/Argentina/Mendoza',
    'America/Atikokan',
    'America/Indiana/Indianapolis',
    'America/Kentucky/Louisville',
    'America/Nuuk',
    'Asia/Ho_Chi_Minh',
    'Asia/Kathmandu',
    'Asia/Kolkata',
    'Asia/Yangon',
    'Atlantic/Faroe',
    'Europe/Kyiv',
    'Pacific/Chuuk',
    'Pacific/Kanton',
    'Pacific/Pohnpei',
  ];
  const known = (zone: string) => {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }) !== undefined;
    } catch {
      return false;
    }
  };
  return [...new Set([...Intl.supportedValuesOf('timeZone'), 'UTC', ...renamed.filter(known)])].sort();
}

/** A local midnight the zone skips or repeats, or a whole day it skips. */
export interface SpecialDay {
  readonly zone: string;
  readonly date: string;
  readonly kind: 'skipped' | 'repeated' | 'never-happened';
}

const DAY = 86_400_000;

/** The ISO date of a day number (days since 1970-01-01). */
function dateOf(day: number): string {
  return Temporal.PlainDate.from('1970-01-01').add({ days: day }).toString();
}

/**
 * Every day from `from` to `to` (years, inclusive) on which the zone skips or repeats local
 * 0:00, found from its transitions (`getTimeZoneTransition`), and the shortest time between two
 * transitions of the zone in those years.
 */
export function specialDays(zone: string, from: number, to: number): { readonly days: readonly SpecialDay[]; readonly minGapMs: number } {
  const days: SpecialDay[] = [];
  let minGapMs = Number.POSITIVE_INFINITY;
  let at = Temporal.ZonedDateTime.from({ year: from - 1, month: 12, day: 1, timeZone: zone });
  let previous: number | undefined;
  for (;;) {
    const next = at.getTimeZoneTransition('next');
    if (next === null || next.year > to + 1) break;
    const t = next.epochMilliseconds;
    if (previous !== undefined) minGapMs = Math.min(minGapMs, t - previous);
    previous = t;
    const before = next.subtract({ milliseconds: 1 }).offsetNanoseconds / 1e6;
    const after = next.offsetNanoseconds / 1e6;
    // Wall-clock times [t + low, t + high) are skipped (after > before) or repeated.
    const low = t + Math.min(before, after);
    const high = t + Math.max(before, after);
    for (let midnight = Math.ceil(low / DAY) * DAY; midnight < high; midnight += DAY) {
      const date = dateOf(midnight / DAY);
      const year = Number(date.slice(0, 4));
      if (year < from || year > to) continue;
      const whole = after > before && midnight + DAY <= high;
      days.push({ zone, date, kind: after > before ? (whole ? 'never-happened' : 'skipped') : 'repeated' });
    }
    at = next;
  }
  return { days, minGapMs };
}

/** An instant in a zone as ISO-8601 with its offset, to the millisecond. */
export function iso(zdt: Temporal.ZonedDateTime): string {
  return zdt.toString({ smallestUnit: 'millisecond', timeZoneName: 'never' });
}

/** The first instant of a local day (Temporal's start of day: the first instant whose date is that day, or the transition into a later day). */
export function startOfDay(date: string, zone: string): Temporal.ZonedDateTime {
  return Temporal.PlainDate.from(date).toZonedDateTime(zone);
}

/** `date` plus `months` calendar months, clamped at month end. */
export function addMonths(date: string, months: number): string {
  return Temporal.PlainDate.from(date).add({ months }).toString();
}

/** The local date of an instant in a zone. */
export function localDate(ms: number, zone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).toPlainDate().toString();
}

/**
 * What a period from the first instant of `startDate` to the first instant of `endDate` is,
 * by the oracle: instants, and the local dates of the start, of the end and of the last
 * instant in force.
 */
export function expectedPeriod(startDate: string, endDate: string, zone: string) {
  const start = startOfDay(startDate, zone);
  const end = startOfDay(endDate, zone);
  return {
    start: iso(start),
    end: iso(end),
    startDate: start.toPlainDate().toString(),
    lastDate: end.subtract({ milliseconds: 1 }).toPlainDate().toString(),
    endDate: end.toPlainDate().toString(),
  };
}

/** Whether a local day happened in the zone. */
export function happened(date: string, zone: string): boolean {
  return startOfDay(date, zone).toPlainDate().toString() === date;
}
