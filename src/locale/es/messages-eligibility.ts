/**
 * The Spanish words of the eligibility rules (REGION-AVAILABLE, REGION-MATCH, ELIG-NEW,
 * ELIG-48H, ELIG-30D, ELIG-VERIFY, ELIG-ONCE) and of TERMS-CALLER: a part of the Spanish
 * catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import type { EligibilityCode } from '../../messages/en-eligibility';
import { elapsed, hours, region, sentenceEnd } from '../words';
import { NG, rc, w } from './common';

const SOLD = 'un país o región donde se vende DJI Care Refresh';
const ONCE = 'un producto nunca vinculado a un plan';
const SAME = 'el país o región del producto: ';
/** The category with its article (CAT-CATEGORY). */
const CAT = { aircraft: 'de la aeronave', gimbal: 'del estabilizador', handheld: 'del dispositivo de mano' } as const;
const ASK = '; compruébelo antes de la venta.';
const NOTICE = 'la notificación de compra';
/** The activation instant asked for (DATE-BUNDLED, ELIG-NEW). */
export const ACTIVATION = 'el momento de activación, o null';

function bought(hoursText: string): string {
  return `plan comprado en un plazo de ${hoursText} tras ${NOTICE}`;
}

/**
 * The Spanish words of the eligibility codes and of TERMS-CALLER.
 *
 * @example
 * ```ts
 * ES_ELIGIBILITY['elig.new.never-activated']({}, { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' }).received; //=> 'nunca activado'
 * ```
 */
export const ES_ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => w(`DJI Care Refresh se vende en ${sentenceEnd(region(c, p.region))}`, SOLD, region(c, p.region)),
  'region.not-sold': (p, c) => w(`DJI Care Refresh no se vende en ${sentenceEnd(region(c, p.region))}`, SOLD, region(c, p.region)),
  'region.same': (p, c) => w('El plan y el producto se han comprado en el mismo país o región.', SAME + rc(c, p.region), rc(c, p.region)),
  'region.mismatch': (p, c) =>
    w('El plan debe comprarse en el mismo país o región que el producto.', SAME + rc(c, p.productRegion), rc(c, p.planRegion)),
  'elig.once.never-bound': () => w('Este producto nunca se ha vinculado a DJI Care Refresh.', ONCE, 'nunca vinculado'),
  'elig.once.bound': () =>
    w(
      'Este producto ya se ha vinculado a DJI Care Refresh (o se recibió como sustitución en virtud de un plan) y no puede volver a vincularse.',
      ONCE,
      'vinculado anteriormente',
    ),
  'elig.once.unknown': () => w(`No se sabe si este producto ha tenido antes un plan DJI Care Refresh${ASK}`, 'si el producto se vinculó alguna vez a un plan', NG),
  'elig.new.unknown': () => w(`No se sabe si el producto se ha activado${ASK}`, `${ACTIVATION} si nunca se activó`, NG),
  'elig.new.never-activated': () => w('El producto es nuevo y no se ha activado.', 'un producto sin activar', 'nunca activado'),
  'elig.window.within': (p, c) =>
    w(
      `La activación ${CAT[p.category]} se produjo dentro del plazo de ${hours(c, p.hours)} previo a la compra.`,
      `activación ${CAT[p.category]} como máximo ${hours(c, p.hours)} antes de la compra`,
      `activación ${elapsed(c, p.elapsedSeconds)} antes de la compra`,
    ),
  'elig.window.exceeded': (p, c) =>
    w(
      `La activación ${CAT[p.category]} se produjo más de ${hours(c, p.hours)} antes de la compra.`,
      `activación ${CAT[p.category]} como máximo ${hours(c, p.hours)} antes de la compra`,
      `activación ${elapsed(c, p.elapsedSeconds)} antes de la compra`,
    ),
  'elig.verify.no-notice': () =>
    w('El producto no ha superado la verificación.', 'una notificación de compra tras el envío del producto o la verificación por vídeo', 'sin notificación'),
  'elig.verify.within': (p, c) =>
    w(
      `El producto ha superado la verificación y el plan se compra en un plazo de ${hours(c, p.hours, 'hours')} tras ${NOTICE}.`,
      bought(hours(c, p.hours, 'hours')),
      `compra ${elapsed(c, p.elapsedSeconds)} después de la notificación`,
    ),
  'elig.verify.exceeded': (p, c) =>
    w(
      `Han transcurrido más de ${hours(c, p.hours, 'hours')} desde ${NOTICE}.`,
      bought(hours(c, p.hours, 'hours')),
      `compra ${elapsed(c, p.elapsedSeconds)} después de la notificación`,
    ),
  'elig.verify.before-notice': (p, c) =>
    w(`El plan se compró antes de recibir ${NOTICE}.`, bought(hours(c, p.hours, 'hours')), `compra ${elapsed(c, p.elapsedSeconds)} antes de la notificación`),
  'elig.verify.apply': (p, c) =>
    w(
      `Póngase en contacto con el soporte de DJI y envíe el producto o solicite la verificación por vídeo; una vez superada, compre el plan en un plazo de ${hours(c, p.hours, 'hours')} tras ${NOTICE}.`,
    ),
  'elig.verify.await-notice': (p, c) =>
    w(`Espere ${NOTICE} posterior a la verificación; cuando la reciba, compre el plan en un plazo de ${hours(c, p.hours, 'hours')}.`),

  'terms.caller-figure': (p) =>
    w(`Una cifra de esta decisión procede de sus propias condiciones (${p.source}) y sustituye a la de la fuente para «${p.rule}».`),
});
