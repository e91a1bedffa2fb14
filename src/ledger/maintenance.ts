/**
 * Factory maintenance requests ({@link assessMaintenance}): SVC-MAINTENANCE, counted inside the
 * term's validity (PERIOD-OUTSIDE), for the plan's unit now (REBIND-REPLACEMENT); where faults
 * found go (USE-MAINTENANCE-FINDINGS).
 *
 * @module
 */
import type { RuleOptions } from '../catalog/terms';
import { type CodedCheck, check, decide, note } from '../decision';
import { finish } from '../messages/render';
import type { FactoryMaintenanceEvent, Plan, ServiceEvent } from '../plan';
import type { Period } from '../time/period';
import type { Decision, InstantInput, Reason, Texted } from '../types';
import { readRecord } from '../validate';
import { outsideCheck, requireNextInstant, serialCheck } from './checks';
import { type ServiceQuota, maintenanceQuota } from './quotas';
import { serviceCheck } from './services';
import { instantOf } from './valid-plan';
import { type OpenLedger, openLedger } from './open';

/**
 * A factory maintenance request.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const request: MaintenanceRequest = { at: '2026-09-01T10:00:00Z', serial: 'A1' };
 * const d = assessMaintenance(plan, [], request);
 * d.ok && d.value.remainingAfter; //=> { maintenance: 0 } (SVC-MAINTENANCE: once a year)
 * ```
 *
 * @category Ledger
 */
export interface MaintenanceRequest {
  readonly at: InstantInput;
  readonly serial: string;
}

/**
 * What an accepted maintenance request gives.
 *
 * @example
 * ```ts
 * const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const d = assessMaintenance(plan, [], { at: '2026-09-01T10:00:00Z', serial: 'A1' });
 * d.ok && d.value;
 * //=> { period: { kind: 'replacement', clause: 'PERIOD-1Y', startDate: '2026-03-01', lastDate: '2027-02-28', ... },
 * //=>   remainingAfter: { maintenance: 0 },
 * //=>   findings: { clause: 'USE-MAINTENANCE-FINDINGS', message: 'Faults found during factory maintenance are handled through the warranty, a replacement or a discounted repair, whichever applies.', ... },
 * //=>   event: { type: 'factory-maintenance', at: '2026-09-01T05:00:00.000-05:00', serial: 'A1' } }
 * ```
 *
 * @category Ledger
 */
export interface MaintenanceAssessment {
  readonly period: Period;
  readonly remainingAfter: { readonly maintenance: number };
  /** USE-MAINTENANCE-FINDINGS: where faults found during maintenance go. */
  readonly findings: Reason;
  /** The event to append to the ledger. */
  readonly event: FactoryMaintenanceEvent;
}

/** Frozen: shared by every answer, so no caller can change another's. */
const FINDINGS = Object.freeze(note('USE-MAINTENANCE-FINDINGS', 'maintenance.findings', Object.freeze({}))) as Reason;

/**
 * The decision on a factory maintenance request.
 *
 * SVC-MAINTENANCE: for Mavic 3 and Mavic 3 Cine, "once a year" in the 1-year plan, "twice in
 * two years" in the 2-year plan, counted inside the term's validity (PERIOD-1Y / PERIOD-2Y;
 * PERIOD-OUTSIDE). Care Refresh+ adds none (PLUS-EFFECT). USE-MAINTENANCE-FINDINGS: faults
 * found go to warranty, replacement or discounted repair.
 *
 * @param plan - the plan
 * @param events - the ledger so far (the request may not be before its last event)
 * @param request - `{ at, serial }`
 * @param options - `terms` to decide under (default: the source's); `messages`; `locale`, the
 * language of the words (default English), written for the plan's region and zone
 * @returns accepted with what is left and the event to append, or refused with every reason
 * @throws {@link InvalidInputError} for a bad plan, ledger or request
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
 * assessMaintenance(plan, [], { at: '2026-09-01T10:00:00Z', serial: 'A1' });
 * //=> { ok: true, value: { remainingAfter: { maintenance: 0 }, ... }, ... }
 * const d = assessMaintenance({ ...plan, product: 'mini-2' }, [], { at: '2026-09-01T10:00:00Z', serial: 'A1' });
 * d.ok ? [] : d.reasons.map((r) => r.clause); //=> ['SVC-MAINTENANCE']
 * ```
 *
 * @category Ledger
 */
export function assessMaintenance<O extends RuleOptions = {}>(
  plan: Plan,
  events: readonly ServiceEvent[],
  request: MaintenanceRequest,
  options: O | null = {} as O,
): Texted<Decision<MaintenanceAssessment>, O> {
  const opened = openLedger(plan, events, options);
  return finish(decideMaintenance(opened, request), options, opened.vp.plan);
}

function decideMaintenance({ terms, vp, state }: OpenLedger, request: MaintenanceRequest): Decision<MaintenanceAssessment> {
  const r = readRecord(request, 'request', ['at', 'serial']);
  const ms = requireNextInstant(vp, state, r.at, 'request.at');
  const checks: CodedCheck[] = [serialCheck(state, r.serial, 'request.serial'), serviceCheck(vp.product, 'maintenance')];
  const quota = maintenanceQuota(vp, state, ms);
  if (quota !== null) {
    checks.push(outsideCheck(vp, ms, [quota.period], 'maintenance request'));
    if (quota.inForce) {
      const ok = quota.remaining >= 1;
      checks.push(check('SVC-MAINTENANCE', ok, ok ? 'maintenance.left' : 'maintenance.none-left', { left: quota.remaining, allowed: quota.allowed }));
    }
  }
  return decide(
    checks,
    () => {
      const q = quota as ServiceQuota;
      return {
        period: q.period,
        remainingAfter: { maintenance: q.remaining - 1 },
        findings: FINDINGS,
        event: { type: 'factory-maintenance', at: instantOf(vp, ms), serial: state.serial },
      };
    },
    terms.edition,
  );
}
