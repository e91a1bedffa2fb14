/**
 * The Spanish message catalogue (issue 13): every code's words, from its params, for the
 * customers of the Spanish market (formal address, "usted"). The project's own translation,
 * not DJI's legal text; the plan's and services' names are those of the `es` glossary. Its
 * parts by rule area are `messages-eligibility.ts`, `messages-plan.ts`, `messages-ledger.ts`
 * and `messages-flyaway.ts`; this module holds DJI Care Refresh+ (PLUS-ELIGIBLE, PLUS-NOT-2Y,
 * PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT) and the place of
 * service (USE-INTERNATIONAL).
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import { date, plural, region } from '../words';
import { FLY, NG, PLUS, TERM, between, named, rc, w } from './common';
import { ES_ELIGIBILITY } from './messages-eligibility';
import { ES_FLYAWAY } from './messages-flyaway';
import { ES_LEDGER } from './messages-ledger';
import { ES_PLAN } from './messages-plan';

const ONE_YEAR = 'un plan de 1 año';
const LEFT = 'al menos una sustitución disponible';
const NOT_BOUGHT = 'no comprado anteriormente';
const SAFE = 'recompensa por vuelo seguro';
const NONE_USED = 'ninguna sustitución ni reparación con descuento utilizada';
/** A used service that forfeits the reward (SVC-SAFE-FLIGHT). */
const USED = { 'damage-replacement': 'una sustitución por daños', 'flyaway-replacement': `la ${FLY}`, 'discounted-repair': 'una reparación con descuento' } as const;
const ENDS = 'la vigencia del plan';
/** Services by place (USE-INTERNATIONAL); another service is written as given. */
const SERVICE: Readonly<Record<string, string>> = {
  replacement: 'sustitución',
  'extended-warranty': 'ampliación de garantía',
  'discounted-repair': 'reparación con descuento',
  maintenance: 'mantenimiento de fábrica',
};
const GLOBAL = 'sustitución o ampliación de garantía';
const PROOF = 'canal oficial o autorizado';
/** Where a proof of purchase comes from (USE-INTERNATIONAL); another value is written as given. */
const PROOFS: Readonly<Record<string, string>> = { official: 'tienda oficial de DJI', authorised: 'canal autorizado', other: 'otro canal', none: 'ninguno' };

/**
 * The Spanish words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['region.mismatch']({ productRegion: 'ES', planRegion: 'FR' }, { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' });
 * //=> { message: 'El plan debe comprarse en el mismo país o región que el producto.',
 * //=>   expected: 'el país o región del producto: España (ES)', received: 'Francia (FR)' }
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...ES_ELIGIBILITY,
  ...ES_PLAN,
  ...ES_LEDGER,
  'plus.term.one-year': (p) => w('El plan es un plan de 1 año.', ONE_YEAR, `un plan de ${TERM[p.term]}`),
  'plus.term.two-year': (p) => w(`${PLUS} no se vende para planes de 2 años.`, ONE_YEAR, `un plan de ${TERM[p.term]}`),
  'plus.in-force': (p, c) => ({ message: 'El plan no ha vencido.', ...between(c, p) }),
  'plus.not-started': (p, c) => ({ message: `El plan aún no ha entrado en vigor; empieza el ${date(c, p.startDate)}.`, ...between(c, p) }),
  'plus.expired': (p, c) => ({ message: `El plan venció al final del ${date(c, p.lastDate)}.`, ...between(c, p) }),
  'plus.replacements-left': (p, c) =>
    w(
      `${plural(c, p.left, { one: 'Queda # sustitución', other: 'Quedan # sustituciones' })}.`,
      LEFT,
      plural(c, p.left, { one: 'queda #', other: 'quedan #' }),
    ),
  'plus.no-replacement-left': (p, c) => w('No queda ninguna sustitución en el plan.', LEFT, plural(c, p.left, { one: 'queda #', other: 'quedan #' })),
  'plus.not-bought': () => w(`Aún no se ha comprado ${PLUS} para este plan.`, NOT_BOUGHT, 'no comprado'),
  'plus.bought': (p, c) =>
    w(`${PLUS} ya se compró para este plan el ${date(c, p.date)}; solo puede comprarse una vez.`, NOT_BOUGHT, `comprado el ${date(c, p.date)}`),

  'safe-flight.not-offered': (p) => w(`La ${SAFE} no está disponible para ${p.productName}.`, 'DJI Mavic 3, Mavic 3 Cine o Action 2', p.productName),
  'safe-flight.offered': (p) => w(`La ${SAFE} está disponible para ${p.productName}.`),
  'safe-flight.none-used': () => w('No se ha utilizado ninguna sustitución ni reparación con descuento.', NONE_USED, 'ninguna utilizada'),
  'safe-flight.used': (p, c) =>
    w(
      `Se utilizó ${USED[p.service]} el ${date(c, p.date)}, por lo que se pierde la ${SAFE}.`,
      NONE_USED,
      `${USED[p.service]} el ${date(c, p.date)}`,
    ),
  'safe-flight.validity-ended': (p, c) =>
    w(
      `La vigencia del plan ha terminado (último día: ${date(c, p.validityLastDate)}); la recompensa va del ${date(c, p.startDate)} al ${date(c, p.lastDate)}.`,
      `después del ${date(c, p.validityLastDate)}`,
      date(c, p.date),
    ),
  'safe-flight.validity-running': (p, c) =>
    w(
      `La recompensa se decide cuando termina ${ENDS} (último día: ${date(c, p.validityLastDate)}).`,
      `después del ${date(c, p.validityLastDate)}`,
      date(c, p.date),
    ),
  'safe-flight.ask-again': (p, c) => w(`Vuelva a consultarlo a partir del ${date(c, p.date)}, cuando haya terminado ${ENDS}.`),

  ...ES_FLYAWAY,

  'location.plan-region': (p, c) =>
    w(`Servicio en ${region(c, p.region)}, donde se compró el plan.`, `${region(c, p.region)} o todo el mundo`, region(c, p.region)),
  'location.international': (p) => w(`${p.productName} tiene cobertura internacional.`, 'un producto con cobertura internacional', p.productName),
  'location.plan-region-only': (p, c) =>
    w(`Para ${p.productName}, el servicio solo está disponible en ${region(c, p.home)}, donde se compró el plan.`, rc(c, p.home), rc(c, p.region)),
  'location.service-worldwide': (p) => w(`El servicio de ${named(SERVICE, p.service)} se presta en todo el mundo.`, GLOBAL, named(SERVICE, p.service)),
  'location.service-plan-region-only': (p, c) =>
    w(`Fuera de ${region(c, p.home)} solo se prestan la sustitución y la ampliación de garantía.`, GLOBAL, named(SERVICE, p.service)),
  'location.proof-needed': () => w(`Fuera de la región del plan se necesita un comprobante de compra válido de un ${PROOF}.`, PROOF, NG),
  'location.proof-accepted': (p) => w(`El comprobante de compra procede de un ${PROOF}.`, PROOF, named(PROOFS, p.proof)),
  'location.proof-refused': (p) =>
    w('El servicio internacional requiere un comprobante de compra válido de una tienda oficial de DJI o de un canal autorizado.', PROOF, named(PROOFS, p.proof)),
});
