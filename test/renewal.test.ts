import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  PRODUCTS,
  applyCareRefreshPlus,
  assessDiscountedRepair,
  assessReplacement,
  checkCareRefreshPlus,
  checkPurchaseEligibility,
  coveragePeriods,
  periodList,
  planStatus,
  rebindAfterReplacement,
  type Decision,
} from '../src/index';
import { END_1Y, LAST_1Y, MAVIC_1Y, MAVIC_2Y, damage, flyaway, plus, rebind } from './fixtures/plans';
import { invalid } from './support';

const EDITION = DEFAULT_TERMS.edition;

function clauses<T>(d: Decision<T>): string[] {
  return d.ok ? [] : d.reasons.map((r) => r.clause);
}

describe('PLUS-ELIGIBLE', () => {
  it('can be bought up to the last instant of an unexpired 1-year plan with a replacement left', () => {
    const d = checkCareRefreshPlus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], LAST_1Y);
    expect(d).toEqual({
      ok: true,
      value: {
        renewal: expect.objectContaining({ kind: 'care-refresh-plus', clause: 'PLUS-EFFECT', startDate: '2027-03-01', lastDate: '2028-02-29' }),
        warrantyExtension: expect.objectContaining({ kind: 'care-refresh-plus-warranty', startDate: '2027-03-01', lastDate: '2028-02-29' }),
        damageReplacements: 1,
        flyawayReplacements: 0,
        firstYearLeft: 1,
        safeFlight: expect.objectContaining({ startDate: '2028-03-01', lastDate: '2029-02-28' }),
      },
      trace: [
        expect.objectContaining({ clause: 'PLUS-NOT-2Y', passed: true }),
        expect.objectContaining({ clause: 'PLUS-ELIGIBLE', passed: true, message: 'The plan has not expired.' }),
        expect.objectContaining({ clause: 'PLUS-ELIGIBLE', passed: true, message: '1 replacement is left.' }),
        expect.objectContaining({ clause: 'PLUS-EFFECT', passed: true }),
      ],
      edition: EDITION,
    });
    expect(checkCareRefreshPlus(MAVIC_1Y, [], '2026-03-01T00:00:00Z').ok).toBe(true);
  });

  it('not once the plan has expired', () => {
    const d = checkCareRefreshPlus(MAVIC_1Y, [], END_1Y);
    expect(d.ok ? [] : d.reasons).toEqual([
      { clause: 'PLUS-ELIGIBLE', message: 'The plan expired at the end of 2027-02-28.', expected: 'between 2026-03-01 and 2027-02-28', received: '2027-03-01' },
    ]);
  });

  it('not before the plan takes effect', () => {
    const d = checkCareRefreshPlus(MAVIC_1Y, [], '2026-02-28T12:00:00Z');
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toEqual(['The plan has not taken effect yet; it starts on 2026-03-01.']);
  });

  it('not with no replacement left', () => {
    const d = checkCareRefreshPlus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), flyaway('2026-05-01T00:00:00Z')], '2026-06-01T00:00:00Z');
    expect(d.ok ? [] : d.reasons).toEqual([
      { clause: 'PLUS-ELIGIBLE', message: 'No replacement is left on the plan.', expected: 'at least one replacement left', received: '0 left' },
    ]);
    expect(planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), flyaway('2026-05-01T00:00:00Z')], '2026-06-01T00:00:00Z').carePlus).toEqual({
      purchased: false,
      purchasedAt: null,
      canBuy: false,
      reasons: [expect.objectContaining({ clause: 'PLUS-ELIGIBLE' })],
    });
  });
});

describe('PLUS-NOT-2Y', () => {
  it('is not sold for a 2-year plan', () => {
    const d = checkCareRefreshPlus(MAVIC_2Y, [], '2026-06-01T00:00:00Z');
    expect(d.ok ? [] : d.reasons).toEqual([
      { clause: 'PLUS-NOT-2Y', message: 'DJI Care Refresh+ is not sold for a 2-year plan.', expected: 'a 1-year plan', received: 'a 2-year plan' },
    ]);
  });

  it('every failing condition at once', () => {
    const d = checkCareRefreshPlus(MAVIC_2Y, [damage('2026-04-01T00:00:00Z'), damage('2026-05-01T00:00:00Z'), damage('2026-06-01T00:00:00Z')], '2028-03-01T00:00:00Z');
    expect(clauses(d)).toEqual(['PLUS-NOT-2Y', 'PLUS-ELIGIBLE', 'PLUS-ELIGIBLE']);
  });
});

