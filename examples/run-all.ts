/**
 * Runs every example in this folder (each `*.ts` but this one and the batch's two scripts),
 * one after another, each in its own Node.js process under tsx, then the batch: 1,000 lines
 * from examples/generate-plans.ts (every 250th spoiled, so four are invalid) through
 * examples/batch-status.ts, checking that every valid line has its status, once, tagged with
 * its line number and serial, that each invalid line is reported with its line number, field
 * and code, and that a sample of statuses equals planStatus computed here. Fails when any of
 * them fails.
 *
 * Run: npm run examples
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ledgerFromJSON, planFromJSON, planStatus } from '../src/index';
import { SPOILERS } from './generate-plans';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
/** Scripts that take input or arguments: run by the batch step below. */
const BATCH = new Set(['batch-status.ts', 'generate-plans.ts']);
const examples = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== self && !BATCH.has(name))
  .sort();

/** Each example, and the support case again in Japanese and in German (issue 13). */
const runs: readonly (readonly string[])[] = [...examples.map((name) => [name]), ['support-claim.ts', '--locale', 'ja'], ['support-claim.ts', '--locale', 'de']];
const failed: string[] = [];
for (const [name, ...args] of runs) {
  const title = [name, ...args].join(' ');
  console.log(`\n=== examples/${title} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, name as string), ...args], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(`${title} (${run.signal === null ? `exit code ${run.status}` : `signal ${run.signal}`})`);
}

/** The batch on 1,000 generated lines; returns what went wrong, if anything. */
function batch(): string[] {
  const LINES = 1000;
  const EVERY = 250;
  const dir = mkdtempSync(join(tmpdir(), 'dji-batch-'));
  try {
    const inputFile = join(dir, 'plans.ndjson');
    const outFile = join(dir, 'statuses.ndjson');
    const errorsFile = join(dir, 'errors.ndjson');
    const gen = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'generate-plans.ts'), String(LINES), '--invalid-every', String(EVERY)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (gen.status !== 0) return [`generate-plans.ts failed: ${gen.stderr}`];
    writeFileSync(inputFile, gen.stdout);
    console.log(`$ npx tsx examples/batch-status.ts ${LINES}-line file --workers 2 --errors errors.ndjson > statuses.ndjson`);
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(here, 'batch-status.ts'), inputFile, '--out', outFile, '--errors', errorsFile, '--workers', '2', '--no-progress'],
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
    if (run.status !== 0) return [`batch-status.ts exited with ${run.status ?? run.signal}`];

    const problems: string[] = [];
    const input = gen.stdout.split('\n');
    const bad = new Map(Array.from({ length: LINES / EVERY }, (_, k) => [(k + 1) * EVERY, SPOILERS[k % SPOILERS.length]!] as const));
    const seen = new Set<number>();
    const outLines = readFileSync(outFile, 'utf8').split('\n').filter((l) => l !== '');
    for (const [n, text] of outLines.entries()) {
      const { line, serial, status } = JSON.parse(text) as { line: number; serial: string; status: unknown };
      if (seen.has(line)) problems.push(`line ${line} has two statuses`);
      seen.add(line);
      const record = JSON.parse(input[line - 1] ?? 'null') as { plan: { serial: string }; events: unknown; at: string } | null;
      if (record === null || bad.has(line)) {
        problems.push(`line ${line} is not a valid input line but has a status`);
        continue;
      }
      if (serial !== record.plan.serial) problems.push(`line ${line}: serial ${serial}, expected ${record.plan.serial}`);
      if (n % 97 === 0) {
        const plan = planFromJSON(record.plan);
        const expected = JSON.stringify(planStatus(plan, ledgerFromJSON(record.events, plan), record.at));
        if (JSON.stringify(status) !== expected) problems.push(`line ${line}: the status differs from planStatus computed in one thread`);
      }
    }
    const missing = Array.from({ length: LINES }, (_, k) => k + 1).filter((line) => !seen.has(line) && !bad.has(line));
    if (missing.length > 0) problems.push(`no status for lines ${missing.slice(0, 10).join(', ')}`);
    const reported = readFileSync(errorsFile, 'utf8').split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { line: number; field: string; code: string });
    for (const [line, spoiler] of bad) {
      const r = reported.find((e) => e.line === line);
      if (r === undefined) problems.push(`invalid line ${line} was not reported`);
      else if (r.field !== spoiler.field || r.code !== spoiler.code) problems.push(`line ${line} reported as ${r.field} ${r.code}, expected ${spoiler.field} ${spoiler.code}`);
    }
    if (reported.length !== bad.size) problems.push(`${reported.length} lines reported, expected ${bad.size}`);
    console.log(`${outLines.length} statuses for ${LINES - bad.size} valid lines, ${reported.length} invalid lines reported: ${problems.length === 0 ? 'as expected' : 'WRONG'}`);
    return problems;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\n=== examples/batch-status.ts (with examples/generate-plans.ts) ===');
const batchProblems = batch();
if (batchProblems.length > 0) {
  console.error(batchProblems.slice(0, 20).join('\n'));
  failed.push('batch-status.ts');
}

const total = runs.length + 1;
console.log(`\n${total - failed.length} passed, ${failed.length} failed`);
if (examples.length === 0) {
  console.error('No example found.');
  process.exitCode = 1;
}
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
