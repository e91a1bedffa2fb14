/**
 * Checks (untimed) that the three deciders of the eligibility benchmark agree on ok/not-ok
 * for every case, and that the cases exercise every eligibility clause on both sides.
 * Run: `npx tsx bench/agreement.ts` (exits 1 on any disagreement or an unexercised clause).
 */
import { checkPurchaseEligibility } from '../src/eligibility';
import { createEngine, engineEligible, floorEligible } from './baselines';
import { CASES, generateCases } from './cases';

const again = generateCases();
if (JSON.stringify(again) !== JSON.stringify(CASES)) {
  console.error('the case generator is not deterministic');
  process.exit(1);
}

const engine = createEngine();
const passed = new Map<string, number>();
const failed = new Map<string, number>();
const kinds = new Map<string, number>();
const disagreements: string[] = [];
let accepted = 0;

for (const [n, c] of CASES.entries()) {
  const ours = checkPurchaseEligibility(c.input, c.terms === undefined ? {} : { terms: c.terms });
  const floor = floorEligible(c.input);
  const rules = await engineEligible(engine, c.input);
  if (ours.ok !== floor || ours.ok !== rules) {
    disagreements.push(`case ${n} (${c.kind}): library ${ours.ok}, floor ${floor}, json-rules-engine ${rules} ${JSON.stringify(c.input)}`);
  }
  if (ours.ok) accepted++;
  kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
  for (const check of ours.trace) {
    const tally = check.passed ? passed : failed;
    tally.set(check.clause, (tally.get(check.clause) ?? 0) + 1);
  }
}

const CLAUSES = ['ELIG-NEW', 'ELIG-48H', 'ELIG-30D', 'ELIG-VERIFY', 'ELIG-ONCE', 'REGION-AVAILABLE', 'REGION-MATCH'];
console.log(`${CASES.length} cases, ${accepted} accepted, ${CASES.length - accepted} refused\n`);
console.log('| clause | passed | failed |\n|---|---:|---:|');
const missing: string[] = [];
for (const clause of CLAUSES) {
  const p = passed.get(clause) ?? 0;
  const f = failed.get(clause) ?? 0;
  if (p === 0 || f === 0) missing.push(clause);
  console.log(`| ${clause} | ${p} | ${f} |`);
}
console.log(`\nkinds: ${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ')}`);
const gimbal = CASES.filter((c) => c.terms !== undefined).length;
console.log(`gimbal cases (caller terms): ${gimbal}`);

if (missing.length > 0) console.error(`\nclauses not exercised on both sides: ${missing.join(', ')}`);
if (disagreements.length > 0) console.error(`\n${disagreements.length} disagreements:\n${disagreements.slice(0, 20).join('\n')}`);
if (missing.length > 0 || disagreements.length > 0) process.exit(1);
console.log('\nAll three deciders agree on every case.');
