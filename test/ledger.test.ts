import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  PRODUCTS,
  type Decision,
  type FeeQuote,
  type Plan,
  type ServiceEvent,
  type Terms,
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  checkFlyaway,
  formatMoney,
  money,
  planStatus,
  sumMoney,
  type Money,
} from '../src/index';
import {
  END_1Y,
  END_2Y,
  LAST_1Y,
  MAVIC_1Y,
  MAVIC_2Y,
  SHOP_TERMS,
  START,
  damage,
  flyaway,
  flyawayClaim,
  flyawayFacts,
  maintenance,
  plus,
  rebind,
  repair,
  warranty,
} from './fixtures/plans';
import { invalid } from './support';

const EDITION = DEFAULT_TERMS.edition;

function fee(quote: FeeQuote | null | undefined): string {
  if (quote === null || quote === undefined) return 'none';
  return quote.published ? formatMoney(quote.fee) : `not published (${quote.reason.clause})`;
}

function clauses<T>(d: Decision<T>): string[] {
  return d.ok ? [] : d.reasons.map((r) => r.clause);
}

function value<T>(d: Decision<T>): T {
  if (!d.ok) throw new Error(`refused: ${JSON.stringify(d.reasons)}`);
  return d.value;
}

/** A damage claim for the plan's original unit, or for `serial` (the unit a rebinding moved the plan to). */
function claimDamage(plan: Plan, events: readonly ServiceEvent[], at: string, options: { terms?: Terms } = {}, serial = plan.serial) {
  return assessReplacement(plan, events, { type: 'damage', at, serial }, options);
}

