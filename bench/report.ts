/**
 * Runs the benchmarks and prints the README's Performance section as markdown: the machine,
 * the figures, every goal of issue 11 met or missed by how much, and the commands.
 *
 * Run: `npm run bench:report` (a few minutes on 2 cores). `--batch <lines>` adds the batch
 * figures (bench/batch.ts, 1 and 2 workers; the README's are for `--batch 1000000`); without
 * it the batch is not run and the section says how to run it. Set `BENCH_TIME` (ms per row)
 * for longer rows.
 *
 * Steps: `npm run bench:agree` (the deciders agree, untimed), one `vitest bench --run
 * --outputJson` over bench/goals.bench.ts (every row side by side in one run, so every ratio
 * is between figures of the same run), bench/batch.ts, and `bench/size.ts --soft`. Figures
 * are medians of the iterations (robust to a busy machine), with the relative margin of
 * error of the mean. Exits 1 if a step fails; a missed goal is reported, not fatal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BatchFigures } from './batch';
import { CASE_COUNT } from './cases';
import { PARSER } from './library';
import { ELIGIBILITY_ROWS, GOALS, LEDGER_ROWS, SUPPORT_CASES, SUPPORT_ROWS, ledgerRow } from './rows';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const batchAt = process.argv.indexOf('--batch');
const BATCH = batchAt === -1 ? 0 : Number(process.argv[batchAt + 1]);

interface BenchResult {
  readonly name: string;
  readonly hz: number;
  readonly median: number;
  readonly rme: number;
  readonly sampleCount: number;
}
interface BenchJson {
  readonly files: readonly { readonly groups: readonly { readonly benchmarks: readonly BenchResult[] }[] }[];
}

function run(command: string, args: readonly string[]): { readonly stdout: string; readonly stderr: string; readonly status: number | null } {
  console.error(`$ ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 2 ** 20 });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}
function mustRun(command: string, args: readonly string[]): string {
  const r = run(command, args);
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const x = (n: number): string => `${n.toFixed(n < 10 ? 2 : n < 100 ? 1 : 0)}×`;
const time = (ms: number): string => (ms >= 1 ? `${ms.toFixed(ms >= 100 ? 0 : 2)} ms` : ms >= 0.001 ? `${(ms * 1000).toFixed(ms >= 0.1 ? 0 : 2)} µs` : `${(ms * 1e6).toFixed(1)} ns`);
/** "met" or how far off, for a goal "at most `goal`" (`atMost`) or "at least `goal`". */
const verdict = (value: number, goal: number, atMost: boolean): string =>
  (atMost ? value <= goal : value >= goal) ? 'met' : `**missed by ${x(atMost ? value / goal : goal / value)}**`;

// 1. The deciders agree (untimed).
mustRun('npx', ['tsx', 'bench/agreement.ts']);

// 2. Every row, one vitest bench run.
const dir = mkdtempSync(join(tmpdir(), 'dji-bench-'));
const jsonFile = join(dir, 'bench.json');
mustRun('npx', ['vitest', 'bench', '--run', '--outputJson', jsonFile]);
const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as BenchJson;
rmSync(dir, { recursive: true, force: true });
const all = json.files.flatMap((f) => f.groups.flatMap((g) => g.benchmarks));
const find = (prefix: string): BenchResult | undefined => all.find((r) => r.name.startsWith(prefix));
const must = (prefix: string): BenchResult => {
  const b = find(prefix);
  if (b === undefined) throw new Error(`no benchmark named ${prefix}`);
  return b;
};
/** Median time of one unit of work (ms), the iteration's median divided by the units in it. */
const per = (b: BenchResult, units: number): number => b.median / units;

// 3. Batch and size.
const batch = BATCH > 0 ? (JSON.parse(mustRun('npx', ['tsx', 'bench/batch.ts', String(BATCH), '--json'])) as BatchFigures) : undefined;
const size = run('npx', ['tsx', 'bench/size.ts', '--soft', '--runs', '5']);

// The report.
const cpu = cpus();
const out: string[] = [];
out.push('## Performance', '');
out.push(
  `Measured on ${cpu[0]?.model.trim() ?? 'unknown CPU'} (${availableParallelism()} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB), Node ${process.version}, ${process.platform}, ` +
    `${new Date().toISOString().slice(0, 10)}, by \`npm run bench:report${BATCH > 0 ? ` -- --batch ${BATCH}` : ''}\`: one \`vitest bench\` run of bench/goals.bench.ts, ` +
    'every row side by side, so each ratio is between figures of the same run. The library is `src/` bundled by esbuild, as it ships. ' +
    'Figures are medians of the iterations; ±rme is the margin of error of the mean.',
  '',
);

