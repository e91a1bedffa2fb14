/**
 * Who can buy the plan (FAQ 2 and 3): ELIG-NEW, ELIG-48H, ELIG-30D, ELIG-VERIFY, ELIG-ONCE,
 * REGION-AVAILABLE, REGION-MATCH.
 *
 * This module imports no money and no date library: a storefront that bundles only the
 * eligibility check stays small.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { ProductCategory, ProductId } from './catalog/products';
import { AVAILABLE_REGIONS, requireRegion } from './catalog/regions';
import { DEFAULT_TERMS, type RuleOptions, type Terms, requireProduct, termsOf } from './catalog/terms';
import { InvalidInputError } from './errors';
import { HOUR, formatElapsed, formatUtc, requireInstant } from './time/instant';
import type { Check, Decision, InstantInput, NextStep, Reason, RegionCode } from './types';
import { readRecord } from './validate';

/**
 * The facts of a purchase that the eligibility rules need.
 *
 * @example
 * ```ts
 * // A Mavic 3 activated 20 hours before the plan is bought, in the US:
 * const input: PurchaseEligibilityInput = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false };
 * checkPurchaseEligibility(input).ok;                                  //=> true
 * checkPurchaseEligibility({ ...input, previouslyBound: true }).ok; //=> false (ELIG-ONCE: bound before)
 * ```
 *
 * @category Eligibility
 */
export interface PurchaseEligibilityInput {
  /** The product the plan is for, e.g. `'mavic-3'`. */
  readonly product: ProductId;
  /** Where the product was bought (ISO 3166-1 alpha-2). */
  readonly productRegion: RegionCode;
  /** Where the plan is being bought. */
  readonly planRegion: RegionCode;
  /** When the plan is bought (the instant of the purchase being decided). */
  readonly purchaseAt: InstantInput;
  /**
   * When the product was activated, or `null` if it never was (ELIG-NEW). Leaving it out is
   * reported as missing, never taken as "new".
   */
  readonly activatedAt?: InstantInput | null;
  /**
   * ELIG-ONCE: whether this product (serial) has ever been bound to a DJI Care Refresh plan,
   * including as a replacement unit that took over a plan (REBIND-REPLACEMENT). Leaving it
   * out is reported as missing.
   */
  readonly previouslyBound?: boolean;
  /**
   * ELIG-VERIFY: when the purchasing notice was received after the product passed send-back
   * or video verification, if it did.
   */
  readonly verificationNoticeAt?: InstantInput;
}

/**
 * How the product qualified.
 *
 * @example
 * ```ts
 * // Activated 9 days before; the purchasing notice came after video verification:
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-10T10:00:00Z',
 *   activatedAt: '2026-03-01T14:00:00Z', verificationNoticeAt: '2026-03-09T09:00:00Z', previouslyBound: false });
 * d.ok && d.value.route; //=> 'verification'
 * d.ok && d.value.buyBy; //=> '2026-03-12T09:00:00.000Z' (72 hours after the notice)
 * ```
 *
 * @category Eligibility
 */
export type EligibilityRoute = 'new' | 'activation-window' | 'verification';

/**
 * What an accepted eligibility decision tells a storefront.
 *
 * @example
 * ```ts
 * const input: PurchaseEligibilityInput = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false };
 * const d = checkPurchaseEligibility(input);
 * d.ok && d.value;
 * //=> { product: 'mavic-3', category: 'aircraft', route: 'activation-window', clause: 'ELIG-48H', buyBy: '2026-03-03T14:00:00.000Z' }
 * ```
 *
 * @category Eligibility
 */
export interface PurchaseEligibility {
  readonly product: ProductId;
  readonly category: ProductCategory;
  readonly route: EligibilityRoute;
  /** The clause the product qualified under. */
  readonly clause: ClauseId;
  /**
   * The last instant (UTC, ISO-8601) at which the plan can still be bought on this route, or
   * `null` for a new product (no deadline).
   */
  readonly buyBy: string | null;
}

const INPUT_KEYS = ['product', 'productRegion', 'planRegion', 'purchaseAt', 'activatedAt', 'previouslyBound', 'verificationNoticeAt'] as const;

const WINDOW_CLAUSE: Readonly<Record<ProductCategory, ClauseId>> = {
  aircraft: 'ELIG-48H',
  gimbal: 'ELIG-48H',
  handheld: 'ELIG-30D',
};

