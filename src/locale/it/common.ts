/**
 * What the parts of the Italian catalogue share (issue 13): the shape of a message, the words
 * repeated across rule areas, and the counts every quota sentence writes. Dates in sentences
 * follow "in data", "della data" or "ultimo giorno:", so that no article has to agree with a
 * day number (il 2, l'8).
 *
 * @module
 */
import type { MessageText, RenderContext } from '../../messages/codes';
import { date, plural, region } from '../words';

/** A message, with what was expected and received when both are given (a next step has neither). */
export function w(message: string, expected?: string, received?: string): MessageText {
  return expected === undefined ? { message } : { message, expected, received: received as string };
}

/** A value named by a table, or as given when the table has no name for it (params typed `string`). */
export function named(table: Readonly<Record<string, string>>, value: string): string {
  return table[value] ?? value;
}

export const NG = 'non indicato';
export const PLUS = 'DJI Care Refresh +';
export const FLY = 'copertura Flyaway';
/** The event of a flyaway: the aircraft lost in flight. */
export const LOST = 'perdita in volo';

/** A plan term (PERIOD-1Y, PERIOD-2Y). */
export const TERM = { '1y': '1 anno', '2y': '2 anni' } as const;
/** Where a quota counts (QUOTA-*, PLUS-EFFECT). */
export const WHERE = { term: 'nel piano', renewal: `nell'anno di rinnovo di ${PLUS}` } as const;

/** `1 sostituzione`, `2 sostituzioni`. */
export function rep(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# sostituzione', other: '# sostituzioni' });
}

/** What is left of a quota: `ne resta 1 su 2`, `ne restano 0 su 1`. */
export function left(c: RenderContext, n: number, of: number): string {
  return plural(c, n, { one: `ne resta # su ${of}`, other: `ne restano # su ${of}` });
}

/** A region by name and code, where the code matters: `Germania (DE)`. */
export function rc(c: RenderContext, code: string): string {
  return `${region(c, code)} (${code})`;
}

/** `1 mar 2026 – 28 feb 2027` */
export function span(c: RenderContext, from: string, to: string): string {
  return `${date(c, from)} – ${date(c, to)}`;
}

/** The dates of a validity as expected, and the date checked as received. */
export function between(c: RenderContext, p: { readonly startDate: string; readonly lastDate: string; readonly date: string }): { readonly expected: string; readonly received: string } {
  return { expected: `nel periodo ${span(c, p.startDate, p.lastDate)}`, received: date(c, p.date) };
}
