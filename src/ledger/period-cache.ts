/**
 * The ledger rules' periods, built once (PERIOD-START: N months from local midnight, half-open
 * `[start, end)`; PERIOD-1Y, PERIOD-2Y, PERIOD-WARRANTY-2Y, PERIOD-SAFE-FLIGHT, PLUS-EFFECT),
 * with their instants as numbers so that "is this instant inside" reads no date text.
 *
 * A period depends only on its kind, clause, zone, first date and length, so support tools
 * that ask about many plans agreed on the same days in the same zones share them. The cache
 * holds at most {@link MAX_SPANS} spans (first in, first out); the periods it gives are frozen,
 * so no caller can change another call's result. `coveragePeriods` does not use it: it
 * returns fresh periods.
 *
 * @module
 */
import type { ClauseId } from '../clauses';
import { type Period, monthsFrom } from '../time/period';
import type { CalendarDate, TimeZone } from '../types';
import { fifo } from './fifo';

/** One span of local dates in a zone, and the periods of each kind over it. */
interface Span {
  readonly startMs: number;
  readonly endMs: number;
  /** The periods over this span, by `kind clause`. */
  readonly periods: Map<string, Period>;
}

/** The most spans kept: a few times the zones times the agreement days a support tool sees. */
export const MAX_SPANS = 16_384;

const SPANS = fifo<string, Span>(MAX_SPANS);
/** The instants of every period this module made. */
const INSTANTS = new WeakMap<Period, Span>();

/** {@link monthsFrom}, built once per kind, clause, zone, first date and length; frozen. */
export function cachedMonthsFrom(kind: string, clause: ClauseId, startDate: CalendarDate, months: number, zone: TimeZone): Period {
  const key = `${zone} ${startDate} ${months}`;
  let span = SPANS.get(key);
  const name = `${kind} ${clause}`;
  let period = span?.periods.get(name);
  if (period !== undefined) return period;
  if (span === undefined) {
    period = Object.freeze(monthsFrom(kind, clause, startDate, months, zone));
    span = { startMs: Date.parse(period.start), endMs: Date.parse(period.end), periods: new Map() };
    SPANS.add(key, span);
  } else {
    // The same dates as a period already built (the repair discount's are the replacement's).
    const sibling = span.periods.values().next().value as Period;
    period = Object.freeze({ ...sibling, kind, clause });
  }
  span.periods.set(name, period);
  INSTANTS.set(period, span);
  return period;
}

/** The instants of a period this module made (every period the ledger rules read is). */
function spanOf(period: Period): Span {
  return INSTANTS.get(period) as Span;
}

/** The first instant of a period, as a number. */
export function startMsOf(period: Period): number {
  return spanOf(period).startMs;
}

/** The first instant no longer in a period, as a number. */
export function endMsOf(period: Period): number {
  return spanOf(period).endMs;
}

/** Whether an instant is inside a period (half-open, PERIOD-START). */
export function within(period: Period, ms: number): boolean {
  const span = spanOf(period);
  return span.startMs <= ms && ms < span.endMs;
}
