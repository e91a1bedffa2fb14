/**
 * IANA time zones: validated once, then cached.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { TimeZone } from '../types';
import { requireString } from '../validate';

const known = new Set<string>();

/**
 * TIME-ZONE: the time zone, or an {@link InvalidInputError} when it is missing or not an IANA zone
 * this runtime knows. Offsets such as `'+01:00'` are refused: an offset is not a zone and
 * does not follow DST.
 */
export function requireTimeZone(value: unknown, field: string): TimeZone {
  const zone = requireString(value, field);
  if (known.has(zone)) return zone;
  let valid = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/.test(zone);
  if (valid) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
    } catch {
      valid = false;
    }
  }
  if (!valid) {
    throw new InvalidInputError(field, 'unknown-time-zone', "expected an IANA time zone such as 'Europe/Berlin'", value);
  }
  known.add(zone);
  return zone;
}
