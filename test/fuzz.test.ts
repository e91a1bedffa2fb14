/**
 * Fuzz suite (issue 5): every exported function against generated inputs that are mostly
 * valid, with mutations (a field made hostile, a key left out, the whole argument replaced
 * by an arbitrary value, caller terms with one figure changed).
 *
 * Asserted for every input:
 * - nothing is thrown but `InvalidInputError` (which must name a field);
 * - no decision is both `ok` and has reasons; a refusal has at least one reason; an accepted
 *   decision's checks all passed and a refusal has a failed check;
 * - every `clause` anywhere in the result (reasons, checks, next steps, periods, values) is a
 *   clause id of the spec;
 * - the same input twice gives deep-equal results (or the same error).
 *
 * Size: `FUZZ_RUNS` inputs per function (default 200, the CI size). Nightly:
 * `FUZZ_RUNS=100000 npx vitest run test/fuzz.test.ts`. `FUZZ_SEED` replays a run.
 *
 * A new export needs an entry in `ARGS` (the test fails otherwise).
 */
import { isDeepStrictEqual } from 'node:util';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { AVAILABLE_REGIONS, CLAUSE_IDS, DEFAULT_TERMS, InvalidInputError, PRODUCTS, isClauseId, money } from '../src/index';
import { writeReport } from './report';

function runsFromEnv(): number {
  const text = process.env.FUZZ_RUNS;
  if (text === undefined || text === '') return 200;
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`FUZZ_RUNS must be a whole number of at least 1, not ${text}`);
  return runs;
}
const RUNS = runsFromEnv();

/** One line per function fuzzed: what its inputs exercised. */
const fuzzDetails: string[] = [];
afterAll(() => {
  if (fuzzDetails.length === 0) return;
  writeReport('fuzz', `fuzz: ${fuzzDetails.filter((l) => !l.startsWith(' ')).length} functions, ${RUNS} generated inputs each (each run twice)`, fuzzDetails);
});
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);
/**
 * A generous per-test timeout (not a timed assertion): most functions take under 1 ms an input,
 * the timeline renderers up to seconds for an input spanning millennia.
 */
const TIMEOUT = Math.max(120_000, RUNS * 50);

// ---------------------------------------------------------------------------------------
// Building blocks

/** A key to leave out of a generated record. */
const ABSENT = Symbol('absent');

/** Hostile values of every kind: what a support tool's old database might hold. */
const HOSTILE: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1,
    1.5,
    0,
    '',
    '   ',
    true,
    {},
    [],
    new Date(Number.NaN),
    new Date(8.64e15),
    new Date('1979-12-31T23:59:59.999Z'),
    '2026-02-30',
    '2026-13-01',
    '2026-03-01T10:00:00',
    '2026-03-01T10:00:00Z',
    '2026-03-01',
    '9999-12-31',
    '9999-12-31T23:59:59.999Z',
    '1980-01-01T00:00:00Z',
    '__proto__',
    'constructor',
    'UK',
    'Mars/Olympus_Mons',
    '+01:00',
    'mavic-9',
    '3y',
  ),
  fc.string({ maxLength: 12 }),
  fc.integer(),
  fc.anything({ maxDepth: 2 }),
);

/** Mostly the valid arbitrary; sometimes hostile; sometimes absent (for record fields). */
function mostly<T>(valid: fc.Arbitrary<T>, absentAllowed = true): fc.Arbitrary<T | unknown> {
  return fc.oneof(
    { weight: 48, arbitrary: valid },
    { weight: 1, arbitrary: HOSTILE },
    { weight: absentAllowed ? 1 : 0, arbitrary: fc.constant(ABSENT) },
  );
}

/** A record of mostly-valid fields, with `ABSENT` keys left out; rarely a hostile value instead. */
function record(fields: Readonly<Record<string, fc.Arbitrary<unknown>>>): fc.Arbitrary<unknown> {
  const rec = fc.record(fields).map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== ABSENT)));
  return fc.oneof({ weight: 30, arbitrary: rec }, { weight: 1, arbitrary: HOSTILE });
}

