/**
 * The French words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the French catalogue, spread into it by `messages.ts` (issue 13).
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { LedgerCode } from '../../messages/en-ledger';
import { GLOSSARY } from './glossary';
import { date, plural, region } from '../words';
import { PLUS, pick } from './messages-eligibility';

type Term = MessageParams['plus.term.one-year']['term'];
type WindowName = MessageParams['quota.damage.left']['window'];

/** PERIOD-1Y, PERIOD-2Y: a plan term in words. */
export const TERM: Readonly<Record<Term, string>> = { '1y': 'forfait 1 an', '2y': 'forfait 2 ans' };
const RENEWAL = `pendant l'année de renouvellement ${PLUS}`;
/** Where a quota counts, at the end of a sentence. */
export const WHERE: Readonly<Record<WindowName, string>> = { term: 'sur le forfait', renewal: RENEWAL };
const OVER_WHERE: Readonly<Record<WindowName, string>> = { term: 'pendant la validité du forfait', renewal: RENEWAL };
/** SVC-WARRANTY-EXT, PERIOD-WARRANTY-2Y: the warranties by kind. */
const WARRANTY: Readonly<Record<string, string>> = { 'official-warranty': 'garantie officielle', 'extended-warranty': GLOSSARY.extendedWarranty.text };

export const EXPRESS = GLOSSARY.express.text;
export const DAMAGE = GLOSSARY.damageReplacement.text;
const DISCOUNT = GLOSSARY.discountedRepair.text;
const UNPUBLISHED = 'non publié';
const FEE = 'un tarif publié';
const MODELS = 'DJI Mavic 3 ou Mavic 3 Cine';
const REPAIR = 'une réparation à prix réduit encore disponible';
const MAINTENANCE = 'une maintenance en usine encore disponible';

/** A count of replacements: `1 remplacement`, `2 remplacements`. */
export function replacements(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# remplacement', other: '# remplacements' });
}

/** What is left of what is allowed. */
export function leftOf(p: { readonly left: number; readonly allowed: number }): string {
  return `reste ${p.left} sur ${p.allowed}`;
}

function planName(c: RenderContext, p: MessageParams['fee.no-schedule']): string {
  return `${p.productName} (${TERM[p.term]}, ${region(c, p.region)})`;
}

function split(damage: number, flyaway: number): string {
  return `(dommage : ${damage}, perte en vol : ${flyaway})`;
}

