/**
 * The vitest configuration Stryker runs (stryker.config.json): `vitest.config.ts` without the
 * tests that start processes or browsers, sweep every time zone, or only read the source as
 * text. Each would run again for every mutant it covers, and none checks a rule the other
 * tests leave unchecked:
 * - test/browser.test.ts, test/adversarial-chromium.test.ts and test/review-chromium-dates.test.ts: bundle with esbuild and run
 *   headless Chromium (the same answers as Node's, checked in Node by the rest of the suite;
 *   with the second left in, every mutant it reaches started a browser);
 * - test/package.test.ts: packs and installs the package into consumer projects;
 * - test/time-matrix.test.ts: 15 child processes under 12 process zones and 4 locales;
 * - test/time-sweep.test.ts: every skipped or repeated midnight of 1980–2040 in every zone
 *   against the Temporal oracle (the hard zones are in test/timezones.test.ts and
 *   test/time.test.ts, which stay);
 * - test/docs.test.ts: reads the doc comments with the TypeScript compiler; it runs no code of
 *   `src/`, so it can kill no mutant;
 * - test/fuzz.test.ts and test/boundary-properties.test.ts: random inputs to every exported
 *   function; they reach nearly every mutant, so every mutant would load and run them, and what
 *   they kill depends on the seed (a kill Stryker cannot repeat).
 * `npm test` still runs them all. Instrumented code runs several times slower, so a test gets
 * 60 s instead of 5 (the fast-check properties over hostile objects took over 5 s in the dry run).
 */
import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

const LEFT_OUT = ['test/browser.test.ts', 'test/adversarial-chromium.test.ts', 'test/review-chromium-dates.test.ts', 'test/package.test.ts', 'test/time-matrix.test.ts', 'test/time-sweep.test.ts', 'test/docs.test.ts', 'test/fuzz.test.ts', 'test/boundary-properties.test.ts'];

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [...configDefaults.exclude, ...LEFT_OUT],
      coverage: { enabled: false },
      testTimeout: 60_000,
      hookTimeout: 60_000,
    },
  }),
);
