/**
 * Mutants of src/periods.ts (this round's run): a period a caller gives back (to
 * `periodList`, the timelines, the revivers) is read once into a fresh value that keeps the
 * caller's text, and a malformed one names the field at fault.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, coveragePeriods, periodList } from '../src/index';

const PERIODS = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' });

describe('PERIOD-START: a period given back keeps its instants as written', () => {
  it('start and end given in another spelling of the same instant are returned as given', () => {
    const replacement = { ...PERIODS.replacement, start: '2026-03-01T00:00:00Z', end: '2027-03-01T00:00:00Z' };
    const [first] = periodList({ ...PERIODS, replacement });
    expect(first?.start).toBe('2026-03-01T00:00:00Z');
    expect(first?.end).toBe('2027-03-01T00:00:00Z');
  });

  it('start and end given as Dates become the plan zone’s text', () => {
    const replacement = { ...PERIODS.replacement, start: new Date('2026-03-01T00:00:00Z'), end: new Date('2027-03-01T00:00:00Z') };
    const [first] = periodList({ ...PERIODS, replacement } as unknown as typeof PERIODS);
    expect(first?.start).toBe('2026-03-01T00:00:00.000+00:00');
    expect(first?.end).toBe('2027-03-01T00:00:00.000+00:00');
  });

  it('a malformed endDate is refused naming that field', () => {
    const replacement = { ...PERIODS.replacement, endDate: '2027-02-30' };
    let error: unknown;
    try {
      periodList({ ...PERIODS, replacement });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).field).toBe('periods.replacement.endDate');
  });
});
