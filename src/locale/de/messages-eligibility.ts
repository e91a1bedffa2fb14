/**
 * The German words of the eligibility rules (REGION-AVAILABLE, REGION-MATCH, ELIG-NEW, ELIG-48H,
 * ELIG-30D, ELIG-VERIFY, ELIG-ONCE) and of TERMS-CALLER, with the helpers the other German parts
 * share: a part of the German catalogue, spread into it by `messages.ts` (issue 13).
 *
 * A region's name is written after a colon or in brackets, never after "in": German puts an
 * article before some names ("in der Schweiz", "in den Vereinigten Staaten"), and params give
 * only the code.
 *
 * @module
 */
import type { ProductCategory } from '../../catalog/products';
import type { RenderContext } from '../../messages/codes';
import type { EligibilityCode } from '../../messages/en-eligibility';
import type { Catalogue } from '../../messages/codes';
import { GLOSSARY } from './glossary';
import { elapsed, hours, plural, region } from '../words';

export const PLAN = GLOSSARY.plan.text;
export const PLUS = GLOSSARY.carePlus.text;
export const NOT_GIVEN = 'nicht angegeben';

/** A region's name with its code, where the code matters: `Deutschland (DE)`. */
export function coded(c: RenderContext, code: string): string {
  return `${region(c, code)} (${code})`;
}

/** A value's words from a table, or the value as given when the table has none (a string param that is not a closed union). */
export function pick(table: Readonly<Record<string, string>>, key: string): string {
  return Object.hasOwn(table, key) ? (table[key] as string) : key;
}

/** CAT-CATEGORY: the category as the subject of a sentence, and as a bare noun. */
const CATEGORY: Readonly<Record<ProductCategory, readonly [string, string]>> = {
  aircraft: ['Das', 'Fluggerät'],
  gimbal: ['Der', 'Gimbal'],
  handheld: ['Das', 'Handheld-Gerät'],
};

const SOLD = `ein Land bzw. eine Region, wo ${PLAN} erhältlich ist`;
const ONCE = 'ein Produkt, das noch nie mit einem Plan verknüpft war';
const ASK = 'Bitte klären Sie dies vor dem Verkauf.';
const NOTICE = 'nach der Kaufbenachrichtigung';

/**
 * ELIG-VERIFY's window, always in hours as the source and the English catalogue write it ("72 hours"):
 * `hours()` would write 72 hours as 3 days, which a reader may take for calendar days.
 */
function inHours(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# Stunde', other: '# Stunden' });
}

function windowed(c: RenderContext, p: { readonly hours: number; readonly elapsedSeconds: number; readonly category: ProductCategory }, how: string) {
  const [article, noun] = CATEGORY[p.category];
  return {
    message: `${article} ${noun} wurde ${how} ${hours(c, p.hours)} vor dem Kauf aktiviert.`,
    expected: `Aktivierung höchstens ${hours(c, p.hours)} vor dem Kauf (${noun})`,
    received: `aktiviert ${elapsed(c, p.elapsedSeconds)} vor dem Kauf`,
  };
}

function verified(c: RenderContext, p: { readonly hours: number; readonly elapsedSeconds: number }, message: string, when: string) {
  return { message, expected: `Kauf spätestens ${inHours(c, p.hours)} ${NOTICE}`, received: `gekauft ${elapsed(c, p.elapsedSeconds)} ${when} der Benachrichtigung` };
}

