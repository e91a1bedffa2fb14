/**
 * The Spanish words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the Spanish catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { date, dateTime } from '../words';
import { FLY, LOST, NG, WHERE, rep, w } from './common';

const MODELS = 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 o Mini SE';
/** Whose binding: the account's or the remote controller's (FLY-ACCOUNT-BOUND, FLY-RC-BOUND). */
const OF = { account: 'de la cuenta DJI', controller: 'del control remoto' } as const;
const AT = `en el momento de la ${LOST}`;
const BEFORE = `antes de la ${LOST}`;
const HISTORY = 'Se necesita el historial de vinculación ';
const RECORDS = 'registros de vuelo sincronizados a través de la app';
const NOT_THEFT = 'ni robada ni extraviada';
const QUOTA = `un uso de la ${FLY} y una sustitución disponibles`;
const RC = 'control remoto';
const REPORT = `El informe de ${LOST} `;

function boundBefore(of: keyof typeof OF): string {
  return `vinculación ${OF[of]} anterior a la ${LOST}`;
}

function stillBound(of: keyof typeof OF): string {
  return `vinculación ${OF[of]} vigente ${AT}`;
}

function quotaLeft(c: RenderContext, flyaway: number, replacements: number, quota: string): string {
  return `disponibles: ${flyaway} Flyaway, ${rep(c, replacements)} (${quota})`;
}

function owner(account: string | null): string {
  return account === null ? `el titular de la cuenta vinculada ${AT}` : `cuenta ${account}`;
}

function controller(id: string | null): string {
  return id === null ? `el ${RC} vinculado ${AT}` : `${RC} ${id}`;
}

/**
 * The Spanish words of the flyaway codes.
 *
 * @example
 * ```ts
 * ES_FLYAWAY['fly.records.synced']({}, { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' }).received; //=> 'sincronizados'
 * ```
 */
export const ES_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => w(`${p.productName} incluye ${FLY}.`, MODELS, p.productName),
  'fly.model.not-offered': (p) => w(`La ${FLY} no está disponible para ${p.productName}.`, MODELS, p.productName),
  'fly.binding.history-needed': (p) => w(`${HISTORY}${OF[p.of]} para valorar una solicitud de ${FLY}.`, boundBefore(p.of), NG),
  'fly.binding.bound-before': (p, c) =>
    w(`La vinculación ${OF[p.of]} se realizó el ${date(c, p.date)}, ${BEFORE}.`, boundBefore(p.of), `vinculación: ${dateTime(c, p.boundAt)}`),
  'fly.binding.not-bound-before': (p, c) =>
    w(
      `No existía vinculación ${OF[p.of]} ${BEFORE}; la ${FLY} requiere una vinculación previa.`,
      boundBefore(p.of),
      p.firstBoundAt === null ? 'sin vinculación' : `primera vinculación: ${dateTime(c, p.firstBoundAt)}`,
    ),
  'fly.unbound.history-needed': (p) => w(`${HISTORY}${OF[p.of]} para saber si se deshizo ${BEFORE}.`, stillBound(p.of), NG),
  'fly.unbound.no-binding-before': (p) =>
    w(`No se deshizo ninguna vinculación ${OF[p.of]} ${BEFORE}.`, stillBound(p.of), `sin vinculación ${BEFORE}`),
  'fly.unbound.still-bound': (p) => w(`La vinculación ${OF[p.of]} estaba vigente cuando se produjo la ${LOST}.`, stillBound(p.of), 'vinculación vigente'),
  'fly.unbound.undone': (p, c) =>
    w(
      `La vinculación ${OF[p.of]} se deshizo el ${date(c, p.date)}, antes de que se produjera la ${LOST}.`,
      stillBound(p.of),
      `desvinculación: ${dateTime(c, p.unboundAt)}`,
    ),
  'fly.owner.claimant-needed': (p) => w(`Se necesita la cuenta que solicita la ${FLY}.`, owner(p.account), NG),
  'fly.owner.no-account-bound': (p) =>
    w(`No había ninguna cuenta vinculada a la aeronave ${AT}, por lo que nadie puede solicitar la ${FLY} como titular.`, owner(null), p.claimant),
  'fly.owner.is-owner': (p) => w('El solicitante es el titular de la cuenta vinculada.', owner(p.account), p.claimant),
  'fly.owner.not-owner': (p) => w(`Solo el titular de la cuenta vinculada puede solicitar la ${FLY}.`, owner(p.account), p.claimant),
  'fly.report.controller-needed': (p) => w(`Se necesita el ${RC} con el que se generó el informe de ${LOST}.`, controller(p.controller), NG),
  'fly.report.no-controller-bound': (p) =>
    w(`No había ningún ${RC} vinculado a la aeronave ${AT} con el que generar el informe.`, controller(null), p.reporter),
  'fly.report.bound-controller': (p) => w(`${REPORT}se generó con el ${RC} vinculado.`, controller(p.controller), p.reporter),
  'fly.report.other-controller': (p) => w(`${REPORT}debe generarse con el ${RC} vinculado.`, controller(p.controller), p.reporter),
  'fly.theft.needed': () => w('Se necesita saber si la aeronave fue robada o se extravió: el robo y el extravío no tienen cobertura.', NOT_THEFT, NG),
  'fly.theft.stolen-or-lost': () =>
    w(`El robo y el extravío accidental no son una ${LOST} y no tienen cobertura.`, NOT_THEFT, 'robada o extraviada'),
  'fly.theft.flyaway': () => w('La aeronave no fue robada ni se extravió.', NOT_THEFT, LOST),
  'fly.records.needed': () => w('Se necesita saber si se sincronizaron los registros de vuelo del accidente.', RECORDS, NG),
  'fly.records.synced': () => w('Los registros de vuelo del accidente se sincronizaron.', RECORDS, 'sincronizados'),
  'fly.records.not-synced': () => w(`Sin los registros de vuelo del accidente sincronizados a través de la app no hay ${FLY}.`, RECORDS, 'no sincronizados'),
  'fly.quota.outside-validity': (p, c) =>
    w(
      `La ${LOST} está fuera de la vigencia del servicio de sustitución: no puede utilizarse la ${FLY}.`,
      'dentro de la vigencia del servicio de sustitución',
      date(c, p.date),
    ),
  'fly.quota.left': (p, c) =>
    w(
      `Queda un uso de la ${FLY} ${WHERE[p.window]} (${p.flyaway} Flyaway, ${rep(c, p.replacements)}).`,
      QUOTA,
      quotaLeft(c, p.flyaway, p.replacements, p.quota),
    ),
  'fly.quota.no-replacement-left': (p, c) =>
    w(`No queda ninguna sustitución ${WHERE[p.window]}.`, QUOTA, quotaLeft(c, p.flyaway, p.replacements, p.quota)),
  'fly.quota.no-flyaway-left': (p, c) =>
    w(`No queda ningún uso de la ${FLY} ${WHERE[p.window]}.`, QUOTA, quotaLeft(c, p.flyaway, p.replacements, p.quota)),
  'fly.quota.model-has-none': (p, c) =>
    w(`El plan de ${p.productName} no incluye ${FLY}: no tiene cupo para ella.`, QUOTA, quotaLeft(c, 0, p.replacements, p.quota)),
});
