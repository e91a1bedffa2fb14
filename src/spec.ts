/**
 * The spec, shipped: every clause of the DJI Care Refresh rules with its text and the
 * interpretation the library takes, in the project's own words (DJI is quoted only in short
 * phrases). Its own entry point, `dji-care-refresh/spec`, so that the main bundle does not
 * carry the text: `import { SPEC_CLAUSES } from 'dji-care-refresh/spec'`.
 *
 * Strings are inline Markdown (backticks for codes and values, `*…*` for emphasis). The clause
 * ids are those of {@link CLAUSES}, in the same order.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import { InvalidInputError } from './errors';

/**
 * One clause of the spec.
 *
 * @example
 * ```ts
 * const clause: SpecClause = specClause('ELIG-48H');
 * clause.text; //=> 'An aircraft or gimbal activated within the last 48 hours can be bound.'
 * ```
 *
 * @category Spec
 */
export interface SpecClause {
  /** The stable clause id, cited by every reason a rule returns. */
  readonly id: ClauseId;
  /** What the source says, in the project's words; absent when the clause is a reading only. */
  readonly text?: string;
  /** The reading the library takes where the source is silent, ambiguous or contradicts itself. */
  readonly interpretation?: string;
}

/**
 * A section of the spec: its clauses and the notes that apply to all of them.
 *
 * @example
 * ```ts
 * SPEC.sections[0]?.title; //=> 'Catalogue facts'
 * ```
 *
 * @category Spec
 */
export interface SpecSection {
  readonly title: string;
  readonly clauses: readonly SpecClause[];
  /** Interpretations and contradictions that concern the section as a whole. */
  readonly notes: readonly string[];
}

/**
 * The whole spec: what it is drawn from, how to read it, and its sections.
 *
 * @example
 * ```ts
 * const spec: Spec = SPEC;
 * spec.sections.length; //=> 8
 * ```
 *
 * @category Spec
 */
export interface Spec {
  readonly title: string;
  /** Paragraphs: the source, and how clauses and interpretations are used. */
  readonly about: readonly string[];
  readonly sections: readonly SpecSection[];
}

/**
 * The spec: the source split into clauses with stable ids, and the reading taken wherever the
 * source is silent (SPEC is what the `edition` of the built-in terms refers to).
 *
 * @example
 * ```ts
 * SPEC.title; //=> 'DJI Care Refresh — the rules, clause by clause'
 * SPEC.sections.map((s) => s.title)[1]; //=> 'Money (all clauses that quote an amount)'
 * ```
 *
 * @category Spec
 */
