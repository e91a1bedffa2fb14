/**
 * The ledger rules' period cache (src/ledger/period-cache.ts) and plan cache
 * (src/ledger/valid-plan.ts): the periods they give are those of `monthsFrom` and
 * `computePeriods`, frozen, shared between calls, and stay right when the caches are full.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS } from '../src/catalog/terms';
import { cachedMonthsFrom, endMsOf, startMsOf, within } from '../src/ledger/period-cache';
import { resolvePlan } from '../src/ledger/valid-plan';
import { computePeriods } from '../src/periods';
import { monthsFrom } from '../src/time/period';
import { fifo } from '../src/ledger/fifo';

describe('PERIOD-START', () => {
  it('a cached period is the period monthsFrom builds, frozen, with its instants as numbers', () => {
    const p = cachedMonthsFrom('replacement', 'PERIOD-1Y', '2026-03-08', 12, 'America/New_York');
    expect(p).toEqual(monthsFrom('replacement', 'PERIOD-1Y', '2026-03-08', 12, 'America/New_York'));
    expect(Object.isFrozen(p)).toBe(true);
    expect(cachedMonthsFrom('replacement', 'PERIOD-1Y', '2026-03-08', 12, 'America/New_York')).toBe(p);
    expect([startMsOf(p), endMsOf(p)]).toEqual([Date.parse(p.start), Date.parse(p.end)]);
    // Half-open: the first instant is in, the end is out.
    expect([within(p, startMsOf(p) - 1), within(p, startMsOf(p)), within(p, endMsOf(p) - 1), within(p, endMsOf(p))]).toEqual([false, true, true, false]);
  });

  it('another kind over the same dates shares them (the repair discount and the replacement validity)', () => {
    const replacement = cachedMonthsFrom('replacement', 'PERIOD-2Y', '2025-10-26', 24, 'Europe/Berlin');
    const discount = cachedMonthsFrom('repair-discount', 'PERIOD-2Y', '2025-10-26', 24, 'Europe/Berlin');
    expect(discount).toEqual({ ...replacement, kind: 'repair-discount' });
    expect(Object.keys(discount)).toEqual(Object.keys(replacement));
    expect(Object.isFrozen(discount)).toBe(true);
    expect([startMsOf(discount), endMsOf(discount)]).toEqual([startMsOf(replacement), endMsOf(replacement)]);
  });
});

describe('PERIOD-1Y', () => {
  const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-01' };

  it("a validated plan's periods are computePeriods', frozen and shared by every call for that plan", () => {
    const a = resolvePlan(plan, DEFAULT_TERMS);
    const b = resolvePlan({ ...plan, serial: 'B2' }, DEFAULT_TERMS);
    expect(a.periods).toEqual(computePeriods(DEFAULT_TERMS, 'mavic-3', '1y', 'DE', 'Europe/Berlin', '2026-03-01', '2026-03-01'));
    expect(b.periods).toBe(a.periods);
    expect(Object.isFrozen(a.periods)).toBe(true);
    expect(Object.isFrozen(a.periods.replacement)).toBe(true);
    expect([a.startMs, a.termEndMs]).toEqual([Date.parse(a.periods.replacement.start), Date.parse(a.periods.replacement.end)]);
  });
});

describe('the caches are bounded', () => {
  it('keeps at most its size, dropping the oldest entry first', () => {
    const cache = fifo<string, number>(2);
    cache.add('a', 1);
    cache.add('b', 2);
    expect([cache.get('a'), cache.get('b')]).toEqual([1, 2]);
    cache.add('c', 3);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([undefined, 2, 3]);
  });
});
