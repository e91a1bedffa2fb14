// Compares two vitest JSON reports: the same test files, the same tests, each with the same
// status. Used by .ci/run to show that a second machine locale changes no result.
//   node .ci/same-results.mjs reports/vitest.json reports/vitest-ja.json
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [a, b] = process.argv.slice(2).map((file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const tests = new Map();
  for (const suite of report.testResults) {
    for (const t of suite.assertionResults) tests.set(`${relative(process.cwd(), suite.name)} > ${t.fullName}`, t.status);
  }
  return { file, tests, passed: report.numPassedTests, failed: report.numFailedTests };
});
const differ = [...new Set([...a.tests.keys(), ...b.tests.keys()])].filter((k) => a.tests.get(k) !== b.tests.get(k));
if (differ.length > 0) {
  console.error(`${differ.length} tests differ between ${a.file} and ${b.file}:`);
  for (const k of differ.slice(0, 20)) console.error(`  ${k}: ${a.tests.get(k) ?? 'absent'} / ${b.tests.get(k) ?? 'absent'}`);
  process.exit(1);
}
console.log(`same results: ${a.tests.size} tests, ${b.passed} passed and ${b.failed} failed in both runs`);
