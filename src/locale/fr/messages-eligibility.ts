/**
 * The French words of the eligibility rules (REGION-AVAILABLE, REGION-MATCH, ELIG-NEW, ELIG-48H,
 * ELIG-30D, ELIG-VERIFY, ELIG-ONCE) and of TERMS-CALLER, with the helpers the other French parts
 * share: a part of the French catalogue, spread into it by `messages.ts` (issue 13).
 *
 * A region's name is written after a colon or in brackets, never after a preposition: French
 * writes "en France", "au Canada", "aux États-Unis" by the name's gender and number, and params
 * give only the code.
 *
 * @module
 */
import type { ProductCategory } from '../../catalog/products';
import type { Catalogue, RenderContext } from '../../messages/codes';
import type { EligibilityCode } from '../../messages/en-eligibility';
import { GLOSSARY } from './glossary';
import { elapsed, hours, plural, region, sentenceEnd } from '../words';

export const PLAN = GLOSSARY.plan.text;
export const PLUS = GLOSSARY.carePlus.text;
export const NOT_GIVEN = 'non indiqué';

/** A region's name with its code, where the code matters: `Allemagne (DE)`. */
export function coded(c: RenderContext, code: string): string {
  return `${region(c, code)} (${code})`;
}

/** A value's words from a table, or the value as given when the table has none (a string param that is not a closed union). */
export function pick(table: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(table, key) ? (table[key] as string) : key;
}

/** CAT-CATEGORY: the category as the subject of a sentence, and as a bare noun (all three masculine). */
const CATEGORY: Readonly<Record<ProductCategory, readonly [string, string]>> = {
  aircraft: ['Le drone', 'drone'],
  gimbal: ['Le stabilisateur', 'stabilisateur'],
  handheld: ["L'appareil portatif", 'appareil portatif'],
};

const SOLD = `un pays ou une région où ${PLAN} est vendu`;
const ONCE = 'un produit jamais associé à un forfait';
const ASK = 'Veuillez le vérifier avant la vente.';
const NOTICE = "suivant la notification d'achat";

/**
 * ELIG-VERIFY's window, always in hours as the source and the English catalogue write it ("72 hours"):
 * `hours()` would write 72 hours as 3 days, which a reader may take for calendar days.
 */
function inHours(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# heure', other: '# heures' });
}

function windowed(c: RenderContext, p: { readonly hours: number; readonly elapsedSeconds: number; readonly category: ProductCategory }, how: string) {
  const [subject, noun] = CATEGORY[p.category];
  return {
    message: `${subject} a été activé ${how} ${hours(c, p.hours)} avant l'achat.`,
    expected: `activation au plus ${hours(c, p.hours)} avant l'achat (${noun})`,
    received: `activé ${elapsed(c, p.elapsedSeconds)} avant l'achat`,
  };
}

function verified(c: RenderContext, p: { readonly hours: number; readonly elapsedSeconds: number }, message: string, when: string) {
  return { message, expected: `achat dans les ${inHours(c, p.hours)} ${NOTICE}`, received: `acheté ${elapsed(c, p.elapsedSeconds)} ${when} la notification` };
}

/** The French words of the eligibility codes and of TERMS-CALLER. */
export const FR_ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => ({ message: `${PLAN} est vendu dans ce pays ou cette région : ${sentenceEnd(region(c, p.region))}`, expected: SOLD, received: region(c, p.region) }),
  'region.not-sold': (p, c) => ({
    message: `${PLAN} n'est pas vendu dans ce pays ou cette région : ${sentenceEnd(region(c, p.region))}`,
    expected: SOLD,
    received: region(c, p.region),
  }),
  'region.same': (p, c) => ({
    message: 'Le forfait et le produit ont été achetés dans le même pays ou la même région.',
    expected: `pays ou région du produit : ${coded(c, p.region)}`,
    received: coded(c, p.region),
  }),
  'region.mismatch': (p, c) => ({
    message: 'Le forfait doit être acheté dans le même pays ou la même région que le produit.',
    expected: `pays ou région du produit : ${coded(c, p.productRegion)}`,
    received: coded(c, p.planRegion),
  }),
  'elig.once.never-bound': () => ({ message: `Ce produit n'a jamais été associé à ${PLAN}.`, expected: ONCE, received: 'jamais associé' }),
  'elig.once.bound': () => ({
    message: `Ce produit a déjà été associé à ${PLAN} (ou reçu en remplacement dans le cadre d'un forfait) et ne peut plus l'être.`,
    expected: ONCE,
    received: 'déjà associé',
  }),
  'elig.once.unknown': () => ({
    message: `On ne sait pas si ce produit a déjà été associé à ${PLAN}. ${ASK}`,
    expected: 'si le produit a déjà été associé à un forfait',
    received: NOT_GIVEN,
  }),
  'elig.new.unknown': () => ({
    message: `On ne sait pas si le produit a été activé. ${ASK}`,
    expected: "l'instant d'activation, ou null s'il n'a jamais été activé",
    received: NOT_GIVEN,
  }),
  'elig.new.never-activated': () => ({ message: "Le produit est neuf et n'a pas été activé.", expected: 'un produit non activé', received: 'jamais activé' }),
  'elig.window.within': (p, c) => windowed(c, p, 'au plus'),
  'elig.window.exceeded': (p, c) => windowed(c, p, 'plus de'),
  'elig.verify.no-notice': () => ({
    message: "Le produit n'a pas encore été vérifié avec succès.",
    expected: "une notification d'achat après renvoi ou vérification vidéo",
    received: 'aucune notification',
  }),
  'elig.verify.within': (p, c) =>
    verified(c, p, `Le produit a réussi la vérification et le forfait est acheté dans les ${inHours(c, p.hours)} ${NOTICE}.`, 'après'),
  'elig.verify.exceeded': (p, c) => verified(c, p, `Le délai de ${inHours(c, p.hours)} ${NOTICE} est dépassé.`, 'après'),
  'elig.verify.before-notice': (p, c) => verified(c, p, "Le forfait a été acheté avant la réception de la notification d'achat.", 'avant'),
  'elig.verify.apply': (p, c) => ({
    message: `Veuillez contacter le support DJI et renvoyer le produit ou demander une vérification vidéo. Une fois la vérification réussie, achetez le forfait dans les ${inHours(c, p.hours)} ${NOTICE}.`,
  }),
  'elig.verify.await-notice': (p, c) => ({
    message: `Veuillez attendre la notification d'achat qui suit la vérification, puis achetez le forfait dans les ${inHours(c, p.hours)} suivant sa réception.`,
  }),

  'terms.caller-figure': (p) => ({
    message: `Une valeur de cette décision provient de conditions propres (${p.source}) et remplace celle de la source pour ${p.rule}.`,
  }),
});
