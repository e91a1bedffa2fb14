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
import { requireRegion } from './catalog/regions';
import { type RuleOptions, type Terms, requireProduct, resolveTerms } from './catalog/terms';
import { check, decide } from './decision';
import { InvalidInputError } from './errors';
import { HOUR, formatElapsed, requireInstant } from './time/instant';
import type { Check, Decision, InstantInput, NextStep, RegionCode } from './types';
import { requireRecord } from './validate';

/**
 * The facts of a purchase that the eligibility rules need.
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
 * @category Eligibility
 */
export type EligibilityRoute = 'new' | 'activation-window' | 'verification';

/**
 * What an accepted eligibility decision tells a storefront.
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

function verifyStep(hours: number): NextStep {
  return {
    clause: 'ELIG-VERIFY',
    action: 'verification',
    message: `Contact DJI Support and send the product back or apply for video verification; once it passes, buy the plan within ${hours} hours of the purchasing notice.`,
  };
}

const WINDOW_CLAUSE: Readonly<Record<ProductCategory, ClauseId>> = {
  aircraft: 'ELIG-48H',
  gimbal: 'ELIG-48H',
  handheld: 'ELIG-30D',
};

function windowWords(hours: number): string {
  return hours % 24 === 0 && hours >= 72 ? `${hours / 24} days` : `${hours} hours`;
}

/**
 * Whether DJI Care Refresh may be sold for a product now, with every failing condition.
 *
 * ELIG-NEW: "Brand new and un-activated product". ELIG-48H: "Aircraft or gimbal activated
 * within the last 48 hours". ELIG-30D: "Handheld device activated within the last 30 days".
 * Both windows are elapsed time from activation to purchase, inclusive at the edge.
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
  const terms = resolveTerms(requireRecord(options, 'options').terms as Terms | undefined);
  const i = requireRecord(input, 'input');
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

  const sold = terms.availableRegions.includes(planRegion);
  const checks: Check[] = [
    check(
      'REGION-AVAILABLE',
      sold,
      sold
        ? `DJI Care Refresh is sold in ${planRegion}.`
        : `DJI Care Refresh is not sold in ${planRegion}.`,
      'a country or region where DJI Care Refresh is sold',
      planRegion,
    ),
    check(
      'REGION-MATCH',
      productRegion === planRegion,
      productRegion === planRegion
        ? 'The plan and the product are bought in the same country or region.'
        : 'The plan must be bought in the same country or region as the product.',
      `the product's country or region (${productRegion})`,
      planRegion,
    ),
    i.previouslyBound === undefined
      ? check(
          'ELIG-ONCE',
          false,
          'It is not known whether this product has had a DJI Care Refresh plan before; ask before selling.',
          'whether the product was ever bound to a plan',
          'not given',
        )
      : check(
          'ELIG-ONCE',
          !i.previouslyBound,
          i.previouslyBound
            ? 'This product has already been bound to DJI Care Refresh (or received as a replacement under a plan); it cannot be bound again.'
            : 'This product has never been bound to DJI Care Refresh.',
          'a product never bound to a plan',
          i.previouslyBound ? 'bound before' : 'never bound',
        ),
  ];

  const nextSteps: NextStep[] = [];
  let route: EligibilityRoute = 'new';
  let clause: ClauseId = 'ELIG-NEW';
  let buyBy: number | null = null;

  if (activatedAt === undefined) {
    checks.push(
      check('ELIG-NEW', false, 'It is not known whether the product has been activated; ask before selling.', 'the activation instant, or null if never activated', 'not given'),
    );
  } else if (activatedAt === null) {
    checks.push(check('ELIG-NEW', true, 'The product is brand new and has not been activated.', 'an un-activated product', 'never activated'));
  } else {
    const windowHours = terms.activationWindowHours[product.category];
    const windowClause = WINDOW_CLAUSE[product.category];
    const elapsed = purchaseAt - activatedAt;
    const deadline = activatedAt + windowHours * HOUR;
    const expected = `activated at most ${windowWords(windowHours)} before purchase (${product.category})`;
    const received = `activated ${formatElapsed(elapsed)} before purchase`;
    const windowFailed = check(windowClause, false, `The ${product.category} was activated more than ${windowWords(windowHours)} before the purchase.`, expected, received);
    if (elapsed <= windowHours * HOUR) {
      route = 'activation-window';
      clause = windowClause;
      buyBy = deadline;
      checks.push(check(windowClause, true, `The ${product.category} was activated within ${windowWords(windowHours)} of the purchase.`, expected, received));
    } else if (noticeAt === undefined) {
      checks.push(
        windowFailed,
        check('ELIG-VERIFY', false, 'The product has not passed verification.', 'a purchasing notice after send-back or video verification', 'no notice'),
      );
      nextSteps.push(verifyStep(terms.verifiedPurchaseWindowHours));
    } else {
      const sinceNotice = purchaseAt - noticeAt;
      const limit = terms.verifiedPurchaseWindowHours * HOUR;
      const inWindow = sinceNotice >= 0 && sinceNotice <= limit;
      route = 'verification';
      clause = 'ELIG-VERIFY';
      buyBy = noticeAt + limit;
      // Refused on both routes: the activation window failed too, and is reported with it.
      if (!inWindow) {
        checks.push(windowFailed);
      }
      checks.push(
        check(
          'ELIG-VERIFY',
          inWindow,
          inWindow
            ? `The product passed verification and the plan is bought within ${terms.verifiedPurchaseWindowHours} hours of the purchasing notice.`
            : sinceNotice < 0
              ? 'The plan was bought before the purchasing notice was received.'
              : `More than ${terms.verifiedPurchaseWindowHours} hours have passed since the purchasing notice.`,
          `bought within ${terms.verifiedPurchaseWindowHours} hours after the purchasing notice`,
          sinceNotice < 0 ? `bought ${formatElapsed(-sinceNotice)} before the notice` : `bought ${formatElapsed(sinceNotice)} after the notice`,
        ),
      );
      if (!inWindow) nextSteps.push(verifyStep(terms.verifiedPurchaseWindowHours));
    }
  }

  return decide(
    checks,
    () => ({
      product: product.id,
      category: product.category,
      route,
      clause,
      buyBy: buyBy === null ? null : new Date(buyBy).toISOString(),
    }),
    terms.edition,
    nextSteps,
  );
}
