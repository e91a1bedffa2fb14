/**
 * The periods of a plan (FAQ 4): PERIOD-1Y, PERIOD-2Y, PERIOD-WARRANTY-2Y, PERIOD-SAFE-FLIGHT,
 * the official warranty, all as half-open `[start, end)` from local midnight (PERIOD-START).
 *
 * @module
 */
import type { ProductId } from './catalog/products';
import { requireRegion } from './catalog/regions';
import { type RuleOptions, type Terms, requireProduct, termsOf } from './catalog/terms';
import { InvalidInputError } from './errors';
import { requireComputedDate } from './time/calendar';
import { type Period, monthsFrom } from './time/period';
import { requireTimeZone } from './time/zone';
import { addCalendarMonths, formatInstant, requireLocalDay } from './time/zoned';
import { requireInstant } from './time/instant';
import { isClauseId } from './clauses';
import { LIMITS } from './limits';
import type { CalendarDate, PlanTerm, RegionCode, TimeZone } from './types';
import { readRecord, requireString } from './validate';

/**
 * The facts that fix a plan's periods.
 *
 * @example
 * ```ts
 * const input: CoveragePeriodsInput = { product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago',
 *   agreementDate: '2026-03-01', officialWarrantyStart: '2026-02-20' };
 * const p = coveragePeriods(input);
 * [p.replacement.startDate, p.replacement.lastDate];           //=> ['2026-03-01', '2027-02-28']
 * [p.officialWarranty.startDate, p.officialWarranty.lastDate]; //=> ['2026-02-20', '2027-02-19']
 * ```
 *
 * @category Periods
 */
export interface CoveragePeriodsInput {
  readonly product: ProductId;
  readonly term: PlanTerm;
  /** Where the plan was bought (decides the official warranty and the Safe Flight start). */
  readonly region: RegionCode;
  /** The IANA zone the agreement is in (PERIOD-START). */
  readonly timeZone: TimeZone;
  /** The date stated in the service agreement (see `agreementDate`). */
  readonly agreementDate: CalendarDate;
  /** The product's own official warranty start, if not the agreement date. */
  readonly officialWarrantyStart?: CalendarDate;
}

/**
 * Every period of a plan. A period the model does not get is `null`.
 *
 * @example
 * ```ts
 * const p = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-01' });
 * p.replacement.lastDate;       //=> '2028-02-29' (PERIOD-2Y)
 * p.officialWarranty.lastDate;  //=> '2028-02-29' (24 months in the EU)
 * p.extendedWarranty?.startDate; //=> '2027-03-01' (PERIOD-WARRANTY-2Y)
 * p.safeFlight?.startDate;       //=> '2028-03-01' (PERIOD-SAFE-FLIGHT)
 * coveragePeriods({ product: 'mini-2', term: '1y', region: 'AU', timeZone: 'Australia/Sydney', agreementDate: '2026-03-01' }).repairDiscount;
 * //=> null (no discounted repairs for the Mini 2)
 * ```
 *
 * @category Periods
 */
export interface CoveragePeriods {
  readonly product: ProductId;
  readonly term: PlanTerm;
  readonly region: RegionCode;
  readonly timeZone: TimeZone;
  readonly agreementDate: CalendarDate;
  /** PERIOD-1Y / PERIOD-2Y: replacement service validity. */
  readonly replacement: Period;
  /** PERIOD-1Y / PERIOD-2Y: discounted repair validity, or `null` for a model without the service. */
  readonly repairDiscount: Period | null;
  /** The official warranty: 12 months, 24 in the EU and GB, from its start (SVC-WARRANTY-EXT). */
  readonly officialWarranty: Period;
  /** PERIOD-WARRANTY-2Y: the 2-year plan's extended warranty, or `null` for the 1-year plan. */
  readonly extendedWarranty: Period | null;
  /**
   * PERIOD-SAFE-FLIGHT: the warranty extension that applies if Safe Flight is earned, or
   * `null` for a model that does not get the reward.
   */
  readonly safeFlight: Period | null;
  /** The edition label of the terms used. */
  readonly edition: string;
}

