/**
 * The German texts of `describePlan` and the timelines (issue 13), with the names of the `de`
 * glossary, in the formal address. The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, plural, region } from '../words';

type C = RenderContext;
const K = { damage: 'Austausch bei Beschädigung', flyaway: 'Flyaway-Abdeckung' } as const;
const S = { 'discounted-repair': 'Exklusive Reparaturrabatte', maintenance: 'Werkswartung' } as const;
const U = { 'damage-replacement': 'ein Austausch bei Beschädigung', 'flyaway-replacement': 'die Flyaway-Abdeckung', 'discounted-repair': 'ein exklusiver Reparaturrabatt' } as const;
const R = 'Austauschservice';
const SF = 'Prämie für sicheres Fliegen: ';
const P = 'DJI Care Refresh +: ';
const NO = 'nicht mehr nutzbar; letzter Tag war der ';
const span = (c: C, a: string, b: string): string => `vom ${date(c, a)} bis ${date(c, b)}`;
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `keine mehr (${p.used} von ${p.allowed} genutzt)` : `${p.remaining} von ${p.allowed} verfügbar`}, bis ${date(c, p.lastDate)}.`;
const still = (n: number): string => `noch ${n} verfügbar`;
const local = (zone: string): string => `Datumsangaben in Ortszeit ${zone}`;
const more = (r: readonly string[]): string => r.map((s) => ` ${s}`).join('');

/**
 * German (`de`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' }); //=> 'heute 01.06.2026'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => 'Reparaturrabatte',
  'timeline.kind.official-warranty': () => 'Herstellergarantie',
  'timeline.kind.extended-warranty': () => 'Garantieverlängerung',
  'timeline.kind.safe-flight': () => 'Prämie für sicheres Fliegen (falls erhalten)',
  'timeline.kind.renewal': () => 'Verlängerungsjahr DJI Care Refresh +',
  'timeline.dates-in': (p) => local(p.timeZone),
  'timeline.today': (p, c) => `heute ${date(c, p.date)}`,
  'timeline.range': (p, c) => `${date(c, p.startDate)}${p.ascii ? ' bis ' : ' – '}${date(c, p.lastDate)}`,
  'timeline.summary': (p, c) => `Zeitleiste mit ${plural(c, p.count, { one: '# Zeitraum', other: '# Zeiträumen' })}, ${local(p.timeZone)}`,
  'timeline.period': (p, c) => `${p.label} (${p.clause}): gültig vom ${date(c, p.startDate)} bis einschließlich ${date(c, p.lastDate)}`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (${p.term === '1y' ? 1 : 2}-Jahres-Plan) für ${p.productName}, Gerät ${p.serial}, Land des Kaufs: ${region(c, p.region)}. Stand ${date(c, p.date)} (${local(p.timeZone)}).`,
  'describe.moved': (p, c) =>
    `Nach einem Austausch gilt der Plan für Gerät ${p.serial}; für ${plural(c, p.formerSerials.length, { one: 'Gerät', other: 'die Geräte' })} ${list(c, p.formerSerials, 'conjunction')} gilt er nicht mehr.`,
  'describe.moved.more': (p, c) => plural(c, p.count, { one: 'Für ein weiteres Gerät gilt er nicht mehr.', other: 'Für # weitere Geräte gilt er nicht mehr.' }),
  'describe.replacements': (p, c) => `${R}${p.renewal ? ' im Verlängerungsjahr (DJI Care Refresh +)' : ''}: ${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) =>
    `${R}: noch nicht nutzbar; der Plan beginnt am ${date(c, p.startDate)}, danach ${plural(c, p.allowed, { one: '# Austausch', other: '# Austausche' })} bis ${date(c, p.lastDate)}.`,
  'describe.replacements.ended': (p, c) => `${R}: ${NO}${date(c, p.lastDate)}.`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}: im Verlängerungsjahr nicht enthalten.`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}: für ${p.productName} nicht abgedeckt.`,
  'describe.kind.none-left': (p) => `${K[p.kind]}: aufgebraucht.`,
  'describe.kind.left': (p) => `${K[p.kind]}: ${still(p.remaining)}.`,
  'describe.kind.fee': (p) =>
    `${K[p.kind]}: ${still(p.remaining)}; nächster Austausch: ${p.fee}${p.ordinal === null ? '' : ` (${p.ordinal}. Austausch im Plan)`}.`,
  'describe.kind.unpublished': (p) => `${K[p.kind]}: ${still(p.remaining)}; die Gebühr ist für diesen Plan nicht veröffentlicht.`,
  'describe.service.not-included': (p) => `${S[p.service]}: für ${p.productName} nicht enthalten.`,
  'describe.service.left': (p, c) => `${S[p.service]}: ${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}: ${p.allowed}, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.service.ended': (p, c) => `${S[p.service]}: ${NO}${date(c, p.lastDate)}.`,
  'describe.warranty-repairs': (p) => `Bisherige Garantiereparaturen: ${p.count}; sie haben weder Austausche noch Rabatte verbraucht.`,
  'describe.safe-flight.not-offered': (p) => `${SF}für ${p.productName} nicht angeboten.`,
  'describe.safe-flight.pending': (p, c) =>
    `${SF}Wird während der Gültigkeit des Plans weder ein Austausch noch ein Reparaturrabatt genutzt, folgt ein weiteres Jahr Garantie ${span(c, p.startDate, p.lastDate)}.`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}erhalten, ein weiteres Jahr Garantie ${span(c, p.startDate, p.lastDate)} (${p.now === 'in-force' ? 'jetzt gültig' : p.now === 'later' ? `ab ${date(c, p.startDate)}` : 'abgelaufen'}).`,
  'describe.safe-flight.used': (p, c) =>
    `Genutzt ${plural(c, p.uses.length, { one: 'wurde', other: 'wurden' })} ${list(c, p.uses.map((u) => `${U[u.service]} am ${date(c, u.date)}`), 'conjunction')}.`,
  'describe.safe-flight.more': (p, c) => plural(c, p.count, { one: '# weitere Nutzung ist verzeichnet.', other: '# weitere Nutzungen sind verzeichnet.' }),
  'describe.safe-flight.forfeited': (p) => `${SF}verfallen.${more(p.reasons)}`,
  'describe.plus.bought': (p, c) =>
    `${P}gekauft${p.date === null ? '' : ` am ${date(c, p.date)}`}${p.startDate === null ? '' : `; Verlängerungsjahr ${span(c, p.startDate, p.lastDate as string)}`}.`,
  'describe.plus.can-buy': (p, c) => `${P}kann bis ${date(c, p.lastDate)} gekauft werden, solange ein Austausch verfügbar ist.`,
  'describe.plus.cannot-buy': (p) => `${P}kann nicht gekauft werden.${more(p.reasons)}`,
  'describe.note': (p) => `Hinweis: ${p.reason}`,
};
