/**
 * describePlan: the plain-language summary of a plan status. Each `describe` names the clause
 * whose wording it checks; the statuses come from planStatus, or are a real status with one
 * field changed where only a hand-made status reaches a branch.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  PRODUCTS,
  type PlanStatus,
  type Product,
  type ServiceEvent,
  type Terms,
  describePlan,
  isClauseId,
  planStatus,
} from '../src/index';
import { MAVIC_1Y, MAVIC_2Y, SHOP_TERMS, damage, flyaway, maintenance, plus, rebind, repair, warranty } from './fixtures/plans';
import { deepFreeze, expectInvalid } from './support';

const OM5 = { ...MAVIC_1Y, product: 'om-5', serial: 'OM-0001', region: 'JP', timeZone: 'Asia/Tokyo' } as const;
const MINI_AU = { ...MAVIC_1Y, product: 'mini-2', serial: 'MN-0001', region: 'AU', timeZone: 'Australia/Sydney' } as const;
const MAVIC_DE = { ...MAVIC_1Y, region: 'DE', timeZone: 'Europe/Berlin' } as const;

function lines(status: PlanStatus, options: Parameters<typeof describePlan>[1] = {}): string[] {
  return describePlan(status, options).split('\n');
}

/** The line that starts with `prefix` (after indentation). */
function lineOf(status: PlanStatus, prefix: string, options: Parameters<typeof describePlan>[1] = {}): string {
  const found = lines(status, options).find((l) => l.trimStart().startsWith(prefix));
  if (found === undefined) throw new Error(`no line starting with ${prefix}:\n${describePlan(status, options)}`);
  return found;
}

const fresh = planStatus(MAVIC_1Y, [], '2026-04-01T12:00:00Z');

describe('describePlan: the whole summary', () => {
  it('words a status after a flyaway replacement, one sentence per line, each with its clauses', () => {
    const plan = { ...MAVIC_1Y, timeZone: 'America/Chicago' };
    const status = planStatus(plan, [flyaway('2026-04-02T18:00:00Z')], '2026-05-01T12:00:00Z');
    expect(describePlan(status)).toBe(
      [
        'DJI Care Refresh (1-year plan) for DJI Mavic 3, unit M3-0001, bought in US. Status on 2026-05-01 (dates are local dates in America/Chicago).',
        'Replacements: 1 of 2 left, until 2027-02-28. [QUOTA-1Y]',
        '  - Damage: 1 left; the next costs USD 199.00 (replacement no. 2 under the plan). [CAT-FEES-MAVIC3-1Y]',
        '  - Flyaway: none left. [QUOTA-1Y]',
        'Discounted repairs: 2 of 2 left, until 2027-02-28. [SVC-REPAIR-DISCOUNT]',
        'Factory maintenance: 1 of 1 left, until 2027-02-28. [SVC-MAINTENANCE]',
        'Safe Flight reward: forfeited. A flyaway replacement was used on 2026-04-02. [SVC-SAFE-FLIGHT]',
        'DJI Care Refresh+: can be bought until 2027-02-28, while a replacement is left. [PLUS-ELIGIBLE]',
      ].join('\n'),
    );
  });

  it('leaves the clause ids out with clauses: false, and only them', () => {
    const withIds = lines(fresh);
    const without = lines(fresh, { clauses: false });
    expect(without).toEqual(withIds.map((l) => l.replace(/ \[[A-Z0-9, -]+\]$/, '')));
    expect(without.join('\n')).not.toMatch(/\[/);
  });

  it('gives the status date as the local date in the plan zone', () => {
    const plan = { ...MAVIC_1Y, timeZone: 'Pacific/Kiritimati' }; // UTC+14
    expect(lines(planStatus(plan, [], '2026-04-01T12:00:00Z'))[0]).toContain('Status on 2026-04-02 (dates are local dates in Pacific/Kiritimati).');
  });

  it('is deterministic and does not mutate its input', () => {
    const status = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], '2026-05-01T00:00:00Z');
    const before = JSON.stringify(status); // structuredClone cannot copy a Decimal
    const frozen = deepFreeze(status);
    expect(describePlan(frozen)).toBe(describePlan(frozen));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});

describe('QUOTA-1Y', () => {
  it('counts replacements left of two, until the last day of the 1-year validity', () => {
    expect(lineOf(fresh, 'Replacements')).toBe('Replacements: 2 of 2 left, until 2027-02-28. [QUOTA-1Y]');
    expect(lineOf(fresh, '- Damage')).toBe('  - Damage: 2 left; the next costs USD 159.00 (replacement no. 1 under the plan). [CAT-FEES-MAVIC3-1Y]');
  });

  it('says none left once both are used, for damage and for a flyaway', () => {
    const s = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), damage('2026-04-02T00:00:00Z')], '2026-05-01T00:00:00Z');
    expect(lineOf(s, 'Replacements')).toBe('Replacements: none left (2 of 2 used), until 2027-02-28. [QUOTA-1Y]');
    expect(lineOf(s, '- Damage')).toBe('  - Damage: none left. [QUOTA-1Y]');
    expect(lineOf(s, '- Flyaway')).toBe('  - Flyaway: none left. [QUOTA-1Y]');
  });
});

