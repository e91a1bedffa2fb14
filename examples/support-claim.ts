/**
 * A support agent's case: a customer's DJI Mavic 3 flew away, and later the replacement unit
 * was damaged. The agent reads the plan and its ledger from the support tool's JSON store,
 * pastes the plan's status to the customer, decides the flyaway claim and the damage claim
 * (every clause, the fee, what is left), and shows a refused claim with all its reasons.
 * The updated ledger is written back as JSON.
 *
 * Run: npx tsx examples/support-claim.ts [--locale <tag>]
 *
 * With `--locale ja` (or ko, zh-Hans, zh-Hant, de, fr, es, it) every word the library writes
 * (reasons, checks, notes, the plan's status) is in that language, dates and money formatted
 * for the plan's market; the agent's own labels (ACCEPTED, REFUSED) stay English.
 *
 * In your own code, import from 'dji-care-refresh' instead of '../src/index'.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import {
  type Check,
  type Decision,
  type FeeQuote,
  type Locale,
  type Plan,
  type ReplacementAssessment,
  type ReplacementClaim,
  type ServiceEvent,
  assessReplacement,
  describePlan,
  formatMoney,
  ledgerFromJSON,
  planFromJSON,
  planStatus,
  en,
  rebindAfterReplacement,
} from '../src/index';
import { de } from '../src/locale/de';
import { es } from '../src/locale/es';
import { fr } from '../src/locale/fr';
import { it as italian } from '../src/locale/it';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';

// In your own code: `import { ja } from 'dji-care-refresh/locale/ja'`, one import per language.
const LOCALES: Readonly<Record<string, Locale>> = { en, ja, ko, 'zh-Hans': zhHans, 'zh-Hant': zhHant, de, fr, es, it: italian };
const { values: args } = parseArgs({ options: { locale: { type: 'string', default: 'en' } } });
// BCP 47 tags are case-insensitive (`zh-hant` is `zh-Hant`); only the table's own keys count
// (`--locale toString` is not a locale).
const wanted = (args.locale as string).toLowerCase();
const locale = Object.entries(LOCALES).find(([tag]) => tag.toLowerCase() === wanted)?.[1];
if (locale === undefined) {
  console.error(`--locale: expected one of ${Object.keys(LOCALES).join(', ')}; got ${args.locale}`);
  process.exit(2);
}
/** The options every call takes: the words in the chosen language. */
const options = { locale } as const;

/** The data files sit beside this script, wherever it is run from. */
function readJson(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8'));
}

// Fixed instants, so that the output is the same on every run.
const FIRST_CALL = '2026-06-15T16:00:00Z';
const REPLACEMENT_RECEIVED = '2026-06-22T15:00:00Z';
const DAMAGE_AT = '2026-08-20T21:15:00Z';
const SECOND_FLYAWAY_AT = '2026-09-05T14:00:00Z';
const LAST_CALL = '2026-09-06T15:00:00Z';

function heading(title: string): void {
  console.log(`\n--- ${title} ---`);
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((l) => `  ${l}`)
    .join('\n');
}

function fee(quote: FeeQuote): string {
  return quote.published
    ? `${formatMoney(quote.fee, { locale, region: plan.region })} (${quote.kind}, replacement no. ${quote.ordinal}) [${quote.clause}]`
    : `not published: ${quote.reason.message} [${quote.reason.clause}]`;
}

function trace(checks: readonly Check[]): void {
  for (const c of checks) console.log(`  ${c.passed ? 'ok  ' : 'FAIL'} [${c.clause}] ${c.message}`);
}