export const SPEC: Spec = {
  title: 'DJI Care Refresh — the rules, clause by clause',
  about: [
    'The source is a retailer\'s product page for the plan "DJI Care Refresh (DJI Mavic 3)", with DJI\'s FAQ. The spec breaks it into clauses with stable ids. Every rule in the library names the clause it encodes (in its doc comment, and in the `clause` of every reason it returns), and every clause has tests that cite it.',
    'Where the source is silent, ambiguous or contradicts itself, the *Interpretation* of a clause is the decision the library takes. Each is deliberate and covered by a test. Nothing is invented: where the source is silent and DJI\'s own published pages settle the point, that fact fills the gap and is quoted (two places). A figure that neither gives (a fee, a quota) is absent from the built-in data, and a rule that needs it answers that it is unknown rather than guessing.',
  ],
  sections: [
    {
      title: 'Catalogue facts',
      clauses: [
        {
          id: 'CAT-LISTING',
          text: 'The plan sold on the page: "DJI Care Refresh (DJI Mavic 3)", SKU `DJI-CMAV2-1Y`, 1-year term, price USD 239.00, UPC `190021046924`, EAN `6941565921253`. It is a service plan, not a drone.',
        },
        {
          id: 'CAT-FEES-MAVIC3-1Y',
          text: 'Mavic 3, 1-year plan, US: first replacement fee USD 159, second USD 199, the flyaway replacement USD 739.',
          interpretation: 'the ordinal counts all replacements used under the plan, damage and flyaway together; a flyaway replacement always costs the flyaway fee. (First a flyaway at 739, then a damage replacement: that is the second replacement, 199.) Fees for other models, terms or regions are not in the source: the data holds none, and a fee quote for them says the fee is not published unless the caller supplies a fee schedule.',
        },
        {
          id: 'CAT-CATEGORY',
          text: 'Eligibility windows depend on the category: aircraft, gimbal, handheld.',
          interpretation: 'aircraft = Mavic 3, Mavic 3 Cine, DJI Air 2S, Mavic Air 2, DJI Mini 2, DJI Mini SE; handheld = DJI OM 5, DJI OM 4 series, DJI Pocket 2, DJI Action 2, DJI RS 2, DJI RSC 2. "Gimbal" in the 48-hour rule means a drone camera gimbal sold with its own plan (DJI has sold Care Refresh for Zenmuse X4S/X5S gimbals); the Ronin stabilisers RS 2 and RSC 2 are handheld devices — DJI\'s support pages give "Osmo/Ronin series activated within the last 30 days". No gimbal of that kind is in the source\'s product list; the category exists for products a caller adds.',
        },
        {
          id: 'TERMS-CALLER',
          text: 'Figures the caller supplies in its own terms (a fee schedule, a discount cap, quotas, windows, products, regions) stand in for the source\'s. A decision that uses one cites TERMS-CALLER beside the clause of the rule it feeds (a fee from a caller\'s schedule: TERMS-CALLER with CAT-FEES-MAVIC3-1Y\'s ordinal rule) and carries the caller\'s own source label. With the built-in terms the source is the seed itself (the retailer page and DJI\'s FAQ).',
        },
      ],
      notes: [],
    },
    {
      title: 'Money (all clauses that quote an amount)',
      clauses: [
        {
          id: 'MONEY-UNITS',
          interpretation: 'an amount has at most as many decimals as its currency\'s minor unit in ISO 4217 (USD, EUR, GBP, CHF, CAD, AUD, HKD, TWD, NOK, CNY: 2; JPY and KRW: 0; HUF: 2, whatever a runtime\'s locale data says); an amount with more is invalid input, never rounded. Amounts are written with exactly that many decimals (`"159.00"`, `"4690"`); display formatting follows the locale asked for, never the runtime\'s default locale.',
        },
      ],
      notes: [],
    },
    {
      title: 'Services of the two plans (FAQ 1, the table)',
      clauses: [
        {
          id: 'SVC-REPLACE-DAMAGE',
          text: 'Damage replacement: all models.',
        },
        {
          id: 'SVC-REPLACE-FLYAWAY',
          text: 'Flyaway replacement: Mavic 3, Mavic 3 Cine, Air 2S, Mavic Air 2, Mini 2, Mini SE only.',
        },
        {
          id: 'QUOTA-1Y',
          text: '1-year plan: two replacements in one year; usable twice for damage, once for flyaway.',
          interpretation: 'the flyaway use is one of the two ("two replacements in one year, including one chance to use Flyaway Coverage"), not a third.',
        },
        {
          id: 'QUOTA-2Y',
          text: '2-year plan: three replacements in two years; usable three times for damage, twice for flyaway (of the three).',
        },
        {
          id: 'SVC-REPAIR-DISCOUNT',
          text: 'Exclusive repair discounts for Mavic 3 and Mavic 3 Cine: twice in the 1-year plan, three times in the 2-year plan, "within a certain quota" (a money cap the source does not give: the caller may supply one).',
        },
        {
          id: 'SVC-WARRANTY-EXT',
          text: 'Extended warranty, all models: the 1-year plan adds nothing beyond the 1-year official warranty; the 2-year plan extends it to two years.',
        },
        {
          id: 'SVC-SAFE-FLIGHT',
          text: 'Rewards for Safe Flight, for Mavic 3, Mavic 3 Cine and DJI Action 2: if the product used no replacement and no discounted repair during the plan\'s validity, a further 1-year extended warranty follows the plan\'s expiry. 1-year plan: warranty reaches two years (three years in Europe and the UK); 2-year plan: three years.',
        },
        {
          id: 'SVC-MAINTENANCE',
          text: 'Factory maintenance for Mavic 3 and Mavic 3 Cine: once in the 1-year plan, twice in the 2-year plan.',
        },
        {
          id: 'SVC-EXPRESS',
          text: 'Express: skip damage assessment and quotation; a replacement ships when the service centre receives the product. (An option of a replacement claim.)',
        },
        {
          id: 'SVC-SHIPPING',
          text: 'DJI pays shipping both ways for replacement service.',
        },
      ],
      notes: [
        '*Interpretation for models:* a service the table lists for named models only (discounts, maintenance, Safe Flight, flyaway) is not offered for other models.',
        '*Contradiction noted:* the page\'s summary says "a two-year warranty"; the table says the 1-year plan adds no warranty. The table rules; the two-year figure is what Safe Flight reaches.',
      ],
    },
    {
      title: 'Who can buy (FAQ 2, 3)',
      clauses: [
        {
          id: 'ELIG-NEW',
          text: 'A brand-new, un-activated product can be bound.',
        },
        {
          id: 'ELIG-48H',
          text: 'An aircraft or gimbal activated within the last 48 hours can be bound.',
        },
        {
          id: 'ELIG-30D',
          text: 'A handheld device activated within the last 30 days can be bound.',
          interpretation: 'both windows are elapsed time from the activation instant to the purchase instant, inclusive at the edge (48 h = 172,800 s; 30 days = 30 × 24 h).',
        },
        {
          id: 'ELIG-VERIFY',
          text: 'Otherwise the product must be sent back or pass video verification; the plan can then be bought within 72 hours after the purchasing notice is received (inclusive). Before verification the answer names that next step.',
        },
        {
          id: 'ELIG-ONCE',
          text: 'A product can be bound to DJI Care Refresh only once; the plan cannot be bought again for the same product, nor for a unit received as a replacement (FAQ 10).',
        },
        {
          id: 'REGION-AVAILABLE',
          text: 'Sold only in: US, Canada, the EU countries, UK, Switzerland, Norway, Australia, Hong Kong, Taiwan, Japan, South Korea, Mainland China.',
        },
        {
          id: 'REGION-MATCH',
          text: 'The plan and the product must be bought in the same country or region.',
          interpretation: 'matched on ISO 3166-1 alpha-2 code (each EU member state is its own country; "region" means places such as Hong Kong and Taiwan).',
        },
      ],
      notes: [],
    },
    {
      title: 'When it starts and ends (FAQ 4, 5)',
      clauses: [
        {
          id: 'DATE-BUNDLED',
          text: 'Bought with the product on the DJI Store: the agreement date is the product\'s activation date.',
        },
        {
          id: 'DATE-BUNDLED-OM',
          text: 'For DJI OM 5 and the OM 4 series bought that way and not activated, the plan takes effect automatically 45 days after the delivery date.',
        },
        {
          id: 'DATE-SEPARATE',
          text: 'Bought separately on the DJI Online Store: the purchase date.',
        },
        {
          id: 'DATE-CODE',
          text: 'Bound with an activation code (how retailers sell it): the binding date.',
        },
        {
          id: 'PERIOD-START',
          text: 'Periods run from 0:00 on the agreement date.',
          interpretation: '0:00 in the IANA time zone the caller gives for the agreement (no silent default). A period of N months is the half-open interval [start, start + N calendar months), the end clamped to the month\'s last day (a plan from 29 February ends at 0:00 on 28 February of the next year). DST shifts never move a boundary off local midnight; in a zone where a DST change skips 0:00 (America/Santiago, Atlantic/Azores), the period starts at the first instant of that local day; where a change back makes 0:00 occur twice (Asia/Amman in 2001, Europe/Lisbon in some years), at the first of the two. In every case: the first instant whose local date is that day. A local day that never happened in the zone (Pacific/Apia 2011-12-30, Pacific/Kwajalein 1993-08-21) cannot be an agreement date (invalid input); a period whose end falls on such a day ends at the first instant of the next day that happened.',
        },
        {
          id: 'TIME-RANGE',
          interpretation: 'dates and instants given as input run from 1980-01-01 to 9899-12-31; values the library computes from them may run later by the longest period the terms allow, and every function accepts as input any value another function returned.',
        },
        {
          id: 'TIME-ZONE',
          interpretation: 'a zone is an IANA time-zone name or link known to the runtime, spelled exactly as in the tz database (`America/Los_Angeles`, `US/Pacific`; not `america/los_angeles`); it is kept as the caller spelled it. Results depend on the zone and on the runtime\'s tz data, never on the runtime\'s own zone or locale.',
        },
        {
          id: 'PERIOD-1Y',
          text: '1-year plan: replacement and discounted repairs valid 12 months.',
        },
        {
          id: 'PERIOD-2Y',
          text: '2-year plan: replacement valid 24 months; discounted repairs ("three times in two years") likewise 24 months.',
        },
        {
          id: 'PERIOD-WARRANTY-2Y',
          text: '2-year plan\'s extended warranty: from 0:00 on the first anniversary of the agreement date, 12 months, ending with the replacement period.',
        },
        {
          id: 'PERIOD-SAFE-FLIGHT',
          text: 'Safe Flight: 12 months from the expiry of the replacement and discounted-repair validity (the later of the two). In Europe and the UK, for the 1-year plan, from the expiry of the official warranty period instead.',
          interpretation: '"Europe and the UK" = the EU member states and GB (the source\'s own figures imply a 24-month official warranty there: 24 + 12 = "three years"). The official warranty is 12 months elsewhere and 24 months in the EU and GB, counted from the agreement date unless the caller gives the product\'s own warranty start.',
        },
        {
          id: 'PERIOD-OUTSIDE',
          text: 'No service can be used outside its validity; damage that occurs outside it (before the plan takes effect, or after it ends) is not covered. Fees paid before the plan took effect are not refunded.',
        },
      ],
      notes: [],
    },
    {
      title: 'Using the plan (FAQ 5, 6)',
      clauses: [
        {
          id: 'USE-WARRANTY-FIRST',
          text: 'A repair covered by the standard warranty (non-user-error malfunction within warranty) uses none of the plan\'s replacements or discounts.',
        },
        {
          id: 'USE-MAINTENANCE-FINDINGS',
          text: 'Faults found during factory maintenance go to warranty, replacement or discounted repair, whichever applies.',
        },
        {
          id: 'USE-INTERNATIONAL',
          text: 'DJI Action 2, the OM series, RS 2, RSC 2 and Pocket 2 can use replacement and extended-warranty service at any DJI official or authorised repair centre worldwide, given a valid proof of purchase from an official or authorised channel. Every other product: only in the country or region where the plan was bought.',
        },
      ],
      notes: [],
    },
    {
      title: 'Flyaway (FAQ 7, 8, 9)',
      clauses: [
        {
          id: 'FLY-MODEL',
          text: 'Only the models of SVC-REPLACE-FLYAWAY.',
        },
        {
          id: 'FLY-ACCOUNT-BOUND',
          text: 'The aircraft was bound to the DJI account before the flyaway.',
        },
        {
          id: 'FLY-RC-BOUND',
          text: 'The remote controller was bound to the aircraft before the flyaway.',
        },
        {
          id: 'FLY-NOT-UNBOUND',
          text: 'Neither binding was undone before the flyaway occurred.',
          interpretation: 'judged on the binding history: each binding must be in force at the incident instant, having started strictly before it.',
        },
        {
          id: 'FLY-OWNER',
          text: 'Only the owner of the bound account can apply, producing the flyaway report with the bound remote controller.',
        },
        {
          id: 'FLY-NOT-THEFT',
          text: 'Theft and accidental loss are not flyaways and are not covered.',
        },
        {
          id: 'FLY-RECORDS',
          text: 'The accident\'s flight records must be synced through the app; without them there is no flyaway replacement.',
        },
        {
          id: 'FLY-QUOTA',
          text: 'A flyaway replacement also needs a flyaway use left (QUOTA-1Y, QUOTA-2Y) and a replacement left, within the replacement validity.',
        },
      ],
      notes: [],
    },
    {
      title: 'Renewal and rebinding (FAQ 10)',
      clauses: [
        {
          id: 'PLUS-ELIGIBLE',
          text: 'DJI Care Refresh+ can be bought while a 1-year plan has not expired and has at least one replacement left.',
        },
        {
          id: 'PLUS-NOT-2Y',
          text: 'Not for a 2-year plan.',
        },
        {
          id: 'PLUS-EFFECT',
          text: 'It extends the replacement service one more year and prolongs the warranty.',
          interpretation: 'the source gives no count; DJI\'s own Care Refresh+ page says it "provides one time of product accidental damage replacement service within one year and a one year extension of product part warranty periods". A renewal year of 12 months starts when the 1-year plan\'s replacement validity ends; in it, one damage replacement (no flyaway; its fee is not published); replacements left over from the first year do not carry over; the warranty is extended by 12 months; no discounts or maintenance are added. Safe Flight then counts from the end of the renewal year; in Europe and the UK, where PERIOD-SAFE-FLIGHT counts from the end of the warranty, from the later of the renewal year\'s end and the end of the warranty as Care Refresh+ extended it. Care Refresh+ can be bought once per plan.',
        },
        {
          id: 'REBIND-REPLACEMENT',
          text: 'After a replacement the serial number changes: the new unit is bound to the original plan automatically and the plan\'s service and warranty periods go on; the original unit no longer has a plan.',
        },
      ],
      notes: [],
    },
  ],
};

