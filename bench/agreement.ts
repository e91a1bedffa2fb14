/**
 * Checks (untimed) that the deciders of the eligibility benchmark agree on ok/not-ok for every
 * case — the library (as bundled for the benchmark) given the mixed, `Date` and ISO-string
 * forms of each case, the three floors and json-rules-engine — that the cases exercise every
 * eligibility clause on both sides, and that every support-workload call of the benchmark
 * answers (no InvalidInputError).
 * Run: `npm run bench:agree` (exits 1 on any disagreement, an unexercised clause or a throw).
 */
import type { ReplacementClaim } from '../src/index';
import { createEngine, engineEligible, floorEligible, floorEligibleDates, floorEligibleIso } from './baselines';
import { CASES, generateCases, withInstants } from './cases';
import { supportCases } from './ledgers';
import { PARSER, bundledLibrary } from './library';
import { SUPPORT_CASES, SUPPORT_SEED } from './rows';

const lib = await bundledLibrary();
const { checkPurchaseEligibility } = lib;
const DATES = withInstants(CASES, 'date');
const ISO = withInstants(CASES, 'iso');
const floorIso = floorEligibleIso(lib.parseInstant);

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
  const options = c.terms === undefined ? {} : { terms: c.terms };
  const d = DATES[n]!;
  const i = ISO[n]!;
  const answers = {
    'library (mixed)': ours.ok,
    'library (Date)': checkPurchaseEligibility(d.input, options).ok,
    'library (ISO)': checkPurchaseEligibility(i.input, options).ok,
    'floor (mixed, Date.parse)': floorEligible(c.input),
    'floor (Date)': floorEligibleDates(d.input),
    [`floor (ISO, ${PARSER.name})`]: floorIso(i.input),
    'json-rules-engine (mixed)': await engineEligible(engine, c.input),
    'json-rules-engine (Date)': await engineEligible(engine, d.input),
  };
  if (Object.values(answers).some((a) => a !== ours.ok)) {
    disagreements.push(`case ${n} (${c.kind}): ${JSON.stringify(answers)} ${JSON.stringify(c.input)}`);
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

// The support workload: every call of the benchmark answers.
const thrown: string[] = [];
const accepted3 = [0, 0, 0];
for (const [n, c] of supportCases(SUPPORT_CASES, SUPPORT_SEED).entries()) {
  try {
    lib.planStatus(c.plan, c.events, c.at);
    const claim: ReplacementClaim = { type: 'damage', at: c.at, serial: c.serial, express: n % 3 === 0 };
    if (lib.assessReplacement(c.plan, c.events, claim).ok) accepted3[0]!++;
    if (lib.assessDiscountedRepair(c.plan, c.events, { at: c.at, serial: c.serial, cause: n % 2 === 0 ? 'damage' : 'malfunction' }).ok) accepted3[1]!++;
    if (lib.assessMaintenance(c.plan, c.events, { at: c.at, serial: c.serial }).ok) accepted3[2]!++;
  } catch (error) {
    thrown.push(`support case ${n}: ${String(error)}`);
  }
}
console.log(
  `support workload: ${SUPPORT_CASES} cases; accepted: replacement ${accepted3[0]}, discounted repair ${accepted3[1]}, maintenance ${accepted3[2]}`,
);
if (thrown.length > 0) console.error(`\n${thrown.length} support calls threw:\n${thrown.slice(0, 10).join('\n')}`);

if (missing.length > 0) console.error(`\nclauses not exercised on both sides: ${missing.join(', ')}`);
if (disagreements.length > 0) console.error(`\n${disagreements.length} disagreements:\n${disagreements.slice(0, 20).join('\n')}`);
if (missing.length > 0 || disagreements.length > 0 || thrown.length > 0) process.exit(1);
console.log('\nAll deciders agree on every case, in every form; every support call answers.');
