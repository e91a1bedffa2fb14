/**
 * Value types shared by every rule: decisions, reasons and checks.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { Money } from './money-types';
import type { MessageCode, MessageParams } from './messages/codes';

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
 * The machine part of a reason, check or next step: its clause, its stable message `code` and
 * the plain values (`params`) its words are made of. One member per code, so that narrowing on
 * `code` types `params`.
 *
 * @example
 * ```ts
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false }, { messages: false });
 * const r: CodedReason | undefined = d.ok ? undefined : d.reasons[0];
 * //=> { clause: 'ELIG-48H', code: 'elig.window.exceeded', params: { category: 'aircraft', hours: 48, elapsedSeconds: 331200 } }
 * if (r?.code === 'elig.window.exceeded') r.params.hours; //=> 48
 * ```
 *
 * @category Decisions
 */
export type CodedReason = {
  readonly [C in MessageCode]: {
    /** The clause of the spec this comes from, e.g. `'ELIG-48H'`. */
    readonly clause: ClauseId;
    /** The stable message code, e.g. `'elig.window.exceeded'`. */
    readonly code: C;
    /** The plain JSON values the words are rendered from. */
    readonly params: MessageParams[C];
  };
}[MessageCode];

/**
 * The words of a reason, rendered from its code and params by the message catalogue (English
 * by default). Left out when a call passes `messages: false`.
 *
 * @example
 * ```ts
 * const words: ReasonText = { message: 'No damage replacement is left on the plan.', expected: 'a damage replacement left', received: '0 left of 2' };
 * ```
 *
 * @category Decisions
 */
export interface ReasonText {
  /** A sentence a support agent can read to a customer. */
  readonly message: string;
  /** What the rule needed, e.g. `'activated at most 48 h before purchase'`. */
  readonly expected?: string;
  /** What it found, e.g. `'activated 51 h 12 min before purchase'`. */
  readonly received?: string;
}

/**
 * Why a rule said no: the clause, a stable code with its params, a sentence a support agent
 * can read out, and what was expected and received.
 *
 * @example
 * ```ts
 * // `events`: two damage replacements (A1, then B2), each followed by the rebinding (to B2, to C3):
 * const d = assessReplacement(plan, events, { type: 'damage', at: '2026-06-01T10:00:00Z', serial: 'C3' });
 * d.ok ? [] : d.reasons;
 * //=> [{ clause: 'QUOTA-1Y', code: 'quota.damage.none-left', params: { left: 0, allowed: 2, window: 'term' },
 * //=>    message: 'No damage replacement is left on the plan.', expected: 'a damage replacement left', received: '0 left of 2' }]
 * ```
 *
 * @category Decisions
 */
export type Reason = CodedReason & ReasonText;

/**
 * One condition a rule evaluated, passed or not. A decision's trace lists them all.
 *
 * @example
 * ```ts
 * const input: PurchaseEligibilityInput = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false };
 * checkPurchaseEligibility(input).trace.at(-1);
 * //=> { clause: 'ELIG-48H', passed: true, code: 'elig.window.within', params: { category: 'aircraft', hours: 48, elapsedSeconds: 72000 },
 * //=>   message: 'The aircraft was activated within 48 hours of the purchase.',
 * //=>   expected: 'activated at most 48 hours before purchase (aircraft)', received: 'activated 20 h before purchase' }
 * ```
 *
 * @category Decisions
 */
export type Check = Reason & {
  /** Whether the condition held. */
  readonly passed: boolean;
};

/**
 * What the customer can do next after a refusal, with the clause that says so.
 *
 * @example
 * ```ts
 * // A Mavic 3 activated 3 days 20 hours before the purchase:
 * const d = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false });
 * d.ok ? [] : d.nextSteps;
 * //=> [{ clause: 'ELIG-VERIFY', action: 'verification', code: 'elig.verify.apply', params: { hours: 72 },
 * //=>    message: 'Contact DJI Support and send the product back or apply for video verification; once it passes, buy the plan within 72 hours of the purchasing notice.' }]
 * ```
 *
 * @category Decisions
 */
export type NextStep = CodedReason & {
  /** A machine-readable action, such as `'verification'`. */
  readonly action: string;
  /** The step in words. */
  readonly message: string;
};

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
 * //=> { clause: 'REGION-MATCH', message: 'The plan must be bought in the same country or region as the product.', expected: "the product's country or region (DE)", received: 'FR', ... }
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

/**
 * A value with the words left out: every object that carries a message `code` loses its
 * `message`, `expected` and `received`. What a call returns with `messages: false`.
 *
 * @example
 * ```ts
 * const d: WithoutText<Decision<PurchaseEligibility>> = checkPurchaseEligibility(input, { messages: false });
 * d.trace[0]; //=> { clause: 'REGION-AVAILABLE', passed: true, code: 'region.sold', params: { region: 'US' } }
 * ```
 *
 * @category Decisions
 */
export type WithoutText<T> = T extends string | number | boolean | null | undefined | Money
  ? T
  : T extends { readonly code: MessageCode }
    ? Omit<T, 'message' | 'expected' | 'received'>
    : { readonly [K in keyof T]: WithoutText<T[K]> };

/**
 * What a call returns given its options: {@link WithoutText} when `messages` is the literal
 * `false`, else the value with its words (the default). Options typed only as `RuleOptions`
 * (`messages?: boolean`) give the type with words: pass `messages: false` as a literal (or
 * `as const`) to have the type say the words are left out.
 *
 * @example
 * ```ts
 * const a: Texted<PlanStatus, {}> = planStatus(plan, [], at);                                      // with text
 * const b: Texted<PlanStatus, { messages: false }> = planStatus(plan, [], at, { messages: false }); // codes and params only
 * ```
 *
 * @category Decisions
 */
export type Texted<T, O> = O extends { readonly messages: false } ? WithoutText<T> : T;
