/**
 * Value types shared by every rule: decisions, reasons and checks.
 *
 * @module
 */
import type { ClauseId } from './clauses';

/**
 * A calendar date as `YYYY-MM-DD` (validated: `2026-02-30` is an error).
 *
 * @example
 * ```ts
 * const date: CalendarDate = '2026-03-01';
 * coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: date }).replacement.lastDate;
 * //=> '2027-02-28'
 * coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-02-30' });
 * // throws InvalidInputError (code 'invalid-date', field 'agreementDate')
 * ```
 *
 * @category Time
 */
export type CalendarDate = string;

/**
 * An instant: a valid `Date`, or an ISO-8601 string with an offset (`Z` or `+hh:mm`),
 * such as `'2026-03-01T09:30:00+01:00'`. A string without an offset is an error: it names
 * no instant.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const activatedAt: InstantInput = '2026-03-01T14:00:00Z'; // or new Date('2026-03-01T14:00:00Z')
 * checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00-05:00', activatedAt, previouslyBound: false }).ok;
 * //=> true
 * planStatus(plan, [], '2026-05-01T12:00:00'); // throws InvalidInputError (code 'invalid-instant', field 'at'): no offset
 * ```
 *
 * @category Time
 */
export type InstantInput = Date | string;

/**
 * An IANA time zone name such as `'Europe/Berlin'`. Always explicit: nothing defaults to
 * UTC or to the machine's zone.
 *
 * @example
 * ```ts
 * // 23:30 UTC on 1 March is already 2 March in Berlin:
 * const d = agreementDate({ channel: 'dji-online-store', timeZone: 'Europe/Berlin', purchasedAt: '2026-03-01T23:30:00Z' });
 * d.ok && [d.value.agreementDate, d.value.startsAt];
 * //=> ['2026-03-02', '2026-03-02T00:00:00.000+01:00']
 * ```
 *
 * @category Time
 */
export type TimeZone = string;

/**
 * An ISO 3166-1 alpha-2 country or region code, upper case (`'US'`, `'GB'`, `'HK'`).
 *
 * @example
 * ```ts
 * isRegionCode('GB');               //=> true
 * isRegionCode('gb');               //=> false (upper case only)
 * AVAILABLE_REGIONS.includes('US'); //=> true (REGION-AVAILABLE)
 * ```
 *
 * @category Catalogue
 */
export type RegionCode = string;

/**
 * The term of a plan: the 1-year plan or the 2-year plan.
 *
 * @example
 * ```ts
 * const term: PlanTerm = '2y';
 * DEFAULT_TERMS.plans[term].replacements; //=> 3 (QUOTA-2Y)
 * findListing('mavic-3', '1y')?.term;     //=> '1y'
 * ```
 *
 * @category Catalogue
 */
export type PlanTerm = '1y' | '2y';

/**
 * Why a rule said no: the clause, a sentence a support agent can read out, and what was
 * expected and received.
 *
 * @example
 * ```ts
 * const d = assessReplacement(plan, [damage1, damage2], { type: 'damage', at: '2026-06-01T10:00:00Z', serial: 'A1' });
 * d.ok ? [] : d.reasons;
 * //=> [{ clause: 'QUOTA-1Y', message: 'No damage replacement is left on the plan.', expected: 'a damage replacement left', received: '0 left of 2' }]
 * ```
 *
 * @category Decisions
 */
export interface Reason {
  /** The clause of the spec this reason comes from, e.g. `'ELIG-48H'`. */
  readonly clause: ClauseId;
  /** A sentence a support agent can read to a customer. */
  readonly message: string;
  /** What the rule needed, e.g. `'activated at most 48 h before purchase'`. */
  readonly expected?: string;
  /** What it found, e.g. `'activated 51 h 12 min before purchase'`. */
  readonly received?: string;
}

