import { describe, expect, it } from 'vitest';
import { SERVICE_EVENT_TYPES, ledgerFromJSON, planFromJSON, type ServiceEvent } from '../src/index';
import { MAVIC_1Y, MAVIC_2Y, damage, flyaway, maintenance, plus, rebind, repair, warranty } from './fixtures/plans';
import { invalid } from './support';

describe('planFromJSON', () => {
  it('revives a plan from JSON, keeping only the known fields', () => {
    const json = JSON.parse(JSON.stringify({ ...MAVIC_1Y, note: 'ignored' }));
    expect(planFromJSON(json)).toEqual(MAVIC_1Y);
  });

  it('keeps the official warranty start when given', () => {
    expect(planFromJSON({ ...MAVIC_1Y, officialWarrantyStart: '2026-01-15' })).toEqual({ ...MAVIC_1Y, officialWarrantyStart: '2026-01-15' });
  });

  it('accepts a product of the caller terms', () => {
    expect(planFromJSON(MAVIC_1Y, {}).product).toBe('mavic-3');
  });

  it.each([
    ['plan', null, 'missing'],
    ['plan.product', { ...MAVIC_1Y, product: 'mavic-9' }, 'unknown-product'],
    ['plan.serial', { ...MAVIC_1Y, serial: ' ' }, 'missing'],
    ['plan.term', { ...MAVIC_1Y, term: '3y' }, 'invalid-value'],
    ['plan.region', { ...MAVIC_1Y, region: 'UK' }, 'unknown-region'],
    ['plan.timeZone', { ...MAVIC_1Y, timeZone: '+01:00' }, 'unknown-time-zone'],
    ['plan.agreementDate', { ...MAVIC_1Y, agreementDate: '2026-02-30' }, 'invalid-date'],
    ['plan.officialWarrantyStart', { ...MAVIC_1Y, officialWarrantyStart: '2026-13-01' }, 'invalid-date'],
  ])('names %s when it is wrong', (field, json, code) => {
    const error = invalid(() => planFromJSON(json));
    expect(error.field).toBe(field);
    expect(error.code).toBe(code);
  });

  it('refuses options that are not an object', () => {
    expect(invalid(() => planFromJSON(MAVIC_1Y, null as never)).field).toBe('options');
  });
});