/**
 * Every clause of the spec with its text and interpretation, in the order of {@link CLAUSE_IDS}.
 *
 * @example
 * ```ts
 * SPEC_CLAUSES.length; //=> 49
 * SPEC_CLAUSES.find((c) => c.id === 'QUOTA-1Y')?.interpretation;
 * //=> 'the flyaway use is one of the two ("two replacements in one year, including one chance to use Flyaway Coverage"), not a third.'
 * ```
 *
 * @category Spec
 */
export const SPEC_CLAUSES: readonly SpecClause[] = SPEC.sections.flatMap((s) => s.clauses);

const BY_ID: ReadonlyMap<string, SpecClause> = new Map(SPEC_CLAUSES.map((c) => [c.id, c]));

/**
 * The text and interpretation of one clause.
 *
 * @param id - a clause id, such as `'ELIG-VERIFY'`
 * @returns the clause of the spec
 * @throws {@link InvalidInputError} (`invalid-value`, field `id`) when `id` is not a clause id
 *
 * @example
 * ```ts
 * specClause('ELIG-VERIFY').interpretation; //=> undefined
 * specClause('PERIOD-START').interpretation?.startsWith('0:00 in the IANA time zone'); //=> true
 * specClause('ELIG-99H' as ClauseId); // throws InvalidInputError (invalid-value, id)
 * ```
 *
 * @category Spec
 */
export function specClause(id: ClauseId): SpecClause {
  const clause = BY_ID.get(id);
  if (clause === undefined) throw new InvalidInputError('id', 'invalid-value', 'a clause id of the spec is required', id);
  return clause;
}
