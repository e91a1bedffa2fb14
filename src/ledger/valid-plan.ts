/**
 * A plan validated once for every rule: its product under the terms, its term, region, zone
 * and agreement date, with the coverage periods derived from them (PERIOD-START, PERIOD-1Y,
 * PERIOD-2Y), and the plan zone's renderings of an instant for messages.
 *
 * No money here. Exported names are internal to the package.
 *
 * @module
 */
import type { Product } from '../catalog/products';
import { requireRegion } from '../catalog/regions';
import { type Terms, requireProduct } from '../catalog/terms';
import { type CoveragePeriods, computePeriods } from '../periods';
import type { Plan } from '../plan';
import { requireTimeZone } from '../time/zone';
import { formatInstant, localDateOf, requireLocalDay } from '../time/zoned';
import type { PlanTerm } from '../types';
import { readRecord, requireOneOf, requireSerial } from '../validate';

const TERMS: readonly PlanTerm[] = ['1y', '2y'];
const PLAN_KEYS = ['product', 'serial', 'term', 'region', 'timeZone', 'agreementDate', 'officialWarrantyStart'] as const;

/** A validated plan with what the rules derive from it. */
export interface ValidPlan {
  readonly plan: Plan;
  readonly product: Product;
  readonly terms: Terms;
  readonly periods: CoveragePeriods;
  /** The first instant of the plan (0:00 on the agreement date). */
  readonly startMs: number;
  /** The end of the term's replacement validity (PERIOD-1Y / PERIOD-2Y). */
  readonly termEndMs: number;
}

/** The plan, validated (fields named `plan.*`), with its periods. */
export function resolvePlan(value: unknown, terms: Terms, field = 'plan'): ValidPlan {
  const p = readRecord(value, field, PLAN_KEYS);
  const product = requireProduct(p.product, terms, `${field}.product`);
  const serial = requireSerial(p.serial, `${field}.serial`);
  const term = requireOneOf(p.term, `${field}.term`, TERMS);
  const region = requireRegion(p.region, `${field}.region`);
  const timeZone = requireTimeZone(p.timeZone, `${field}.timeZone`);
  const agreementDate = requireLocalDay(p.agreementDate, timeZone, `${field}.agreementDate`);
  const warrantyStart =
    p.officialWarrantyStart === undefined ? undefined : requireLocalDay(p.officialWarrantyStart, timeZone, `${field}.officialWarrantyStart`);
  const plan: Plan =
    warrantyStart === undefined
      ? { product: product.id, serial, term, region, timeZone, agreementDate }
      : { product: product.id, serial, term, region, timeZone, agreementDate, officialWarrantyStart: warrantyStart };
  const periods = computePeriods(terms, product.id, term, region, timeZone, agreementDate, warrantyStart ?? agreementDate);
  return {
    plan,
    product,
    terms,
    periods,
    startMs: Date.parse(periods.replacement.start),
    termEndMs: Date.parse(periods.replacement.end),
  };
}

/** An instant as the plan's local date, for messages. */
export function dateOf(vp: ValidPlan, ms: number): string {
  return localDateOf(ms, vp.plan.timeZone);
}

/** An instant as ISO-8601 with the plan zone's offset. */
export function instantOf(vp: ValidPlan, ms: number): string {
  return formatInstant(ms, vp.plan.timeZone);
}
