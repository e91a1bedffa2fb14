/**
 * Issue 6: the same 10,000 purchase-eligibility cases (bench/cases.ts, fixed seed) decided
 * three ways in one run. One benchmark iteration decides all 10,000 cases, so
 * decisions per second = 10,000 × the reported hz.
 *
 * - `dji-care-refresh`: checkPurchaseEligibility with full validation, trace and reasons, twice:
 *   - `bundled`: `src/` bundled into one module by esbuild (as tsup builds `dist/` and as a
 *     storefront's bundler ships it), the figure the targets are stated against;
 *   - `src, vitest transform`: the source modules as vitest loads them. Vitest rewrites every
 *     import into a getter call on a module object, which no bundler or Node does, so this
 *     row is slower than any shipped build; it is kept to show that cost.
 * - `json-rules-engine`: the same rules as facts and conditions (bench/baselines.ts);
 * - `floor`: a bare hand-written predicate, no validation, no explanations.
 *
 * Targets: the library at least 50× json-rules-engine and within 3× of the floor.
 * That the three agree is checked by `npx tsx bench/agreement.ts`, not here.
 * Run: `npx vitest bench --run bench/eligibility.bench.ts`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { bench, describe } from 'vitest';
import { checkPurchaseEligibility } from '../src/eligibility';
import { createEngine, engineEligible, floorEligible } from './baselines';
import { CASES } from './cases';

/** `src/eligibility.ts` and everything it imports, bundled into one ES module. */
async function bundled(): Promise<typeof checkPurchaseEligibility> {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const result = await build({
    entryPoints: [join(root, 'src/eligibility.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const file = join(mkdtempSync(join(tmpdir(), 'dji-care-refresh-bench-')), 'eligibility.mjs');
  writeFileSync(file, result.outputFiles[0]?.text ?? '');
  const module = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as { checkPurchaseEligibility: typeof checkPurchaseEligibility };
  return module.checkPurchaseEligibility;
}

const checkBundled = await bundled();
const OPTIONS = CASES.map((c) => (c.terms === undefined ? {} : { terms: c.terms }));
const engine = createEngine();
let sink = 0;

describe(`purchase eligibility, ${CASES.length} cases per iteration`, () => {
  bench('dji-care-refresh, bundled (validated, explained)', () => {
    for (let n = 0; n < CASES.length; n++) {
      const c = CASES[n]!;
      if (checkBundled(c.input, OPTIONS[n]).ok) sink++;
    }
  });

  bench('dji-care-refresh, src through the vitest transform', () => {
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
