/**
 * JSON: every decision and status value serialises with `JSON.stringify` to plain JSON a
 * support tool can store and read back. Money is `{ amount: '159.00', currency: 'USD' }` (a
 * decimal string with exactly the currency's decimals, MONEY-UNITS; `moneyFromJSON` reads it and
 * the earlier `'159'` back), instants are ISO-8601 strings with an offset, nothing is lost (no
 * `undefined` field, no `Date`, no class instance other than a `Decimal` amount), and a plan and
 * its ledger come back through `planFromJSON` / `ledgerFromJSON` to the same status.
 *
 * The clause named by each `describe` is the rule whose decision is serialised.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Plan,
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
  describePlan,
  ledgerFromJSON,
  CURRENCY_MINOR_UNITS,
  money,
  moneyFromJSON,
  planFromJSON,
  planStatus,
  rebindAfterReplacement,
  safeFlightReward,
} from '../src/index';
import { MAVIC_1Y, MAVIC_2Y, SHOP_TERMS, damage, flyaway, flyawayClaim, flyawayFacts, maintenance, plus, rebind, repair, warranty } from './fixtures/plans';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/**
 * The value as its JSON should read: each money value with its amount written with exactly its
 * currency's decimals (MONEY-UNITS), any other `Decimal` as its decimal string, everything else
 * as is. Fails on what JSON would lose or change: `undefined` fields, `Date`s, functions,
 * non-finite numbers, class instances.
 */
