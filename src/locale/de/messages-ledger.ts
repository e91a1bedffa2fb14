/**
 * The German words of the plan's ledger: the fee schedules (CAT-FEES-MAVIC3-1Y), damage
 * replacement and its quota (SVC-REPLACE-DAMAGE, QUOTA-1Y, QUOTA-2Y), Express and shipping
 * (SVC-EXPRESS, SVC-SHIPPING), the warranty first (USE-WARRANTY-FIRST), discounted repairs
 * (SVC-REPAIR-DISCOUNT) and factory maintenance (SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS):
 * a part of the German catalogue, spread into it by `messages.ts` (issue 13).
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
export const TERM: Readonly<Record<Term, string>> = { '1y': '1-Jahres-Plan', '2y': '2-Jahres-Plan' };
/** Where a quota counts, at the head of a sentence. */
export const WHERE: Readonly<Record<WindowName, string>> = { term: 'Im Plan', renewal: `Im Verlängerungsjahr von ${PLUS}` };
const OVER_WHERE: Readonly<Record<WindowName, string>> = { term: 'in der Gültigkeitsdauer des Plans', renewal: `im Verlängerungsjahr von ${PLUS}` };
/** SVC-WARRANTY-EXT, PERIOD-WARRANTY-2Y: the warranties by kind. */
const WARRANTY: Readonly<Record<string, string>> = { 'official-warranty': 'Herstellergarantie', 'extended-warranty': GLOSSARY.extendedWarranty.text };

export const EXPRESS = GLOSSARY.express.text;
const DAMAGE = GLOSSARY.damageReplacement.text;
const UNPUBLISHED = 'nicht veröffentlicht';
const FEE = 'eine veröffentlichte Gebühr';
const MODELS = 'DJI Mavic 3 oder Mavic 3 Cine';
const REPAIR = 'eine verbleibende vergünstigte Reparatur';
const MAINTENANCE = 'eine verbleibende Werkswartung';

/** A count of replacements: `1 Ersatzgerät`, `2 Ersatzgeräte`. */
export function units(c: RenderContext, n: number): string {
  return plural(c, n, { one: '# Ersatzgerät', other: '# Ersatzgeräte' });
}

/** What is left of what is allowed. */
export function leftOf(p: { readonly left: number; readonly allowed: number }): string {
  return `${p.left} von ${p.allowed} verfügbar`;
}

function planName(c: RenderContext, p: MessageParams['fee.no-schedule']): string {
  return `${p.productName} (${TERM[p.term]}, ${region(c, p.region)})`;
}

function split(damage: number, flyaway: number): string {
  return `(bei Beschädigung: ${damage}, bei Flyaway: ${flyaway})`;
}

