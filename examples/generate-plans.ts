/**
 * Writes any number of batch input lines (NDJSON, the format examples/batch-status.ts reads)
 * to stdout: one plan with its ledger and the instant of its status a line,
 *
 *   {"plan":{"product":"mavic-3","serial":"S…","term":"1y","region":"US","timeZone":"America/New_York","agreementDate":"2025-06-14"},
 *    "events":[{"type":"warranty-repair","at":"2025-09-01T13:00:00.000Z","serial":"S…"}],"at":"2025-09-02T13:00:00.000Z"}
 *
 * drawn from the support workload of the benchmarks (bench/ledgers.ts: 0–6 events, the zones
 * of six markets, agreement dates over 2025–2026), from a fixed seed: the same arguments give
 * the same bytes. Streams in constant memory (waits for stdout to drain).
 *
 * Run: npx tsx examples/generate-plans.ts [count=10] [--seed n] [--invalid-every k] > plans.ndjson
 *
 * `--invalid-every k` spoils every k-th line (k, 2k, …) in turn: a ledger event at an instant
 * without an offset, an unknown product, a line cut short (not JSON), a line that is JSON but
 * not an object — so a batch's error reports can be checked.
 */
import { once } from 'node:events';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { supportCaseGenerator } from '../bench/ledgers';

/** The ways `--invalid-every` spoils a line, in turn, and what the batch reports for each. */
export const SPOILERS: readonly { readonly field: string; readonly code: string; readonly spoil: (line: string) => string }[] = [
  { field: 'plan.product', code: 'unknown-product', spoil: (line) => line.replace(/"product":"[^"]*"/, '"product":"mavic-9"') },
  { field: 'at', code: 'invalid-instant', spoil: (line) => line.replace(/"at":"([^"]*)Z"}$/, '"at":"$1"}') },
  { field: 'line', code: 'invalid-json', spoil: (line) => line.slice(0, Math.floor(line.length / 2)) },
  { field: 'line', code: 'wrong-type', spoil: () => '[]' },
];

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const positional = process.argv.slice(2).filter((a, n, all) => !a.startsWith('--') && !(all[n - 1] ?? '').startsWith('--'));
  const count = Number(positional[0] ?? 10);
  const seed = Number(option('--seed') ?? 1);
  const invalidEvery = Number(option('--invalid-every') ?? 0);
  if (!Number.isSafeInteger(count) || count < 0 || !Number.isSafeInteger(seed) || !Number.isSafeInteger(invalidEvery) || invalidEvery < 0) {
    console.error('usage: generate-plans.ts [count] [--seed n] [--invalid-every k]');
    process.exit(2);
  }
  const next = supportCaseGenerator(seed);
  let spoiled = 0;
  let buffer = '';
  for (let n = 1; n <= count; n++) {
    const c = next();
    let line = JSON.stringify({ plan: c.plan, events: c.events, at: c.at });
    if (invalidEvery > 0 && n % invalidEvery === 0) line = (SPOILERS[spoiled++ % SPOILERS.length] as (typeof SPOILERS)[number]).spoil(line);
    buffer += `${line}\n`;
    if (buffer.length >= 65_536 || n === count) {
      if (!process.stdout.write(buffer)) await once(process.stdout, 'drain');
      buffer = '';
    }
  }
}

// Only when run, not when run-all.ts imports SPOILERS.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
