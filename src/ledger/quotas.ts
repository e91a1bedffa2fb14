/**
 * Quotas as counts at an instant: replacements per validity window (QUOTA-1Y, QUOTA-2Y,
 * PLUS-EFFECT), discounted repairs (SVC-REPAIR-DISCOUNT) and factory maintenance
 * (SVC-MAINTENANCE), each allowed, used and left (never negative).
 *
 * @module
 */
import type { Period } from '../time/period';
import type { LedgerState, Use } from './state';
import type { ValidPlan } from './valid-plan';
import { type Window, remaining } from './windows';
import { within } from './period-cache';

/**
 * A count of a quota: allowed by the terms, used, and left (never negative).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const s = planStatus(plan, [{ type: 'flyaway-replacement', at: '2026-04-02T18:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
 * s.replacement.flyaway; //=> { allowed: 1, used: 1, remaining: 0 }
 * s.replacement.damage;  //=> { allowed: 2, used: 0, remaining: 1 } (one replacement left in all)
 * ```
 *
 * @category Ledger
 */
export interface QuotaCount {
  readonly allowed: number;
  readonly used: number;
  readonly remaining: number;
}

/**
 * The replacement quota of one validity period.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * planStatus(plan, [], '2026-05-01T12:00:00Z').replacement;
 * //=> { clause: 'QUOTA-1Y', period: { kind: 'replacement', clause: 'PERIOD-1Y', startDate: '2026-03-01', lastDate: '2027-02-28', ... },
 * //=>   inForce: true, replacements: { allowed: 2, used: 0, remaining: 2 },
 * //=>   damage: { allowed: 2, used: 0, remaining: 2 }, flyaway: { allowed: 1, used: 0, remaining: 1 } }
 * ```
 *
 * @category Ledger
 */
export interface ReplacementQuota {
  /** `'QUOTA-1Y'`, `'QUOTA-2Y'`, or `'PLUS-EFFECT'` for the Care Refresh+ renewal year. */
  readonly clause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  readonly period: Period;
  /** Whether the period is in force at the status instant. */
  readonly inForce: boolean;
  /** All replacements, damage and flyaway together. */
  readonly replacements: QuotaCount;
  /** Usable for damage. */
  readonly damage: QuotaCount;
  /** Usable for flyaway. */
  readonly flyaway: QuotaCount;
}

/**
 * A service counted in one validity period: discounted repairs or factory maintenance.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const s = planStatus(plan, [{ type: 'discounted-repair', at: '2026-04-02T18:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
 * s.discountedRepairs;
 * //=> { clause: 'SVC-REPAIR-DISCOUNT', period: { kind: 'repair-discount', clause: 'PERIOD-1Y', ... },
 * //=>   inForce: true, allowed: 2, used: 1, remaining: 1 }
 * planStatus({ ...plan, product: 'mini-2' }, [], '2026-05-01T12:00:00Z').maintenance; //=> null (no such service)
 * ```
 *
 * @category Ledger
 */
export interface ServiceQuota extends QuotaCount {
  readonly clause: 'SVC-REPAIR-DISCOUNT' | 'SVC-MAINTENANCE';
  readonly period: Period;
  readonly inForce: boolean;
}

function count(allowed: number, used: number, left: number): QuotaCount {
  return { allowed, used, remaining: left };
}

export function quotaStatus(window: Window, use: Use, atMs: number): ReplacementQuota {
  const left = remaining(window, use);
  return {
    clause: window.clause,
    period: window.period,
    inForce: within(window.period, atMs),
    replacements: count(window.total, use.damage + use.flyaway, left.replacements),
    damage: count(window.damage, use.damage, left.damage),
    flyaway: count(window.flyaway, use.flyaway, left.flyaway),
  };
}

function serviceQuota(clause: ServiceQuota['clause'], period: Period, allowed: number, used: number, atMs: number): ServiceQuota {
  return { clause, period, inForce: within(period, atMs), allowed, used, remaining: Math.max(0, allowed - used) };
}

export function discountQuota(vp: ValidPlan, state: LedgerState, atMs: number): ServiceQuota | null {
  const period = vp.periods.repairDiscount;
  return period === null
    ? null
    : serviceQuota('SVC-REPAIR-DISCOUNT', period, vp.terms.plans[vp.plan.term].repairDiscounts, state.discountedRepairs, atMs);
}

export function maintenanceQuota(vp: ValidPlan, state: LedgerState, atMs: number): ServiceQuota | null {
  return vp.product.services.maintenance
    ? serviceQuota('SVC-MAINTENANCE', vp.periods.replacement, vp.terms.plans[vp.plan.term].maintenance, state.maintenance, atMs)
    : null;
}
