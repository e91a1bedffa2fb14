/**
 * A plan's periods — replacement, discounted repairs, official and extended warranty, Safe
 * Flight — drawn as an SVG timeline written to examples/out/timeline.svg, and as a text
 * timeline on the terminal.
 *
 * Run: npx tsx examples/plan-timeline.ts
 *
 * In your own code, import from 'dji-care-refresh' instead of '../src/index'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { agreementDate, coveragePeriods, periodList, timelineSvg, timelineText } from '../src/index';

/** A fixed "today", so that the output is the same on every run. */
const TODAY = '2027-03-15T09:00:00-07:00';

// A Mavic 3 with the 2-year plan, bound with an activation code in California.
const agreement = agreementDate({ channel: 'activation-code', timeZone: 'America/Los_Angeles', boundAt: '2026-06-01T17:30:00Z' });
if (!agreement.ok) throw new Error(agreement.reasons.map((r) => `${r.clause}: ${r.message}`).join('\n'));
const plan = coveragePeriods({
  product: 'mavic-3',
  term: '2y',
  region: 'US',
  timeZone: agreement.value.timeZone,
  agreementDate: agreement.value.agreementDate,
});
const periods = periodList(plan);
const title = `DJI Mavic 3, 2-year DJI Care Refresh from ${plan.agreementDate} (${agreement.value.clause})`;

const here = dirname(fileURLToPath(import.meta.url));
const file = join(here, 'out', 'timeline.svg');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, timelineSvg(periods, { today: TODAY, title, width: 900 }));

console.log(timelineText(periods, { today: TODAY, title }));
console.log(`SVG timeline written to ${relative(process.cwd(), file)}`);
