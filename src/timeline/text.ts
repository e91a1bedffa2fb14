/**
 * A plan's periods as a text timeline for a terminal ({@link timelineText}): pure, the same
 * input gives the same text. The periods are those of `coveragePeriods` (PERIOD-1Y,
 * PERIOD-2Y, PERIOD-WARRANTY-2Y, PERIOD-SAFE-FLIGHT, SVC-WARRANTY-EXT), half-open
 * `[start, end)` from local midnight (PERIOD-START).
 *
 * @module
 */
import type { Period } from '../time/period';
import { readOptions, requireBoolean } from '../validate';
import { oneLine } from '../messages/texts';
import { displayWidth } from '../width';
import { LAYOUT_KEYS, type TimelineOptions, layout, requireSize } from './layout';

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
  /** Characters of the bar track, 12–400 (default 48, also when `null`). */
  readonly columns?: number | null;
  /** Only ASCII characters (`#`, `-`, `|`), for terminals without Unicode (default `false`, also when `null`). */
  readonly ascii?: boolean | null;
}

/**
 * The periods of a plan as a text timeline for a terminal: one bar of characters per period,
 * years marked above the track, and today's marker when `options.today` is given.
 *
 * Each bar covers the period's half-open `[start, end)` (PERIOD-START) and the row names its
 * first and last local dates and its clause (PERIOD-1Y, PERIOD-2Y, PERIOD-WARRANTY-2Y,
 * PERIOD-SAFE-FLIGHT, SVC-WARRANTY-EXT). Pure: the same input gives the same text. Control
 * characters in the words (labels, title, a locale's texts) are written as U+FFFD: a row is
 * always one line.
 *
 * @param periods - the periods to draw, such as `periodList(coveragePeriods(...))`
 * @param options - `today`, `timeZone` of the axis, `title`, `labels` by kind, `columns`, `ascii`,
 * `locale` (its words and dates; columns stay aligned by display width, so CJK text lines up)
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
  const o = readOptions(options, 'options', [...LAYOUT_KEYS, 'columns', 'ascii']);
  const laid = layout(periods, o);
  // Every word written is one line: the locale's texts are (textOf), the caller's labels and title made so here.
  const axis = { ...laid, rows: laid.rows.map((r) => ({ ...r, label: oneLine(r.label) })) };
  const columns = requireSize(o.columns, 'options.columns', 12, 400, 48);
  const ascii = requireBoolean(o.ascii, 'options.ascii', false);
  const [full, empty, yearMark, todayMark] = ascii ? ['#', ' ', '|', '^'] : ['█', ' ', '│', '▲'];
  const col = (ms: number): number => Math.round(((ms - axis.from) / (axis.to - axis.from)) * columns);
  // Columns by display width, so labels in CJK (two columns a character) line up.
  const labelWidth = axis.rows.reduce((m, r) => Math.max(m, displayWidth(r.label)), 0);
  const indent = ' '.repeat(labelWidth + 2);

  const lines: string[] = [];
  if (axis.title !== undefined) lines.push(oneLine(axis.title));
  lines.push(axis.say('timeline.dates-in', { timeZone: axis.zone }));

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
  // The dates column padded by display width too: a locale's dates may differ in width.
  const ranges = axis.rows.map((r) => axis.say('timeline.range', { startDate: r.startDate, lastDate: r.lastDate, ascii }));
  const rangeWidth = ranges.reduce((m, r) => Math.max(m, displayWidth(r)), 0);
  for (const [index, row] of axis.rows.entries()) {
    const range = ranges[index] as string;
    const a = Math.min(col(row.start), columns - 1);
    const b = Math.max(col(row.end), a + 1);
    let track = '';
    for (let c = 0; c < columns; c += 1) track += c >= a && c < b ? full : yearCols.has(c) ? yearMark : empty;
    const pad = ' '.repeat(labelWidth - displayWidth(row.label));
    lines.push(`${row.label}${pad}  ${track}  ${range}${' '.repeat(rangeWidth - displayWidth(range))}  ${row.clause}`);
  }
  if (axis.today !== undefined) {
    const c = Math.min(col(axis.today.at), columns - 1);
    lines.push(`${indent}${' '.repeat(c)}${todayMark} ${axis.say('timeline.today', { date: axis.today.date })}`);
  }
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}
