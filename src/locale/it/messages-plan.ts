/**
 * The Italian words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the Italian catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { LOST, NG, between, w } from './common';
import { ACTIVATION } from './messages-eligibility';

const CONTRACT = 'la data del contratto è la data di ';
const NOT_REBOUND = 'una sostituzione non ancora riassociata';
const NEVER_BOUND = "un'unità mai associata al piano";
const UNIT = "L'unità ";
/** What a PERIOD-OUTSIDE check is about. */
const SUBJECT = { damage: 'Il danno', flyaway: `La ${LOST}`, repair: 'La riparazione', 'maintenance request': 'La richiesta di manutenzione' } as const;
const NOT_COVERED = '; non rientra nella copertura.';

/**
 * The Italian words of the agreement-date, rebinding and validity codes.
 *
 * @example
 * ```ts
 * IT_PLAN['date.code']({ date: '2026-03-01' }, { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' }).received; //=> '1 mar 2026'
 * ```
 */
export const IT_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => w('Non è noto se il prodotto sia stato attivato.', ACTIVATION, NG),
  'date.bundled.not-activated': () =>
    w('Il piano entra in vigore alla data di attivazione; il prodotto non è ancora stato attivato.', 'un prodotto attivato', 'non attivato'),
  'date.bundled.activation-date': (p, c) => w(`Acquistato con il prodotto: ${CONTRACT}attivazione.`, 'la data di attivazione', date(c, p.date)),
  'date.bundled.activated-before-auto-start': (p, c) =>
    w(
      'Il prodotto è stato attivato prima della data di decorrenza automatica.',
      `attivazione prima della data ${date(c, p.autoStartDate)}`,
      date(c, p.activationDate),
    ),
  'date.bundled-om.delivery-needed': (p, c) =>
    w(
      `È necessaria la data di consegna: per ${p.productName} il piano entra in vigore ${plural(c, p.days, { one: '# giorno', other: '# giorni' })} dopo la consegna se il prodotto non viene attivato prima.`,
      'la data di consegna',
      NG,
    ),
  'date.bundled-om.auto-start': (p, c) =>
    w(
      `Il piano entra in vigore automaticamente ${plural(c, p.days, { one: '# giorno', other: '# giorni' })} dopo la data di consegna.`,
      `nessuna attivazione prima della data ${date(c, p.autoStartDate)}`,
      p.activationDate === null ? 'non attivato' : `attivato in data ${date(c, p.activationDate)}`,
    ),
  'date.separate': (p, c) => w(`Acquistato separatamente: ${CONTRACT}acquisto.`, 'la data di acquisto', date(c, p.date)),
  'date.code': (p, c) => w(`Associato con un codice di attivazione: ${CONTRACT}associazione.`, 'la data di associazione', date(c, p.date)),

  'rebind.unit.current': (p) => w(`${UNIT}${p.serial} è quella associata al piano.`, `l'unità del piano (${p.serial})`, p.serial),
  'rebind.unit.replaced-not-rebound': (p) =>
    w(
      `${UNIT}${p.serial} è stata sostituita e non ha più un piano; registri l'associazione all'unità ricevuta e presenti la richiesta per quell'unità.`,
      "un'unità associata al piano (registri la nuova associazione dopo una sostituzione)",
      `${p.serial} (sostituita)`,
    ),
  'rebind.unit.former': (p) =>
    w(
      `${UNIT}${p.serial} è stata sostituita; il piano è passato all'unità ${p.planSerial} e l'unità originale non ha più un piano.`,
      `l'unità del piano (${p.planSerial})`,
      p.serial,
    ),
  'rebind.replaced': (p) => w(`${UNIT}${p.serial} è stata sostituita; il piano passa all'unità ricevuta.`, NOT_REBOUND, 'sostituita'),
  'rebind.no-replacement': (p) =>
    w(`${UNIT}${p.serial} non è stata sostituita, quindi non c'è nulla da riassociare.`, NOT_REBOUND, 'nessuna sostituzione'),
  'rebind.new-unit.bound-before': (p) =>
    w(`${UNIT}${p.newSerial} è già stata associata a questo piano; un prodotto si associa una sola volta.`, NEVER_BOUND, 'già associata'),
  'rebind.new-unit.never-bound': (p) => w(`${UNIT}${p.newSerial} non è mai stata associata a questo piano.`, NEVER_BOUND, 'mai associata'),
  'rebind.new-unit.no-purchase': (p) =>
    w(`${UNIT}${p.newSerial} ora ha questo piano: non venda DJI Care Refresh per questa unità (previouslyBound: true).`),

  'period.inside': (p, c) => ({ message: `${SUBJECT[p.subject]} rientra nel periodo di validità del piano.`, ...between(c, p) }),
  'period.before-start': (p, c) =>
    ({ message: `${SUBJECT[p.subject]} è anteriore all'entrata in vigore del piano (${date(c, p.startDate)})${NOT_COVERED}`, ...between(c, p) }),
  'period.after-end': (p, c) =>
    ({ message: `${SUBJECT[p.subject]} è posteriore alla fine della validità (ultimo giorno: ${date(c, p.lastDate)})${NOT_COVERED}`, ...between(c, p) }),
});