describe('QUOTA-1Y', () => {
  it('gives two replacements: two damage replacements, then none', () => {
    const first = claimDamage(MAVIC_1Y, [], '2026-04-01T10:00:00Z');
    expect(first).toEqual({
      ok: true,
      value: {
        type: 'damage',
        serial: 'M3-0001',
        at: '2026-04-01T10:00:00.000+00:00',
        quotaClause: 'QUOTA-1Y',
        period: expect.objectContaining({ kind: 'replacement', startDate: '2026-03-01', lastDate: '2027-02-28' }),
        fee: { published: true, fee: money('159', 'USD'), kind: 'damage', ordinal: 1, clause: 'CAT-FEES-MAVIC3-1Y', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' },
        express: expect.objectContaining({ clause: 'SVC-EXPRESS', requested: false, applies: true }),
        shipping: expect.objectContaining({ clause: 'SVC-SHIPPING', paidByDji: true }),
        remainingAfter: { replacements: 1, damage: 1, flyaway: 1 },
        remainingAfterNote: {
          clause: 'QUOTA-1Y',
          code: 'quota.left-after',
          params: { replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' },
          message: '1 replacement left after it (1 usable for damage, 1 for a flyaway), until 2027-02-28.',
        },
        event: { type: 'damage-replacement', at: '2026-04-01T10:00:00.000+00:00', serial: 'M3-0001' },
      },
      trace: [
        expect.objectContaining({ clause: 'REBIND-REPLACEMENT', passed: true }),
        expect.objectContaining({ clause: 'SVC-REPLACE-DAMAGE', passed: true }),
        expect.objectContaining({ clause: 'PERIOD-OUTSIDE', passed: true }),
        expect.objectContaining({ clause: 'QUOTA-1Y', passed: true, received: '2 left of 2' }),
      ],
      edition: EDITION,
    });
    const ledger = [value(first).event, rebind('2026-04-02T10:00:00Z', 'M3-0002')];
    const second = value(claimDamage(MAVIC_1Y, ledger, '2026-05-01T10:00:00Z', {}, 'M3-0002'));
    expect(fee(second.fee)).toBe('USD 199.00');
    expect(second.remainingAfter).toEqual({ replacements: 0, damage: 0, flyaway: 0 });
    expect(second.event).toEqual({ type: 'damage-replacement', at: '2026-05-01T10:00:00.000+00:00', serial: 'M3-0002' });
    const third = claimDamage(MAVIC_1Y, [...ledger, second.event, rebind('2026-05-02T10:00:00Z', 'M3-0003', 'M3-0002')], '2026-06-01T10:00:00Z', {}, 'M3-0003');
    expect(third).toEqual({
      ok: false,
      reasons: [{ clause: 'QUOTA-1Y', message: 'No damage replacement is left on the plan.', expected: 'a damage replacement left', received: '0 left of 2' }],
      trace: expect.any(Array),
      edition: EDITION,
      nextSteps: [],
    });
  });

  it('counts the flyaway use as one of the two, not a third', () => {
    const afterFlyaway = value(assessReplacement(MAVIC_1Y, [], flyawayClaim('2026-04-01T10:00:00Z')));
    expect(afterFlyaway.remainingAfter).toEqual({ replacements: 1, damage: 1, flyaway: 0 });
    const events = [afterFlyaway.event, rebind('2026-04-02T10:00:00Z', 'M3-0002')];
    const secondFlyaway = assessReplacement(MAVIC_1Y, events, flyawayClaim('2026-04-10T10:00:00Z', 'M3-0002'));
    expect(clauses(secondFlyaway)).toEqual(['FLY-QUOTA']);
    const d = value(claimDamage(MAVIC_1Y, events, '2026-04-10T10:00:00Z', {}, 'M3-0002'));
    expect(d.remainingAfter).toEqual({ replacements: 0, damage: 0, flyaway: 0 });
    const status = planStatus(MAVIC_1Y, [...events, d.event], '2026-05-01T00:00:00Z');
    expect(status.replacement).toEqual({
      clause: 'QUOTA-1Y',
      period: expect.objectContaining({ kind: 'replacement' }),
      inForce: true,
      replacements: { allowed: 2, used: 2, remaining: 0 },
      damage: { allowed: 2, used: 1, remaining: 0 },
      flyaway: { allowed: 1, used: 1, remaining: 0 },
    });
  });

  it('after two damage replacements no flyaway is left either', () => {
    const events = [
      damage('2026-04-01T00:00:00Z'),
      rebind('2026-04-01T12:00:00Z', 'M3-0002'),
      damage('2026-04-02T00:00:00Z', 'M3-0002'),
      rebind('2026-04-02T12:00:00Z', 'M3-0003', 'M3-0002'),
    ];
    const d = assessReplacement(MAVIC_1Y, events, flyawayClaim('2026-04-03T00:00:00Z', 'M3-0003'));
    expect(d.ok).toBe(false);
    expect(d.ok ? undefined : d.reasons).toEqual([
      { clause: 'FLY-QUOTA', message: 'No replacement is left on the plan.', expected: 'a flyaway use and a replacement left', received: '0 flyaway, 0 replacements left (QUOTA-1Y)' },
    ]);
  });

  it('counts over-quota events in a ledger without going negative', () => {
    const events = [damage('2026-04-01T00:00:00Z'), damage('2026-04-02T00:00:00Z'), flyaway('2026-04-03T00:00:00Z')];
    const s = planStatus(MAVIC_1Y, events, '2026-05-01T00:00:00Z');
    expect(s.replacement.replacements).toEqual({ allowed: 2, used: 3, remaining: 0 });
    expect(s.replacement.damage).toEqual({ allowed: 2, used: 2, remaining: 0 });
    expect(s.replacement.flyaway).toEqual({ allowed: 1, used: 1, remaining: 0 });
  });
});

describe('QUOTA-2Y', () => {
  it('gives three replacements in two years, twice usable for flyaway', () => {
    let events: ServiceEvent[] = [];
    const a = value(assessReplacement(MAVIC_2Y, events, flyawayClaim('2026-05-01T00:00:00Z')));
    expect(a.quotaClause).toBe('QUOTA-2Y');
    expect(a.remainingAfter).toEqual({ replacements: 2, damage: 2, flyaway: 1 });
    events = [a.event, rebind('2026-05-02T00:00:00Z', 'M3-0002')];
    const b = value(assessReplacement(MAVIC_2Y, events, flyawayClaim('2027-05-01T00:00:00Z', 'M3-0002')));
    expect(b.remainingAfter).toEqual({ replacements: 1, damage: 1, flyaway: 0 });
    events = [...events, b.event, rebind('2027-05-02T00:00:00Z', 'M3-0003', 'M3-0002')];
    expect(clauses(assessReplacement(MAVIC_2Y, events, flyawayClaim('2027-06-01T00:00:00Z', 'M3-0003')))).toEqual(['FLY-QUOTA']);
    const c = value(claimDamage(MAVIC_2Y, events, '2028-02-29T23:59:59Z', {}, 'M3-0003'));
    expect(c.remainingAfter).toEqual({ replacements: 0, damage: 0, flyaway: 0 });
    const afterC = [...events, c.event, rebind('2028-02-29T23:59:59Z', 'M3-0004', 'M3-0003')];
    expect(clauses(claimDamage(MAVIC_2Y, afterC, '2028-02-29T23:59:59Z', {}, 'M3-0004'))).toEqual(['QUOTA-2Y']);
  });

  it('allows three damage replacements', () => {
    const events = [
      damage('2026-04-01T00:00:00Z'),
      rebind('2026-04-02T00:00:00Z', 'M3-0002'),
      damage('2027-04-01T00:00:00Z', 'M3-0002'),
      rebind('2027-04-02T00:00:00Z', 'M3-0003', 'M3-0002'),
    ];
    const third = value(claimDamage(MAVIC_2Y, events, '2027-06-01T00:00:00Z', {}, 'M3-0003'));
    expect(third.remainingAfter).toEqual({ replacements: 0, damage: 0, flyaway: 0 });
    const s = planStatus(MAVIC_2Y, events, '2027-06-01T00:00:00Z');
    expect(s.available).toEqual({ replacements: 1, damage: 1, flyaway: 1, discountedRepairs: 3, maintenance: 2 });
  });
});

describe('CAT-FEES-MAVIC3-1Y', () => {
  it('first replacement USD 159, second USD 199', () => {
    expect(fee(planStatus(MAVIC_1Y, [], '2026-04-01T00:00:00Z').nextFees.damage)).toBe('USD 159.00');
    expect(fee(planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], '2026-04-02T00:00:00Z').nextFees.damage)).toBe('USD 199.00');
  });

  it('a flyaway always costs USD 739, and counts in the ordinal (flyaway first, then damage: 199)', () => {
    const fly = value(assessReplacement(MAVIC_1Y, [], flyawayClaim('2026-04-01T00:00:00Z')));
    expect(fly.fee).toEqual({ published: true, fee: money('739', 'USD'), kind: 'flyaway', ordinal: 1, clause: 'CAT-FEES-MAVIC3-1Y', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' });
    const second = value(claimDamage(MAVIC_1Y, [fly.event, rebind('2026-04-01T12:00:00Z', 'M3-0002')], '2026-04-02T00:00:00Z', {}, 'M3-0002'));
    expect(second.fee).toMatchObject({ published: true, ordinal: 2 });
    expect(fee(second.fee)).toBe('USD 199.00');
    const afterDamage = value(
      assessReplacement(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), rebind('2026-04-01T12:00:00Z', 'M3-0002')], flyawayClaim('2026-04-02T00:00:00Z', 'M3-0002')),
    );
    expect(fee(afterDamage.fee)).toBe('USD 739.00');
    expect(afterDamage.fee.ordinal).toBe(2);
  });

  it('serialises the fee as a decimal string', () => {
    const s = planStatus(MAVIC_1Y, [], '2026-04-01T00:00:00Z');
    expect(JSON.parse(JSON.stringify(s.nextFees))).toEqual({
      damage: { published: true, fee: { amount: '159.00', currency: 'USD' }, kind: 'damage', ordinal: 1, clause: 'CAT-FEES-MAVIC3-1Y', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' },
      flyaway: { published: true, fee: { amount: '739.00', currency: 'USD' }, kind: 'flyaway', ordinal: 1, clause: 'CAT-FEES-MAVIC3-1Y', source: 'DJI Care Refresh (DJI Mavic 3) retailer page and DJI FAQ' },
    });
  });

  it.each([
    ['another model', { ...MAVIC_1Y, product: 'mini-2' }, 'DJI Mini 2, 1-year plan, US'],
    ['another term', MAVIC_2Y, 'DJI Mavic 3, 2-year plan, US'],
    ['another region', { ...MAVIC_1Y, region: 'CA' }, 'DJI Mavic 3, 1-year plan, CA'],
  ])('says "not published" for %s, never a guess', (_, plan, what) => {
    const s = planStatus(plan, [], '2026-04-01T00:00:00Z');
    expect(s.nextFees.damage).toEqual({
      published: false,
      kind: 'damage',
      ordinal: 1,
      reason: {
        clause: 'CAT-FEES-MAVIC3-1Y',
        message: `No replacement fee is published for ${what}; a fee schedule can be supplied through the terms.`,
        expected: `a fee schedule for ${what}`,
        received: 'none',
      },
    });
    expect(claimDamage(plan, [], '2026-04-01T00:00:00Z').ok).toBe(true);
  });

  it("uses a caller's fee schedule, exact in Decimal", () => {
    const plan: Plan = { ...MAVIC_1Y, product: 'mini-2', region: 'AU', timeZone: 'Australia/Sydney' };
    const first = value(claimDamage(plan, [], '2026-04-01T00:00:00Z', { terms: SHOP_TERMS }));
    expect(first.fee).toMatchObject({ published: true, source: 'Shop price list 2026-05', ordinal: 1 });
    const ledger = [first.event, rebind('2026-04-01T12:00:00Z', 'M3-0002')];
    const second = value(claimDamage(plan, ledger, '2026-04-02T00:00:00Z', { terms: SHOP_TERMS }, 'M3-0002'));
    const fees = [first.fee, second.fee].map((f) => (f.published ? f.fee : (undefined as never)));
    expect(sumMoney(fees, 'AUD').amount.toString()).toBe('0.3');
    const decision = claimDamage(plan, ledger, '2026-04-02T00:00:00Z', { terms: SHOP_TERMS }, 'M3-0002');
    expect(decision.edition).toBe('Shop edition 2026-05');
  });

  it('says "not published" for an ordinal or a flyaway the schedule lacks', () => {
    const gb: Plan = { ...MAVIC_1Y, region: 'GB', timeZone: 'Europe/London' };
    expect(fee(planStatus(gb, [], '2026-04-01T00:00:00Z', { terms: SHOP_TERMS }).nextFees.damage)).toBe('GBP 129.00');
    const s = planStatus(gb, [damage('2026-04-01T00:00:00Z')], '2026-04-02T00:00:00Z', { terms: SHOP_TERMS });
    expect(s.nextFees.damage).toMatchObject({ published: false, ordinal: 2, reason: { clause: 'CAT-FEES-MAVIC3-1Y', message: 'No fee is published for replacement number 2 of DJI Mavic 3, 1-year plan, GB.' } });
    expect(s.nextFees.flyaway).toMatchObject({ published: false, kind: 'flyaway', reason: { clause: 'CAT-FEES-MAVIC3-1Y', message: 'No flyaway replacement fee is published for DJI Mavic 3, 1-year plan, GB.' } });
  });

  it('quotes no fee for a replacement that cannot be used', () => {
    const s = planStatus(MAVIC_1Y, [flyaway('2026-04-01T00:00:00Z')], '2026-04-02T00:00:00Z');
    expect(s.nextFees.flyaway).toBeNull();
    expect(fee(s.nextFees.damage)).toBe('USD 199.00');
    expect(planStatus(MAVIC_1Y, [], END_1Y).nextFees).toEqual({ damage: null, flyaway: null });
    expect(planStatus({ ...MAVIC_1Y, product: 'om-5' }, [], '2026-04-01T00:00:00Z').nextFees.flyaway).toBeNull();
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('covers damage from the first instant of the plan to the last', () => {
    expect(claimDamage(MAVIC_1Y, [], START).ok).toBe(true);
    expect(claimDamage(MAVIC_1Y, [], LAST_1Y).ok).toBe(true);
  });

  it('refuses damage one millisecond before the plan takes effect', () => {
    const d = claimDamage(MAVIC_1Y, [], '2026-02-28T23:59:59.999Z');
    expect(d).toEqual({
      ok: false,
      reasons: [
        {
          clause: 'PERIOD-OUTSIDE',
          message: 'The damage is before the plan took effect on 2026-03-01; it is not covered.',
          expected: 'between 2026-03-01 and 2027-02-28',
          received: '2026-02-28',
        },
      ],
      trace: expect.any(Array),
      edition: EDITION,
      nextSteps: [],
    });
  });

  it('refuses damage before the plan even when the ledger has events (no ordering error)', () => {
    expect(clauses(claimDamage(MAVIC_1Y, [warranty('2026-04-01T00:00:00Z')], '2026-02-01T00:00:00Z'))).toEqual(['PERIOD-OUTSIDE']);
  });

  it('refuses damage at the end instant of the validity, and a flyaway there', () => {
    const d = claimDamage(MAVIC_1Y, [], END_1Y);
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'PERIOD-OUTSIDE',
        message: 'The damage is after the validity ended (last day 2027-02-28); it is not covered.',
        expected: 'between 2026-03-01 and 2027-02-28',
        received: '2027-03-01',
      },
    ]);
    expect(clauses(assessReplacement(MAVIC_1Y, [], flyawayClaim(END_1Y)))).toEqual(['PERIOD-OUTSIDE', 'FLY-QUOTA']);
  });

  it('the 2-year plan covers until 0:00 on the second anniversary', () => {
    expect(claimDamage(MAVIC_2Y, [], '2028-02-29T23:59:59.999Z').ok).toBe(true);
    expect(clauses(claimDamage(MAVIC_2Y, [], END_2Y))).toEqual(['PERIOD-OUTSIDE']);
  });

  it('starts at local midnight in the plan zone', () => {
    const chicago: Plan = { ...MAVIC_1Y, timeZone: 'America/Chicago' };
    expect(clauses(claimDamage(chicago, [], '2026-03-01T05:59:59Z'))).toEqual(['PERIOD-OUTSIDE']);
    expect(claimDamage(chicago, [], '2026-03-01T06:00:00Z').ok).toBe(true);
  });

  it('a replacement recorded outside the validity uses no quota', () => {
    const s = planStatus(MAVIC_1Y, [damage('2027-03-05T00:00:00Z')], '2027-03-06T00:00:00Z');
    expect(s.replacement.replacements).toEqual({ allowed: 2, used: 0, remaining: 2 });
    expect(s.replacement.inForce).toBe(false);
    expect(s.available).toEqual({ replacements: 0, damage: 0, flyaway: 0, discountedRepairs: 0, maintenance: 0 });
  });
});

