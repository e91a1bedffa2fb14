/**
 * The validity windows of the replacement quota: the term's (QUOTA-1Y, QUOTA-2Y in PERIOD-1Y /
 * PERIOD-2Y) and the Care Refresh+ renewal year's (PLUS-EFFECT), what is left of each, and
 * which one is in force at an instant.
 *
 * @module
 */
import type { Period } from '../time/period';
import type { LedgerState, Use } from './state';
import type { ValidPlan } from './valid-plan';
import { within } from './period-cache';

/** A validity window with its replacement quota. */
export interface Window {
  readonly name: 'term' | 'renewal';
  readonly clause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  readonly period: Period;
  /** Replacements in all. */
  readonly total: number;
  /** Of those, usable for damage. */
  readonly damage: number;
  /** Of those, usable for flyaway. */
  readonly flyaway: number;
}

/**
 * What is left of a replacement quota: replacements in all, and of them usable for damage and
 * for flyaway (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT). Never negative, never above the terms.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessReplacement(plan, [], { type: 'damage', at: '2026-04-02T18:00:00Z', serial: 'A1' });
 * d.ok && d.value.remainingAfter; //=> { replacements: 1, damage: 1, flyaway: 1 }
 * ```
 *
 * @category Ledger
 */
export interface Remaining {
  readonly replacements: number;
  readonly damage: number;
  readonly flyaway: number;
}

/** The term's window: QUOTA-1Y / QUOTA-2Y, in PERIOD-1Y / PERIOD-2Y. */
export function termWindow(vp: ValidPlan): Window {
  const t = vp.terms.plans[vp.plan.term];
  const s = vp.product.services;
  return {
    name: 'term',
    clause: vp.plan.term === '1y' ? 'QUOTA-1Y' : 'QUOTA-2Y',
    period: vp.periods.replacement,
    total: t.replacements,
    damage: s.damageReplacement ? t.replacements : 0,
    flyaway: s.flyawayReplacement ? t.flyawayReplacements : 0,
  };
}

/**
 * The renewal year's window (PLUS-EFFECT): damage and flyaway replacements are separate
 * counts there (the built-in terms: one damage replacement, no flyaway).
 */
export function renewalWindow(vp: ValidPlan, renewal: Period): Window {
  const c = vp.terms.carePlus;
  const s = vp.product.services;
  return {
    name: 'renewal',
    clause: 'PLUS-EFFECT',
    period: renewal,
    total: c.damageReplacements + c.flyawayReplacements,
    damage: s.damageReplacement ? c.damageReplacements : 0,
    flyaway: s.flyawayReplacement ? c.flyawayReplacements : 0,
  };
}

/** What is left of a window after `use`: never negative, never above the terms. */
export function remaining(window: Window, use: Use): Remaining {
  const replacements = Math.max(0, window.total - use.damage - use.flyaway);
  return {
    replacements,
    damage: Math.min(Math.max(0, window.damage - use.damage), replacements),
    flyaway: Math.min(Math.max(0, window.flyaway - use.flyaway), replacements),
  };
}

/** The window in force at an instant, with what it has used, or `null` outside validity. */
export function windowAt(vp: ValidPlan, state: LedgerState, ms: number): { readonly window: Window; readonly use: Use } | null {
  if (within(vp.periods.replacement, ms)) return { window: termWindow(vp), use: state.termUse };
  if (state.carePlus !== null && within(state.carePlus.renewal, ms)) {
    return { window: renewalWindow(vp, state.carePlus.renewal), use: state.renewalUse };
  }
  return null;
}

/** The plan's validity periods for replacements: the term's and, with Care Refresh+, the renewal year. */
export function replacementValidity(vp: ValidPlan, state: LedgerState): readonly Period[] {
  return state.carePlus === null ? [vp.periods.replacement] : [vp.periods.replacement, state.carePlus.renewal];
}
