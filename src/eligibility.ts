/**
 * Who can buy the plan (FAQ 2 and 3): ELIG-NEW, ELIG-48H, ELIG-30D, ELIG-VERIFY, ELIG-ONCE,
 * REGION-AVAILABLE, REGION-MATCH.
 *
 * This module imports no money and no date library: a storefront that bundles only the
 * eligibility check stays small. The deadline in a local zone is {@link localBuyBy}'s, in a
 * module of its own: only a storefront that shows it pays for the zone code.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { ProductCategory, ProductId } from './catalog/products';
import { AVAILABLE_REGIONS, requireRegion } from './catalog/regions';
import { type RuleOptions, type Terms, requireProduct, resolveTerms } from './catalog/terms';
import { InvalidInputError } from './errors';
import type { CodedCheck } from './decision';
import {
  NEW_NEVER_ACTIVATED,
  NEW_UNKNOWN,
  NOT_VERIFIED,
  ONCE_BOUND,
  ONCE_NEVER,
  ONCE_UNKNOWN,
  type Shared,
  add,
  addElapsed,
  addShared,
  mismatch,
  regionChecksOf,
  textsOf,
} from './eligibility-checks';
import type { Locale } from './messages/codes';
import { checkedLocale, contextOf, withWords, wordsWanted } from './messages/words';
import { formatUtc, requireInstant } from './time/instant';
import type { Check, CodedReason, Decision, InstantInput, Reason, RegionCode, Texted } from './types';
import { isNone, requireRecord, rethrowRead } from './validate';

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
   * including as a replacement unit that took over a plan (REBIND-REPLACEMENT). `null` or
   * absent means not known, reported as missing.
   */
  readonly previouslyBound?: boolean | null;
  /**
   * ELIG-VERIFY: when the purchasing notice was received after the product passed send-back
   * or video verification, if it did; `null` or absent: no notice.
   */
  readonly verificationNoticeAt?: InstantInput | null;
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
   * `null` for a new product (no deadline). {@link localBuyBy} gives it as a local date and
   * time in the storefront's zone.
   */
  readonly buyBy: string | null;
}

/**
 * A decision made without words, worded in a locale (issue 13): its reasons, checks and next
 * step, each template given the plan's region (the eligibility check has no zone). Apart from
 * the checks, so that a call without a locale runs exactly as before.
 */
