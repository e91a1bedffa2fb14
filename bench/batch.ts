/**
 * The batch figures of the README (issue 11): examples/batch-status.ts over N generated lines
 * (examples/generate-plans.ts, seed 1: the support workload, 0–6 events, six markets), run
 * once with 1 worker and once with 2, each in a fresh process writing its statuses to
 * /dev/null. Reports per run: time, lines per second, and the peak memory of the whole
 * process — main thread and worker threads together (`process.resourceUsage().maxRSS`,
 * which the batch prints in its summary) — and the scaling from 1 to 2 workers (goal ≥ 1.7×).
 *
 * Run: `npm run bench:batch -- 1000000` (default 1,000,000 lines; about 410 bytes a line, the
 * input is written to a temporary file first and removed after). `--workers 1,2` chooses the
 * runs, `--json` prints one JSON line for bench/report.ts. Progress of each run goes to
 * stderr every few seconds; stdout has only the table.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Summary } from '../examples/batch-status';
import { GOALS } from './rows';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const LINES = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
const JSON_OUT = args.includes('--json');
const workersAt = args.indexOf('--workers');
const WORKERS = (workersAt === -1 ? '1,2' : (args[workersAt + 1] ?? '1,2')).split(',').map(Number);

export interface BatchFigures {
  readonly lines: number;
  readonly inputMB: number;
  readonly runs: readonly Summary[];
  /** Lines/s with 2 workers over lines/s with 1, when both ran. */
  readonly scaling: number | undefined;
}

function runNode(argv: readonly string[], stdoutFd: number | 'ignore'): Promise<number> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...argv], { cwd: ROOT, stdio: ['ignore', stdoutFd, 'inherit'] });
    child.on('error', fail);
    child.on('exit', (code) => done(code ?? 1));
  });
}

const dir = mkdtempSync(join(tmpdir(), 'dji-batch-bench-'));
try {
  const input = join(dir, 'plans.ndjson');
  console.error(`generating ${LINES.toLocaleString('en-US')} lines ...`);
  const fd = openSync(input, 'w');
  const generated = await runNode(['examples/generate-plans.ts', String(LINES)], fd);
  closeSync(fd);
  if (generated !== 0) throw new Error('examples/generate-plans.ts failed');
  const inputMB = statSync(input).size / 2 ** 20;

  const runs: Summary[] = [];
  for (const workers of WORKERS) {
    const summaryFile = join(dir, `summary-${workers}.json`);
    console.error(`batch with ${workers} worker${workers === 1 ? '' : 's'} ...`);
    const code = await runNode(
      ['examples/batch-status.ts', input, '--out', '/dev/null', '--workers', String(workers), '--progress', '--summary', summaryFile],
      'ignore',
    );
    if (code !== 0) throw new Error(`examples/batch-status.ts with ${workers} workers failed (exit ${code})`);
    runs.push(JSON.parse(readFileSync(summaryFile, 'utf8')) as Summary);
  }
  const one = runs.find((r) => r.workers === 1);
  const two = runs.find((r) => r.workers === 2);
  const figures: BatchFigures = {
    lines: LINES,
    inputMB,
    runs,
    scaling: one !== undefined && two !== undefined ? two.linesPerSecond / one.linesPerSecond : undefined,
  };

  if (JSON_OUT) {
    console.log(JSON.stringify(figures));
  } else {
    const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
    const node = spawnSync(process.execPath, ['--version'], { encoding: 'utf8' }).stdout.trim();
    console.log(
      `Batch: examples/batch-status.ts over ${fmt(LINES)} lines (${inputMB.toFixed(0)} MB of NDJSON, the support workload), ` +
        `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores, Node ${node}\n`,
    );
    console.log('| workers | time | lines/s | peak memory (main thread and workers, max RSS) |\n|---:|---:|---:|---:|');
    for (const r of runs) console.log(`| ${r.workers} | ${r.seconds.toFixed(1)} s | ${fmt(r.linesPerSecond)} | ${r.peakRssMB.toFixed(0)} MB |`);
    if (figures.scaling !== undefined) {
      const s = figures.scaling;
      console.log(`\nScaling 1 → 2 workers: ${s.toFixed(2)}× (goal ≥ ${GOALS.batchScaling}×: ${s >= GOALS.batchScaling ? 'met' : `missed by ${(GOALS.batchScaling / s).toFixed(2)}×`}).`);
    }
    console.log(`\nCommand: \`npm run bench:batch -- ${LINES}\`.`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