/** The German words of the fee, replacement, quota, service, warranty, repair and maintenance codes. */
export const DE_LEDGER: Pick<Catalogue, LedgerCode> = /* @__PURE__ */ Object.freeze({
  'fee.no-schedule': (p, c) => ({
    message: `Für ${planName(c, p)} ist keine Austauschgebühr veröffentlicht; ein Gebührenplan kann über die Bedingungen angegeben werden.`,
    expected: `ein Gebührenplan für ${planName(c, p)}`,
    received: UNPUBLISHED,
  }),
  'fee.flyaway-unpublished': (p, c) => ({
    message: `Für ${planName(c, p)} ist keine Gebühr für einen Flyaway-Austausch veröffentlicht.`,
    expected: FEE,
    received: UNPUBLISHED,
  }),
  'fee.renewal-unpublished': (p, c) => ({
    message: `Die Gebühr für einen Austausch im Rahmen von ${PLUS} ist für ${planName(c, p)} nicht veröffentlicht.`,
    expected: FEE,
    received: UNPUBLISHED,
  }),
  'fee.ordinal-unpublished': (p, c) => ({
    message: `Für den ${p.ordinal}. Austausch bei ${planName(c, p)} ist keine Gebühr veröffentlicht.`,
    expected: FEE,
    received: UNPUBLISHED,
  }),

  'replace.damage.offered': (p) => ({ message: `Für ${p.productName} ist der ${DAMAGE} enthalten.`, expected: `ein Modell mit ${DAMAGE}`, received: p.productName }),
  'replace.damage.not-offered': (p) => ({
    message: `Für ${p.productName} wird kein ${DAMAGE} angeboten.`,
    expected: `ein Modell mit ${DAMAGE}`,
    received: p.productName,
  }),
  'quota.damage.left': (p) => ({
    message: `${WHERE[p.window]} ist noch ein ${DAMAGE} verfügbar (verbleibend: ${p.left}).`,
    expected: `ein verbleibender ${DAMAGE}`,
    received: leftOf(p),
  }),
  'quota.damage.none-left': (p) => ({
    message: `${WHERE[p.window]} ist kein ${DAMAGE} mehr verfügbar.`,
    expected: `ein verbleibender ${DAMAGE}`,
    received: leftOf(p),
  }),
  'quota.left-after': (p, c) => ({
    message:
      p.replacements === 0
        ? `Danach ist bis einschließlich ${date(c, p.lastDate)} kein Austausch mehr verfügbar.`
        : `${plural(c, p.replacements, { one: 'Danach verbleibt # Ersatzgerät', other: 'Danach verbleiben # Ersatzgeräte' })} ${split(p.damage, p.flyaway)}, nutzbar bis einschließlich ${date(c, p.lastDate)}.`,
  }),
  'quota.over-recorded': (p, c) => {
    const recorded = `${units(c, p.recorded)} ${split(p.recordedDamage, p.recordedFlyaway)}`;
    return {
      message: `Der Verlauf verzeichnet ${recorded} ${OVER_WHERE[p.window]} (${date(c, p.startDate)} bis ${date(c, p.lastDate)}), mehr als das Kontingent von ${p.allowed} ${split(p.allowedDamage, p.allowedFlyaway)}; möglicherweise hat DJI eine Ausnahme gewährt.`,
      expected: `höchstens ${units(c, p.allowed)} ${split(p.allowedDamage, p.allowedFlyaway)}`,
      received: recorded,
    };
  },
  'express.requested': () => ({
    message: `${EXPRESS}: keine Schadensbewertung und kein Kostenvoranschlag; das Ersatzgerät wird versendet, sobald das Servicecenter das Produkt erhalten hat.`,
  }),
  'express.available': () => ({
    message: `${EXPRESS} ist verfügbar: ohne Schadensbewertung und Kostenvoranschlag; das Ersatzgerät wird versendet, sobald das Produkt eingegangen ist.`,
  }),
  'express.not-for-flyaway': () => ({ message: `${EXPRESS} gilt nicht bei einem Flyaway: Es gibt kein Produkt, das beim Servicecenter eingehen könnte.` }),
  'shipping.paid-by-dji': () => ({ message: `Beim ${GLOSSARY.replacement.text} übernimmt DJI die Versandkosten für Hin- und Rückweg.` }),

  'warranty.covers': (p, c) => ({
    message: `Die Störung ist durch die Garantie abgedeckt (${pick(WARRANTY, p.warranty)}, letzter Tag: ${date(c, p.lastDate)}); dafür wird kein Austausch und kein Rabatt des Plans verbraucht.`,
    expected: 'eine nicht vom Nutzer verursachte Störung innerhalb der Garantie',
    received: `${pick(WARRANTY, p.warranty)} gültig`,
  }),
  'warranty.none-in-force': () => ({
    message: 'Für diese Störung besteht keine gültige Garantie; daher gilt der Reparaturrabatt des Plans.',
    expected: 'eine gültige Garantie',
    received: 'keine',
  }),
  'repair.offered': (p) => ({ message: `Für ${p.productName} gibt es exklusive Reparaturrabatte.`, expected: MODELS, received: p.productName }),
  'repair.not-offered': (p) => ({ message: `Für ${p.productName} werden keine exklusiven Reparaturrabatte angeboten.`, expected: MODELS, received: p.productName }),
  'repair.left': (p) => ({ message: `Eine vergünstigte Reparatur ist noch verfügbar (verbleibend: ${p.left}).`, expected: REPAIR, received: leftOf(p) }),
  'repair.none-left': (p) => ({ message: 'Im Plan ist keine vergünstigte Reparatur mehr verfügbar.', expected: REPAIR, received: leftOf(p) }),
  'repair.cap-unpublished': () => ({
    message: 'Der Rabatt und seine Obergrenze („innerhalb eines bestimmten Kontingents“) sind in der Quelle nicht veröffentlicht.',
    expected: 'eine veröffentlichte Obergrenze',
    received: 'keine',
  }),

  'maintenance.offered': (p) => ({ message: `Für ${p.productName} ist die Werkswartung enthalten.`, expected: MODELS, received: p.productName }),
  'maintenance.not-offered': (p) => ({ message: `Für ${p.productName} wird keine Werkswartung angeboten.`, expected: MODELS, received: p.productName }),
  'maintenance.left': (p) => ({ message: `Eine Werkswartung ist noch verfügbar (verbleibend: ${p.left}).`, expected: MAINTENANCE, received: leftOf(p) }),
  'maintenance.none-left': (p) => ({ message: 'Im Plan ist keine Werkswartung mehr verfügbar.', expected: MAINTENANCE, received: leftOf(p) }),
  'maintenance.findings': () => ({
    message: 'Bei der Werkswartung festgestellte Mängel werden je nach Fall über die Garantie, einen Austausch oder eine vergünstigte Reparatur behoben.',
  }),
});
