/**
 * Message codes and their params: every reason, check and next step names one code, and the
 * plain values its words are made of. A catalogue ({@link Catalogue}) renders each code's
 * params into text; the English one is `en` (`src/messages/en.ts`).
 *
 * Codes are kebab-case and namespaced by rule area (`elig.`, `region.`, `date.`, `period.`,
 * `rebind.`, `fee.`, `replace.`, `quota.`, `express.`, `shipping.`, `repair.`, `warranty.`,
 * `maintenance.`, `plus.`, `safe-flight.`, `fly.`, `location.`). They are stable: a support
 * tool may store them. Params are JSON values only: strings, numbers, booleans and `null`
 * (instants as ISO-8601 strings, local dates as `YYYY-MM-DD`, product names as the terms give
 * them, ids such as serials and region codes).
 *
 * @module
 */
import type { ProductCategory } from '../catalog/products';
import type { Glossary } from '../locale/glossary-types';
import type { LocatedService, ProofOfPurchase } from '../location-types';
import type { RenderContext } from './render-context';
import type { Texts } from './text-types';

export type { RenderContext } from './render-context';

/** A plan term in params: `'1y'` or `'2y'`. */
type Term = '1y' | '2y';
/** A product's name, as its terms give it (`'DJI Mavic 3'`). */
interface ProductName {
  readonly productName: string;
}
/** A plan in a fee sentence: `DJI Mavic 3, 1-year plan, US`. */
interface PlanName extends ProductName {
  readonly term: Term;
  readonly region: string;
}
/** What a PERIOD-OUTSIDE check is about. */
type Subject = 'damage' | 'flyaway' | 'repair' | 'maintenance request';
/** The validity window a quota counts in. */
type WindowName = 'term' | 'renewal';
/** What a flyaway binding history is of. */
type BindingOf = 'account' | 'controller';
/** The dates of a validity and the local date of the instant checked. */
interface Validity {
  readonly subject: Subject;
  readonly startDate: string;
  readonly lastDate: string;
  readonly date: string;
}
/** An activation or notice window: its length in hours, and the time elapsed in whole seconds (rounded up). */
interface Elapsed {
  readonly hours: number;
  readonly elapsedSeconds: number;
}
/** A service's quota: what is left of what is allowed. */
interface Left {
  readonly left: number;
  readonly allowed: number;
}
// Params with no values: `{}` accepts any object, so name an empty record instead.
type None = Readonly<Record<never, never>>;

/**
 * Every message code with the type of its params. A catalogue must have exactly these keys.
 *
 * @example
 * ```ts
 * const p: MessageParams['region.mismatch'] = { productRegion: 'DE', planRegion: 'FR' };
 * en.messages['region.mismatch'](p, { tag: 'en', region: 'DE', timeZone: undefined }).expected; //=> "the product's country or region (DE)"
 * ```
 *
 * @category Messages
 */
