/**
 * The Italian words of the eligibility rules (REGION-AVAILABLE, REGION-MATCH, ELIG-NEW,
 * ELIG-48H, ELIG-30D, ELIG-VERIFY, ELIG-ONCE) and of TERMS-CALLER: a part of the Italian
 * catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import type { EligibilityCode } from '../../messages/en-eligibility';
import { elapsed, hours, region } from '../words';
import { NG, rc, w } from './common';

const SOLD = 'un paese o una regione in cui DJI Care Refresh è in vendita';
const ONCE = 'un prodotto mai associato a un piano';
const SAME = 'paese o regione del prodotto: ';
/** The category, as the object of "l'attivazione" (CAT-CATEGORY). */
const CAT = { aircraft: 'del velivolo', gimbal: 'del gimbal', handheld: 'del dispositivo palmare' } as const;
const ASK = '; lo verifichi prima della vendita.';
const NOTICE = 'dalla notifica di acquisto';
/** The activation instant asked for (DATE-BUNDLED, ELIG-NEW). */
export const ACTIVATION = "il momento dell'attivazione, o null";

function bought(hoursText: string): string {
  return `piano acquistato entro ${hoursText} ${NOTICE}`;
}

/**
 * The Italian words of the eligibility codes and of TERMS-CALLER.
 *
 * @example
 * ```ts
 * IT_ELIGIBILITY['elig.new.never-activated']({}, { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' }).received; //=> 'mai attivato'
 * ```
 */
export const IT_ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => w(`DJI Care Refresh è in vendita nel paese o nella regione indicati (${region(c, p.region)}).`, SOLD, region(c, p.region)),
  'region.not-sold': (p, c) =>
    w(`DJI Care Refresh non è in vendita nel paese o nella regione indicati (${region(c, p.region)}).`, SOLD, region(c, p.region)),
  'region.same': (p, c) =>
    w('Il piano e il prodotto sono stati acquistati nello stesso paese o nella stessa regione.', SAME + rc(c, p.region), rc(c, p.region)),
  'region.mismatch': (p, c) =>
    w(
      'Il piano deve essere acquistato nello stesso paese o nella stessa regione del prodotto.',
      SAME + rc(c, p.productRegion),
      rc(c, p.planRegion),
    ),
  'elig.once.never-bound': () => w('Questo prodotto non è mai stato associato a DJI Care Refresh.', ONCE, 'mai associato'),
  'elig.once.bound': () =>
    w(
      "Questo prodotto è già stato associato a DJI Care Refresh (o ricevuto come sostituzione nell'ambito di un piano) e non può essere associato di nuovo.",
      ONCE,
      'già associato',
    ),
  'elig.once.unknown': () =>
    w(`Non è noto se questo prodotto abbia già avuto un piano DJI Care Refresh${ASK}`, 'se il prodotto è mai stato associato a un piano', NG),
  'elig.new.unknown': () => w(`Non è noto se il prodotto sia stato attivato${ASK}`, `${ACTIVATION} se mai attivato`, NG),
  'elig.new.never-activated': () => w('Il prodotto è nuovo e non è stato attivato.', 'un prodotto non attivato', 'mai attivato'),
  'elig.window.within': (p, c) =>
    w(
      `L'attivazione ${CAT[p.category]} è avvenuta non più di ${hours(c, p.hours)} prima dell'acquisto.`,
      `attivazione ${CAT[p.category]} al massimo ${hours(c, p.hours)} prima dell'acquisto`,
      `attivazione ${elapsed(c, p.elapsedSeconds)} prima dell'acquisto`,
    ),
  'elig.window.exceeded': (p, c) =>
    w(
      `L'attivazione ${CAT[p.category]} è avvenuta più di ${hours(c, p.hours)} prima dell'acquisto.`,
      `attivazione ${CAT[p.category]} al massimo ${hours(c, p.hours)} prima dell'acquisto`,
      `attivazione ${elapsed(c, p.elapsedSeconds)} prima dell'acquisto`,
    ),
  'elig.verify.no-notice': () =>
    w('Il prodotto non ha superato la verifica.', "una notifica di acquisto dopo l'invio del prodotto o la verifica video", 'nessuna notifica'),
  'elig.verify.within': (p, c) =>
    w(
      `Il prodotto ha superato la verifica e il piano viene acquistato entro ${hours(c, p.hours, 'hours')} ${NOTICE}.`,
      bought(hours(c, p.hours, 'hours')),
      `acquisto ${elapsed(c, p.elapsedSeconds)} dopo la notifica`,
    ),
  'elig.verify.exceeded': (p, c) =>
    w(
      `Il limite di ${hours(c, p.hours, 'hours')} ${NOTICE} è stato superato.`,
      bought(hours(c, p.hours, 'hours')),
      `acquisto ${elapsed(c, p.elapsedSeconds)} dopo la notifica`,
    ),
  'elig.verify.before-notice': (p, c) =>
    w(
      'Il piano è stato acquistato prima di ricevere la notifica di acquisto.',
      bought(hours(c, p.hours, 'hours')),
      `acquisto ${elapsed(c, p.elapsedSeconds)} prima della notifica`,
    ),
  'elig.verify.apply': (p, c) =>
    w(
      `Contatti l'assistenza DJI e invii il prodotto oppure richieda la verifica video; una volta superata, acquisti il piano entro ${hours(c, p.hours, 'hours')} ${NOTICE}.`,
    ),
  'elig.verify.await-notice': (p, c) =>
    w(`Attenda la notifica di acquisto successiva alla verifica; una volta ricevuta, acquisti il piano entro ${hours(c, p.hours, 'hours')}.`),

  'terms.caller-figure': (p) =>
    w(`Un valore di questa decisione proviene dalle Sue condizioni (${p.source}) e sostituisce quello della fonte per «${p.rule}».`),
});