describe('PLUS-EFFECT', () => {
  const bought = [plus('2026-06-01T00:00:00Z')];

  it('applying appends the event and leaves the input alone', () => {
    const input = Object.freeze([...[damage('2026-04-01T00:00:00Z')]]);
    const d = applyCareRefreshPlus(MAVIC_1Y, input, '2026-06-01T00:00:00Z');
    expect(d.ok && d.value.event).toEqual({ type: 'care-refresh-plus', at: '2026-06-01T00:00:00.000+00:00', serial: 'M3-0001' });
    expect(d.ok && d.value.events).toEqual([...input, { type: 'care-refresh-plus', at: '2026-06-01T00:00:00.000+00:00', serial: 'M3-0001' }]);
    expect(input).toHaveLength(1);
    expect(clauses(applyCareRefreshPlus(MAVIC_2Y, [], '2026-06-01T00:00:00Z'))).toEqual(['PLUS-NOT-2Y']);
  });

  it('once per plan', () => {
    const d = checkCareRefreshPlus(MAVIC_1Y, bought, '2026-07-01T00:00:00Z');
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'PLUS-EFFECT',
        message: 'DJI Care Refresh+ was already bought for this plan on 2026-06-01; it can be bought once.',
        expected: 'not bought before',
        received: 'bought on 2026-06-01',
      },
    ]);
  });

  it('a renewal year of 12 months with one damage replacement; first-year leftovers do not carry over', () => {
    const s = planStatus(MAVIC_1Y, bought, '2027-06-01T00:00:00Z');
    expect(s.renewal).toEqual({
      clause: 'PLUS-EFFECT',
      period: expect.objectContaining({ startDate: '2027-03-01', lastDate: '2028-02-29' }),
      inForce: true,
      replacements: { allowed: 1, used: 0, remaining: 1 },
      damage: { allowed: 1, used: 0, remaining: 1 },
      flyaway: { allowed: 0, used: 0, remaining: 0 },
    });
    expect(s.replacement.replacements.remaining).toBe(2);
    expect(s.available).toEqual({ replacements: 1, damage: 1, flyaway: 0, discountedRepairs: 0, maintenance: 0 });
    expect(s.carePlus).toEqual({ purchased: true, purchasedAt: '2026-06-01T00:00:00.000+00:00', canBuy: false, reasons: expect.any(Array) });
    expect(s.periods.map((p) => [p.kind, p.inForce])).toEqual([
      ['replacement', false],
      ['repair-discount', false],
      ['official-warranty', false],
      ['care-refresh-plus', true],
      ['care-refresh-plus-warranty', true],
      ['safe-flight', false],
    ]);
  });

  it('the renewal replacement: fee not published; a second one refused', () => {
    const d = assessReplacement(MAVIC_1Y, bought, { type: 'damage', at: '2027-06-01T00:00:00Z', serial: 'M3-0001' });
    expect(d.ok && d.value.quotaClause).toBe('PLUS-EFFECT');
    expect(d.ok && d.value.fee).toEqual({
      published: false,
      kind: 'damage',
      ordinal: 1,
      reason: {
        clause: 'PLUS-EFFECT',
        message: 'The fee of a DJI Care Refresh+ replacement is not published for DJI Mavic 3, 1-year plan, US.',
        expected: 'a published fee',
        received: 'none',
      },
    });
    expect(d.ok && d.value.remainingAfter).toEqual({ replacements: 0, damage: 0, flyaway: 0 });
    const events = [...bought, damage('2027-06-01T00:00:00Z'), rebind('2027-06-02T00:00:00Z', 'M3-0002')];
    const second = assessReplacement(MAVIC_1Y, events, { type: 'damage', at: '2027-07-01T00:00:00Z', serial: 'M3-0002' });
    expect(second.ok ? [] : second.reasons).toEqual([
      { clause: 'PLUS-EFFECT', message: 'No damage replacement is left in the DJI Care Refresh+ renewal year.', expected: 'a damage replacement left', received: '0 left of 1' },
    ]);
    expect(planStatus(MAVIC_1Y, events, '2027-07-01T00:00:00Z').renewal?.damage).toEqual({ allowed: 1, used: 1, remaining: 0 });
  });

  it("a caller's renewal fee is used", async () => {
    const { SHOP_TERMS } = await import('./fixtures/plans');
    const gb = { ...MAVIC_1Y, region: 'GB', timeZone: 'Europe/London' };
    const s = planStatus(gb, bought, '2027-06-01T00:00:00Z', { terms: SHOP_TERMS });
    expect(s.nextFees.damage).toMatchObject({ published: true, clause: 'PLUS-EFFECT', fee: { currency: 'GBP' } });
    expect(s.nextFees.flyaway).toBeNull();
  });

  it('damage after the renewal year is outside the validity', () => {
    expect(clauses(assessReplacement(MAVIC_1Y, bought, { type: 'damage', at: '2028-03-01T00:00:00Z', serial: 'M3-0001' }))).toEqual(['PERIOD-OUTSIDE']);
    expect(assessReplacement(MAVIC_1Y, bought, { type: 'damage', at: '2028-02-29T23:59:59Z', serial: 'M3-0001' }).ok).toBe(true);
  });

  it('the warranty is extended by 12 months', () => {
    const events = [...bought, damage('2026-07-01T00:00:00Z'), rebind('2026-07-02T00:00:00Z', 'M3-0002')];
    const d = assessDiscountedRepair(MAVIC_1Y, events, { at: '2027-09-01T00:00:00Z', serial: 'M3-0002', cause: 'malfunction' });
    expect(d.ok && d.value.warranty?.kind).toBe('care-refresh-plus-warranty');
  });

  it('a caller edition without a warranty extension', () => {
    const terms = { ...DEFAULT_TERMS, carePlus: { ...DEFAULT_TERMS.carePlus, warrantyExtensionMonths: 0 } };
    const d = checkCareRefreshPlus(MAVIC_1Y, [], '2026-06-01T00:00:00Z', { terms });
    expect(d.ok && d.value.warrantyExtension).toBeNull();
  });

  it('a model without a service gets none of it in the renewal year', () => {
    const om5 = { ...MAVIC_1Y, product: 'om-5' };
    const d = checkCareRefreshPlus(om5, [], '2026-06-01T00:00:00Z');
    expect(d.ok && [d.value.damageReplacements, d.value.flyawayReplacements, d.value.safeFlight]).toEqual([1, 0, null]);
    const withFlyaway = { ...DEFAULT_TERMS, carePlus: { ...DEFAULT_TERMS.carePlus, flyawayReplacements: 1 } };
    const s = planStatus(om5, bought, '2027-06-01T00:00:00Z', { terms: withFlyaway });
    expect(s.renewal?.flyaway).toEqual({ allowed: 0, used: 0, remaining: 0 });
    const terms = {
      ...DEFAULT_TERMS,
      products: {
        ...DEFAULT_TERMS.products,
        'x-1': { id: 'x-1', name: 'X 1', category: 'gimbal' as const, services: { ...PRODUCTS['mini-2'].services, damageReplacement: false } },
      },
    };
    const x = checkCareRefreshPlus({ ...MAVIC_1Y, product: 'x-1' }, [], '2026-06-01T00:00:00Z', { terms });
    expect(x.ok ? [] : x.reasons.map((r) => r.clause)).toEqual([]);
    expect(x.ok && x.value.damageReplacements).toBe(0);
    expect(planStatus({ ...MAVIC_1Y, product: 'x-1' }, bought, '2027-06-01T00:00:00Z', { terms }).renewal?.damage.allowed).toBe(0);
  });

  it('a flyaway in the renewal year of a caller edition that gives one', () => {
    const terms = { ...DEFAULT_TERMS, carePlus: { ...DEFAULT_TERMS.carePlus, flyawayReplacements: 1 } };
    const s = planStatus(MAVIC_1Y, [...bought, flyaway('2027-06-01T00:00:00Z')], '2027-07-01T00:00:00Z', { terms });
    expect(s.renewal?.flyaway).toEqual({ allowed: 1, used: 1, remaining: 0 });
    expect(s.renewal?.replacements).toEqual({ allowed: 2, used: 1, remaining: 1 });
  });

  it('refuses an instant before the last ledger event', () => {
    expect(invalid(() => checkCareRefreshPlus(MAVIC_1Y, [damage('2026-07-01T00:00:00Z')], '2026-06-01T00:00:00Z')).field).toBe('at');
  });
});