describe('SVC-REPLACE-DAMAGE', () => {
  it('damage replacement for every model of the source', () => {
    for (const product of Object.keys(DEFAULT_TERMS.products)) {
      expect(claimDamage({ ...MAVIC_1Y, product }, [], '2026-04-01T00:00:00Z').ok).toBe(true);
    }
  });

  it("refuses a model of caller terms that lacks it", () => {
    const terms: Terms = {
      ...DEFAULT_TERMS,
      products: {
        ...DEFAULT_TERMS.products,
        'x-1': { id: 'x-1', name: 'X 1', category: 'gimbal', services: { ...PRODUCTS['mini-2'].services, damageReplacement: false } },
      },
    };
    const d = claimDamage({ ...MAVIC_1Y, product: 'x-1' }, [], '2026-04-01T00:00:00Z', { terms });
    expect(clauses(d)).toEqual(['SVC-REPLACE-DAMAGE', 'QUOTA-1Y']);
    expect(planStatus({ ...MAVIC_1Y, product: 'x-1' }, [], '2026-04-01T00:00:00Z', { terms }).replacement.damage).toEqual({ allowed: 0, used: 0, remaining: 0 });
  });
});

describe('SVC-EXPRESS', () => {
  it('is an option of a damage replacement', () => {
    const d = value(assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2026-04-01T00:00:00Z', serial: 'M3-0001', express: true }));
    expect(d.express).toEqual({
      clause: 'SVC-EXPRESS',
      requested: true,
      applies: true,
      message: 'Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.',
    });
    expect(value(claimDamage(MAVIC_1Y, [], '2026-04-01T00:00:00Z')).express.message).toContain('Express is available');
  });

  it('does not apply to a flyaway: there is no product to receive', () => {
    const d = value(assessReplacement(MAVIC_1Y, [], { ...flyawayClaim('2026-04-01T00:00:00Z'), express: true }));
    expect(d.express).toMatchObject({ requested: true, applies: false });
  });

  it('refuses a non-boolean express flag', () => {
    const bad = { type: 'damage', at: '2026-04-01T00:00:00Z', serial: 'M3-0001', express: 'yes' } as never;
    expect(invalid(() => assessReplacement(MAVIC_1Y, [], bad)).field).toBe('claim.express');
  });
});

describe('SVC-SHIPPING', () => {
  it('DJI pays shipping both ways for a replacement', () => {
    expect(value(claimDamage(MAVIC_1Y, [], '2026-04-01T00:00:00Z')).shipping).toEqual({
      clause: 'SVC-SHIPPING',
      paidByDji: true,
      message: 'DJI pays shipping both ways for the replacement service.',
    });
  });
});

const repairAt = (plan: Plan, events: readonly ServiceEvent[], at: string, cause: 'malfunction' | 'damage' = 'damage', options = {}) =>
  assessDiscountedRepair(plan, events, { at, serial: plan.serial, cause }, options);

describe('SVC-REPAIR-DISCOUNT', () => {
  it('twice in the 1-year plan', () => {
    const first = repairAt(MAVIC_1Y, [], '2026-04-01T00:00:00Z');
    expect(first).toEqual({
      ok: true,
      value: {
        service: 'discounted-repair',
        clause: 'SVC-REPAIR-DISCOUNT',
        warranty: null,
        remainingAfter: { discountedRepairs: 1 },
        discountCap: {
          published: false,
          reason: {
            clause: 'SVC-REPAIR-DISCOUNT',
            message: 'The discount and its cap ("within a certain quota") are not published in the source.',
            expected: 'a published cap',
            received: 'none',
          },
        },
        event: { type: 'discounted-repair', at: '2026-04-01T00:00:00.000+00:00', serial: 'M3-0001' },
      },
      trace: [
        expect.objectContaining({ clause: 'REBIND-REPLACEMENT', passed: true }),
        expect.objectContaining({ clause: 'SVC-REPAIR-DISCOUNT', passed: true }),
        expect.objectContaining({ clause: 'PERIOD-OUTSIDE', passed: true }),
        expect.objectContaining({ clause: 'SVC-REPAIR-DISCOUNT', passed: true, received: '2 left of 2' }),
      ],
      edition: EDITION,
    });
    const two = [repair('2026-04-01T00:00:00Z'), repair('2026-05-01T00:00:00Z')];
    const third = repairAt(MAVIC_1Y, two, '2026-06-01T00:00:00Z');
    expect(third.ok ? [] : third.reasons).toEqual([
      { clause: 'SVC-REPAIR-DISCOUNT', message: 'No discounted repair is left on the plan.', expected: 'a discounted repair left', received: '0 left of 2' },
    ]);
  });

  it('three times in the 2-year plan, for 24 months', () => {
    const two = [repair('2026-04-01T00:00:00Z'), repair('2027-05-01T00:00:00Z')];
    expect(value(repairAt(MAVIC_2Y, two, '2028-02-29T12:00:00Z')).remainingAfter).toEqual({ discountedRepairs: 0 });
    expect(clauses(repairAt(MAVIC_2Y, [], END_2Y))).toEqual(['PERIOD-OUTSIDE']);
  });

  it('only for Mavic 3 and Mavic 3 Cine', () => {
    expect(repairAt({ ...MAVIC_1Y, product: 'mavic-3-cine' }, [], '2026-04-01T00:00:00Z').ok).toBe(true);
    const mini = repairAt({ ...MAVIC_1Y, product: 'mini-2' }, [], '2026-04-01T00:00:00Z');
    expect(mini.ok ? [] : mini.reasons).toEqual([
      { clause: 'SVC-REPAIR-DISCOUNT', message: 'Exclusive repair discounts are not offered for DJI Mini 2.', expected: 'DJI Mavic 3 or Mavic 3 Cine', received: 'DJI Mini 2' },
    ]);
    expect(planStatus({ ...MAVIC_1Y, product: 'mini-2' }, [], '2026-04-01T00:00:00Z').discountedRepairs).toBeNull();
  });

  it('refuses outside the validity: before the plan and from its end', () => {
    expect(clauses(repairAt(MAVIC_1Y, [], '2026-02-28T12:00:00Z'))).toEqual(['PERIOD-OUTSIDE']);
    expect(repairAt(MAVIC_1Y, [], LAST_1Y).ok).toBe(true);
    expect(clauses(repairAt(MAVIC_1Y, [], END_1Y))).toEqual(['PERIOD-OUTSIDE']);
  });

  it('a discounted repair recorded after the validity uses no quota and does not forfeit Safe Flight', () => {
    const s = planStatus(MAVIC_1Y, [repair('2027-04-01T00:00:00Z')], '2027-04-02T00:00:00Z');
    expect(s.discountedRepairs).toMatchObject({ used: 0, remaining: 2, inForce: false });
    expect(s.safeFlight.state).toBe('earned');
  });

  it("quotes the caller's cap when the terms give one", () => {
    expect(value(repairAt(MAVIC_1Y, [], '2026-04-01T00:00:00Z', 'damage', { terms: SHOP_TERMS })).discountCap).toEqual({
      published: true,
      cap: money('300.00', 'USD'),
      // TERMS-CALLER: the source gives no cap; the caller's is cited with its edition label.
      callerTerms: {
        clause: 'TERMS-CALLER',
        code: 'terms.caller-figure',
        params: { source: SHOP_TERMS.edition, rule: 'SVC-REPAIR-DISCOUNT' },
        message: `A figure of this decision comes from the caller's own terms (${SHOP_TERMS.edition}), standing in for the source's under SVC-REPAIR-DISCOUNT.`,
      },
    });
  });

  it('a malfunction outside every warranty falls to the discount', () => {
    const plan: Plan = { ...MAVIC_1Y, officialWarrantyStart: '2025-01-01' };
    const d = repairAt(plan, [], '2026-04-01T00:00:00Z', 'malfunction');
    expect(d.ok && d.value.service).toBe('discounted-repair');
    expect(d.trace.map((c) => [c.clause, c.passed])).toEqual([
      ['REBIND-REPLACEMENT', true],
      ['USE-WARRANTY-FIRST', true],
      ['SVC-REPAIR-DISCOUNT', true],
      ['PERIOD-OUTSIDE', true],
      ['SVC-REPAIR-DISCOUNT', true],
    ]);
  });

  it('Care Refresh+ adds no discounts (PLUS-EFFECT)', () => {
    expect(clauses(repairAt(MAVIC_1Y, [plus('2026-06-01T00:00:00Z')], '2027-06-01T00:00:00Z'))).toEqual(['PERIOD-OUTSIDE']);
  });
});

describe('USE-WARRANTY-FIRST', () => {
  it('a malfunction under the official warranty uses no discount or replacement', () => {
    const events = [repair('2026-04-01T00:00:00Z')];
    const d = repairAt(MAVIC_1Y, events, '2026-06-01T00:00:00Z', 'malfunction');
    expect(d).toEqual({
      ok: true,
      value: {
        service: 'warranty-repair',
        clause: 'USE-WARRANTY-FIRST',
        warranty: expect.objectContaining({ kind: 'official-warranty', lastDate: '2027-02-28' }),
        remainingAfter: { discountedRepairs: 1 },
        discountCap: null,
        event: { type: 'warranty-repair', at: '2026-06-01T00:00:00.000+00:00', serial: 'M3-0001' },
      },
      trace: [
        expect.objectContaining({ clause: 'REBIND-REPLACEMENT', passed: true }),
        {
          clause: 'USE-WARRANTY-FIRST',
          passed: true,
          message: "The malfunction is covered by the warranty (official-warranty, last day 2027-02-28); it uses none of the plan's replacements or discounts.",
          expected: 'a malfunction not caused by the user, under warranty',
          received: 'official-warranty in force',
        },
      ],
      edition: EDITION,
    });
    const before = planStatus(MAVIC_1Y, events, '2026-06-02T00:00:00Z');
    const after = planStatus(MAVIC_1Y, [...events, value(d).event], '2026-06-02T00:00:00Z');
    expect(after.warrantyRepairs).toBe(1);
    expect({ ...after, warrantyRepairs: 0 }).toEqual(before);
  });

  it('the 2-year plan extends the warranty into the second year', () => {
    expect(value(repairAt(MAVIC_2Y, [], '2027-06-01T00:00:00Z', 'malfunction')).warranty?.kind).toBe('extended-warranty');
    expect(value(repairAt(MAVIC_1Y, [], '2027-02-28T00:00:00Z', 'malfunction')).service).toBe('warranty-repair');
  });

  it('the official warranty is 24 months in the EU and the UK', () => {
    const fr: Plan = { ...MAVIC_1Y, region: 'FR', timeZone: 'Europe/Paris' };
    expect(value(repairAt(fr, [], '2027-09-01T00:00:00Z', 'malfunction')).service).toBe('warranty-repair');
    // In the US the official warranty is 12 months: after it, only an earned Safe Flight year covers.
    expect(clauses(repairAt(MAVIC_1Y, [repair('2026-04-01T00:00:00Z')], '2027-09-01T00:00:00Z', 'malfunction'))).toEqual(['PERIOD-OUTSIDE']);
  });

  it('an earned Safe Flight year is a warranty (SVC-SAFE-FLIGHT)', () => {
    expect(value(repairAt(MAVIC_1Y, [], '2027-09-01T00:00:00Z', 'malfunction')).warranty?.kind).toBe('safe-flight');
  });

  it('no warranty and no discount service: refused', () => {
    const mini: Plan = { ...MAVIC_1Y, product: 'mini-2' };
    expect(clauses(repairAt(mini, [], '2027-09-01T00:00:00Z', 'malfunction'))).toEqual(['SVC-REPAIR-DISCOUNT']);
  });

  it('a damage is never a warranty repair', () => {
    expect(value(repairAt(MAVIC_1Y, [], '2026-06-01T00:00:00Z', 'damage')).service).toBe('discounted-repair');
  });

  it('refuses an unknown cause', () => {
    const bad = { at: '2026-06-01T00:00:00Z', serial: 'M3-0001', cause: 'wear' } as never;
    expect(invalid(() => assessDiscountedRepair(MAVIC_1Y, [], bad)).field).toBe('claim.cause');
  });
});

const maintain = (plan: Plan, events: readonly ServiceEvent[], at: string) => assessMaintenance(plan, events, { at, serial: plan.serial });

describe('SVC-MAINTENANCE', () => {
  it('once in the 1-year plan', () => {
    expect(maintain(MAVIC_1Y, [], '2026-09-01T00:00:00Z')).toEqual({
      ok: true,
      value: {
        period: expect.objectContaining({ kind: 'replacement', lastDate: '2027-02-28' }),
        remainingAfter: { maintenance: 0 },
        findings: {
          clause: 'USE-MAINTENANCE-FINDINGS',
          message: 'Faults found during factory maintenance are handled through the warranty, a replacement or a discounted repair, whichever applies.',
        },
        event: { type: 'factory-maintenance', at: '2026-09-01T00:00:00.000+00:00', serial: 'M3-0001' },
      },
      trace: [
        expect.objectContaining({ clause: 'REBIND-REPLACEMENT', passed: true }),
        expect.objectContaining({ clause: 'SVC-MAINTENANCE', passed: true }),
        expect.objectContaining({ clause: 'PERIOD-OUTSIDE', passed: true }),
        expect.objectContaining({ clause: 'SVC-MAINTENANCE', passed: true, received: '1 left of 1' }),
      ],
      edition: EDITION,
    });
    const second = maintain(MAVIC_1Y, [maintenance('2026-09-01T00:00:00Z')], '2026-10-01T00:00:00Z');
    expect(second.ok ? [] : second.reasons).toEqual([
      { clause: 'SVC-MAINTENANCE', message: 'No factory maintenance service is left on the plan.', expected: 'a factory maintenance service left', received: '0 left of 1' },
    ]);
  });

  it('twice in the 2-year plan', () => {
    expect(value(maintain(MAVIC_2Y, [maintenance('2026-09-01T00:00:00Z')], '2027-09-01T00:00:00Z')).remainingAfter).toEqual({ maintenance: 0 });
  });

  it('only Mavic 3 and Mavic 3 Cine; only inside the validity', () => {
    expect(clauses(maintain({ ...MAVIC_1Y, product: 'air-2s' }, [], '2026-09-01T00:00:00Z'))).toEqual(['SVC-MAINTENANCE']);
    expect(planStatus({ ...MAVIC_1Y, product: 'air-2s' }, [], '2026-09-01T00:00:00Z').maintenance).toBeNull();
    expect(clauses(maintain(MAVIC_1Y, [], END_1Y))).toEqual(['PERIOD-OUTSIDE']);
    expect(maintain(MAVIC_1Y, [], LAST_1Y).ok).toBe(true);
  });

  it('maintenance recorded after the validity uses nothing', () => {
    expect(planStatus(MAVIC_1Y, [maintenance('2027-04-01T00:00:00Z')], '2027-04-02T00:00:00Z').maintenance).toMatchObject({ used: 0, remaining: 1, inForce: false });
  });
});

describe('USE-MAINTENANCE-FINDINGS', () => {
  it('names where faults found during maintenance go', () => {
    expect(value(maintain(MAVIC_2Y, [], '2026-09-01T00:00:00Z')).findings.clause).toBe('USE-MAINTENANCE-FINDINGS');
  });
});

describe('REBIND-REPLACEMENT (claims)', () => {
  const moved = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')];

  it('the new unit claims under the plan; the original unit has no plan', () => {
    expect(assessReplacement(MAVIC_1Y, moved, { type: 'damage', at: '2026-05-01T00:00:00Z', serial: 'M3-0002' }).ok).toBe(true);
    const old = assessReplacement(MAVIC_1Y, moved, { type: 'damage', at: '2026-05-01T00:00:00Z', serial: 'M3-0001' });
    expect(old.ok ? [] : old.reasons).toEqual([
      {
        clause: 'REBIND-REPLACEMENT',
        message: 'Unit M3-0001 was replaced; the plan moved to unit M3-0002 and the original unit no longer has a plan.',
        expected: "the plan's unit (M3-0002)",
        received: 'M3-0001',
      },
    ]);
    expect(clauses(assessMaintenance(MAVIC_1Y, moved, { at: '2026-05-01T00:00:00Z', serial: 'M3-0001' }))).toEqual(['REBIND-REPLACEMENT']);
    expect(clauses(assessDiscountedRepair(MAVIC_1Y, moved, { at: '2026-05-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' }))).toEqual([
      'REBIND-REPLACEMENT',
    ]);
    expect(clauses(assessReplacement(MAVIC_1Y, moved, { ...flyawayClaim('2026-05-01T00:00:00Z', 'M3-0001') }))).toEqual(['REBIND-REPLACEMENT']);
  });

  it('a unit replaced, its rebinding not recorded yet, has no plan either; after the rebinding the unit received claims', () => {
    const replaced = [damage('2026-04-01T00:00:00Z')];
    const at = '2026-04-03T00:00:00Z';
    const refusal = {
      clause: 'REBIND-REPLACEMENT',
      message: 'Unit M3-0001 was replaced and no longer has a plan; record the rebinding to the unit received, then claim for that unit.',
      expected: 'a unit bound to the plan (record the rebinding after a replacement)',
      received: 'M3-0001 (replaced)',
    };
    const reasons = <T,>(d: Decision<T>) => (d.ok ? [] : d.reasons);
    // Only REBIND-REPLACEMENT fails: a replacement, a flyaway use and the services are still left.
    expect(reasons(assessReplacement(MAVIC_1Y, replaced, { type: 'damage', at, serial: 'M3-0001' }))).toEqual([refusal]);
    expect(reasons(checkFlyaway(MAVIC_1Y, replaced, flyawayFacts(at)))).toEqual([refusal]);
    expect(reasons(assessReplacement(MAVIC_1Y, replaced, flyawayClaim(at)))).toEqual([refusal]);
    expect(reasons(assessDiscountedRepair(MAVIC_1Y, replaced, { at, serial: 'M3-0001', cause: 'damage' }))).toEqual([refusal]);
    expect(reasons(assessMaintenance(MAVIC_1Y, replaced, { at, serial: 'M3-0001' }))).toEqual([refusal]);
    // The unit the plan moves to is not known before the rebinding: it is bad input, not a claim.
    expect(invalid(() => assessReplacement(MAVIC_1Y, replaced, { type: 'damage', at, serial: 'M3-0002' })).field).toBe('claim.serial');

    const rebound = [...replaced, rebind('2026-04-02T00:00:00Z', 'M3-0002')];
    const d = assessReplacement(MAVIC_1Y, rebound, { type: 'damage', at, serial: 'M3-0002' });
    expect(d.ok).toBe(true);
    expect(d.trace[0]).toEqual({
      clause: 'REBIND-REPLACEMENT',
      passed: true,
      message: 'Unit M3-0002 is the unit bound to the plan.',
      expected: "the plan's unit (M3-0002)",
      received: 'M3-0002',
    });
    expect(value(d).event).toEqual({ type: 'damage-replacement', at: '2026-04-03T00:00:00.000+00:00', serial: 'M3-0002' });
    expect(checkFlyaway(MAVIC_1Y, rebound, flyawayFacts(at, 'M3-0002')).ok).toBe(true);
    expect(assessDiscountedRepair(MAVIC_1Y, rebound, { at, serial: 'M3-0002', cause: 'damage' }).ok).toBe(true);
    expect(assessMaintenance(MAVIC_1Y, rebound, { at, serial: 'M3-0002' }).ok).toBe(true);
  });

  it('a serial never on the plan is bad input', () => {
    expect(invalid(() => assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2026-05-01T00:00:00Z', serial: 'ZZZ' })).field).toBe('claim.serial');
  });
});

describe('planStatus', () => {
  it('gives the whole state of a fresh plan', () => {
    const s = planStatus(MAVIC_1Y, [], '2026-03-01T00:00:00Z');
    expect(JSON.parse(JSON.stringify(s))).toEqual({
      at: '2026-03-01T00:00:00.000+00:00',
      plan: MAVIC_1Y,
      serial: 'M3-0001',
      formerSerials: [],
      periods: [
        expect.objectContaining({ kind: 'replacement', inForce: true }),
        expect.objectContaining({ kind: 'repair-discount', inForce: true }),
        expect.objectContaining({ kind: 'official-warranty', inForce: true }),
        expect.objectContaining({ kind: 'safe-flight', inForce: false, startDate: '2027-03-01' }),
      ],
      replacement: {
        clause: 'QUOTA-1Y',
        period: expect.objectContaining({ kind: 'replacement' }),
        inForce: true,
        replacements: { allowed: 2, used: 0, remaining: 2 },
        damage: { allowed: 2, used: 0, remaining: 2 },
        flyaway: { allowed: 1, used: 0, remaining: 1 },
      },
      renewal: null,
      discountedRepairs: { clause: 'SVC-REPAIR-DISCOUNT', period: expect.objectContaining({ kind: 'repair-discount' }), inForce: true, allowed: 2, used: 0, remaining: 2 },
      maintenance: { clause: 'SVC-MAINTENANCE', period: expect.objectContaining({ kind: 'replacement' }), inForce: true, allowed: 1, used: 0, remaining: 1 },
      warrantyRepairs: 0,
      available: { replacements: 2, damage: 2, flyaway: 1, discountedRepairs: 2, maintenance: 1 },
      safeFlight: {
        state: 'pending',
        period: expect.objectContaining({ kind: 'safe-flight' }),
        inForce: false,
        reasons: [
          {
            clause: 'PERIOD-SAFE-FLIGHT',
            message: "The reward is decided when the plan's validity ends (last day 2027-02-28).",
            expected: 'after 2027-02-28',
            received: '2026-03-01',
          },
        ],
      },
      carePlus: { purchased: false, purchasedAt: null, canBuy: true, reasons: [] },
      nextFees: {
        damage: expect.objectContaining({ published: true, fee: { amount: '159.00', currency: 'USD' } }),
        flyaway: expect.objectContaining({ published: true, fee: { amount: '739.00', currency: 'USD' } }),
      },
      anomalies: [],
      edition: EDITION,
    });
  });

  it('is the state as of `at`: later events are validated but not counted', () => {
    const events = [damage('2026-04-01T00:00:00Z'), damage('2026-06-01T00:00:00Z')];
    expect(planStatus(MAVIC_1Y, events, '2026-05-01T00:00:00Z').available.replacements).toBe(1);
    expect(planStatus(MAVIC_1Y, events, '2026-06-01T00:00:00Z').available.replacements).toBe(0);
    expect(invalid(() => planStatus(MAVIC_1Y, [...events, warranty('2026-01-01T00:00:00Z')], '2026-05-01T00:00:00Z')).field).toBe('events[2].at');
  });

  it('before the plan starts nothing is in force', () => {
    const s = planStatus(MAVIC_1Y, [], '2026-02-28T12:00:00Z');
    expect(s.periods.every((p) => !p.inForce)).toBe(true);
    expect(s.available).toEqual({ replacements: 0, damage: 0, flyaway: 0, discountedRepairs: 0, maintenance: 0 });
    expect(s.carePlus.canBuy).toBe(false);
  });

  it('refuses a bad instant or options', () => {
    expect(invalid(() => planStatus(MAVIC_1Y, [], '2026-05-01')).field).toBe('at');
    expect(invalid(() => planStatus(MAVIC_1Y, [], '2026-05-01T00:00:00Z', [] as never)).field).toBe('options');
  });

  it('refuses a claim before the last ledger event (claims are decided in time order)', () => {
    const events = [warranty('2026-06-01T00:00:00Z')];
    const error = invalid(() => claimDamage(MAVIC_1Y, events, '2026-05-01T00:00:00Z'));
    expect(error.field).toBe('claim.at');
    expect(error.code).toBe('invalid-ledger');
    expect(claimDamage(MAVIC_1Y, events, '2026-06-01T00:00:00Z').ok).toBe(true);
    expect(invalid(() => assessMaintenance(MAVIC_1Y, events, { at: '2026-05-01T00:00:00Z', serial: 'M3-0001' })).field).toBe('request.at');
    expect(invalid(() => assessReplacement(MAVIC_1Y, [], { type: 'theft' } as never)).field).toBe('claim.type');
    expect(invalid(() => assessReplacement(MAVIC_1Y, [], null as never)).field).toBe('claim');
  });

  it('does not mutate its inputs', () => {
    const events = Object.freeze([Object.freeze(damage('2026-04-01T00:00:00Z'))]);
    const plan = Object.freeze({ ...MAVIC_1Y });
    const before = JSON.stringify([plan, events]);
    planStatus(plan, events, '2026-05-01T00:00:00Z');
    claimDamage(plan, events, '2026-05-01T00:00:00Z');
    assessDiscountedRepair(plan, events, Object.freeze({ at: '2026-05-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' as const }));
    assessMaintenance(plan, events, Object.freeze({ at: '2026-05-01T00:00:00Z', serial: 'M3-0001' }));
    expect(JSON.stringify([plan, events])).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random ledgers.

const PLAN_START = Date.parse(START);
const HOUR = 3_600_000;
type Step = { readonly gap: number; readonly kind: 'damage' | 'flyaway' | 'repair' | 'warranty' | 'maintenance' | 'rebind' };

const stepArb: fc.Arbitrary<Step> = fc.record({
  gap: fc.integer({ min: 0, max: 60 * 24 }),
  kind: fc.constantFrom('damage', 'flyaway', 'repair', 'warranty', 'maintenance', 'rebind'),
});

/** A valid ledger: random services at increasing instants over three years, over quota too. */
function ledgerOf(plan: Plan, steps: readonly Step[]): ServiceEvent[] {
  let t = PLAN_START;
  let serial = plan.serial;
  let pending = false;
  let n = 0;
  const events: ServiceEvent[] = [];
  for (const step of steps) {
    t += step.gap * HOUR;
    const at = new Date(t).toISOString();
    switch (step.kind) {
      case 'damage':
      case 'flyaway':
        events.push({ type: step.kind === 'damage' ? 'damage-replacement' : 'flyaway-replacement', at, serial });
        pending = true;
        break;
      case 'repair':
        events.push({ type: 'discounted-repair', at, serial });
        break;
      case 'warranty':
        events.push({ type: 'warranty-repair', at, serial });
        break;
      case 'maintenance':
        events.push({ type: 'factory-maintenance', at, serial });
        break;
      case 'rebind':
        if (pending) {
          n += 1;
          const next = `${plan.serial}-R${n}`;
          events.push({ type: 'rebind', at, serial, newSerial: next });
          serial = next;
          pending = false;
        }
        break;
    }
  }
  return events;
}

const planArb = fc.constantFrom<Plan>(MAVIC_1Y, MAVIC_2Y);
const atArb = fc.integer({ min: -10 * 24, max: 3 * 365 * 24 }).map((h) => new Date(PLAN_START + h * HOUR).toISOString());

function counts(plan: Plan, events: readonly ServiceEvent[], at: string): number[] {
  const s = planStatus(plan, events, at);
  return [
    s.replacement.replacements.remaining,
    s.replacement.damage.remaining,
    s.replacement.flyaway.remaining,
    s.discountedRepairs?.remaining ?? 0,
    s.maintenance?.remaining ?? 0,
    ...Object.values(s.available),
  ];
}

describe('QUOTA-1Y / QUOTA-2Y properties', () => {
  it('remaining counts are never negative and never above the terms', () => {
    fc.assert(
      fc.property(planArb, fc.array(stepArb, { maxLength: 25 }), atArb, (plan, steps, at) => {
        const s = planStatus(plan, ledgerOf(plan, steps), at);
        const t = DEFAULT_TERMS.plans[plan.term];
        for (const [c, max] of [
          [s.replacement.replacements, t.replacements],
          [s.replacement.damage, t.replacements],
          [s.replacement.flyaway, t.flyawayReplacements],
          [s.discountedRepairs as NonNullable<typeof s.discountedRepairs>, t.repairDiscounts],
          [s.maintenance as NonNullable<typeof s.maintenance>, t.maintenance],
        ] as const) {
          expect(c.remaining).toBeGreaterThanOrEqual(0);
          expect(c.remaining).toBeLessThanOrEqual(max);
          expect(c.allowed).toBe(max);
        }
        expect(s.available.replacements).toBeLessThanOrEqual(t.replacements);
        expect(Math.min(...Object.values(s.available))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('adding an event never increases what is left', () => {
    fc.assert(
      fc.property(planArb, fc.array(stepArb, { minLength: 1, maxLength: 25 }), atArb, (plan, steps, at) => {
        const full = ledgerOf(plan, steps);
        const shorter = full.slice(0, -1);
        const before = counts(plan, shorter, at);
        const after = counts(plan, full, at);
        after.forEach((n, i) => expect(n).toBeLessThanOrEqual(before[i] as number));
      }),
    );
  });

  it('a refused claim changes nothing; an accepted one leaves exactly what it says', () => {
    fc.assert(
      fc.property(planArb, fc.array(stepArb, { maxLength: 15 }), fc.integer({ min: 0, max: 800 * 24 }), fc.boolean(), (plan, steps, gap, isFlyaway) => {
        const events = ledgerOf(plan, steps);
        const last = events.length === 0 ? PLAN_START : Date.parse(String(events[events.length - 1]?.at));
        const at = new Date(last + gap * HOUR).toISOString();
        const serial = planStatus(plan, events, at).serial;
        const frozen = Object.freeze(events.map((e) => Object.freeze({ ...e })));
        const snapshot = JSON.stringify(frozen);
        const before = planStatus(plan, frozen, at);
        const claim = isFlyaway ? flyawayClaim(at, serial) : ({ type: 'damage', at, serial } as const);
        const d = assessReplacement(plan, frozen, claim);
        expect(JSON.stringify(frozen)).toBe(snapshot);
        expect(planStatus(plan, frozen, at)).toEqual(before);
        if (d.ok) {
          const after = planStatus(plan, [...frozen, d.value.event], at);
          const q = after.renewal?.inForce === true ? after.renewal : after.replacement;
          expect({ replacements: q.replacements.remaining, damage: q.damage.remaining, flyaway: q.flyaway.remaining }).toEqual(d.value.remainingAfter);
        } else {
          expect(d.reasons.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('the same plan, ledger and instant always give the same status', () => {
    fc.assert(
      fc.property(planArb, fc.array(stepArb, { maxLength: 25 }), atArb, (plan, steps, at) => {
        const events = ledgerOf(plan, steps);
        expect(JSON.stringify(planStatus(plan, events, at))).toBe(JSON.stringify(planStatus(plan, events, at)));
      }),
    );
  });
});

describe('CAT-FEES-MAVIC3-1Y properties', () => {
  it('fees add up exactly in Decimal, by the ordinal rule', () => {
    const plan: Plan = { ...MAVIC_1Y, product: 'mini-2', region: 'AU', timeZone: 'Australia/Sydney' };
    const schedule = SHOP_TERMS.fees[1] as (typeof SHOP_TERMS.fees)[number];
    fc.assert(
      fc.property(fc.array(fc.boolean(), { maxLength: 4 }), (kinds) => {
        let events: ServiceEvent[] = [];
        let serial = plan.serial;
        const paid: Money[] = [];
        let expected = new Decimal(0);
        kinds.forEach((isFlyaway, i) => {
          const at = new Date(PLAN_START + (i + 1) * 24 * HOUR).toISOString();
          const d = assessReplacement(plan, events, isFlyaway ? flyawayClaim(at, serial) : { type: 'damage', at, serial }, { terms: SHOP_TERMS });
          if (!d.ok) {
            // Never for want of a plan: the claim is always for the unit bound to the plan.
            expect(clauses(d)).not.toContain('REBIND-REPLACEMENT');
            return;
          }
          const f = d.value.fee;
          if (!f.published) throw new Error('expected a published fee');
          expect(f.ordinal).toBe(paid.length + 1);
          expected = expected.plus(isFlyaway ? (schedule.flyawayFee as string) : (schedule.replacementFees[paid.length] as string));
          paid.push(f.fee);
          // REBIND-REPLACEMENT: the plan moves to the unit received before the next claim.
          const next = `${plan.serial}-R${paid.length}`;
          events = [...events, d.value.event, rebind(at, next, serial)];
          serial = next;
        });
        const total = sumMoney(paid, 'AUD');
        expect(total.amount.equals(expected)).toBe(true);
        expect(['0', '0.1', '0.3', '0.35', '0.55', '0.45'].includes(total.amount.toString())).toBe(true);
      }),
    );
  });
});