/** The French words of the fee, replacement, quota, service, warranty, repair and maintenance codes. */
export const FR_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) => ({
    message: `Aucun tarif de remplacement n'est publié pour ${planName(c, p)} ; un barème peut être fourni via les conditions.`,
    expected: `un barème pour ${planName(c, p)}`,
    received: UNPUBLISHED,
  }),
  'fee.flyaway-unpublished': (p, c) => ({
    message: `Aucun tarif de remplacement Flyaway n'est publié pour ${planName(c, p)}.`,
    expected: FEE,
    received: UNPUBLISHED,
  }),
  'fee.renewal-unpublished': (p, c) => ({
    message: `Le tarif d'un remplacement ${PLUS} n'est pas publié pour ${planName(c, p)}.`,
    expected: FEE,
    received: UNPUBLISHED,
  }),
  'fee.ordinal-unpublished': (p, c) => ({
    message: `Aucun tarif n'est publié pour le remplacement n° ${p.ordinal} de ${planName(c, p)}.`,
    expected: FEE,
    received: UNPUBLISHED,
  }),

  'replace.damage.offered': (p) => ({ message: `${p.productName} bénéficie du ${DAMAGE}.`, expected: `un modèle avec ${DAMAGE}`, received: p.productName }),
  'replace.damage.not-offered': (p) => ({
    message: `Le ${DAMAGE} n'est pas proposé pour ${p.productName}.`,
    expected: `un modèle avec ${DAMAGE}`,
    received: p.productName,
  }),
  'quota.damage.left': (p) => ({
    message: `Il reste un ${DAMAGE} ${WHERE[p.window]} (solde : ${p.left}).`,
    expected: `un ${DAMAGE} encore disponible`,
    received: leftOf(p),
  }),
  'quota.damage.none-left': (p) => ({
    message: `Il ne reste aucun ${DAMAGE} ${WHERE[p.window]}.`,
    expected: `un ${DAMAGE} encore disponible`,
    received: leftOf(p),
  }),
  'quota.left-after': (p, c) => ({
    message: `Il reste ensuite ${replacements(c, p.replacements)} ${split(p.damage, p.flyaway)}, jusqu'au ${date(c, p.lastDate)} inclus.`,
  }),
  'quota.over-recorded': (p, c) => {
    const recorded = `${replacements(c, p.recorded)} ${split(p.recordedDamage, p.recordedFlyaway)}`;
    return {
      message: `L'historique enregistre ${recorded} ${OVER_WHERE[p.window]} (du ${date(c, p.startDate)} au ${date(c, p.lastDate)}), au-delà du quota de ${p.allowed} ${split(p.allowedDamage, p.allowedFlyaway)} ; DJI a peut-être accordé une exception.`,
      expected: `au plus ${replacements(c, p.allowed)} ${split(p.allowedDamage, p.allowedFlyaway)}`,
      received: recorded,
    };
  },
  'express.requested': () => ({
    message: `${EXPRESS} : ni évaluation des dommages ni devis ; l'appareil de remplacement est expédié dès que le centre de service a reçu le produit.`,
  }),
  'express.available': () => ({
    message: `${EXPRESS} est disponible : sans évaluation des dommages ni devis, l'appareil de remplacement est expédié dès réception du produit.`,
  }),
  'express.not-for-flyaway': () => ({ message: `${EXPRESS} ne s'applique pas à une perte en vol : le centre de service n'a aucun produit à recevoir.` }),
  'shipping.paid-by-dji': () => ({ message: `DJI prend en charge les frais d'expédition aller et retour du ${GLOSSARY.replacement.text}.` }),

  'warranty.covers': (p, c) => ({
    message: `La panne est couverte par la garantie (${pick(WARRANTY, p.warranty)}, dernier jour : ${date(c, p.lastDate)}) ; elle n'utilise aucun remplacement ni aucune remise du forfait.`,
    expected: "une panne non causée par l'utilisateur, sous garantie",
    received: `${pick(WARRANTY, p.warranty)} en vigueur`,
  }),
  'warranty.none-in-force': () => ({
    message: "Aucune garantie n'est en vigueur pour cette panne : c'est la remise sur les réparations du forfait qui s'applique.",
    expected: 'une garantie en vigueur',
    received: 'aucune',
  }),
  'repair.offered': (p) => ({ message: `${p.productName} bénéficie de la ${DISCOUNT}.`, expected: MODELS, received: p.productName }),
  'repair.not-offered': (p) => ({ message: `La ${DISCOUNT} n'est pas proposée pour ${p.productName}.`, expected: MODELS, received: p.productName }),
  'repair.left': (p) => ({ message: `Il reste une réparation à prix réduit (solde : ${p.left}).`, expected: REPAIR, received: leftOf(p) }),
  'repair.none-left': (p) => ({ message: 'Il ne reste aucune réparation à prix réduit sur le forfait.', expected: REPAIR, received: leftOf(p) }),
  'repair.cap-unpublished': () => ({
    message: "La remise et son plafond (« dans la limite d'un certain quota ») ne sont pas publiés dans la source.",
    expected: 'un plafond publié',
    received: 'aucun',
  }),

  'maintenance.offered': (p) => ({ message: `${p.productName} bénéficie de la maintenance en usine.`, expected: MODELS, received: p.productName }),
  'maintenance.not-offered': (p) => ({ message: `La maintenance en usine n'est pas proposée pour ${p.productName}.`, expected: MODELS, received: p.productName }),
  'maintenance.left': (p) => ({ message: `Il reste une maintenance en usine (solde : ${p.left}).`, expected: MAINTENANCE, received: leftOf(p) }),
  'maintenance.none-left': (p) => ({ message: 'Il ne reste aucune maintenance en usine sur le forfait.', expected: MAINTENANCE, received: leftOf(p) }),
  'maintenance.findings': () => ({
    message: 'Les défauts constatés lors de la maintenance en usine sont traités, selon le cas, par la garantie, un remplacement ou une réparation à prix réduit.',
  }),
});
