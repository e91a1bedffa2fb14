/**
 * The clause index: every clause id of the spec with a one-line summary.
 *
 * Ids are stable: they are never renamed, so a support tool may store them. The full text and
 * interpretation of each clause ship on their own entry point, `dji-care-refresh/spec`
 * (`SPEC`, `SPEC_CLAUSES`, `specClause`), and on the API docs' Rules page.
 *
 * @module
 */

/**
 * One-line summaries of every clause of the spec, keyed by clause id.
 *
 * @example
 * ```ts
 * CLAUSES['ELIG-48H'];
 * //=> 'An aircraft or gimbal activated within the last 48 hours can be bound.'
 * ```
 *
 * @category Clauses
 */
export const CLAUSES = /* @__PURE__ */ Object.freeze({
  'CAT-LISTING': 'The plan sold on the page: DJI Care Refresh (DJI Mavic 3), SKU DJI-CMAV2-1Y, 1 year, USD 239.00.',
  'CAT-FEES-MAVIC3-1Y': 'Mavic 3, 1-year plan, US: first replacement USD 159, second USD 199, flyaway replacement USD 739.',
  'CAT-CATEGORY': 'Eligibility windows depend on the category: aircraft, gimbal, handheld.',
  'TERMS-CALLER': "Figures from the caller's own terms stand in for the source's; a decision that uses one cites TERMS-CALLER and the caller's source label.",
  'MONEY-UNITS': 'An amount has at most the decimals of its ISO 4217 minor unit (JPY, KRW: 0; most others: 2); more is invalid input, never rounded.',
  'SVC-REPLACE-DAMAGE': 'Damage replacement: all models.',
  'SVC-REPLACE-FLYAWAY': 'Flyaway replacement: Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2, Mini SE only.',
  'QUOTA-1Y': '1-year plan: two replacements in one year, usable twice for damage, once (of the two) for flyaway.',
  'QUOTA-2Y': '2-year plan: three replacements in two years, usable three times for damage, twice (of the three) for flyaway.',
  'SVC-REPAIR-DISCOUNT': 'Exclusive repair discounts for Mavic 3 and Mavic 3 Cine: twice in the 1-year plan, three times in the 2-year plan.',
  'SVC-WARRANTY-EXT': 'Extended warranty: the 1-year plan adds none; the 2-year plan extends the warranty to two years.',
  'SVC-SAFE-FLIGHT': 'Rewards for Safe Flight (Mavic 3, Mavic 3 Cine, Action 2): no replacement and no discounted repair used earns a further year of warranty.',
  'SVC-MAINTENANCE': 'Factory maintenance for Mavic 3 and Mavic 3 Cine: once in the 1-year plan, twice in the 2-year plan.',
  'SVC-EXPRESS': 'Express: skip damage assessment and quotation; the replacement ships when the product is received.',
  'SVC-SHIPPING': 'DJI pays shipping both ways for replacement service.',
  'ELIG-NEW': 'A brand-new, un-activated product can be bound.',
  'ELIG-48H': 'An aircraft or gimbal activated within the last 48 hours can be bound.',
  'ELIG-30D': 'A handheld device activated within the last 30 days can be bound.',
  'ELIG-VERIFY': 'Otherwise send the product back or pass video verification, then buy within 72 hours of the purchasing notice.',
  'ELIG-ONCE': 'A product can be bound to DJI Care Refresh only once, and not again as a replacement unit.',
  'REGION-AVAILABLE': 'Sold only in the US, Canada, the EU, UK, Switzerland, Norway, Australia, Hong Kong, Taiwan, Japan, South Korea and Mainland China.',
  'REGION-MATCH': 'The plan and the product must be bought in the same country or region.',
  'DATE-BUNDLED': 'Bought with the product on the DJI Store: the agreement date is the activation date.',
  'DATE-BUNDLED-OM': 'OM 5 and OM 4 series bought that way and not activated: the plan takes effect 45 days after delivery.',
  'DATE-SEPARATE': 'Bought separately on the DJI Online Store: the agreement date is the purchase date.',
  'DATE-CODE': 'Bound with an activation code: the agreement date is the binding date.',
  'PERIOD-START': 'Periods run from 0:00 on the agreement date in the given time zone; N months are [start, start + N months).',
  'TIME-RANGE': 'Input dates and instants run from 1980-01-01 to 9899-12-31; every function accepts any value another returned.',
  'TIME-ZONE': 'A zone is an IANA name or link spelled exactly as in the tz database; results never depend on the runtime zone or locale.',
  'PERIOD-1Y': '1-year plan: replacement and discounted repairs valid 12 months.',
  'PERIOD-2Y': '2-year plan: replacement and discounted repairs valid 24 months.',
  'PERIOD-WARRANTY-2Y': "2-year plan's extended warranty: from the first anniversary, 12 months, ending with the replacement period.",
  'PERIOD-SAFE-FLIGHT': 'Safe Flight: 12 months from the end of replacement and discount validity (Europe and UK 1-year plan: from the end of the official warranty).',
  'PERIOD-OUTSIDE': 'No service outside its validity; damage before the plan takes effect or after it ends is not covered.',
  'USE-WARRANTY-FIRST': 'A repair covered by the standard warranty uses none of the plan\'s replacements or discounts.',
  'USE-MAINTENANCE-FINDINGS': 'Faults found during factory maintenance go to warranty, replacement or discounted repair, whichever applies.',
  'USE-INTERNATIONAL': 'Action 2, OM series, RS 2, RSC 2 and Pocket 2 have global service; every other product only where the plan was bought.',
  'FLY-MODEL': 'Flyaway replacement only for the models of SVC-REPLACE-FLYAWAY.',
  'FLY-ACCOUNT-BOUND': 'The aircraft was bound to the DJI account before the flyaway.',
  'FLY-RC-BOUND': 'The remote controller was bound to the aircraft before the flyaway.',
  'FLY-NOT-UNBOUND': 'Neither binding was undone before the flyaway occurred.',
  'FLY-OWNER': 'Only the owner of the bound account can apply, with the flyaway report from the bound remote controller.',
  'FLY-NOT-THEFT': 'Theft and accidental loss are not flyaways and are not covered.',
  'FLY-RECORDS': "The accident's flight records must be synced through the app.",
  'FLY-QUOTA': 'A flyaway replacement needs a flyaway use and a replacement left, within the replacement validity.',
  'PLUS-ELIGIBLE': 'Care Refresh+ can be bought while a 1-year plan has not expired and has a replacement left.',
  'PLUS-NOT-2Y': 'Care Refresh+ is not for a 2-year plan.',
  'PLUS-EFFECT': 'Care Refresh+ adds a 12-month renewal year with one damage replacement and 12 more months of warranty.',
  'REBIND-REPLACEMENT': 'After a replacement the new unit is bound to the original plan; the original unit has no plan.',
} as const satisfies Readonly<Record<string, string>>);

/**
 * A clause id of the spec, such as `'ELIG-48H'`.
 *
 * @example
 * ```ts
 * const id: ClauseId = 'QUOTA-1Y';
 * ```
 *
 * @category Clauses
 */
export type ClauseId = keyof typeof CLAUSES;

/**
 * Every clause id, in the order of the spec.
 *
 * @example
 * ```ts
 * CLAUSE_IDS.length;
 * //=> 49
 * ```
 *
 * @category Clauses
 */
export const CLAUSE_IDS: readonly ClauseId[] = /* @__PURE__ */ Object.freeze(Object.keys(CLAUSES) as ClauseId[]);

/**
 * Whether a string is a clause id of the spec.
 *
 * @param value - any value
 * @returns `true` when `value` is one of {@link CLAUSE_IDS}
 *
 * @example
 * ```ts
 * isClauseId('ELIG-48H');
 * //=> true
 * isClauseId('ELIG-99H');
 * //=> false
 * ```
 *
 * @category Clauses
 */
export function isClauseId(value: unknown): value is ClauseId {
  return typeof value === 'string' && Object.hasOwn(CLAUSES, value);
}
