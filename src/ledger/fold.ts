/**
 * The ledger fold: a plan's ledger validated and read in one pass (linear in its length).
 * Every event a known type, in time order, not before the plan starts, for the plan's unit at
 * that moment (a rebind may only follow a replacement, REBIND-REPLACEMENT, and never binds a
 * unit twice, ELIG-ONCE), for a service the model has (SVC-REPLACE-DAMAGE,
 * SVC-REPLACE-FLYAWAY, SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE), Care Refresh+ only when it could
 * be bought (PLUS-ELIGIBLE); uses counted in their validity (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT,
 * PERIOD-OUTSIDE).
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { ENGLISH } from '../messages/en';
import { withWords } from '../messages/words';
import { type ServiceEvent, type ServiceEventType, SERVICE_EVENT_TYPES } from '../plan';
import { requireInstant } from '../time/instant';
import type { Period } from '../time/period';
import { LIMITS } from '../limits';
import type { Check, InstantInput } from '../types';
import { readList, readRecord, requireOneOf, requireSerial } from '../validate';
import { type Window, remaining, renewalWindow, termWindow } from './windows';
import { carePlusChecks, carePlusPeriods } from './care-plus';
import { within } from './period-cache';
import { type ClaimedService, SERVICES } from './services';
import type { CarePlusState, Entry, LedgerState } from './state';
import type { ValidPlan } from './valid-plan';

/** The service an event uses, where the model must have it. */
const SERVICE_OF: Partial<Record<ServiceEventType, ClaimedService>> = {
  'damage-replacement': 'damageReplacement',
  'flyaway-replacement': 'flyawayReplacement',
  'discounted-repair': 'repairDiscount',
  'factory-maintenance': 'maintenance',
};

/** One event read once into a fresh, validated event (the one reader of a ledger event). */
function readEntry(value: unknown, field: string, index: number): Entry {
  const e = readRecord(value, field, ['type', 'at', 'serial', 'newSerial']);
  const type = requireOneOf(e.type, `${field}.type`, SERVICE_EVENT_TYPES);
  const ms = requireInstant(e.at, `${field}.at`);
  const serial = requireSerial(e.serial, `${field}.serial`);
  // Text is kept as given; a Date becomes a new Date of the same instant, never the caller's.
  const at: InstantInput = typeof e.at === 'string' ? e.at : new Date(ms);
  const event: ServiceEvent =
    type === 'rebind' ? { type, at, serial, newSerial: requireSerial(e.newSerial, `${field}.newSerial`) } : { type, at, serial };
  return { index, type, ms, serial, event };
}

/** Whether a replacement of the kind is past the window's quota, given what the window has used. */
function over(window: Window, damage: number, flyaway: number, isFlyaway: boolean): boolean {
  const left = remaining(window, { damage, flyaway });
  return (isFlyaway ? left.flyaway : left.damage) === 0;
}

function invalid(field: string, problem: string, received: unknown): InvalidInputError {
  return new InvalidInputError(field, 'invalid-ledger', problem, received);
}

/**
 * The one pass over the ledger: every event checked against the state before it, the uses
 * counted. With `until`, the state as of `until` is kept when the first later event is met,
 * and the pass goes on to validate the rest: one fold, linear in the number of events.
 */
