/**
 * The Italian texts of `describePlan` and the timelines (issue 13), with the names of the `it`
 * glossary, in the formal address. The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, plural, region } from '../words';

type C = RenderContext;
const K = { damage: 'Sostituzione per danni', flyaway: 'Copertura Flyaway' } as const;
const S = { 'discounted-repair': 'Sconti sulle riparazioni', maintenance: 'Manutenzione in fabbrica' } as const;
const U = { 'damage-replacement': 'una sostituzione per danni', 'flyaway-replacement': 'la copertura Flyaway', 'discounted-repair': 'uno sconto sulla riparazione' } as const;
const R = 'Servizio di sostituzione';
const SF = 'Premio per il volo sicuro: ';
const P = 'DJI Care Refresh +: ';
const NO = 'servizio terminato; l’ultimo giorno era il ';
const span = (c: C, a: string, b: string): string => `dal ${date(c, a)} al ${date(c, b)}`;
const rest = (c: C, n: number): string => plural(c, n, { one: '# disponibile', other: '# disponibili' });
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `0 disponibili (${plural(c, p.used, { one: '# utilizzato', other: '# utilizzati' })} su ${p.allowed})` : `${rest(c, p.remaining)} su ${p.allowed}`}, fino al ${date(c, p.lastDate)}.`;
const local = (zone: string): string => `date locali di ${zone}`;
const more = (r: readonly string[]): string => r.map((s) => ` ${s}`).join('');

/**
 * Italian (`it`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' }); //=> 'oggi 1 giu 2026'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => 'Garanzia ufficiale',
  'timeline.kind.extended-warranty': () => 'Estensione della garanzia',
  'timeline.kind.safe-flight': () => 'Premio per il volo sicuro (se ottenuto)',
  'timeline.kind.renewal': () => 'Anno di rinnovo DJI Care Refresh +',
  'timeline.dates-in': (p) => `Date locali di ${p.timeZone}`,
  'timeline.today': (p, c) => `oggi ${date(c, p.date)}`,
  'timeline.range': (p, c) => `${date(c, p.startDate)}${p.ascii ? ' - ' : ' – '}${date(c, p.lastDate)}`,
  'timeline.summary': (p, c) => `Cronologia di ${plural(c, p.count, { one: '# periodo', other: '# periodi' })}, ${local(p.timeZone)}`,
  'timeline.period': (p, c) => `${p.label} (${p.clause}): valido ${span(c, p.startDate, p.lastDate)} incluso`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (piano di ${p.term === '1y' ? '1 anno' : '2 anni'}) per ${p.productName}, unità ${p.serial}, paese di acquisto: ${region(c, p.region)}. Stato al ${date(c, p.date)} (${local(p.timeZone)}).`,
  'describe.moved': (p, c) => {
    const n = p.formerSerials.length;
    return `Dopo una sostituzione il piano è passato all’unità ${p.serial}; ${plural(c, n, { one: 'l’unità', other: 'le unità' })} ${list(c, p.formerSerials, 'conjunction')} non ${plural(c, n, { one: 'ha', other: 'hanno' })} più un piano.`;
  },
  'describe.moved.more': (p, c) => plural(c, p.count, { one: 'Un’altra unità non ha più un piano.', other: 'Altre # unità non hanno più un piano.' }),
  'describe.replacements': (p, c) => `${R}${p.renewal ? ' nell’anno di rinnovo DJI Care Refresh +' : ''}: ${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) =>
    `${R}: non ancora utilizzabile; il piano entra in vigore il ${date(c, p.startDate)}, poi ${p.allowed} fino al ${date(c, p.lastDate)}.`,
  'describe.replacements.ended': (p, c) => `${R}: ${NO}${date(c, p.lastDate)}.`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}: non inclusa nell’anno di rinnovo.`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}: non coperta per ${p.productName}.`,
  'describe.kind.none-left': (p) => `${K[p.kind]}: nessuna disponibile.`,
  'describe.kind.left': (p, c) => `${K[p.kind]}: ${rest(c, p.remaining)}.`,
  'describe.kind.fee': (p, c) =>
    `${K[p.kind]}: ${rest(c, p.remaining)}; la prossima costa ${p.fee}${p.ordinal === null ? '' : ` (sostituzione n. ${p.ordinal} del piano)`}.`,
  'describe.kind.unpublished': (p, c) => `${K[p.kind]}: ${rest(c, p.remaining)}; la tariffa non è pubblicata per questo piano.`,
  'describe.service.not-included': (p) => `${S[p.service]}: non applicabile a ${p.productName}.`,
  'describe.service.left': (p, c) => `${S[p.service]}: ${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}: ${p.allowed}, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.service.ended': (p, c) => `${S[p.service]}: ${NO}${date(c, p.lastDate)}.`,
  'describe.warranty-repairs': (p) => `Riparazioni in garanzia finora: ${p.count}; non hanno consumato sostituzioni né sconti.`,
  'describe.safe-flight.not-offered': (p) => `${SF}non offerto per ${p.productName}.`,
  'describe.safe-flight.pending': (p, c) =>
    `${SF}se durante la validità del piano non si utilizza alcuna sostituzione né alcuno sconto sulla riparazione, segue un ulteriore anno di garanzia, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}ottenuto, un ulteriore anno di garanzia ${span(c, p.startDate, p.lastDate)} (${p.now === 'in-force' ? 'in vigore ora' : p.now === 'later' ? `dal ${date(c, p.startDate)}` : 'terminato'}).`,
  'describe.safe-flight.used': (p, c) =>
    `${plural(c, p.uses.length, { one: 'Servizio utilizzato', other: 'Servizi utilizzati' })}: ${list(c, p.uses.map((u) => `${U[u.service]} il ${date(c, u.date)}`), 'conjunction')}.`,
  'describe.safe-flight.more': (p, c) => plural(c, p.count, { one: 'È registrato # altro utilizzo.', other: 'Sono registrati altri # utilizzi.' }),
  'describe.safe-flight.forfeited': (p) => `${SF}perso.${more(p.reasons)}`,
  'describe.plus.bought': (p, c) =>
    `${P}acquistato${p.date === null ? '' : ` il ${date(c, p.date)}`}${p.startDate === null ? '' : `; anno di rinnovo ${span(c, p.startDate, p.lastDate as string)}`}.`,
  'describe.plus.can-buy': (p, c) => `${P}acquistabile fino al ${date(c, p.lastDate)}, finché resta una sostituzione.`,
  'describe.plus.cannot-buy': (p) => `${P}non acquistabile.${more(p.reasons)}`,
  'describe.note': (p) => `Nota: ${p.reason}`,
};