describe('ledgerFromJSON', () => {
  it('revives every kind of event, fresh objects with only known fields', () => {
    const events = [
      warranty('2026-03-05T00:00:00Z'),
      maintenance('2026-03-06T00:00:00Z'),
      repair('2026-03-07T00:00:00Z'),
      damage('2026-03-08T00:00:00Z'),
      plus('2026-03-08T12:00:00Z'),
      rebind('2026-03-09T00:00:00Z', 'M3-0002'),
      flyaway('2026-03-10T00:00:00Z', 'M3-0002'),
    ];
    const json = JSON.parse(JSON.stringify(events.map((e) => ({ ...e, extra: 1 }))));
    const revived = ledgerFromJSON(json, MAVIC_1Y);
    expect(revived).toEqual(events);
    expect(revived[0]).not.toBe(json[0]);
  });

  it('accepts an empty ledger and events at the same instant', () => {
    expect(ledgerFromJSON([], MAVIC_1Y)).toEqual([]);
    const same = [warranty('2026-03-05T00:00:00Z'), maintenance('2026-03-05T00:00:00Z')];
    expect(ledgerFromJSON(same, MAVIC_1Y)).toEqual(same);
  });

  it('accepts the first instant of the plan and Date instants (returned as a new Date, never the caller\'s)', () => {
    const at = new Date('2026-03-01T00:00:00Z');
    const back = ledgerFromJSON([{ type: 'warranty-repair', at, serial: 'M3-0001' }], MAVIC_1Y)[0]?.at;
    expect(back).toEqual(at);
    expect(back === at).toBe(false);
  });

  it('lists the seven event types', () => {
    expect(SERVICE_EVENT_TYPES).toEqual([
      'damage-replacement',
      'flyaway-replacement',
      'discounted-repair',
      'warranty-repair',
      'factory-maintenance',
      'care-refresh-plus',
      'rebind',
    ]);
  });

  it.each([
    ['events', {}, 'wrong-type'],
    ['events[0]', [null], 'missing'],
    ['events[0].type', [{ type: 'theft', at: '2026-04-01T00:00:00Z', serial: 'M3-0001' }], 'invalid-value'],
    ['events[0].at', [{ type: 'damage-replacement', serial: 'M3-0001' }], 'missing'],
    ['events[0].at', [{ type: 'damage-replacement', at: '2026-04-01T00:00:00', serial: 'M3-0001' }], 'invalid-instant'],
    ['events[0].serial', [{ type: 'damage-replacement', at: '2026-04-01T00:00:00Z' }], 'missing'],
    ['events[0].newSerial', [{ type: 'rebind', at: '2026-04-01T00:00:00Z', serial: 'M3-0001' }], 'missing'],
  ])('names %s for a malformed event', (field, json, code) => {
    const error = invalid(() => ledgerFromJSON(json, MAVIC_1Y));
    expect(error.field).toBe(field);
    expect(error.code).toBe(code);
  });

  it('refuses an event before the plan starts (one millisecond before 0:00)', () => {
    const error = invalid(() => ledgerFromJSON([damage('2026-02-28T23:59:59.999Z')], MAVIC_1Y));
    expect(error.field).toBe('events[0].at');
    expect(error.code).toBe('invalid-ledger');
    expect(error.message).toContain('before the plan starts');
  });

  it('refuses events out of time order, naming the later-listed one', () => {
    const error = invalid(() => ledgerFromJSON([warranty('2026-05-01T00:00:00Z'), warranty('2026-04-01T00:00:00Z')], MAVIC_1Y));
    expect(error.field).toBe('events[1].at');
    expect(error.message).toContain('time order');
  });

  it("refuses an event for a unit that is not the plan's", () => {
    const error = invalid(() => ledgerFromJSON([warranty('2026-05-01T00:00:00Z', 'OTHER')], MAVIC_1Y));
    expect(error.field).toBe('events[0].serial');
    expect(error.message).toContain("'M3-0001'");
  });

  it('refuses an event for a unit the plan moved away from, saying so (REBIND-REPLACEMENT)', () => {
    const events = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002'), warranty('2026-05-01T00:00:00Z', 'M3-0001')];
    const error = invalid(() => ledgerFromJSON(events, MAVIC_1Y));
    expect(error.field).toBe('events[2].serial');
    expect(error.message).toContain('REBIND-REPLACEMENT');
  });

  it('refuses a rebind that follows no replacement', () => {
    const error = invalid(() => ledgerFromJSON([warranty('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')], MAVIC_1Y));
    expect(error.field).toBe('events[1]');
    expect(error.message).toContain('REBIND-REPLACEMENT');
  });

  it('refuses a rebind to a unit already bound to the plan (ELIG-ONCE)', () => {
    const toSelf = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0001')];
    expect(invalid(() => ledgerFromJSON(toSelf, MAVIC_1Y)).field).toBe('events[1].newSerial');
    const back = [
      damage('2026-04-01T00:00:00Z'),
      rebind('2026-04-05T00:00:00Z', 'M3-0002'),
      damage('2026-05-01T00:00:00Z', 'M3-0002'),
      rebind('2026-05-05T00:00:00Z', 'M3-0001', 'M3-0002'),
    ];
    const error = invalid(() => ledgerFromJSON(back, MAVIC_1Y));
    expect(error.field).toBe('events[3].newSerial');
    expect(error.message).toContain('ELIG-ONCE');
  });

  it.each([
    ['flyaway-replacement', 'om-5', 'SVC-REPLACE-FLYAWAY'],
    ['discounted-repair', 'mini-2', 'SVC-REPAIR-DISCOUNT'],
    ['factory-maintenance', 'air-2s', 'SVC-MAINTENANCE'],
  ])('refuses a %s event for a model without the service (%s)', (type, product, clause) => {
    const error = invalid(() => ledgerFromJSON([{ type, at: '2026-04-01T00:00:00Z', serial: 'M3-0001' }], { ...MAVIC_1Y, product }));
    expect(error.field).toBe('events[0].type');
    expect(error.message).toContain(clause);
  });

  it('refuses a damage replacement for a model of caller terms without it (SVC-REPLACE-DAMAGE)', async () => {
    const { DEFAULT_TERMS, PRODUCTS } = await import('../src/index');
    const terms = {
      ...DEFAULT_TERMS,
      products: {
        ...DEFAULT_TERMS.products,
        'x-1': { id: 'x-1', name: 'X 1', category: 'gimbal' as const, services: { ...PRODUCTS['mini-2'].services, damageReplacement: false } },
      },
    };
    const error = invalid(() => ledgerFromJSON([damage('2026-04-01T00:00:00Z')], { ...MAVIC_1Y, product: 'x-1' }, { terms }));
    expect(error.message).toContain('SVC-REPLACE-DAMAGE');
  });

  it('refuses a Care Refresh+ purchase that could not have happened (PLUS-NOT-2Y, PLUS-ELIGIBLE, PLUS-EFFECT)', () => {
    expect(invalid(() => ledgerFromJSON([plus('2026-06-01T00:00:00Z')], MAVIC_2Y)).message).toContain('PLUS-NOT-2Y');
    expect(invalid(() => ledgerFromJSON([plus('2027-03-01T00:00:00Z')], MAVIC_1Y)).message).toContain('PLUS-ELIGIBLE');
    const twice = invalid(() => ledgerFromJSON([plus('2026-06-01T00:00:00Z'), plus('2026-07-01T00:00:00Z')], MAVIC_1Y));
    expect(twice.field).toBe('events[1]');
    expect(twice.message).toContain('PLUS-EFFECT');
    const spent = [damage('2026-04-01T00:00:00Z'), damage('2026-05-01T00:00:00Z'), plus('2026-06-01T00:00:00Z')];
    expect(invalid(() => ledgerFromJSON(spent, MAVIC_1Y)).field).toBe('events[2]');
  });

  it('does not mutate its input', () => {
    const events: ServiceEvent[] = [damage('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')];
    const frozen = Object.freeze(events.map((e) => Object.freeze({ ...e })));
    const before = JSON.stringify(frozen);
    ledgerFromJSON(frozen, Object.freeze({ ...MAVIC_1Y }));
    expect(JSON.stringify(frozen)).toBe(before);
  });
});
