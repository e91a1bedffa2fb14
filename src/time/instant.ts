/**
 * Instants: `Date` or ISO-8601 strings with an offset, as milliseconds since the epoch, and
 * elapsed times in words. No date library here (see `zoned.ts` for local dates).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { MAX_YEAR, MIN_YEAR, datePartsOf } from './calendar';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// The input range as instants, a day's margin either side: [1979-12-31T00:00Z, 9900-01-02T00:00Z).
const MIN_MS = Date.UTC(MIN_YEAR, 0, 1) - DAY;
const MAX_MS = Date.UTC(MAX_YEAR + 1, 0, 1) + DAY - 1;

const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The instant as milliseconds since the epoch, or an {@link InvalidInputError} naming the
 * field: invalid `Date`s, strings without an offset and impossible dates are refused.
 */
export function requireInstant(value: unknown, field: string): number {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'an instant is required', value);
  }
  let ms: number;
  if (value instanceof Date) {
    ms = value.getTime();
    if (Number.isNaN(ms)) throw new InvalidInputError(field, 'invalid-instant', 'the Date is invalid', value);
  } else if (typeof value === 'string') {
    // The pattern fixes the date to the first 10 characters.
    if (!INSTANT_PATTERN.test(value) || datePartsOf(value.slice(0, 10)) === undefined) {
      throw new InvalidInputError(
        field,
        'invalid-instant',
        `expected an ISO-8601 instant with an offset and a real date from ${MIN_YEAR} to ${MAX_YEAR}, such as '2026-03-01T09:30:00+01:00'`,
        value,
      );
    }
    ms = Date.parse(value);
  } else {
    throw new InvalidInputError(field, 'wrong-type', 'expected a Date or an ISO-8601 string with an offset', value);
  }
  // The input range of calendar.ts, with a day's margin either side so that an instant written
  // with an in-range local date and any offset is in it.
  if (ms < MIN_MS || ms > MAX_MS) {
    throw new InvalidInputError(field, 'invalid-instant', `expected an instant from ${MIN_YEAR} to ${MAX_YEAR}`, value);
  }
  return ms;
}

/**
 * An elapsed time in words a support agent can read: `2 d 3 h 12 min`, `-5 min`. Rounded
 * up to whole seconds, so a time just past a whole-second limit never reads as within it.
 */
export function formatElapsed(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.ceil(Math.abs(ms) / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  // Each part with a leading space, the first space dropped at the end (no array to join).
  let words = '';
  if (days > 0) words += ` ${days} d`;
  if (hours > 0) words += ` ${hours} h`;
  if (minutes > 0) words += ` ${minutes} min`;
  if (seconds > 0 || words === '') words += ` ${seconds} s`;
  return sign + words.slice(1);
}

export { DAY, HOUR };
