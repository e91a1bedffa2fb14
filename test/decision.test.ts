import { describe, expect, it } from 'vitest';
import { CLAUSES, CLAUSE_IDS, isClauseId } from '../src/clauses';
import { check, decide } from '../src/decision';
import type { NextStep } from '../src/types';
import { deepFreeze } from './support';

describe('check', () => {
  it('leaves out expected and received when not given', () => {
    expect(check('ELIG-NEW', true, 'New.')).toEqual({ clause: 'ELIG-NEW', passed: true, message: 'New.' });
    expect(Object.keys(check('ELIG-NEW', true, 'New.'))).toEqual(['clause', 'passed', 'message']);
    expect(check('ELIG-48H', false, 'Late.', 'at most 48 h')).toEqual({ clause: 'ELIG-48H', passed: false, message: 'Late.', expected: 'at most 48 h' });
    expect(check('ELIG-48H', false, 'Late.', undefined, '49 h')).toEqual({ clause: 'ELIG-48H', passed: false, message: 'Late.', received: '49 h' });
  });
});

describe('decide', () => {
  const step: NextStep = { clause: 'ELIG-VERIFY', action: 'verification', message: 'Verify.' };

  it('accepts with the value and the whole trace when every check passed', () => {
    const checks = [check('REGION-MATCH', true, 'Same.'), check('ELIG-NEW', true, 'New.')];
    expect(decide(checks, () => 42, 'ed')).toEqual({ ok: true, value: 42, trace: checks, edition: 'ed' });
  });

  it('accepts an empty list of checks', () => {
    expect(decide([], () => 'v', 'ed')).toEqual({ ok: true, value: 'v', trace: [], edition: 'ed' });
  });

  it('refuses with every failing check, in order, as reasons without `passed`', () => {
    const checks = [
      check('REGION-AVAILABLE', false, 'Not sold.', 'sold', 'BR'),
      check('REGION-MATCH', true, 'Same.'),
      check('ELIG-ONCE', false, 'Bound.'),
    ];
    let called = false;
    expect(
      decide(
        checks,
        () => {
          called = true;
          return 1;
        },
        'ed',
        [step],
      ),
    ).toEqual({
      ok: false,
      reasons: [
        { clause: 'REGION-AVAILABLE', message: 'Not sold.', expected: 'sold', received: 'BR' },
        { clause: 'ELIG-ONCE', message: 'Bound.' },
      ],
      trace: checks,
      edition: 'ed',
      nextSteps: [step],
    });
    expect(called).toBe(false);
  });

  it('next steps default to none', () => {
    const d = decide([check('ELIG-ONCE', false, 'Bound.')], () => 1, 'ed');
    expect(d.ok ? undefined : d.nextSteps).toEqual([]);
  });

  it('does not mutate its input', () => {
    const checks = deepFreeze([check('ELIG-ONCE', false, 'Bound.'), check('ELIG-NEW', true, 'New.')]);
    const d = decide(checks, () => 1, 'ed');
    expect(d.trace).toBe(checks);
  });
});

describe('clauses', () => {
  it('every id has a one-line summary, in the order of the spec', () => {
    expect(CLAUSE_IDS).toHaveLength(49);
    expect(CLAUSE_IDS[0]).toBe('CAT-LISTING');
    expect(CLAUSE_IDS.at(-1)).toBe('REBIND-REPLACEMENT');
    for (const id of CLAUSE_IDS) expect(CLAUSES[id].length).toBeGreaterThan(10);
    expect(CLAUSES['ELIG-48H']).toBe('An aircraft or gimbal activated within the last 48 hours can be bound.');
  });

  it('isClauseId', () => {
    expect(isClauseId('ELIG-48H')).toBe(true);
    expect(isClauseId('elig-48h')).toBe(false);
    expect(isClauseId('toString')).toBe(false);
    expect(isClauseId(48)).toBe(false);
  });
});
