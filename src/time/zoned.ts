/**
 * Local dates, local midnight and instants written with their offset, in an explicit IANA
 * zone, from the offsets `offsets.ts` reads from `Intl`. Plain numbers throughout: no `Date`
 * object and no date library, so the machine's own zone and locale never leak in (TIME-ZONE).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { CalendarDate, TimeZone } from '../types';
import { MAX_YEAR, MIN_YEAR, computedDateOfDay, dayOf, requireCalendarDate, twoDigits } from './calendar';
import { type ZoneData, firstInstantFrom, offsetAt, remember } from './offsets';
import { zoneData } from './zone';

export { addCalendarDays, addCalendarMonths } from './calendar';

const DAY = 86_400_000;
const MINUTE = 60_000;

/** The local date of an instant, given the zone's offset at it; refused outside 1979–9999 (a safety net). */
function localDate(ms: number, offset: number): CalendarDate {
  return computedDateOfDay(Math.floor((ms + offset) / DAY));
}

/** An instant as ISO-8601 with the given offset (whole minutes for every zone since 1972). */
function formatWithOffset(ms: number, offset: number): string {
  const local = ms + offset;
  const day = Math.floor(local / DAY);
  const time = local - day * DAY;
  const east = Math.abs(offset) / MINUTE;
  const milli = time % 1000;
  return `${computedDateOfDay(day)}T${twoDigits(Math.floor(time / 3_600_000))}:${twoDigits(Math.floor(time / MINUTE) % 60)}:${twoDigits(Math.floor(time / 1000) % 60)}.${Math.floor(milli / 100)}${twoDigits(milli % 100)}${offset < 0 ? '-' : '+'}${twoDigits(Math.floor(east / 60))}:${twoDigits(east % 60)}`;
}

/** The local date of an instant in a zone (its data known). */
function localDateIn(zone: ZoneData, ms: number): CalendarDate {
  if (Number.isNaN(ms)) {
    throw new InvalidInputError('date', 'invalid-date', 'a computed date is outside the years 1979 to 9999', 'Invalid Date');
  }
  return localDate(ms, offsetAt(zone, ms));
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(ms: number, zone: TimeZone): CalendarDate {
  return localDateIn(zoneData(zone), ms);
}

/** An instant as ISO-8601 with the zone's offset at that instant, e.g. `2026-03-29T00:00:00.000+01:00`. */
export function formatInstant(ms: number, zone: TimeZone): string {
  return formatWithOffset(ms, offsetAt(zoneData(zone), ms));
}

/**
 * The first instant of a local day, and its texts: memoised per zone and day (`offsets.ts`
 * bounds the memo).
 */
export interface DayStart {
  /** PERIOD-START: the first instant whose local date is the day, or (a day that never happened) a later one. */
  readonly ms: number;
  /** `ms` as ISO-8601 with the zone's offset. */
  readonly text: string;
  /** The local date of `ms`: the day itself, unless it never happened in the zone. */
  readonly date: CalendarDate;
  /** The local date of the instant before `ms`: the last day before it that happened. */
  readonly dayBefore: CalendarDate;
}

/** The first instant of local day `day` (days since 1970-01-01) in a zone, memoised. */
export function dayStartIn(zone: ZoneData, day: number): DayStart {
  const known = zone.starts.get(day) as DayStart | undefined;
  if (known !== undefined) return known;
  const { ms, offset } = firstInstantFrom(zone, day);
  const start: DayStart = { ms, text: formatWithOffset(ms, offset), date: localDate(ms, offset), dayBefore: localDateIn(zone, ms - 1) };
  remember(zone.starts, day, start);
  return start;
}

/**
 * PERIOD-START: the first instant of a local day and its texts. Where a change skips 0:00
 * (America/Santiago, Atlantic/Azores) the instant of the change; where 0:00 happens twice
 * (Asia/Amman in 2001), the first; for a day that never happened (Pacific/Apia 2011-12-30), the
 * first instant of the next day that did, whose date `date` then gives.
 */
export function dayStartOf(date: CalendarDate, zone: TimeZone): DayStart {
  return dayStartIn(zoneData(zone), dayOf(date));
}

/** PERIOD-START: the first instant of a local day (see {@link dayStartOf}), as ms since the epoch. */
export function startOfLocalDay(date: CalendarDate, zone: TimeZone): number {
  return dayStartOf(date, zone).ms;
}

/** The date itself if the day happened in the zone, else the first later day that did (PERIOD-START). */
export function dayThatHappened(date: CalendarDate, zone: TimeZone): CalendarDate {
  return dayStartOf(date, zone).date;
}

/**
 * PERIOD-START, TIME-RANGE: a validated input date (1980-01-01 to 9899-12-31) that is a day the
 * zone lived through, or an {@link InvalidInputError} naming the field. A day that never
 * happened there (Pacific/Apia 2011-12-30, Pacific/Kwajalein 1993-08-21) cannot be an agreement
 * date, nor any other date a caller gives in that zone.
 */
export function requireLocalDay(value: unknown, zone: TimeZone, field: string): CalendarDate {
  const date = requireCalendarDate(value, field);
  const start = dayStartOf(date, zone);
  if (start.date !== date) {
    throw new InvalidInputError(field, 'invalid-date', `expected a day that happened in ${zone}; its calendar went from ${start.dayBefore} to ${start.date}`, date);
  }
  return date;
}

/**
 * TIME-RANGE: the local date of an input instant when it is to be an agreement date: in the
 * input range 1980-01-01 to 9899-12-31, so that every period computed from it is in range and
 * the date is accepted wherever an agreement date is. An {@link InvalidInputError} naming the
 * field otherwise.
 */
export function inputDateOf(ms: number, zone: TimeZone, field: string): CalendarDate {
  const date = localDateOf(ms, zone);
  requireInputYear(date, field, `an instant whose local date in ${zone} is from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31`, 'invalid-instant');
  return date;
}

/** Refuses a date outside the input years 1980–9899, naming the field. */
export function requireInputYear(date: CalendarDate, field: string, expected: string, code: 'invalid-date' | 'invalid-instant' = 'invalid-date'): void {
  const year = Number(date.slice(0, 4));
  if (year < MIN_YEAR || year > MAX_YEAR) throw new InvalidInputError(field, code, `expected ${expected}`, date);
}
