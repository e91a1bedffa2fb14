/**
 * The Spanish words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the Spanish catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { LedgerCode } from '../../messages/en-ledger';
import { date, plural, region, sentenceEnd } from '../words';
import { LOST, PLUS, TERM, WHERE, left, named, rep, w } from './common';

const OVER = { term: 'la vigencia del plan', renewal: `el año de renovación de ${PLUS}` } as const;
/** Warranty kinds (SVC-WARRANTY-EXT); another kind is written as given. */
const WARRANTY: Readonly<Record<string, string>> = { 'official-warranty': 'garantía oficial', 'extended-warranty': 'ampliación de garantía' };
const PUBLISHED = 'una tarifa publicada';
const DAMAGE = 'sustitución por daños';
const DAMAGE_LEFT = `una ${DAMAGE} disponible`;
const REPAIR = 'reparación con descuento';
const REPAIR_LEFT = `una ${REPAIR} disponible`;
const M3 = 'DJI Mavic 3 o Mavic 3 Cine';
const DISCOUNTS = 'descuentos exclusivos en reparaciones';
const MAINTENANCE = 'mantenimiento de fábrica';
const MAINTENANCE_LEFT = `un servicio de ${MAINTENANCE} disponible`;
const NOT_AVAILABLE = ' no está disponible para ';
const EXPRESS = 'sin evaluación de daños ni presupuesto';

function planName(p: MessageParams['fee.no-schedule'], c: RenderContext): string {
  return `${p.productName}, plan de ${TERM[p.term]}, ${region(c, p.region)}`;
}

/** `(2 por daños, 0 por pérdida en vuelo)` */
function split(damage: number, flyaway: number): string {
  return `(${damage} por daños, ${flyaway} por ${LOST})`;
}

/**
 * The Spanish words of the fee, replacement, quota, service, warranty, repair and maintenance
 * codes.
 *
 * @example
 * ```ts
 * ES_LEDGER['repair.none-left']({ left: 0, allowed: 2 }, { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' }).received; //=> 'quedan 0 de 2'
 * ```
 */
export const ES_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) =>
    w(
      `No hay ninguna tarifa de sustitución publicada para ${planName(p, c)}; puede indicar una tabla de tarifas en las condiciones (terms).`,
      `una tabla de tarifas para ${planName(p, c)}`,
      'ninguna',
    ),
  'fee.flyaway-unpublished': (p, c) => w(`No hay ninguna tarifa de cobertura Flyaway publicada para ${sentenceEnd(planName(p, c))}`, PUBLISHED, 'ninguna'),
  'fee.renewal-unpublished': (p, c) => w(`La tarifa de una sustitución de ${PLUS} no está publicada para ${sentenceEnd(planName(p, c))}`, PUBLISHED, 'ninguna'),
  'fee.ordinal-unpublished': (p, c) => w(`No hay ninguna tarifa publicada para la sustitución n.º ${p.ordinal} de ${sentenceEnd(planName(p, c))}`, PUBLISHED, 'ninguna'),

  'replace.damage.offered': (p) => w(`${p.productName} incluye ${DAMAGE}.`, `un modelo con ${DAMAGE}`, p.productName),
  'replace.damage.not-offered': (p) => w(`La ${DAMAGE}${NOT_AVAILABLE}${p.productName}.`, `un modelo con ${DAMAGE}`, p.productName),
  'quota.damage.left': (p, c) => w(`Queda una ${DAMAGE} ${WHERE[p.window]} (${p.left}).`, DAMAGE_LEFT, left(c, p.left, p.allowed)),
  'quota.damage.none-left': (p, c) => w(`No queda ninguna ${DAMAGE} ${WHERE[p.window]}.`, DAMAGE_LEFT, left(c, p.left, p.allowed)),
  'quota.left-after': (p, c) =>
    w(
      `${plural(c, p.replacements, { one: 'Después de esta, queda', other: 'Después de esta, quedan' })} ${rep(c, p.replacements)} ${split(p.damage, p.flyaway)} hasta el ${date(c, p.lastDate)}.`,
    ),
  'quota.over-recorded': (p, c) => {
    const recorded = `${rep(c, p.recorded)} ${split(p.recordedDamage, p.recordedFlyaway)}`;
    return w(
      `El registro contiene ${recorded} en ${OVER[p.window]} (del ${date(c, p.startDate)} al ${date(c, p.lastDate)}), por encima de su cupo de ${p.allowed} ${split(p.allowedDamage, p.allowedFlyaway)}; es posible que DJI haya concedido una excepción.`,
      `como máximo ${rep(c, p.allowed)} ${split(p.allowedDamage, p.allowedFlyaway)}`,
      recorded,
    );
  },
  'express.requested': () =>
    w(`DJI Care Express: ${EXPRESS}; la sustitución se envía en cuanto el centro de servicio recibe el producto.`),
  'express.available': () => w(`DJI Care Express está disponible: ${EXPRESS}, y la sustitución se envía al recibir el producto.`),
  'express.not-for-flyaway': () => w(`DJI Care Express no se aplica a una ${LOST}: no hay ningún producto que el centro de servicio pueda recibir.`),
  'shipping.paid-by-dji': () => w('DJI paga el envío de ida y vuelta del servicio de sustitución.'),

  'warranty.covers': (p, c) =>
    w(
      `La avería está cubierta por la garantía (${named(WARRANTY, p.warranty)}, último día: ${date(c, p.lastDate)}); no consume ninguna sustitución ni descuento del plan.`,
      'una avería no causada por el usuario, en garantía',
      `${named(WARRANTY, p.warranty)} vigente`,
    ),
  'warranty.none-in-force': () =>
    w('No hay ninguna garantía vigente para esta avería, por lo que se aplica el descuento en reparaciones del plan.', 'una garantía vigente', 'ninguna'),
  'repair.offered': (p) => w(`${p.productName} incluye ${DISCOUNTS}.`, M3, p.productName),
  'repair.not-offered': (p) => w(`Los ${DISCOUNTS} no están disponibles para ${p.productName}.`, M3, p.productName),
  'repair.left': (p, c) => w(`Queda una ${REPAIR} (${p.left}).`, REPAIR_LEFT, left(c, p.left, p.allowed)),
  'repair.none-left': (p, c) => w(`No queda ninguna ${REPAIR} en el plan.`, REPAIR_LEFT, left(c, p.left, p.allowed)),
  'repair.cap-unpublished': () =>
    w('El descuento y su límite («dentro de una cuota determinada») no están publicados en la fuente.', 'un límite publicado', 'ninguno'),

  'maintenance.offered': (p) => w(`${p.productName} incluye ${MAINTENANCE}.`, M3, p.productName),
  'maintenance.not-offered': (p) => w(`El ${MAINTENANCE}${NOT_AVAILABLE}${p.productName}.`, M3, p.productName),
  'maintenance.left': (p, c) => w(`Queda un servicio de ${MAINTENANCE} (${p.left}).`, MAINTENANCE_LEFT, left(c, p.left, p.allowed)),
  'maintenance.none-left': (p, c) => w(`No queda ningún servicio de ${MAINTENANCE} en el plan.`, MAINTENANCE_LEFT, left(c, p.left, p.allowed)),
  'maintenance.findings': () =>
    w(`Las averías detectadas durante el ${MAINTENANCE} se gestionan mediante la garantía, una sustitución o una ${REPAIR}, según corresponda.`),
});
