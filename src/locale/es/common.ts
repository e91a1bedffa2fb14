/**
 * What the parts of the Spanish catalogue share (issue 13): the shape of a message, the words
 * repeated across rule areas, and the counts every quota sentence writes.
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

export const NG = 'no indicado';
export const PLUS = 'DJI Care Refresh +';
export const FLY = 'cobertura Flyaway';
/** The event of a flyaway: the aircraft lost in flight. */
export const LOST = 'pérdida en vuelo';

/** A plan term (PERIOD-1Y, PERIOD-2Y). */
export const TERM = { '1y': '1 año', '2y': '2 años' } as const;
/** Where a quota counts (QUOTA-*, PLUS-EFFECT). */
export const WHERE = { term: 'en el plan', renewal: `en el año de renovación de ${PLUS}` } as const;

/** `1 sustitución`, `2 sustituciones`. */
export function rep(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# sustitución', other: '# sustituciones' });
}

/** What is left of a quota: `queda 1 de 2`, `quedan 0 de 1`. */
export function left(c: RenderContext, n: number, of: number): string {
  return plural(c, n, { one: `queda # de ${of}`, other: `quedan # de ${of}` });
}

/** A region by name and code, where the code matters: `Alemania (DE)`. */
export function rc(c: RenderContext, code: string): string {
  return `${region(c, code)} (${code})`;
}

/** The dates of a validity as expected, and the date checked as received. */
export function between(c: RenderContext, p: { readonly startDate: string; readonly lastDate: string; readonly date: string }): { readonly expected: string; readonly received: string } {
  return { expected: `entre el ${date(c, p.startDate)} y el ${date(c, p.lastDate)}`, received: date(c, p.date) };
}
