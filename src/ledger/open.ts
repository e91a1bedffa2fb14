/**
 * A rule's first step, said once: the terms of its options (TERMS-CALLER), the plan validated
 * with its periods, and its ledger folded once (`fold.ts`), for a claim ({@link openLedger})
 * or as of an instant ({@link openLedgerAt}). The rules then share that one fold.
 *
 * @module
 */
import { type Terms, termsOf } from '../catalog/terms';
import { requireInstant } from '../time/instant';
import { readLedger } from './fold';
import type { LedgerState } from './state';
import { type ValidPlan, resolvePlan } from './valid-plan';

/** A plan with its terms and its ledger, read once. */
export interface OpenLedger {
  readonly terms: Terms;
  readonly vp: ValidPlan;
  readonly state: LedgerState;
}

/** The plan and its whole ledger, for a claim that will add an event after the last one. */
export function openLedger(plan: unknown, events: unknown, options: unknown): OpenLedger {
  const terms = termsOf(options);
  const vp = resolvePlan(plan, terms);
  return { terms, vp, state: readLedger(vp, events) };
}

/**
 * The plan and its ledger as of `at` (field `at`): the ledger validated whole, its events up
 * to `at` counted.
 */
export function openLedgerAt(plan: unknown, events: unknown, at: unknown, options: unknown): OpenLedger & { readonly ms: number } {
  const terms = termsOf(options);
  const vp = resolvePlan(plan, terms);
  const ms = requireInstant(at, 'at');
  return { terms, vp, ms, state: readLedger(vp, events, 'events', ms) };
}
