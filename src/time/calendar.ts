/**
 * Calendar dates (`YYYY-MM-DD`): validation, order, and the arithmetic on them (N days later,
 * N months later clamped at month end). Plain integer arithmetic on the proleptic Gregorian
 * calendar, with no zone and no date library: code that only validates dates (the eligibility
 * check) bundles nothing more. Local dates and instants in a zone are in `zoned.ts`.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { CalendarDate } from '../types';

/**
 * TIME-RANGE: the first year of input dates and instants. Earlier ones are refused: DJI Care Refresh did
 * not exist, and before 1972 some IANA zones had offsets that are not whole minutes
 * (Africa/Monrovia −0:44:30), which an ISO-8601 offset cannot write.
 */
export const MIN_YEAR = 1980;
/**
 * TIME-RANGE: the last year of input dates and instants: a century short of 9999, so that every
 * value computed from an input (periods chained after one another, at most 120 months each,
 * see `resolveTerms`: 9899 plus 30 years at most) still has a four-digit year.
 */
export const MAX_YEAR = 9899;
/**
 * TIME-RANGE: computed dates may run a year before {@link MIN_YEAR} (the local date of an early
 * instant in a far-west zone) and up to {@link LAST_COMPUTED_YEAR}; every function accepts them
 * where it accepts a computed value (a period's dates).
 */
export const FIRST_COMPUTED_YEAR = MIN_YEAR - 1;
/** TIME-RANGE: the last year of computed dates (the last four-digit year). */
export const LAST_COMPUTED_YEAR = 9999;

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

/** The value of the digit at `at`, or `NaN` (which fails every later range check) for any other character. */
export function digitAt(text: string, at: number): number {
  const d = text.charCodeAt(at) - 48;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}

/**
 * The parts of a `YYYY-MM-DD` date, or `undefined` when it is not a real date of the computed
 * range (1979–9999; inputs are held to {@link MIN_YEAR}–{@link MAX_YEAR} by {@link requireCalendarDate}).
 * Read from character codes, without a regular expression (the hot path of every rule).
 */
export function datePartsOf(text: string): DateParts | undefined {
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  // NaN compares false, so a non-digit anywhere fails here.
  const valid =
    text.length === 10 &&
    text.charCodeAt(4) === 45 &&
    text.charCodeAt(7) === 45 &&
    year >= FIRST_COMPUTED_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  return valid ? { year, month, day } : undefined;
}

/** A calendar date string, or an {@link InvalidInputError} naming the field when it is missing or not a string. */
function requireDateString(value: unknown, field: string): string {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a calendar date YYYY-MM-DD is required', value);
  }
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, 'wrong-type', 'expected a calendar date string YYYY-MM-DD', value);
  }
  return value;
}

/**
 * TIME-RANGE: a validated input calendar date (1980-01-01 to 9899-12-31), or an
 * {@link InvalidInputError} naming the field.
 */
export function requireCalendarDate(value: unknown, field: string): CalendarDate {
  const text = requireDateString(value, field);
  const parts = datePartsOf(text);
  if (parts === undefined || parts.year < MIN_YEAR || parts.year > MAX_YEAR) {
    throw new InvalidInputError(field, 'invalid-date', `expected a real calendar date YYYY-MM-DD from ${MIN_YEAR} to ${MAX_YEAR}`, value);
  }
  return text;
}

/**
 * TIME-RANGE: a validated computed calendar date, such as a period's `startDate` or `lastDate`
 * handed back to the library: any real date of the years 1979 to 9999, the range of every date
 * the library returns. An {@link InvalidInputError} naming the field otherwise.
 */
export function requireComputedDate(value: unknown, field: string): CalendarDate {
  const text = requireDateString(value, field);
  if (datePartsOf(text) === undefined) {
    throw new InvalidInputError(field, 'invalid-date', `expected a real calendar date YYYY-MM-DD from ${FIRST_COMPUTED_YEAR} to ${LAST_COMPUTED_YEAR}`, value);
  }
  return text;
}

/** Orders two valid calendar dates (ISO strings order like dates). */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Days since 1970-01-01 of a date of the proleptic Gregorian calendar (H. Hinnant's
 * days-from-civil, years starting on 1 March), as `Date.UTC(year, month - 1, day) / 86_400_000`.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

/** `'00'` to `'99'`. */
const TWO_DIGITS: readonly string[] = /* @__PURE__ */ Array.from({ length: 100 }, (_, n) => `${n < 10 ? '0' : ''}${n}`);

/** `n` (0–99) with two digits. */
export function twoDigits(n: number): string {
  return TWO_DIGITS[n] as string;
}

