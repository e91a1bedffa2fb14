/**
 * The date axis both timeline renderings share: the periods validated (PERIOD-START:
 * half-open `[start, end)` from local midnight), their labels and colours by kind, today's
 * marker, and the month ticks in the axis zone. See `svg.ts` and `text.ts`.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import { requireCalendarDate } from '../time/calendar';
import { requireInstant } from '../time/instant';
import type { Period } from '../time/period';
import { requireTimeZone } from '../time/zone';
import { addCalendarMonths, localDateOf, startOfLocalDay } from '../time/zoned';
import type { CalendarDate, InstantInput, TimeZone } from '../types';
import { readPeriod } from '../periods';
import { isNone, optional, readEntries, readList, requireCount, requireString } from '../validate';
import type { Locale, RenderContext } from '../messages/codes';
import { checkedLocale } from '../messages/words';
import { ENGLISH_TEXTS, type TextKey, type TextParams, type Texts, textOf } from '../messages/texts';

/**
 * Options of {@link timelineSvg} and {@link timelineText}.
 *
 * @example
 * ```ts
 * const periods = periodList(coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }));
 * const options: TimelineOptions = { today: '2026-06-01', labels: { replacement: 'Ersatz', 'official-warranty': 'Garantie' } };
 * console.log(timelineText(periods, { ...options, columns: 24 }));
 * //=> Dates in America/New_York
 * //=>           2026                  2027
 * //=> Ersatz     ██████████████████████   2026-01-15 – 2027-01-14  PERIOD-1Y
 * //=> Garantie   ██████████████████████   2026-01-15 – 2027-01-14  SVC-WARRANTY-EXT
 * //=>                    ▲ today 2026-06-01
 * ```
 *
 * @category Timeline
 */
export interface TimelineOptions {
  /**
   * Today's marker: an instant (`Date` or ISO-8601 with offset) or a calendar date
   * `YYYY-MM-DD` (0:00 that day in {@link TimelineOptions.timeZone}). Nothing reads the
   * clock: without it (`null` or absent) there is no marker. The axis is widened to show it.
   */
  readonly today?: InstantInput | CalendarDate | null;
  /** The zone of the axis ticks and of a `today` date (`null` or absent: the first period's zone). */
  readonly timeZone?: TimeZone | null;
  /** A heading above the timeline (`null` or absent: none). */
  readonly title?: string | null;
  /** Labels by period kind, replacing the built-in ones (`{ replacement: 'Ersatz' }`); `null` or absent, or a label `null`: the built-in ones. */
  readonly labels?: Readonly<Record<string, string | null>> | null;
  /**
   * The locale to write in (issue 13): its texts, its dates, its month names in the SVG.
   * Default English (also when `null`), today's wording and ISO dates.
   */
  readonly locale?: Locale | null;
}

/** The kinds whose labels the locale's texts give (`timeline.kind.*`). */
const KINDS = new Set(['replacement', 'repair-discount', 'official-warranty', 'extended-warranty', 'safe-flight', 'renewal']);