describe('QUOTA-2Y', () => {
  it('counts three replacements, of them two for a flyaway, until the end of the second year', () => {
    const s = planStatus(MAVIC_2Y, [damage('2026-06-01T00:00:00Z')], '2027-06-01T00:00:00Z');
    expect(lineOf(s, 'Replacements')).toBe('Replacements: 2 of 3 left, until 2028-02-29. [QUOTA-2Y]');
    expect(lineOf(s, '- Flyaway')).toBe('  - Flyaway: 2 left; the fee is not published for this plan. [CAT-FEES-MAVIC3-1Y]');
  });
});

describe('CAT-FEES-MAVIC3-1Y', () => {
  it('quotes the flyaway fee, without an ordinal', () => {
    expect(lineOf(fresh, '- Flyaway')).toBe('  - Flyaway: 1 left; the next costs USD 739.00. [CAT-FEES-MAVIC3-1Y]');
  });

  it('says the fee is not published where the terms give none, never a figure', () => {
    const s = planStatus(MINI_AU, [], '2026-04-01T00:00:00Z');
    expect(lineOf(s, '- Damage')).toBe('  - Damage: 2 left; the fee is not published for this plan. [CAT-FEES-MAVIC3-1Y]');
    expect(describePlan(s)).not.toMatch(/AUD|USD/);
  });

  it("quotes a caller's fee schedule, given the same terms", () => {
    const s = planStatus(MINI_AU, [damage('2026-04-01T00:00:00Z', MINI_AU.serial)], '2026-05-01T00:00:00Z', { terms: SHOP_TERMS });
    expect(lineOf(s, '- Damage', { terms: SHOP_TERMS })).toBe('  - Damage: 1 left; the next costs AUD 0.20 (replacement no. 2 under the plan). [CAT-FEES-MAVIC3-1Y]');
    expect(lineOf(s, '- Flyaway', { terms: SHOP_TERMS })).toBe('  - Flyaway: 1 left; the next costs AUD 0.35. [CAT-FEES-MAVIC3-1Y]');
  });

  it('says only how many are left when the status carries no fee', () => {
    const s: PlanStatus = { ...fresh, nextFees: { damage: null, flyaway: null } };
    expect(lineOf(s, '- Damage')).toBe('  - Damage: 2 left. [QUOTA-1Y]');
  });
});

describe('SVC-REPLACE-FLYAWAY', () => {
  it('says a flyaway is not covered for a model without it', () => {
    const s = planStatus(OM5, [], '2026-04-01T00:00:00Z');
    expect(lineOf(s, '- Flyaway')).toBe('  - Flyaway: not covered for DJI OM 5. [SVC-REPLACE-FLYAWAY]');
  });
});

describe('SVC-REPLACE-DAMAGE', () => {
  it('says damage is not covered when the quota gives no damage replacement', () => {
    const s: PlanStatus = { ...fresh, replacement: { ...fresh.replacement, damage: { allowed: 0, used: 0, remaining: 0 } } };
    expect(lineOf(s, '- Damage')).toBe('  - Damage: not covered for DJI Mavic 3. [SVC-REPLACE-DAMAGE]');
  });
});

