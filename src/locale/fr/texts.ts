/**
 * The French texts of `describePlan` and the timelines (issue 13), with the names of the `fr`
 * glossary, in the formal address. The project's own translation, not DJI's text.
 *
 * @module
 */
import type { RenderContext } from '../../messages/codes';
import type { Texts } from '../../messages/texts';
import { date, list, plural, region, sentenceEnd } from '../words';

type C = RenderContext;
const K = { damage: 'Remplacement en cas de dommage', flyaway: 'Couverture Flyaway' } as const;
const S = { 'discounted-repair': 'Remises sur les réparations', maintenance: 'Maintenance en usine' } as const;
const U = { 'damage-replacement': 'un remplacement en cas de dommage', 'flyaway-replacement': 'la couverture Flyaway', 'discounted-repair': 'une remise sur réparation' } as const;
const R = 'Service de remplacement';
const SF = 'Récompense pour vol en sécurité : ';
const P = 'DJI Care Refresh + : ';
const NO = 'service terminé ; le dernier jour était le ';
const span = (c: C, a: string, b: string): string => `du ${date(c, a)} au ${date(c, b)}`;
const rest = (c: C, n: number): string => plural(c, n, { one: '# restant', other: '# restants' });
const left = (c: C, p: { remaining: number; used: number; allowed: number; lastDate: string }): string =>
  `${p.remaining === 0 ? `0 restant (${plural(c, p.used, { one: '# utilisé', other: '# utilisés' })} sur ${p.allowed})` : `${rest(c, p.remaining)} sur ${p.allowed}`}, jusqu'au ${date(c, p.lastDate)}.`;
const local = (zone: string): string => `dates locales, ${zone}`;
const more = (r: readonly string[]): string => r.map((s) => ` ${s}`).join('');

/**
 * French (`fr`): every text of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * TEXTS['timeline.today']({ date: '2026-06-01' }, { tag: 'fr', region: 'FR', timeZone: 'Europe/Paris' }); //=> "aujourd'hui 1er juin 2026"
 * ```
 *
 * @category Locale
 */
