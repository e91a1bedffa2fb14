/**
 * Issue 11's speed goals, every row measured side by side in one run (`npm run bench`;
 * `npm run bench:report` turns the figures into the README's Performance section, with each
 * goal met or missed by how much). The library is `src/index.ts` bundled by esbuild
 * (bench/library.ts), as it ships.
 *
 * 1. Purchase eligibility, the 10,000 cases of bench/cases.ts (fixed seed, every eligibility
 *    clause on both sides) per iteration:
 *    - library and floor given the same `Date` objects (goal: library ≤ 8× the floor's cost);
 *    - library and floor given ISO-8601 strings, the floor reading them with the library's own
 *      reader (`parseInstant`, bench/library.ts), so both pay the same parser;
 *    - json-rules-engine with the same rules, `Date` inputs (goal: library ≥ 100× faster);
 *    - the library with the English text left out, once the library has that option
 *      (bench/library.ts `textLeftOut`); until then the row is skipped.
 * 2. Support calls: planStatus, assessReplacement, assessDiscountedRepair and
 *    assessMaintenance over the support workload (bench/ledgers.ts `supportCases`: 0–6 events,
 *    six markets' zones, agreement dates over two years, seeded), the same cases every
 *    iteration, so caches are warm after the warm-up (goal: ≥ 50,000 calls/s on one core,
 *    ≤ 1,000× the floor's Date-input decision).
 * 3. planStatus by ledger size, 10 to 100,000 events (goal: cost linear in the ledger).
 *
 * Set `BENCH_TIME` (ms per row, default 1000) for longer or shorter runs.
 */
import { bench, describe } from 'vitest';
import type { ReplacementClaim } from '../src/index';
import { createEngine, engineEligible, floorEligibleDates, floorEligibleIso } from './baselines';
import { CASES, withInstants } from './cases';
import { planCases, supportCases } from './ledgers';
import { bundledLibrary, textLeftOut } from './library';
import { ELIGIBILITY_ROWS, LEDGER_ROWS, SUPPORT_CASES, SUPPORT_ROWS, SUPPORT_SEED, ledgerRow } from './rows';

const TIME = Number(process.env.BENCH_TIME ?? 1000);
const lib = await bundledLibrary();
let sink = 0;

// 1. Eligibility.
const DATES = withInstants(CASES, 'date');
const ISO = withInstants(CASES, 'iso');
const OPTIONS = CASES.map((c) => (c.terms === undefined ? {} : { terms: c.terms }));
const floorIso = floorEligibleIso(lib.parseInstant);
const engine = createEngine();
const refused = DATES.find((c) => c.kind === 'window-past' && c.terms === undefined);
const noText = refused === undefined ? undefined : textLeftOut(lib, refused.input);
const NO_TEXT_OPTIONS = noText === undefined ? [] : OPTIONS.map((o) => ({ ...o, ...noText }));

describe(`purchase eligibility, ${CASES.length} cases per iteration`, () => {
  bench(
    ELIGIBILITY_ROWS.libraryDates,
    () => {
      for (let n = 0; n < DATES.length; n++) if (lib.checkPurchaseEligibility(DATES[n]!.input, OPTIONS[n]).ok) sink++;
    },
    { time: TIME },
  );
  bench(
    ELIGIBILITY_ROWS.floorDates,
    () => {
      for (let n = 0; n < DATES.length; n++) if (floorEligibleDates(DATES[n]!.input)) sink++;
    },
    { time: TIME },
  );
  bench(
    ELIGIBILITY_ROWS.libraryIso,
    () => {
      for (let n = 0; n < ISO.length; n++) if (lib.checkPurchaseEligibility(ISO[n]!.input, OPTIONS[n]).ok) sink++;
    },
    { time: TIME },
  );
  bench(
    ELIGIBILITY_ROWS.floorIso,
    () => {
      for (let n = 0; n < ISO.length; n++) if (floorIso(ISO[n]!.input)) sink++;
    },
    { time: TIME },
  );
  bench(
    ELIGIBILITY_ROWS.engine,
    async () => {
      for (const c of DATES) if (await engineEligible(engine, c.input)) sink++;
    },
    { time: 2 * TIME, iterations: 3, warmupIterations: 1, warmupTime: 0 },
  );
  if (noText === undefined) {
    bench.skip(`${ELIGIBILITY_ROWS.textLeftOut} (not yet available in the library)`, () => {});
  } else {
    bench(
      `${ELIGIBILITY_ROWS.textLeftOut} ${JSON.stringify(noText)}`,
      () => {
        for (let n = 0; n < DATES.length; n++) if (lib.checkPurchaseEligibility(DATES[n]!.input, NO_TEXT_OPTIONS[n]).ok) sink++;
      },
      { time: TIME },
    );
  }
});

// 2. Support calls over the named workload.
const WORK = supportCases(SUPPORT_CASES, SUPPORT_SEED);
const REPLACEMENTS: readonly ReplacementClaim[] = WORK.map((c, n) => ({ type: 'damage', at: c.at, serial: c.serial, express: n % 3 === 0 }));
const REPAIRS = WORK.map((c, n) => ({ at: c.at, serial: c.serial, cause: n % 2 === 0 ? ('damage' as const) : ('malfunction' as const) }));
const MAINTENANCE = WORK.map((c) => ({ at: c.at, serial: c.serial }));

describe(`support calls, ${SUPPORT_CASES} workload cases per iteration`, () => {
  bench(
    SUPPORT_ROWS.planStatus,
    () => {
      for (const c of WORK) sink += lib.planStatus(c.plan, c.events, c.at).available.replacements;
    },
    { time: TIME },
  );
  bench(
    SUPPORT_ROWS.assessReplacement,
    () => {
      for (let n = 0; n < WORK.length; n++) if (lib.assessReplacement(WORK[n]!.plan, WORK[n]!.events, REPLACEMENTS[n]!).ok) sink++;
    },
    { time: TIME },
  );
  bench(
    SUPPORT_ROWS.assessDiscountedRepair,
    () => {
      for (let n = 0; n < WORK.length; n++) if (lib.assessDiscountedRepair(WORK[n]!.plan, WORK[n]!.events, REPAIRS[n]!).ok) sink++;
    },
    { time: TIME },
  );
  bench(
    SUPPORT_ROWS.assessMaintenance,
    () => {
      for (let n = 0; n < WORK.length; n++) if (lib.assessMaintenance(WORK[n]!.plan, WORK[n]!.events, MAINTENANCE[n]!).ok) sink++;
    },
    { time: TIME },
  );
});

// 3. planStatus by ledger size.
describe('planStatus by ledger size', () => {
  for (const { events, plans } of LEDGER_ROWS) {
    const next = planCases(0x5eed + events);
    const cases = Array.from({ length: plans }, () => next(events));
    // One call of the largest ledgers takes long (about 0.1 s at 100,000 events): a fixed
    // number of iterations. Ten after two warm-ups: with three after one, the row's ±rme was
    // about 35% and its per-event figure swung between runs by a factor of two.
    const options = events >= 10_000 ? { time: 0, iterations: 10, warmupIterations: 2, warmupTime: 0 } : { time: TIME };
    bench(
      ledgerRow(events),
      () => {
        for (const c of cases) sink += lib.planStatus(c.plan, c.events, c.at).available.replacements;
      },
      options,
    );
  }
});

export { sink };