describe('PLUS-EFFECT', () => {
  const events: ServiceEvent[] = [plus('2026-06-01T00:00:00Z')];

  it('words the renewal year once it is in force: its own count, no flyaway, its fee not published', () => {
    const s = planStatus(MAVIC_1Y, events, '2027-06-01T00:00:00Z');
    expect(lineOf(s, 'Replacements')).toBe('Replacements in the DJI Care Refresh+ renewal year: 1 of 1 left, until 2028-02-29. [PLUS-EFFECT]');
    expect(lineOf(s, '- Damage')).toBe('  - Damage: 1 left; the fee is not published for this plan. [PLUS-EFFECT]');
    expect(lineOf(s, '- Flyaway')).toBe('  - Flyaway: not included in the renewal year. [PLUS-EFFECT]');
    expect(lineOf(s, 'DJI Care Refresh+')).toBe('DJI Care Refresh+: bought on 2026-06-01; renewal year from 2027-03-01 until 2028-02-29. [PLUS-EFFECT]');
  });

  it("quotes a caller's renewal fee", () => {
    const gb = { ...MAVIC_1Y, region: 'GB', timeZone: 'Europe/London' };
    const s = planStatus(gb, events, '2027-06-01T00:00:00Z', { terms: SHOP_TERMS });
    expect(lineOf(s, '- Damage', { terms: SHOP_TERMS })).toBe('  - Damage: 1 left; the next costs GBP 149.00 (replacement no. 1 under the plan). [PLUS-EFFECT]');
  });

  it('describes the first year while it runs, with Care Refresh+ bought', () => {
    const s = planStatus(MAVIC_1Y, events, '2026-07-01T00:00:00Z');
    expect(lineOf(s, 'Replacements')).toBe('Replacements: 2 of 2 left, until 2027-02-28. [QUOTA-1Y]');
  });

  it('says the renewal year ended, after it', () => {
    const s = planStatus(MAVIC_1Y, events, '2028-06-01T00:00:00Z');
    expect(lineOf(s, 'Replacements')).toBe('Replacements: none can be used; the replacement service ended, its last day was 2028-02-29. [PERIOD-OUTSIDE]');
  });

  it('words a purchase without its date or renewal year when the status has neither', () => {
    const s: PlanStatus = { ...fresh, renewal: null, carePlus: { purchased: true, purchasedAt: null, canBuy: false, reasons: [] } };
    expect(lineOf(s, 'DJI Care Refresh+')).toBe('DJI Care Refresh+: bought. [PLUS-EFFECT]');
  });
});

describe('SVC-REPAIR-DISCOUNT', () => {
  it('counts discounted repairs left, none once used up', () => {
    const s = planStatus(MAVIC_1Y, [repair('2026-04-01T00:00:00Z'), repair('2026-04-02T00:00:00Z')], '2026-05-01T00:00:00Z');
    expect(lineOf(s, 'Discounted repairs')).toBe('Discounted repairs: none left (2 of 2 used), until 2027-02-28. [SVC-REPAIR-DISCOUNT]');
  });

  it('says they are not included for a model without them', () => {
    expect(lineOf(planStatus(MINI_AU, [], '2026-04-01T00:00:00Z'), 'Discounted repairs')).toBe('Discounted repairs: not included for DJI Mini 2. [SVC-REPAIR-DISCOUNT]');
  });
});

describe('SVC-MAINTENANCE', () => {
  it('counts factory maintenance left', () => {
    const s = planStatus(MAVIC_1Y, [maintenance('2026-04-01T00:00:00Z')], '2026-05-01T00:00:00Z');
    expect(lineOf(s, 'Factory maintenance')).toBe('Factory maintenance: none left (1 of 1 used), until 2027-02-28. [SVC-MAINTENANCE]');
    expect(lineOf(planStatus(MAVIC_2Y, [], '2026-05-01T00:00:00Z'), 'Factory maintenance')).toBe('Factory maintenance: 2 of 2 left, until 2028-02-29. [SVC-MAINTENANCE]');
  });

  it('says it is not included for a model without it', () => {
    expect(lineOf(planStatus(OM5, [], '2026-04-01T00:00:00Z'), 'Factory maintenance')).toBe('Factory maintenance: not included for DJI OM 5. [SVC-MAINTENANCE]');
  });
});

