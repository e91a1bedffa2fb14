/**
 * The checks of the purchase eligibility rules (REGION-AVAILABLE, REGION-MATCH, ELIG-ONCE,
 * ELIG-NEW, ELIG-48H, ELIG-30D, ELIG-VERIFY, and TERMS-CALLER beside a caller's figure), made
 * as cheaply as a call allows (issues 6 and 11):
 *
 * - the checks that do not vary with the input are made once and shared, frozen (no caller can
 *   change another's decision), with and without their words; those that vary only with the
 *   terms once per terms, those of a region code once per code;
 * - what varies per call (elapsed times, the two region codes of a mismatch) is built per call,
 *   in one object of a fixed shape: no pair, no getter, no closure, no rest spread;
 * - the English words come from the library's own templates ({@link ENGLISH_ELIGIBILITY}),
 *   typed to give every word of a {@link WordedCode}: they are not read back and checked as a
 *   caller's catalogue is (`withWords`, used here only where a check is made once);
 * - a refusal's reasons are its failing checks without `passed`, in order, each a fresh object,
 *   exactly as `decide()` (decision.ts) makes them.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { ProductCategory } from './catalog/products';
import { AVAILABLE_REGIONS } from './catalog/regions';
import { DEFAULT_TERMS, type Terms } from './catalog/terms';
import type { CodedCheck, CodedNextStep } from './decision';
import type { MessageCode, MessageParams, MessageText, RenderContext } from './messages/codes';
import { ENGLISH_ELIGIBILITY, type WordedCode, activatedBefore, boughtAfter, boughtBefore } from './messages/en-eligibility';
import { NO_CONTEXT, withWords } from './messages/words';
import { HOUR } from './time/instant';
import type { Check, CodedReason, Reason, RegionCode } from './types';

/** A check made once and shared: frozen, without and with its English words. */
export interface Shared {
  readonly bare: CodedCheck;
  readonly full: Check;
}

/** The codes of the checks of an elapsed time, whose `received` alone varies per call. */
type ElapsedCode = 'elig.window.within' | 'elig.window.exceeded' | 'elig.verify.within' | 'elig.verify.exceeded' | 'elig.verify.before-notice';

/**
 * A check of an elapsed time under one set of terms, made once: its clause, outcome and code,
 * its English `message` and `expected` as its template writes them (they follow from the
 * category and the window alone), and the template's own writer of `received`, the one word
 * that varies per call.
 */
export interface ElapsedCheck {
  readonly clause: ClauseId;
  readonly passed: boolean;
  readonly code: ElapsedCode;
  readonly message: string;
  readonly expected: string;
  readonly received: (elapsedSeconds: number) => string;
}

function elapsedCheck<C extends ElapsedCode>(clause: ClauseId, passed: boolean, code: C, params: MessageParams[C], received: (elapsedSeconds: number) => string): ElapsedCheck {
  const words = (ENGLISH_ELIGIBILITY[code] as (p: MessageParams[C], context: RenderContext) => Required<MessageText>)(params, NO_CONTEXT);
  return { clause, passed, code, message: words.message, expected: words.expected, received };
}

/**
 * {@link add} of a check of an elapsed time as a call returns it (`clause`, `passed`, `code`,
 * `params`, then the words, as `withWords` orders them): only `received` is written per call.
 */
export function addElapsed(trace: (Check | CodedCheck)[], reasons: (Reason | CodedReason)[], t: ElapsedCheck, params: { readonly elapsedSeconds: number }, text: boolean): void {
  const { clause, passed, code } = t;
  add(
    trace,
    reasons,
    (text
      ? { clause, passed, code, params, message: t.message, expected: t.expected, received: t.received(params.elapsedSeconds) }
      : { clause, passed, code, params }) as Check,
    text,
  );
}

/** A check or next step made once: frozen, its params too, with its words from the English part. */
function frozen(bare: CodedCheck | CodedNextStep): Shared {
  Object.freeze(bare.params);
  Object.freeze(bare);
  return { bare: bare as unknown as CodedCheck, full: Object.freeze(withWords(bare, ENGLISH_ELIGIBILITY)) as unknown as Check };
}