/** The German words of the eligibility codes and of TERMS-CALLER. */
export const DE_ELIGIBILITY: Pick<Catalogue, EligibilityCode> = /* @__PURE__ */ Object.freeze({
  'region.sold': (p, c) => ({ message: `${PLAN} ist in diesem Land bzw. dieser Region erhältlich: ${region(c, p.region)}.`, expected: SOLD, received: region(c, p.region) }),
  'region.not-sold': (p, c) => ({
    message: `${PLAN} ist in diesem Land bzw. dieser Region nicht erhältlich: ${region(c, p.region)}.`,
    expected: SOLD,
    received: region(c, p.region),
  }),
  'region.same': (p, c) => ({
    message: 'Plan und Produkt wurden im selben Land bzw. in derselben Region gekauft.',
    expected: `Land bzw. Region des Produkts: ${coded(c, p.region)}`,
    received: coded(c, p.region),
  }),
  'region.mismatch': (p, c) => ({
    message: 'Der Plan muss im selben Land bzw. in derselben Region gekauft werden wie das Produkt.',
    expected: `Land bzw. Region des Produkts: ${coded(c, p.productRegion)}`,
    received: coded(c, p.planRegion),
  }),
  'elig.once.never-bound': () => ({ message: `Dieses Produkt war noch nie mit ${PLAN} verknüpft.`, expected: ONCE, received: 'nie verknüpft' }),
  'elig.once.bound': () => ({
    message: `Dieses Produkt war bereits mit ${PLAN} verknüpft (oder wurde im Rahmen eines Plans als Ersatzgerät ausgegeben) und kann nicht erneut verknüpft werden.`,
    expected: ONCE,
    received: 'bereits verknüpft',
  }),
  'elig.once.unknown': () => ({
    message: `Es ist nicht bekannt, ob dieses Produkt bereits mit ${PLAN} verknüpft war. ${ASK}`,
    expected: 'ob das Produkt jemals mit einem Plan verknüpft war',
    received: NOT_GIVEN,
  }),
  'elig.new.unknown': () => ({
    message: `Es ist nicht bekannt, ob das Produkt bereits aktiviert wurde. ${ASK}`,
    expected: 'der Aktivierungszeitpunkt oder null, wenn nie aktiviert',
    received: NOT_GIVEN,
  }),
  'elig.new.never-activated': () => ({ message: 'Das Produkt ist neu und wurde noch nicht aktiviert.', expected: 'ein nicht aktiviertes Produkt', received: 'nie aktiviert' }),
  'elig.window.within': (p, c) => windowed(c, p, 'höchstens'),
  'elig.window.exceeded': (p, c) => windowed(c, p, 'mehr als'),
  'elig.verify.no-notice': () => ({
    message: 'Für das Produkt liegt keine bestandene Überprüfung vor.',
    expected: 'eine Kaufbenachrichtigung nach Einsendung oder Videoüberprüfung',
    received: 'keine Benachrichtigung',
  }),
  'elig.verify.within': (p, c) =>
    verified(c, p, `Das Produkt hat die Überprüfung bestanden, und der Plan wird spätestens ${inHours(c, p.hours)} ${NOTICE} gekauft.`, 'nach'),
  'elig.verify.exceeded': (p, c) => verified(c, p, `Seit der Kaufbenachrichtigung sind mehr als ${inHours(c, p.hours)} vergangen.`, 'nach'),
  'elig.verify.before-notice': (p, c) => verified(c, p, 'Der Plan wurde gekauft, bevor die Kaufbenachrichtigung eingegangen ist.', 'vor'),
  'elig.verify.apply': (p, c) => ({
    message: `Bitte wenden Sie sich an den DJI Support und senden Sie das Produkt ein oder beantragen Sie eine Videoüberprüfung. Kaufen Sie den Plan nach bestandener Überprüfung spätestens ${inHours(c, p.hours)} ${NOTICE}.`,
  }),
  'elig.verify.await-notice': (p, c) => ({
    message: `Bitte warten Sie die Kaufbenachrichtigung ab, die auf die Überprüfung folgt. Sobald sie eingegangen ist, kaufen Sie den Plan bitte spätestens ${inHours(c, p.hours)} danach.`,
  }),

  'terms.caller-figure': (p) => ({
    message: `Ein Wert dieser Entscheidung stammt aus eigenen Bedingungen (${p.source}) und ersetzt für ${p.rule} den Wert der Quelle.`,
  }),
});
