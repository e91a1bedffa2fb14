/**
 * The German message catalogue (issue 13): every code's words, from its params, in the formal
 * address (Sie), for the markets that speak German (DE, AT, CH); dates, times, counts and
 * region names through `../words`, so a Swiss plan writes them as `de-CH` does. Names of the
 * plan and its services come from the German glossary (`../de`). Its parts by rule area are in
 * `messages-eligibility.ts`, `messages-plan.ts`, `messages-ledger.ts` and
 * `messages-flyaway.ts`; this module holds DJI Care Refresh + (PLUS-ELIGIBLE, PLUS-NOT-2Y,
 * PLUS-EFFECT), the Safe Flight reward (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT) and the place of
 * service (USE-INTERNATIONAL).
 *
 * @module
 */
import type { Catalogue, MessageParams } from '../../messages/codes';
import { GLOSSARY } from './glossary';
import { date, plural, region } from '../words';
import { DE_ELIGIBILITY, NOT_GIVEN, PLUS, coded, pick } from './messages-eligibility';
import { DE_FLYAWAY } from './messages-flyaway';
import { DE_LEDGER, TERM } from './messages-ledger';
import { DE_PLAN, between } from './messages-plan';

const G = GLOSSARY;
/** SVC-SAFE-FLIGHT: the services whose use forfeits the reward. */
const USED: Readonly<Record<MessageParams['safe-flight.used']['service'], string>> = {
  'damage-replacement': `ein ${G.damageReplacement.text}`,
  'flyaway-replacement': 'ein Flyaway-Austausch',
  'discounted-repair': 'eine vergünstigte Reparatur',
};
/** USE-INTERNATIONAL: the services by name (`LocatedService`). */
const SERVICE: Readonly<Record<string, string>> = {
  replacement: G.replacement.text,
  'extended-warranty': G.extendedWarranty.text,
  'discounted-repair': G.discountedRepair.text,
  maintenance: G.factoryMaintenance.text,
};
/** USE-INTERNATIONAL: the kinds of proof of purchase (`ProofOfPurchase`). */
const PROOF_KIND: Readonly<Record<string, string>> = { official: 'offiziell', authorised: 'autorisiert', other: 'sonstiger Kanal', none: 'keiner' };

const ONE_YEAR = 'ein 1-Jahres-Plan';
const LEFT = 'mindestens ein verbleibendes Ersatzgerät';
const NOT_BOUGHT = 'noch nicht gekauft';
const SAFE = `Die ${G.safeFlight.text}`;
const NONE_USED = 'weder Austausch noch vergünstigte Reparatur in Anspruch genommen';
const GLOBAL = `${G.replacement.text} oder ${G.extendedWarranty.text}`;
const PROOF = 'offiziell oder autorisiert';
const CHANNEL = 'aus einem offiziellen oder autorisierten Vertriebskanal';
const HOME = 'im Land bzw. in der Region, in dem der Plan gekauft wurde';

/**
 * The German words of every code.
 *
 * @example
 * ```ts
 * MESSAGES['region.mismatch']({ productRegion: 'DE', planRegion: 'FR' }, { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' });
 * //=> { message: 'Der Plan muss im selben Land bzw. in derselben Region gekauft werden wie das Produkt.',
 * //=>   expected: 'Land bzw. Region des Produkts: Deutschland (DE)', received: 'Frankreich (FR)' }
 * ```
 *
 * @category Locale
 */
