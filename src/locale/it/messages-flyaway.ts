/**
 * The Italian words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the Italian catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { date, dateTime } from '../words';
import { FLY, LOST, NG, WHERE, rep, w } from './common';

const MODELS = 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 o Mini SE';
/** Whose binding: the account's or the remote controller's (FLY-ACCOUNT-BOUND, FLY-RC-BOUND). */
const OF = { account: "dell'account DJI", controller: 'del radiocomando' } as const;
const AT = `al momento della ${LOST}`;
const BEFORE = `prima della ${LOST}`;
const HISTORY = 'È necessaria la cronologia delle associazioni ';
const RECORDS = "registri di volo sincronizzati tramite l'app";
const NOT_THEFT = 'né rubato né smarrito';
const QUOTA = `un utilizzo della ${FLY} e una sostituzione disponibili`;
const RC = 'radiocomando';
const REPORT = `Il rapporto di ${LOST} `;

function boundBefore(of: keyof typeof OF): string {
  return `associazione ${OF[of]} anteriore alla ${LOST}`;
}

function stillBound(of: keyof typeof OF): string {
  return `associazione ${OF[of]} in vigore ${AT}`;
}

function quotaLeft(c: RenderContext, flyaway: number, replacements: number, quota: string): string {
  return `disponibili: ${flyaway} Flyaway, ${rep(c, replacements)} (${quota})`;
}

function owner(account: string | null): string {
  return account === null ? `il titolare dell'account associato ${AT}` : `account ${account}`;
}

function controller(id: string | null): string {
  return id === null ? `il ${RC} associato ${AT}` : `${RC} ${id}`;
}

/**
 * The Italian words of the flyaway codes.
 *
 * @example
 * ```ts
 * IT_FLYAWAY['fly.records.synced']({}, { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' }).received; //=> 'sincronizzati'
 * ```
 */
export const IT_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => w(`${p.productName} include la ${FLY}.`, MODELS, p.productName),
  'fly.model.not-offered': (p) => w(`La ${FLY} non è disponibile per ${p.productName}.`, MODELS, p.productName),
  'fly.binding.history-needed': (p) => w(`${HISTORY}${OF[p.of]} per valutare una richiesta di ${FLY}.`, boundBefore(p.of), NG),
  'fly.binding.bound-before': (p, c) =>
    w(`L'associazione ${OF[p.of]} è avvenuta in data ${date(c, p.date)}, ${BEFORE}.`, boundBefore(p.of), `associazione: ${dateTime(c, p.boundAt)}`),
  'fly.binding.not-bound-before': (p, c) =>
    w(
      `Non esisteva alcuna associazione ${OF[p.of]} ${BEFORE}; la ${FLY} richiede un'associazione preventiva.`,
      boundBefore(p.of),
      p.firstBoundAt === null ? 'nessuna associazione' : `prima associazione: ${dateTime(c, p.firstBoundAt)}`,
    ),
  'fly.unbound.history-needed': (p) => w(`${HISTORY}${OF[p.of]} per sapere se è stata annullata ${BEFORE}.`, stillBound(p.of), NG),
  'fly.unbound.no-binding-before': (p) =>
    w(`Nessuna associazione ${OF[p.of]} è stata annullata ${BEFORE}.`, stillBound(p.of), `nessuna associazione ${BEFORE}`),
  'fly.unbound.still-bound': (p) =>
    w(`L'associazione ${OF[p.of]} era in vigore quando si è verificata la ${LOST}.`, stillBound(p.of), 'associazione in vigore'),
  'fly.unbound.undone': (p, c) =>
    w(
      `L'associazione ${OF[p.of]} è stata annullata in data ${date(c, p.date)}, prima che si verificasse la ${LOST}.`,
      stillBound(p.of),
      `annullamento: ${dateTime(c, p.unboundAt)}`,
    ),
  'fly.owner.claimant-needed': (p) => w(`È necessario l'account che richiede la ${FLY}.`, owner(p.account), NG),
  'fly.owner.no-account-bound': (p) =>
    w(`Nessun account era associato al velivolo ${AT}, quindi nessuno può presentare la richiesta come titolare.`, owner(null), p.claimant),
  'fly.owner.is-owner': (p) => w("Il richiedente è il titolare dell'account associato.", owner(p.account), p.claimant),
  'fly.owner.not-owner': (p) => w(`Solo il titolare dell'account associato può richiedere la ${FLY}.`, owner(p.account), p.claimant),
  'fly.report.controller-needed': (p) => w(`È necessario il ${RC} con cui è stato generato il rapporto di ${LOST}.`, controller(p.controller), NG),
  'fly.report.no-controller-bound': (p) =>
    w(`Nessun ${RC} era associato al velivolo ${AT} per generare il rapporto.`, controller(null), p.reporter),
  'fly.report.bound-controller': (p) => w(`${REPORT}è stato generato con il ${RC} associato.`, controller(p.controller), p.reporter),
  'fly.report.other-controller': (p) => w(`${REPORT}deve essere generato con il ${RC} associato.`, controller(p.controller), p.reporter),
  'fly.theft.needed': () => w('È necessario sapere se il velivolo è stato rubato o smarrito: furto e smarrimento non sono coperti.', NOT_THEFT, NG),
  'fly.theft.stolen-or-lost': () =>
    w(`Il furto e lo smarrimento accidentale non sono una ${LOST} e non sono coperti.`, NOT_THEFT, 'rubato o smarrito'),
  'fly.theft.flyaway': () => w('Il velivolo non è stato rubato né smarrito.', NOT_THEFT, LOST),
  'fly.records.needed': () => w("È necessario sapere se i registri di volo dell'incidente sono stati sincronizzati.", RECORDS, NG),
  'fly.records.synced': () => w("I registri di volo dell'incidente sono stati sincronizzati.", RECORDS, 'sincronizzati'),
  'fly.records.not-synced': () =>
    w(`Senza i registri di volo dell'incidente sincronizzati tramite l'app non c'è ${FLY}.`, RECORDS, 'non sincronizzati'),
  'fly.quota.outside-validity': (p, c) =>
    w(
      `La ${LOST} è fuori dalla validità del servizio di sostituzione: non è possibile utilizzare la ${FLY}.`,
      'entro la validità del servizio di sostituzione',
      date(c, p.date),
    ),
  'fly.quota.left': (p, c) =>
    w(
      `Resta un utilizzo della ${FLY} ${WHERE[p.window]} (${p.flyaway} Flyaway, ${rep(c, p.replacements)}).`,
      QUOTA,
      quotaLeft(c, p.flyaway, p.replacements, p.quota),
    ),
  'fly.quota.no-replacement-left': (p, c) =>
    w(`Non resta alcuna sostituzione ${WHERE[p.window]}.`, QUOTA, quotaLeft(c, p.flyaway, p.replacements, p.quota)),
  'fly.quota.no-flyaway-left': (p, c) =>
    w(`Non resta alcun utilizzo della ${FLY} ${WHERE[p.window]}.`, QUOTA, quotaLeft(c, p.flyaway, p.replacements, p.quota)),
  'fly.quota.model-has-none': (p, c) =>
    w(`Il piano per ${p.productName} non include la ${FLY}: non prevede alcuna quota per questo servizio.`, QUOTA, quotaLeft(c, 0, p.replacements, p.quota)),
});
