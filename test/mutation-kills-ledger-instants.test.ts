/**
 * Mutants of the ledger modules (src/ledger/, this round's run): an event or a claim at the
 * exact instant a period ends. Every period is half-open (PERIOD-START): its end instant is
 * the first instant of what follows, so an event there belongs to the next period, never to
 * the one that ended. Asserted on counts, services and periods, not on words.
 */
import { describe, expect, it } from 'vitest';
import { assessDiscountedRepair, planStatus } from '../src/index';
import { END_1Y, LAST_1Y, MAVIC_1Y, START, damage, flyaway, maintenance, plus } from './fixtures/plans';

const LATER = '2027-06-01T00:00:00Z';

describe('PLUS-EFFECT: a replacement at the first instant of the Care Refresh+ year counts in that year', () => {
  it('a damage replacement at the term end instant uses the renewal quota, not the term quota', () => {
    const s = planStatus(MAVIC_1Y, [plus('2026-06-01T00:00:00Z'), damage(END_1Y)], LATER);
    expect(s.replacement.damage.used).toBe(0);
    expect(s.replacement.replacements.remaining).toBe(2);
    expect(s.renewal?.damage.used).toBe(1);
    expect(s.renewal?.replacements.remaining).toBe(0);
  });

  it('a flyaway replacement at the term end instant likewise (the renewal year has no flyaway: recorded past it)', () => {
    const s = planStatus(MAVIC_1Y, [plus('2026-06-01T00:00:00Z'), flyaway(END_1Y)], LATER);
    expect(s.replacement.flyaway.used).toBe(0);
    expect(s.renewal?.flyaway.used).toBe(1);
  });

  it('one millisecond earlier it is still the term’s', () => {
    const s = planStatus(MAVIC_1Y, [plus('2026-06-01T00:00:00Z'), damage(LAST_1Y)], LATER);
    expect(s.replacement.damage.used).toBe(1);
    expect(s.renewal?.damage.used).toBe(0);
  });
});

describe('QUOTA-1Y: a replacement at the term end instant, without Care Refresh+, uses no quota', () => {
  it('the term quota is untouched', () => {
    const s = planStatus(MAVIC_1Y, [damage(END_1Y)], LATER);
    expect(s.replacement.damage.used).toBe(0);
    expect(s.replacement.replacements.remaining).toBe(2);
  });
});

describe('SVC-MAINTENANCE: a maintenance at the term end instant is outside the term', () => {
  it('it is not counted against the term', () => {
    expect(planStatus(MAVIC_1Y, [maintenance(END_1Y)], LATER).maintenance?.used).toBe(0);
    expect(planStatus(MAVIC_1Y, [maintenance(LAST_1Y)], LATER).maintenance?.used).toBe(1);
  });
});

describe('SVC-SAFE-FLIGHT: the reward is earned at the first instant after the validity (USE-WARRANTY-FIRST)', () => {
  it('a malfunction at the validity end instant, nothing used, is a warranty repair under the Safe Flight warranty', () => {
    const d = assessDiscountedRepair(MAVIC_1Y, [], { at: END_1Y, serial: MAVIC_1Y.serial, cause: 'malfunction' });
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value.service).toBe('warranty-repair');
    expect(d.value.warranty?.kind).toBe('safe-flight');
    expect(d.value.warranty?.startDate).toBe('2027-03-01');
  });
});

describe('QUOTA-1Y: a replacement at the plan start instant counts in the term', () => {
  it('a damage replacement at the first instant of the plan uses the term quota', () => {
    const s = planStatus(MAVIC_1Y, [damage(START)], LATER);
    expect(s.replacement.damage.used).toBe(1);
    expect(s.replacement.replacements.remaining).toBe(1);
  });
});

describe('SVC-MAINTENANCE: a maintenance at the plan start instant counts', () => {
  it('it is counted against the term', () => {
    expect(planStatus(MAVIC_1Y, [maintenance(START)], LATER).maintenance?.used).toBe(1);
  });
});