export interface MessageParams {
  // Eligibility: REGION-*, ELIG-*.
  readonly 'region.sold': { readonly region: string };
  readonly 'region.not-sold': { readonly region: string };
  readonly 'region.same': { readonly region: string };
  readonly 'region.mismatch': { readonly productRegion: string; readonly planRegion: string };
  readonly 'elig.once.never-bound': None;
  readonly 'elig.once.bound': None;
  readonly 'elig.once.unknown': None;
  readonly 'elig.new.unknown': None;
  readonly 'elig.new.never-activated': None;
  readonly 'elig.window.within': Elapsed & { readonly category: ProductCategory };
  readonly 'elig.window.exceeded': Elapsed & { readonly category: ProductCategory };
  readonly 'elig.verify.no-notice': None;
  readonly 'elig.verify.within': Elapsed;
  readonly 'elig.verify.exceeded': Elapsed;
  readonly 'elig.verify.before-notice': Elapsed;
  readonly 'elig.verify.apply': { readonly hours: number };
  readonly 'elig.verify.await-notice': { readonly hours: number };
  // The agreement date: DATE-*.
  readonly 'date.bundled.activation-unknown': None;
  readonly 'date.bundled.not-activated': None;
  readonly 'date.bundled.activation-date': { readonly date: string };
  readonly 'date.bundled.activated-before-auto-start': { readonly autoStartDate: string; readonly activationDate: string };
  readonly 'date.bundled-om.delivery-needed': ProductName & { readonly days: number };
  readonly 'date.bundled-om.auto-start': { readonly days: number; readonly autoStartDate: string; readonly activationDate: string | null };
  readonly 'date.separate': { readonly date: string };
  readonly 'date.code': { readonly date: string };
  // The plan's unit: REBIND-REPLACEMENT, ELIG-ONCE on a rebinding.
  readonly 'rebind.unit.current': { readonly serial: string };
  readonly 'rebind.unit.replaced-not-rebound': { readonly serial: string };
  readonly 'rebind.unit.former': { readonly serial: string; readonly planSerial: string };
  readonly 'rebind.replaced': { readonly serial: string };
  readonly 'rebind.no-replacement': { readonly serial: string };
  readonly 'rebind.new-unit.bound-before': { readonly newSerial: string };
  readonly 'rebind.new-unit.never-bound': { readonly newSerial: string };
  readonly 'rebind.new-unit.no-purchase': { readonly newSerial: string };
  // Validity: PERIOD-OUTSIDE.
  readonly 'period.inside': Validity;
  readonly 'period.before-start': Validity;
  readonly 'period.after-end': Validity;
  // Fees: CAT-FEES-MAVIC3-1Y, PLUS-EFFECT.
  readonly 'fee.no-schedule': PlanName;
  readonly 'fee.flyaway-unpublished': PlanName;
  readonly 'fee.renewal-unpublished': PlanName;
  readonly 'fee.ordinal-unpublished': PlanName & { readonly ordinal: number };
  // Replacements: SVC-REPLACE-DAMAGE, QUOTA-*, SVC-EXPRESS, SVC-SHIPPING.
  readonly 'replace.damage.offered': ProductName;
  readonly 'replace.damage.not-offered': ProductName;
  readonly 'quota.damage.left': Left & { readonly window: WindowName };
  readonly 'quota.damage.none-left': Left & { readonly window: WindowName };
  readonly 'quota.left-after': {
    readonly replacements: number;
    readonly damage: number;
    readonly flyaway: number;
    readonly lastDate: string;
  };
  /**
   * A window whose recorded replacements go past its quota (a ledger anomaly, not a refusal):
   * the window and its dates, what the quota allows and what the ledger records.
   */
  readonly 'quota.over-recorded': {
    readonly window: WindowName;
    readonly startDate: string;
    readonly lastDate: string;
    readonly allowed: number;
    readonly allowedDamage: number;
    readonly allowedFlyaway: number;
    readonly recorded: number;
    readonly recordedDamage: number;
    readonly recordedFlyaway: number;
  };
  readonly 'express.requested': None;
  readonly 'express.available': None;
  readonly 'express.not-for-flyaway': None;
  readonly 'shipping.paid-by-dji': None;
  // Repairs: USE-WARRANTY-FIRST, SVC-REPAIR-DISCOUNT.
  /** `warranty`: the kind of the warranty period the repair falls in (USE-WARRANTY-FIRST). */
  readonly 'warranty.covers': {
    readonly warranty: 'official-warranty' | 'extended-warranty' | 'care-refresh-plus-warranty' | 'safe-flight';
    readonly lastDate: string;
  };
  readonly 'warranty.none-in-force': None;
  readonly 'repair.offered': ProductName;
  readonly 'repair.not-offered': ProductName;
  readonly 'repair.left': Left;
  readonly 'repair.none-left': Left;
  readonly 'repair.cap-unpublished': None;
  // Factory maintenance: SVC-MAINTENANCE, USE-MAINTENANCE-FINDINGS.
  readonly 'maintenance.offered': ProductName;
  readonly 'maintenance.not-offered': ProductName;
  readonly 'maintenance.left': Left;
  readonly 'maintenance.none-left': Left;
  readonly 'maintenance.findings': None;
  // DJI Care Refresh+: PLUS-*.
  readonly 'plus.term.one-year': { readonly term: Term };
  readonly 'plus.term.two-year': { readonly term: Term };
  readonly 'plus.in-force': { readonly startDate: string; readonly lastDate: string; readonly date: string };
  readonly 'plus.not-started': { readonly startDate: string; readonly lastDate: string; readonly date: string };
  readonly 'plus.expired': { readonly startDate: string; readonly lastDate: string; readonly date: string };
  readonly 'plus.replacements-left': { readonly left: number };
  readonly 'plus.no-replacement-left': { readonly left: number };
  readonly 'plus.not-bought': None;
  readonly 'plus.bought': { readonly date: string };
  // Safe Flight: SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT.
  readonly 'safe-flight.not-offered': ProductName;
  readonly 'safe-flight.offered': ProductName;
  readonly 'safe-flight.none-used': None;
  readonly 'safe-flight.used': { readonly service: 'damage-replacement' | 'flyaway-replacement' | 'discounted-repair'; readonly date: string };
  readonly 'safe-flight.validity-ended': { readonly validityLastDate: string; readonly startDate: string; readonly lastDate: string; readonly date: string };
  readonly 'safe-flight.validity-running': { readonly validityLastDate: string; readonly date: string };
  readonly 'safe-flight.ask-again': { readonly date: string };
  // Flyaway: FLY-*.
  readonly 'fly.model.offered': ProductName;
  readonly 'fly.model.not-offered': ProductName;
  readonly 'fly.binding.history-needed': { readonly of: BindingOf };
  readonly 'fly.binding.bound-before': { readonly of: BindingOf; readonly date: string; readonly boundAt: string };
  readonly 'fly.binding.not-bound-before': { readonly of: BindingOf; readonly firstBoundAt: string | null };
  readonly 'fly.unbound.history-needed': { readonly of: BindingOf };
  readonly 'fly.unbound.no-binding-before': { readonly of: BindingOf };
  readonly 'fly.unbound.still-bound': { readonly of: BindingOf };
  readonly 'fly.unbound.undone': { readonly of: BindingOf; readonly date: string; readonly unboundAt: string };
  readonly 'fly.owner.claimant-needed': { readonly account: string | null };
  readonly 'fly.owner.no-account-bound': { readonly claimant: string };
  readonly 'fly.owner.is-owner': { readonly account: string; readonly claimant: string };
  readonly 'fly.owner.not-owner': { readonly account: string; readonly claimant: string };
  readonly 'fly.report.controller-needed': { readonly controller: string | null };
  readonly 'fly.report.no-controller-bound': { readonly reporter: string };
  readonly 'fly.report.bound-controller': { readonly controller: string; readonly reporter: string };
  readonly 'fly.report.other-controller': { readonly controller: string; readonly reporter: string };
  readonly 'fly.theft.needed': None;
  readonly 'fly.theft.stolen-or-lost': None;
  readonly 'fly.theft.flyaway': None;
  readonly 'fly.records.needed': None;
  readonly 'fly.records.synced': None;
  readonly 'fly.records.not-synced': None;
  readonly 'fly.quota.outside-validity': { readonly date: string };
  readonly 'fly.quota.left': { readonly window: WindowName; readonly flyaway: number; readonly replacements: number; readonly quota: string };
  readonly 'fly.quota.no-replacement-left': { readonly window: WindowName; readonly flyaway: number; readonly replacements: number; readonly quota: string };
  readonly 'fly.quota.no-flyaway-left': { readonly window: WindowName; readonly flyaway: number; readonly replacements: number; readonly quota: string };
  readonly 'fly.quota.model-has-none': ProductName & { readonly replacements: number; readonly quota: string };
  // Where service is given: USE-INTERNATIONAL.
  readonly 'location.plan-region': { readonly region: string };
  readonly 'location.international': ProductName & { readonly region: string };
  readonly 'location.plan-region-only': ProductName & { readonly home: string; readonly region: string };
  readonly 'location.service-worldwide': { readonly service: LocatedService };
  readonly 'location.service-plan-region-only': { readonly service: LocatedService; readonly home: string };
  readonly 'location.proof-needed': None;
  readonly 'location.proof-accepted': { readonly proof: ProofOfPurchase };
  readonly 'location.proof-refused': { readonly proof: ProofOfPurchase };
  // Caller terms: TERMS-CALLER.
  readonly 'terms.caller-figure': { readonly source: string; readonly rule: string };
}