/** The periods of a validated plan: shared by {@link coveragePeriods} and the ledger rules. */
export function computePeriods(
  terms: Terms,
  productId: ProductId,
  term: PlanTerm,
  region: RegionCode,
  zone: TimeZone,
  agreementDate: CalendarDate,
  warrantyStart: CalendarDate,
): CoveragePeriods {
  const product = requireProduct(productId, terms);
  const plan = terms.plans[term];
  const termClause = term === '1y' ? 'PERIOD-1Y' : 'PERIOD-2Y';
  const european = terms.europeanRegions.includes(region);
  const replacement = monthsFrom('replacement', termClause, agreementDate, plan.months, zone);
  const repairDiscount = product.services.repairDiscount
    ? monthsFrom('repair-discount', termClause, agreementDate, plan.months, zone)
    : null;
  const warrantyMonths = european ? terms.officialWarrantyMonths.european : terms.officialWarrantyMonths.standard;
  const officialWarranty = monthsFrom('official-warranty', 'SVC-WARRANTY-EXT', warrantyStart, warrantyMonths, zone);
  const ext = plan.warrantyExtension;
  const extendedWarranty =
    ext === undefined
      ? null
      : monthsFrom('extended-warranty', 'PERIOD-WARRANTY-2Y', addCalendarMonths(agreementDate, ext.startsAfterMonths), ext.months, zone);

  let safeFlight: Period | null = null;
  if (product.services.safeFlight) {
    // The later of the replacement and discount validity (the same months here).
    let from = replacement.endDate;
    // Europe and the UK, 1-year plan: from the end of the official warranty instead; never
    // before the plan itself ends (a product whose own warranty started long before the plan).
    if (term === '1y' && european && officialWarranty.endDate > from) from = officialWarranty.endDate;
    safeFlight = monthsFrom('safe-flight', 'PERIOD-SAFE-FLIGHT', from, terms.safeFlightMonths, zone);
  }
  return {
    product: product.id,
    term,
    region,
    timeZone: zone,
    agreementDate,
    replacement,
    repairDiscount,
    officialWarranty,
    extendedWarranty,
    safeFlight,
    edition: terms.edition,
  };
}

/**
 * Every period of a plan as `[start, end)` instants and local dates.
 *
 * PERIOD-START: periods run "from 0:00 on the date stated in the service agreement", in the
 * given zone; N months end at 0:00 N calendar months later, clamped at month end. PERIOD-1Y:
 * replacement and discounted repairs, 12 months. PERIOD-2Y: 24 months. PERIOD-WARRANTY-2Y:
 * the 2-year plan's extended warranty "from 0:00 of the second year ... 12 months", ending
 * with the replacement period. PERIOD-SAFE-FLIGHT: 12 months from the end of replacement and
 * discount validity; in Europe and the UK (EU states and GB) for the 1-year plan, from the end
 * of the official warranty. The official warranty is 12 months, 24 in the EU and GB.
 *
 * @param input - product, term, region, zone and agreement date (and the warranty start, if
 * not the agreement date)
 * @param options - `terms` to decide under (default: the source's)
 * @returns every period, `null` where the model does not get the service
 * @throws {@link InvalidInputError} for an impossible date, unknown product, region or zone
 *
 * @example
 * ```ts
 * const p = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Los_Angeles', agreementDate: '2028-02-29' });
 * p.replacement.start;    //=> '2028-02-29T00:00:00.000-08:00'
 * p.replacement.end;      //=> '2029-02-28T00:00:00.000-08:00'
 * p.safeFlight?.endDate;  //=> '2030-02-28'
 * ```
 *
 * @example
 * ```ts
 * // In France the official warranty is 24 months, and Safe Flight follows it:
 * const fr = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-05-10' });
 * fr.safeFlight?.startDate; //=> '2028-05-10'
 * ```
 *
 * @category Periods
 */
