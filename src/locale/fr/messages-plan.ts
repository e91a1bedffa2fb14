/**
 * The French words of the agreement date (DATE-BUNDLED, DATE-BUNDLED-OM, DATE-SEPARATE,
 * DATE-CODE), of rebinding after a replacement (REBIND-REPLACEMENT) and of the plan's validity
 * (PERIOD-START, PERIOD-OUTSIDE): a part of the French catalogue, spread into it by
 * `messages.ts` (issue 13).
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { PlanCode } from '../../messages/en-plan';
import { date, plural } from '../words';
import { NOT_GIVEN, PLAN } from './messages-eligibility';

/** PERIOD-OUTSIDE: what the check is about, as the subject of a sentence. */
const SUBJECT: Readonly<Record<MessageParams['period.inside']['subject'], string>> = {
  damage: 'Le dommage',
  flyaway: 'La perte en vol',
  repair: 'La réparation',
  'maintenance request': 'La demande de maintenance',
};

/** A validity's dates as expected, and the date checked as received. */
export function between(c: RenderContext, p: { readonly startDate: string; readonly lastDate: string; readonly date: string }) {
  return { expected: `du ${date(c, p.startDate)} au ${date(c, p.lastDate)}`, received: date(c, p.date) };
}

const UNIT = 'un appareil jamais associé au forfait';
const REBOUND = 'un remplacement pas encore réassocié';
const NO_COVER = ": aucune prise en charge n'est possible.";

function days(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# jour', other: '# jours' });
}

/** The French words of the agreement-date, rebinding and validity codes. */
export const FR_PLAN: Pick<Catalogue, PlanCode> = /* @__PURE__ */ Object.freeze({
  'date.bundled.activation-unknown': () => ({
    message: 'On ne sait pas si le produit a été activé.',
    expected: "l'instant d'activation, ou null",
    received: NOT_GIVEN,
  }),
  'date.bundled.not-activated': () => ({
    message: "Le forfait prend effet à la date d'activation ; le produit n'est pas encore activé.",
    expected: 'un produit activé',
    received: 'non activé',
  }),
  'date.bundled.activation-date': (p, c) => ({
    message: "Acheté avec le produit : la date du contrat est la date d'activation.",
    expected: "la date d'activation",
    received: date(c, p.date),
  }),
  'date.bundled.activated-before-auto-start': (p, c) => ({
    message: 'Le produit a été activé avant la date de démarrage automatique.',
    expected: `activé avant le ${date(c, p.autoStartDate)}`,
    received: date(c, p.activationDate),
  }),
  'date.bundled-om.delivery-needed': (p, c) => ({
    message: `La date de livraison est nécessaire : pour ${p.productName}, le forfait prend effet ${days(c, p.days)} après la livraison si le produit n'est pas activé avant.`,
    expected: 'la date de livraison',
    received: NOT_GIVEN,
  }),
  'date.bundled-om.auto-start': (p, c) => ({
    message: `Le forfait prend effet automatiquement ${days(c, p.days)} après la date de livraison.`,
    expected: `non activé avant le ${date(c, p.autoStartDate)}`,
    received: p.activationDate === null ? 'non activé' : `activé le ${date(c, p.activationDate)}`,
  }),
  'date.separate': (p, c) => ({ message: "Acheté séparément : la date du contrat est la date d'achat.", expected: "la date d'achat", received: date(c, p.date) }),
  'date.code': (p, c) => ({
    message: "Associé avec un code d'activation : la date du contrat est la date d'association.",
    expected: "la date d'association",
    received: date(c, p.date),
  }),

  'rebind.unit.current': (p) => ({ message: `L'appareil ${p.serial} est celui associé au forfait.`, expected: `l'appareil du forfait (${p.serial})`, received: p.serial }),
  'rebind.unit.replaced-not-rebound': (p) => ({
    message: `L'appareil ${p.serial} a été remplacé et n'a plus de forfait. Veuillez enregistrer l'association à l'appareil reçu, puis faire la demande pour celui-ci.`,
    expected: 'un appareil associé au forfait (enregistrer la réassociation après un remplacement)',
    received: `${p.serial} (remplacé)`,
  }),
  'rebind.unit.former': (p) => ({
    message: `L'appareil ${p.serial} a été remplacé : le forfait est passé à l'appareil ${p.planSerial} et l'appareil d'origine n'a plus de forfait.`,
    expected: `l'appareil du forfait (${p.planSerial})`,
    received: p.serial,
  }),
  'rebind.replaced': (p) => ({
    message: `L'appareil ${p.serial} a été remplacé : le forfait passe à l'appareil reçu.`,
    expected: REBOUND,
    received: 'remplacé',
  }),
  'rebind.no-replacement': (p) => ({
    message: `L'appareil ${p.serial} n'a fait l'objet d'aucun remplacement après lequel réassocier le forfait.`,
    expected: REBOUND,
    received: 'aucun remplacement',
  }),
  'rebind.new-unit.bound-before': (p) => ({
    message: `L'appareil ${p.newSerial} a déjà été associé à ce forfait ; un produit n'est associé qu'une fois.`,
    expected: UNIT,
    received: 'déjà associé',
  }),
  'rebind.new-unit.never-bound': (p) => ({ message: `L'appareil ${p.newSerial} n'a encore jamais été associé à ce forfait.`, expected: UNIT, received: 'jamais associé' }),
  'rebind.new-unit.no-purchase': (p) => ({
    message: `L'appareil ${p.newSerial} est désormais couvert par ce forfait : ne vendez pas de ${PLAN} pour celui-ci (previouslyBound: true).`,
  }),

  'period.inside': (p, c) => ({ message: `${SUBJECT[p.subject]} se situe dans la période de validité du forfait.`, ...between(c, p) }),
  'period.before-start': (p, c) => ({
    message: `${SUBJECT[p.subject]} se situe avant la prise d'effet du forfait (le ${date(c, p.startDate)}) ${NO_COVER}`,
    ...between(c, p),
  }),
  'period.after-end': (p, c) => ({
    message: `${SUBJECT[p.subject]} se situe après la fin de la validité (dernier jour : ${date(c, p.lastDate)}) ${NO_COVER}`,
    ...between(c, p),
  }),
});