export const MESSAGES: Catalogue = /* @__PURE__ */ Object.freeze({
  ...DE_ELIGIBILITY,
  ...DE_PLAN,
  ...DE_LEDGER,
  'plus.term.one-year': (p) => ({ message: 'Der Plan ist ein 1-Jahres-Plan.', expected: ONE_YEAR, received: `ein ${TERM[p.term]}` }),
  'plus.term.two-year': (p) => ({ message: `${PLUS} ist für einen 2-Jahres-Plan nicht erhältlich.`, expected: ONE_YEAR, received: `ein ${TERM[p.term]}` }),
  'plus.in-force': (p, c) => ({ message: 'Der Plan ist noch nicht abgelaufen.', ...between(c, p) }),
  'plus.not-started': (p, c) => ({ message: `Der Plan ist noch nicht in Kraft; er beginnt am ${date(c, p.startDate)}.`, ...between(c, p) }),
  'plus.expired': (p, c) => ({ message: `Der Plan ist mit Ablauf des ${date(c, p.lastDate)} abgelaufen.`, ...between(c, p) }),
  'plus.replacements-left': (p, c) => ({
    message: plural(c, p.left, { one: 'Es ist noch # Ersatzgerät verfügbar.', other: 'Es sind noch # Ersatzgeräte verfügbar.' }),
    expected: LEFT,
    received: `${p.left} verfügbar`,
  }),
  'plus.no-replacement-left': (p) => ({ message: 'Im Plan ist kein Ersatzgerät mehr verfügbar.', expected: LEFT, received: `${p.left} verfügbar` }),
  'plus.not-bought': () => ({ message: `${PLUS} wurde für diesen Plan noch nicht gekauft.`, expected: NOT_BOUGHT, received: 'nicht gekauft' }),
  'plus.bought': (p, c) => ({
    message: `${PLUS} wurde für diesen Plan bereits am ${date(c, p.date)} gekauft und kann nur einmal gekauft werden.`,
    expected: NOT_BOUGHT,
    received: `gekauft am ${date(c, p.date)}`,
  }),

  'safe-flight.not-offered': (p) => ({
    message: `${SAFE} wird für ${p.productName} nicht angeboten.`,
    expected: 'DJI Mavic 3, Mavic 3 Cine oder Action 2',
    received: p.productName,
  }),
  'safe-flight.offered': (p) => ({ message: `${SAFE} wird für ${p.productName} angeboten.` }),
  'safe-flight.none-used': () => ({
    message: 'Es wurde weder ein Austausch noch eine vergünstigte Reparatur in Anspruch genommen.',
    expected: NONE_USED,
    received: 'nichts in Anspruch genommen',
  }),
  'safe-flight.used': (p, c) => ({
    message: `Am ${date(c, p.date)} wurde ${USED[p.service]} in Anspruch genommen; die ${G.safeFlight.text} entfällt daher.`,
    expected: NONE_USED,
    received: `${USED[p.service]} am ${date(c, p.date)}`,
  }),
  'safe-flight.validity-ended': (p, c) => ({
    message: `Die Gültigkeitsdauer des Plans ist abgelaufen (letzter Tag: ${date(c, p.validityLastDate)}); die Prämie gilt vom ${date(c, p.startDate)} bis ${date(c, p.lastDate)}.`,
    expected: `nach dem ${date(c, p.validityLastDate)}`,
    received: date(c, p.date),
  }),
  'safe-flight.validity-running': (p, c) => ({
    message: `Über die Prämie wird entschieden, wenn die Gültigkeitsdauer des Plans endet (letzter Tag: ${date(c, p.validityLastDate)}).`,
    expected: `nach dem ${date(c, p.validityLastDate)}`,
    received: date(c, p.date),
  }),
  'safe-flight.ask-again': (p, c) => ({
    message: `Bitte fragen Sie ab dem ${date(c, p.date)} erneut nach, wenn die Gültigkeitsdauer des Plans abgelaufen ist.`,
  }),

  ...DE_FLYAWAY,

  'location.plan-region': (p, c) => ({
    message: `Service ${HOME}: ${region(c, p.region)}.`,
    expected: `${region(c, p.region)} oder weltweit`,
    received: region(c, p.region),
  }),
  'location.international': (p) => ({
    message: `Für ${p.productName} gilt der internationale Service.`,
    expected: 'ein Produkt mit internationalem Service',
    received: p.productName,
  }),
  'location.plan-region-only': (p, c) => ({
    message: `Für ${p.productName} ist der Service nur ${HOME} verfügbar: ${region(c, p.home)}.`,
    expected: coded(c, p.home),
    received: coded(c, p.region),
  }),
  'location.service-worldwide': (p) => ({
    message: `Die Leistung „${pick(SERVICE, p.service)}“ wird weltweit erbracht.`,
    expected: GLOBAL,
    received: pick(SERVICE, p.service),
  }),
  'location.service-plan-region-only': (p, c) => ({
    message: `Außerhalb des Landes bzw. der Region, in dem der Plan gekauft wurde (${region(c, p.home)}, ${p.home}) werden nur der ${G.replacement.text} und die ${G.extendedWarranty.text} erbracht.`,
    expected: GLOBAL,
    received: pick(SERVICE, p.service),
  }),
  'location.proof-needed': () => ({
    message: `Außerhalb des Landes bzw. der Region, in dem der Plan gekauft wurde, ist ein gültiger Kaufnachweis ${CHANNEL} erforderlich.`,
    expected: PROOF,
    received: NOT_GIVEN,
  }),
  'location.proof-accepted': (p) => ({ message: `Der Kaufnachweis stammt ${CHANNEL}.`, expected: PROOF, received: pick(PROOF_KIND, p.proof) }),
  'location.proof-refused': (p) => ({
    message: 'Für den internationalen Service ist ein gültiger Kaufnachweis aus einem offiziellen DJI Store oder einem autorisierten Vertriebskanal erforderlich.',
    expected: PROOF,
    received: pick(PROOF_KIND, p.proof),
  }),
});