function windowWords(hours: number): string {
  return hours % 24 === 0 && hours >= 72 ? `${hours / 24} days` : `${hours} hours`;
}

/*
 * Speed (issue 6): the checks whose text does not vary with the input are made once and shared
 * (frozen, so that no caller can change another's decision), the texts that vary only with the
 * terms once per terms; only what varies per call (elapsed times, region codes, the deadline)
 * is built per call. Every check has exactly the content `check()` (decision.ts) gives it, and
 * a refusal's reasons are its failing checks without `passed`, in order, as `decide()` makes them.
 */

/** A check of this module: `expected` and `received` are always given. */
interface FullCheck extends Check {
  readonly expected: string;
  readonly received: string;
}

function shared(clause: ClauseId, passed: boolean, message: string, expected: string, received: string): FullCheck {
  return Object.freeze({ clause, passed, message, expected, received });
}

/** Appends a check to the trace and, when it failed, its reason. */
function add(trace: Check[], reasons: Reason[], c: FullCheck): void {
  trace.push(c);
  if (!c.passed) reasons.push({ clause: c.clause, message: c.message, expected: c.expected, received: c.received });
}

const SOLD_EXPECTED = 'a country or region where DJI Care Refresh is sold';
const ONCE_EXPECTED = 'a product never bound to a plan';
const ONCE_NEVER = shared('ELIG-ONCE', true, 'This product has never been bound to DJI Care Refresh.', ONCE_EXPECTED, 'never bound');
const ONCE_BOUND = shared(
  'ELIG-ONCE',
  false,
  'This product has already been bound to DJI Care Refresh (or received as a replacement under a plan); it cannot be bound again.',
  ONCE_EXPECTED,
  'bound before',
);
const ONCE_UNKNOWN = shared(
  'ELIG-ONCE',
  false,
  'It is not known whether this product has had a DJI Care Refresh plan before; ask before selling.',
  'whether the product was ever bound to a plan',
  'not given',
);
const NEW_UNKNOWN = shared(
  'ELIG-NEW',
  false,
  'It is not known whether the product has been activated; ask before selling.',
  'the activation instant, or null if never activated',
  'not given',
);
const NEW_NEVER_ACTIVATED = shared('ELIG-NEW', true, 'The product is brand new and has not been activated.', 'an un-activated product', 'never activated');
const NOT_VERIFIED = shared('ELIG-VERIFY', false, 'The product has not passed verification.', 'a purchasing notice after send-back or video verification', 'no notice');

/** The REGION-AVAILABLE and REGION-MATCH checks of one region code, made on its first use. */
interface RegionChecks {
  /** Whether the built-in terms list the region (REGION-AVAILABLE). */
  readonly listed: boolean;
  readonly sold: FullCheck;
  readonly notSold: FullCheck;
  readonly sameRegion: FullCheck;
}

/** At most one entry per ISO code (the codes are validated before they get here). */
const regionChecks = new Map<RegionCode, RegionChecks>();

function regionChecksOf(code: RegionCode): RegionChecks {
  let entry = regionChecks.get(code);
  if (entry === undefined) {
    entry = {
      listed: (AVAILABLE_REGIONS as readonly RegionCode[]).includes(code),
      sold: shared('REGION-AVAILABLE', true, `DJI Care Refresh is sold in ${code}.`, SOLD_EXPECTED, code),
      notSold: shared('REGION-AVAILABLE', false, `DJI Care Refresh is not sold in ${code}.`, SOLD_EXPECTED, code),
      sameRegion: shared('REGION-MATCH', true, 'The plan and the product are bought in the same country or region.', `the product's country or region (${code})`, code),
    };
    regionChecks.set(code, entry);
  }
  return entry;
}

/** The texts of an activation window (ELIG-48H / ELIG-30D), or of ELIG-VERIFY, under one set of terms. */
interface WindowTexts {
  readonly limit: number;
  readonly clause: ClauseId;
  readonly expected: string;
  readonly within: string;
  readonly beyond: string;
}

/** Every text of the eligibility checks that varies with the terms only, and the next step. */
interface TermsTexts {
  readonly windows: Readonly<Record<ProductCategory, WindowTexts>>;
  readonly verify: WindowTexts;
  readonly step: NextStep;
}

