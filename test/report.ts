/**
 * Test reports: what a fuzz or probe run exercised goes to a file under
 * `reports/test-details/` (gitignored), not to the test output. The first line of each file is
 * its one-line summary; test/global-setup.ts prints those lines once, after the run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPORT_DIR = resolve(process.cwd(), 'reports', 'test-details');

/** Writes `reports/test-details/<name>.txt`: the summary line, then the details. */
export function writeReport(name: string, summary: string, details: readonly string[] = []): void {
  mkdirSync(REPORT_DIR, { recursive: true });
  writeFileSync(resolve(REPORT_DIR, `${name}.txt`), `${[summary, ...details].join('\n')}\n`);
}