/** A check made once (see {@link frozen}). */
function shared<C extends MessageCode>(clause: ClauseId, passed: boolean, code: C, params: MessageParams[C]): Shared {
  return frozen({ clause, passed, code, params } as CodedCheck);
}

/**
 * Appends a check to the trace and, when it failed, its reason: a fresh copy without `passed`
 * (every failing check is of a {@link WordedCode}, so has all three words when `text`).
 */
export function add(trace: (Check | CodedCheck)[], reasons: (Reason | CodedReason)[], c: Check | CodedCheck, text: boolean): void {
  trace.push(c);
  if (c.passed) return;
  if (!text) {
    reasons.push({ clause: c.clause, code: c.code, params: c.params } as CodedReason);
    return;
  }
  const w = c as Check;
  reasons.push({ clause: w.clause, code: w.code, params: w.params, message: w.message, expected: w.expected, received: w.received } as Reason);
}

/** {@link add} of a shared check, in the form the call returns. */
export function addShared(trace: (Check | CodedCheck)[], reasons: (Reason | CodedReason)[], s: Shared, text: boolean): void {
  add(trace, reasons, text ? s.full : s.bare, text);
}

/** REGION-MATCH refused: the two codes differ (a check made per call, worded by the English part when `text`). */
export function mismatch(productRegion: RegionCode, planRegion: RegionCode, text: boolean): Check | CodedCheck {
  const params = { productRegion, planRegion };
  if (!text) return { clause: 'REGION-MATCH', passed: false, code: 'region.mismatch', params };
  const w = ENGLISH_ELIGIBILITY['region.mismatch'](params, NO_CONTEXT);
  return { clause: 'REGION-MATCH', passed: false, code: 'region.mismatch', params, message: w.message, expected: w.expected, received: w.received };
}

export const ONCE_NEVER = /* @__PURE__ */ shared('ELIG-ONCE', true, 'elig.once.never-bound', {});
export const ONCE_BOUND = /* @__PURE__ */ shared('ELIG-ONCE', false, 'elig.once.bound', {});
export const ONCE_UNKNOWN = /* @__PURE__ */ shared('ELIG-ONCE', false, 'elig.once.unknown', {});
export const NEW_UNKNOWN = /* @__PURE__ */ shared('ELIG-NEW', false, 'elig.new.unknown', {});
export const NEW_NEVER_ACTIVATED = /* @__PURE__ */ shared('ELIG-NEW', true, 'elig.new.never-activated', {});
export const NOT_VERIFIED = /* @__PURE__ */ shared('ELIG-VERIFY', false, 'elig.verify.no-notice', {});

/** The REGION-AVAILABLE and REGION-MATCH checks of one region code, made on its first use. */
export interface RegionChecks {
  /** Whether the built-in terms list the region (REGION-AVAILABLE). */
  readonly listed: boolean;
  readonly sold: Shared;
  readonly notSold: Shared;
  readonly sameRegion: Shared;
}

/** At most one entry per ISO code (the codes are validated before they get here). */
const regionChecks = new Map<RegionCode, RegionChecks>();

/** The region checks of a validated ISO code. */
export function regionChecksOf(code: RegionCode): RegionChecks {
  let entry = regionChecks.get(code);
  if (entry === undefined) {
    entry = {
      listed: (AVAILABLE_REGIONS as readonly RegionCode[]).includes(code),
      sold: shared('REGION-AVAILABLE', true, 'region.sold', { region: code }),
      notSold: shared('REGION-AVAILABLE', false, 'region.not-sold', { region: code }),
      sameRegion: shared('REGION-MATCH', true, 'region.same', { region: code }),
    };
    regionChecks.set(code, entry);
  }
  return entry;
}

/** An activation window (ELIG-48H / ELIG-30D) or the verification window under one set of terms. */
export interface WindowTerms {
  readonly limit: number;
  readonly hours: number;
  readonly clause: ClauseId;
  /** TERMS-CALLER, when the caller's terms give another window than the source's. */
  readonly caller: Shared | null;
  /** The check within the window, and past it. */
  readonly within: ElapsedCheck;
  readonly exceeded: ElapsedCheck;
}

