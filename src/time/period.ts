/**
 * Half-open periods `[start, end)` of N calendar months from local midnight (PERIOD-START).
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import type { CalendarDate, InstantInput, TimeZone } from '../types';
import { readKey, requireRecord } from '../validate';
import { dayOf, monthsLater } from './calendar';
import { parseInstant, requireInstant } from './instant';
import { zoneData } from './zone';
import { type DayStart, dayStartIn } from './zoned';

/**
 * A period of service, half-open: it contains `start` and not `end`.
 *
 * @example
 * ```ts
 * coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' }).replacement;
 * //=> { kind: 'replacement', clause: 'PERIOD-1Y',
 * //=>   start: '2026-03-01T00:00:00.000-06:00', end: '2027-03-01T00:00:00.000-06:00',
 * //=>   startDate: '2026-03-01', lastDate: '2027-02-28', endDate: '2027-03-01', timeZone: 'America/Chicago' }
 * ```
 *
 * @category Time
 */
export interface Period {
  /** What the period is, e.g. `'replacement'`. */
  readonly kind: string;
  /** The clause that defines it. */
  readonly clause: ClauseId;
  /** First instant in force, ISO-8601 with the zone's offset. */
  readonly start: string;
  /** First instant no longer in force, ISO-8601 with the zone's offset. */
  readonly end: string;
  /** The local date of `start`: the period's first day (or, if that day never happened in the zone, the next day that did). */
  readonly startDate: CalendarDate;
  /** The last local date in force: the local date of the last instant before `end` (the day before `endDate`, or the last day that happened before it). */
  readonly lastDate: CalendarDate;
  /** The local date of `end` (exclusive). */
  readonly endDate: CalendarDate;
  /** The IANA zone the dates are in. */
  readonly timeZone: TimeZone;
}

/** The period between two day starts. */
function between(kind: string, clause: ClauseId, start: DayStart, end: DayStart, zone: TimeZone): Period {
  return { kind, clause, start: start.text, end: end.text, startDate: start.date, lastDate: end.dayBefore, endDate: end.date, timeZone: zone };
}

/**
 * PERIOD-START: the period from the first instant of `startDate` to the first instant of
 * `endDate` in `zone` (0:00, or where a change skips 0:00 the change). Its dates are the local
 * dates of those instants: `startDate` and `endDate` themselves, except that a day that never
 * happened in the zone (Pacific/Apia 2011-12-30) gives way to the next day that did; `lastDate`
 * is the local date of the last instant in force.
 */
export function periodBetween(kind: string, clause: ClauseId, startDate: CalendarDate, endDate: CalendarDate, zone: TimeZone): Period {
  const z = zoneData(zone);
  return between(kind, clause, dayStartIn(z, dayOf(startDate)), dayStartIn(z, dayOf(endDate)), zone);
}

/**
 * PERIOD-START: the period of `months` calendar months from the first instant of `startDate`
 * in `zone`, the end clamped at month end (see {@link periodBetween}).
 */
export function monthsFrom(kind: string, clause: ClauseId, startDate: CalendarDate, months: number, zone: TimeZone): Period {
  const z = zoneData(zone);
  return between(kind, clause, dayStartIn(z, dayOf(startDate)), dayStartIn(z, monthsLater(startDate, months)), zone);
}

/** Whether the instant (ms since epoch) is in the period: `start <= at < end`. */
export function periodContains(period: Period, at: number): boolean {
  return parseInstant(period.start) <= at && at < parseInstant(period.end);
}

/**
 * Whether an instant falls in a period: `start <= at < end` (half-open, PERIOD-START).
 *
 * @param period - a period from {@link coveragePeriods} or `planStatus`
 * @param at - the instant, a `Date` or an ISO-8601 string with an offset
 * @returns `true` when the period is in force at `at`
 * @throws {@link InvalidInputError} for an invalid instant
 *
 * @example
 * ```ts
 * const { replacement } = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-01-01' });
 * isInPeriod(replacement, '2026-01-01T00:00:00Z'); //=> true
 * isInPeriod(replacement, '2027-01-01T00:00:00Z'); //=> false (the end is not in the period)
 * ```
 *
 * @category Periods
 */
export function isInPeriod(period: Period, at: InstantInput): boolean {
  const { start, end } = requirePeriod(period, 'period');
  const ms = requireInstant(at, 'at');
  return start <= ms && ms < end;
}

/** A period's `start` and `end` as instants, or an {@link InvalidInputError} naming the field. */
export function requirePeriod(value: unknown, field: string): { readonly start: number; readonly end: number } {
  const p = requireRecord(value, field);
  const start = requireInstant(readKey(p, 'start', field), `${field}.start`);
  return { start, end: requireInstant(readKey(p, 'end', field), `${field}.end`) };
}
