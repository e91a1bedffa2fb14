/**
 * The Italian message catalogue (issue 13): every code's words, from its params, for the
 * customers of the Italian and Swiss markets (formal address, "Lei"). The project's own
 * translation, not DJI's legal text; the plan's and services' names are those of the `it`
 * glossary. Its parts by rule area are `messages-eligibility.ts`, `messages-plan.ts`,
 * `messages-ledger.ts` and `messages-flyaway.ts`; this module holds DJI Care Refresh+
 * (PLUS-ELIGIBLE, PLUS-NOT-2Y, PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT,
 * PERIOD-SAFE-FLIGHT) and the place of service (USE-INTERNATIONAL).
 *
 * Region names are written in brackets or after a colon ("nel paese o nella regione di
 * acquisto (Stati Uniti)"), since an Italian preposition agrees with a country's name
 * (in Germania, negli Stati Uniti) and the params give only its code.
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import { date, plural, region } from '../words';
import { FLY, NG, PLUS, TERM, between, named, rc, span, w } from './common';
import { IT_ELIGIBILITY } from './messages-eligibility';
import { IT_FLYAWAY } from './messages-flyaway';
import { IT_LEDGER } from './messages-ledger';
import { IT_PLAN } from './messages-plan';

const ONE_YEAR = 'un piano di 1 anno';
const LEFT = 'almeno una sostituzione disponibile';
const NOT_BOUGHT = 'non acquistato in precedenza';
const SAFE = 'premio per il volo sicuro';
const NONE_USED = 'nessuna sostituzione né riparazione scontata utilizzata';
/** A used service that forfeits the reward (SVC-SAFE-FLIGHT). */
const USED = { 'damage-replacement': 'una sostituzione per danni', 'flyaway-replacement': `la ${FLY}`, 'discounted-repair': 'una riparazione scontata' } as const;
const ENDS = 'la validità del piano';
const BOUGHT_IN = 'paese o nella regione di acquisto del piano';
/** Services by place (USE-INTERNATIONAL); another service is written as given. */
const SERVICE: Readonly<Record<string, string>> = {
  replacement: 'sostituzione',
  'extended-warranty': 'estensione della garanzia',
  'discounted-repair': 'riparazione scontata',
  maintenance: 'manutenzione in fabbrica',
};
const GLOBAL = 'sostituzione o estensione della garanzia';
const PROOF = 'canale ufficiale o autorizzato';
/** Where a proof of purchase comes from (USE-INTERNATIONAL); another value is written as given. */
const PROOFS: Readonly<Record<string, string>> = { official: 'negozio ufficiale DJI', authorised: 'canale autorizzato', other: 'altro canale', none: 'nessuna' };