function windowTexts(category: ProductCategory, hours: number): WindowTexts {
  const words = windowWords(hours);
  return {
    limit: hours * HOUR,
    clause: WINDOW_CLAUSE[category],
    expected: `activated at most ${words} before purchase (${category})`,
    within: `The ${category} was activated within ${words} of the purchase.`,
    beyond: `The ${category} was activated more than ${words} before the purchase.`,
  };
}

function termsTexts(terms: Terms): TermsTexts {
  const hours = terms.verifiedPurchaseWindowHours;
  const windows = terms.activationWindowHours;
  return {
    windows: {
      aircraft: windowTexts('aircraft', windows.aircraft),
      gimbal: windowTexts('gimbal', windows.gimbal),
      handheld: windowTexts('handheld', windows.handheld),
    },
    verify: {
      limit: hours * HOUR,
      clause: 'ELIG-VERIFY',
      expected: `bought within ${hours} hours after the purchasing notice`,
      within: `The product passed verification and the plan is bought within ${hours} hours of the purchasing notice.`,
      beyond: `More than ${hours} hours have passed since the purchasing notice.`,
    },
    step: Object.freeze({
      clause: 'ELIG-VERIFY',
      action: 'verification',
      message: `Contact DJI Support and send the product back or apply for video verification; once it passes, buy the plan within ${hours} hours of the purchasing notice.`,
    }),
  };
}

/**
 * The texts by terms. Terms are immutable values validated once by identity (`resolveTerms`), so
 * their texts are made once by identity too.
 */
const DEFAULT_TEXTS = termsTexts(DEFAULT_TERMS);
const textsByTerms = new WeakMap<Terms, TermsTexts>();

function textsOf(terms: Terms): TermsTexts {
  if (terms === DEFAULT_TERMS) return DEFAULT_TEXTS;
  let texts = textsByTerms.get(terms);
  if (texts === undefined) {
    texts = termsTexts(terms);
    textsByTerms.set(terms, texts);
  }
  return texts;
}

/**
 * Whether DJI Care Refresh may be sold for a product now, with every failing condition.
 *
 * ELIG-NEW: "Brand new and un-activated product". ELIG-48H: "Aircraft or gimbal activated
 * within the last 48 hours". ELIG-30D: "Handheld device activated within the last 30 days".
 * Which window applies depends on the product's category (CAT-CATEGORY: aircraft, gimbal,
 * handheld). Both windows are elapsed time from activation to purchase, inclusive at the edge.
 * ELIG-VERIFY: otherwise, after send-back or video verification, "within 72 hours after the
 * verification is passed and you receive a purchasing notice" (inclusive). ELIG-ONCE: "Each
 * DJI product can only be bound to DJI Care Refresh once." REGION-AVAILABLE: only the listed
 * countries and regions. REGION-MATCH: "DJI Care Refresh and the corresponding product must be
 * purchased from the same country or region" (same ISO code).
 *
 * @param input - the purchase: product, regions, instants, binding history
 * @param options - `terms` to decide under (default: the source's)
 * @returns accepted with the route and deadline, or refused with every reason; past the
 * window, `nextSteps` names verification (ELIG-VERIFY)
 * @throws {@link InvalidInputError} for an unknown product or region, an instant without an
 * offset, an activation after the purchase
 *
 * @example
 * ```ts
 * checkPurchaseEligibility({
 *   product: 'mavic-3', productRegion: 'US', planRegion: 'US',
 *   activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-03T10:00:00Z',
 *   previouslyBound: false,
 * });
 * //=> { ok: true, value: { route: 'activation-window', clause: 'ELIG-48H', buyBy: '2026-03-03T10:00:00.000Z', ... }, ... }
 * ```
 *
 * @example
 * ```ts
 * // One second past 48 h, bought in France for a product from Germany:
 * const d = checkPurchaseEligibility({
 *   product: 'mavic-3', productRegion: 'DE', planRegion: 'FR',
 *   activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-03T10:00:01Z',
 *   previouslyBound: false,
 * });
 * d.ok;                              //=> false
 * d.reasons.map((r) => r.clause);    //=> ['REGION-MATCH', 'ELIG-48H', 'ELIG-VERIFY']
 * d.nextSteps[0]?.action;            //=> 'verification'
 * ```
 *
 * @category Eligibility
 */
