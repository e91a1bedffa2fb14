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
import type { ClauseId } from '../clauses';
import type { Product } from '../catalog/products';
import { InvalidInputError } from '../errors';
import { type ServiceEvent, type ServiceEventType, SERVICE_EVENT_TYPES } from '../plan';
import { requireInstant } from '../time/instant';
import { type Period, periodContains } from '../time/period';
import { LIMITS } from '../limits';
import type { InstantInput } from '../types';
import { readList, readRecord, requireOneOf, requireSerial } from '../validate';
import { type Window, remaining, renewalWindow, termWindow } from './windows';
import { carePlusChecks, carePlusPeriods } from './care-plus';
import type { CarePlusState, Entry, LedgerState } from './state';
import type { ValidPlan } from './valid-plan';

const SERVICE_OF: Partial<Record<ServiceEventType, { readonly key: keyof Product['services']; readonly clause: ClauseId; readonly name: string }>> = {
  'damage-replacement': { key: 'damageReplacement', clause: 'SVC-REPLACE-DAMAGE', name: 'damage replacement' },
  'flyaway-replacement': { key: 'flyawayReplacement', clause: 'SVC-REPLACE-FLYAWAY', name: 'flyaway replacement' },
  'discounted-repair': { key: 'repairDiscount', clause: 'SVC-REPAIR-DISCOUNT', name: 'discounted repair' },
  'factory-maintenance': { key: 'maintenance', clause: 'SVC-MAINTENANCE', name: 'factory maintenance' },
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

function fold(vp: ValidPlan, entries: readonly Entry[], field: string, events: readonly ServiceEvent[]): LedgerState {
  // Mutable tallies, read into a state value only where needed: linear in the number of events.
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
  const snapshot = (): LedgerState => ({
    events,
    entries,
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
  for (const entry of entries) {
    const f = `${field}[${entry.index}]`;
    if (entry.serial !== serial) {
      const was = formerSet.has(entry.serial) ? ' (it was replaced: the plan moved to the new unit, REBIND-REPLACEMENT)' : '';
      throw invalid(`${f}.serial`, `expected the plan's unit at that moment, '${serial}'${was}`, entry.serial);
    }
    const service = SERVICE_OF[entry.type];
    if (service !== undefined && !vp.product.services[service.key]) {
      throw invalid(`${f}.type`, `${vp.product.name} has no ${service.name} service (${service.clause})`, entry.type);
    }
    switch (entry.type) {
      case 'damage-replacement':
      case 'flyaway-replacement': {
        const flyaway = entry.type === 'flyaway-replacement';
        if (periodContains(vp.periods.replacement, entry.ms)) {
          if (over(term, termDamage, termFlyaway, flyaway)) termOver.push(entry);
          if (flyaway) termFlyaway += 1;
          else termDamage += 1;
          used.push(entry);
        } else if (renewal !== null && periodContains(renewal.period, entry.ms)) {
          if (over(renewal, renewalDamage, renewalFlyaway, flyaway)) renewalOver.push(entry);
          if (flyaway) renewalFlyaway += 1;
          else renewalDamage += 1;
          used.push(entry);
        }
        pendingRebind = true;
        break;
      }
      case 'discounted-repair':
        if (periodContains(vp.periods.repairDiscount as Period, entry.ms)) {
          discountedRepairs += 1;
          used.push(entry);
        }
        break;
      case 'warranty-repair':
        warrantyRepairs += 1;
        break;
      case 'factory-maintenance':
        if (periodContains(vp.periods.replacement, entry.ms)) maintenance += 1;
        break;
      case 'care-refresh-plus': {
        const failed = carePlusChecks(vp, snapshot(), entry.ms).filter((c) => !c.passed);
        if (failed.length > 0) {
          throw invalid(f, `DJI Care Refresh+ could not be bought then: ${failed.map((c) => `${c.message} (${c.clause})`).join(' ')}`, entry.event.at);
        }
        carePlus = carePlusPeriods(vp, entry.ms);
        renewal = renewalWindow(vp, carePlus.renewal);
        break;
      }
      case 'rebind': {
        const newSerial = (entry.event as { readonly newSerial: string }).newSerial;
        if (!pendingRebind) {
          throw invalid(f, 'a rebind must follow a replacement of the unit (REBIND-REPLACEMENT)', entry.type);
        }
        if (bound.has(newSerial)) {
          throw invalid(`${f}.newSerial`, 'that unit has already been bound to this plan; a product is bound only once (ELIG-ONCE)', newSerial);
        }
        former.push(serial);
        formerSet.add(serial);
        bound.add(newSerial);
        serial = newSerial;
        pendingRebind = false;
        break;
      }
    }
    lastMs = entry.ms;
  }
  return snapshot();
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
  const events = entries.map((e) => e.event);
  const full = fold(vp, entries, field, events);
  if (until === undefined || full.lastMs === null || full.lastMs <= until) return full;
  return fold(vp, entries.filter((e) => e.ms <= until), field, events);
}
