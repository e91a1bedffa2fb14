/**
 * A plan's periods drawn on a date axis: as an SVG string ({@link timelineSvg}) and as text
 * for a terminal ({@link timelineText}). Pure functions: no DOM, no clock, no dependency; the
 * same input gives the same string.
 *
 * The periods are those of `coveragePeriods` (PERIOD-1Y, PERIOD-2Y, PERIOD-WARRANTY-2Y,
 * PERIOD-SAFE-FLIGHT, SVC-WARRANTY-EXT), half-open `[start, end)` from local midnight
 * (PERIOD-START); each bar is labelled with its kind, its first and last local dates and its
 * clause.
 *
 * @module
 */
import { isClauseId } from './clauses';
import { InvalidInputError } from './errors';
import { datePartsOf, requireCalendarDate } from './time/calendar';
import { requireInstant } from './time/instant';
import type { Period } from './time/period';
import { requireTimeZone } from './time/zone';
import { addCalendarMonths, localDateOf, startOfLocalDay } from './time/zoned';
import type { CalendarDate, InstantInput, TimeZone } from './types';
import { requireArray, requireBoolean, requireCount, requireRecord, requireString } from './validate';

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
   * clock: without it there is no marker. The axis is widened to show it.
   */
  readonly today?: InstantInput | CalendarDate;
  /** The zone of the axis ticks and of a `today` date (default: the first period's zone). */
  readonly timeZone?: TimeZone;
  /** A heading above the timeline. */
  readonly title?: string;
  /** Labels by period kind, replacing the built-in ones (`{ replacement: 'Ersatz' }`). */
  readonly labels?: Readonly<Record<string, string>>;
}

/**
 * Options of {@link timelineSvg}.
 *
 * @example
 * ```ts
 * const periods = periodList(coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }));
 * const options: TimelineSvgOptions = { width: 640, today: '2026-06-01T12:00:00Z' };
 * const svg = timelineSvg(periods, options);
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="148"'); //=> true
 * svg.includes('today 2026-06-01');                                                  //=> true
 * ```
 *
 * @category Timeline
 */
export interface TimelineSvgOptions extends TimelineOptions {
  /** Width of the drawing in pixels, 320–4000 (default 800). */
  readonly width?: number;
  /**
   * Height in pixels (default: as tall as the rows need). A given height stretches or
   * squeezes the rows; it must leave each row at least 28 px.
   */
  readonly height?: number;
}

/**
 * Options of {@link timelineText}.
 *
 * @example
 * ```ts
 * const periods = periodList(coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }));
 * const options: TimelineTextOptions = { today: '2026-06-01', columns: 24, ascii: true, title: 'Mini 2 plan' };
 * console.log(timelineText(periods, options));
 * //=> Mini 2 plan
 * //=> Dates in America/New_York
 * //=>                      2026                  2027
 * //=> Replacement service   ######################   2026-01-15 to 2027-01-14  PERIOD-1Y
 * //=> Official warranty     ######################   2026-01-15 to 2027-01-14  SVC-WARRANTY-EXT
 * //=>                               ^ today 2026-06-01
 * ```
 *
 * @category Timeline
 */
export interface TimelineTextOptions extends TimelineOptions {
  /** Characters of the bar track, 12–400 (default 48). */
  readonly columns?: number;
  /** Only ASCII characters (`#`, `-`, `|`), for terminals without Unicode (default `false`). */
  readonly ascii?: boolean;
}

const KIND_LABELS: Readonly<Record<string, string>> = {
  replacement: 'Replacement service',
  'repair-discount': 'Repair discounts',
  'official-warranty': 'Official warranty',
  'extended-warranty': 'Extended warranty',
  'safe-flight': 'Safe Flight warranty (if earned)',
  renewal: 'Care Refresh+ renewal year',
};

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
const TODAY_COLOUR = '#D00000';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
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