export function checkPurchaseEligibility(
  input: PurchaseEligibilityInput,
  options: RuleOptions = {},
): Decision<PurchaseEligibility> {
  const terms = termsOf(options);
  const i = readRecord(input, 'input', INPUT_KEYS);
  const product = requireProduct(i.product, terms, 'product');
  const productRegion = requireRegion(i.productRegion, 'productRegion');
  const planRegion = requireRegion(i.planRegion, 'planRegion');
  const purchaseAt = requireInstant(i.purchaseAt, 'purchaseAt');
  const activatedAt = i.activatedAt === undefined || i.activatedAt === null ? i.activatedAt : requireInstant(i.activatedAt, 'activatedAt');
  const noticeAt = i.verificationNoticeAt === undefined ? undefined : requireInstant(i.verificationNoticeAt, 'verificationNoticeAt');
  if (i.previouslyBound !== undefined && typeof i.previouslyBound !== 'boolean') {
    throw new InvalidInputError('previouslyBound', 'wrong-type', 'expected true or false', i.previouslyBound);
  }
  if (typeof activatedAt === 'number' && activatedAt > purchaseAt) {
    throw new InvalidInputError('activatedAt', 'invalid-value', 'the activation cannot be after purchaseAt', i.activatedAt);
  }

  const available = terms.availableRegions;
  const region = regionChecksOf(planRegion);
  const trace: Check[] = [];
  const reasons: Reason[] = [];
  let step: NextStep | undefined;

  add(trace, reasons, (available === AVAILABLE_REGIONS ? region.listed : available.includes(planRegion)) ? region.sold : region.notSold);
  add(
    trace,
    reasons,
    productRegion === planRegion
      ? region.sameRegion
      : {
          clause: 'REGION-MATCH',
          passed: false,
          message: 'The plan must be bought in the same country or region as the product.',
          expected: `the product's country or region (${productRegion})`,
          received: planRegion,
        },
  );
  add(trace, reasons, i.previouslyBound === undefined ? ONCE_UNKNOWN : i.previouslyBound ? ONCE_BOUND : ONCE_NEVER);

  let route: EligibilityRoute = 'new';
  let clause: ClauseId = 'ELIG-NEW';
  let buyBy: number | null = null;

  if (activatedAt === undefined) {
    add(trace, reasons, NEW_UNKNOWN);
  } else if (activatedAt === null) {
    add(trace, reasons, NEW_NEVER_ACTIVATED);
  } else {
    const texts = textsOf(terms);
    const w = texts.windows[product.category];
    const elapsed = purchaseAt - activatedAt;
    const received = `activated ${formatElapsed(elapsed)} before purchase`;
    const windowFailed: FullCheck = { clause: w.clause, passed: false, message: w.beyond, expected: w.expected, received };
    if (elapsed <= w.limit) {
      route = 'activation-window';
      clause = w.clause;
      buyBy = activatedAt + w.limit;
      add(trace, reasons, { clause: w.clause, passed: true, message: w.within, expected: w.expected, received });
    } else if (noticeAt === undefined) {
      add(trace, reasons, windowFailed);
      add(trace, reasons, NOT_VERIFIED);
      step = texts.step;
    } else {
      const v = texts.verify;
      const sinceNotice = purchaseAt - noticeAt;
      const inWindow = sinceNotice >= 0 && sinceNotice <= v.limit;
      route = 'verification';
      clause = 'ELIG-VERIFY';
      buyBy = noticeAt + v.limit;
      // Refused on both routes: the activation window failed too, and is reported with it.
      if (!inWindow) {
        add(trace, reasons, windowFailed);
        step = texts.step;
      }
      add(trace, reasons, {
        clause: v.clause,
        passed: inWindow,
        message: inWindow ? v.within : sinceNotice < 0 ? 'The plan was bought before the purchasing notice was received.' : v.beyond,
        expected: v.expected,
        received: sinceNotice < 0 ? `bought ${formatElapsed(-sinceNotice)} before the notice` : `bought ${formatElapsed(sinceNotice)} after the notice`,
      });
    }
  }

  if (reasons.length === 0) {
    const value: PurchaseEligibility = {
      product: product.id,
      category: product.category,
      route,
      clause,
      buyBy: buyBy === null ? null : formatUtc(buyBy),
    };
    return { ok: true, value, trace, edition: terms.edition };
  }
  return { ok: false, reasons: reasons as [Reason, ...Reason[]], trace, edition: terms.edition, nextSteps: step === undefined ? [] : [step] };
}
