/**
 * The two baselines the eligibility check is measured against (issue 6):
 *
 * - {@link floorEligible}: a minimal hand-written function, no validation, no explanations,
 *   only the yes/no. Nothing can decide the same rules much faster: it is the floor. Two
 *   variants read one kind of instant only: {@link floorEligibleDates} (`Date` objects) and
 *   {@link floorEligibleIso} (ISO strings, through the parser it is given).
 * - {@link engineEligible}: the same rules in json-rules-engine, the engine a team would
 *   otherwise reach for — facts (some computed from others) and one rule per refusal, each
 *   firing an event with the clause id, so it too reports every failing condition.
 *
 * Both decide the same ok/not-ok as `checkPurchaseEligibility` on every benchmark case;
 * `bench/agreement.ts` checks that (outside the timed runs).
 */
import { Engine, type Almanac, type RuleProperties } from 'json-rules-engine';
import { DEFAULT_TERMS, type PurchaseEligibilityInput } from '../src/index';
import { GIMBAL_TERMS } from './cases';

const HOUR = 3_600_000;
const SOLD_IN: ReadonlySet<string> = new Set(DEFAULT_TERMS.availableRegions);
/** Product id to activation window (ms), ELIG-48H / ELIG-30D, the gimbal included. */
const WINDOW_MS: Readonly<Record<string, number>> = Object.fromEntries(
  Object.values(GIMBAL_TERMS.products).map((p) => [p.id, GIMBAL_TERMS.activationWindowHours[p.category] * HOUR]),
);
const VERIFY_MS = DEFAULT_TERMS.verifiedPurchaseWindowHours * HOUR;

const ms = (v: Date | string): number => (typeof v === 'string' ? Date.parse(v) : v.getTime());

/*
 * The floor, written out three times, once per way of reading instants: one shared body with
 * the reader as a parameter would make the reader's call site polymorphic (V8 shares feedback
 * between closures of one function) and slow every variant down, flattering the library.
 */

/** The floor over mixed input: `Date`s by `getTime()`, strings by `Date.parse` (the agreement check's reference). */
export function floorEligible(i: PurchaseEligibilityInput): boolean {
  if (!SOLD_IN.has(i.planRegion) || i.productRegion !== i.planRegion || i.previouslyBound !== false) return false;
  const activated = i.activatedAt;
  if (activated === null) return true;
  if (activated === undefined) return false;
  const purchase = ms(i.purchaseAt);
  if (purchase - ms(activated) <= (WINDOW_MS[i.product] as number)) return true;
  const notice = i.verificationNoticeAt;
  if (notice === undefined) return false;
  const since = purchase - ms(notice);
  return since >= 0 && since <= VERIFY_MS;
}

/** The floor given `Date` objects only: each instant is one `getTime()` call. */
export function floorEligibleDates(i: PurchaseEligibilityInput): boolean {
  if (!SOLD_IN.has(i.planRegion) || i.productRegion !== i.planRegion || i.previouslyBound !== false) return false;
  const activated = i.activatedAt as Date | null | undefined;
  if (activated === null) return true;
  if (activated === undefined) return false;
  const purchase = (i.purchaseAt as Date).getTime();
  if (purchase - activated.getTime() <= (WINDOW_MS[i.product] as number)) return true;
  const notice = i.verificationNoticeAt as Date | undefined;
  if (notice === undefined) return false;
  const since = purchase - notice.getTime();
  return since >= 0 && since <= VERIFY_MS;
}

/**
 * The floor given ISO-8601 strings only, each read by `parse`: the benchmark passes the
 * library's own reader, so both sides pay the same parser.
 */
