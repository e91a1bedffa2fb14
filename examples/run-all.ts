/**
 * Runs every example in this folder (each `*.ts` but this one), one after another, each in
 * its own Node.js process under tsx, and fails when any of them fails.
 *
 * Run: npm run examples
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const self = basename(fileURLToPath(import.meta.url));
const examples = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== self)
  .sort();

const failed: string[] = [];
for (const name of examples) {
  console.log(`\n=== examples/${name} ===`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, name)], { stdio: 'inherit' });
  if (run.status !== 0) failed.push(`${name} (${run.signal === null ? `exit code ${run.status}` : `signal ${run.signal}`})`);
}

console.log(`\n${examples.length - failed.length} passed, ${failed.length} failed`);
if (examples.length === 0) {
  console.error('No example found.');
  process.exitCode = 1;
}
if (failed.length > 0) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exitCode = 1;
}