/**
 * The Italian words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['region.mismatch']({ productRegion: 'IT', planRegion: 'FR' }, { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' });
 * //=> { message: 'Il piano deve essere acquistato nello stesso paese o nella stessa regione del prodotto.',
 * //=>   expected: 'paese o regione del prodotto: Italia (IT)', received: 'Francia (FR)' }
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...IT_ELIGIBILITY,
  ...IT_PLAN,
  ...IT_LEDGER,
  'plus.term.one-year': (p) => w('Il piano è un piano di 1 anno.', ONE_YEAR, `un piano di ${TERM[p.term]}`),
  'plus.term.two-year': (p) => w(`${PLUS} non è in vendita per i piani di 2 anni.`, ONE_YEAR, `un piano di ${TERM[p.term]}`),
  'plus.in-force': (p, c) => ({ message: 'Il piano non è scaduto.', ...between(c, p) }),
  'plus.not-started': (p, c) => ({ message: `Il piano non è ancora entrato in vigore; decorre dalla data ${date(c, p.startDate)}.`, ...between(c, p) }),
  'plus.expired': (p, c) => ({ message: `Il piano è scaduto alla fine del giorno ${date(c, p.lastDate)}.`, ...between(c, p) }),
  'plus.replacements-left': (p, c) =>
    w(
      `${plural(c, p.left, { one: 'Resta # sostituzione', other: 'Restano # sostituzioni' })}.`,
      LEFT,
      plural(c, p.left, { one: 'ne resta #', other: 'ne restano #' }),
    ),
  'plus.no-replacement-left': (p, c) => w('Non resta alcuna sostituzione nel piano.', LEFT, plural(c, p.left, { one: 'ne resta #', other: 'ne restano #' })),
  'plus.not-bought': () => w(`${PLUS} non è ancora stato acquistato per questo piano.`, NOT_BOUGHT, 'non acquistato'),
  'plus.bought': (p, c) =>
    w(
      `${PLUS} è già stato acquistato per questo piano in data ${date(c, p.date)}; può essere acquistato una sola volta.`,
      NOT_BOUGHT,
      `acquistato in data ${date(c, p.date)}`,
    ),

  'safe-flight.not-offered': (p) => w(`Il ${SAFE} non è disponibile per ${p.productName}.`, 'DJI Mavic 3, Mavic 3 Cine o Action 2', p.productName),
  'safe-flight.offered': (p) => w(`Il ${SAFE} è disponibile per ${p.productName}.`),
  'safe-flight.none-used': () => w('Non è stata utilizzata alcuna sostituzione né riparazione scontata.', NONE_USED, 'nessun utilizzo'),
  'safe-flight.used': (p, c) =>
    w(`In data ${date(c, p.date)} è stata utilizzata ${USED[p.service]}, quindi il ${SAFE} decade.`, NONE_USED, `${USED[p.service]} in data ${date(c, p.date)}`),
  'safe-flight.validity-ended': (p, c) =>
    w(
      `La validità del piano è terminata (ultimo giorno: ${date(c, p.validityLastDate)}); il premio copre il periodo ${span(c, p.startDate, p.lastDate)}.`,
      `dopo la data ${date(c, p.validityLastDate)}`,
      date(c, p.date),
    ),
  'safe-flight.validity-running': (p, c) =>
    w(
      `Il premio viene deciso al termine della validità del piano (ultimo giorno: ${date(c, p.validityLastDate)}).`,
      `dopo la data ${date(c, p.validityLastDate)}`,
      date(c, p.date),
    ),
  'safe-flight.ask-again': (p, c) => w(`Ripeta la richiesta a partire dalla data ${date(c, p.date)}, quando ${ENDS} sarà terminata.`),

  ...IT_FLYAWAY,

  'location.plan-region': (p, c) =>
    w(`Assistenza nel ${BOUGHT_IN} (${region(c, p.region)}).`, `${region(c, p.region)} o tutto il mondo`, region(c, p.region)),
  'location.international': (p) => w(`${p.productName} ha copertura internazionale.`, 'un prodotto con copertura internazionale', p.productName),
  'location.plan-region-only': (p, c) =>
    w(`Per ${p.productName} l'assistenza è disponibile solo nel ${BOUGHT_IN} (${region(c, p.home)}).`, rc(c, p.home), rc(c, p.region)),
  'location.service-worldwide': (p) => w(`Il servizio «${named(SERVICE, p.service)}» è disponibile in tutto il mondo.`, GLOBAL, named(SERVICE, p.service)),
  'location.service-plan-region-only': (p, c) =>
    w(
      `Fuori dal paese o dalla regione di acquisto del piano (${region(c, p.home)}) sono disponibili solo la sostituzione e l'estensione della garanzia.`,
      GLOBAL,
      named(SERVICE, p.service),
    ),
  'location.proof-needed': () => w(`Fuori dalla regione del piano è necessaria una prova d'acquisto valida proveniente da un ${PROOF}.`, PROOF, NG),
  'location.proof-accepted': (p) => w(`La prova d'acquisto proviene da un ${PROOF}.`, PROOF, named(PROOFS, p.proof)),
  'location.proof-refused': (p) =>
    w(
      "L'assistenza internazionale richiede una prova d'acquisto valida proveniente da un negozio ufficiale DJI o da un canale autorizzato.",
      PROOF,
      named(PROOFS, p.proof),
    ),
});
