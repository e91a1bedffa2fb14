/**
 * Instants: `Date` or ISO-8601 strings with an offset, as milliseconds since the epoch, and
 * elapsed times in words. No date library here (see `zoned.ts` for local dates).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { dateValue } from '../validate';
import { FIRST_COMPUTED_YEAR, LAST_COMPUTED_YEAR, MIN_YEAR, dateOfDay, daysFromCivil, daysInMonth, digitAt, twoDigits as two } from './calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/**
 * TIME-RANGE: instants accepted anywhere, 1979-12-31T00:00:00Z to 9999-12-30T23:59:59.999Z.
 * From the first input year with a day's margin (an instant written with an in-range local
 * date and any offset is in range), to the last instant whose local date is in the year 9999 in
 * every zone: every instant the library returns (periods computed from inputs of 1980–9899
 * end by 9930) is accepted as input wherever an instant is. Instants that fix an agreement date
 * are held to local dates of 1980–9899 (`inputDateOf` in zoned.ts).
 */
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1) - DAY;
const MAX_MS = Date.UTC(LAST_COMPUTED_YEAR, 11, 31) - 1;
const DASH = 45;
const PLUS = 43;
const COLON = 58;
/** The weight in milliseconds of each of the nine digits of a fraction of a second. */
const FRACTION_SCALE = [100, 10, 1, 0, 0, 0, 0, 0, 0] as const;

/**
 * Milliseconds since the epoch of a valid UTC date and time of the years 100 to 9999, as `Date.UTC`
 * gives them, by arithmetic (H. Hinnant's days-from-civil, years starting on 1 March): a fifth
 * of the cost of the `Date.UTC` call.
 */
function utcMs(year: number, month: number, day: number, hour: number, minute: number, second: number, milli: number): number {
  const days = daysFromCivil(year, month, day);
  return ((days * 24 + hour) * 60 + minute) * MINUTE + second * 1000 + milli;
}

/** The two-digit number at `at`, or `NaN`. */
function twoDigitsAt(text: string, at: number): number {
  return digitAt(text, at) * 10 + digitAt(text, at + 1);
}

/**
 * Milliseconds since the epoch of an ISO-8601 instant with an offset, or `NaN` when the text
 * is not one. Read from character codes, without a regular expression or `Date.parse`; it
 * accepts exactly `YYYY-MM-DDThh:mm[:ss[.f{1,9}]](Z|±hh:mm)` with hours 00–23, minutes and
 * seconds 00–59, and a real date from {@link FIRST_COMPUTED_YEAR} (calendar.ts). Digits of a
 * fraction past the milliseconds are dropped, as `Date.parse` drops them.
 */
export function parseInstant(text: string): number {
  const year = digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + twoDigitsAt(text, 2);
  const month = twoDigitsAt(text, 5);
  const day = twoDigitsAt(text, 8);
  const hour = twoDigitsAt(text, 11);
  const minute = twoDigitsAt(text, 14);
  // NaN compares false, so a non-digit anywhere above fails here.
  const valid =
    text.charCodeAt(4) === DASH &&
    text.charCodeAt(7) === DASH &&
    text.charCodeAt(10) === 84 /* T */ &&
    text.charCodeAt(13) === COLON &&
    year >= FIRST_COMPUTED_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month) &&
    hour <= 23 &&
    minute <= 59;
  if (!valid) return Number.NaN;
  let at = 16;
  let second = 0;
  let milli = 0;
  if (text.charCodeAt(at) === COLON) {
    second = twoDigitsAt(text, at + 1);
    if (!(second <= 59)) return Number.NaN;
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      const first = ++at;
      // Up to nine digits; the first three are the milliseconds.
      for (let d = digitAt(text, at); !Number.isNaN(d) && at - first < 9; d = digitAt(text, ++at)) {
        milli += d * (FRACTION_SCALE[at - first] as number);
      }
      if (at === first) return Number.NaN;
    }
  }
  const sign = text.charCodeAt(at);
  if (sign === 90 /* Z */ && text.length === at + 1) {
    return utcMs(year, month, day, hour, minute, second, milli);
  }
  const offsetHours = twoDigitsAt(text, at + 1);
  const offsetMinutes = twoDigitsAt(text, at + 4);
  if (
    (sign !== PLUS && sign !== DASH) ||
    text.length !== at + 6 ||
    text.charCodeAt(at + 3) !== COLON ||
    !(offsetHours <= 23 && offsetMinutes <= 59)
  ) {
    return Number.NaN;
  }
  const offset = (offsetHours * 60 + offsetMinutes) * MINUTE;
  return utcMs(year, month, day, hour, minute, second, milli) + (sign === PLUS ? -offset : offset);
}

