/**
 * Issue 12, "A stored status can be described later": statusFromJSON and decisionFromJSON read
 * back what the library returns, written to JSON. Round-trip properties over random plans and
 * ledgers, and the shapes they refuse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Decision,
  type Plan,
  type PlanStatus,
  type ServiceEvent,
  agreementDate,
  applyCareRefreshPlus,
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  checkCareRefreshPlus,
  checkFlyaway,
  checkPurchaseEligibility,
  checkServiceLocation,
  coveragePeriods,
  decisionFromJSON,
  describePlan,
  formatMoney,
  periodList,
  planStatus,
  rebindAfterReplacement,
  statusFromJSON,
  timelineSvg,
  timelineText,
} from '../src/index';
import { expectInvalid } from './support';

const DAY = 86_400_000;

/** The same value with every record's keys sorted, for comparing JSON texts whatever the key order. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sorted((value as Record<string, unknown>)[k])]));
  }
  return value;
}
const json = (value: unknown): string => JSON.stringify(sorted(JSON.parse(JSON.stringify(value))));
const roundTrip = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const PLANS: readonly Plan[] = [
  { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' },
  { product: 'mavic-3', serial: 'A1', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-01-31', officialWarrantyStart: '2026-01-20' },
  { product: 'om-5', serial: 'A1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' },
  { product: 'mini-2', serial: 'A1', term: '1y', region: 'AU', timeZone: 'Australia/Sydney', agreementDate: '2026-10-04' },
];
const TYPES = ['damage-replacement', 'flyaway-replacement', 'discounted-repair', 'warranty-repair', 'factory-maintenance', 'care-refresh-plus'] as const;

/** A plan, a ledger built on it (rebinding after some replacements) and an instant. */
const scenario = fc
  .record({
    plan: fc.constantFrom(...PLANS),
    steps: fc.array(fc.record({ type: fc.constantFrom(...TYPES), days: fc.integer({ min: 1, max: 120 }), rebind: fc.boolean() }), { maxLength: 7 }),
    atDays: fc.integer({ min: 0, max: 3 * 366 }),
  })
  .map(({ plan, steps, atDays }) => {
    const start = Date.parse(`${plan.agreementDate}T12:00:00Z`);
    let t = start;
    let serial = plan.serial;
    const events: ServiceEvent[] = [];
    steps.forEach((s, i) => {
      t += s.days * DAY;
      events.push({ type: s.type, at: new Date(t).toISOString(), serial } as ServiceEvent);
      if (s.rebind && s.type.endsWith('-replacement')) {
        t += 3_600_000;
        events.push({ type: 'rebind', at: new Date(t).toISOString(), serial, newSerial: `U${i}` });
        serial = `U${i}`;
      }
    });
    return { plan, events, at: new Date(start + atDays * DAY).toISOString(), serial, last: t };
  });

function statusOf(sc: { plan: Plan; events: readonly ServiceEvent[]; at: string }): PlanStatus | undefined {
  try {
    return planStatus(sc.plan, sc.events, sc.at);
  } catch {
    return undefined;
  }
}

