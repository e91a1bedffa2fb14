/**
 * The shared core of the ledger rules: validating a plan and its ledger, and reading from the
 * ledger what has been used, in which validity period (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT,
 * SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE), the Care Refresh+ conditions (PLUS-*) and the Safe
 * Flight state (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT).
 *
 * No money here: `flyaway.ts`, `safe-flight.ts`, `renewal.ts` and `location.ts` use this
 * module without bundling decimal.js. Exported names are internal to the package except
 * {@link SERVICE_EVENT_TYPES}.
 *
 * @module
 */
import type { ClauseId } from './clauses';
import type { Product } from './catalog/products';
import { requireRegion } from './catalog/regions';
import { type Terms, requireProduct } from './catalog/terms';
import { check } from './decision';
import { InvalidInputError } from './errors';
import { type CoveragePeriods, computePeriods } from './periods';
import type { Plan, ServiceEvent, ServiceEventType } from './plan';
import { requireInstant } from './time/instant';
import { type Period, monthsFrom, periodContains } from './time/period';
import { requireTimeZone } from './time/zone';
import { formatInstant, localDateOf, requireLocalDay } from './time/zoned';
import type { Check, PlanTerm, Reason } from './types';
import { requireArray, requireOneOf, requireRecord, requireString } from './validate';

/**
 * Every kind of ledger event, in a fixed order.
 *
 * @example
 * ```ts
 * SERVICE_EVENT_TYPES.includes('rebind'); //=> true
 * SERVICE_EVENT_TYPES.length;             //=> 7
 * ```
 *
 * @category Ledger
 */
export const SERVICE_EVENT_TYPES: readonly ServiceEventType[] = [
  'damage-replacement',
  'flyaway-replacement',
  'discounted-repair',
  'warranty-repair',
  'factory-maintenance',
  'care-refresh-plus',
  'rebind',
];

const TERMS: readonly PlanTerm[] = ['1y', '2y'];

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
  const p = requireRecord(value, field);
  const product = requireProduct(p.product, terms, `${field}.product`);
  const serial = requireString(p.serial, `${field}.serial`);
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
}

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
  if (periodContains(vp.periods.replacement, ms)) return { window: termWindow(vp), use: state.termUse };
  if (state.carePlus !== null && periodContains(state.carePlus.renewal, ms)) {
    return { window: renewalWindow(vp, state.carePlus.renewal), use: state.renewalUse };
  }
  return null;
}

/** An instant as the plan's local date, for messages. */
export function dateOf(vp: ValidPlan, ms: number): string {
  return localDateOf(ms, vp.plan.timeZone);
}

/** An instant as ISO-8601 with the plan zone's offset. */
export function instantOf(vp: ValidPlan, ms: number): string {
  return formatInstant(ms, vp.plan.timeZone);
}

const SERVICE_OF: Partial<Record<ServiceEventType, { readonly key: keyof Product['services']; readonly clause: ClauseId; readonly name: string }>> = {
  'damage-replacement': { key: 'damageReplacement', clause: 'SVC-REPLACE-DAMAGE', name: 'damage replacement' },
  'flyaway-replacement': { key: 'flyawayReplacement', clause: 'SVC-REPLACE-FLYAWAY', name: 'flyaway replacement' },
  'discounted-repair': { key: 'repairDiscount', clause: 'SVC-REPAIR-DISCOUNT', name: 'discounted repair' },
  'factory-maintenance': { key: 'maintenance', clause: 'SVC-MAINTENANCE', name: 'factory maintenance' },
};

function readEntry(value: unknown, field: string, index: number): Entry {
  const e = requireRecord(value, field);
  const type = requireOneOf(e.type, `${field}.type`, SERVICE_EVENT_TYPES);
  const ms = requireInstant(e.at, `${field}.at`);
  const serial = requireString(e.serial, `${field}.serial`);
  const at = e.at as ServiceEvent['at'];
  const event: ServiceEvent =
    type === 'rebind' ? { type, at, serial, newSerial: requireString(e.newSerial, `${field}.newSerial`) } : { type, at, serial };
  return { index, type, ms, serial, event };
}