describe('USE-WARRANTY-FIRST', () => {
  it('mentions repairs under warranty, which use no quota, only when there are some', () => {
    const s = planStatus(MAVIC_1Y, [warranty('2026-04-01T00:00:00Z')], '2026-05-01T00:00:00Z');
    expect(lineOf(s, 'Repairs under warranty')).toBe('Repairs under warranty so far: 1; they used none of the replacements or discounts. [USE-WARRANTY-FIRST]');
    expect(describePlan(fresh)).not.toContain('Repairs under warranty');
  });
});

describe('PERIOD-START', () => {
  it('says nothing can be used before the plan takes effect, and from when', () => {
    const s = planStatus(MAVIC_1Y, [], '2026-02-28T23:59:59Z');
    expect(lineOf(s, 'Replacements')).toBe(
      'Replacements: none can be used yet; the plan takes effect on 2026-03-01, then 2 until 2027-02-28. [PERIOD-START, PERIOD-OUTSIDE]',
    );
    expect(lineOf(s, 'Discounted repairs')).toBe('Discounted repairs: 2, from 2026-03-01 until 2027-02-28. [SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE]');
    expect(describePlan(s)).not.toContain('- Damage');
  });

  it('counts from 0:00 on the agreement date: the first instant is in force', () => {
    expect(lineOf(planStatus(MAVIC_1Y, [], '2026-03-01T00:00:00Z'), 'Replacements')).toBe('Replacements: 2 of 2 left, until 2027-02-28. [QUOTA-1Y]');
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('says the services ended after the last day, and nothing can be used', () => {
    const s = planStatus(MAVIC_1Y, [], '2027-03-01T00:00:00Z');
    expect(lineOf(s, 'Replacements')).toBe('Replacements: none can be used; the replacement service ended, its last day was 2027-02-28. [PERIOD-OUTSIDE]');
    expect(lineOf(s, 'Discounted repairs')).toBe('Discounted repairs: none can be used; the last day was 2027-02-28. [SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE]');
    expect(lineOf(s, 'Factory maintenance')).toBe('Factory maintenance: none can be used; the last day was 2027-02-28. [SVC-MAINTENANCE, PERIOD-OUTSIDE]');
  });

  it('the last instant of the validity is still in force', () => {
    expect(lineOf(planStatus(MAVIC_1Y, [], '2027-02-28T23:59:59.999Z'), 'Replacements')).toBe('Replacements: 2 of 2 left, until 2027-02-28. [QUOTA-1Y]');
  });
});

describe('SVC-SAFE-FLIGHT', () => {
  it('is pending while nothing is used: what it would give', () => {
    expect(lineOf(fresh, 'Safe Flight')).toBe(
      'Safe Flight reward: if no replacement and no discounted repair is used while the plan is valid, a further year of warranty follows, from 2027-03-01 until 2028-02-29. [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]',
    );
  });

  it('is forfeited by a replacement or a discounted repair, with every reason', () => {
    const s = planStatus(MAVIC_1Y, [repair('2026-04-01T00:00:00Z'), damage('2026-05-01T00:00:00Z')], '2026-06-01T00:00:00Z');
    expect(lineOf(s, 'Safe Flight')).toBe(
      'Safe Flight reward: forfeited. A discounted repair was used on 2026-04-01 and a damage replacement on 2026-05-01. [SVC-SAFE-FLIGHT]',
    );
  });

  it('says forfeited even when the status lists no reason', () => {
    const s: PlanStatus = { ...fresh, safeFlight: { ...fresh.safeFlight, state: 'forfeited', reasons: [] } };
    expect(lineOf(s, 'Safe Flight')).toBe('Safe Flight reward: forfeited. [SVC-SAFE-FLIGHT]');
  });

  it('is not offered for other models', () => {
    expect(lineOf(planStatus(MINI_AU, [], '2026-04-01T00:00:00Z'), 'Safe Flight')).toBe('Safe Flight reward: not offered for DJI Mini 2. [SVC-SAFE-FLIGHT]');
  });
});

describe('PERIOD-SAFE-FLIGHT', () => {
  it('is earned and in force in the year after the validity', () => {
    expect(lineOf(planStatus(MAVIC_1Y, [], '2027-03-01T00:00:00Z'), 'Safe Flight')).toBe(
      'Safe Flight reward: earned, a further year of warranty from 2027-03-01 until 2028-02-29 (in force now). [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]',
    );
  });

  it('in Europe (1-year plan), earned at the end of the validity but starting after the official warranty', () => {
    expect(lineOf(planStatus(MAVIC_DE, [], '2027-06-01T00:00:00Z'), 'Safe Flight')).toBe(
      'Safe Flight reward: earned, a further year of warranty from 2028-03-01 until 2029-02-28 (from 2028-03-01). [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]',
    );
  });

  it('says when the earned year has ended', () => {
    expect(lineOf(planStatus(MAVIC_1Y, [], '2028-03-01T00:00:00Z'), 'Safe Flight')).toBe(
      'Safe Flight reward: earned, a further year of warranty from 2027-03-01 until 2028-02-29 (ended). [SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT]',
    );
  });
});

describe('PLUS-ELIGIBLE', () => {
  it('can be bought while the 1-year plan runs with a replacement left', () => {
    expect(lineOf(fresh, 'DJI Care Refresh+')).toBe('DJI Care Refresh+: can be bought until 2027-02-28, while a replacement is left. [PLUS-ELIGIBLE]');
  });

  it('cannot be bought with no replacement left, or after expiry: every reason', () => {
    const used = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), damage('2026-04-02T00:00:00Z')], '2026-05-01T00:00:00Z');
    expect(lineOf(used, 'DJI Care Refresh+')).toBe('DJI Care Refresh+: cannot be bought. No replacement is left on the plan. [PLUS-ELIGIBLE]');
    const late = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), damage('2026-04-02T00:00:00Z')], '2027-03-01T00:00:00Z');
    expect(lineOf(late, 'DJI Care Refresh+')).toBe(
      'DJI Care Refresh+: cannot be bought. The plan expired at the end of 2027-02-28. No replacement is left on the plan. [PLUS-ELIGIBLE]',
    );
  });

  it('words a refusal the status gives no reason for', () => {
    const s: PlanStatus = { ...fresh, carePlus: { ...fresh.carePlus, canBuy: false, reasons: [] } };
    expect(lineOf(s, 'DJI Care Refresh+')).toBe('DJI Care Refresh+: cannot be bought.');
  });
});

