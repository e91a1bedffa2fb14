/**
 * Issue 10: the cost of each hostile path stays flat or linear in the input (not a timed test:
 * read the figures). Run: `npx vitest bench --run bench/hostile.bench.ts`.
 *
 * - a ledger of damage replacements and rebinds far over the quota (10 to 100,000 events):
 *   `ledgerFromJSON` and `planStatus` should grow linearly (100,000 events about 10,000× the
 *   cost of 10, not 100,000,000×);
 * - a serial of 10 to 1,000,000 characters: refused by its length, flat;
 * - a sparse `terms.fees` / timeline `periods` of length 10,001 to 2³²−1: refused by its
 *   length before any walk, flat.
 */
import { bench, describe } from 'vitest';
import { DEFAULT_TERMS, type Plan, type ServiceEvent, ledgerFromJSON, planStatus, resolveTerms, timelineText } from '../src/index';

const PLAN: Plan = { product: 'mavic-3', serial: 'S0', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
const AT = '2027-01-01T00:00:00Z';

/** `count` events: a damage replacement then the rebind to a new unit, again and again (past the quota of 2). */
export function overQuotaLedger(count: number): readonly ServiceEvent[] {
  const events: ServiceEvent[] = [];
  const start = Date.parse('2026-03-02T00:00:00Z');
  let serial = 'S0';
  for (let i = 0; events.length < count; i++) {
    const at = new Date(start + i * 60_000).toISOString();
    events.push({ type: 'damage-replacement', at, serial });
    if (events.length === count) break;
    const next = `S${i + 1}`;
    events.push({ type: 'rebind', at, serial, newSerial: next });
    serial = next;
  }
  return events;
}

let sink = 0;
const refused = (run: () => unknown): void => {
  try {
    run();
  } catch {
    sink += 1;
  }
};

describe('ledger over the quota (damage replacements and rebinds)', () => {
  for (const size of [10, 100, 1000, 10_000, 100_000]) {
    const events = overQuotaLedger(size);
    bench(`ledgerFromJSON, ${size} events`, () => {
      sink += ledgerFromJSON(events, PLAN).length;
    });
    bench(`planStatus, ${size} events`, () => {
      sink += planStatus(PLAN, events, AT).replacement.damage.used;
    });
  }
});

describe('a long serial (refused past 64 characters)', () => {
  for (const length of [10, 1000, 1_000_000]) {
    const plan = { ...PLAN, serial: 'X'.repeat(length) };
    bench(`planStatus, serial of ${length} characters`, () => refused(() => planStatus(plan, [], AT)));
  }
});

describe('a huge sparse list (refused by its length)', () => {
  for (const length of [10_001, 1_000_000, 2 ** 32 - 1]) {
    const list: unknown[] = [];
    list.length = length;
    bench(`resolveTerms, terms.fees of length ${length}`, () => refused(() => resolveTerms({ ...DEFAULT_TERMS, fees: list } as never)));
    bench(`timelineText, periods of length ${length}`, () => refused(() => timelineText(list as never)));
  }
});

export { sink };