// Okabe–Ito colours: distinguishable with the common colour-vision deficiencies.
const KIND_COLOURS: Readonly<Record<string, string>> = {
  replacement: '#0072B2',
  'repair-discount': '#56B4E9',
  'official-warranty': '#009E73',
  'extended-warranty': '#E69F00',
  'safe-flight': '#CC79A7',
  renewal: '#D55E00',
};
const OTHER_COLOURS = ['#0072B2', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#D55E00', '#999999'] as const;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** One validated period, with its instants as milliseconds. */
interface Row {
  readonly kind: string;
  readonly label: string;
  readonly clause: string;
  readonly start: number;
  readonly end: number;
  readonly startDate: CalendarDate;
  readonly lastDate: CalendarDate;
}

/** A month boundary on the axis. */
interface Tick {
  readonly at: number;
  readonly date: CalendarDate;
  readonly year: boolean;
}

export interface Axis {
  readonly rows: readonly Row[];
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly Tick[];
  readonly today?: { readonly at: number; readonly date: CalendarDate };
  readonly zone: TimeZone;
  readonly title?: string;
  /** The locale's tag, for the month names of the SVG. */
  readonly tag: string;
  /** The words of a text key in the locale, in the axis zone's context. */
  readonly say: <K extends TextKey>(key: K, params: TextParams[K]) => string;
}

function labelOf(kind: string, labels: Readonly<Record<string, string>> | undefined, say: Axis['say']): string {
  if (labels !== undefined && Object.hasOwn(labels, kind)) return labels[kind] as string;
  if (KINDS.has(kind)) return say(`timeline.kind.${kind}` as 'timeline.kind.replacement', {});
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function colourOf(kind: string): string {
  if (Object.hasOwn(KIND_COLOURS, kind)) return KIND_COLOURS[kind] as string;
  let hash = 0;
  for (const ch of kind) hash = (hash * 31 + (ch.codePointAt(0) as number)) % 1_000_003;
  return OTHER_COLOURS[hash % OTHER_COLOURS.length] as string;
}

/** A period of the caller, read once by the one period reader (periods.ts), as a row. */
function requireRow(value: unknown, field: string): Omit<Row, 'label'> & { readonly timeZone: TimeZone } {
  const { period: p, start, end } = readPeriod(value, field);
  return { kind: p.kind, clause: p.clause, start, end, startDate: p.startDate, lastDate: p.lastDate, timeZone: p.timeZone };
}

/** The caller's labels, read once into a prototype-less record of texts. */
function requireLabels(value: unknown): Readonly<Record<string, string>> | undefined {
  if (isNone(value)) return undefined;
  const labels = Object.create(null) as Record<string, string>;
  for (const [kind, label] of readEntries(value, 'options.labels')) {
    if (!isNone(label)) labels[kind] = requireString(label, `options.labels.${kind}`);
  }
  return labels;
}

/** The options both renderings share. */
export const LAYOUT_KEYS = ['labels', 'locale', 'timeZone', 'title', 'today'] as const;

export function requireSize(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (isNone(value)) return fallback;
  const n = requireCount(value, field);
  if (n < min || n > max) throw new InvalidInputError(field, 'invalid-value', `expected a whole number from ${min} to ${max}`, value);
  return n;
}

/** The longest axis drawn: 100 years of 366 days. */
const MAX_SPAN_MS = 100 * 366 * 24 * 60 * 60 * 1000;

function firstOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

const ENGLISH_ONLY = { tag: 'en', texts: ENGLISH_TEXTS } as const;

/** Validates the periods and options shared by both renderings and lays out the axis. */
export function layout(periods: readonly Period[], o: Readonly<Record<string, unknown>>): Axis {
  const list = readList(periods, 'periods', LIMITS.timelinePeriods);
  if (list.length === 0) throw new InvalidInputError('periods', 'missing', 'at least one period is required', periods);
  const labels = requireLabels(o.labels);
  // English texts only when no locale is given: a bundle of the timelines alone does not
  // carry the English message catalogue.
  const locale: { readonly tag: string; readonly texts: Texts } = isNone(o.locale) ? ENGLISH_ONLY : checkedLocale(o.locale, 'options.locale');
  const read = list.map((p, i) => requireRow(p, `periods[${i}]`));
  const zone = isNone(o.timeZone) ? (read[0] as { readonly timeZone: TimeZone }).timeZone : requireTimeZone(o.timeZone, 'options.timeZone');
  // A timeline knows no plan region: the locale's language alone, in the axis zone.
  // Frozen: no template can change what the next one reads.
  const context: RenderContext = Object.freeze({ tag: locale.tag, region: undefined, timeZone: zone });
  const say = <K extends TextKey>(key: K, params: TextParams[K]): string => textOf(locale.texts, key, params, context, LIMITS.textLength);
  const rows = read.map((r) => ({ ...r, label: labelOf(r.kind, labels, say) }));
  const title = optional(o.title, 'options.title', requireString);

  let today: { at: number; date: CalendarDate } | undefined;
  if (typeof o.today === 'string' && DATE_ONLY.test(o.today)) {
    const date = requireCalendarDate(o.today, 'options.today');
    today = { at: startOfLocalDay(date, zone), date };
  } else if (!isNone(o.today)) {
    const at = requireInstant(o.today, 'options.today');
    today = { at, date: localDateOf(at, zone) };
  }

  // The axis runs from the first of the month of the earliest day shown to the first of the
  // month after the latest one, in the axis zone.
  let first = rows.reduce((m, r) => Math.min(m, r.start), Number.POSITIVE_INFINITY);
  let last = rows.reduce((m, r) => Math.max(m, r.end), Number.NEGATIVE_INFINITY);
  // A drawing is one tick per month: past a century the output grows without use (a
  // period in 9890 drawn with today in 2026 made a 10 MB string), so it is refused.
  if (last - first > MAX_SPAN_MS) {
    throw new InvalidInputError('periods', 'invalid-value', 'the periods must lie within 100 years of each other', periods);
  }
  if (today !== undefined) {
    first = Math.min(first, today.at);
    last = Math.max(last, today.at + 1);
    if (last - first > MAX_SPAN_MS) {
      throw new InvalidInputError('options.today', 'invalid-value', 'today must lie within 100 years of the periods', o.today);
    }
  }
  let date = firstOfMonth(localDateOf(first, zone));
  const ticks: Tick[] = [];
  let at = startOfLocalDay(date, zone);
  for (;;) {
    ticks.push({ at, date, year: date.endsWith('-01-01') });
    if (at >= last) break;
    date = addCalendarMonths(date, 1);
    at = startOfLocalDay(date, zone);
  }
  const from = (ticks[0] as Tick).at;
  const to = (ticks[ticks.length - 1] as Tick).at;
  const axis: { -readonly [K in keyof Axis]: Axis[K] } = { rows, from, to, ticks, zone, tag: locale.tag, say };
  if (today !== undefined) axis.today = today;
  if (title !== undefined) axis.title = title;
  return axis;
}
