/**
 * IANA time zones (TIME-ZONE): validated once per spelling, then cached.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import type { TimeZone } from '../types';
import { requireString } from '../validate';
import { FORMAT_OPTIONS, type ZoneData, forgetZoneData, zoneDataFor } from './offsets';
import { TZDB_NAMES } from './tzdb-names';

/**
 * Every spelling accepted so far, with its zone's data. Only exact tz database spellings are
 * ever added (see {@link requireTimeZone}), so it holds at most as many entries as the tz
 * database has names (about 600) however many spellings callers try: a refused spelling is
 * not remembered. The spellings read from the lists below: about 600 short strings, once.
 */
const known = new Map<string, ZoneData>();

/** A name's shape: areas and locations of letters, digits, `_`, `+` and `-` (offsets such as `+01:00` are not zones). */
const SHAPE = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

let spellings: ReadonlyMap<string, string> | undefined;

/**
 * The tz database's spelling of a name written in any letter case, if the runtime lists it
 * (`Intl.supportedValuesOf('timeZone')`) or `tzdb-names.ts` has it; both are read once.
 */
function tzdbSpelling(zone: string): string | undefined {
  if (spellings === undefined) {
    const names = new Map<string, string>();
    const add = (name: string) => names.set(name.toLowerCase(), name);
    Intl.supportedValuesOf('timeZone').forEach(add);
    for (const group of TZDB_NAMES.split('|')) {
      const colon = group.indexOf(':');
      const area = group.slice(0, colon + 1).replace(':', '/');
      for (const name of group.slice(colon + 1).split(' ')) add(area + name);
    }
    spellings = names;
  }
  return spellings.get(zone.toLowerCase());
}

/**
 * Validates a zone not seen before. TIME-ZONE: accepted when the runtime's `Intl` knows it and
 * it is spelled exactly as in the tz database: `Intl` answers it with itself (a zone's own
 * name), or it is spelled as `Intl.supportedValuesOf('timeZone')` lists it, or as
 * `tzdb-names.ts` has it (links such as `US/Pacific` and the current names of renamed zones
 * such as `Asia/Kolkata`, which Node 20 answers with another name). `Intl` accepts any letter
 * case, so `america/los_angeles` is refused here, not there, and before asking `Intl` when the
 * name is one of those lists in another case.
 */
function load(zone: string, field: string): ZoneData {
  const spelling = tzdbSpelling(zone);
  let format: Intl.DateTimeFormat | undefined;
  // A known name in another letter case is refused before asking Intl (which is slow).
  if ((spelling === undefined || spelling === zone) && SHAPE.test(zone)) {
    try {
      format = new Intl.DateTimeFormat('en-US', { ...FORMAT_OPTIONS, timeZone: zone });
    } catch {
      // Not a zone this runtime knows: refused below.
    }
  }
  if (format === undefined || (format.resolvedOptions().timeZone !== zone && spelling !== zone)) {
    throw new InvalidInputError(field, 'unknown-time-zone', "expected an IANA time zone spelled as in the tz database, such as 'Europe/Berlin'", zone);
  }
  const data = zoneDataFor(format);
  known.set(zone, data);
  return data;
}

/**
 * TIME-ZONE: the time zone, or an {@link InvalidInputError} when it is missing or not an IANA zone
 * this runtime knows, spelled as in the tz database (`America/Los_Angeles`, `US/Pacific`; not
 * `america/los_angeles`). It is kept as the caller spelled it. Offsets such as `'+01:00'` are
 * refused: an offset is not a zone and does not follow DST.
 */
export function requireTimeZone(value: unknown, field: string): TimeZone {
  const zone = requireString(value, field);
  if (!known.has(zone)) load(zone, field);
  return zone;
}

/** The data of a zone (validated here if it was not before, as `timeZone`). */
export function zoneData(zone: TimeZone): ZoneData {
  return known.get(zone) ?? load(zone, 'timeZone');
}

/** How many spellings are remembered (for the tests of the bound: at most the tz database's names). */
export function knownZoneCount(): number {
  return known.size;
}

/** Forgets every zone validated so far and its data (benchmarks of the first call for a new zone). */
export function forgetZones(): void {
  known.clear();
  forgetZoneData();
}
