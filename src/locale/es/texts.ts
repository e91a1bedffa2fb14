/**
 * The Spanish texts of `describePlan` and the timelines (issue 13), with the names of the `es`
 * glossary, in the formal address. The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, plural, region, sentenceEnd } from '../words';

type C = RenderContext;
const K = { damage: 'Sustitución por daños', flyaway: 'Cobertura Flyaway' } as const;
const S = { 'discounted-repair': 'Descuentos en reparaciones', maintenance: 'Mantenimiento de fábrica' } as const;
const U = { 'damage-replacement': 'una sustitución por daños', 'flyaway-replacement': 'la cobertura Flyaway', 'discounted-repair': 'un descuento en reparación' } as const;
const R = 'Servicio de sustitución';
const SF = 'Recompensa por vuelo seguro: ';
const P = 'DJI Care Refresh +: ';
const NO = 'servicio finalizado; el último día fue el ';
const span = (c: C, a: string, b: string): string => `del ${date(c, a)} al ${date(c, b)}`;
const rest = (c: C, n: number): string => plural(c, n, { one: 'queda #', other: 'quedan #' });
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `ninguno disponible (usados ${p.used} de ${p.allowed})` : `${rest(c, p.remaining)} de ${p.allowed}`}, hasta el ${date(c, p.lastDate)}.`;
const local = (zone: string): string => `fechas locales de ${zone}`;
const more = (r: readonly string[]): string => r.map((s) => ` ${s}`).join('');

/**
 * Spanish (`es`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' }); //=> 'hoy 1 jun 2026'
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => 'Garantía oficial',
  'timeline.kind.extended-warranty': () => 'Ampliación de garantía',
  'timeline.kind.safe-flight': () => 'Recompensa por vuelo seguro (si se obtiene)',
  'timeline.kind.renewal': () => 'Año de renovación DJI Care Refresh +',
  'timeline.dates-in': (p) => `Fechas locales de ${p.timeZone}`,
  'timeline.today': (p, c) => `hoy ${date(c, p.date)}`,
  'timeline.range': (p, c) => `${date(c, p.startDate)}${p.ascii ? ' a ' : ' – '}${date(c, p.lastDate)}`,
  'timeline.summary': (p, c) => `Cronología de ${plural(c, p.count, { one: '# periodo', other: '# periodos' })}, ${local(p.timeZone)}`,
  'timeline.period': (p, c) => `${p.label} (${p.clause}): vigente ${span(c, p.startDate, p.lastDate)}, ambos incluidos`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (plan de ${p.term === '1y' ? '1 año' : '2 años'}) para ${p.productName}, unidad ${p.serial}, país de compra: ${sentenceEnd(region(c, p.region))} Estado al ${date(c, p.date)} (${local(p.timeZone)}).`,
  'describe.moved': (p, c) => {
    const n = p.formerSerials.length;
    return `Tras una sustitución, el plan pasó a la unidad ${p.serial}; ${plural(c, n, { one: 'la unidad', other: 'las unidades' })} ${list(c, p.formerSerials, 'conjunction')} ya no ${plural(c, n, { one: 'tiene', other: 'tienen' })} plan.`;
  },
  'describe.moved.more': (p, c) => plural(c, p.count, { one: 'Otra unidad más ya no tiene plan.', other: 'Otras # unidades ya no tienen plan.' }),
  'describe.replacements': (p, c) => `${R}${p.renewal ? ' en el año de renovación DJI Care Refresh +' : ''}: ${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) =>
    `${R}: aún no disponible; el plan entra en vigor el ${date(c, p.startDate)} y después ofrece ${p.allowed} hasta el ${date(c, p.lastDate)}.`,
  'describe.replacements.ended': (p, c) => `${R}: ${NO}${date(c, p.lastDate)}.`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]}: no incluida en el año de renovación.`,
  'describe.kind.not-covered': (p) => `${K[p.kind]}: no cubierta para ${p.productName}.`,
  'describe.kind.none-left': (p) => `${K[p.kind]}: no queda ninguna.`,
  'describe.kind.left': (p, c) => `${K[p.kind]}: ${rest(c, p.remaining)}.`,
  'describe.kind.fee': (p, c) =>
    `${K[p.kind]}: ${rest(c, p.remaining)}; la próxima cuesta ${p.fee}${p.ordinal === null ? '' : ` (sustitución n.º ${p.ordinal} del plan)`}.`,
  'describe.kind.unpublished': (p, c) => `${K[p.kind]}: ${rest(c, p.remaining)}; la tarifa no está publicada para este plan.`,
  'describe.service.not-included': (p) => `${S[p.service]}: no aplicable a ${p.productName}.`,
  'describe.service.left': (p, c) => `${S[p.service]}: ${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]}: ${p.allowed}, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.service.ended': (p, c) => `${S[p.service]}: ${NO}${date(c, p.lastDate)}.`,
  'describe.warranty-repairs': (p) => `Reparaciones en garantía hasta ahora: ${p.count}; no han consumido sustituciones ni descuentos.`,
  'describe.safe-flight.not-offered': (p) => `${SF}no se ofrece para ${p.productName}.`,
  'describe.safe-flight.pending': (p, c) =>
    `${SF}si no se utiliza ninguna sustitución ni ningún descuento en reparación durante la vigencia del plan, se añade un año más de garantía, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}obtenida, un año más de garantía ${span(c, p.startDate, p.lastDate)} (${p.now === 'in-force' ? 'vigente ahora' : p.now === 'later' ? `desde el ${date(c, p.startDate)}` : 'finalizado'}).`,
  'describe.safe-flight.used': (p, c) =>
    `${plural(c, p.uses.length, { one: 'Servicio utilizado', other: 'Servicios utilizados' })}: ${list(c, p.uses.map((u) => `${U[u.service]} el ${date(c, u.date)}`), 'conjunction')}.`,
  'describe.safe-flight.more': (p, c) => plural(c, p.count, { one: 'Consta # uso más.', other: 'Constan # usos más.' }),
  'describe.safe-flight.forfeited': (p) => `${SF}perdida.${more(p.reasons)}`,
  'describe.plus.bought': (p, c) =>
    `${P}comprado${p.date === null ? '' : ` el ${date(c, p.date)}`}${p.startDate === null ? '' : `; año de renovación ${span(c, p.startDate, p.lastDate as string)}`}.`,
  'describe.plus.can-buy': (p, c) => `${P}puede comprarse hasta el ${date(c, p.lastDate)}, mientras quede alguna sustitución.`,
  'describe.plus.cannot-buy': (p) => `${P}no puede comprarse.${more(p.reasons)}`,
  'describe.note': (p) => `Nota: ${p.reason}`,
};
