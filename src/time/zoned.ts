/**
 * Local dates, local midnight and calendar arithmetic in an explicit IANA zone: the only
 * place that calls date-fns and @date-fns/tz. Pure calendar arithmetic runs on a `TZDate`
 * in UTC, so the machine's own zone never leaks in.
 *
 * @module
 */
import { TZDate } from '@date-fns/tz';
import { addDays, addMonths, format } from 'date-fns';
import type { CalendarDate, TimeZone } from '../types';
import { InvalidInputError } from '../errors';
import { type DateParts, datePartsOf } from './calendar';

/** The parts of a date already known to be in range (an input validated, or a result of {@link inRange}). */
function partsOf(date: CalendarDate): DateParts {
  return datePartsOf(date) as DateParts;
}

/**
 * A computed date, or an {@link InvalidInputError} when it leaves the computed range 1979–9999.
 * Inputs are held to 1980–9899 and terms to 120 months, so this is a safety net for internal
 * callers; it names no input field.
 */
function inRange(date: Date): CalendarDate {
  const text = Number.isNaN(date.getTime()) ? 'Invalid Date' : format(date, 'yyyy-MM-dd');
  if (datePartsOf(text) === undefined) {
    throw new InvalidInputError('date', 'invalid-date', 'a computed date is outside the years 1979 to 9999', text);
  }
  return text;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(ms: number, zone: TimeZone): CalendarDate {
  return inRange(new TZDate(ms, zone));
}

/**
 * The first instant of a local day: 0:00, or where a DST change skips 0:00 (America/Santiago,
 * Atlantic/Azores) the first instant that exists that day (PERIOD-START).
 */
export function startOfLocalDay(date: CalendarDate, zone: TimeZone): number {
  const { year, month, day } = partsOf(date);
  return new TZDate(year, month - 1, day, zone).getTime();
}

/** An instant as ISO-8601 with the zone's offset at that instant, e.g. `2026-03-29T00:00:00.000+01:00`. */
export function formatInstant(ms: number, zone: TimeZone): string {
  return format(new TZDate(ms, zone), "yyyy-MM-dd'T'HH:mm:ss.SSSxxx");
}

function utcDate(date: CalendarDate): TZDate {
  const { year, month, day } = partsOf(date);
  return new TZDate(year, month - 1, day, 'UTC');
}

/**
 * The date `months` calendar months after `date`, clamped at month end
 * (`2028-02-29` + 12 months = `2029-02-28`).
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return inRange(addMonths(utcDate(date), months));
}

/** The date `days` calendar days after `date`. */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return inRange(addDays(utcDate(date), days));
}