/** The Care Refresh+ conditions at an instant, given the ledger so far (PLUS-*). */
export function carePlusChecks(vp: ValidPlan, state: LedgerState, ms: number): Check[] {
  const is1y = vp.plan.term === '1y';
  const r = vp.periods.replacement;
  const inForce = ms >= vp.startMs && ms < vp.termEndMs;
  const left = remaining(termWindow(vp), state.termUse).replacements;
  return [
    check(
      'PLUS-NOT-2Y',
      is1y,
      is1y ? 'The plan is a 1-year plan.' : 'DJI Care Refresh+ is not sold for a 2-year plan.',
      'a 1-year plan',
      `a ${vp.plan.term === '1y' ? '1-year' : '2-year'} plan`,
    ),
    check(
      'PLUS-ELIGIBLE',
      inForce,
      inForce
        ? 'The plan has not expired.'
        : ms < vp.startMs
          ? `The plan has not taken effect yet; it starts on ${r.startDate}.`
          : `The plan expired at the end of ${r.lastDate}.`,
      `between ${r.startDate} and ${r.lastDate}`,
      dateOf(vp, ms),
    ),
    check(
      'PLUS-ELIGIBLE',
      left >= 1,
      left >= 1 ? `${left} replacement${left === 1 ? ' is' : 's are'} left.` : 'No replacement is left on the plan.',
      'at least one replacement left',
      `${left} left`,
    ),
    check(
      'PLUS-EFFECT',
      state.carePlus === null,
      state.carePlus === null
        ? 'DJI Care Refresh+ has not been bought for this plan yet.'
        : `DJI Care Refresh+ was already bought for this plan on ${dateOf(vp, state.carePlus.ms)}; it can be bought once.`,
      'not bought before',
      state.carePlus === null ? 'not bought' : `bought on ${dateOf(vp, state.carePlus.ms)}`,
    ),
  ];
}

