/**
 * Runs the benchmarks and prints the README's Performance section as markdown: the figures,
 * the machine, the commands, and the ratios to the baselines measured in the same run.
 *
 * Run: `npx tsx bench/report.ts` (about a minute on 2 cores, plus the batch job:
 * `--batch 100000` for the issue's 100,000 plans, `--batch 0` to skip it; default 100,000).
 * Steps: `npx tsx bench/agreement.ts` (the three deciders agree), `vitest bench --run
 * --outputJson` over bench/*.bench.ts, `node --expose-gc --import tsx bench/batch.ts`, and
 * `npx tsx bench/size.ts`. Exits 1 if a step fails; targets that miss are reported, not fatal.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASE_COUNT } from './cases';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const batchArg = process.argv.indexOf('--batch');
const BATCH = batchArg === -1 ? 100_000 : Number(process.argv[batchArg + 1]);

interface BenchResult {
  readonly name: string;
  readonly hz: number;
  readonly mean: number;
  readonly rme: number;
  readonly sampleCount: number;
}
interface BenchJson {
  readonly files: readonly { readonly groups: readonly { readonly fullName: string; readonly benchmarks: readonly BenchResult[] }[] }[];
}

function run(command: string, args: readonly string[], quiet = true): string {
  console.error(`$ ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', quiet ? 'pipe' : 'inherit'] });
  if (r.status !== 0) {
    console.error(r.stdout, r.stderr);
    throw new Error(`${command} ${args.join(' ')} failed (exit ${r.status})`);
  }
  return r.stdout;
}

const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const x = (n: number): string => `${n.toFixed(n < 10 ? 2 : 1)}×`;

// 1. The deciders agree (untimed).
run('npx', ['tsx', 'bench/agreement.ts']);

// 2. vitest bench, JSON out.
const dir = mkdtempSync(join(tmpdir(), 'dji-bench-'));
const jsonFile = join(dir, 'bench.json');
run('npx', ['vitest', 'bench', '--run', '--outputJson', jsonFile]);
const json = JSON.parse(readFileSync(jsonFile, 'utf8')) as BenchJson;
rmSync(dir, { recursive: true, force: true });
const all = json.files.flatMap((f) => f.groups.flatMap((g) => g.benchmarks));
const find = (prefix: string): BenchResult => {
  const b = all.find((r) => r.name.startsWith(prefix));
  if (b === undefined) throw new Error(`no benchmark named ${prefix}`);
  return b;
};

// 3. Batch and size.
const batch =
  BATCH > 0
    ? (JSON.parse(run('node', ['--expose-gc', '--import', 'tsx', 'bench/batch.ts', String(BATCH), '--json'])) as {
        plans: number;
        events: number;
        seconds: number;
        plansPerSecond: number;
        inputHeapMB: number;
        peakHeapMB: number;
      })
    : undefined;
const sizeOut = spawnSync('npx', ['tsx', 'bench/size.ts'], { cwd: ROOT, encoding: 'utf8' });

// The report.
const lib = find('dji-care-refresh, bundled');
const libSrc = find('dji-care-refresh, src');
const engine = find('json-rules-engine');
const floor = find('floor');
const perSecond = (b: BenchResult): number => b.hz * CASE_COUNT;
const vsEngine = lib.hz / engine.hz;
const vsFloor = floor.hz / lib.hz;

const cpu = cpus();
const out: string[] = [];
out.push('## Performance', '');
out.push(
  `Measured on ${cpu[0]?.model.trim() ?? 'unknown CPU'} (${cpu.length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GB), Node ${process.version}, ${process.platform}; ` +
    `${new Date().toISOString().slice(0, 10)}. Produced by \`npx tsx bench/report.ts\` (vitest bench; ratios are to baselines measured in the same run).`,
  '',
);
out.push(`### Purchase eligibility: ${fmt(CASE_COUNT)} mixed cases (fixed seed, every eligibility clause on both sides)`, '');
out.push('| decider | decisions/s | relative | ±rme |', '|---|---:|---:|---:|');
out.push(`| dji-care-refresh \`checkPurchaseEligibility\` (validation, trace, reasons), bundled by esbuild as shipped | ${fmt(perSecond(lib))} | 1 | ${lib.rme.toFixed(1)} % |`);
out.push(`| the same, from \`src/\` through vitest's module transform (a getter call per import) | ${fmt(perSecond(libSrc))} | ${(libSrc.hz / lib.hz).toFixed(2)} | ${libSrc.rme.toFixed(1)} % |`);
out.push(`| json-rules-engine 7.3.1, same rules as facts and conditions | ${fmt(perSecond(engine))} | ${(engine.hz / lib.hz).toFixed(3)} | ${engine.rme.toFixed(1)} % |`);
out.push(`| floor: hand-written predicate, no validation, no explanations | ${fmt(perSecond(floor))} | ${(floor.hz / lib.hz).toFixed(2)} | ${floor.rme.toFixed(1)} % |`);
out.push('');
out.push(`- vs json-rules-engine: **${x(vsEngine)} faster** (target ≥ 50×: ${vsEngine >= 50 ? 'met' : `missed by ${x(50 / vsEngine)}`}).`);
out.push(`- vs the floor: **${x(vsFloor)} its cost** (target ≤ 3×: ${vsFloor <= 3 ? 'met' : `missed: ${x(vsFloor / 3)} over`}).`);
out.push(`- From \`src/\` under vitest's transform: ${x(libSrc.hz / engine.hz)} json-rules-engine, ${x(floor.hz / libSrc.hz)} the floor's cost.`);
out.push('');

out.push('### planStatus by ledger size (20 plans per iteration)', '');
out.push('| events | statuses/s | µs per status | cost vs 10 events |', '|---:|---:|---:|---:|');
const ten = find('planStatus, 10 events');
for (const size of [0, 10, 100, 1000]) {
  const b = find(`planStatus, ${size} events`);
  out.push(`| ${fmt(size)} | ${fmt(b.hz * 20)} | ${((b.mean * 1000) / 20).toFixed(1)} | ${(ten.hz / b.hz).toFixed(2)}× |`);
}
const thousand = ten.hz / find('planStatus, 1000 events').hz;
out.push('', `- 1,000 events cost ${x(thousand)} the cost of 10 (target ≤ 120×: ${thousand <= 120 ? 'met' : 'missed'}).`, '');

if (batch !== undefined) {
  out.push(`### Batch: statuses of ${fmt(batch.plans)} plans (${fmt(batch.events)} ledger events, 0–20 per plan)`, '');
  out.push('| plans/s | total | inputs on heap | peak heap |', '|---:|---:|---:|---:|');
  out.push(`| ${fmt(batch.plansPerSecond)} | ${batch.seconds.toFixed(1)} s | ${batch.inputHeapMB.toFixed(0)} MB | ${batch.peakHeapMB.toFixed(0)} MB |`, '');
  out.push('Command: `node --expose-gc --import tsx bench/batch.ts 100000`.', '');
}

out.push('### Size and import cost (`npm run size`)', '');
// The size script's two tables, each kept whole.
let inTable = false;
for (const line of sizeOut.stdout.split('\n')) {
  if (line.startsWith('|')) out.push(line);
  else if (inTable) out.push('');
  inTable = line.startsWith('|');
}
if (sizeOut.status !== 0) out.push('', `**Size check failed:** ${sizeOut.stderr.trim().split('\n').slice(-3).join(' ')}`);
out.push('', 'Commands: `npm run bench` (vitest bench), `npx tsx bench/agreement.ts`, `npm run size`.');
console.log(out.join('\n'));
