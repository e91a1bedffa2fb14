/**
 * Local dates, local midnight and calendar arithmetic in an explicit IANA zone: the only
 * place that calls date-fns and @date-fns/tz. Pure calendar arithmetic runs on a `TZDate`
 * in UTC, so the machine's own zone never leaks in.
 *
 * @module
 */
import type { TZDate } from '@date-fns/tz';
import { TZDateMini } from '@date-fns/tz/date/mini';
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import type { CalendarDate, TimeZone } from '../types';
import { InvalidInputError } from '../errors';
import { type DateParts, datePartsOf } from './calendar';

/** A number written with at least `width` digits (years, months, days, times). */
function digits(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/**
 * The local calendar date of a `TZDate` as `YYYY-MM-DD`, from its getters: what date-fns
 * `format(date, 'yyyy-MM-dd')` writes for the years 1 to 99999 (formatting is not date
 * arithmetic, and date-fns' `format` would bring its locale into every bundle).
 */
function localDate(date: Date): CalendarDate {
  return `${digits(date.getFullYear(), 4)}-${digits(date.getMonth() + 1, 2)}-${digits(date.getDate(), 2)}`;
}

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
  const text = Number.isNaN(date.getTime()) ? 'Invalid Date' : localDate(date);
  if (datePartsOf(text) === undefined) {
    throw new InvalidInputError('date', 'invalid-date', 'a computed date is outside the years 1979 to 9999', text);
  }
  return text;
}

/** The local calendar date of an instant in a zone. */
export function localDateOf(ms: number, zone: TimeZone): CalendarDate {
  return inRange(new TZDateMini(ms, zone));
}

/**
 * The first instant of a local day: 0:00, or where a DST change skips 0:00 (America/Santiago,
 * Atlantic/Azores) the first instant that exists that day (PERIOD-START).
 */
export function startOfLocalDay(date: CalendarDate, zone: TimeZone): number {
  const { year, month, day } = partsOf(date);
  return new TZDateMini(year, month - 1, day, zone).getTime();
}

/** An instant as ISO-8601 with the zone's offset at that instant, e.g. `2026-03-29T00:00:00.000+01:00`. */
export function formatInstant(ms: number, zone: TimeZone): string {
  const local = new TZDateMini(ms, zone);
  // Minutes east of UTC are negative here, as in `Date#getTimezoneOffset`; whole minutes for
  // every zone since 1972, and inputs start in 1980 (calendar.ts).
  const offset = local.getTimezoneOffset();
  const east = Math.abs(offset);
  const time = `${digits(local.getHours(), 2)}:${digits(local.getMinutes(), 2)}:${digits(local.getSeconds(), 2)}.${digits(local.getMilliseconds(), 3)}`;
  return `${localDate(local)}T${time}${offset > 0 ? '-' : '+'}${digits(Math.trunc(east / 60), 2)}:${digits(east % 60, 2)}`;
}

function utcDate(date: CalendarDate): TZDate {
  const { year, month, day } = partsOf(date);
  return new TZDateMini(year, month - 1, day, 'UTC');
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
