/**
 * Issue 6 batch case: the statuses of 100,000 plans with random valid ledgers (0–20 events,
 * bench/ledgers.ts, fixed seed), as a support tool's nightly job computes them.
 *
 * The plans are generated first (as if loaded from a database); then each status is computed
 * and only a tally is kept. Reports plans per second and peak heap (sampled every 500 plans,
 * and the heap held by the inputs alone, after a forced GC).
 *
 * Run: `node --expose-gc --import tsx bench/batch.ts [plans]` (default 100,000;
 * `--json` prints one JSON line for bench/report.ts).
 */
import { cpus } from 'node:os';
import { planStatus } from '../src/ledger';
import { type PlanCase, planCases } from './ledgers';

const args = process.argv.slice(2);
const COUNT = Number(args.find((a) => /^\d+$/.test(a)) ?? 100_000);
const JSON_OUT = args.includes('--json');
const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

gc?.();
const baseHeap = process.memoryUsage().heapUsed;
const next = planCases(0xba7c4);
// Ledger sizes 0–20 from a small LCG of their own.
let sizeSeed = 0x2545f491;
const cases: PlanCase[] = [];
let events = 0;
for (let i = 0; i < COUNT; i++) {
  sizeSeed = (Math.imul(sizeSeed, 1103515245) + 12345) >>> 0;
  const c = next((sizeSeed >>> 16) % 21);
  events += c.events.length;
  cases.push(c);
}
gc?.();
const inputHeap = process.memoryUsage().heapUsed;

let peakHeap = inputHeap;
let peakRss = process.memoryUsage().rss;
let available = 0;
const start = performance.now();
for (let i = 0; i < cases.length; i++) {
  const c = cases[i] as PlanCase;
  available += planStatus(c.plan, c.events, c.at).available.replacements;
  if (i % 500 === 0) {
    const m = process.memoryUsage();
    peakHeap = Math.max(peakHeap, m.heapUsed);
    peakRss = Math.max(peakRss, m.rss);
  }
}
const seconds = (performance.now() - start) / 1000;
const m = process.memoryUsage();
peakHeap = Math.max(peakHeap, m.heapUsed);
peakRss = Math.max(peakRss, m.rss);

const result = {
  plans: COUNT,
  events,
  seconds,
  plansPerSecond: COUNT / seconds,
  inputHeapMB: (inputHeap - baseHeap) / MB,
  peakHeapMB: peakHeap / MB,
  peakRssMB: peakRss / MB,
  gcExposed: gc !== undefined,
  checksum: available,
};
if (JSON_OUT) {
  console.log(JSON.stringify(result));
} else {
  console.log(`planStatus batch: ${COUNT} plans, ${events} ledger events (0–20 per plan), ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`);
  console.log(`| plans/s | time | inputs on heap | peak heap | peak RSS |\n|---:|---:|---:|---:|---:|`);
  console.log(
    `| ${Math.round(result.plansPerSecond)} | ${seconds.toFixed(1)} s | ${result.inputHeapMB.toFixed(0)} MB | ${result.peakHeapMB.toFixed(0)} MB | ${result.peakRssMB.toFixed(0)} MB |`,
  );
  if (gc === undefined) console.log('(run with --expose-gc for the input-heap figure)');
}