const DAY = 86_400_000;
const MIN_MS = Date.UTC(1980, 0, 1);
const MAX_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** Milliseconds since the epoch: mostly 2020–2035, sometimes the edges of the supported range. */
const ms = fc.oneof(
  { weight: 24, arbitrary: fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 11, 31) }) },
  { weight: 1, arbitrary: fc.integer({ min: MIN_MS - 2 * DAY, max: MIN_MS + 2 * DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: MAX_MS - 800 * DAY, max: MAX_MS + 2 * DAY }) },
  { weight: 1, arbitrary: fc.integer({ min: MIN_MS, max: MAX_MS }) },
);

/** An offset in minutes, -12:00 to +14:00 in quarter hours. */
const offset = fc.integer({ min: -48, max: 56 }).map((q) => q * 15);

function isoWithOffset(at: number, minutes: number, millis: boolean): string {
  const local = new Date(at + minutes * 60_000).toISOString();
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const off = minutes === 0 && at % 2 === 0 ? 'Z' : `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${local.slice(0, millis ? 23 : 19)}${off}`;
}

/** An instant input for a number of ms: a Date or an ISO string with an offset. */
const instantOf = (at: number): fc.Arbitrary<unknown> =>
  fc.oneof(fc.constant(new Date(at)), fc.tuple(offset, fc.boolean()).map(([o, m]) => isoWithOffset(at, o, m)));
const instant = ms.chain(instantOf);

const dateText = (at: number): string => new Date(at).toISOString().slice(0, 10);
/** A calendar date: mostly 2020–2035, with month ends and leap days, sometimes the range's edges. */
const calendarDate = fc.oneof(
  { weight: 6, arbitrary: ms.map(dateText) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.integer({ min: 2024, max: 2032 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 28, 29, 30, 31))
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  },
);

const ZONES: readonly string[] = [...Intl.supportedValuesOf('timeZone'), 'UTC', 'America/Santiago', 'Atlantic/Azores'];
const zone = fc.constantFrom(...ZONES);
const region = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...AVAILABLE_REGIONS) }, { weight: 1, arbitrary: fc.constantFrom('BR', 'IN', 'NZ', 'RU', 'MX', 'SG') });
const product = fc.constantFrom(...Object.keys(PRODUCTS));
const term = fc.constantFrom('1y', '2y');

type Path = readonly (string | number)[];

function setPath(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = setPath((value as Record<string | number, unknown>)[head], rest, replacement);
  return copy;
}

/** The figures of the terms a caller might change. */
const TERM_LEAVES: readonly Path[] = [
  ['plans', '1y', 'months'],
  ['plans', '1y', 'replacements'],
  ['plans', '1y', 'flyawayReplacements'],
  ['plans', '2y', 'months'],
  ['plans', '2y', 'replacements'],
  ['plans', '2y', 'warrantyExtension', 'startsAfterMonths'],
  ['activationWindowHours', 'aircraft'],
  ['activationWindowHours', 'handheld'],
  ['verifiedPurchaseWindowHours'],
  ['officialWarrantyMonths', 'standard'],
  ['officialWarrantyMonths', 'european'],
  ['safeFlightMonths'],
  ['carePlus', 'damageReplacements'],
  ['products', 'om-5', 'autoStartDaysAfterDelivery'],
  ['fees', 0, 'replacementFees', 0],
  ['availableRegions', 0],
];

/** Caller terms: the default with one figure changed (often still valid), or hostile. */
const terms: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(DEFAULT_TERMS) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom(...TERM_LEAVES), fc.oneof(fc.integer({ min: -2, max: 60 }), fc.constantFrom(1.5, Number.NaN, '12', 'XX', null)))
      .map(([path, value]) => setPath(DEFAULT_TERMS, path, value)),
  },
  { weight: 1, arbitrary: HOSTILE },
);

