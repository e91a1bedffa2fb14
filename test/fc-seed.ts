/**
 * Test setup: fast-check runs from one fixed seed, so a test run (and CI) is reproducible: the
 * same inputs every time. `FC_SEED=<n>` picks another seed, `FC_SEED=random` a fresh one per
 * run (as `npm run fuzz:nightly` does, to explore); a failure prints its seed to replay it.
 */
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') {
  const seed = chosen === undefined ? 20_261_130 : Number(chosen);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be a whole number or 'random', not ${chosen}`);
  fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
}