/**
 * The instant as milliseconds since the epoch, or an {@link InvalidInputError} naming the
 * field: invalid `Date`s, strings without an offset and impossible dates are refused.
 */
export function requireInstant(value: unknown, field: string): number {
  let ms: number;
  let date: number | undefined;
  if (typeof value === 'string') {
    ms = parseInstant(value);
    if (Number.isNaN(ms)) {
      throw new InvalidInputError(
        field,
        'invalid-instant',
        `expected an ISO-8601 instant with an offset and a real date from ${MIN_YEAR} to ${LAST_COMPUTED_YEAR}, such as '2026-03-01T09:30:00+01:00'`,
        value,
      );
    }
  } else if ((date = dateValue(value)) !== undefined) {
    // A real Date of any realm, read once through its internal time value (never its own
    // getTime); a Proxy of a Date or an object inheriting from Date.prototype is not one.
    ms = date;
    if (Number.isNaN(ms)) throw new InvalidInputError(field, 'invalid-instant', 'the Date is invalid', value);
  } else if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'an instant is required', value);
  } else {
    throw new InvalidInputError(field, 'wrong-type', 'expected a Date or an ISO-8601 string with an offset', value);
  }
  if (ms < MIN_MS || ms > MAX_MS) {
    throw new InvalidInputError(field, 'invalid-instant', 'expected an instant from 1979-12-31T00:00:00Z to 9999-12-30T23:59:59.999Z', value);
  }
  return ms;
}

/** `'0 h'` to `'23 h'` (or min, s), and the same with a space before, for {@link formatElapsed}. */
function unitWords(count: number, unit: string, space: string): readonly string[] {
  return Array.from({ length: count }, (_, n) => `${space}${n} ${unit}`);
}
const HOURS = unitWords(24, 'h', '');
const MINUTES = unitWords(60, 'min', '');
const SECONDS = unitWords(60, 's', '');
const LATER_HOURS = unitWords(24, 'h', ' ');
const LATER_MINUTES = unitWords(60, 'min', ' ');
const LATER_SECONDS = unitWords(60, 's', ' ');

/**
 * An elapsed time in words a support agent can read: `2 d 3 h 12 min`, `-5 min`. Rounded
 * up to whole seconds, so a time just past a whole-second limit never reads as within it.
 */
export function formatElapsed(ms: number): string {
  let rest = Math.ceil(Math.abs(ms) / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  // The parts from tables, each after the first with a space before it (no join, no slice).
  let words = ms < 0 ? '-' : '';
  let first = true;
  if (days > 0) {
    words += `${days} d`;
    first = false;
  }
  if (hours > 0) {
    words += (first ? HOURS : LATER_HOURS)[hours] as string;
    first = false;
  }
  if (minutes > 0) {
    words += (first ? MINUTES : LATER_MINUTES)[minutes] as string;
    first = false;
  }
  if (seconds > 0 || first) words += (first ? SECONDS : LATER_SECONDS)[seconds] as string;
  return words;
}

/**
 * An instant as ISO-8601 in UTC, exactly as `new Date(ms).toISOString()` writes it for the years
 * 1000 to 9999 (`2026-03-03T10:00:00.000Z`), by arithmetic on the milliseconds (the date of
 * the day number by {@link dateOfDay}, the time of day on whole numbers) rather than through a
 * `Date`: a third of the cost.
 */
export function formatUtc(ms: number): string {
  const days = Math.floor(ms / DAY);
  const time = ms - days * DAY;
  const seconds = (time / 1000) | 0;
  const milli = time - seconds * 1000;
  const minutes = (seconds / 60) | 0;
  const hours = (minutes / 60) | 0;
  return `${dateOfDay(days)}T${two(hours)}:${two(minutes - hours * 60)}:${two(seconds - minutes * 60)}.${(milli / 100) | 0}${two(milli % 100)}Z`;
}

export { DAY, HOUR };