interface Axis {
  readonly rows: readonly Row[];
  readonly from: number;
  readonly to: number;
  readonly ticks: readonly Tick[];
  readonly today?: { readonly at: number; readonly date: CalendarDate };
  readonly zone: TimeZone;
  readonly title?: string;
}

function labelOf(kind: string, labels: Readonly<Record<string, string>> | undefined): string {
  if (labels !== undefined && Object.hasOwn(labels, kind)) return labels[kind] as string;
  if (Object.hasOwn(KIND_LABELS, kind)) return KIND_LABELS[kind] as string;
  const words = kind.replace(/[-_]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function colourOf(kind: string): string {
  if (Object.hasOwn(KIND_COLOURS, kind)) return KIND_COLOURS[kind] as string;
  let hash = 0;
  for (const ch of kind) hash = (hash * 31 + (ch.codePointAt(0) as number)) % 1_000_003;
  return OTHER_COLOURS[hash % OTHER_COLOURS.length] as string;
}

function requirePeriod(value: unknown, field: string, labels: Readonly<Record<string, string>> | undefined): Row {
  const p = requireRecord(value, field);
  const kind = requireString(p.kind, `${field}.kind`);
  if (!isClauseId(p.clause)) {
    throw new InvalidInputError(`${field}.clause`, 'invalid-value', "expected a clause id such as 'PERIOD-1Y'", p.clause);
  }
  const start = requireInstant(p.start, `${field}.start`);
  const end = requireInstant(p.end, `${field}.end`);
  if (end <= start) throw new InvalidInputError(`${field}.end`, 'invalid-value', 'the end must be after the start', p.end);
  const startDate = requireCalendarDate(p.startDate, `${field}.startDate`);
  const lastDate = requireCalendarDate(p.lastDate, `${field}.lastDate`);
  if (lastDate < startDate) {
    throw new InvalidInputError(`${field}.lastDate`, 'invalid-value', 'the last date must not be before the start date', p.lastDate);
  }
  requireTimeZone(p.timeZone, `${field}.timeZone`);
  return { kind, label: labelOf(kind, labels), clause: p.clause, start, end, startDate, lastDate };
}

function requireLabels(value: unknown): Readonly<Record<string, string>> | undefined {
  if (value === undefined) return undefined;
  const labels = requireRecord(value, 'options.labels');
  for (const [kind, label] of Object.entries(labels)) requireString(label, `options.labels.${kind}`);
  return labels as Readonly<Record<string, string>>;
}

function requireSize(value: unknown, field: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = requireCount(value, field);
  if (n < min || n > max) throw new InvalidInputError(field, 'invalid-value', `expected a whole number from ${min} to ${max}`, value);
  return n;
}

/** The longest axis drawn: 100 years of 366 days. */
const MAX_SPAN_MS = 100 * 366 * 24 * 60 * 60 * 1000;

function firstOfMonth(date: CalendarDate): CalendarDate {
  return `${date.slice(0, 7)}-01`;
}

/** Validates the periods and options shared by both renderings and lays out the axis. */
function layout(periods: readonly Period[], o: Readonly<Record<string, unknown>>): Axis {
  const list = requireArray(periods, 'periods');
  if (list.length === 0) throw new InvalidInputError('periods', 'missing', 'at least one period is required', periods);
  const labels = requireLabels(o.labels);
  const rows = list.map((p, i) => requirePeriod(p, `periods[${i}]`, labels));
  const zone = o.timeZone === undefined ? (list[0] as Period).timeZone : requireTimeZone(o.timeZone, 'options.timeZone');
  const title = o.title === undefined ? undefined : requireString(o.title, 'options.title');

  let today: { at: number; date: CalendarDate } | undefined;
  if (typeof o.today === 'string' && DATE_ONLY.test(o.today)) {
    const date = requireCalendarDate(o.today, 'options.today');
    today = { at: startOfLocalDay(date, zone), date };
  } else if (o.today !== undefined) {
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
  const axis: { -readonly [K in keyof Axis]: Axis[K] } = { rows, from, to, ticks, zone };
  if (today !== undefined) axis.today = today;
  if (title !== undefined) axis.title = title;
  return axis;
}

/** Text made safe for XML character data and attribute values. */
function escapeXml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A coordinate with at most two decimals, the same on every run. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function monthLabel(date: CalendarDate): string {
  const parts = datePartsOf(date) as { month: number };
  return MONTHS[parts.month - 1] as string;
}

const PAD_X = 16;
const HEADER = 28;
const AXIS = 40;
const MIN_ROW = 28;
const NATURAL_ROW = 40;
const FONT = 12;

/**
 * The periods of a plan as an SVG drawing: one labelled bar per period on a date axis with
 * month and year ticks, and today's marker when `options.today` is given.
 *
 * Each bar spans the period's half-open `[start, end)` (PERIOD-START) and is labelled with
 * its kind, its first and last local dates and the clause that defines it (PERIOD-1Y,
 * PERIOD-2Y, PERIOD-WARRANTY-2Y, PERIOD-SAFE-FLIGHT, SVC-WARRANTY-EXT). All text is escaped
 * for XML. The function reads no clock and no DOM: the same input gives the same string.
 *
 * @param periods - the periods to draw, such as `periodList(coveragePeriods(...))`
 * @param options - `today`, `timeZone` of the axis, `title`, `labels` by kind, `width`, `height`
 * @returns a standalone SVG document (`<svg xmlns="http://www.w3.org/2000/svg" ...>...</svg>`)
 * @throws {@link InvalidInputError} for an empty list, a malformed period, a bad `today`,
 * zone or size, or a height too small for the rows
 *
 * @example
 * ```ts
 * const periods = periodList(coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }));
 * const svg = timelineSvg(periods, { today: '2026-06-01', title: 'Mavic 3 plan' });
 * svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="252"');
 * //=> true
 * svg.includes('2026-01-15 – 2027-01-14 · PERIOD-1Y');
 * //=> true
 * ```
 *
 * @example
 * ```ts
 * timelineSvg([], {});
 * // throws InvalidInputError: Invalid periods: at least one period is required (received an array of 0).
 * ```
 *
 * @category Timeline
 */
export function timelineSvg(periods: readonly Period[], options: TimelineSvgOptions = {}): string {
  const o = requireRecord(options, 'options');
  const axis = layout(periods, o);
  const width = requireSize(o.width, 'options.width', 320, 4000, 800);
  const top = HEADER + (axis.title === undefined ? 0 : 24);
  const natural = top + axis.rows.length * NATURAL_ROW + AXIS;
  const minHeight = top + axis.rows.length * MIN_ROW + AXIS;
  const height = requireSize(o.height, 'options.height', minHeight, 10_000, natural);
  const rowHeight = (height - top - AXIS) / axis.rows.length;
  const plotLeft = PAD_X;
  const plotRight = width - PAD_X;
  const plotBottom = top + axis.rows.length * rowHeight;
  const x = (ms: number): number => plotLeft + ((ms - axis.from) / (axis.to - axis.from)) * (plotRight - plotLeft);
  const middle = (plotLeft + plotRight) / 2;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${FONT}">`,
  ];
  const summary = `Timeline of ${axis.rows.length} period${axis.rows.length === 1 ? '' : 's'}, dates in ${axis.zone}`;
  out.push(`<title>${escapeXml(axis.title === undefined ? summary : `${axis.title}: ${summary}`)}</title>`);
  out.push(`<rect class="background" x="0" y="0" width="${width}" height="${num(height)}" fill="#ffffff"/>`);
  if (axis.title !== undefined) {
    out.push(`<text class="title" x="${PAD_X}" y="22" font-size="16" font-weight="bold" fill="#111111">${escapeXml(axis.title)}</text>`);
  }

  // Month ticks (light), year ticks (dark, labelled), month labels where there is room.
  const monthWidth = (plotRight - plotLeft) / Math.max(1, axis.ticks.length - 1);
  const labelEvery = monthWidth >= 28 ? 1 : monthWidth * 3 >= 28 ? 3 : 0;
  out.push('<g class="axis">');
  out.push(`<line x1="${plotLeft}" y1="${num(plotBottom)}" x2="${plotRight}" y2="${num(plotBottom)}" stroke="#444444" stroke-width="1"/>`);
  for (const [index, tick] of axis.ticks.entries()) {
    const tx = num(x(tick.at));
    const last = index === axis.ticks.length - 1;
    if (tick.year) {
      out.push(`<line class="tick year" x1="${tx}" y1="${top - 6}" x2="${tx}" y2="${num(plotBottom + 6)}" stroke="#888888" stroke-width="1"/>`);
    } else {
      out.push(`<line class="tick month" x1="${tx}" y1="${top}" x2="${tx}" y2="${num(plotBottom + 3)}" stroke="#e4e4e4" stroke-width="1"/>`);
    }
    const month = Number(tick.date.slice(5, 7));
    if (!last && labelEvery > 0 && (month - 1) % labelEvery === 0) {
      out.push(`<text class="month-label" x="${num(x(tick.at) + 2)}" y="${num(plotBottom + 16)}" font-size="10" fill="#666666">${monthLabel(tick.date)}</text>`);
    }
    if (!last && (tick.year || index === 0)) {
      out.push(`<text class="year-label" x="${num(x(tick.at) + 2)}" y="${num(plotBottom + 30)}" font-weight="bold" fill="#333333">${tick.date.slice(0, 4)}</text>`);
    }
  }
  out.push('</g>');

  // Bars first, then today's line, then the labels with a white halo so both stay readable.
  const labels: string[] = [];
  out.push('<g class="periods">');
  for (const [index, row] of axis.rows.entries()) {
    const y = top + index * rowHeight;
    const barTop = y + rowHeight * 0.45;
    const barHeight = Math.max(8, rowHeight * 0.4);
    const x1 = x(row.start);
    const x2 = Math.max(x(row.end), x1 + 1);
    const text = `${row.label}: ${row.startDate} – ${row.lastDate} · ${row.clause}`;
    const anchorEnd = x1 > middle;
    out.push(`<g class="period" data-kind="${escapeXml(row.kind)}" data-clause="${row.clause}">`);
    out.push(`<title>${escapeXml(`${row.label} (${row.clause}): in force from ${row.startDate} to ${row.lastDate} inclusive`)}</title>`);
    out.push(
      `<rect x="${num(x1)}" y="${num(barTop)}" width="${num(x2 - x1)}" height="${num(barHeight)}" rx="3" fill="${colourOf(row.kind)}"/>`,
    );
    out.push('</g>');
    labels.push(
      `<text x="${num(anchorEnd ? x2 : x1)}" y="${num(barTop - 5)}"${anchorEnd ? ' text-anchor="end"' : ''} fill="#111111">${escapeXml(text)}</text>`,
    );
  }
  out.push('</g>');

  if (axis.today !== undefined) {
    const tx = num(x(axis.today.at));
    const anchorEnd = x(axis.today.at) > middle;
    out.push('<g class="today">');
    out.push(`<line x1="${tx}" y1="${top - 10}" x2="${tx}" y2="${num(plotBottom)}" stroke="${TODAY_COLOUR}" stroke-width="2"/>`);
    out.push(
      `<text x="${num(x(axis.today.at) + (anchorEnd ? -4 : 4))}" y="${top - 2}"${anchorEnd ? ' text-anchor="end"' : ''} font-weight="bold" fill="${TODAY_COLOUR}">today ${axis.today.date}</text>`,
    );
    out.push('</g>');
  }
  out.push('<g class="labels" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">', ...labels, '</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

/**
 * The periods of a plan as a text timeline for a terminal: one bar of characters per period,
 * years marked above the track, and today's marker when `options.today` is given.
 *
 * Each bar covers the period's half-open `[start, end)` (PERIOD-START) and the row names its
 * first and last local dates and its clause (PERIOD-1Y, PERIOD-2Y, PERIOD-WARRANTY-2Y,
 * PERIOD-SAFE-FLIGHT, SVC-WARRANTY-EXT). Pure: the same input gives the same text.
 *
 * @param periods - the periods to draw, such as `periodList(coveragePeriods(...))`
 * @param options - `today`, `timeZone` of the axis, `title`, `labels` by kind, `columns`, `ascii`
 * @returns lines of text ending in a newline
 * @throws {@link InvalidInputError} for an empty list, a malformed period, a bad `today`,
 * zone or `columns`
 *
 * @example
 * ```ts
 * const periods = periodList(coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }));
 * console.log(timelineText(periods, { today: '2026-06-01', columns: 24 }));
 * //=> Dates in America/New_York
 * //=>                      2026                  2027
 * //=> Replacement service   ██████████████████████   2026-01-15 – 2027-01-14  PERIOD-1Y
 * //=> Official warranty     ██████████████████████   2026-01-15 – 2027-01-14  SVC-WARRANTY-EXT
 * //=>                               ▲ today 2026-06-01
 * ```
 *
 * @category Timeline
 */
export function timelineText(periods: readonly Period[], options: TimelineTextOptions = {}): string {
  const o = requireRecord(options, 'options');
  const axis = layout(periods, o);
  const columns = requireSize(o.columns, 'options.columns', 12, 400, 48);
  const ascii = requireBoolean(o.ascii, 'options.ascii', false);
  const [full, empty, yearMark, todayMark, dash] = ascii ? ['#', ' ', '|', '^', ' to '] : ['█', ' ', '│', '▲', ' – '];
  const col = (ms: number): number => Math.round(((ms - axis.from) / (axis.to - axis.from)) * columns);
  const labelWidth = axis.rows.reduce((m, r) => Math.max(m, [...r.label].length), 0);
  const indent = ' '.repeat(labelWidth + 2);

  const lines: string[] = [];
  if (axis.title !== undefined) lines.push(axis.title);
  lines.push(`Dates in ${axis.zone}`);

  // The year row: each year's number where it starts (the first year at the left edge).
  const years: string[] = Array.from({ length: columns + 12 }, () => ' ');
  let free = 0;
  for (const [index, tick] of axis.ticks.entries()) {
    if (!tick.year && index !== 0) continue;
    const c = col(tick.at);
    const crowded = index === 0 && !tick.year && axis.ticks.some((t, i) => i > 0 && t.year && col(t.at) - c < 5);
    if (c >= columns || c < free || crowded) continue;
    const year = tick.date.slice(0, 4);
    for (let i = 0; i < year.length; i += 1) years[c + i] = year[i] as string;
    free = c + year.length + 1;
  }
  lines.push(`${indent}${years.join('').trimEnd()}`);

  const yearCols = new Set(axis.ticks.filter((t) => t.year).map((t) => col(t.at)));
  yearCols.delete(0);
  for (const row of axis.rows) {
    const a = Math.min(col(row.start), columns - 1);
    const b = Math.max(col(row.end), a + 1);
    let track = '';
    for (let c = 0; c < columns; c += 1) track += c >= a && c < b ? full : yearCols.has(c) ? yearMark : empty;
    const pad = ' '.repeat(labelWidth - [...row.label].length);
    lines.push(`${row.label}${pad}  ${track}  ${row.startDate}${dash}${row.lastDate}  ${row.clause}`);
  }
  if (axis.today !== undefined) {
    const c = Math.min(col(axis.today.at), columns - 1);
    lines.push(`${indent}${' '.repeat(c)}${todayMark} today ${axis.today.date}`);
  }
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}