describe('PLUS-NOT-2Y', () => {
  it('cannot be bought for a 2-year plan', () => {
    expect(lineOf(planStatus(MAVIC_2Y, [], '2026-05-01T00:00:00Z'), 'DJI Care Refresh+')).toBe(
      'DJI Care Refresh+: cannot be bought. DJI Care Refresh+ is not sold for a 2-year plan. [PLUS-NOT-2Y]',
    );
  });
});

describe('REBIND-REPLACEMENT', () => {
  it('names the unit the plan moved to and the units that no longer have a plan', () => {
    const one = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), rebind('2026-04-08T00:00:00Z', 'M3-0002')], '2026-05-01T00:00:00Z');
    expect(lines(one)[0]).toContain('unit M3-0002');
    expect(lines(one)[1]).toBe('The plan moved to unit M3-0002 after a replacement; unit M3-0001 no longer has a plan. [REBIND-REPLACEMENT]');
    const two = planStatus(
      MAVIC_1Y,
      [
        damage('2026-04-01T00:00:00Z'),
        rebind('2026-04-08T00:00:00Z', 'M3-0002'),
        damage('2026-05-01T00:00:00Z', 'M3-0002'),
        rebind('2026-05-08T00:00:00Z', 'M3-0003', 'M3-0002'),
      ],
      '2026-06-01T00:00:00Z',
    );
    expect(lines(two)[1]).toBe('The plan moved to unit M3-0003 after a replacement; units M3-0001, M3-0002 no longer have a plan. [REBIND-REPLACEMENT]');
    expect(describePlan(fresh)).not.toContain('no longer');
  });
});

