/**
 * Random valid plans and ledgers for the status benchmarks and the batch example's input
 * (fixed seed, own PRNG; only the package's public API, so a refactor of `src/` leaves it be).
 *
 * A ledger is valid by construction: events in time order from the day after the agreement
 * date, only services the product has, the plan's current serial on every event, and a
 * `rebind` only right after a replacement (REBIND-REPLACEMENT), to a new serial. Replacements
 * past the quota or outside the validity are allowed: the ledger records them and the status
 * counts them against nothing (PERIOD-OUTSIDE). No Care Refresh+ purchases (they are only
 * valid under conditions a random ledger would rarely meet).
 *
 * Two shapes:
 * - {@link planCases}: ledgers of a given size, events over three years (the ledger-size rows);
 * - {@link supportCases}: the support workload the speed goals name — 0–6 events, the zones of
 *   six markets, agreement dates spread over two years, events inside the plan's term.
 */
import { DEFAULT_TERMS, type Plan, type ServiceEvent } from '../src/index';
import { prng } from './cases';

const DAY = 86_400_000;
const PRODUCTS = DEFAULT_TERMS.products;
const PRODUCT_IDS = Object.keys(PRODUCTS);

/** A region and the time zone its plans are agreed in. */
export interface Market {
  readonly region: string;
  readonly timeZone: string;
}

/** The four markets of the ledger-size rows (issue 6). */
export const LEDGER_MARKETS: readonly Market[] = [
  { region: 'US', timeZone: 'America/Chicago' },
  { region: 'DE', timeZone: 'Europe/Berlin' },
  { region: 'JP', timeZone: 'Asia/Tokyo' },
  { region: 'GB', timeZone: 'UTC' },
];

/** The six markets of the support workload (issue 11). */
export const SUPPORT_MARKETS: readonly Market[] = [
  { region: 'US', timeZone: 'America/New_York' },
  { region: 'DE', timeZone: 'Europe/Berlin' },
  { region: 'GB', timeZone: 'Europe/London' },
  { region: 'JP', timeZone: 'Asia/Tokyo' },
  { region: 'AU', timeZone: 'Australia/Sydney' },
  { region: 'CN', timeZone: 'Asia/Shanghai' },
];

export interface PlanCase {
  readonly plan: Plan;
  readonly events: readonly ServiceEvent[];
  /** The instant of the status (and of a claim): a day after the last event (or the agreement date). */
  readonly at: string;
  /** The plan's unit at `at` (the last rebind's `newSerial`, else the plan's serial). */
  readonly serial: string;
}

export interface CaseShape {
  /** The markets to draw from, uniformly. */
  readonly markets: readonly Market[];
  /** First agreement date (UTC midnight, ms) and the number of days the dates spread over. */
  readonly agreementFrom: number;
  readonly agreementDays: number;
  /** Events fall within this many days after the agreement date; `'term'`: the plan's term (365 or 730). */
  readonly eventDays: number | 'term';
}

const LEDGER_SHAPE: CaseShape = { markets: LEDGER_MARKETS, agreementFrom: Date.UTC(2024, 0, 1), agreementDays: 3 * 365, eventDays: 3 * 365 };

/** The support workload's shape: six markets, agreements over 2025–2026, events within the term. */
export const SUPPORT_SHAPE: CaseShape = { markets: SUPPORT_MARKETS, agreementFrom: Date.UTC(2025, 0, 1), agreementDays: 2 * 365, eventDays: 'term' };

/** A generator of plans with `events` ledger entries each, from `seed`, in the given shape. */
export function planCases(seed: number, shape: CaseShape = LEDGER_SHAPE): (events: number) => PlanCase {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  let serialCount = 0;
  return (count) => {
    const product = PRODUCT_IDS[int(PRODUCT_IDS.length)] as string;
    const services = (PRODUCTS[product] as (typeof PRODUCTS)[string]).services;
    const types: ServiceEvent['type'][] = ['warranty-repair', 'warranty-repair', 'damage-replacement'];
    if (services.flyawayReplacement) types.push('flyaway-replacement');
    if (services.repairDiscount) types.push('discounted-repair', 'discounted-repair');
    if (services.maintenance) types.push('factory-maintenance');
    const market = shape.markets[int(shape.markets.length)] as Market;
    const term = int(2) === 0 ? '1y' : '2y';
    const startMs = shape.agreementFrom + int(shape.agreementDays) * DAY;
    const plan: Plan = {
      product,
      serial: `S${seed.toString(36)}-${++serialCount}`,
      term,
      region: market.region,
      timeZone: market.timeZone,
      agreementDate: new Date(startMs).toISOString().slice(0, 10),
    };
    const spanDays = shape.eventDays === 'term' ? (term === '1y' ? 365 : 730) : shape.eventDays;
    // Instants from the day after the agreement date over the span, whole seconds, sorted.
    const times = Array.from({ length: count }, () => startMs + DAY + int((spanDays - 2) * 24 * 3600) * 1000).sort((a, b) => a - b);
    const events: ServiceEvent[] = [];
    let serial = plan.serial;
    for (let i = 0; i < count; i++) {
      const at = new Date(times[i] as number).toISOString();
      const previous = events[events.length - 1];
      const afterReplacement = previous?.type === 'damage-replacement' || previous?.type === 'flyaway-replacement';
      if (afterReplacement && int(2) === 0) {
        const newSerial = `S${seed.toString(36)}-${++serialCount}`;
        events.push({ type: 'rebind', at, serial, newSerial });
        serial = newSerial;
      } else {
        events.push({ type: types[int(types.length)] as Exclude<ServiceEvent['type'], 'rebind' | 'care-refresh-plus'>, at, serial });
      }
    }
    const last = count === 0 ? startMs : (times[count - 1] as number);
    return { plan, events, at: new Date(last + DAY).toISOString(), serial };
  };
}

/**
 * A generator of support-workload cases from `seed`: ledgers of 0–6 events (uniform), six
 * markets, agreement dates over two years, events within the plan's term. Each call makes
 * the next case, so any number of them streams in constant memory.
 *
 * @example
 * ```ts
 * const next = supportCaseGenerator(1);
 * [next(), next()].map((c) => c.events.length); // the same sizes on every run
 * ```
 */
export function supportCaseGenerator(seed: number): () => PlanCase {
  const next = planCases(seed, SUPPORT_SHAPE);
  const sizes = prng(seed ^ 0x5a5a5a5a);
  return () => next(Math.floor(sizes() * 7));
}

/** `count` cases of the support workload from `seed` (see {@link supportCaseGenerator}). */
export function supportCases(count: number, seed: number): readonly PlanCase[] {
  const next = supportCaseGenerator(seed);
  return Array.from({ length: count }, next);
}
