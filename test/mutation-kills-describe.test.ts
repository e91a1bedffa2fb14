/**
 * Kills surviving Stryker mutants of src/describe.ts (issue 13): the Safe Flight forfeiture
 * sentence names the first 20 uses and counts the rest (SVC-SAFE-FLIGHT).
 */
import { describe, expect, it } from 'vitest';
import { type PlanStatus, describePlan, planStatus } from '../src/index';
import { MAVIC_1Y, damage } from './fixtures/plans';
import { expectInvalid } from './support';

const forfeited = planStatus(MAVIC_1Y, [damage('2026-05-01T00:00:00Z')], '2026-06-01T00:00:00Z');
const used = forfeited.safeFlight.reasons.find((r) => r.code === 'safe-flight.used');

/** The status with `n` recorded uses, one a day from 2026-05-01. */
function withUses(n: number): PlanStatus {
  if (used?.code !== 'safe-flight.used') throw new Error('fixture has no safe-flight.used reason');
  const reasons = Array.from({ length: n }, (_, i) => {
    const date = `2026-05-${String(i + 1).padStart(2, '0')}`;
    return { ...used, params: { ...used.params, date } };
  });
  return { ...forfeited, safeFlight: { ...forfeited.safeFlight, reasons } } as PlanStatus;
}

const safeFlightLine = (s: PlanStatus): string =>
  describePlan(s).split('\n').find((l) => l.trimStart().startsWith('Safe Flight')) ?? '';

describe('SVC-SAFE-FLIGHT', () => {
  it('names exactly 20 uses without counting any more', () => {
    const line = safeFlightLine(withUses(20));
    expect(line).toContain('2026-05-20.');
    expect(line).not.toContain('more');
  });

  it('names the first 20 uses and counts the rest', () => {
    const line = safeFlightLine(withUses(21));
    expect(line).toContain('2026-05-20. 1 more use is recorded. [SVC-SAFE-FLIGHT]');
    expect(line).not.toContain('2026-05-21');
    expect(safeFlightLine(withUses(23))).toContain('2026-05-20. 3 more uses are recorded. [SVC-SAFE-FLIGHT]');
  });
});

describe('issue 13: describePlan names the field of a malformed status', () => {
  it('names status.safeFlight and status.anomalies', () => {
    expectInvalid(() => describePlan({ ...forfeited, safeFlight: 5 } as unknown as PlanStatus), 'status.safeFlight', 'wrong-type');
    expectInvalid(() => describePlan({ ...forfeited, anomalies: 5 } as unknown as PlanStatus), 'status.anomalies', 'wrong-type');
  });
});

/** A real status whose `at` is changed to noon UTC of `date`, with `change` applied (a hand-made status). */
function onDate(date: string, change: (s: PlanStatus) => PlanStatus): PlanStatus {
  return change({ ...forfeited, at: `${date}T12:00:00Z` } as PlanStatus);
}
const lineStarting = (s: PlanStatus, prefix: string): string =>
  describePlan(s).split('\n').find((l) => l.trimStart().startsWith(prefix)) ?? '';

describe('PERIOD-OUTSIDE: on the first day of a period not in force, the period is not "later"', () => {
  const fresh = planStatus(MAVIC_1Y, [], '2026-04-01T12:00:00Z');

  it('replacements: ended, not "not yet", when today is the start date', () => {
    const start = fresh.replacement.period.startDate;
    const s = onDate(start, (x) => ({ ...x, renewal: null, replacement: { ...fresh.replacement, inForce: false } }) as PlanStatus);
    expect(lineStarting(s, 'Replacements')).toMatch(/^Replacements: none can be used; the replacement service ended/);
  });

  it('discounted repairs: ended, not "not yet", when today is the start date', () => {
    const start = fresh.discountedRepairs?.period.startDate as string;
    const s = onDate(start, (x) => ({ ...x, discountedRepairs: { ...fresh.discountedRepairs, inForce: false } }) as PlanStatus);
    expect(describePlan(s)).toMatch(/: none can be used; the last day was .* \[SVC-REPAIR-DISCOUNT, PERIOD-OUTSIDE\]/);
  });

  it('Safe Flight earned: "ended" on its start date when not in force, "from …" before it', () => {
    const period = fresh.safeFlight.period as { startDate: string; lastDate: string };
    const earned = (x: PlanStatus): PlanStatus => ({ ...x, safeFlight: { ...fresh.safeFlight, state: 'earned', inForce: false, reasons: [] } }) as PlanStatus;
    expect(lineStarting(onDate(period.startDate, earned), 'Safe Flight')).toContain('(ended)');
    expect(lineStarting(onDate('2026-06-01', earned), 'Safe Flight')).toContain(`(from ${period.startDate})`);
  });
});
