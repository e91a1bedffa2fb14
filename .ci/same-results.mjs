// Compares two vitest JSON reports: the same test files, the same number of tests in each, and
// every test (by its position in its file) with the same status. Used by .ci/run to show that a
// second machine locale changes no result. A test whose title itself differs between the runs
// (a title made from a locale-dependent string, e.g. a Date's `toString()`) is listed as a note.
//   node .ci/same-results.mjs reports/vitest.json reports/vitest-ja.json
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [a, b] = process.argv.slice(2).map((file) => {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const files = new Map();
  for (const suite of report.testResults) {
    files.set(relative(process.cwd(), suite.name), suite.assertionResults.map((t) => ({ title: t.fullName, status: t.status })));
  }
  return { file, files, passed: report.numPassedTests, failed: report.numFailedTests, total: report.numTotalTests };
});

const problems = [];
const notes = [];
for (const name of new Set([...a.files.keys(), ...b.files.keys()])) {
  const [x, y] = [a.files.get(name), b.files.get(name)];
  if (x === undefined || y === undefined) {
    problems.push(`${name}: in one run only`);
    continue;
  }
  if (x.length !== y.length) problems.push(`${name}: ${x.length} tests, then ${y.length}`);
  for (const [i, t] of x.entries()) {
    const u = y[i];
    if (u === undefined) continue;
    if (t.status !== u.status) problems.push(`${name} > ${t.title}: ${t.status}, then ${u.status}`);
    if (t.title !== u.title) notes.push(`${name}: title "${t.title}" reads "${u.title}" in the second run`);
  }
}
for (const note of notes) console.log(`note: ${note}`);
if (problems.length > 0) {
  console.error(`${problems.length} differences between ${a.file} and ${b.file}:`);
  for (const p of problems.slice(0, 20)) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`same results: ${a.total} tests in ${a.files.size} files, ${b.passed} passed and ${b.failed} failed in both runs`);
