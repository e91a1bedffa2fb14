/**
 * Issue 6: the same 10,000 purchase-eligibility cases (bench/cases.ts, fixed seed) decided
 * three ways in one run. One benchmark iteration decides all 10,000 cases, so
 * decisions per second = 10,000 × the reported hz.
 *
 * - `dji-care-refresh`: checkPurchaseEligibility with full validation, trace and reasons;
 * - `json-rules-engine`: the same rules as facts and conditions (bench/baselines.ts);
 * - `floor`: a bare hand-written predicate, no validation, no explanations.
 *
 * Targets: the library at least 50× json-rules-engine and within 3× of the floor.
 * That the three agree is checked by `npx tsx bench/agreement.ts`, not here.
 * Run: `npx vitest bench --run bench/eligibility.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { checkPurchaseEligibility } from '../src/eligibility';
import { createEngine, engineEligible, floorEligible } from './baselines';
import { CASES } from './cases';

const OPTIONS = CASES.map((c) => (c.terms === undefined ? {} : { terms: c.terms }));
const engine = createEngine();
let sink = 0;

describe(`purchase eligibility, ${CASES.length} cases per iteration`, () => {
  bench('dji-care-refresh (validated, explained)', () => {
    for (let n = 0; n < CASES.length; n++) {
      const c = CASES[n]!;
      if (checkPurchaseEligibility(c.input, OPTIONS[n]).ok) sink++;
    }
  });

  bench(
    'json-rules-engine',
    async () => {
      for (const c of CASES) if (await engineEligible(engine, c.input)) sink++;
    },
    { time: 2000, iterations: 3, warmupIterations: 1, warmupTime: 0 },
  );

  bench('floor (hand-written, no validation)', () => {
    for (const c of CASES) if (floorEligible(c.input)) sink++;
  });
});

export { sink };
