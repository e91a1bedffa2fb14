/**
 * The French message catalogue (issue 13): every code's words, from its params, in the formal
 * address (vous), for the markets that speak French (FR, BE, CH, CA); dates, times, counts and
 * region names through `../words`, so a Canadian plan writes them as `fr-CA` does. Names of
 * the plan and its services come from the French glossary (`../fr`). Its parts by rule area
 * are in `messages-eligibility.ts`, `messages-plan.ts`, `messages-ledger.ts` and
 * `messages-flyaway.ts`; this module holds DJI Care Refresh + (PLUS-ELIGIBLE, PLUS-NOT-2Y,
 * PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT) and the place of
 * service (USE-INTERNATIONAL).
 *
 * @module
 */
import type { Catalogue, MessageParams } from '../../messages/codes';
import { GLOSSARY } from './glossary';
import { date, plural, region, sentenceEnd } from '../words';
import { FR_ELIGIBILITY, NOT_GIVEN, PLUS, coded, pick } from './messages-eligibility';
import { FR_FLYAWAY } from './messages-flyaway';
import { DAMAGE, FR_LEDGER, TERM } from './messages-ledger';
import { FR_PLAN, between } from './messages-plan';

const G = GLOSSARY;
/** SVC-SAFE-FLIGHT: the services whose use forfeits the reward. */
const USED: Readonly<Record<MessageParams['safe-flight.used']['service'], string>> = {
  'damage-replacement': `un ${DAMAGE}`,
  'flyaway-replacement': 'un remplacement Flyaway',
  'discounted-repair': 'une réparation à prix réduit',
};
/** USE-INTERNATIONAL: the services by name (`LocatedService`). */
const SERVICE: Readonly<Record<string, string>> = {
  replacement: G.replacement.text,
  'extended-warranty': G.extendedWarranty.text,
  'discounted-repair': G.discountedRepair.text,
  maintenance: G.factoryMaintenance.text,
};
/** USE-INTERNATIONAL: the kinds of proof of purchase (`ProofOfPurchase`). */
const PROOF_KIND: Readonly<Record<string, string>> = { official: 'officiel', authorised: 'agréé', other: 'autre canal', none: 'aucune' };

const ONE_YEAR = 'un forfait 1 an';
const LEFT = 'au moins un remplacement restant';
const NOT_BOUGHT = 'pas encore acheté';
const SAFE = `La ${G.safeFlight.text}`;
const NONE_USED = 'ni remplacement ni réparation à prix réduit utilisés';
const GLOBAL = `${G.replacement.text} ou ${G.extendedWarranty.text}`;
const PROOF = 'officiel ou agréé';
const CHANNEL = "d'un canal officiel ou agréé";
const HOME = "dans le pays ou la région d'achat du forfait";

