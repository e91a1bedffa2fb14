/**
 * A plan's periods as an SVG drawing ({@link timelineSvg}): pure, no DOM, no clock, no
 * dependency. The periods are those of `coveragePeriods` (PERIOD-1Y, PERIOD-2Y,
 * PERIOD-WARRANTY-2Y, PERIOD-SAFE-FLIGHT, SVC-WARRANTY-EXT), half-open `[start, end)` from
 * local midnight (PERIOD-START).
 *
 * @module
 */
import { datePartsOf } from '../time/calendar';
import type { Period } from '../time/period';
import type { CalendarDate } from '../types';
import { readOptions } from '../validate';
import { LAYOUT_KEYS, type TimelineOptions, colourOf, layout, requireSize } from './layout';

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
  /** Width of the drawing in pixels, 320–4000 (default 800, also when `null`). */
  readonly width?: number | null;
  /**
   * Height in pixels (default, also when `null`: as tall as the rows need). A given height stretches or
   * squeezes the rows; it must leave each row at least 28 px.
   */
  readonly height?: number | null;
}

const TODAY_COLOUR = '#D00000';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

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

/** Explicit bidi controls, and the blocks whose letters are right-to-left by default (UAX #9's defaults of DerivedBidiClass.txt). */
const RTL_OR_BIDI = /[\u0590-\u08FF\u200F\u202A-\u202E\u2066-\u2069\uFB1D-\uFDFF\uFE70-\uFEFE]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * Caller words isolated (UAX #9) from the dates that follow them in the same line: a label in
 * Hebrew or Arabic, or one that opens an override (U+202E), would otherwise make a browser draw
 * a period's last date before its first. Words with no right-to-left letter and no bidi control
 * are returned as they are; others are wrapped in U+2068 … U+2069, their own isolates balanced
 * (a stray U+2069, which would close the wrapper early, becomes U+FFFD; any left open is closed).
 */
function isolated(text: string): string {
  if (!RTL_OR_BIDI.test(text)) return text;
  let open = 0;
  const balanced = text.replace(/[\u2066-\u2069]/g, (c) => {
    if (c !== '\u2069') open += 1;
    else if (open === 0) return '\uFFFD';
    else open -= 1;
    return c;
  });
  return `\u2068${balanced}${'\u2069'.repeat(open)}\u2069`;
}

/** A coordinate with at most two decimals, the same on every run. */
function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * The short month names of a locale: English (any `en` tag) as today (`Jan`…), another
 * language from `Intl` in that language (`1月`, `Jan.`), never the runtime's.
 */
function monthsOf(tag: string): readonly string[] {
  if (/^en(?:-|$)/i.test(tag)) return MONTHS;
  const format = new Intl.DateTimeFormat([tag, 'en'], { month: 'short', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
  return MONTHS.map((_, m) => format.format(Date.UTC(2026, m, 15)));
}

/** The font list of an English drawing (and of any language written in Latin letters). */
const FONTS = "DejaVu Sans, Liberation Sans, Arial, 'Noto Sans CJK JP', 'Noto Sans CJK', sans-serif";

/**
 * The root's language and fonts for a locale's tag (issue 13). English keeps today's root, no
 * language named. Another language is named (`xml:lang`), so a renderer picks the right forms,
 * and Chinese and Korean put their own Noto Sans CJK family first: the one Han character has
 * different shapes in Japan, China, Taiwan, Hong Kong and Korea, and the JP family would give
 * a Chinese or Korean reader Japanese shapes. The tag is a checked BCP 47 tag (layout.ts).
 */
function rootOf(tag: string): string {
  if (/^en(?:-|$)/i.test(tag)) return ` font-family="${FONTS}"`;
  const l = new Intl.Locale(tag).maximize();
  const cjk =
    l.language === 'ko' ? 'KR' : l.language !== 'zh' ? undefined : l.script === 'Hans' ? 'SC' : l.region === 'HK' || l.region === 'MO' ? 'HK' : 'TC';
  const fonts = cjk === undefined ? FONTS : FONTS.replace("'Noto Sans CJK JP'", `'Noto Sans CJK ${cjk}', 'Noto Sans CJK JP'`);
  return ` xml:lang="${escapeXml(tag)}" font-family="${fonts}"`;
}

function monthLabel(date: CalendarDate, months: readonly string[]): string {
  const parts = datePartsOf(date) as { month: number };
  return escapeXml(months[parts.month - 1] as string);
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
 * for XML, and right-to-left caller words are isolated from the dates after them. The function
 * reads no clock and no DOM: the same input gives the same string.
 * Fonts: DejaVu Sans (or Liberation Sans, Arial) for Latin text and Noto Sans CJK for Japanese,
 * Chinese and Korean (Debian's `fonts-noto-cjk`); a locale other than English names its language
 * on the root (`xml:lang="zh-Hant"`), and Chinese and Korean put their own Noto Sans CJK family
 * (SC, TC, HK, KR) before the Japanese one, so each reader gets the Han shapes of their script.
 *
 * @param periods - the periods to draw, such as `periodList(coveragePeriods(...))`
 * @param options - `today`, `timeZone` of the axis, `title`, `labels` by kind, `width`, `height`,
 * `locale` (its words, its dates, its month names from `Intl`)
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
  const o = readOptions(options, 'options', [...LAYOUT_KEYS, 'width', 'height']);
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
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${num(height)}" viewBox="0 0 ${width} ${num(height)}"${rootOf(axis.tag)} font-size="${FONT}">`,
  ];
  const summary = axis.say('timeline.summary', { count: axis.rows.length, timeZone: axis.zone });
  const months = monthsOf(axis.tag);
  out.push(`<title>${escapeXml(axis.title === undefined ? summary : `${isolated(axis.title)}: ${summary}`)}</title>`);
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
      out.push(`<text class="month-label" x="${num(x(tick.at) + 2)}" y="${num(plotBottom + 16)}" font-size="10" fill="#666666">${monthLabel(tick.date, months)}</text>`);
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
    const label = isolated(row.label);
    const text = `${label}: ${axis.say('timeline.range', { startDate: row.startDate, lastDate: row.lastDate, ascii: false })} · ${row.clause}`;
    const anchorEnd = x1 > middle;
    out.push(`<g class="period" data-kind="${escapeXml(row.kind)}" data-clause="${row.clause}">`);
    out.push(`<title>${escapeXml(axis.say('timeline.period', { label, clause: row.clause, startDate: row.startDate, lastDate: row.lastDate }))}</title>`);
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
      `<text x="${num(x(axis.today.at) + (anchorEnd ? -4 : 4))}" y="${top - 2}"${anchorEnd ? ' text-anchor="end"' : ''} font-weight="bold" fill="${TODAY_COLOUR}">${escapeXml(axis.say('timeline.today', { date: axis.today.date }))}</text>`,
    );
    out.push('</g>');
  }
  out.push('<g class="labels" stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke">', ...labels, '</g>');
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
