/**
 * QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT: a recorded ledger that uses more replacements than a
 * window's quota. It is reported in the status, not refused: the ledger records what DJI did,
 * and DJI may have granted an exception.
 *
 * @module
 */
import type { ServiceEvent } from '../plan';
import type { MessageParams } from '../messages/codes';
import type { WithoutText } from '../types';
import type { Entry, LedgerState, Use } from './state';
import type { ValidPlan } from './valid-plan';
import { type Window, renewalWindow, termWindow } from './windows';

/**
 * A window whose recorded replacements go past its quota: the clause, a sentence, what the
 * quota allows and what the ledger records, and the replacements recorded past the quota
 * (their index in the ledger, and the events).
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * // Three damage replacements in a 1-year plan (QUOTA-1Y allows two), each followed by the rebind:
 * const events: ServiceEvent[] = [
 *   { type: 'damage-replacement', at: '2026-04-10T10:00:00Z', serial: 'A1' }, { type: 'rebind', at: '2026-04-10T12:00:00Z', serial: 'A1', newSerial: 'U2' },
 *   { type: 'damage-replacement', at: '2026-05-10T10:00:00Z', serial: 'U2' }, { type: 'rebind', at: '2026-05-10T12:00:00Z', serial: 'U2', newSerial: 'U3' },
 *   { type: 'damage-replacement', at: '2026-06-10T10:00:00Z', serial: 'U3' }, { type: 'rebind', at: '2026-06-10T12:00:00Z', serial: 'U3', newSerial: 'U4' },
 * ];
 * planStatus(plan, events, '2026-08-01T00:00:00Z').anomalies;
 * //=> [{ clause: 'QUOTA-1Y',
 * //=>    message: 'The ledger records 3 replacements (3 damage, 0 flyaway) in the validity of the plan (2026-03-01 to 2027-02-28), past its quota of 2 (2 damage, 1 flyaway); DJI may have granted an exception.',
 * //=>    expected: 'at most 2 replacements (2 damage, 1 flyaway)', received: '3 replacements (3 damage, 0 flyaway)',
 * //=>    indices: [4], events: [{ type: 'damage-replacement', at: '2026-06-10T10:00:00Z', serial: 'U3' }], ... }]
 * ```
 *
 * @category Ledger
 */
export interface QuotaAnomaly {
  readonly clause: 'QUOTA-1Y' | 'QUOTA-2Y' | 'PLUS-EFFECT';
  /** The stable message code of an anomaly. */
  readonly code: 'quota.over-recorded';
  /** The window, what its quota allows and what the ledger records. */
  readonly params: MessageParams['quota.over-recorded'];
  readonly message: string;
  readonly expected: string;
  readonly received: string;
  /** The index in the ledger of each replacement recorded past the quota, oldest first. */
  readonly indices: readonly number[];
  /** Those replacements. */
  readonly events: readonly ServiceEvent[];
}

function anomaly(window: Window, use: Use, over: readonly Entry[]): WithoutText<QuotaAnomaly> {
  const p = window.period;
  return {
    clause: window.clause,
    code: 'quota.over-recorded',
    params: {
      window: window.name,
      startDate: p.startDate,
      lastDate: p.lastDate,
      allowed: window.total,
      allowedDamage: window.damage,
      allowedFlyaway: window.flyaway,
      recorded: use.damage + use.flyaway,
      recordedDamage: use.damage,
      recordedFlyaway: use.flyaway,
    },
    indices: over.map((e) => e.index),
    events: over.map((e) => e.event),
  };
}

/**
 * Every window of the ledger (read up to the status instant) over its quota, without words
 * yet: the status is given its words from the catalogue once it is whole.
 */
export function quotaAnomalies(vp: ValidPlan, state: LedgerState): QuotaAnomaly[] {
  const found: QuotaAnomaly[] = [];
  if (state.overQuota.term.length > 0) found.push(anomaly(termWindow(vp), state.termUse, state.overQuota.term) as QuotaAnomaly);
  if (state.carePlus !== null && state.overQuota.renewal.length > 0) {
    found.push(anomaly(renewalWindow(vp, state.carePlus.renewal), state.renewalUse, state.overQuota.renewal) as QuotaAnomaly);
  }
  return found;
}
