/**
 * The Spanish words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the Spanish catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { LOST, NG, between, w } from './common';
import { ACTIVATION } from './messages-eligibility';

const CONTRACT = 'la fecha del contrato es la fecha de ';
const NEVER_REBOUND = 'una sustitución aún no vinculada de nuevo';
const NEVER_BOUND = 'una unidad nunca vinculada al plan';
const UNIT = 'La unidad ';
/** What a PERIOD-OUTSIDE check is about. */
const SUBJECT = { damage: 'El daño', flyaway: `La ${LOST}`, repair: 'La reparación', 'maintenance request': 'La solicitud de mantenimiento' } as const;
const NOT_COVERED = '; no tiene cobertura.';

/**
 * The Spanish words of the agreement-date, rebinding and validity codes.
 *
 * @example
 * ```ts
 * ES_PLAN['date.code']({ date: '2026-03-01' }, { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' }).received; //=> '1 mar 2026'
 * ```
 */
export const ES_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => w('No se sabe si el producto se ha activado.', ACTIVATION, NG),
  'date.bundled.not-activated': () =>
    w('El plan entra en vigor en la fecha de activación; el producto aún no se ha activado.', 'un producto activado', 'no activado'),
  'date.bundled.activation-date': (p, c) => w(`Comprado con el producto: ${CONTRACT}activación.`, 'la fecha de activación', date(c, p.date)),
  'date.bundled.activated-before-auto-start': (p, c) =>
    w('El producto se activó antes de la fecha de inicio automático.', `activación antes del ${date(c, p.autoStartDate)}`, date(c, p.activationDate)),
  'date.bundled-om.delivery-needed': (p, c) =>
    w(
      `Se necesita la fecha de entrega: para ${p.productName}, el plan entra en vigor ${plural(c, p.days, { one: '# día', other: '# días' })} después de la entrega si el producto no se activa antes.`,
      'la fecha de entrega',
      NG,
    ),
  'date.bundled-om.auto-start': (p, c) =>
    w(
      `El plan entra en vigor automáticamente ${plural(c, p.days, { one: '# día', other: '# días' })} después de la fecha de entrega.`,
      `sin activación antes del ${date(c, p.autoStartDate)}`,
      p.activationDate === null ? 'no activado' : `activado el ${date(c, p.activationDate)}`,
    ),
  'date.separate': (p, c) => w(`Comprado por separado: ${CONTRACT}compra.`, 'la fecha de compra', date(c, p.date)),
  'date.code': (p, c) => w(`Vinculado con un código de activación: ${CONTRACT}vinculación.`, 'la fecha de vinculación', date(c, p.date)),

  'rebind.unit.current': (p) => w(`${UNIT}${p.serial} es la unidad vinculada al plan.`, `la unidad del plan (${p.serial})`, p.serial),
  'rebind.unit.replaced-not-rebound': (p) =>
    w(
      `${UNIT}${p.serial} se sustituyó y ya no tiene plan; registre la vinculación de la unidad recibida y presente la solicitud para esa unidad.`,
      'una unidad vinculada al plan (registre la nueva vinculación tras una sustitución)',
      `${p.serial} (sustituida)`,
    ),
  'rebind.unit.former': (p) =>
    w(
      `${UNIT}${p.serial} se sustituyó; el plan pasó a la unidad ${p.planSerial} y la unidad original ya no tiene plan.`,
      `la unidad del plan (${p.planSerial})`,
      p.serial,
    ),
  'rebind.replaced': (p) => w(`${UNIT}${p.serial} se sustituyó; el plan pasa a la unidad recibida.`, NEVER_REBOUND, 'sustituida'),
  'rebind.no-replacement': (p) => w(`${UNIT}${p.serial} no se ha sustituido, así que no hay nada que volver a vincular.`, NEVER_REBOUND, 'sin sustitución'),
  'rebind.new-unit.bound-before': (p) =>
    w(`${UNIT}${p.newSerial} ya se ha vinculado a este plan; un producto solo se vincula una vez.`, NEVER_BOUND, 'vinculada anteriormente'),
  'rebind.new-unit.never-bound': (p) => w(`${UNIT}${p.newSerial} no se ha vinculado antes a este plan.`, NEVER_BOUND, 'nunca vinculada'),
  'rebind.new-unit.no-purchase': (p) => w(`${UNIT}${p.newSerial} tiene ahora este plan: no venda DJI Care Refresh para ella (previouslyBound: true).`),

  'period.inside': (p, c) => ({ message: `${SUBJECT[p.subject]} está dentro de la vigencia del plan.`, ...between(c, p) }),
  'period.before-start': (p, c) =>
    ({ message: `${SUBJECT[p.subject]} es anterior a la entrada en vigor del plan (${date(c, p.startDate)})${NOT_COVERED}`, ...between(c, p) }),
  'period.after-end': (p, c) =>
    ({ message: `${SUBJECT[p.subject]} es posterior al fin de la vigencia (último día: ${date(c, p.lastDate)})${NOT_COVERED}`, ...between(c, p) }),
});
