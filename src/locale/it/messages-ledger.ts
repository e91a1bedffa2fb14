/**
 * The Italian words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the Italian catalogue, spread into it by `messages.ts`.
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { LedgerCode } from '../../messages/en-ledger';
import { date, plural, region } from '../words';
import { FLY, LOST, PLUS, TERM, WHERE, left, named, rep, span, w } from './common';

const OVER = { term: 'la validità del piano', renewal: `l'anno di rinnovo di ${PLUS}` } as const;
/** Warranty kinds (SVC-WARRANTY-EXT); another kind is written as given. */
const WARRANTY: Readonly<Record<string, string>> = { 'official-warranty': 'garanzia ufficiale', 'extended-warranty': 'estensione della garanzia' };
const PUBLISHED = 'una tariffa pubblicata';
const NONE_PUBLISHED = 'Non è pubblicata alcuna tariffa ';
const DAMAGE = 'sostituzione per danni';
const DAMAGE_LEFT = `una ${DAMAGE} disponibile`;
const REPAIR = 'riparazione scontata';
const REPAIR_LEFT = `una ${REPAIR} disponibile`;
const M3 = 'DJI Mavic 3 o Mavic 3 Cine';
const DISCOUNTS = 'sconti esclusivi sulle riparazioni';
const MAINTENANCE = 'manutenzione in fabbrica';
const SERVICE = `intervento di ${MAINTENANCE}`;
const MAINTENANCE_LEFT = `un ${SERVICE} disponibile`;
const NOT_AVAILABLE = ' non è disponibile per ';
const EXPRESS = 'senza valutazione dei danni né preventivo';

function planName(p: MessageParams['fee.no-schedule'], c: RenderContext): string {
  return `${p.productName}, piano di ${TERM[p.term]}, ${region(c, p.region)}`;
}

/** `(2 per danni, 0 per perdita in volo)` */
function split(damage: number, flyaway: number): string {
  return `(${damage} per danni, ${flyaway} per ${LOST})`;
}

/**
 * The Italian words of the fee, replacement, quota, service, warranty, repair and maintenance
 * codes.
 *
 * @example
 * ```ts
 * IT_LEDGER['repair.none-left']({ left: 0, allowed: 2 }, { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' }).received; //=> 'ne restano 0 su 2'
 * ```
 */
export const IT_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) =>
    w(
      `${NONE_PUBLISHED}di sostituzione per ${planName(p, c)}; può indicare un tariffario nelle condizioni (terms).`,
      `un tariffario per ${planName(p, c)}`,
      'nessuna',
    ),
  'fee.flyaway-unpublished': (p, c) => w(`${NONE_PUBLISHED}della ${FLY} per ${planName(p, c)}.`, PUBLISHED, 'nessuna'),
  'fee.renewal-unpublished': (p, c) => w(`La tariffa di una sostituzione di ${PLUS} non è pubblicata per ${planName(p, c)}.`, PUBLISHED, 'nessuna'),
  'fee.ordinal-unpublished': (p, c) => w(`${NONE_PUBLISHED}per la sostituzione n. ${p.ordinal} di ${planName(p, c)}.`, PUBLISHED, 'nessuna'),

  'replace.damage.offered': (p) => w(`${p.productName} include la ${DAMAGE}.`, `un modello con ${DAMAGE}`, p.productName),
  'replace.damage.not-offered': (p) => w(`La ${DAMAGE}${NOT_AVAILABLE}${p.productName}.`, `un modello con ${DAMAGE}`, p.productName),
  'quota.damage.left': (p, c) => w(`Resta una ${DAMAGE} ${WHERE[p.window]} (${p.left}).`, DAMAGE_LEFT, left(c, p.left, p.allowed)),
  'quota.damage.none-left': (p, c) => w(`Non resta alcuna ${DAMAGE} ${WHERE[p.window]}.`, DAMAGE_LEFT, left(c, p.left, p.allowed)),
  'quota.left-after': (p, c) =>
    w(
      `${plural(c, p.replacements, { one: 'Dopo questa resta', other: 'Dopo questa restano' })} ${rep(c, p.replacements)} ${split(p.damage, p.flyaway)}, fino alla data ${date(c, p.lastDate)}.`,
    ),
  'quota.over-recorded': (p, c) => {
    const recorded = `${rep(c, p.recorded)} ${split(p.recordedDamage, p.recordedFlyaway)}`;
    return w(
      `Il registro riporta ${recorded} durante ${OVER[p.window]} (${span(c, p.startDate, p.lastDate)}), oltre la quota di ${p.allowed} ${split(p.allowedDamage, p.allowedFlyaway)}; DJI potrebbe aver concesso un'eccezione.`,
      `al massimo ${rep(c, p.allowed)} ${split(p.allowedDamage, p.allowedFlyaway)}`,
      recorded,
    );
  },
  'express.requested': () =>
    w(`DJI Care Express: ${EXPRESS}; la sostituzione viene spedita non appena il centro di assistenza riceve il prodotto.`),
  'express.available': () => w(`DJI Care Express è disponibile: ${EXPRESS}, la sostituzione viene spedita alla ricezione del prodotto.`),
  'express.not-for-flyaway': () =>
    w(`DJI Care Express non si applica a una ${LOST}: non c'è alcun prodotto che il centro di assistenza possa ricevere.`),
  'shipping.paid-by-dji': () => w('DJI paga la spedizione di andata e ritorno per il servizio di sostituzione.'),

  'warranty.covers': (p, c) =>
    w(
      `Il guasto è coperto dalla garanzia (${named(WARRANTY, p.warranty)}, ultimo giorno: ${date(c, p.lastDate)}); non consuma alcuna sostituzione né sconto del piano.`,
      "un guasto non causato dall'utente, in garanzia",
      `${named(WARRANTY, p.warranty)} in vigore`,
    ),
  'warranty.none-in-force': () =>
    w('Per questo guasto non è in vigore alcuna garanzia, quindi si applica lo sconto sulle riparazioni del piano.', 'una garanzia in vigore', 'nessuna'),
  'repair.offered': (p) => w(`${p.productName} include gli ${DISCOUNTS}.`, M3, p.productName),
  'repair.not-offered': (p) => w(`Gli ${DISCOUNTS} non sono disponibili per ${p.productName}.`, M3, p.productName),
  'repair.left': (p, c) => w(`Resta una ${REPAIR} (${p.left}).`, REPAIR_LEFT, left(c, p.left, p.allowed)),
  'repair.none-left': (p, c) => w(`Non resta alcuna ${REPAIR} nel piano.`, REPAIR_LEFT, left(c, p.left, p.allowed)),
  'repair.cap-unpublished': () =>
    w('Lo sconto e il suo limite («entro una determinata quota») non sono pubblicati nella fonte.', 'un limite pubblicato', 'nessuno'),

  'maintenance.offered': (p) => w(`${p.productName} include la ${MAINTENANCE}.`, M3, p.productName),
  'maintenance.not-offered': (p) => w(`La ${MAINTENANCE}${NOT_AVAILABLE}${p.productName}.`, M3, p.productName),
  'maintenance.left': (p, c) => w(`Resta un ${SERVICE} (${p.left}).`, MAINTENANCE_LEFT, left(c, p.left, p.allowed)),
  'maintenance.none-left': (p, c) => w(`Non resta alcun ${SERVICE} nel piano.`, MAINTENANCE_LEFT, left(c, p.left, p.allowed)),
  'maintenance.findings': () =>
    w(`I guasti rilevati durante la ${MAINTENANCE} vengono gestiti tramite la garanzia, una sostituzione o una ${REPAIR}, a seconda del caso.`),
});
