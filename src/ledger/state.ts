/**
 * What the ledger fold (`fold.ts`) reads from a plan's ledger: the validated events, the
 * plan's unit (REBIND-REPLACEMENT), replacements used per validity window (QUOTA-1Y, QUOTA-2Y,
 * PLUS-EFFECT), discounted repairs (SVC-REPAIR-DISCOUNT), factory maintenance
 * (SVC-MAINTENANCE), warranty repairs (USE-WARRANTY-FIRST) and the uses that forfeit Safe
 * Flight (SVC-SAFE-FLIGHT). Types only.
 *
 * @module
 */
import type { ServiceEvent, ServiceEventType } from '../plan';
import type { Period } from '../time/period';

/** One validated ledger event. */
export interface Entry {
  readonly index: number;
  readonly type: ServiceEventType;
  readonly ms: number;
  readonly serial: string;
  readonly event: ServiceEvent;
}

/** Replacements used in one validity window. */
export interface Use {
  readonly damage: number;
  readonly flyaway: number;
}

/** What Care Refresh+ added (PLUS-EFFECT). */
export interface CarePlusState {
  readonly ms: number;
  /** The renewal year: 12 months from the end of the 1-year replacement validity. */
  readonly renewal: Period;
  /** The warranty extension, or `null` if the terms add none. */
  readonly warranty: Period | null;
}

/** What the ledger says, up to an instant. */
export interface LedgerState {
  /** Every event of the ledger, validated (fresh objects). */
  readonly events: readonly ServiceEvent[];
  /** The events read (those up to the instant asked about). */
  readonly entries: readonly Entry[];
  /** The plan's unit now (REBIND-REPLACEMENT). */
  readonly serial: string;
  /** Units the plan was bound to before, oldest first. */
  readonly formerSerials: readonly string[];
  readonly carePlus: CarePlusState | null;
  /** Replacements used in the term's replacement validity. */
  readonly termUse: Use;
  /** Replacements used in the Care Refresh+ renewal year. */
  readonly renewalUse: Use;
  /** Discounted repairs used inside their validity. */
  readonly discountedRepairs: number;
  /** Factory maintenance used inside the term's validity. */
  readonly maintenance: number;
  /** Warranty repairs (no quota: USE-WARRANTY-FIRST). */
  readonly warrantyRepairs: number;
  /** A replacement happened and the plan has not been rebound since. */
  readonly pendingRebind: boolean;
  /** Replacements and discounted repairs used inside the plan's validity (SVC-SAFE-FLIGHT). */
  readonly used: readonly Entry[];
  /** The instant of the last event, or `null` for an empty ledger. */
  readonly lastMs: number | null;
  /**
   * Replacements recorded past the quota of their window, oldest first: the term's
   * (QUOTA-1Y / QUOTA-2Y) and the renewal year's (PLUS-EFFECT). Reported, not refused.
   */
  readonly overQuota: { readonly term: readonly Entry[]; readonly renewal: readonly Entry[] };
}
