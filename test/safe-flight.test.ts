import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, type Plan, planStatus, safeFlightReward } from '../src/index';
import { END_1Y, LAST_1Y, MAVIC_1Y, MAVIC_2Y, damage, flyaway, maintenance, plus, repair, warranty } from './fixtures/plans';

const EDITION = DEFAULT_TERMS.edition;

describe('SVC-SAFE-FLIGHT', () => {
  it('earned when no replacement and no discounted repair was used: a further year of warranty', () => {
    expect(safeFlightReward(MAVIC_1Y, [], '2027-06-01T00:00:00Z')).toEqual({
      ok: true,
      value: {
        clause: 'SVC-SAFE-FLIGHT',
        state: 'earned',
        period: expect.objectContaining({ kind: 'safe-flight', clause: 'PERIOD-SAFE-FLIGHT', startDate: '2027-03-01', lastDate: '2028-02-29' }),
        inForce: true,
      },
      trace: [
        { clause: 'SVC-SAFE-FLIGHT', passed: true, message: 'The Safe Flight reward is offered for DJI Mavic 3.' },
        expect.objectContaining({ clause: 'SVC-SAFE-FLIGHT', passed: true, received: 'none used' }),
        expect.objectContaining({ clause: 'PERIOD-SAFE-FLIGHT', passed: true }),
      ],
      edition: EDITION,
    });
  });

  it.each(['mavic-3', 'mavic-3-cine', 'action-2'])('is offered for %s', (product) => {
    expect(safeFlightReward({ ...MAVIC_1Y, product }, [], '2027-06-01T00:00:00Z').ok).toBe(true);
  });

  it('is not offered for other models', () => {
    const d = safeFlightReward({ ...MAVIC_1Y, product: 'mini-2' }, [], '2027-06-01T00:00:00Z');
    expect(d).toEqual({
      ok: false,
      reasons: [{ clause: 'SVC-SAFE-FLIGHT', message: 'The Safe Flight reward is not offered for DJI Mini 2.', expected: 'DJI Mavic 3, Mavic 3 Cine or Action 2', received: 'DJI Mini 2' }],
      trace: expect.any(Array),
      edition: EDITION,
      nextSteps: [],
    });
    expect(planStatus({ ...MAVIC_1Y, product: 'mini-2' }, [], '2027-06-01T00:00:00Z').safeFlight).toMatchObject({ state: 'not-offered', period: null, inForce: false });
  });

  it('is forfeited by each replacement and discounted repair used, each reported', () => {
    const events = [damage('2026-04-01T00:00:00Z'), repair('2026-05-01T00:00:00Z')];
    const d = safeFlightReward(MAVIC_1Y, events, '2027-06-01T00:00:00Z');
    expect(d.ok ? [] : d.reasons).toEqual([
      {
        clause: 'SVC-SAFE-FLIGHT',
        message: 'A damage replacement was used on 2026-04-01, so the Safe Flight reward is forfeited.',
        expected: 'no replacement and no discounted repair used',
        received: 'damage-replacement on 2026-04-01',
      },
      {
        clause: 'SVC-SAFE-FLIGHT',
        message: 'A discounted repair was used on 2026-05-01, so the Safe Flight reward is forfeited.',
        expected: 'no replacement and no discounted repair used',
        received: 'discounted-repair on 2026-05-01',
      },
    ]);
    expect(planStatus(MAVIC_1Y, [flyaway('2026-04-01T00:00:00Z')], '2027-06-01T00:00:00Z').safeFlight.state).toBe('forfeited');
  });

  it('is not forfeited by warranty repairs, maintenance, or a replacement after the validity', () => {
    const events = [warranty('2026-04-01T00:00:00Z'), maintenance('2026-05-01T00:00:00Z'), damage('2027-03-02T00:00:00Z')];
    expect(safeFlightReward(MAVIC_1Y, events, '2027-06-01T00:00:00Z').ok).toBe(true);
  });
});