/**
 * One condition a rule evaluated, passed or not. A decision's trace lists them all.
 *
 * @example
 * ```ts
 * const input: PurchaseEligibilityInput = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false };
 * checkPurchaseEligibility(input).trace.at(-1);
 * //=> { clause: 'ELIG-48H', passed: true, message: 'The aircraft was activated within 48 hours of the purchase.',
 * //=>   expected: 'activated at most 48 hours before purchase (aircraft)', received: 'activated 20 h before purchase' }
 * ```
 *
 * @category Decisions
 */
export interface Check extends Reason {
  /** Whether the condition held. */
  readonly passed: boolean;
}

/**
 * What the customer can do next after a refusal, with the clause that says so.
 *
 * @example
 * ```ts
 * // A Mavic 3 activated 3 days 20 hours before the purchase:
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false });
 * d.ok ? [] : d.nextSteps;
 * //=> [{ clause: 'ELIG-VERIFY', action: 'verification',
 * //=>    message: 'Contact DJI Support and send the product back or apply for video verification; once it passes, buy the plan within 72 hours of the purchasing notice.' }]
 * ```
 *
 * @category Decisions
 */
export interface NextStep {
  readonly clause: ClauseId;
  /** A machine-readable action, such as `'verification'`. */
  readonly action: string;
  /** The step in words. */
  readonly message: string;
}

/**
 * A positive decision: the value and the checks that passed.
 *
 * @example
 * ```ts
 * const d = checkPurchaseEligibility({ product: 'mini-2', productRegion: 'AU', planRegion: 'AU', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: null, previouslyBound: false });
 * d.ok && d.value;
 * //=> { product: 'mini-2', category: 'aircraft', route: 'new', clause: 'ELIG-NEW', buyBy: null }
 * d.trace.map((c) => c.clause); //=> ['REGION-AVAILABLE', 'REGION-MATCH', 'ELIG-ONCE', 'ELIG-NEW']
 * d.edition;                    //=> 'DJI Care Refresh (DJI Mavic 3) page and FAQ, as in dji-care-refresh/spec'
 * ```
 *
 * @category Decisions
 */
export interface Accepted<T> {
  readonly ok: true;
  readonly value: T;
  /** Every check evaluated, all passed. */
  readonly trace: readonly Check[];
  /** The edition label of the terms the decision was made under. */
  readonly edition: string;
}

/**
 * A negative decision: every failing condition, never only the first.
 *
 * @example
 * ```ts
 * // A Mavic 3 bought in Germany, the plan bought in France 3 days 20 hours after activation:
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'DE', planRegion: 'FR', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false });
 * d.ok;                                            //=> false
 * d.ok ? [] : d.reasons.map((r) => r.clause);      //=> ['REGION-MATCH', 'ELIG-48H', 'ELIG-VERIFY']
 * d.ok ? [] : d.reasons[0];
 * //=> { clause: 'REGION-MATCH', message: 'The plan must be bought in the same country or region as the product.', expected: "the product's country or region (DE)", received: 'FR' }
 * d.ok ? [] : d.nextSteps.map((s) => s.action);    //=> ['verification']
 * ```
 *
 * @category Decisions
 */
export interface Refused {
  readonly ok: false;
  /** Every failing condition, each with its clause. */
  readonly reasons: readonly [Reason, ...Reason[]];
  /** Every check evaluated, passed and failed. */
  readonly trace: readonly Check[];
  /** The edition label of the terms the decision was made under. */
  readonly edition: string;
  /** What the customer can do next, where the spec names a step. */
  readonly nextSteps: readonly NextStep[];
}

/**
 * The result of a rule: accepted with a value, or refused with every reason.
 *
 * @example
 * ```ts
 * const decision = checkPurchaseEligibility(input);
 * if (decision.ok) console.log('offer the plan');
 * else for (const r of decision.reasons) console.log(r.clause, r.message);
 * ```
 *
 * @category Decisions
 */
export type Decision<T> = Accepted<T> | Refused;