export function coveragePeriods(input: CoveragePeriodsInput, options: RuleOptions = {}): CoveragePeriods {
  const terms = termsOf(options);
  const i = readRecord(input, 'input', ['product', 'term', 'region', 'timeZone', 'agreementDate', 'officialWarrantyStart']);
  const product = requireProduct(i.product, terms, 'product');
  if (i.term !== '1y' && i.term !== '2y') throw new InvalidInputError('term', 'invalid-value', "expected '1y' or '2y'", i.term);
  const region = requireRegion(i.region, 'region');
  const zone = requireTimeZone(i.timeZone, 'timeZone');
  const date = requireLocalDay(i.agreementDate, zone, 'agreementDate');
  const warrantyStart = i.officialWarrantyStart === undefined ? date : requireLocalDay(i.officialWarrantyStart, zone, 'officialWarrantyStart');
  return computePeriods(terms, product.id, i.term, region, zone, date, warrantyStart);
}

/**
 * The periods of a plan as a list, leaving out those the model does not get: for timelines
 * and tables.
 *
 * @param periods - the result of {@link coveragePeriods}
 * @returns the periods in the order replacement, repair discount, official warranty,
 * extended warranty, Safe Flight
 * @throws {@link InvalidInputError} when a period is missing or malformed (`null` only where
 * the model may lack it)
 *
 * @example
 * ```ts
 * periodList(coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }))
 *   .map((p) => p.kind);
 * //=> ['replacement', 'official-warranty']
 * ```
 *
 * @category Periods
 */
export function periodList(periods: CoveragePeriods): readonly Period[] {
  const p = readRecord(periods, 'periods', PERIOD_KEYS);
  const list: Period[] = [];
  for (const [key, nullable] of PERIOD_FIELDS) {
    const value = p[key];
    if (value === null && nullable) continue;
    list.push(readPeriod(value, `periods.${key}`).period);
  }
  return list;
}

/** The fields of {@link CoveragePeriods} that hold a period, and whether each may be `null`. */
const PERIOD_FIELDS = [
  ['replacement', false],
  ['repairDiscount', true],
  ['officialWarranty', false],
  ['extendedWarranty', true],
  ['safeFlight', true],
] as const;
const PERIOD_KEYS = PERIOD_FIELDS.map(([key]) => key);

/** A period read from the caller (see {@link readPeriod}), with its instants as milliseconds. */
export interface ReadPeriod {
  /** A fresh period with the fields as read. */
  readonly period: Period;
  readonly start: number;
  readonly end: number;
}

/**
 * A {@link Period} from the caller, read once into a fresh value and validated: `start` before
 * `end` (instants), `kind` an identifier, `clause` a clause id, `startDate` not after
 * `lastDate`, `endDate` a calendar date, `timeZone` an IANA zone. The one reader of a period
 * shared by {@link periodList} and the timelines.
 */
export function readPeriod(value: unknown, field: string): ReadPeriod {
  const p = readRecord(value, field, ['kind', 'clause', 'start', 'end', 'startDate', 'lastDate', 'endDate', 'timeZone']);
  const start = requireInstant(p.start, `${field}.start`);
  const end = requireInstant(p.end, `${field}.end`);
  if (end <= start) throw new InvalidInputError(`${field}.end`, 'invalid-value', 'the end must be after the start', p.end);
  const kind = requireString(p.kind, `${field}.kind`, LIMITS.idLength);
  if (!isClauseId(p.clause)) {
    throw new InvalidInputError(`${field}.clause`, 'invalid-value', "expected a clause id such as 'PERIOD-1Y'", p.clause);
  }
  const startDate = requireComputedDate(p.startDate, `${field}.startDate`);
  const lastDate = requireComputedDate(p.lastDate, `${field}.lastDate`);
  if (lastDate < startDate) {
    throw new InvalidInputError(`${field}.lastDate`, 'invalid-value', 'the last date must not be before the start date', p.lastDate);
  }
  const endDate = requireComputedDate(p.endDate, `${field}.endDate`);
  const timeZone = requireTimeZone(p.timeZone, `${field}.timeZone`);
  // A Date given for an instant is copied as the instant it names, never kept.
  const period: Period = {
    kind,
    clause: p.clause,
    start: typeof p.start === 'string' ? p.start : formatInstant(start, timeZone),
    end: typeof p.end === 'string' ? p.end : formatInstant(end, timeZone),
    startDate,
    lastDate,
    endDate,
    timeZone,
  };
  return { period, start, end };
}
