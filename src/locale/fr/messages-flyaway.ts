/**
 * The French words of the flyaway replacement (SVC-REPLACE-FLYAWAY) and its conditions:
 * FLY-MODEL, FLY-ACCOUNT-BOUND, FLY-NOT-UNBOUND, FLY-OWNER, FLY-RC-BOUND, FLY-NOT-THEFT,
 * FLY-RECORDS and FLY-QUOTA: a part of the French catalogue, spread into it by `messages.ts`
 * (issue 13). A flyaway is "une perte en vol"; the service is the glossary's "couverture Flyaway".
 *
 * @module
 */
import type { Catalogue, MessageParams, RenderContext } from '../../messages/codes';
import type { FlyawayCode } from '../../messages/en-flyaway';
import { GLOSSARY } from './glossary';
import { date, dateTime } from '../words';
import { NOT_GIVEN } from './messages-eligibility';
import { WHERE, replacements } from './messages-ledger';

type BindingOf = MessageParams['fly.binding.history-needed']['of'];
/** FLY-ACCOUNT-BOUND, FLY-RC-BOUND: what the aircraft is bound with, after "association". */
const WITH: Readonly<Record<BindingOf, string>> = { account: 'au compte DJI', controller: 'à la radiocommande' };

const COVER = GLOSSARY.flyawayReplacement.text;
const MODELS = 'DJI Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2 ou Mini SE';
const BY_COVER = 'un remplacement Flyaway';
const RECORDS = "journaux de vol synchronisés via l'application";
const NOT_THEFT = 'ni volé ni perdu';
const QUOTA = 'une utilisation pour perte en vol et un remplacement restants';
const BOUND_CONTROLLER = 'la radiocommande associée lors de la perte en vol';
const REPLACEMENT = GLOSSARY.replacement.text;

function before(of: BindingOf): string {
  return `association ${WITH[of]} avant la perte en vol`;
}

function still(of: BindingOf): string {
  return `association ${WITH[of]} encore active lors de la perte en vol`;
}

function quota(c: RenderContext, p: { readonly flyaway: number; readonly replacements: number; readonly quota: string }, message: string) {
  return { message, expected: QUOTA, received: `reste : perte en vol ${p.flyaway}, ${replacements(c, p.replacements)} (${p.quota})` };
}

function owner(account: string | null): string {
  return account === null ? 'le titulaire du compte associé lors de la perte en vol' : `compte ${account}`;
}

function controller(id: string | null): string {
  return id === null ? BOUND_CONTROLLER : `radiocommande ${id}`;
}