/** The verification window (ELIG-VERIFY): also the words of a purchase before the notice. */
export interface VerifyTerms extends WindowTerms {
  readonly early: ElapsedCheck;
}

/** What the eligibility checks take from one set of terms, and the next steps. */
export interface TermsTexts {
  readonly windows: Readonly<Record<ProductCategory, WindowTerms>>;
  readonly verify: VerifyTerms;
  /** ELIG-VERIFY: apply for verification (no notice, or the notice's window has passed). */
  readonly apply: Shared;
  /** ELIG-VERIFY: the notice has not arrived yet when the plan is bought: wait for it. */
  readonly await: Shared;
}

const WINDOW_CLAUSE: Readonly<Record<ProductCategory, ClauseId>> = {
  aircraft: 'ELIG-48H',
  gimbal: 'ELIG-48H',
  handheld: 'ELIG-30D',
};

/** TERMS-CALLER: a passed check beside a rule whose figure the caller's terms change. */
function callerCheck(terms: Terms, hours: number, source: number, rule: ClauseId): Shared | null {
  if (hours === source) return null;
  return shared('TERMS-CALLER', true, 'terms.caller-figure', { source: terms.edition, rule });
}

function windowTerms(terms: Terms, category: ProductCategory): WindowTerms {
  const hours = terms.activationWindowHours[category];
  const clause = WINDOW_CLAUSE[category];
  return {
    limit: hours * HOUR,
    hours,
    clause,
    caller: callerCheck(terms, hours, DEFAULT_TERMS.activationWindowHours[category], clause),
    within: elapsedCheck(clause, true, 'elig.window.within', { category, hours, elapsedSeconds: 0 }, activatedBefore),
    exceeded: elapsedCheck(clause, false, 'elig.window.exceeded', { category, hours, elapsedSeconds: 0 }, activatedBefore),
  };
}

function nextStep(action: string, code: 'elig.verify.apply' | 'elig.verify.await-notice', hours: number): Shared {
  return frozen({ clause: 'ELIG-VERIFY', action, code, params: { hours } } as CodedNextStep);
}

function termsTexts(terms: Terms): TermsTexts {
  const hours = terms.verifiedPurchaseWindowHours;
  return {
    windows: {
      aircraft: windowTerms(terms, 'aircraft'),
      gimbal: windowTerms(terms, 'gimbal'),
      handheld: windowTerms(terms, 'handheld'),
    },
    verify: {
      limit: hours * HOUR,
      hours,
      clause: 'ELIG-VERIFY',
      caller: callerCheck(terms, hours, DEFAULT_TERMS.verifiedPurchaseWindowHours, 'ELIG-VERIFY'),
      within: elapsedCheck('ELIG-VERIFY', true, 'elig.verify.within', { hours, elapsedSeconds: 0 }, boughtAfter),
      exceeded: elapsedCheck('ELIG-VERIFY', false, 'elig.verify.exceeded', { hours, elapsedSeconds: 0 }, boughtAfter),
      early: elapsedCheck('ELIG-VERIFY', false, 'elig.verify.before-notice', { hours, elapsedSeconds: 0 }, boughtBefore),
    },
    apply: nextStep('verification', 'elig.verify.apply', hours),
    await: nextStep('await-notice', 'elig.verify.await-notice', hours),
  };
}

/**
 * The texts by terms. Terms are immutable values validated once by identity (`resolveTerms`), so
 * their texts are made once by identity too.
 */
let defaultTexts: TermsTexts | undefined;
const textsByTerms = new WeakMap<Terms, TermsTexts>();

/** What the checks take from validated terms, made on first use. */
export function textsOf(terms: Terms): TermsTexts {
  if (terms === DEFAULT_TERMS) return (defaultTexts ??= termsTexts(DEFAULT_TERMS));
  let texts = textsByTerms.get(terms);
  if (texts === undefined) {
    texts = termsTexts(terms);
    textsByTerms.set(terms, texts);
  }
  return texts;
}