export function floorEligibleIso(parse: (text: string) => number): (i: PurchaseEligibilityInput) => boolean {
  return (i) => {
    if (!SOLD_IN.has(i.planRegion) || i.productRegion !== i.planRegion || i.previouslyBound !== false) return false;
    const activated = i.activatedAt as string | null | undefined;
    if (activated === null) return true;
    if (activated === undefined) return false;
    const purchase = parse(i.purchaseAt as string);
    if (purchase - parse(activated) <= (WINDOW_MS[i.product] as number)) return true;
    const notice = i.verificationNoticeAt as string | undefined;
    if (notice === undefined) return false;
    const since = purchase - parse(notice);
    return since >= 0 && since <= VERIFY_MS;
  };
}

const refuse = (clause: string): RuleProperties['event'] => ({ type: 'refused', params: { clause } });

/** The rules, one per refusal, as a json-rules-engine user would write them. */
const RULES: readonly RuleProperties[] = [
  {
    name: 'REGION-AVAILABLE',
    conditions: { all: [{ fact: 'planRegion', operator: 'notIn', value: [...DEFAULT_TERMS.availableRegions] }] },
    event: refuse('REGION-AVAILABLE'),
  },
  {
    name: 'REGION-MATCH',
    conditions: { all: [{ fact: 'planRegion', operator: 'notEqual', value: { fact: 'productRegion' } }] },
    event: refuse('REGION-MATCH'),
  },
  {
    name: 'ELIG-ONCE',
    conditions: { all: [{ fact: 'previouslyBound', operator: 'notEqual', value: false }] },
    event: refuse('ELIG-ONCE'),
  },
  {
    name: 'ELIG-NEW (activation not given)',
    conditions: { all: [{ fact: 'activationState', operator: 'equal', value: 'unknown' }] },
    event: refuse('ELIG-NEW'),
  },
  {
    name: 'ELIG-48H / ELIG-30D past the window, ELIG-VERIFY not met',
    conditions: {
      all: [
        { fact: 'activationState', operator: 'equal', value: 'activated' },
        { fact: 'msSinceActivation', operator: 'greaterThan', value: { fact: 'activationWindowMs' } },
        {
          any: [
            { fact: 'msSinceNotice', operator: 'equal', value: null },
            { fact: 'msSinceNotice', operator: 'lessThan', value: 0 },
            { fact: 'msSinceNotice', operator: 'greaterThan', value: VERIFY_MS },
          ],
        },
      ],
    },
    event: refuse('ELIG-VERIFY'),
  },
];

const instantFact =
  (name: string) =>
  async (_params: unknown, almanac: Almanac): Promise<number | null> => {
    const v = (await almanac.factValue(name)) as Date | string | null | undefined;
    return v === undefined || v === null ? null : ms(v);
  };

/** An engine loaded with the rules and the computed facts. */
export function createEngine(): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const rule of RULES) engine.addRule(rule);
  engine.addFact('purchaseMs', instantFact('purchaseAt'));
  engine.addFact('activationMs', instantFact('activatedAt'));
  engine.addFact('noticeMs', instantFact('verificationNoticeAt'));
  engine.addFact('activationState', async (_p: unknown, almanac: Almanac) => {
    const v: unknown = await almanac.factValue('activatedAt');
    return v === undefined ? 'unknown' : v === null ? 'new' : 'activated';
  });
  engine.addFact('activationWindowMs', async (_p: unknown, almanac: Almanac) => WINDOW_MS[(await almanac.factValue('product')) as string]);
  engine.addFact('msSinceActivation', async (_p: unknown, almanac: Almanac) => {
    const [purchase, activation] = await Promise.all([almanac.factValue('purchaseMs'), almanac.factValue('activationMs')]);
    return activation === null ? null : (purchase as number) - (activation as number);
  });
  engine.addFact('msSinceNotice', async (_p: unknown, almanac: Almanac) => {
    const [purchase, notice] = await Promise.all([almanac.factValue('purchaseMs'), almanac.factValue('noticeMs')]);
    return notice === null ? null : (purchase as number) - (notice as number);
  });
  return engine;
}

/** The engine's decision: eligible when no refusal rule fired. */
export async function engineEligible(engine: Engine, i: PurchaseEligibilityInput): Promise<boolean> {
  const { events } = await engine.run({ ...i });
  return events.length === 0;
}