describe('PERIOD-SAFE-FLIGHT', () => {
  it('pending until the validity ends, with a next step', () => {
    const d = safeFlightReward(MAVIC_1Y, [], LAST_1Y);
    expect(d).toEqual({
      ok: false,
      reasons: [
        {
          clause: 'PERIOD-SAFE-FLIGHT',
          message: "The reward is decided when the plan's validity ends (last day 2027-02-28).",
          expected: 'after 2027-02-28',
          received: '2027-02-28',
        },
      ],
      trace: expect.any(Array),
      edition: EDITION,
      nextSteps: [{ clause: 'PERIOD-SAFE-FLIGHT', action: 'ask-again', message: "Ask again on or after 2027-03-01, when the plan's validity has ended." }],
    });
    expect(planStatus(MAVIC_1Y, [], LAST_1Y).safeFlight.state).toBe('pending');
    expect(safeFlightReward(MAVIC_1Y, [], END_1Y).ok).toBe(true);
  });

  it('12 months from the end of the validity; not in force from its end', () => {
    const last = safeFlightReward(MAVIC_1Y, [], '2028-02-29T23:59:59.999Z');
    expect(last.ok && last.value.inForce).toBe(true);
    const after = safeFlightReward(MAVIC_1Y, [], '2028-03-01T00:00:00Z');
    expect(after.ok && after.value.inForce).toBe(false);
    expect(planStatus(MAVIC_1Y, [], '2028-03-01T00:00:00Z').safeFlight).toMatchObject({ state: 'earned', inForce: false, reasons: [] });
  });

  it('the 2-year plan: warranty reaches three years', () => {
    const d = safeFlightReward(MAVIC_2Y, [], '2028-06-01T00:00:00Z');
    expect(d.ok && [d.value.period.startDate, d.value.period.lastDate]).toEqual(['2028-03-01', '2029-02-28']);
  });

  it('Europe and the UK, 1-year plan: from the end of the 24-month official warranty', () => {
    const fr: Plan = { ...MAVIC_1Y, region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-05-10' };
    const d = safeFlightReward(fr, [], '2028-06-01T00:00:00+02:00');
    expect(d.ok && [d.value.period.startDate, d.value.period.lastDate]).toEqual(['2028-05-10', '2029-05-09']);
  });

  it('with Care Refresh+, from the end of the renewal year; a renewal-year replacement forfeits it', () => {
    const events = [plus('2026-06-01T00:00:00Z')];
    const d = safeFlightReward(MAVIC_1Y, events, '2028-06-01T00:00:00Z');
    expect(d.ok && [d.value.period.startDate, d.value.period.lastDate]).toEqual(['2028-03-01', '2029-02-28']);
    expect(safeFlightReward(MAVIC_1Y, events, '2027-06-01T00:00:00Z').ok).toBe(false);
    const used = safeFlightReward(MAVIC_1Y, [...events, damage('2027-05-01T00:00:00Z')], '2028-06-01T00:00:00Z');
    expect(used.ok ? [] : used.reasons.map((r) => r.received)).toEqual(['damage-replacement on 2027-05-01']);
  });

  it('with Care Refresh+ in Europe, after the extended warranty', () => {
    const gb: Plan = { ...MAVIC_1Y, region: 'GB', timeZone: 'Europe/London' };
    const d = safeFlightReward(gb, [plus('2026-06-01T00:00:00Z')], '2029-06-01T00:00:00Z');
    expect(d.ok && [d.value.period.startDate, d.value.period.lastDate]).toEqual(['2029-03-01', '2030-02-28']);
    const noExtension = { ...DEFAULT_TERMS, carePlus: { ...DEFAULT_TERMS.carePlus, warrantyExtensionMonths: 0 } };
    const e = safeFlightReward(gb, [plus('2026-06-01T00:00:00Z')], '2028-06-01T00:00:00Z', { terms: noExtension });
    expect(e.ok && e.value.period.startDate).toBe('2028-03-01');
  });

  it('the ledger is read up to the instant asked about', () => {
    expect(safeFlightReward(MAVIC_1Y, [damage('2027-01-01T00:00:00Z')], '2026-12-01T00:00:00Z').ok).toBe(false);
    expect(planStatus(MAVIC_1Y, [damage('2027-01-01T00:00:00Z')], '2026-12-01T00:00:00Z').safeFlight.state).toBe('pending');
  });

  it('does not mutate its input', () => {
    const events = Object.freeze([Object.freeze(damage('2026-04-01T00:00:00Z'))]);
    const plan = Object.freeze({ ...MAVIC_1Y });
    const before = JSON.stringify([plan, events]);
    safeFlightReward(plan, events, '2027-06-01T00:00:00Z');
    expect(JSON.stringify([plan, events])).toBe(before);
  });
});