/** The French words of the flyaway codes. */
export const FR_FLYAWAY: Pick<Catalogue, FlyawayCode> = /* @__PURE__ */ Object.freeze({
  'fly.model.offered': (p) => ({ message: `${p.productName} bénéficie de la ${COVER}.`, expected: MODELS, received: p.productName }),
  'fly.model.not-offered': (p) => ({ message: `La ${COVER} n'est pas proposée pour ${p.productName}.`, expected: MODELS, received: p.productName }),
  'fly.binding.history-needed': (p) => ({
    message: `L'historique d'association ${WITH[p.of]} est nécessaire pour évaluer une demande pour perte en vol.`,
    expected: before(p.of),
    received: NOT_GIVEN,
  }),
  'fly.binding.bound-before': (p, c) => ({
    message: `L'association ${WITH[p.of]} date du ${date(c, p.date)}, avant la perte en vol.`,
    expected: before(p.of),
    received: `associé le ${dateTime(c, p.boundAt)}`,
  }),
  'fly.binding.not-bound-before': (p, c) => ({
    message: `Il n'existait aucune association ${WITH[p.of]} avant la perte en vol ; la ${COVER} exige une association préalable.`,
    expected: before(p.of),
    received: p.firstBoundAt === null ? 'jamais associé' : `première association le ${dateTime(c, p.firstBoundAt)}`,
  }),
  'fly.unbound.history-needed': (p) => ({
    message: `L'historique d'association ${WITH[p.of]} est nécessaire pour savoir si elle a été annulée avant la perte en vol.`,
    expected: still(p.of),
    received: NOT_GIVEN,
  }),
  'fly.unbound.no-binding-before': (p) => ({
    message: `Aucune association ${WITH[p.of]} n'a été annulée avant la perte en vol.`,
    expected: still(p.of),
    received: 'aucune association avant la perte en vol',
  }),
  'fly.unbound.still-bound': (p) => ({
    message: `L'association ${WITH[p.of]} était active au moment de la perte en vol.`,
    expected: still(p.of),
    received: 'toujours associé',
  }),
  'fly.unbound.undone': (p, c) => ({
    message: `L'association ${WITH[p.of]} a été annulée le ${date(c, p.date)}, avant la perte en vol.`,
    expected: still(p.of),
    received: `dissocié le ${dateTime(c, p.unboundAt)}`,
  }),
  'fly.owner.claimant-needed': (p) => ({
    message: `Veuillez indiquer le compte qui demande ${BY_COVER}.`,
    expected: owner(p.account),
    received: NOT_GIVEN,
  }),
  'fly.owner.no-account-bound': (p) => ({
    message: "Aucun compte n'était associé au drone lors de la perte en vol : personne ne peut donc faire la demande en tant que titulaire.",
    expected: owner(null),
    received: p.claimant,
  }),
  'fly.owner.is-owner': (p) => ({ message: 'Le demandeur est le titulaire du compte associé.', expected: owner(p.account), received: p.claimant }),
  'fly.owner.not-owner': (p) => ({
    message: `Seul le titulaire du compte associé peut demander ${BY_COVER}.`,
    expected: owner(p.account),
    received: p.claimant,
  }),
  'fly.report.controller-needed': (p) => ({
    message: 'Veuillez indiquer la radiocommande avec laquelle le rapport de perte en vol a été généré.',
    expected: controller(p.controller),
    received: NOT_GIVEN,
  }),
  'fly.report.no-controller-bound': (p) => ({
    message: "Aucune radiocommande n'était associée au drone lors de la perte en vol pour générer le rapport.",
    expected: BOUND_CONTROLLER,
    received: p.reporter,
  }),
  'fly.report.bound-controller': (p) => ({
    message: 'Le rapport de perte en vol a été généré avec la radiocommande associée.',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.report.other-controller': (p) => ({
    message: 'Le rapport de perte en vol doit être généré avec la radiocommande associée.',
    expected: controller(p.controller),
    received: p.reporter,
  }),
  'fly.theft.needed': () => ({
    message: 'Veuillez indiquer si le drone a été volé ou perdu : le vol et la perte ne sont pas couverts.',
    expected: NOT_THEFT,
    received: NOT_GIVEN,
  }),
  'fly.theft.stolen-or-lost': () => ({
    message: 'Le vol et la perte accidentelle ne constituent pas une perte en vol et ne sont pas couverts.',
    expected: NOT_THEFT,
    received: 'volé ou perdu',
  }),
  'fly.theft.flyaway': () => ({ message: "Le drone n'a été ni volé ni perdu.", expected: NOT_THEFT, received: 'une perte en vol' }),
  'fly.records.needed': () => ({
    message: "Veuillez indiquer si les journaux de vol de l'accident ont été synchronisés.",
    expected: RECORDS,
    received: NOT_GIVEN,
  }),
  'fly.records.synced': () => ({ message: "Les journaux de vol de l'accident ont été synchronisés.", expected: RECORDS, received: 'synchronisés' }),
  'fly.records.not-synced': () => ({
    message: `Sans journaux de vol de l'accident synchronisés via l'application, aucun remplacement Flyaway n'est possible.`,
    expected: RECORDS,
    received: 'non synchronisés',
  }),
  'fly.quota.outside-validity': (p, c) => ({
    message: `La perte en vol se situe hors de la validité du ${REPLACEMENT} : aucun remplacement Flyaway n'est possible.`,
    expected: `pendant la validité du ${REPLACEMENT}`,
    received: date(c, p.date),
  }),
  'fly.quota.left': (p, c) =>
    quota(c, p, `Il reste ${BY_COVER} ${WHERE[p.window]} (perte en vol : ${p.flyaway}, ${replacements(c, p.replacements)}).`),
  'fly.quota.no-replacement-left': (p, c) => quota(c, p, `Il ne reste aucun remplacement ${WHERE[p.window]}.`),
  'fly.quota.no-flyaway-left': (p, c) => quota(c, p, `Il ne reste aucun remplacement Flyaway ${WHERE[p.window]}.`),
  'fly.quota.model-has-none': (p, c) =>
    quota(
      c,
      { flyaway: 0, replacements: p.replacements, quota: p.quota },
      `Le forfait de ${p.productName} n'a pas de quota pour perte en vol : pour ce modèle, il n'inclut pas la ${COVER}.`,
    ),
});