describe('statusFromJSON: a stored status read back (issue 12)', () => {
  it('round-trips every status: equal, same JSON, same description', () => {
    let seen = 0;
    fc.assert(
      fc.property(scenario, (sc) => {
        const s = statusOf(sc);
        fc.pre(s !== undefined);
        seen += 1;
        const back = statusFromJSON(roundTrip(s));
        expect(back).toEqual(s);
        expect(json(back)).toBe(json(s));
        expect(describePlan(back)).toBe(describePlan(s));
        expect(describePlan(roundTrip(s) as PlanStatus)).toBe(describePlan(s));
        // A status as returned reads the same way.
        expect(statusFromJSON(s)).toEqual(s);
      }),
      { numRuns: 150 },
    );
    expect(seen).toBeGreaterThan(50);
  });

  it('a revived status is accepted wherever a status or its periods are (describePlan, the timelines)', () => {
    const s = planStatus(PLANS[1] as Plan, [{ type: 'damage-replacement', at: '2026-04-01T00:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
    const back = statusFromJSON(roundTrip(s));
    expect(timelineText(back.periods, { today: back.at })).toBe(timelineText(s.periods, { today: s.at }));
    expect(timelineSvg(back.periods)).toBe(timelineSvg(s.periods));
    // Coverage periods are plain strings already: JSON gives them back equal, no reviver needed.
    const p = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-01' });
    expect(roundTrip(p)).toEqual(p);
    expect(periodList(roundTrip(p) as typeof p)).toEqual(periodList(p));
  });

  it('revives money with the currency decimals, and describes it (the reported failure)', () => {
    const s = planStatus(PLANS[0] as Plan, [], '2026-05-01T12:00:00Z');
    const stored = JSON.stringify(s);
    expect(stored).toContain('"fee":{"amount":"159.00","currency":"USD"}');
    const back = statusFromJSON(JSON.parse(stored));
    const fee = back.nextFees.damage;
    expect(fee?.published && formatMoney(fee.fee)).toBe('USD 159.00');
    expect(describePlan(back)).toBe(describePlan(s));
  });

  it('reads a status stored before anomalies existed as none, and accepts reasons with code and params', () => {
    const s = planStatus(PLANS[0] as Plan, [{ type: 'damage-replacement', at: '2026-04-01T00:00:00Z', serial: 'A1' }], '2026-05-01T12:00:00Z');
    const { anomalies: _a, ...older } = roundTrip(s) as Record<string, unknown>;
    expect(statusFromJSON(older)).toEqual(s);
    const stored = roundTrip(s) as { safeFlight: { reasons: Record<string, unknown>[] } };
    const reason = stored.safeFlight.reasons[0] as Record<string, unknown>;
    stored.safeFlight.reasons[0] = { ...reason, code: 'safe-flight.forfeited', params: { on: '2026-04-01', uses: [1, 'x', null, true] } };
    expect(statusFromJSON(stored).safeFlight.reasons[0]).toEqual({ ...reason, code: 'safe-flight.forfeited', params: { on: '2026-04-01', uses: [1, 'x', null, true] } });
    // With the words left out (messages: false), a code stands for the message.
    const { message: _m, ...coded } = reason;
    stored.safeFlight.reasons[0] = { ...coded, code: 'safe-flight.forfeited', params: {} };
    expect(statusFromJSON(stored).safeFlight.reasons[0]).toEqual({ ...coded, code: 'safe-flight.forfeited', params: {} });
  });

  it('refuses what no status has, naming the field', () => {
    const s = roundTrip(planStatus(PLANS[0] as Plan, [], '2026-05-01T12:00:00Z')) as Record<string, any>;
    expectInvalid(() => statusFromJSON(null), 'status', 'missing');
    expectInvalid(() => statusFromJSON({ ...s, at: '2026-05-01T12:00:00' }), 'status.at', 'invalid-instant');
    expectInvalid(() => statusFromJSON({ ...s, at: 7 }), 'status.at', 'wrong-type');
    expectInvalid(() => statusFromJSON({ ...s, replacement: { ...s.replacement, clause: 'quota-1y' } }), 'status.replacement.clause', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, replacement: { ...s.replacement, damage: { allowed: 1, used: 0, remaining: 2 } } }), 'status.replacement.damage.remaining', 'invalid-count');
    expectInvalid(() => statusFromJSON({ ...s, discountedRepairs: { ...s.discountedRepairs, used: -1 } }), 'status.discountedRepairs.used', 'invalid-count');
    expectInvalid(() => statusFromJSON({ ...s, nextFees: { ...s.nextFees, damage: { ...s.nextFees.damage, fee: { amount: '159.001', currency: 'USD' } } } }), 'status.nextFees.damage.fee.amount', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, nextFees: { ...s.nextFees, flyaway: { published: false, kind: 'flyaway', ordinal: 1, reason: { clause: 'NOPE', message: 'x' } } } }), 'status.nextFees.flyaway.reason.clause', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, nextFees: { ...s.nextFees, damage: { ...s.nextFees.damage, clause: 'X' } } }), 'status.nextFees.damage.clause', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, safeFlight: { ...s.safeFlight, reasons: [{ clause: 'SVC-SAFE-FLIGHT' }] } }), 'status.safeFlight.reasons[0].message', 'missing');
    expectInvalid(() => statusFromJSON({ ...s, safeFlight: { ...s.safeFlight, reasons: [{ clause: 'SVC-SAFE-FLIGHT', code: 'x'.repeat(65) }] } }), 'status.safeFlight.reasons[0].code', 'too-large');
    expectInvalid(() => statusFromJSON({ ...s, safeFlight: { ...s.safeFlight, reasons: [{ clause: 'SVC-SAFE-FLIGHT', code: 'c', params: [1] }] } }), 'status.safeFlight.reasons[0].params', 'wrong-type');
    expectInvalid(() => statusFromJSON({ ...s, safeFlight: { ...s.safeFlight, reasons: [{ clause: 'SVC-SAFE-FLIGHT', code: 'c', params: { n: Number.NaN } }] } }), 'status.safeFlight.reasons[0].params.n', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, safeFlight: { ...s.safeFlight, reasons: [{ clause: 'SVC-SAFE-FLIGHT', code: 'c', params: { f: () => 1 } }] } }), 'status.safeFlight.reasons[0].params.f', 'wrong-type');
    expectInvalid(() => statusFromJSON({ ...s, carePlus: { ...s.carePlus, purchasedAt: 'soon' } }), 'status.carePlus.purchasedAt', 'invalid-instant');
    expectInvalid(() => statusFromJSON({ ...s, periods: [{ ...s.periods[0], inForce: 'yes' }] }), 'status.periods[0].inForce', 'wrong-type');
    expectInvalid(() => statusFromJSON({ ...s, anomalies: [{ clause: 'ELIG-48H', message: 'm', expected: 'e', received: 'r', indices: [], events: [] }] }), 'status.anomalies[0].clause', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, anomalies: [{ clause: 'QUOTA-1Y', message: 'm', expected: 'e', received: 'r', indices: [0], events: [{ type: 'party', at: 'x', serial: 'A1' }] }] }), 'status.anomalies[0].events[0].type', 'invalid-value');
    expectInvalid(() => statusFromJSON({ ...s, plan: { ...s.plan, product: 'zenmuse-x5s' } }), 'status.plan.product', 'unknown-product');
  });

  it('bounds nested values: depth and strings', () => {
    const s = roundTrip(planStatus(PLANS[0] as Plan, [], '2026-05-01T12:00:00Z')) as Record<string, any>;
    let deep: unknown = 1;
    for (let i = 0; i < 10; i++) deep = { d: deep };
    const reasons = (params: unknown) => ({ ...s, safeFlight: { ...s.safeFlight, reasons: [{ clause: 'SVC-SAFE-FLIGHT', code: 'c', params }] } });
    expect(invalidField(() => statusFromJSON(reasons({ deep })))).toMatch(/^status\.safeFlight\.reasons\[0\]\.params(\.deep)(\.d)+$/);
    expectInvalid(() => statusFromJSON(reasons({ s: 'x'.repeat(10_001) })), 'status.safeFlight.reasons[0].params.s', 'too-large');
    // At most LIMITS.ledgerEvents values in all: 10,000 lists of 100 numbers are more.
    const row = Array.from({ length: 100 }, () => 1);
    expect(invalidField(() => statusFromJSON(reasons({ rows: Array.from({ length: 10_000 }, () => row) })))).toMatch(/^status\.safeFlight\.reasons\[0\]\.params\.rows\[\d+\]\[\d+\]$/);
    // Params are plain values: an `{ amount, currency }` there is not read as money.
    const money = { amount: 5, currency: 'none' };
    expect(statusFromJSON(reasons({ money })).safeFlight.reasons[0]).toMatchObject({ params: { money } });
  });
});