/** The options argument: mostly absent or `{}`, sometimes with terms. */
const options = fc.oneof(
  { weight: 12, arbitrary: fc.constant(ABSENT) },
  { weight: 4, arbitrary: fc.constant({}) },
  { weight: 6, arbitrary: terms.map((t) => ({ terms: t })) },
  { weight: 1, arbitrary: HOSTILE },
);

/** Arguments with trailing `ABSENT` dropped (a call without options). */
const args = (...arbs: fc.Arbitrary<unknown>[]): fc.Arbitrary<readonly unknown[]> =>
  fc.tuple(...arbs).map((values) => {
    const out = [...values];
    while (out.length > 0 && out[out.length - 1] === ABSENT) out.pop();
    return out.map((v) => (v === ABSENT ? undefined : v));
  });

const HOUR = 3_600_000;
/** Elapsed time around the windows of the rules: 48 h, 72 h, 30 days, and their edges. */
const elapsed = fc.oneof(
  fc.integer({ min: -HOUR, max: 800 * HOUR }),
  fc.constantFrom(0, 48 * HOUR, 48 * HOUR + 1, 72 * HOUR, 72 * HOUR + 1, 720 * HOUR, 720 * HOUR + 1, -1),
);

const eligibilityInput = fc
  .tuple(ms, elapsed, elapsed, fc.boolean(), fc.boolean(), region)
  .chain(([purchase, sinceActivation, sinceNotice, activated, noticed, bought]) =>
    record({
      product: mostly(product),
      productRegion: mostly(fc.constant(bought)),
      // Mostly the product's region (REGION-MATCH passes), sometimes another.
      planRegion: mostly(fc.oneof({ weight: 4, arbitrary: fc.constant(bought) }, { weight: 1, arbitrary: region })),
      purchaseAt: mostly(instantOf(purchase)),
      activatedAt: mostly(activated ? instantOf(purchase - sinceActivation) : fc.constant(null)),
      previouslyBound: mostly(fc.boolean()),
      verificationNoticeAt: noticed ? mostly(instantOf(purchase - sinceNotice)) : fc.constant(ABSENT),
    }),
  );

const agreementInput = fc.oneof(
  record({
    channel: mostly(fc.constant('dji-store-bundle'), false),
    product: mostly(product),
    timeZone: mostly(zone),
    activatedAt: mostly(fc.oneof(instant, fc.constant(null))),
    deliveredOn: mostly(calendarDate),
  }),
  record({ channel: mostly(fc.constant('dji-online-store'), false), timeZone: mostly(zone), purchasedAt: mostly(instant) }),
  record({ channel: mostly(fc.constant('activation-code'), false), timeZone: mostly(zone), boundAt: mostly(instant) }),
);

const periodsInput = record({
  product: mostly(product),
  term: mostly(term),
  region: mostly(region),
  timeZone: mostly(zone),
  agreementDate: mostly(calendarDate),
  officialWarrantyStart: fc.oneof({ weight: 3, arbitrary: fc.constant(ABSENT) }, { weight: 1, arbitrary: mostly(calendarDate) }),
});

/** `coveragePeriods` results (the input of `periodList` and `isInPeriod`), or hostile values. */
const periods = fc
  .tuple(product, term, region, zone, calendarDate)
  .map(([p, t, r, z, d]) => {
    try {
      return api.coveragePeriods({ product: p, term: t as '1y', region: r, timeZone: z, agreementDate: d });
    } catch {
      return null;
    }
  });
const period = periods.chain((p) =>
  p === null ? HOSTILE : fc.constantFrom(...api.periodList(p)).chain((one) => mostly(fc.constant(one), false)),
);