/** Prints a replacement decision the way the agent reads it; returns the event to store. */
function printDecision(decision: Decision<ReplacementAssessment>): ServiceEvent | null {
  if (!decision.ok) {
    console.log(`REFUSED, ${decision.reasons.length} reasons:`);
    for (const r of decision.reasons) console.log(`  - [${r.clause}] ${r.message}${r.received === undefined ? '' : ` (found: ${r.received})`}`);
    console.log('Every condition checked:');
    trace(decision.trace);
    return null;
  }
  const v = decision.value;
  console.log(`ACCEPTED: ${v.type} replacement for unit ${v.serial}, incident at ${v.at} [${v.quotaClause}]`);
  trace(decision.trace);
  console.log(`  Fee: ${fee(v.fee)}`);
  console.log(`  ${v.express.message} [${v.express.clause}]`);
  console.log(`  Shipping: ${v.shipping.message} [${v.shipping.clause}]`);
  console.log(`  ${v.remainingAfterNote.message} [${v.remainingAfterNote.clause}]`);
  console.log(`  Terms: ${decision.edition}`);
  return v.event;
}

// 1. Read the plan and its ledger from the support tool's store (validated on the way in).
const stored = readJson('plan-ledger.json') as { readonly plan: unknown; readonly events: unknown };
const plan: Plan = planFromJSON(stored.plan);
let events: readonly ServiceEvent[] = ledgerFromJSON(stored.events, plan);
console.log(`Plan ${plan.serial}: ${plan.product}, ${plan.term}, ${plan.region}, agreement date ${plan.agreementDate}; ${events.length} events in the ledger.`);

// 2. The customer calls: what is left on the plan?
heading(`Status on the first call (${FIRST_CALL})`);
console.log(indent(describePlan(planStatus(plan, events, FIRST_CALL, options), options)));

// 3. The flyaway claim, with the binding histories and flight records from the app.
heading('Flyaway claim');
const flyawayClaim = readJson('flyaway-claim.json') as ReplacementClaim;
const flyawayEvent = printDecision(assessReplacement(plan, events, flyawayClaim, options));
if (flyawayEvent !== null) events = [...events, flyawayEvent];

// The replacement unit arrives: the plan moves to it (REBIND-REPLACEMENT).
const rebinding = rebindAfterReplacement(plan, events, { at: REPLACEMENT_RECEIVED, newSerial: '1581F4QD0777' }, options);
if (rebinding.ok) {
  events = rebinding.value.events;
  console.log(`Rebound: the plan moved from unit ${rebinding.value.formerSerial} to ${rebinding.value.serial} [REBIND-REPLACEMENT].`);
  console.log(`  ${rebinding.value.purchase.message} [${rebinding.value.purchase.clause}]`);
}

// 4. Two months later the new unit is damaged: an express damage replacement.
heading('Damage claim (express)');
const damageEvent = printDecision(assessReplacement(plan, events, { type: 'damage', at: DAMAGE_AT, serial: '1581F4QD0777', express: true }, options));
if (damageEvent !== null) events = [...events, damageEvent];

// 5. A claim that fails on several counts at once: filed for the old unit, the account had been
//    unbound, no flight records, and no replacement is left.
heading('A refused flyaway claim');
printDecision(
  assessReplacement(plan, events, {
    type: 'flyaway',
    at: SECOND_FLYAWAY_AT,
    serial: '1581F4QD0001',
    accountBindings: [{ account: 'dji-user-88412', boundAt: '2026-06-23T10:00:00Z', unboundAt: '2026-09-01T08:00:00Z' }],
    controllerBindings: [{ controller: 'RC-5HX92', boundAt: '2026-06-23T10:05:00Z' }],
    claimantAccount: 'dji-user-88412',
    reportController: 'RC-5HX92',
    theftOrLoss: false,
    flightRecordsSynced: false,
  }, options),
);

// 6. What is left now, for the reply to the customer, and the ledger to store back.
heading(`Status on the last call (${LAST_CALL}), without clause ids`);
console.log(indent(describePlan(planStatus(plan, events, LAST_CALL, options), { ...options, clauses: false })));
heading('Ledger to store (JSON)');
console.log(JSON.stringify(events, null, 2));