describe('REBIND-REPLACEMENT', () => {
  const replaced = [damage('2026-05-01T10:00:00Z')];

  it('moves the plan to the new unit; periods unchanged; the old unit has no plan', () => {
    const d = rebindAfterReplacement(MAVIC_1Y, replaced, { at: '2026-05-08T10:00:00Z', newSerial: 'M3-0002' });
    const periods = periodList(coveragePeriods(MAVIC_1Y));
    expect(d).toEqual({
      ok: true,
      value: {
        serial: 'M3-0002',
        formerSerial: 'M3-0001',
        formerSerials: ['M3-0001'],
        periods,
        purchase: { clause: 'ELIG-ONCE', message: 'Unit M3-0002 now carries this plan: do not sell DJI Care Refresh for it (previouslyBound: true).' },
        event: { type: 'rebind', at: '2026-05-08T10:00:00.000+00:00', serial: 'M3-0001', newSerial: 'M3-0002' },
        events: [...replaced, { type: 'rebind', at: '2026-05-08T10:00:00.000+00:00', serial: 'M3-0001', newSerial: 'M3-0002' }],
      },
      trace: [expect.objectContaining({ clause: 'REBIND-REPLACEMENT', passed: true }), expect.objectContaining({ clause: 'ELIG-ONCE', passed: true })],
      edition: EDITION,
    });
    const events = d.ok ? d.value.events : [];
    const s = planStatus(MAVIC_1Y, events, '2026-06-01T00:00:00Z');
    expect([s.serial, s.formerSerials, s.available.replacements]).toEqual(['M3-0002', ['M3-0001'], 1]);
    expect(s.periods.filter((p) => p.kind !== 'safe-flight').map(({ inForce: _, ...p }) => p)).toEqual(periods.filter((p) => p.kind !== 'safe-flight'));
  });

  it('refused with no replacement to follow, or to a unit already bound (ELIG-ONCE)', () => {
    const none = rebindAfterReplacement(MAVIC_1Y, [], { at: '2026-05-08T10:00:00Z', newSerial: 'M3-0002' });
    expect(none.ok ? [] : none.reasons).toEqual([
      { clause: 'REBIND-REPLACEMENT', message: 'Unit M3-0001 has had no replacement to rebind after.', expected: 'a replacement not yet rebound', received: 'no replacement' },
    ]);
    const self = rebindAfterReplacement(MAVIC_1Y, replaced, { at: '2026-05-08T10:00:00Z', newSerial: 'M3-0001' });
    expect(self.ok ? [] : self.reasons).toEqual([
      { clause: 'ELIG-ONCE', message: 'Unit M3-0001 has already been bound to this plan; a product is bound only once.', expected: 'a unit never bound to the plan', received: 'bound before' },
    ]);
    const twice = [...replaced, rebind('2026-05-08T10:00:00Z', 'M3-0002')];
    expect(clauses(rebindAfterReplacement(MAVIC_1Y, twice, { at: '2026-05-09T10:00:00Z', newSerial: 'M3-0003' }))).toEqual(['REBIND-REPLACEMENT']);
  });

  it('buying a plan for the replacement unit is refused (ELIG-ONCE)', () => {
    const d = rebindAfterReplacement(MAVIC_1Y, replaced, { at: '2026-05-08T10:00:00Z', newSerial: 'M3-0002' });
    const s = planStatus(MAVIC_1Y, d.ok ? d.value.events : [], '2026-05-09T00:00:00Z');
    const bound = [s.serial, ...s.formerSerials].includes('M3-0002');
    const purchase = checkPurchaseEligibility({
      product: 'mavic-3',
      productRegion: 'US',
      planRegion: 'US',
      purchaseAt: '2026-05-09T00:00:00Z',
      activatedAt: '2026-05-08T12:00:00Z',
      previouslyBound: bound,
    });
    expect(clauses(purchase)).toEqual(['ELIG-ONCE']);
  });

  it('refuses bad input', () => {
    expect(invalid(() => rebindAfterReplacement(MAVIC_1Y, replaced, { at: '2026-05-08T10:00:00Z', newSerial: '' })).field).toBe('rebind.newSerial');
    expect(invalid(() => rebindAfterReplacement(MAVIC_1Y, replaced, { at: '2026-04-08T10:00:00Z', newSerial: 'X' })).field).toBe('rebind.at');
    expect(invalid(() => rebindAfterReplacement(MAVIC_1Y, replaced, null as never)).field).toBe('rebind');
  });

  it('does not mutate its input (rebind, check)', () => {
    const events = Object.freeze(replaced.map((e) => Object.freeze({ ...e })));
    const plan = Object.freeze({ ...MAVIC_1Y });
    const request = Object.freeze({ at: '2026-05-08T10:00:00Z', newSerial: 'M3-0002' });
    const before = JSON.stringify([plan, events, request]);
    rebindAfterReplacement(plan, events, request);
    checkCareRefreshPlus(plan, events, '2026-05-08T10:00:00Z');
    applyCareRefreshPlus(plan, events, '2026-05-08T10:00:00Z');
    expect(JSON.stringify([plan, events, request])).toBe(before);
  });
});