function invalidField(call: () => unknown): string {
  try {
    call();
  } catch (error) {
    return (error as { field: string }).field;
  }
  return '(no error)';
}

const PLAN = PLANS[0] as Plan;
const FLYAWAY = { type: 'flyaway' as const, at: '2026-05-01T12:00:00Z', serial: 'A1', claimantAccount: 'owner', reportController: 'RC1', theftOrLoss: false, flightRecordsSynced: true,
  accountBindings: [{ account: 'owner', boundAt: '2026-03-01T00:00:00Z' }], controllerBindings: [{ controller: 'RC1', boundAt: '2026-03-01T00:00:00Z' }] };

describe('decisionFromJSON: a stored decision read back (issue 12)', () => {
  const decisions = (events: readonly ServiceEvent[], at: string, serial: string): readonly (readonly [string, () => Decision<unknown>])[] => [
    ['checkPurchaseEligibility', () => checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'DE', purchaseAt: at, activatedAt: '2026-03-01T10:00:00Z', previouslyBound: false })],
    ['agreementDate', () => agreementDate({ channel: 'dji-online-store', timeZone: 'America/Chicago', purchasedAt: at })],
    ['assessReplacement (damage)', () => assessReplacement(PLAN, events, { type: 'damage', at, serial, express: true })],
    ['assessReplacement (flyaway)', () => assessReplacement(PLAN, events, { ...FLYAWAY, at, serial })],
    ['checkFlyaway', () => checkFlyaway(PLAN, events, { ...FLYAWAY, at, serial })],
    ['assessDiscountedRepair', () => assessDiscountedRepair(PLAN, events, { at, serial, cause: 'damage' })],
    ['assessMaintenance', () => assessMaintenance(PLAN, events, { at, serial })],
    ['checkCareRefreshPlus', () => checkCareRefreshPlus(PLAN, events, at)],
    ['applyCareRefreshPlus', () => applyCareRefreshPlus(PLAN, events, at)],
    ['rebindAfterReplacement', () => rebindAfterReplacement(PLAN, events, { at, newSerial: 'NEW-1' })],
    ['checkServiceLocation', () => checkServiceLocation(PLAN, { service: 'discounted-repair', region: 'JP' })],
  ];

  it('round-trips every kind of decision, accepted and refused', () => {
    const kinds = new Map<string, Set<boolean>>();
    fc.assert(
      fc.property(scenario.filter((sc) => sc.plan === PLAN), fc.integer({ min: 1, max: 400 }), (sc, later) => {
        const at = new Date(sc.last + later * DAY).toISOString();
        for (const [name, decide] of decisions(sc.events, at, sc.serial)) {
          let d: Decision<unknown>;
          try {
            d = decide();
          } catch {
            continue;
          }
          kinds.set(name, (kinds.get(name) ?? new Set()).add(d.ok));
          const back = decisionFromJSON(roundTrip(d));
          expect(back).toEqual(d);
          expect(json(back)).toBe(json(d));
          expect(decisionFromJSON(d)).toEqual(d);
        }
      }),
      { numRuns: 60 },
    );
    expect([...kinds.keys()].sort()).toEqual(decisions([], '', '').map(([n]) => n).sort());
  });

  it('revives the money of a value (a fee quote)', () => {
    const d = assessReplacement(PLAN, [], { type: 'damage', at: '2026-05-01T12:00:00Z', serial: 'A1' });
    const back = decisionFromJSON<typeof d extends Decision<infer T> ? T : never>(roundTrip(d));
    expect(back.ok && back.value.fee.published && formatMoney(back.value.fee.fee)).toBe('USD 159.00');
  });

  it('refuses what no decision has, naming the field', () => {
    const refused = roundTrip(checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'DE', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: null, previouslyBound: false })) as Record<string, any>;
    const accepted = roundTrip(checkServiceLocation(PLAN, { service: 'discounted-repair', region: 'US' })) as Record<string, any>;
    expect(refused.ok).toBe(false);
    expect(accepted.ok).toBe(true);
    expectInvalid(() => decisionFromJSON(undefined), 'decision', 'missing');
    expectInvalid(() => decisionFromJSON({ ...refused, ok: 'no' }), 'decision.ok', 'wrong-type');
    expectInvalid(() => decisionFromJSON({ ...refused, reasons: [] }), 'decision.reasons', 'missing');
    expectInvalid(() => decisionFromJSON({ ...refused, trace: [] }), 'decision.trace', 'invalid-value');
    expectInvalid(() => decisionFromJSON({ ...refused, reasons: [{ clause: 'ELIG-48H', message: 'm', params: {} }] }), 'decision.reasons[0].params', 'invalid-value');
    expectInvalid(() => decisionFromJSON({ ...refused, value: {} }), 'decision.value', 'invalid-value');
    expectInvalid(() => decisionFromJSON({ ...accepted, reasons: [] }), 'decision.reasons', 'invalid-value');
    expectInvalid(() => decisionFromJSON({ ...accepted, value: [] }), 'decision.value', 'wrong-type');
    expectInvalid(() => decisionFromJSON({ ...accepted, trace: [{ ...accepted.trace[0], passed: false }] }), 'decision.trace', 'invalid-value');
    expectInvalid(() => decisionFromJSON({ ...accepted, value: { at: new Date(0) } }), 'decision.value.at', 'wrong-type');
    expectInvalid(() => decisionFromJSON({ ...accepted, value: { n: 10n } }), 'decision.value.n', 'wrong-type');
    expectInvalid(() => decisionFromJSON({ ...accepted, value: { fee: { amount: '1.001', currency: 'USD' } } }), 'decision.value.fee.amount', 'invalid-value');
    expectInvalid(() => decisionFromJSON({ ...refused, nextSteps: [{ clause: 'ELIG-VERIFY', message: 'm' }] }), 'decision.nextSteps[0].action', 'missing');
    expectInvalid(() => decisionFromJSON({ ...refused, trace: [{ clause: 'ELIG-48H', message: 'm' }] }), 'decision.trace[0].passed', 'missing');
    expectInvalid(() => decisionFromJSON({ ...refused, edition: '' }), 'decision.edition', 'missing');
    expectInvalid(() => decisionFromJSON({ ...refused, reasons: [{ clause: 'ELIG-48H', message: 'm', expected: 7 }] }), 'decision.reasons[0].expected', 'wrong-type');
  });
});