/**
 * A message code: `'elig.window.exceeded'`, `'quota.damage.none-left'`, … (see {@link MessageParams}).
 *
 * @example
 * ```ts
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'DE', planRegion: 'FR', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: null, previouslyBound: false });
 * const code: MessageCode | undefined = d.ok ? undefined : d.reasons[0].code; //=> 'region.mismatch'
 * ```
 *
 * @category Messages
 */
export type MessageCode = keyof MessageParams;

/**
 * The words of one reason, check or next step: the sentence, and what was expected and
 * received (a next step has only the sentence).
 *
 * @example
 * ```ts
 * en.messages['elig.once.bound']({}, { tag: 'en', region: undefined, timeZone: undefined });
 * //=> { message: 'This product has already been bound to DJI Care Refresh (or received as a replacement under a plan); it cannot be bound again.',
 * //=>   expected: 'a product never bound to a plan', received: 'bound before' }
 * ```
 *
 * @category Messages
 */
export interface MessageText {
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/**
 * A message catalogue: for every code, a function of its params that gives the words. Typed
 * data: a catalogue with a code missing, an extra code, or a template that reads params its
 * code does not have, does not compile.
 *
 * @example
 * ```ts
 * // A catalogue that changes one message of the English one:
 * const mine: Catalogue = { ...en.messages, 'elig.once.unknown': () => ({ message: 'Ask whether the drone had a plan before.' }) };
 * ```
 *
 * @category Messages
 */
export type Catalogue = { readonly [C in MessageCode]: (params: MessageParams[C], context: RenderContext) => MessageText };

/**
 * A locale, date-fns style: a plain value passed as `options.locale` to every function that
 * writes text, each shipped in its own module (`dji-care-refresh/locale/ja`) so that a bundler
 * drops the unused ones. It carries its BCP 47 tag, its message catalogue (the words of every
 * reason, check and next step), its texts (`describePlan` and the timelines) and its glossary
 * (the plan's and services' names, each with its source). English (`en`) is the default.
 *
 * A caller may build its own locale, or override single messages of a shipped one:
 * `{ ...ja, messages: { ...ja.messages, 'elig.once.unknown': () => ({ message: '…' }) } }`.
 *
 * @example
 * ```ts
 * import { checkPurchaseEligibility, en, renderDecision } from 'dji-care-refresh';
 * import { de } from 'dji-care-refresh/locale/de';
 * en.tag; //=> 'en'
 * renderDecision(decision, { locale: en });
 * // The same rule in German; previouslyBound left out, so the decision asks for it:
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'DE', planRegion: 'DE',
 *   activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-02T10:00:00Z' }, { locale: de });
 * d.ok ? '' : d.reasons[0]?.message;
 * //=> 'Es ist nicht bekannt, ob dieses Produkt bereits mit DJI Care Refresh verknüpft war. Bitte klären Sie dies vor dem Verkauf.'
 * de.glossary.flyawayReplacement; //=> { text: 'Flyaway-Abdeckung', source: 'project' }
 * ```
 *
 * @category Messages
 */
export interface Locale {
  /**
   * The BCP 47 tag of the language, such as `'ja'`, `'de'` or `'zh-Hant'`: dates, counts and
   * money are formatted for it, refined by the plan's region (`de` + `CH` → `de-CH`).
   */
  readonly tag: string;
  /**
   * The words of every reason, check and next step: for each message `code`, a function of
   * that code's `params` and the {@link RenderContext} giving `{ message, expected?, received? }`.
   */
  readonly messages: Catalogue;
  /**
   * The words `describePlan`, `timelineText` and `timelineSvg` write that are not messages
   * (headings, service names, the status lines): for each text key, a function of its params
   * and the {@link RenderContext} giving a string.
   */
  readonly texts: Texts;
  /**
   * The names of the plan and its services in this language, each `{ text, source }`: the DJI
   * page for the market that writes the name so, or `'project'` where none was found.
   */
  readonly glossary: Glossary;
}