function inLocale<D extends object>(d: D, locale: Locale, region: RegionCode): D {
  const context = contextOf(locale, region, undefined);
  const out = { ...d } as Record<string, unknown>;
  for (const key of ['reasons', 'trace', 'nextSteps']) {
    const list = out[key] as readonly CodedCheck[] | undefined;
    if (list !== undefined) out[key] = list.map((c, n) => withWords(c, locale.messages, `value.${key}[${n}]`, context));
  }
  return out as D;
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
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region
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
export function checkPurchaseEligibility<O extends RuleOptions = {}>(
  input: PurchaseEligibilityInput,
  options?: O | null,
): Texted<Decision<PurchaseEligibility>, O> {
  // The options' three keys read once each, together, then checked in the order the shared
  // readers check them (termsOf, wantsWords, givenLocale): one record check and one guarded
  // block instead of three, 11% of a decision's cost (640 against 720 ns, measured side by side
  // in one process over the benchmark's 10,000 cases: issue 11's speed).
  let rawTerms: unknown, rawMessages: unknown, rawLocale: unknown;
  if (!isNone(options)) {
    const given = requireRecord(options, 'options');
    try {
      rawTerms = given.terms;
      rawMessages = given.messages;
      rawLocale = given.locale;
    } catch (error) {
      // A Proxy revoked by its own trap during these reads is invalid input (issue 10).
      rethrowRead(error, given, 'options');
    }
  }
  const terms = resolveTerms(rawTerms as Terms | undefined);
  const wanted = wordsWanted(rawMessages);
  const locale = isNone(rawLocale) ? undefined : checkedLocale(rawLocale, 'options.locale');
  // In a locale, the checks are made without words and worded at the end (inLocale).
  const text = wanted && locale === undefined;
  // The snapshot (issue 10): each field read exactly once, all before any is checked; the
  // rules read only these locals (no snapshot object to allocate).
  const source = requireRecord(input, 'input');
  let rawProduct: unknown, rawProductRegion: unknown, rawPlanRegion: unknown, rawPurchaseAt: unknown, rawActivatedAt: unknown, bound: unknown, rawNoticeAt: unknown;
  try {
    rawProduct = source.product;
    rawProductRegion = source.productRegion;
    rawPlanRegion = source.planRegion;
    rawPurchaseAt = source.purchaseAt;
    rawActivatedAt = source.activatedAt;
    bound = source.previouslyBound;
    rawNoticeAt = source.verificationNoticeAt;
  } catch (error) {
    // A Proxy revoked by its own trap during these reads is invalid input (issue 10).
    rethrowRead(error, source, 'input');
  }
  const product = requireProduct(rawProduct, terms, 'product');
  const productRegion = requireRegion(rawProductRegion, 'productRegion');
  const planRegion = requireRegion(rawPlanRegion, 'planRegion');
  const purchaseAt = requireInstant(rawPurchaseAt, 'purchaseAt');
  const activatedAt = rawActivatedAt === undefined || rawActivatedAt === null ? rawActivatedAt : requireInstant(rawActivatedAt, 'activatedAt');
  const noticeAt = isNone(rawNoticeAt) ? undefined : requireInstant(rawNoticeAt, 'verificationNoticeAt');
  if (!isNone(bound) && typeof bound !== 'boolean') {
    throw new InvalidInputError('previouslyBound', 'wrong-type', 'expected true or false', bound);
  }
  if (typeof activatedAt === 'number' && activatedAt > purchaseAt) {
    throw new InvalidInputError('activatedAt', 'invalid-value', 'the activation cannot be after purchaseAt', rawActivatedAt);
  }

  const available = terms.availableRegions;
  const region = regionChecksOf(planRegion);
  const trace: (Check | CodedCheck)[] = [];
  const reasons: (Reason | CodedReason)[] = [];
  let next: Shared | undefined;
  const sold = (available === AVAILABLE_REGIONS ? region.listed : available.includes(planRegion)) ? region.sold : region.notSold;
  addShared(trace, reasons, sold, text);
  if (productRegion === planRegion) addShared(trace, reasons, region.sameRegion, text);
  else add(trace, reasons, mismatch(productRegion, planRegion, text), text);
  const once = isNone(bound) ? ONCE_UNKNOWN : bound ? ONCE_BOUND : ONCE_NEVER;
  addShared(trace, reasons, once, text);

  let route: EligibilityRoute = 'new';
  let clause: ClauseId = 'ELIG-NEW';
  let buyBy: number | null = null;

  if (activatedAt === undefined) {
    addShared(trace, reasons, NEW_UNKNOWN, text);
  } else if (activatedAt === null) {
    addShared(trace, reasons, NEW_NEVER_ACTIVATED, text);
  } else {
    const texts = textsOf(terms);
    const w = texts.windows[product.category];
    const elapsed = purchaseAt - activatedAt;
    const params = { category: product.category, hours: w.hours, elapsedSeconds: Math.ceil(elapsed / 1000) };
    if (elapsed <= w.limit) {
      route = 'activation-window';
      clause = w.clause;
      buyBy = activatedAt + w.limit;
      addElapsed(trace, reasons, w.within, params, text);
      if (w.caller !== null) addShared(trace, reasons, w.caller, text);
    } else if (noticeAt === undefined) {
      addElapsed(trace, reasons, w.exceeded, params, text);
      if (w.caller !== null) addShared(trace, reasons, w.caller, text);
      addShared(trace, reasons, NOT_VERIFIED, text);
      next = texts.apply;
    } else {
      const v = texts.verify;
      const sinceNotice = purchaseAt - noticeAt;
      const inWindow = sinceNotice >= 0 && sinceNotice <= v.limit;
      route = 'verification';
      clause = v.clause;
      buyBy = noticeAt + v.limit;
      // Refused on both routes: the activation window failed too, and is reported with it.
      if (!inWindow) {
        addElapsed(trace, reasons, w.exceeded, params, text);
        if (w.caller !== null) addShared(trace, reasons, w.caller, text);
        // Bought before the notice arrived: wait for it; past its window: verify again.
        next = sinceNotice < 0 ? texts.await : texts.apply;
      }
      const notice = { hours: v.hours, elapsedSeconds: Math.ceil(Math.abs(sinceNotice) / 1000) };
      addElapsed(trace, reasons, inWindow ? v.within : sinceNotice < 0 ? v.early : v.exceeded, notice, text);
      if (v.caller !== null) addShared(trace, reasons, v.caller, text);
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
    const accepted = { ok: true, value, trace, edition: terms.edition };
    return (locale === undefined || !wanted ? accepted : inLocale(accepted, locale, planRegion)) as unknown as Texted<Decision<PurchaseEligibility>, O>;
  }
  const nextSteps = next === undefined ? [] : [text ? next.full : next.bare];
  const refused = { ok: false, reasons, trace, edition: terms.edition, nextSteps };
  return (locale === undefined || !wanted ? refused : inLocale(refused, locale, planRegion)) as unknown as Texted<Decision<PurchaseEligibility>, O>;
}