/**
 * The date of a day number (days since 1970-01-01) as `YYYY-MM-DD` (H. Hinnant's
 * civil-from-days): what `new Date(day * 86_400_000).toISOString().slice(0, 10)` writes for the
 * years 1000 to 9999.
 */
export function dateOfDay(days: number): CalendarDate {
  // Whole numbers from here: `| 0` is `Math.floor` for the non-negative values of the years 0 on.
  const shifted = days + 719_468;
  const era = (shifted / 146_097) | 0;
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = ((dayOfEra - ((dayOfEra / 1460) | 0) + ((dayOfEra / 36_524) | 0) - ((dayOfEra / 146_096) | 0)) / 365) | 0;
  const dayOfYear = dayOfEra - (365 * yearOfEra + ((yearOfEra / 4) | 0) - ((yearOfEra / 100) | 0));
  const monthFromMarch = ((5 * dayOfYear + 2) / 153) | 0;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${twoDigits(month)}-${twoDigits(dayOfYear - (((153 * monthFromMarch + 2) / 5) | 0) + 1)}`;
}

/** The digit at `at` of a valid date. */
function digit(date: string, at: number): number {
  return date.charCodeAt(at) - 48;
}

/** Year, month and day of a valid `YYYY-MM-DD` date, read from character codes (no regular expression). */
function fieldsOf(date: CalendarDate): readonly [year: number, month: number, day: number] {
  return [
    digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3),
    digit(date, 5) * 10 + digit(date, 6),
    digit(date, 8) * 10 + digit(date, 9),
  ];
}

/** The day number (days since 1970-01-01) of a valid date. */
export function dayOf(date: CalendarDate): number {
  const [year, month, day] = fieldsOf(date);
  return daysFromCivil(year, month, day);
}

/** The day numbers of 1979-01-01 and 9999-12-31: the computed range. */
const FIRST_DAY = /* @__PURE__ */ daysFromCivil(FIRST_COMPUTED_YEAR, 1, 1);
const LAST_DAY = /* @__PURE__ */ daysFromCivil(LAST_COMPUTED_YEAR, 12, 31);

/**
 * The texts of the day numbers written lately: writing one costs more than looking it up. At
 * most {@link DATE_TEXT_LIMIT} entries (about 300 KB); the one past it empties the memo.
 */
const dateTexts = new Map<number, CalendarDate>();
/** The bound of the memo of date texts. */
export const DATE_TEXT_LIMIT = 4096;

/** The date texts held now (for the tests of the bound, as `memoSize` in offsets.ts). */
export function dateTextCount(): number {
  return dateTexts.size;
}

/**
 * A computed day number, or an {@link InvalidInputError} when it leaves the computed range
 * 1979–9999. Inputs are held to 1980–9899 and terms to 120 months, so this is a safety net
 * for internal callers; it names no input field.
 */
export function computedDay(days: number): number {
  if (days >= FIRST_DAY && days <= LAST_DAY) return days;
  throw new InvalidInputError(
    'date',
    'invalid-date',
    `a computed date is outside the years ${FIRST_COMPUTED_YEAR} to ${LAST_COMPUTED_YEAR}`,
    Number.isFinite(days) ? dateOfDay(days) : 'Invalid Date',
  );
}

/** The date of a computed day number (see {@link computedDay}), memoised. */
export function computedDateOfDay(days: number): CalendarDate {
  const known = dateTexts.get(days);
  if (known !== undefined) return known;
  const text = dateOfDay(computedDay(days));
  if (dateTexts.size >= DATE_TEXT_LIMIT) dateTexts.clear();
  dateTexts.set(days, text);
  return text;
}

/** The date `days` calendar days after `date` (before, when negative). */
export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return computedDateOfDay(dayOf(date) + days);
}

/** The day number `months` calendar months after `date`, clamped at month end (see {@link addCalendarMonths}). */
export function monthsLater(date: CalendarDate, months: number): number {
  const [year, month, day] = fieldsOf(date);
  const total = year * 12 + month - 1 + months;
  const toYear = Math.floor(total / 12);
  const toMonth = total - toYear * 12 + 1;
  return computedDay(daysFromCivil(toYear, toMonth, Math.min(day, daysInMonth(toYear, toMonth))));
}

/**
 * PERIOD-START: the date `months` calendar months after `date`, clamped at month end
 * (`2028-02-29` + 12 months = `2029-02-28`, `2026-01-31` + 1 month = `2026-02-28`): what
 * date-fns `addMonths` gives on a date without a zone.
 */
export function addCalendarMonths(date: CalendarDate, months: number): CalendarDate {
  return computedDateOfDay(monthsLater(date, months));
}