// Eligibility.
const libDates = must(ELIGIBILITY_ROWS.libraryDates);
const floorDates = must(ELIGIBILITY_ROWS.floorDates);
const libIso = must(ELIGIBILITY_ROWS.libraryIso);
const floorIso = must(ELIGIBILITY_ROWS.floorIso);
const engine = must(ELIGIBILITY_ROWS.engine);
const noText = find(ELIGIBILITY_ROWS.textLeftOut);
const decision = (b: BenchResult): number => per(b, CASE_COUNT);
const floorDecision = decision(floorDates);
out.push(`### Purchase eligibility: ${fmt(CASE_COUNT)} cases (fixed seed, every eligibility clause on both sides)`, '');
out.push('| decider | instants given as | decisions/s | per decision | cost vs the floor, same inputs | ±rme |', '|---|---|---:|---:|---:|---:|');
const eligRow = (who: string, inputs: string, b: BenchResult, floor: BenchResult): string =>
  `| ${who} | ${inputs} | ${fmt(1000 / decision(b))} | ${time(decision(b))} | ${x(decision(b) / decision(floor))} | ${b.rme.toFixed(1)} % |`;
out.push(eligRow('dji-care-refresh `checkPurchaseEligibility` (validation, trace, reasons)', '`Date`', libDates, floorDates));
out.push(eligRow('floor: hand-written predicate, no validation, no explanations', '`Date`', floorDates, floorDates));
out.push(eligRow('dji-care-refresh `checkPurchaseEligibility`', 'ISO-8601 strings', libIso, floorIso));
out.push(eligRow(`floor, reading each string with the library's own \`${PARSER.name}\``, 'ISO-8601 strings', floorIso, floorIso));
out.push(eligRow('json-rules-engine 7.3.1, the same rules as facts and conditions', '`Date`', engine, floorDates));
if (noText === undefined) out.push('| dji-care-refresh, English text left out | `Date` | not yet available | | | |');
else out.push(eligRow(`dji-care-refresh, English text left out (\`${noText.name.slice(ELIGIBILITY_ROWS.textLeftOut.length).trim()}\`)`, '`Date`', noText, floorDates));
out.push('');
const vsFloor = decision(libDates) / floorDecision;
const vsEngine = decision(engine) / decision(libDates);
out.push(`- Library vs the floor, \`Date\` inputs on both sides: **${x(vsFloor)} its cost** (goal ≤ ${GOALS.floorRatio}×: ${verdict(vsFloor, GOALS.floorRatio, true)}).`);
out.push(
  `- With ISO strings, both sides parsing with \`${PARSER.name}\` (src/time/instant.ts): ${x(decision(libIso) / decision(floorIso))} the floor's cost (no goal; the parser's share is in both).`,
);
out.push(`- Library vs json-rules-engine: **${x(vsEngine)} faster** (goal ≥ ${GOALS.engineSpeedup}×: ${verdict(vsEngine, GOALS.engineSpeedup, false)}).`);
out.push(
  noText === undefined
    ? '- English text left out: not yet available (the option does not exist yet; the row runs as soon as it does).'
    : `- English text left out: ${x(decision(noText) / floorDecision)} the floor's cost, ${x(decision(libDates) / decision(noText))} faster than with the text.`,
);
out.push('');