export const TEXTS: Texts = {
  'timeline.kind.replacement': () => R,
  'timeline.kind.repair-discount': () => S['discounted-repair'],
  'timeline.kind.official-warranty': () => 'Garantie officielle',
  'timeline.kind.extended-warranty': () => 'Extension de garantie',
  'timeline.kind.safe-flight': () => 'Récompense pour vol en sécurité (si obtenue)',
  'timeline.kind.renewal': () => 'Année de renouvellement DJI Care Refresh +',
  'timeline.dates-in': (p) => `Dates locales : ${p.timeZone}`,
  'timeline.today': (p, c) => `aujourd'hui ${date(c, p.date)}`,
  'timeline.range': (p, c) => `${date(c, p.startDate)}${p.ascii ? ' au ' : ' – '}${date(c, p.lastDate)}`,
  'timeline.summary': (p, c) => `Chronologie de ${plural(c, p.count, { one: '# période', other: '# périodes' })} (${local(p.timeZone)})`,
  'timeline.period': (p, c) => `${p.label} (${p.clause}) : en vigueur ${span(c, p.startDate, p.lastDate)} inclus`,
  'describe.plan': (p, c) =>
    `DJI Care Refresh (forfait ${p.term === '1y' ? '1 an' : '2 ans'}) pour ${p.productName}, appareil ${p.serial}, pays d'achat : ${sentenceEnd(region(c, p.region))} État au ${date(c, p.date)} (${local(p.timeZone)}).`,
  'describe.moved': (p, c) =>
    `Après un remplacement, le forfait est passé à l'appareil ${p.serial} ; il ne couvre plus ${plural(c, p.formerSerials.length, { one: "l'appareil", other: 'les appareils' })} ${list(c, p.formerSerials, 'conjunction')}.`,
  'describe.moved.more': (p, c) => plural(c, p.count, { one: 'Il ne couvre plus un autre appareil.', other: 'Il ne couvre plus # autres appareils.' }),
  'describe.replacements': (p, c) => `${R}${p.renewal ? ' (année de renouvellement DJI Care Refresh +)' : ''} : ${left(c, p)}`,
  'describe.replacements.not-yet': (p, c) =>
    `${R} : pas encore utilisable ; le forfait prend effet le ${date(c, p.startDate)}, puis ${plural(c, p.allowed, { one: '# remplacement', other: '# remplacements' })} jusqu'au ${date(c, p.lastDate)}.`,
  'describe.replacements.ended': (p, c) => `${R} : ${NO}${date(c, p.lastDate)}.`,
  'describe.kind.not-in-renewal': (p) => `${K[p.kind]} : hors de l'année de renouvellement.`,
  'describe.kind.not-covered': (p) => `${K[p.kind]} : non applicable à ${p.productName}.`,
  'describe.kind.none-left': (p) => `${K[p.kind]} : 0 restant.`,
  'describe.kind.left': (p, c) => `${K[p.kind]} : ${rest(c, p.remaining)}.`,
  'describe.kind.fee': (p, c) =>
    `${K[p.kind]} : ${rest(c, p.remaining)} ; prochain remplacement : ${p.fee}${p.ordinal === null ? '' : ` (remplacement n° ${p.ordinal} du forfait)`}.`,
  'describe.kind.unpublished': (p, c) => `${K[p.kind]} : ${rest(c, p.remaining)} ; le tarif n'est pas publié pour ce forfait.`,
  'describe.service.not-included': (p) => `${S[p.service]} : non applicable à ${p.productName}.`,
  'describe.service.left': (p, c) => `${S[p.service]} : ${left(c, p)}`,
  'describe.service.not-yet': (p, c) => `${S[p.service]} : ${p.allowed}, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.service.ended': (p, c) => `${S[p.service]} : ${NO}${date(c, p.lastDate)}.`,
  'describe.warranty-repairs': (p) => `Réparations sous garantie à ce jour : ${p.count} ; elles n'ont consommé aucun remplacement ni aucune remise.`,
  'describe.safe-flight.not-offered': (p) => `${SF}non proposée pour ${p.productName}.`,
  'describe.safe-flight.pending': (p, c) =>
    `${SF}si aucun remplacement ni aucune remise sur réparation n'est utilisé pendant la validité du forfait, une année de garantie supplémentaire suit, ${span(c, p.startDate, p.lastDate)}.`,
  'describe.safe-flight.earned': (p, c) =>
    `${SF}obtenue, une année de garantie supplémentaire ${span(c, p.startDate, p.lastDate)} (${p.now === 'in-force' ? 'en vigueur' : p.now === 'later' ? `à partir du ${date(c, p.startDate)}` : 'terminée'}).`,
  'describe.safe-flight.used': (p, c) =>
    `${plural(c, p.uses.length, { one: 'Service utilisé', other: 'Services utilisés' })} : ${list(c, p.uses.map((u) => `${U[u.service]} le ${date(c, u.date)}`), 'conjunction')}.`,
  'describe.safe-flight.more': (p, c) => plural(c, p.count, { one: '# autre utilisation est enregistrée.', other: '# autres utilisations sont enregistrées.' }),
  'describe.safe-flight.forfeited': (p) => `${SF}perdue.${more(p.reasons)}`,
  'describe.plus.bought': (p, c) =>
    `${P}acheté${p.date === null ? '' : ` le ${date(c, p.date)}`}${p.startDate === null ? '' : ` ; année de renouvellement ${span(c, p.startDate, p.lastDate as string)}`}.`,
  'describe.plus.can-buy': (p, c) => `${P}peut être acheté jusqu'au ${date(c, p.lastDate)}, tant qu'il reste un remplacement.`,
  'describe.plus.cannot-buy': (p) => `${P}ne peut pas être acheté.${more(p.reasons)}`,
  'describe.note': (p) => `Remarque : ${p.reason}`,
};
