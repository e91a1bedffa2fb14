/**
 * Calendar dates (`YYYY-MM-DD`): validation and order. No date library here, so that code
 * which only validates dates (the eligibility check) bundles none; arithmetic is in
 * `zoned.ts`.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { CalendarDate } from '../types';

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * TIME-RANGE: the first year of input dates and instants. Earlier ones are refused: DJI Care Refresh did
 * not exist, and before 1972 some IANA zones had offsets that are not whole minutes
 * (Africa/Monrovia −0:44:30), which an ISO-8601 offset cannot write.
 */
export const MIN_YEAR = 1980;
/**
 * The last year of input dates and instants: a century short of 9999, so that every period
 * computed from an input (at most 120 months each, see `resolveTerms`) still has a four-digit
 * year.
 */
export const MAX_YEAR = 9899;
/** Dates computed from inputs may run a year before {@link MIN_YEAR} (a far-west zone) and up to 9999. */
export const FIRST_COMPUTED_YEAR = MIN_YEAR - 1;

/** Year, month (1–12) and day of a valid calendar date. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days of a month (1–12) of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] as number);
}

/**
 * The parts of a `YYYY-MM-DD` date, or `undefined` when it is not a real date of the computed
 * range (1979–9999; inputs are held to {@link MIN_YEAR}–{@link MAX_YEAR} by {@link requireCalendarDate}).
 */
export function datePartsOf(text: string): DateParts | undefined {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < FIRST_COMPUTED_YEAR || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

/** A validated calendar date, or an {@link InvalidInputError} naming the field. */
export function requireCalendarDate(value: unknown, field: string): CalendarDate {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a calendar date YYYY-MM-DD is required', value);
  }
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, 'wrong-type', 'expected a calendar date string YYYY-MM-DD', value);
  }
  const parts = datePartsOf(value);
  if (parts === undefined || parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    throw new InvalidInputError(field, 'invalid-date', `expected a real calendar date YYYY-MM-DD from ${MIN_YEAR} to ${MAX_YEAR}`, value);
  }
  return value;
}

/** Orders two valid calendar dates (ISO strings order like dates). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
