/**
 * UTC offsets of IANA zones, read from the runtime's `Intl` zone data, and the first instant of
 * a local day. No `Date` method that reads the runtime's own zone is called here or anywhere in
 * `src/time/`: an offset is the zone's wall-clock time of an instant (`Intl.DateTimeFormat` with
 * an explicit zone, locale and hour cycle) minus the instant, both as plain numbers. So no
 * result depends on the process time zone (`TZ`) or locale (TIME-ZONE).
 *
 * Reading `Intl` costs about 2 µs an instant, so what it answers is memoised, per zone:
 * - the offset through each UTC day asked about (a number), or for a day with a change of
 *   offset, the instants of the change found by bisection to the second and the offsets
 *   around them;
 * - the first instant of each local day asked about, with its texts (`zoned.ts`).
 *
 * Bound: {@link CACHE_LIMIT} entries over all zones together; the entry past it empties every
 * zone's memo (the formatters stay), so memory never grows past it whatever the callers ask.
 * Measured on Node 20 (JS heap): about 50 bytes an entry of the days (1.5 MB for the whole
 * budget), about 500 bytes a day start with its texts and the day it needs (about 9 MB at
 * most, when half the budget is day starts). One formatter per zone the runtime knows (as
 * `Intl` resolves it, so links share): 418 on Node 20, about 400 KB of JS heap for all of
 * them, plus ICU's own memory.
 *
 * Assumption, checked by the test suite against the tz data of the runtime for 1980–2040: a
 * zone does not change its offset and change it back within one UTC day (the closest two
 * changes of any zone are 7 days apart), so a UTC day whose first and last seconds have the
 * same offset has it throughout.
 *
 * @module
 */
import { daysFromCivil } from './calendar';

const SECOND = 1000;
const DAY = 86_400_000;

/** The changes of offset within one UTC day: `offsets[i]` holds from `at[i - 1]` (or the day's start) to `at[i]`. */
export interface Shifts {
  readonly at: readonly number[];
  readonly offsets: readonly number[];
}

/** A zone's formatter and its memo. */
export interface ZoneData {
  /** The zone as `Intl` resolves it (links resolve to their zone and share its data). */
  readonly id: string;
  readonly format: Intl.DateTimeFormat;
  /** UTC day number (days since 1970-01-01) → the offset in ms through that day, or its changes. */
  readonly days: Map<number, number | Shifts>;
  /** Local day number → what `zoned.ts` memoises of the day's first instant. */
  readonly starts: Map<number, unknown>;
}

/**
 * The most memo entries (UTC days and local day starts) kept over all zones: enough for two
 * years of plans in 10 zones (each day start uses about three entries), at most about 9 MB.
 */
export const CACHE_LIMIT = 32_768;

const byId = new Map<string, ZoneData>();
let entries = 0;

/** Counts one memo entry; past {@link CACHE_LIMIT}, empties every zone's memo first. */
export function remember<V>(map: Map<number, V>, key: number, value: V): V {
  if (entries >= CACHE_LIMIT) clearMemo();
  entries += 1;
  map.set(key, value);
  return value;
}

/** Empties every zone's memo (benchmarks of a first call use it; the bound above uses it). */
export function clearMemo(): void {
  for (const zone of byId.values()) {
    zone.days.clear();
    zone.starts.clear();
  }
  entries = 0;
}

/** Forgets every zone's data and formatter (benchmarks of the first call for a zone use it). */
export function forgetZoneData(): void {
  byId.clear();
  entries = 0;
}

/** The memo entries held now (for the tests of the bound). */
export function memoSize(): number {
  return entries;
}

/** The data of the zone `format` was made for: made once per resolved zone, then shared. */
export function zoneDataFor(format: Intl.DateTimeFormat): ZoneData {
  const id = format.resolvedOptions().timeZone;
  let data = byId.get(id);
  if (data === undefined) {
    data = { id, format, days: new Map(), starts: new Map() };
    byId.set(id, data);
  }
  return data;
}

/** The options of every zone's formatter: digits only, 24-hour clock, in a fixed locale. */
export const FORMAT_OPTIONS: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

/**
 * The zone's offset in ms at the second containing `ms`, straight from `Intl`: the wall-clock
 * time it writes (`MM/DD/YYYY, hh:mm:ss` in `en-US`; the six numbers are read in that order,
 * whatever separates them) as if in UTC, minus the instant.
 */
