/**
 * Runs once around the whole test run: clears the previous run's detail reports, and at the end
 * prints each report's summary line and where the details are (see test/report.ts).
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { REPORT_DIR } from './report';

export default function setup(): () => void {
  rmSync(REPORT_DIR, { recursive: true, force: true });
  return () => {
    if (!existsSync(REPORT_DIR)) return;
    const files = readdirSync(REPORT_DIR).filter((f) => f.endsWith('.txt')).sort();
    if (files.length === 0) return;
    const lines = files.map((f) => `  ${readFileSync(`${REPORT_DIR}/${f}`, 'utf8').split('\n', 1)[0]}`);
    console.log(`\nTest reports (details in ${relative(process.cwd(), REPORT_DIR)}/):\n${lines.join('\n')}`);
  };
}