const amount = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 99 })).map(([a, b]) => `${a}.${String(b).padStart(2, '0')}`),
  fc.double(),
  fc.integer().map((n) => new Decimal(n).div(100)),
  HOSTILE,
);
const currency = fc.oneof({ weight: 8, arbitrary: fc.constantFrom('USD', 'EUR', 'JPY') }, { weight: 1, arbitrary: HOSTILE });
const moneyValue = fc
  .tuple(fc.integer({ min: -99_999, max: 99_999 }), fc.constantFrom('USD', 'EUR'))
  .map(([cents, cur]) => money(new Decimal(cents).div(100), cur));

// The ledger (issue 3): a valid plan and ledger, then mutated.

const EVENT_TYPES = ['damage-replacement', 'flyaway-replacement', 'discounted-repair', 'warranty-repair', 'factory-maintenance'] as const;

interface Scenario {
  readonly plan: Readonly<Record<string, unknown>>;
  readonly events: readonly Readonly<Record<string, unknown>>[];
  /** The plan's unit after the ledger. */
  readonly serial: string;
  /** A replacement not yet followed by a rebind. */
  readonly lastMs: number;
}

/** A plan and a ledger in time order (replacements sometimes followed by a rebind). */
const scenario: fc.Arbitrary<Scenario> = fc
  .tuple(
    product,
    term,
    region,
    zone,
    fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2032, 0, 1) }),
    fc.boolean(),
    fc.array(
      fc.record({
        gapHours: fc.integer({ min: 1, max: 24 * 200 }),
        type: fc.oneof({ weight: 20, arbitrary: fc.constantFrom(...EVENT_TYPES) }, { weight: 1, arbitrary: fc.constant('care-refresh-plus' as const) }),
        rebind: fc.boolean(),
      }),
      { maxLength: 5 },
    ),
  )
  .map(([prod, t, r, z, day, warrantyBefore, steps]) => {
    const agreement = dateText(day);
    const plan: Record<string, unknown> = { product: prod, serial: 'SN-0', term: t, region: r, timeZone: z, agreementDate: agreement };
    if (warrantyBefore) plan.officialWarrantyStart = dateText(day - 30 * DAY);
    // The day after the agreement date at 12:00 UTC is inside the plan in every zone.
    let at = Date.parse(`${agreement}T12:00:00Z`) + DAY;
    let serial = 'SN-0';
    const events: Record<string, unknown>[] = [];
    const services = (PRODUCTS as unknown as Readonly<Record<string, { readonly services: Readonly<Record<string, boolean>> }>>)[prod]?.services ?? {};
    const offered: Readonly<Record<string, boolean | undefined>> = {
      'flyaway-replacement': services.flyawayReplacement,
      'discounted-repair': services.repairDiscount,
      'factory-maintenance': services.maintenance,
    };
    steps.forEach((step, i) => {
      at += step.gapHours * HOUR;
      // Mostly a service the model has (a ledger with another is bad input, tried sometimes).
      const type = offered[step.type] === false && i % 4 !== 3 ? 'warranty-repair' : step.type;
      events.push({ type, at: new Date(at).toISOString(), serial });
      if (step.rebind && (type === 'damage-replacement' || type === 'flyaway-replacement')) {
        at += HOUR;
        events.push({ type: 'rebind', at: new Date(at).toISOString(), serial, newSerial: `SN-${i + 1}` });
        serial = `SN-${i + 1}`;
      }
    });
    return { plan, events, serial, lastMs: at };
  });

/** The plan with its fields mostly kept, sometimes hostile or left out. */
const mutatedPlan = (plan: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> =>
  record(Object.fromEntries(Object.entries(plan).map(([k, v]) => [k, mostly(fc.constant(v))])));

/** The ledger mostly as it is; sometimes reversed, before the plan, for another unit, or hostile. */
const mutatedEvents = (events: readonly Readonly<Record<string, unknown>>[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 40, arbitrary: fc.constant(events) },
    { weight: 1, arbitrary: fc.constant([...events].reverse()) },
    { weight: 1, arbitrary: fc.constant(events.length === 0 ? [] : [{ ...events[0], at: '2000-01-01T00:00:00Z' }, ...events.slice(1)]) },
    { weight: 1, arbitrary: fc.constant(events.length === 0 ? [] : [{ ...events[0], serial: 'OTHER' }, ...events.slice(1)]) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(), fc.constantFrom('type', 'at', 'serial', 'newSerial'), HOSTILE)
        .map(([i, key, value]) => (events.length === 0 ? [value] : events.map((e, j) => (j === i % events.length ? { ...e, [key]: value } : e)))),
    },
    { weight: 1, arbitrary: HOSTILE },
  );