/** The periods Care Refresh+ bought at `ms` adds (PLUS-EFFECT). */
export function carePlusPeriods(vp: ValidPlan, ms: number): CarePlusState {
  const c = vp.terms.carePlus;
  const zone = vp.plan.timeZone;
  const renewal = monthsFrom('care-refresh-plus', 'PLUS-EFFECT', vp.periods.replacement.endDate, c.months, zone);
  const warranty =
    c.warrantyExtensionMonths > 0
      ? monthsFrom('care-refresh-plus-warranty', 'PLUS-EFFECT', vp.periods.officialWarranty.endDate, c.warrantyExtensionMonths, zone)
      : null;
  return { ms, renewal, warranty };
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
  });
  for (const entry of entries) {
    const f = `${field}[${entry.index}]`;
    if (entry.serial !== serial) {
      const was = former.includes(entry.serial) ? ' (it was replaced: the plan moved to the new unit, REBIND-REPLACEMENT)' : '';
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
          if (flyaway) termFlyaway += 1;
          else termDamage += 1;
          used.push(entry);
        } else if (carePlus !== null && periodContains(carePlus.renewal, entry.ms)) {
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
        break;
      }
      case 'rebind': {
        const newSerial = (entry.event as { readonly newSerial: string }).newSerial;
        if (!pendingRebind) {
          throw invalid(f, 'a rebind must follow a replacement of the unit (REBIND-REPLACEMENT)', entry.type);
        }
        if (newSerial === serial || former.includes(newSerial)) {
          throw invalid(`${f}.newSerial`, 'that unit has already been bound to this plan; a product is bound only once (ELIG-ONCE)', newSerial);
        }
        former.push(serial);
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
  const list = requireArray(value, field);
  const entries: Entry[] = [];
  let previous = vp.startMs;
  for (const [index, item] of list.entries()) {
    const entry = readEntry(item, `${field}[${index}]`, index);
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

/**
 * The instant of a claim or purchase that will add an event to the ledger: not before the
 * last event (claims are decided in time order), unless it is before the plan starts (a
 * refusal under PERIOD-OUTSIDE, not bad input).
 */
export function requireNextInstant(vp: ValidPlan, state: LedgerState, value: unknown, field: string): number {
  const ms = requireInstant(value, field);
  if (ms >= vp.startMs && state.lastMs !== null && ms < state.lastMs) {
    throw new InvalidInputError(
      field,
      'invalid-ledger',
      `must not be before the last event of the ledger (${instantOf(vp, state.lastMs)}): claims are decided in time order`,
      value,
    );
  }
  return ms;
}

/**
 * REBIND-REPLACEMENT: the unit concerned must be the plan's unit now. A unit the plan moved
 * away from has no plan (a failing check), and neither has a unit replaced whose rebinding to
 * the unit received is not recorded yet ("the original unit no longer has a plan"); a serial
 * never on this plan is bad input.
 */
export function serialCheck(state: LedgerState, value: unknown, field: string): Check {
  const serial = requireString(value, field);
  if (serial === state.serial) {
    // Replaced, and the unit received not yet recorded: the plan has left this unit, and the
    // unit it moved to is not known yet.
    return state.pendingRebind
      ? check(
          'REBIND-REPLACEMENT',
          false,
          `Unit ${serial} was replaced and no longer has a plan; record the rebinding to the unit received, then claim for that unit.`,
          'a unit bound to the plan (record the rebinding after a replacement)',
          `${serial} (replaced)`,
        )
      : check('REBIND-REPLACEMENT', true, `Unit ${serial} is the unit bound to the plan.`, `the plan's unit (${state.serial})`, serial);
  }
  if (!state.formerSerials.includes(serial)) {
    throw new InvalidInputError(field, 'invalid-value', `expected the serial of the plan's unit, '${state.serial}'`, value);
  }
  return check(
    'REBIND-REPLACEMENT',
    false,
    `Unit ${serial} was replaced; the plan moved to unit ${state.serial} and the original unit no longer has a plan.`,
    `the plan's unit (${state.serial})`,
    serial,
  );
}

/** PERIOD-OUTSIDE: whether an instant is inside a validity, with the message for either side. */
export function outsideCheck(vp: ValidPlan, ms: number, validity: readonly Period[], what: string): Check {
  const inside = validity.some((p) => periodContains(p, ms));
  const first = validity[0] as Period;
  const last = validity[validity.length - 1] as Period;
  const expected = `between ${first.startDate} and ${last.lastDate}`;
  const received = dateOf(vp, ms);
  if (inside) return check('PERIOD-OUTSIDE', true, `The ${what} is inside the plan's validity.`, expected, received);
  const message =
    ms < Date.parse(first.start)
      ? `The ${what} is before the plan took effect on ${first.startDate}; it is not covered.`
      : `The ${what} is after the validity ended (last day ${last.lastDate}); it is not covered.`;
  return check('PERIOD-OUTSIDE', false, message, expected, received);
}

/** The plan's validity periods for replacements: the term's and, with Care Refresh+, the renewal year. */
export function replacementValidity(vp: ValidPlan, state: LedgerState): readonly Period[] {
  return state.carePlus === null ? [vp.periods.replacement] : [vp.periods.replacement, state.carePlus.renewal];
}

/** The state of the Safe Flight reward at an instant (SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT). */
export interface SafeFlightState {
  readonly state: 'not-offered' | 'pending' | 'earned' | 'forfeited';
  /** The reward's warranty window (as it stands), or `null` when not offered. */
  readonly period: Period | null;
  /** Earned and `at` inside the window. */
  readonly inForce: boolean;
  /** Every condition evaluated. */
  readonly checks: readonly Check[];
}

/** The Safe Flight period given the ledger (moved by Care Refresh+). */
export function safeFlightPeriod(vp: ValidPlan, state: LedgerState): Period | null {
  const base = vp.periods.safeFlight;
  if (base === null || state.carePlus === null) return base;
  // PLUS-EFFECT: Safe Flight counts from the end of the renewal year; in Europe and the UK
  // (1-year plan, PERIOD-SAFE-FLIGHT) from the end of the warranty if later.
  let from = state.carePlus.renewal.endDate;
  if (vp.terms.europeanRegions.includes(vp.plan.region)) {
    const warrantyEnd = (state.carePlus.warranty ?? vp.periods.officialWarranty).endDate;
    if (warrantyEnd > from) from = warrantyEnd;
  }
  return monthsFrom('safe-flight', 'PERIOD-SAFE-FLIGHT', from, vp.terms.safeFlightMonths, vp.plan.timeZone);
}

/** When the plan's validity for replacements and discounted repairs ends (the later). */
export function validityEndMs(vp: ValidPlan, state: LedgerState): number {
  if (state.carePlus !== null) return Date.parse(state.carePlus.renewal.end);
  const discount = vp.periods.repairDiscount;
  return discount === null ? vp.termEndMs : Math.max(vp.termEndMs, Date.parse(discount.end));
}

const USED_NAME: Readonly<Record<string, string>> = {
  'damage-replacement': 'A damage replacement',
  'flyaway-replacement': 'A flyaway replacement',
  'discounted-repair': 'A discounted repair',
};

/** SVC-SAFE-FLIGHT with PERIOD-SAFE-FLIGHT, as of `ms` (the ledger read up to `ms`). */
export function safeFlightState(vp: ValidPlan, state: LedgerState, ms: number): SafeFlightState {
  const offered = vp.product.services.safeFlight;
  if (!offered) {
    return {
      state: 'not-offered',
      period: null,
      inForce: false,
      checks: [
        check('SVC-SAFE-FLIGHT', false, `The Safe Flight reward is not offered for ${vp.product.name}.`, 'DJI Mavic 3, Mavic 3 Cine or Action 2', vp.product.name),
      ],
    };
  }
  const period = safeFlightPeriod(vp, state) as Period;
  const checks: Check[] = [check('SVC-SAFE-FLIGHT', true, `The Safe Flight reward is offered for ${vp.product.name}.`)];
  if (state.used.length === 0) {
    checks.push(check('SVC-SAFE-FLIGHT', true, 'No replacement and no discounted repair has been used.', 'no replacement and no discounted repair used', 'none used'));
  }
  for (const u of state.used) {
    checks.push(
      check(
        'SVC-SAFE-FLIGHT',
        false,
        `${USED_NAME[u.type] as string} was used on ${dateOf(vp, u.ms)}, so the Safe Flight reward is forfeited.`,
        'no replacement and no discounted repair used',
        `${u.type} on ${dateOf(vp, u.ms)}`,
      ),
    );
  }
  const endMs = validityEndMs(vp, state);
  const over = ms >= endMs;
  const lastDay = dateOf(vp, endMs - 1);
  checks.push(
    check(
      'PERIOD-SAFE-FLIGHT',
      over,
      over
        ? `The plan's validity has ended (last day ${lastDay}); the reward runs from ${period.startDate} to ${period.lastDate}.`
        : `The reward is decided when the plan's validity ends (last day ${lastDay}).`,
      `after ${lastDay}`,
      dateOf(vp, ms),
    ),
  );
  const result = state.used.length > 0 ? 'forfeited' : over ? 'earned' : 'pending';
  return { state: result, period, inForce: result === 'earned' && periodContains(period, ms), checks };
}

/** Every period of the plan given the ledger: Care Refresh+ periods once bought, Safe Flight moved by it. */
export function allPeriods(vp: ValidPlan, state: LedgerState): readonly Period[] {
  const plus = state.carePlus;
  return [
    vp.periods.replacement,
    vp.periods.repairDiscount,
    vp.periods.officialWarranty,
    vp.periods.extendedWarranty,
    plus?.renewal ?? null,
    plus?.warranty ?? null,
    safeFlightPeriod(vp, state),
  ].filter((p): p is Period => p !== null);
}

/** The warranty periods in force at `ms`: official, extended (2-year), Care Refresh+, Safe Flight if earned. */
export function warrantyAt(vp: ValidPlan, state: LedgerState, ms: number): Period | null {
  const candidates: (Period | null)[] = [vp.periods.officialWarranty, vp.periods.extendedWarranty, state.carePlus?.warranty ?? null];
  const sf = safeFlightState(vp, state, ms);
  if (sf.state === 'earned') candidates.push(sf.period);
  return candidates.find((p): p is Period => p !== null && periodContains(p, ms)) ?? null;
}

/** Reasons of the failed checks. */
export function failedReasons(checks: readonly Check[]): Reason[] {
  return checks.filter((c) => !c.passed).map(({ passed: _passed, ...reason }) => reason);
}
