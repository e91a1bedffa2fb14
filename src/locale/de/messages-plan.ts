/**
 * The German words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the German catalogue, spread into it by
 * `messages.ts` (issue 13).
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { NOT_GIVEN, PLAN } from './messages-eligibility';

/** PERIOD-OUTSIDE: what the check is about, as the subject of a sentence. */
const SUBJECT: Readonly<Record<MessageParams['period.inside']['subject'], string>> = {
  damage: 'Der Schaden',
  flyaway: 'Der Flyaway',
  repair: 'Die Reparatur',
  'maintenance request': 'Die Wartungsanfrage',
};

/** A validity's dates as expected, and the date checked as received. */
export function between(c: RenderContext, p: { readonly startDate: string; readonly lastDate: string; readonly date: string }) {
  return { expected: `vom ${date(c, p.startDate)} bis ${date(c, p.lastDate)}`, received: date(c, p.date) };
}

const UNIT = 'ein Gerät, das noch nie mit dem Plan verknüpft war';
const REBOUND = 'ein noch nicht neu verknüpfter Austausch';
const NOT_COVERED = 'und ist daher nicht abgedeckt.';

function days(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# Tag', other: '# Tage' });
}

/** The German words of the agreement-date, rebinding and validity codes. */
export const DE_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => ({
    message: 'Es ist nicht bekannt, ob das Produkt bereits aktiviert wurde.',
    expected: 'der Aktivierungszeitpunkt oder null',
    received: NOT_GIVEN,
  }),
  'date.bundled.not-activated': () => ({
    message: 'Der Plan tritt am Tag der Aktivierung in Kraft; das Produkt wurde noch nicht aktiviert.',
    expected: 'ein aktiviertes Produkt',
    received: 'nicht aktiviert',
  }),
  'date.bundled.activation-date': (p, c) => ({
    message: 'Zusammen mit dem Produkt gekauft: Vertragsdatum ist das Aktivierungsdatum.',
    expected: 'das Aktivierungsdatum',
    received: date(c, p.date),
  }),
  'date.bundled.activated-before-auto-start': (p, c) => ({
    message: 'Das Produkt wurde vor dem automatischen Startdatum aktiviert.',
    expected: `Aktivierung vor dem ${date(c, p.autoStartDate)}`,
    received: date(c, p.activationDate),
  }),
  'date.bundled-om.delivery-needed': (p, c) => ({
    message: `Das Lieferdatum wird benötigt: Für ${p.productName} tritt der Plan ${days(c, p.days)} nach der Lieferung in Kraft, sofern das Produkt nicht vorher aktiviert wird.`,
    expected: 'das Lieferdatum',
    received: NOT_GIVEN,
  }),
  'date.bundled-om.auto-start': (p, c) => ({
    message: `Der Plan tritt ${days(c, p.days)} nach dem Lieferdatum automatisch in Kraft.`,
    expected: `keine Aktivierung vor dem ${date(c, p.autoStartDate)}`,
    received: p.activationDate === null ? 'nicht aktiviert' : `aktiviert am ${date(c, p.activationDate)}`,
  }),
  'date.separate': (p, c) => ({ message: 'Separat gekauft: Vertragsdatum ist das Kaufdatum.', expected: 'das Kaufdatum', received: date(c, p.date) }),
  'date.code': (p, c) => ({
    message: 'Mit einem Aktivierungscode verknüpft: Vertragsdatum ist das Datum der Verknüpfung.',
    expected: 'das Datum der Verknüpfung',
    received: date(c, p.date),
  }),

  'rebind.unit.current': (p) => ({ message: `Das Gerät ${p.serial} ist das mit dem Plan verknüpfte Gerät.`, expected: `das Gerät des Plans (${p.serial})`, received: p.serial }),
  'rebind.unit.replaced-not-rebound': (p) => ({
    message: `Das Gerät ${p.serial} wurde ausgetauscht und hat keinen Plan mehr. Bitte erfassen Sie die Neuverknüpfung mit dem erhaltenen Ersatzgerät und stellen Sie den Antrag für dieses Gerät.`,
    expected: 'ein mit dem Plan verknüpftes Gerät (nach einem Austausch die Neuverknüpfung erfassen)',
    received: `${p.serial} (ausgetauscht)`,
  }),
  'rebind.unit.former': (p) => ({
    message: `Das Gerät ${p.serial} wurde ausgetauscht; der Plan ist auf das Gerät ${p.planSerial} übergegangen, und das ursprüngliche Gerät hat keinen Plan mehr.`,
    expected: `das Gerät des Plans (${p.planSerial})`,
    received: p.serial,
  }),
  'rebind.replaced': (p) => ({
    message: `Das Gerät ${p.serial} wurde ausgetauscht; der Plan geht auf das erhaltene Ersatzgerät über.`,
    expected: REBOUND,
    received: 'ausgetauscht',
  }),
  'rebind.no-replacement': (p) => ({
    message: `Für das Gerät ${p.serial} gab es keinen Austausch, nach dem der Plan neu verknüpft werden könnte.`,
    expected: REBOUND,
    received: 'kein Austausch',
  }),
  'rebind.new-unit.bound-before': (p) => ({
    message: `Das Gerät ${p.newSerial} war bereits mit diesem Plan verknüpft; ein Produkt wird nur einmal verknüpft.`,
    expected: UNIT,
    received: 'bereits verknüpft',
  }),
  'rebind.new-unit.never-bound': (p) => ({ message: `Das Gerät ${p.newSerial} war bisher nicht mit diesem Plan verknüpft.`, expected: UNIT, received: 'nie verknüpft' }),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `Das Gerät ${p.newSerial} ist jetzt durch diesen Plan abgedeckt: Bitte verkaufen Sie dafür kein weiteres ${PLAN} (previouslyBound: true).`,
  }),

  'period.inside': (p, c) => ({ message: `${SUBJECT[p.subject]} liegt innerhalb der Gültigkeitsdauer des Plans.`, ...between(c, p) }),
  'period.before-start': (p, c) => ({
    message: `${SUBJECT[p.subject]} liegt vor dem Inkrafttreten des Plans am ${date(c, p.startDate)} ${NOT_COVERED}`,
    ...between(c, p),
  }),
  'period.after-end': (p, c) => ({
    message: `${SUBJECT[p.subject]} liegt nach dem Ende der Gültigkeitsdauer (letzter Tag: ${date(c, p.lastDate)}) ${NOT_COVERED}`,
    ...between(c, p),
  }),
});