/** An instant after the ledger (sometimes before its last event, or before the plan). */
const after = (sc: Scenario): fc.Arbitrary<unknown> =>
  fc.integer({ min: -30 * DAY, max: 900 * DAY }).chain((d) => instantOf(sc.lastMs + d));

const serialOf = (sc: Scenario): fc.Arbitrary<unknown> =>
  mostly(fc.oneof({ weight: 8, arbitrary: fc.constant(sc.serial) }, { weight: 1, arbitrary: fc.constantFrom('SN-0', 'SN-1', 'UNKNOWN') }), false);

const binding = (key: 'account' | 'controller', name: string, sc: Scenario) =>
  fc.record({
    [key]: mostly(fc.constant(name), false),
    boundAt: mostly(instantOf(Date.parse(String(sc.plan.agreementDate)) - DAY), false),
    unboundAt: fc.oneof({ weight: 6, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: after(sc) }),
  });

const incidentOf = (sc: Scenario) =>
  record({
    at: mostly(after(sc)),
    serial: serialOf(sc),
    accountBindings: mostly(fc.array(binding('account', 'owner', sc), { maxLength: 2 })),
    controllerBindings: mostly(fc.array(binding('controller', 'RC1', sc), { maxLength: 2 })),
    claimantAccount: mostly(fc.constantFrom('owner', 'someone-else')),
    reportController: mostly(fc.constantFrom('RC1', 'RC2')),
    theftOrLoss: mostly(fc.boolean()),
    flightRecordsSynced: mostly(fc.boolean()),
  });

/** `(plan, events, third, options)` from a scenario. */
const ledgerArgs = (third: (sc: Scenario) => fc.Arbitrary<unknown>) =>
  scenario.chain((sc) => args(mutatedPlan(sc.plan), mutatedEvents(sc.events), third(sc), options));

const timelineOptions = (extra: Readonly<Record<string, fc.Arbitrary<unknown>>>) =>
  fc.oneof(
    { weight: 1, arbitrary: fc.constant(ABSENT) },
    {
      weight: 6,
      arbitrary: record({
        today: mostly(fc.oneof(calendarDate, instant)),
        timeZone: fc.oneof(fc.constant(ABSENT), mostly(zone)),
        title: fc.oneof(fc.constant(ABSENT), mostly(fc.string({ maxLength: 30 }))),
        labels: fc.oneof(fc.constant(ABSENT), mostly(fc.dictionary(fc.constantFrom('replacement', 'safe-flight', 'x'), fc.string({ maxLength: 10 })))),
        ...extra,
      }),
    },
  );
const periodsList = periods.map((p) => (p === null ? [] : api.periodList(p)));

