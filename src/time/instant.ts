/**
 * Instants: `Date` or ISO-8601 strings with an offset, as milliseconds since the epoch, and
 * elapsed times in words. No date library here (see `zoned.ts` for local dates).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { datePartsOf } from './calendar';

const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/**
 * The instant as milliseconds since the epoch, or an {@link InvalidInputError} naming the
 * field: invalid `Date`s, strings without an offset and impossible dates are refused.
 */
export function requireInstant(value: unknown, field: string): number {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'an instant is required', value);
  }
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) throw new InvalidInputError(field, 'invalid-instant', 'the Date is invalid', value);
    return ms;
  }
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, 'wrong-type', 'expected a Date or an ISO-8601 string with an offset', value);
  }
  const match = INSTANT_PATTERN.exec(value);
  if (match === null || datePartsOf(match[1] as string) === undefined) {
    throw new InvalidInputError(
      field,
      'invalid-instant',
      "expected an ISO-8601 instant with an offset, such as '2026-03-01T09:30:00+01:00'",
      value,
    );
  }
  return Date.parse(value);
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** An elapsed time in words a support agent can read: `2 d 3 h 12 min`, `-5 min`. */
export function formatElapsed(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.abs(ms);
  const days = Math.floor(rest / DAY);
  rest -= days * DAY;
  const hours = Math.floor(rest / HOUR);
  rest -= hours * HOUR;
  const minutes = Math.floor(rest / MINUTE);
  const seconds = Math.round((rest - minutes * MINUTE) / 1000);
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} d`);
  if (hours > 0) parts.push(`${hours} h`);
  if (minutes > 0) parts.push(`${minutes} min`);
  if (seconds > 0 || parts.length === 0) parts.push(`${seconds} s`);
  return sign + parts.join(' ');
}

export { DAY, HOUR };