function expectedJson(value: unknown, path = '$'): Json {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path}: non-finite number ${value}`);
    return value;
  }
  if (Decimal.isDecimal(value)) return (value as Decimal).toString();
  if (Array.isArray(value)) return value.map((v, i) => expectedJson(v, `${path}[${i}]`));
  if (typeof value === 'object' && Decimal.isDecimal((value as { amount?: unknown }).amount)) {
    const { amount, currency } = value as { amount: Decimal; currency: string };
    return { amount: amount.toFixed(CURRENCY_MINOR_UNITS[currency] as number), currency };
  }
  if (typeof value === 'object') {
    if (value instanceof Date) throw new Error(`${path}: a Date (serialises to UTC text, not the value it was)`);
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) throw new Error(`${path}: an instance of ${proto.constructor?.name}`);
    const out: { [key: string]: Json } = {};
    for (const [k, v] of Object.entries(value)) {
      if (v === undefined) throw new Error(`${path}.${k}: undefined (lost by JSON.stringify)`);
      out[k] = expectedJson(v, `${path}.${k}`);
    }
    return out;
  }
  throw new Error(`${path}: a ${typeof value}`);
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Fields that hold an instant, and fields that hold a calendar date. */
const INSTANT_KEYS = new Set(['at', 'start', 'end', 'startsAt', 'buyBy', 'purchasedAt', 'boundAt', 'unboundAt']);
const DATE_KEYS = new Set(['startDate', 'lastDate', 'endDate', 'agreementDate', 'officialWarrantyStart']);

interface Found {
  readonly money: { readonly path: string; readonly value: Json }[];
  readonly instants: string[];
}

/** Walks parsed JSON: every money object and every instant field, checked for form. */
function inspect(json: Json, path = '$', found: Found = { money: [], instants: [] }): Found {
  if (Array.isArray(json)) json.forEach((v, i) => inspect(v, `${path}[${i}]`, found));
  else if (json !== null && typeof json === 'object') {
    if ('currency' in json) {
      found.money.push({ path, value: json });
      expect(json, path).toEqual({ amount: expect.stringMatching(/^-?\d+(\.\d+)?$/), currency: expect.stringMatching(/^[A-Z]{3}$/) });
    }
    for (const [k, v] of Object.entries(json)) {
      if (INSTANT_KEYS.has(k) && v !== null) {
        expect(v, `${path}.${k}`).toMatch(ISO_WITH_OFFSET);
        found.instants.push(`${path}.${k}`);
      }
      if (DATE_KEYS.has(k)) expect(v, `${path}.${k}`).toMatch(DATE);
      inspect(v, `${path}.${k}`, found);
    }
  }
  return found;
}

/** Stringify, parse, and compare with the value: same keys, same content, money as strings. */
function roundTrip(value: unknown): { readonly json: Json; readonly found: Found } {
  const json = JSON.parse(JSON.stringify(value)) as Json;
  expect(json).toStrictEqual(expectedJson(value));
  return { json, found: inspect(json) };
}

const PLAN: Plan = { ...MAVIC_1Y, timeZone: 'America/Chicago' };
const AT = '2026-05-01T12:00:00Z';

describe('the JSON check itself', () => {
  it('catches what JSON.stringify would lose or change', () => {
    expect(() => expectedJson({ a: undefined })).toThrow('$.a: undefined');
    expect(() => expectedJson({ at: new Date(0) })).toThrow('$.at: a Date');
    expect(() => expectedJson([Number.NaN])).toThrow('non-finite');
    expect(() => expectedJson(new Map())).toThrow('an instance of Map');
    expect(() => expectedJson({ f: () => 1 })).toThrow('a function');
    expect(expectedJson(Object.create(null))).toEqual({});
    expect(expectedJson({ fee: money('159', 'USD') })).toEqual({ fee: { amount: '159.00', currency: 'USD' } });
    expect(expectedJson({ fee: money('4690.00', 'JPY') })).toEqual({ fee: { amount: '4690', currency: 'JPY' } });
    expect(expectedJson(new Decimal('0.5'))).toBe('0.5');
  });
});

describe('QUOTA-1Y: planStatus', () => {
  it('serialises a status with fees, periods and Safe Flight as plain JSON', () => {
    const status = planStatus(PLAN, [damage('2026-04-02T18:00:00Z')], AT);
    const { json, found } = roundTrip(status);
    expect(found.money.map((m) => m.path)).toEqual(['$.nextFees.damage.fee', '$.nextFees.flyaway.fee']);
    expect((json as { nextFees: { damage: { fee: Json } } }).nextFees.damage.fee).toEqual({ amount: '199.00', currency: 'USD' });
    expect((json as { at: string }).at).toBe('2026-05-01T07:00:00.000-05:00');
    expect(found.instants).toContain('$.replacement.period.start');
  });

  it('serialises nulls, an unpublished fee, Care Refresh+ and a rebinding', () => {
    const events: ServiceEvent[] = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-08T00:00:00Z', 'M3-0002'), plus('2026-05-01T00:00:00Z', 'M3-0002')];
    const status = planStatus(MAVIC_1Y, events, '2027-06-01T00:00:00Z');
    const { json, found } = roundTrip(status);
    expect(found.money).toEqual([]);
    expect((json as { nextFees: { damage: { published: boolean } } }).nextFees.damage.published).toBe(false);
    expect((json as { carePlus: { purchasedAt: string } }).carePlus.purchasedAt).toBe('2026-05-01T00:00:00.000+00:00');
    const om5 = planStatus({ ...MAVIC_1Y, product: 'om-5', region: 'JP', timeZone: 'Asia/Tokyo' }, [], AT);
    expect((roundTrip(om5).json as { discountedRepairs: Json }).discountedRepairs).toBeNull();
  });

  it('MONEY-UNITS: writes an amount with exactly its currency\'s decimals (no float)', () => {
    const status = planStatus({ ...MAVIC_1Y, product: 'mini-2', region: 'AU', timeZone: 'Australia/Sydney' }, [], AT, { terms: SHOP_TERMS });
    expect(roundTrip(status).found.money.map((m) => m.value)).toEqual([
      { amount: '0.10', currency: 'AUD' },
      { amount: '0.35', currency: 'AUD' },
    ]);
    expect(JSON.stringify(money('0.1', 'AUD'))).toBe('{"amount":"0.10","currency":"AUD"}');
    expect(JSON.stringify(money('4690', 'JPY'))).toBe('{"amount":"4690","currency":"JPY"}');
  });

  it('MONEY-UNITS: every money value read back with moneyFromJSON is the value written, in both forms', () => {
    const status = planStatus(PLAN, [], AT);
    const { found } = roundTrip(status);
    for (const { value } of found.money) {
      const back = moneyFromJSON(value, 'fee');
      expect(JSON.stringify(back)).toBe(JSON.stringify(value));
      // Today's earlier form: the amount without trailing zeros.
      const earlier = { ...(value as { amount: string; currency: string }), amount: new Decimal((value as { amount: string }).amount).toString() };
      expect(moneyFromJSON(earlier).amount.equals(back.amount)).toBe(true);
    }
  });

  it('holds for any status instant and ledger (property)', () => {
    const START = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * 366 * 24 }), fc.subarray(['d', 'r', 'w', 'm'] as const), (hours, kinds) => {
        const makers = { d: damage, r: repair, w: warranty, m: maintenance };
        const events = kinds.map((k, i) => makers[k](`2026-0${4 + i}-01T00:00:00Z`));
        roundTrip(planStatus(MAVIC_1Y, events, new Date(START + hours * 3_600_000).toISOString()));
      }),
      { numRuns: 60 },
    );
  });
});

describe('CAT-FEES-MAVIC3-1Y: assessReplacement', () => {
  it('serialises an accepted damage claim with its fee as a decimal string', () => {
    const d = assessReplacement(PLAN, [], { type: 'damage', at: AT, serial: PLAN.serial, express: true });
    const { json, found } = roundTrip(d);
    expect(found.money).toEqual([{ path: '$.value.fee.fee', value: { amount: '159.00', currency: 'USD' } }]);
    expect((json as { value: { event: { at: string } } }).value.event.at).toBe('2026-05-01T07:00:00.000-05:00');
  });

  it('serialises an accepted flyaway claim', () => {
    const d = assessReplacement(MAVIC_1Y, [], flyawayClaim(AT));
    expect(roundTrip(d).found.money).toEqual([{ path: '$.value.fee.fee', value: { amount: '739.00', currency: 'USD' } }]);
  });

  it('serialises a refused claim with every reason and the trace', () => {
    const d = assessReplacement(MAVIC_1Y, [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-02T00:00:00Z', 'M3-0002')], {
      type: 'flyaway',
      at: AT,
      serial: 'M3-0002',
      theftOrLoss: true,
    });
    const { json } = roundTrip(d);
    expect((json as { ok: boolean }).ok).toBe(false);
    expect((json as { reasons: { clause: string }[] }).reasons.map((r) => r.clause)).toEqual([
      'FLY-ACCOUNT-BOUND',
      'FLY-NOT-UNBOUND',
      'FLY-RC-BOUND',
      'FLY-NOT-UNBOUND',
      'FLY-OWNER',
      'FLY-OWNER',
      'FLY-NOT-THEFT',
      'FLY-RECORDS',
      'FLY-QUOTA',
    ]);
  });
});

describe('SVC-REPAIR-DISCOUNT: assessDiscountedRepair', () => {
  it('serialises a discounted repair with an unpublished cap, and one with a cap', () => {
    roundTrip(assessDiscountedRepair(MAVIC_1Y, [], { at: AT, serial: MAVIC_1Y.serial, cause: 'damage' }));
    const capped = assessDiscountedRepair(MAVIC_1Y, [], { at: AT, serial: MAVIC_1Y.serial, cause: 'damage' }, { terms: SHOP_TERMS });
    expect(roundTrip(capped).found.money).toEqual([{ path: '$.value.discountCap.cap', value: { amount: '300.00', currency: 'USD' } }]);
  });

  it('serialises a warranty repair (USE-WARRANTY-FIRST) and a refusal', () => {
    roundTrip(assessDiscountedRepair(MAVIC_1Y, [], { at: AT, serial: MAVIC_1Y.serial, cause: 'malfunction' }));
    roundTrip(assessDiscountedRepair({ ...MAVIC_1Y, product: 'mini-2' }, [], { at: AT, serial: MAVIC_1Y.serial, cause: 'damage' }));
  });
});

describe('SVC-MAINTENANCE: assessMaintenance', () => {
  it('serialises an accepted and a refused request', () => {
    roundTrip(assessMaintenance(MAVIC_1Y, [], { at: AT, serial: MAVIC_1Y.serial }));
    roundTrip(assessMaintenance(MAVIC_1Y, [maintenance('2026-04-01T00:00:00Z')], { at: AT, serial: MAVIC_1Y.serial }));
  });
});

describe('FLY-QUOTA: checkFlyaway', () => {
  it('serialises an accepted check with the binding facts and a refusal', () => {
    const { json } = roundTrip(checkFlyaway(MAVIC_1Y, [], flyawayFacts(AT)));
    expect((json as { value: { account: string } }).value.account).toBe('pilot@example.com');
    roundTrip(checkFlyaway(MAVIC_1Y, [], { at: AT, serial: MAVIC_1Y.serial }));
  });
});

describe('ELIG-48H: checkPurchaseEligibility', () => {
  const input = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: AT, previouslyBound: false } as const;

  it('serialises an accepted decision with its deadline as an ISO instant', () => {
    const { json } = roundTrip(checkPurchaseEligibility({ ...input, activatedAt: '2026-05-01T00:00:00Z' }));
    expect((json as { value: { buyBy: string } }).value.buyBy).toMatch(ISO_WITH_OFFSET);
    roundTrip(checkPurchaseEligibility({ ...input, activatedAt: null }));
  });

  it('serialises a refusal with next steps (ELIG-VERIFY)', () => {
    const { json } = roundTrip(checkPurchaseEligibility({ ...input, activatedAt: '2026-04-01T00:00:00Z', planRegion: 'FR' }));
    expect((json as { nextSteps: unknown[] }).nextSteps.length).toBeGreaterThan(0);
  });
});

describe('DATE-CODE: agreementDate', () => {
  it('serialises the agreement date and its start instant, and a refusal', () => {
    const { json } = roundTrip(agreementDate({ channel: 'activation-code', timeZone: 'Europe/Berlin', boundAt: new Date('2026-03-28T23:30:00Z') }));
    expect((json as { value: { startsAt: string } }).value.startsAt).toBe('2026-03-29T00:00:00.000+01:00');
    roundTrip(agreementDate({ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', activatedAt: null }));
  });
});

describe('PERIOD-1Y: coveragePeriods', () => {
  it('serialises every period, nulls included', () => {
    roundTrip(coveragePeriods({ product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-29' }));
    const { json } = roundTrip(coveragePeriods({ product: 'om-5', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' }));
    expect((json as { safeFlight: Json }).safeFlight).toBeNull();
  });
});

describe('SVC-SAFE-FLIGHT: safeFlightReward', () => {
  it('serialises an earned reward, a pending one with its next step, and a forfeited one', () => {
    roundTrip(safeFlightReward(MAVIC_1Y, [], '2027-06-01T00:00:00Z'));
    roundTrip(safeFlightReward(MAVIC_1Y, [], AT));
    roundTrip(safeFlightReward(MAVIC_1Y, [repair('2026-04-01T00:00:00Z')], '2027-06-01T00:00:00Z'));
  });
});

describe('PLUS-ELIGIBLE: checkCareRefreshPlus', () => {
  it('serialises an offer and a refusal', () => {
    roundTrip(checkCareRefreshPlus(MAVIC_1Y, [], AT));
    roundTrip(checkCareRefreshPlus(MAVIC_2Y, [], AT));
  });

  it('serialises a purchase with the new ledger (PLUS-EFFECT)', () => {
    const { json } = roundTrip(applyCareRefreshPlus(MAVIC_1Y, [], AT));
    expect((json as { value: { events: { at: string }[] } }).value.events[0]?.at).toBe('2026-05-01T12:00:00.000+00:00');
  });
});

describe('REBIND-REPLACEMENT: rebindAfterReplacement', () => {
  it('serialises a rebinding with the ELIG-ONCE note, and a refusal', () => {
    roundTrip(rebindAfterReplacement(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], { at: AT, newSerial: 'M3-0002' }));
    roundTrip(rebindAfterReplacement(MAVIC_1Y, [], { at: AT, newSerial: 'M3-0001' }));
  });
});

describe('USE-INTERNATIONAL: checkServiceLocation', () => {
  it('serialises an accepted and a refused location', () => {
    roundTrip(checkServiceLocation(MAVIC_1Y, { service: 'replacement', region: 'US' }));
    roundTrip(checkServiceLocation(MAVIC_1Y, { service: 'replacement', region: 'CA', proofOfPurchase: 'official' }));
  });
});

describe('REBIND-REPLACEMENT: planFromJSON and ledgerFromJSON read back what was stored', () => {
  const events: ServiceEvent[] = [
    warranty('2026-03-05T00:00:00Z'),
    damage('2026-04-01T00:00:00Z'),
    rebind('2026-04-08T00:00:00Z', 'M3-0002'),
    repair('2026-05-01T00:00:00Z', 'M3-0002'),
    plus('2026-06-01T00:00:00Z', 'M3-0002'),
  ];

  it('gives the same plan, ledger and status after stringify and parse', () => {
    const stored = JSON.stringify({ plan: PLAN, events });
    const parsed = JSON.parse(stored) as { plan: unknown; events: unknown };
    const plan = planFromJSON(parsed.plan);
    const ledger = ledgerFromJSON(parsed.events, plan);
    expect(plan).toEqual(PLAN);
    expect(ledger).toEqual(events);
    for (const at of ['2026-03-01T06:00:00Z', AT, '2027-06-01T00:00:00Z', '2028-06-01T00:00:00Z']) {
      expect(planStatus(plan, ledger, at)).toEqual(planStatus(PLAN, events, at));
      expect(describePlan(planStatus(plan, ledger, at))).toBe(describePlan(planStatus(PLAN, events, at)));
    }
  });

  it('reads back a ledger that a decision appended to', () => {
    const d = assessReplacement(PLAN, [], { type: 'damage', at: AT, serial: PLAN.serial });
    if (!d.ok) throw new Error('refused');
    const stored = JSON.stringify([d.value.event]);
    expect(ledgerFromJSON(JSON.parse(stored), PLAN)).toEqual([d.value.event]);
    expect(planStatus(PLAN, ledgerFromJSON(JSON.parse(stored), PLAN), '2026-06-01T00:00:00Z').available.replacements).toBe(1);
  });

  it('stores a ledger given with Date instants as ISO text (UTC) and reads it back to the same status', () => {
    const withDates = [{ type: 'damage-replacement', at: new Date('2026-04-01T00:00:00Z'), serial: MAVIC_1Y.serial }] as const;
    const bought = applyCareRefreshPlus(MAVIC_1Y, withDates, AT);
    if (!bought.ok) throw new Error('refused');
    const stored = JSON.parse(JSON.stringify(bought.value.events)) as Json;
    expect(stored).toEqual([
      { type: 'damage-replacement', at: '2026-04-01T00:00:00.000Z', serial: 'M3-0001' },
      { type: 'care-refresh-plus', at: '2026-05-01T12:00:00.000+00:00', serial: 'M3-0001' },
    ]);
    const back = ledgerFromJSON(stored, MAVIC_1Y);
    expect(planStatus(MAVIC_1Y, back, '2027-06-01T00:00:00Z')).toEqual(planStatus(MAVIC_1Y, bought.value.events, '2027-06-01T00:00:00Z'));
  });

  it('reads back a plan with its official warranty start', () => {
    const plan = { ...MAVIC_1Y, region: 'DE', timeZone: 'Europe/Berlin', officialWarrantyStart: '2026-02-01' };
    expect(planFromJSON(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
  });
});