// Support calls.
out.push(
  `### Support calls: ${SUPPORT_CASES} cases of the support workload, warm`,
  '',
  'Ledgers of 0–6 events, plans in the zones of six markets (America/New_York, Europe/Berlin, Europe/London, Asia/Tokyo, Australia/Sydney, ' +
    'Asia/Shanghai), agreement dates spread over 2025–2026, fixed seed (bench/ledgers.ts); the same cases every iteration, so caches are warm. One core.',
  '',
);
out.push(
  `| call | calls/s (goal ≥ ${fmt(GOALS.callsPerSecond)}) | per call | × the floor's eligibility decision (goal ≤ ${fmt(GOALS.callsFloorRatio)}) | ±rme |`,
  '|---|---:|---:|---:|---:|',
);
const misses: string[] = [];
for (const [call, name] of Object.entries(SUPPORT_ROWS)) {
  const b = must(name);
  const each = per(b, SUPPORT_CASES);
  const perSecond = 1000 / each;
  const ratio = each / floorDecision;
  out.push(`| \`${call}\` | ${fmt(perSecond)} (${verdict(perSecond, GOALS.callsPerSecond, false)}) | ${time(each)} | ${fmt(ratio)}× (${verdict(ratio, GOALS.callsFloorRatio, true)}) | ${b.rme.toFixed(1)} % |`);
  if (perSecond < GOALS.callsPerSecond) misses.push(call);
}
out.push('');
out.push(misses.length === 0 ? '- Every call meets both goals.' : `- Goals missed by: ${misses.map((m) => `\`${m}\``).join(', ')}.`, '');

// Ledger size.
out.push('### `planStatus` by ledger size (random valid ledgers, fixed seed)', '');
out.push('| events | statuses/s | per status | per event | per event vs 1,000 events | ±rme |', '|---:|---:|---:|---:|---:|---:|');
const perEvent = (events: number): number => {
  const row = LEDGER_ROWS.find((r) => r.events === events);
  return row === undefined ? Number.NaN : per(must(ledgerRow(events)), row.plans) / events;
};
for (const { events, plans } of LEDGER_ROWS) {
  const b = must(ledgerRow(events));
  const each = per(b, plans);
  out.push(`| ${fmt(events)} | ${fmt(1000 / each)} | ${time(each)} | ${time(each / events)} | ${x(perEvent(events) / perEvent(1000))} | ${b.rme.toFixed(1)} % |`);
}
const largest = LEDGER_ROWS[LEDGER_ROWS.length - 1]?.events ?? 1000;
const slack = perEvent(largest) / perEvent(1000);
out.push(
  '',
  `- Linear in the ledger: the per-event cost at ${fmt(largest)} events is ${x(slack)} that at 1,000 (the harness's reading of "linear": ≤ ${GOALS.linearSlack}×: ${verdict(slack, GOALS.linearSlack, true)}). ` +
    'Below 1,000 events the fixed cost of a call dominates.',
  '',
);

// Batch.
out.push('### Batch: `examples/batch-status.ts`', '');
if (batch === undefined) {
  out.push('Not run in this report: `npm run bench:report -- --batch 1000000` (or `npm run bench:batch -- 1000000` alone) adds it.', '');
} else {
  out.push(`${fmt(batch.lines)} lines of the support workload (${batch.inputMB.toFixed(0)} MB of NDJSON, \`examples/generate-plans.ts ${batch.lines}\`), statuses to /dev/null:`, '');
  out.push('| workers | time | lines/s | peak memory, main thread and workers (max RSS) |', '|---:|---:|---:|---:|');
  for (const r of batch.runs) out.push(`| ${r.workers} | ${r.seconds.toFixed(1)} s | ${fmt(r.linesPerSecond)} | ${r.peakRssMB.toFixed(0)} MB |`);
  if (batch.scaling !== undefined) out.push('', `- Scaling 1 → 2 workers: **${x(batch.scaling)}** (goal ≥ ${GOALS.batchScaling}×: ${verdict(batch.scaling, GOALS.batchScaling, false)}).`);
  out.push('', `Command: \`npm run bench:batch -- ${batch.lines}\`.`, '');
}

// Size: the size script's tables, each kept whole, and its misses.
out.push('### Size (`npm run size`)', '');
let inTable = false;
for (const line of size.stdout.split('\n')) {
  if (line.startsWith('|')) out.push(line);
  else if (inTable) out.push('');
  inTable = line.startsWith('|');
}
if (size.status !== 0) throw new Error(`bench/size.ts failed:\n${size.stderr}`);
const sizeMisses = size.stderr.split('\n').filter((l) => l.startsWith('- '));
if (sizeMisses.length > 0) out.push(`\`npm run size\` fails on: ${sizeMisses.map((l) => l.slice(2)).join('; ')}.`, '');
out.push(
  'Commands: `npm run bench` (the rows), `npm run bench:agree` (the deciders agree), `npm run bench:batch -- 1000000`, `npm run size`, `npm run bench:report` (this section).',
);
console.log(out.join('\n'));