function fold(vp: ValidPlan, entries: readonly Entry[], field: string, events: readonly ServiceEvent[], until: number | undefined): LedgerState {
  // Mutable tallies, read into a state value only where needed.
  let serial = vp.plan.serial;
  let carePlus: CarePlusState | null = null;
  let termDamage = 0;
  let termFlyaway = 0;
  let renewalDamage = 0;
  let renewalFlyaway = 0;
  let discountedRepairs = 0;
  let maintenance = 0;
  let warrantyRepairs = 0;
  let pendingRebind = false;
  let lastMs: number | null = null;
  const used: Entry[] = [];
  const former: string[] = [];
  // Every unit ever bound to the plan, the current one included: a set, so that a ledger of
  // many rebinds is read in linear time (a list searched at each rebind was quadratic).
  const bound = new Set<string>([serial]);
  const formerSet = new Set<string>();
  // Replacements recorded past the quota of their window (QUOTA-1Y / QUOTA-2Y, PLUS-EFFECT).
  const term = termWindow(vp);
  let renewal: Window | null = null;
  const termOver: Entry[] = [];
  const renewalOver: Entry[] = [];
  const { startMs, termEndMs } = vp;
  const discount = vp.periods.repairDiscount;
  const snapshot = (): LedgerState => ({
    events,
    serial,
    formerSerials: [...former],
    carePlus,
    termUse: { damage: termDamage, flyaway: termFlyaway },
    renewalUse: { damage: renewalDamage, flyaway: renewalFlyaway },
    discountedRepairs,
    maintenance,
    warrantyRepairs,
    pendingRebind,
    used: [...used],
    lastMs,
    overQuota: { term: [...termOver], renewal: [...renewalOver] },
  });
  let asOf: LedgerState | null = null;
  for (const entry of entries) {
    const ms = entry.ms;
    if (asOf === null && until !== undefined && ms > until) asOf = snapshot();
    if (entry.serial !== serial) {
      const was = formerSet.has(entry.serial) ? ' (it was replaced: the plan moved to the new unit, REBIND-REPLACEMENT)' : '';
      throw invalid(`${field}[${entry.index}].serial`, `expected the plan's unit at that moment, '${serial}'${was}`, entry.serial);
    }
    const service = SERVICE_OF[entry.type];
    if (service !== undefined && !vp.product.services[service]) {
      const s = SERVICES[service];
      throw invalid(`${field}[${entry.index}].type`, `${vp.product.name} has no ${s.ledgerName} service (${s.ledgerClause})`, entry.type);
    }
    switch (entry.type) {
      case 'damage-replacement':
      case 'flyaway-replacement': {
        const flyaway = entry.type === 'flyaway-replacement';
        if (startMs <= ms && ms < termEndMs) {
          if (over(term, termDamage, termFlyaway, flyaway)) termOver.push(entry);
          if (flyaway) termFlyaway += 1;
          else termDamage += 1;
          used.push(entry);
        } else if (renewal !== null && within(renewal.period, ms)) {
          if (over(renewal, renewalDamage, renewalFlyaway, flyaway)) renewalOver.push(entry);
          if (flyaway) renewalFlyaway += 1;
          else renewalDamage += 1;
          used.push(entry);
        }
        pendingRebind = true;
        break;
      }
      case 'discounted-repair':
        if (within(discount as Period, ms)) {
          discountedRepairs += 1;
          used.push(entry);
        }
        break;
      case 'warranty-repair':
        warrantyRepairs += 1;
        break;
      case 'factory-maintenance':
        if (startMs <= ms && ms < termEndMs) maintenance += 1;
        break;
      case 'care-refresh-plus': {
        const failed = carePlusChecks(vp, { termUse: { damage: termDamage, flyaway: termFlyaway }, carePlus }, ms).filter((c) => !c.passed);
        if (failed.length > 0) {
          const problem = `DJI Care Refresh+ could not be bought then: ${failed.map((c) => `${(withWords(c, ENGLISH) as Check).message} (${c.clause})`).join(' ')}`;
          throw invalid(`${field}[${entry.index}]`, problem, entry.event.at);
        }
        carePlus = carePlusPeriods(vp, ms);
        renewal = renewalWindow(vp, carePlus.renewal);
        break;
      }
      case 'rebind': {
        const newSerial = (entry.event as { readonly newSerial: string }).newSerial;
        if (!pendingRebind) {
          throw invalid(`${field}[${entry.index}]`, 'a rebind must follow a replacement of the unit (REBIND-REPLACEMENT)', entry.type);
        }
        if (bound.has(newSerial)) {
          const problem = 'that unit has already been bound to this plan; a product is bound only once (ELIG-ONCE)';
          throw invalid(`${field}[${entry.index}].newSerial`, problem, newSerial);
        }
        former.push(serial);
        formerSet.add(serial);
        bound.add(newSerial);
        serial = newSerial;
        pendingRebind = false;
        break;
      }
    }
    lastMs = ms;
  }
  return asOf ?? snapshot();
}

/**
 * The ledger validated against the plan and read up to `until` (all of it when absent). Events
 * after `until` are validated but not counted.
 */
export function readLedger(vp: ValidPlan, value: unknown, field = 'events', until?: number): LedgerState {
  const list = readList(value, field, LIMITS.ledgerEvents);
  const entries: Entry[] = [];
  let previous = vp.startMs;
  for (let index = 0; index < list.length; index++) {
    const entry = readEntry(list[index], `${field}[${index}]`, index);
    if (entry.ms < vp.startMs) {
      throw invalid(`${field}[${index}].at`, `the event is before the plan starts (${vp.periods.replacement.start})`, entry.event.at);
    }
    if (entry.ms < previous) {
      throw invalid(`${field}[${index}].at`, `events must be in time order; this one is before ${field}[${index - 1}]`, entry.event.at);
    }
    previous = entry.ms;
    entries.push(entry);
  }
  return fold(vp, entries, field, entries.map((e) => e.event), until);
}
