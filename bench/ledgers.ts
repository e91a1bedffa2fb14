/**
 * Random valid plans and ledgers for the planStatus benchmarks (fixed seed, own PRNG).
 *
 * A ledger is valid by construction: events in time order from the day after the agreement
 * date, only services the product has, the plan's current serial on every event, and a
 * `rebind` only right after a replacement (REBIND-REPLACEMENT), to a new serial. Replacements
 * past the quota or outside the validity are allowed: the ledger records them and the status
 * counts them against nothing (PERIOD-OUTSIDE). No Care Refresh+ purchases (they are only
 * valid under conditions a random ledger would rarely meet).
 */
import { PRODUCTS } from '../src/catalog/products';
import type { Plan, ServiceEvent } from '../src/plan';
import { prng } from './cases';

const DAY = 86_400_000;
const PRODUCT_IDS = Object.keys(PRODUCTS) as (keyof typeof PRODUCTS)[];
const ZONES = ['America/Chicago', 'Europe/Berlin', 'Asia/Tokyo', 'UTC'] as const;
const REGIONS = ['US', 'DE', 'JP', 'GB'] as const;

export interface PlanCase {
  readonly plan: Plan;
  readonly events: readonly ServiceEvent[];
  /** The instant of the status: a day after the last event (or the agreement date). */
  readonly at: string;
}

/** A generator of plans with `events` ledger entries each, from `seed`. */
export function planCases(seed: number): (events: number) => PlanCase {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  let serialCount = 0;
  return (count) => {
    const product = PRODUCT_IDS[int(PRODUCT_IDS.length)] as keyof typeof PRODUCTS;
    const services = PRODUCTS[product].services;
    const types: ServiceEvent['type'][] = ['warranty-repair', 'warranty-repair', 'damage-replacement'];
    if (services.flyawayReplacement) types.push('flyaway-replacement');
    if (services.repairDiscount) types.push('discounted-repair', 'discounted-repair');
    if (services.maintenance) types.push('factory-maintenance');
    const r = int(REGIONS.length);
    const startMs = Date.UTC(2024, 0, 1) + int(3 * 365) * DAY;
    const plan: Plan = {
      product,
      serial: `S${++serialCount}`,
      term: int(2) === 0 ? '1y' : '2y',
      region: REGIONS[r] as string,
      timeZone: ZONES[r] as string,
      agreementDate: new Date(startMs).toISOString().slice(0, 10),
    };
    // Instants from the day after the agreement date over three years, sorted.
    const times = Array.from({ length: count }, () => startMs + DAY + int(3 * 365 * 24 * 3600) * 1000).sort((a, b) => a - b);
    const events: ServiceEvent[] = [];
    let serial = plan.serial;
    for (let i = 0; i < count; i++) {
      const at = new Date(times[i] as number).toISOString();
      const previous = events[events.length - 1];
      const afterReplacement = previous?.type === 'damage-replacement' || previous?.type === 'flyaway-replacement';
      if (afterReplacement && int(2) === 0) {
        const newSerial = `S${++serialCount}`;
        events.push({ type: 'rebind', at, serial, newSerial });
        serial = newSerial;
      } else {
        events.push({ type: types[int(types.length)] as Exclude<ServiceEvent['type'], 'rebind' | 'care-refresh-plus'>, at, serial });
      }
    }
    const last = count === 0 ? startMs : (times[count - 1] as number);
    return { plan, events, at: new Date(last + DAY).toISOString() };
  };
}