/** Generated arguments per exported function. Add new exports here. */
const ARGS: Readonly<Record<string, fc.Arbitrary<readonly unknown[]>>> = {
  isClauseId: args(fc.oneof(fc.constantFrom(...CLAUSE_IDS), HOSTILE, fc.string())),
  isRegionCode: args(fc.oneof(region, HOSTILE, fc.string({ minLength: 2, maxLength: 2 }))),
  checkPurchaseEligibility: args(eligibilityInput, options),
  localBuyBy: args(
    fc.oneof(
      { weight: 8, arbitrary: eligibilityInput.map((i) => { try { const d = api.checkPurchaseEligibility(i as never); return d.ok ? d.value : null; } catch { return null; } }) },
      { weight: 2, arbitrary: record({ buyBy: fc.oneof(instant, fc.constant(null)) }) },
      { weight: 1, arbitrary: HOSTILE },
    ),
    mostly(zone, false),
  ),
  agreementDate: args(agreementInput, options),
  coveragePeriods: args(periodsInput, options),
  periodList: args(fc.oneof({ weight: 20, arbitrary: periods }, { weight: 1, arbitrary: HOSTILE })),
  isInPeriod: args(period, mostly(instant, false)),
  resolveTerms: args(fc.oneof(terms, fc.constant(undefined))),
  requireProduct: args(mostly(product, false), fc.oneof(terms, fc.constant(ABSENT))),
  findListing: args(mostly(product, false), mostly(term, false)),
  money: args(amount, currency),
  sumMoney: fc
    .constantFrom('USD', 'EUR')
    .chain((cur) =>
      args(
        mostly(fc.array(mostly(moneyValue.map((m) => (m.currency === cur ? m : { ...m, currency: cur })), false), { maxLength: 5 }), false),
        fc.oneof({ weight: 12, arbitrary: fc.constant(cur) }, { weight: 1, arbitrary: currency }),
      ),
    ),
  formatMoney: args(mostly(moneyValue, false), mostly(fc.record({ locale: mostly(fc.constantFrom('en', 'de', 'ja', 'fr-CH', 'xx', 'en_US', '')) }))),
  moneyFromJSON: args(
    mostly(
      fc.record({
        amount: fc.oneof(amount.map((a) => (typeof a === 'object' && a !== null ? a : String(a))), mostly(fc.string({ maxLength: 12 }))),
        currency,
      }),
      false,
    ),
  ),
  timelineSvg: args(mostly(periodsList, false), timelineOptions({ width: fc.oneof(fc.constant(ABSENT), mostly(fc.integer({ min: 300, max: 4100 }))), height: fc.oneof(fc.constant(ABSENT), mostly(fc.integer({ min: 50, max: 2000 }))) })),
  timelineText: args(mostly(periodsList, false), timelineOptions({ columns: fc.oneof(fc.constant(ABSENT), mostly(fc.integer({ min: 10, max: 420 }))), ascii: fc.oneof(fc.constant(ABSENT), mostly(fc.boolean())) })),
  planFromJSON: scenario.chain((sc) => args(mutatedPlan(sc.plan), options)),
  ledgerFromJSON: scenario.chain((sc) => args(mutatedEvents(sc.events), mutatedPlan(sc.plan), options)),
  planStatus: ledgerArgs((sc) => mostly(after(sc), false)),
  safeFlightReward: ledgerArgs((sc) => mostly(after(sc), false)),
  checkCareRefreshPlus: ledgerArgs((sc) => mostly(after(sc), false)),
  applyCareRefreshPlus: ledgerArgs((sc) => mostly(after(sc), false)),
  assessReplacement: ledgerArgs((sc) =>
    fc.oneof(
      record({ type: mostly(fc.constant('damage'), false), at: mostly(after(sc)), serial: serialOf(sc), express: mostly(fc.boolean()) }),
      incidentOf(sc).map((i) => (i !== null && typeof i === 'object' && !Array.isArray(i) ? { type: 'flyaway', ...i } : i)),
    ),
  ),
  checkFlyaway: ledgerArgs(incidentOf),
  assessDiscountedRepair: ledgerArgs((sc) => record({ at: mostly(after(sc)), serial: serialOf(sc), cause: mostly(fc.constantFrom('malfunction', 'damage')) })),
  assessMaintenance: ledgerArgs((sc) => record({ at: mostly(after(sc)), serial: serialOf(sc) })),
  rebindAfterReplacement: ledgerArgs((sc) => record({ at: mostly(after(sc)), newSerial: mostly(fc.constantFrom('NEW-1', 'NEW-2', sc.serial, 'SN-0')) })),
  renderDecision: ledgerArgs((sc) => record({ at: mostly(after(sc)), serial: serialOf(sc) })).map((a) => {
    try {
      return [api.assessMaintenance(a[0] as never, a[1] as never, a[2] as never, { messages: false }), {}];
    } catch {
      return [a[0], a[1]];
    }
  }),
  renderStatus: scenario
    .chain((sc) => fc.tuple(fc.constant(sc), after(sc)))
    .map(([sc, at]) => {
      try {
        return [api.planStatus(sc.plan as never, sc.events as never, at as string, { messages: false })];
      } catch {
        return [sc.plan];
      }
    }),
  describePlan: scenario
    .chain((sc) => fc.tuple(fc.constant(sc), after(sc)))
    .map(([sc, at]) => {
      try {
        return api.planStatus(sc.plan as never, sc.events as never, at as string);
      } catch {
        return null;
      }
    })
    .chain((status) =>
      args(
        status === null
          ? HOSTILE
          : fc.oneof(
              { weight: 8, arbitrary: fc.constant(status) },
              { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(status)), HOSTILE).map(([k, v]) => ({ ...status, [k]: v })) },
            ),
        fc.oneof(fc.constant(ABSENT), record({ clauses: mostly(fc.boolean()) }), options),
      ),
    ),
  statusFromJSON: scenario
    .chain((sc) => fc.tuple(fc.constant(sc), after(sc)))
    .map(([sc, at]) => {
      try {
        return JSON.parse(JSON.stringify(api.planStatus(sc.plan as never, sc.events as never, at as string))) as Record<string, unknown>;
      } catch {
        return null;
      }
    })
    .chain((status) =>
      args(
        status === null
          ? HOSTILE
          : fc.oneof(
              { weight: 8, arbitrary: fc.constant(status) },
              { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(status)), HOSTILE).map(([k, v]) => ({ ...status, [k]: v })) },
            ),
        options,
      ),
    ),
  decisionFromJSON: eligibilityInput
    .map((input) => {
      try {
        return JSON.parse(JSON.stringify(api.checkPurchaseEligibility(input as never))) as Record<string, unknown>;
      } catch {
        return null;
      }
    })
    .chain((decision) =>
      args(
        decision === null
          ? HOSTILE
          : fc.oneof(
              { weight: 8, arbitrary: fc.constant(decision) },
              { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...Object.keys(decision), 'extra'), HOSTILE).map(([k, v]) => ({ ...decision, [k]: v })) },
            ),
      ),
    ),
  checkServiceLocation: scenario.chain((sc) =>
    args(
      mutatedPlan(sc.plan),
      record({
        service: mostly(fc.constantFrom('replacement', 'extended-warranty', 'discounted-repair', 'maintenance')),
        region: mostly(region),
        proofOfPurchase: fc.oneof(fc.constant(ABSENT), mostly(fc.constantFrom('official', 'authorised', 'other', 'none'))),
      }),
      options,
    ),
  ),
};