function readOffset(format: Intl.DateTimeFormat, ms: number): number {
  const instant = Math.floor(ms / SECOND) * SECOND;
  const text = format.format(instant);
  const n = [0, 0, 0, 0, 0, 0];
  let k = -1;
  let inNumber = false;
  for (let i = 0; i < text.length; i++) {
    const d = text.charCodeAt(i) - 48;
    const isDigit = d >= 0 && d <= 9;
    if (isDigit && !inNumber) k += 1;
    if (isDigit) n[k] = (n[k] as number) * 10 + d;
    inNumber = isDigit;
  }
  const [month, day, year, hour, minute, second] = n as [number, number, number, number, number, number];
  return ((daysFromCivil(year, month, day) * 24 + hour) * 60 + minute) * 60_000 + second * SECOND - instant;
}

/** The first whole second in `(low, high]` whose offset is not `offset`, given that `high`'s is not. */
function firstChange(format: Intl.DateTimeFormat, low: number, offset: number, high: number): number {
  let lo = low;
  let hi = high;
  while (hi - lo > SECOND) {
    const mid = lo + Math.floor((hi - lo) / (2 * SECOND)) * SECOND;
    if (readOffset(format, mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The offsets of UTC day `day`, read from `Intl` and memoised. */
function readDay(zone: ZoneData, day: number): number | Shifts {
  const start = day * DAY;
  const last = start + DAY - SECOND;
  const first = readOffset(zone.format, start);
  const end = readOffset(zone.format, last);
  if (first === end) return remember(zone.days, day, first);
  const at: number[] = [];
  const offsets = [first];
  let from = start;
  let offset = first;
  while (offset !== end) {
    from = firstChange(zone.format, from, offset, last);
    offset = readOffset(zone.format, from);
    at.push(from);
    offsets.push(offset);
  }
  return remember(zone.days, day, { at, offsets });
}

/** The offsets of UTC day `day`: one number, or the changes within the day. */
function offsetsOfDay(zone: ZoneData, day: number): number | Shifts {
  const known = zone.days.get(day);
  return known === undefined ? readDay(zone, day) : known;
}

/** The offset in force at `ms` among the changes of its day. */
function shiftedOffset(shifts: Shifts, ms: number): number {
  let i = 0;
  while (i < shifts.at.length && ms >= (shifts.at[i] as number)) i += 1;
  return shifts.offsets[i] as number;
}

/** The zone's UTC offset in ms at the instant `ms` (positive east of UTC). */
export function offsetAt(zone: ZoneData, ms: number): number {
  const day = Math.floor(ms / DAY);
  const offsets = offsetsOfDay(zone, day);
  return typeof offsets === 'number' ? offsets : shiftedOffset(offsets, ms);
}

/** An instant and the zone's offset at it. */
export interface ZonedInstant {
  readonly ms: number;
  readonly offset: number;
}

/**
 * PERIOD-START: the first instant whose local wall-clock time is 0:00 on local day `localDay`
 * (days since 1970-01-01) or later: the first 0:00 where 0:00 happens twice, the instant of the
 * change where a change skips 0:00, and the first instant of a later day where the whole day
 * never happened (its local date then says so). Walks the constant-offset stretches of the UTC
 * days `localDay - 1` and `localDay` in order (offsets are under a day, so 0:00 lies in them):
 * in a stretch from `from` to `to` with offset `o`, local time runs from `from + o` to `to + o`,
 * so its first instant at or after local 0:00 is the later of `from` and `midnight - o`.
 */
export function firstInstantFrom(zone: ZoneData, localDay: number): ZonedInstant {
  const midnight = localDay * DAY;
  for (let day = localDay - 1; ; day++) {
    const start = day * DAY;
    const offsets = offsetsOfDay(zone, day);
    const shifts = typeof offsets === 'number' ? { at: [], offsets: [offsets] } : offsets;
    for (let i = 0; i < shifts.offsets.length; i++) {
      const from = i === 0 ? start : (shifts.at[i - 1] as number);
      const to = i < shifts.at.length ? (shifts.at[i] as number) : start + DAY;
      const offset = shifts.offsets[i] as number;
      const ms = Math.max(from, midnight - offset);
      if (ms < to) return { ms, offset };
    }
  }
}