/**
 * The French words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['region.mismatch']({ productRegion: 'FR', planRegion: 'DE' }, { tag: 'fr', region: 'FR', timeZone: 'Europe/Paris' });
 * //=> { message: 'Le forfait doit être acheté dans le même pays ou la même région que le produit.',
 * //=>   expected: 'pays ou région du produit : France (FR)', received: 'Allemagne (DE)' }
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...FR_ELIGIBILITY,
  ...FR_PLAN,
  ...FR_LEDGER,
  'plus.term.one-year': (p) => ({ message: 'Le forfait est un forfait 1 an.', expected: ONE_YEAR, received: `un ${TERM[p.term]}` }),
  'plus.term.two-year': (p) => ({ message: `${PLUS} n'est pas proposé pour un forfait 2 ans.`, expected: ONE_YEAR, received: `un ${TERM[p.term]}` }),
  'plus.in-force': (p, c) => ({ message: "Le forfait n'a pas expiré.", ...between(c, p) }),
  'plus.not-started': (p, c) => ({ message: `Le forfait n'a pas encore pris effet ; il commence le ${date(c, p.startDate)}.`, ...between(c, p) }),
  'plus.expired': (p, c) => ({ message: `Le forfait a expiré à la fin de la journée du ${date(c, p.lastDate)}.`, ...between(c, p) }),
  'plus.replacements-left': (p, c) => ({
    message: plural(c, p.left, { one: 'Il reste # remplacement.', other: 'Il reste # remplacements.' }),
    expected: LEFT,
    received: `reste : ${p.left}`,
  }),
  'plus.no-replacement-left': (p) => ({ message: 'Il ne reste aucun remplacement sur le forfait.', expected: LEFT, received: `reste : ${p.left}` }),
  'plus.not-bought': () => ({ message: `${PLUS} n'a pas encore été acheté pour ce forfait.`, expected: NOT_BOUGHT, received: 'non acheté' }),
  'plus.bought': (p, c) => ({
    message: `${PLUS} a déjà été acheté pour ce forfait le ${date(c, p.date)} ; il ne peut l'être qu'une fois.`,
    expected: NOT_BOUGHT,
    received: `acheté le ${date(c, p.date)}`,
  }),

  'safe-flight.not-offered': (p) => ({
    message: `${SAFE} n'est pas proposée pour ${p.productName}.`,
    expected: 'DJI Mavic 3, Mavic 3 Cine ou Action 2',
    received: p.productName,
  }),
  'safe-flight.offered': (p) => ({ message: `${SAFE} est proposée pour ${p.productName}.` }),
  'safe-flight.none-used': () => ({
    message: "Aucun remplacement ni aucune réparation à prix réduit n'a été utilisé.",
    expected: NONE_USED,
    received: 'aucune utilisation',
  }),
  'safe-flight.used': (p, c) => ({
    message: `Service utilisé le ${date(c, p.date)} : ${USED[p.service]}. ${SAFE} est donc perdue.`,
    expected: NONE_USED,
    received: `${USED[p.service]} le ${date(c, p.date)}`,
  }),
  'safe-flight.validity-ended': (p, c) => ({
    message: `La validité du forfait a pris fin (dernier jour : ${date(c, p.validityLastDate)}) ; la récompense court du ${date(c, p.startDate)} au ${date(c, p.lastDate)}.`,
    expected: `après le ${date(c, p.validityLastDate)}`,
    received: date(c, p.date),
  }),
  'safe-flight.validity-running': (p, c) => ({
    message: `La récompense est déterminée à la fin de la validité du forfait (dernier jour : ${date(c, p.validityLastDate)}).`,
    expected: `après le ${date(c, p.validityLastDate)}`,
    received: date(c, p.date),
  }),
  'safe-flight.ask-again': (p, c) => ({
    message: `Veuillez renouveler votre demande à partir du ${date(c, p.date)}, une fois la validité du forfait terminée.`,
  }),

  ...FR_FLYAWAY,

  'location.plan-region': (p, c) => ({
    message: `Service ${HOME} : ${sentenceEnd(region(c, p.region))}`,
    expected: `${region(c, p.region)} ou monde entier`,
    received: region(c, p.region),
  }),
  'location.international': (p) => ({
    message: `${p.productName} bénéficie du service international.`,
    expected: 'un produit avec service international',
    received: p.productName,
  }),
  'location.plan-region-only': (p, c) => ({
    message: `Pour ${p.productName}, le service n'est disponible que ${HOME} : ${sentenceEnd(region(c, p.home))}`,
    expected: coded(c, p.home),
    received: coded(c, p.region),
  }),
  'location.service-worldwide': (p) => ({
    message: `Prestation assurée dans le monde entier : ${pick(SERVICE, p.service)}.`,
    expected: GLOBAL,
    received: pick(SERVICE, p.service),
  }),
  'location.service-plan-region-only': (p, c) => ({
    message: `Hors du pays ou de la région d'achat du forfait (${region(c, p.home)}, ${p.home}), seuls le ${G.replacement.text} et l'${G.extendedWarranty.text} sont assurés.`,
    expected: GLOBAL,
    received: pick(SERVICE, p.service),
  }),
  'location.proof-needed': () => ({
    message: `Hors du pays ou de la région d'achat du forfait, une preuve d'achat valide ${CHANNEL} est requise.`,
    expected: PROOF,
    received: NOT_GIVEN,
  }),
  'location.proof-accepted': (p) => ({ message: `La preuve d'achat provient ${CHANNEL}.`, expected: PROOF, received: pick(PROOF_KIND, p.proof) }),
  'location.proof-refused': (p) => ({
    message: "Le service international requiert une preuve d'achat valide provenant d'un DJI Store officiel ou d'un canal agréé.",
    expected: PROOF,
    received: pick(PROOF_KIND, p.proof),
  }),
});