const EXPORTED_CLASSES = ['InvalidInputError'];

// ---------------------------------------------------------------------------------------
// Invariants

/** Every violation of the invariants in a result, as text (empty when it holds). */
function violations(value: unknown, path = 'result', seen = new Set<object>()): string[] {
  if (value === null || typeof value !== 'object' || value instanceof Decimal || value instanceof Date) return [];
  if (seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  const v = value as Record<string, unknown>;
  if ('clause' in v && !isClauseId(v.clause)) out.push(`${path}.clause ${JSON.stringify(v.clause)} is not a clause id`);
  if (typeof v.ok === 'boolean' && Array.isArray(v.trace)) {
    const trace = v.trace as readonly { passed?: unknown }[];
    if (v.ok) {
      if ('reasons' in v) out.push(`${path}: ok and with reasons`);
      if (trace.some((c) => c.passed !== true)) out.push(`${path}: ok with a failed check`);
    } else {
      if (!Array.isArray(v.reasons) || v.reasons.length === 0) out.push(`${path}: refused without a reason`);
      if ('value' in v) out.push(`${path}: refused with a value`);
      if (!trace.some((c) => c.passed === false)) out.push(`${path}: refused with no failed check`);
    }
  }
  for (const [key, child] of Object.entries(v)) out.push(...violations(child, `${path}.${key}`, seen));
  return out;
}

type Outcome = { readonly threw: true; readonly error: unknown } | { readonly threw: false; readonly value: unknown };

function attempt(fn: (...a: readonly unknown[]) => unknown, input: readonly unknown[]): Outcome {
  try {
    return { threw: false, value: fn(...input) };
  } catch (error) {
    return { threw: true, error };
  }
}

function show(input: readonly unknown[]): string {
  try {
    return JSON.stringify(input, (_k, v: unknown) => (v === undefined ? '<undefined>' : typeof v === 'bigint' ? `${v}n` : v)).slice(0, 400);
  } catch {
    return '<unprintable>';
  }
}

/** `FUZZ_FIELDS=1`: which fields the InvalidInputErrors named, per function. */
const fieldsSeen = new Map<string, number>();
const callable = api as unknown as Readonly<Record<string, (...args: readonly unknown[]) => unknown>>;
const exportedFunctions = Object.entries(api)
  .filter(([name, v]) => typeof v === 'function' && !EXPORTED_CLASSES.includes(name))
  .map(([name]) => name);

describe(`fuzz (${RUNS} inputs per function)`, () => {
  it('has generated arguments for every exported function', () => {
    expect(exportedFunctions.filter((n) => !(n in ARGS))).toEqual([]);
    expect(Object.keys(ARGS).filter((n) => !exportedFunctions.includes(n))).toEqual([]);
  });

  for (const [name, arb] of Object.entries(ARGS)) {
    it(
      `${name}: only InvalidInputError, sound decisions, known clauses, deterministic`,
      () => {
        const fn = callable[name];
        if (fn === undefined) throw new Error(`${name} is not exported`);
        const seen = { accepted: 0, refused: 0, value: 0, invalid: 0 };
        fc.assert(
          fc.property(arb, (input) => {
            const first = attempt(fn, input);
            const second = attempt(fn, input);
            if (first.threw) {
              seen.invalid += 1;
              const key = `${name} ${first.error instanceof InvalidInputError ? first.error.field : '?'}`;
              fieldsSeen.set(key, (fieldsSeen.get(key) ?? 0) + 1);
            }
            else {
              const v = first.value as { ok?: unknown } | null;
              if (v !== null && typeof v === 'object' && typeof v.ok === 'boolean') seen[v.ok ? 'accepted' : 'refused'] += 1;
              else seen.value += 1;
            }
            if (first.threw) {
              const e = first.error;
              if (!(e instanceof InvalidInputError)) {
                throw new Error(`${name}(${show(input)}) threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
              }
              if (e.field === '' || !e.message.includes(e.field)) throw new Error(`${name}: error does not name its field: ${e.message}`);
              if (!second.threw || !(second.error instanceof InvalidInputError) || second.error.message !== e.message) {
                throw new Error(`${name}(${show(input)}) is not deterministic: threw once, then not the same`);
              }
              return;
            }
            const problems = violations(first.value);
            if (problems.length > 0) throw new Error(`${name}(${show(input)}): ${problems.join('; ')}`);
            if (second.threw || !isDeepStrictEqual(first.value, second.value)) {
              throw new Error(`${name}(${show(input)}) is not deterministic`);
            }
          }),
          { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) },
        );
        // What the inputs exercised (for the Quality page): decisions accepted and refused, other
        // values returned, InvalidInputError thrown. Into reports/test-details/fuzz.txt.
        fuzzDetails.push(`${name}: ${JSON.stringify(seen)}`);
        if (process.env.FUZZ_FIELDS) {
          fuzzDetails.push(`  fields: ${JSON.stringify([...fieldsSeen].filter(([k]) => k.startsWith(`${name} `)).sort((a, b) => b[1] - a[1]))}`);
        }
      },
      TIMEOUT,
    );
  }
});