describe('describePlan: invalid input', () => {
  it('refuses options and statuses that are not objects', () => {
    // Issue 12: `null` options mean none given.
    expect(describePlan(fresh, null)).toBe(describePlan(fresh));
    expectInvalid(() => describePlan(fresh, 'none' as never), 'options', 'wrong-type');
    expectInvalid(() => describePlan(fresh, { clauses: 'yes' } as never), 'options.clauses', 'wrong-type');
    expectInvalid(() => describePlan(undefined as never), 'status', 'missing');
    expectInvalid(() => describePlan([] as never), 'status', 'wrong-type');
  });

  it('validates the plan, the instant and the unit', () => {
    expectInvalid(() => describePlan({ ...fresh, plan: { ...fresh.plan, term: '3y' } } as never), 'status.plan.term', 'invalid-value');
    expectInvalid(() => describePlan({ ...fresh, at: '2026-04-01T12:00:00' }), 'status.at', 'invalid-instant');
    expectInvalid(() => describePlan({ ...fresh, serial: '' }), 'status.serial', 'missing');
    expectInvalid(() => describePlan({ ...fresh, formerSerials: 'A1' } as never), 'status.formerSerials', 'wrong-type');
    expectInvalid(() => describePlan({ ...fresh, formerSerials: [7] } as never), 'status.formerSerials[0]', 'wrong-type');
  });

  it('validates the quotas: clause, period, counts', () => {
    const r = fresh.replacement;
    expectInvalid(() => describePlan({ ...fresh, replacement: { ...r, clause: 'PERIOD-9Y' } } as never), 'status.replacement.clause', 'invalid-value');
    expectInvalid(() => describePlan({ ...fresh, replacement: { ...r, period: { ...r.period, lastDate: '2026-02-30' } } }), 'status.replacement.period.lastDate', 'invalid-date');
    expectInvalid(() => describePlan({ ...fresh, replacement: { ...r, period: { ...r.period, lastDate: '2026-02-01' } } }), 'status.replacement.period.lastDate', 'invalid-value');
    expectInvalid(() => describePlan({ ...fresh, replacement: { ...r, inForce: 1 } } as never), 'status.replacement.inForce', 'wrong-type');
    expectInvalid(() => describePlan({ ...fresh, replacement: { ...r, damage: { allowed: 2, used: 0, remaining: -1 } } }), 'status.replacement.damage.remaining', 'invalid-count');
    expectInvalid(() => describePlan({ ...fresh, replacement: { ...r, flyaway: { allowed: 1, used: 0, remaining: 2 } } }), 'status.replacement.flyaway.remaining', 'invalid-count');
    expectInvalid(() => describePlan({ ...fresh, renewal: {} } as never), 'status.renewal.clause', 'missing');
    expectInvalid(() => describePlan({ ...fresh, discountedRepairs: undefined } as never), 'status.discountedRepairs', 'missing');
    expectInvalid(() => describePlan({ ...fresh, maintenance: { ...fresh.maintenance, inForce: null } } as never), 'status.maintenance.inForce', 'missing');
    expectInvalid(() => describePlan({ ...fresh, warrantyRepairs: 0.5 }), 'status.warrantyRepairs', 'invalid-count');
  });

  it('validates the Safe Flight and Care Refresh+ parts', () => {
    const sf = fresh.safeFlight;
    expectInvalid(() => describePlan({ ...fresh, safeFlight: { ...sf, state: 'lost' } } as never), 'status.safeFlight.state', 'invalid-value');
    expectInvalid(() => describePlan({ ...fresh, safeFlight: { ...sf, period: null } }), 'status.safeFlight.period', 'missing');
    expectInvalid(() => describePlan({ ...fresh, safeFlight: { ...sf, reasons: [{ clause: 'FLY-NOPE', message: 'x' }] } } as never), 'status.safeFlight.reasons[0].clause', 'invalid-value');
    expectInvalid(() => describePlan({ ...fresh, safeFlight: { ...sf, reasons: [{ clause: 'SVC-SAFE-FLIGHT' }] } } as never), 'status.safeFlight.reasons[0].message', 'missing');
    expectInvalid(() => describePlan({ ...fresh, carePlus: { ...fresh.carePlus, purchasedAt: 'yesterday' } }), 'status.carePlus.purchasedAt', 'invalid-instant');
    expectInvalid(() => describePlan({ ...fresh, carePlus: { ...fresh.carePlus, canBuy: undefined } } as never), 'status.carePlus.canBuy', 'missing');
  });

  it('validates the fees; a status parsed from JSON (amounts as decimal strings) is worded the same (issue 12)', () => {
    const d = fresh.nextFees.damage;
    const asJson = JSON.parse(JSON.stringify(fresh)) as PlanStatus;
    // Changed deliberately (issue 12): a stored status used to be refused here
    // ('wrong-type status.nextFees.damage.fee.amount'); now it is read as JSON money.
    expect(describePlan(asJson)).toBe(describePlan(fresh));
    expectInvalid(
      () => describePlan({ ...asJson, nextFees: { ...asJson.nextFees, damage: { ...asJson.nextFees.damage, fee: { amount: '159.001', currency: 'USD' } } } } as never),
      'status.nextFees.damage.fee.amount',
      'invalid-value',
    );
    expectInvalid(() => describePlan({ ...fresh, nextFees: { ...fresh.nextFees, damage: { ...d, fee: { amount: 159, currency: 'USD' } } } } as never), 'status.nextFees.damage.fee.amount', 'wrong-type');
    expectInvalid(() => describePlan({ ...fresh, nextFees: { ...fresh.nextFees, damage: { ...d, ordinal: -1 } } } as never), 'status.nextFees.damage.ordinal', 'invalid-count');
    expectInvalid(
      () => describePlan({ ...fresh, nextFees: { ...fresh.nextFees, flyaway: { published: false, kind: 'flyaway', ordinal: 1, reason: {} } } } as never),
      'status.nextFees.flyaway.reason.clause',
      'missing',
    );
  });

  it("names a caller's product given the caller's terms, and refuses it without them", () => {
    const x5s: Product = { ...PRODUCTS['mini-2'], id: 'zenmuse-x5s', name: 'Zenmuse X5S', category: 'gimbal' };
    const custom: Terms = { ...DEFAULT_TERMS, products: { ...DEFAULT_TERMS.products, 'zenmuse-x5s': x5s } };
    const s = planStatus({ ...MINI_AU, product: 'zenmuse-x5s' }, [], '2026-04-01T00:00:00Z', { terms: custom });
    expect(lines(s, { terms: custom })[0]).toContain('for Zenmuse X5S, unit');
    expectInvalid(() => describePlan(s), 'status.plan.product', 'unknown-product');
  });
});

describe('describePlan: properties', () => {
  const plans = [MAVIC_1Y, MAVIC_2Y, OM5, MINI_AU, MAVIC_DE];
  const START = Date.parse('2026-01-01T00:00:00Z');
  const SPAN = 4 * 366 * 86_400_000;

  it('words any status of any plan at any instant, citing only clauses of the spec', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.integer({ min: 0, max: SPAN }),
        fc.boolean(),
        (plan, offset, used) => {
          const events = used ? [damage('2026-04-01T00:00:00Z', plan.serial)] : [];
          const status = planStatus(plan, events, new Date(START + offset).toISOString());
          const text = describePlan(status);
          const cited = [...text.matchAll(/\[([A-Z0-9, -]+)\]$/gm)].flatMap((m) => (m[1] as string).split(', '));
          expect(cited.length).toBeGreaterThan(0);
          expect(cited.filter((id) => !isClauseId(id))).toEqual([]);
          expect(describePlan(status, { clauses: false })).not.toMatch(/\[/);
          expect(text.split('\n')[0]).toContain(`unit ${plan.serial}`);
        },
      ),
      { numRuns: 150 },
    );
  });
});
