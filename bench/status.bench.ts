/**
 * Issue 6: planStatus on ledgers of 0, 10, 100 and 1,000 events (bench/ledgers.ts, fixed
 * seed). The cost should grow linearly: 1,000 events at most 120× the cost of 10.
 * Each iteration computes the status of 20 different plans of that size.
 * Run: `npx vitest bench --run bench/status.bench.ts` (`bench/report.ts` prints the ratio).
 */
import { bench, describe } from 'vitest';
import { planStatus } from '../src/ledger';
import { planCases } from './ledgers';

export const LEDGER_SIZES = [0, 10, 100, 1000] as const;
const PLANS_PER_ITERATION = 20;
let sink = 0;

describe('planStatus by ledger size', () => {
  for (const size of LEDGER_SIZES) {
    const next = planCases(0x5eed + size);
    const cases = Array.from({ length: PLANS_PER_ITERATION }, () => next(size));
    bench(`planStatus, ${size} events`, () => {
      for (const c of cases) sink += planStatus(c.plan, c.events, c.at).available.replacements;
    });
  }
});

export { sink };
