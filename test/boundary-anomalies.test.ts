/**
 * Issue 10, class 7: a recorded ledger over the quota is reported, not refused: the status
 * gains `anomalies` (QUOTA-1Y, QUOTA-2Y, PLUS-EFFECT) with the events concerned; `used` shows the
 * recorded counts, `left` never goes below 0, and no fee is quoted past the quota.
 */
import { describe, expect, it } from 'vitest';
import { type Plan, type ServiceEvent, assessReplacement, describePlan, ledgerFromJSON, planStatus, renderStatus } from '../src/index';

const PLAN: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
const AT = '2026-08-01T00:00:00Z';

/** Damage replacements at the given months of 2026, each followed by the rebind to a new unit. */
function damages(months: readonly number[], type: ServiceEvent['type'] = 'damage-replacement'): ServiceEvent[] {
  const events: ServiceEvent[] = [];
  let serial = 'A1';
  months.forEach((month, i) => {
    const day = `2026-${String(month).padStart(2, '0')}-10`;
    events.push({ type, at: `${day}T10:00:00Z`, serial } as ServiceEvent);
    const next = `U${i + 2}`;
    events.push({ type: 'rebind', at: `${day}T12:00:00Z`, serial, newSerial: next });
    serial = next;
  });
  return events;
}

describe('QUOTA-1Y: a ledger over the quota is reported in anomalies (issue 10, line 7)', () => {
  const events = damages([4, 5, 6]);

  it('three damage replacements in a 1-year plan: accepted by ledgerFromJSON, reported by planStatus', () => {
    expect(ledgerFromJSON(events, PLAN)).toHaveLength(6);
    const s = planStatus(PLAN, events, AT);
    expect(s.anomalies).toEqual([
      {
        clause: 'QUOTA-1Y',
        message:
          'The ledger records 3 replacements (3 damage, 0 flyaway) in the validity of the plan (2026-03-01 to 2027-02-28), past its quota of 2 (2 damage, 1 flyaway); DJI may have granted an exception.',
        expected: 'at most 2 replacements (2 damage, 1 flyaway)',
        received: '3 replacements (3 damage, 0 flyaway)',
        indices: [4],
        events: [events[4]],
      },
    ]);
  });

  it('the anomaly carries its code and params (issue 11): without words it renders back to the same status, and describePlan reads it', () => {
    const bare = planStatus(PLAN, events, AT, { messages: false });
    expect(bare.anomalies).toEqual([
      {
        clause: 'QUOTA-1Y',
        code: 'quota.over-recorded',
        params: {
          window: 'term',
          startDate: '2026-03-01',
          lastDate: '2027-02-28',
          allowed: 2,
          allowedDamage: 2,
          allowedFlyaway: 1,
          recorded: 3,
          recordedDamage: 3,
          recordedFlyaway: 0,
        },
        indices: [4],
        events: [events[4]],
      },
    ]);
    const stored = JSON.parse(JSON.stringify(bare)) as typeof bare;
    expect(renderStatus(stored)).toEqual(JSON.parse(JSON.stringify(planStatus(PLAN, events, AT))));
    expect(describePlan(stored)).toBe(describePlan(planStatus(PLAN, events, AT)));
  });

  it('used shows the recorded counts, left is never below 0, and no fee is quoted past the quota', () => {
    const s = planStatus(PLAN, events, AT);
    expect(s.replacement.replacements).toEqual({ allowed: 2, used: 3, remaining: 0 });
    expect(s.replacement.damage).toEqual({ allowed: 2, used: 3, remaining: 0 });
    expect(s.replacement.flyaway).toEqual({ allowed: 1, used: 0, remaining: 0 });
    expect(s.available).toMatchObject({ replacements: 0, damage: 0, flyaway: 0 });
    expect(s.nextFees).toEqual({ damage: null, flyaway: null });
    const next = assessReplacement(PLAN, events, { type: 'damage', at: AT, serial: 'U4' });
    expect(next.ok ? [] : next.reasons.map((r) => r.clause)).toContain('QUOTA-1Y');
    expect(describePlan(s).split('\n').at(-1)).toBe(
      'Note: The ledger records 3 replacements (3 damage, 0 flyaway) in the validity of the plan (2026-03-01 to 2027-02-28), past its quota of 2 (2 damage, 1 flyaway); DJI may have granted an exception. [QUOTA-1Y]',
    );
    // A status stored before `anomalies` existed reads as having none.
    const { anomalies: _none, ...older } = s;
    expect(describePlan(older as never)).toBe(describePlan({ ...s, anomalies: [] }));
  });

  it('a ledger within the quota has no anomaly; the anomaly appears with the event past it, as of the status instant', () => {
    expect(planStatus(PLAN, damages([4, 5]), AT).anomalies).toEqual([]);
    expect(planStatus(PLAN, events, '2026-06-01T00:00:00Z').anomalies).toEqual([]);
    expect(planStatus(PLAN, events, '2026-06-10T10:00:00Z').anomalies).toHaveLength(1);
  });

  it('two flyaway replacements: the second is past the flyaway quota of 1', () => {
    const two = damages([4, 5], 'flyaway-replacement');
    const [a] = planStatus(PLAN, two, AT).anomalies;
    expect(a).toMatchObject({ clause: 'QUOTA-1Y', received: '2 replacements (0 damage, 2 flyaway)', indices: [2] });
    expect(planStatus(PLAN, two, AT).replacement.flyaway).toEqual({ allowed: 1, used: 2, remaining: 0 });
  });
});

describe('QUOTA-2Y: the 2-year plan reports its own quota', () => {
  it('four damage replacements: the fourth is past the quota of 3', () => {
    const events = damages([4, 5, 6, 7]);
    const s = planStatus({ ...PLAN, term: '2y' }, events, AT);
    expect(s.anomalies.map((a) => [a.clause, a.indices])).toEqual([['QUOTA-2Y', [6]]]);
    expect(s.replacement.damage).toEqual({ allowed: 3, used: 4, remaining: 0 });
  });
});

describe('PLUS-EFFECT: the DJI Care Refresh+ renewal year reports its own quota', () => {
  it('two damage replacements in the renewal year: the second is past its quota of 1', () => {
    const events: ServiceEvent[] = [
      { type: 'care-refresh-plus', at: '2026-12-01T10:00:00Z', serial: 'A1' },
      { type: 'damage-replacement', at: '2027-04-10T10:00:00Z', serial: 'A1' },
      { type: 'rebind', at: '2027-04-12T10:00:00Z', serial: 'A1', newSerial: 'U2' },
      { type: 'damage-replacement', at: '2027-05-10T10:00:00Z', serial: 'U2' },
    ];
    const s = planStatus(PLAN, events, '2027-08-01T00:00:00Z');
    expect(s.anomalies).toEqual([
      {
        clause: 'PLUS-EFFECT',
        message:
          'The ledger records 2 replacements (2 damage, 0 flyaway) in the DJI Care Refresh+ renewal year (2027-03-01 to 2028-02-29), past its quota of 1 (1 damage, 0 flyaway); DJI may have granted an exception.',
        expected: 'at most 1 replacement (1 damage, 0 flyaway)',
        received: '2 replacements (2 damage, 0 flyaway)',
        indices: [3],
        events: [events[3]],
      },
    ]);
    expect(s.renewal?.damage).toEqual({ allowed: 1, used: 2, remaining: 0 });
    expect(s.nextFees).toEqual({ damage: null, flyaway: null });
  });
});

