import { describe, expect, it } from 'vitest';
import { CLAUSES, CLAUSE_IDS, isClauseId } from '../src/clauses';
import { check, decide, note, step } from '../src/decision';
import { deepFreeze } from './support';

describe('check', () => {
  it('writes clause, outcome, code and params, in that order; the words come later', () => {
    expect(check('ELIG-NEW', true, 'elig.new.never-activated', {})).toEqual({ clause: 'ELIG-NEW', passed: true, code: 'elig.new.never-activated', params: {} });
    expect(Object.keys(check('REGION-AVAILABLE', false, 'region.not-sold', { region: 'BR' }))).toEqual(['clause', 'passed', 'code', 'params']);
    expect(note('ELIG-ONCE', 'rebind.new-unit.no-purchase', { newSerial: 'B2' })).toEqual({ clause: 'ELIG-ONCE', code: 'rebind.new-unit.no-purchase', params: { newSerial: 'B2' } });
    expect(step('ELIG-VERIFY', 'verification', 'elig.verify.apply', { hours: 72 })).toEqual({
      clause: 'ELIG-VERIFY',
      action: 'verification',
      code: 'elig.verify.apply',
      params: { hours: 72 },
    });
  });
});

describe('decide', () => {
  const next = step('ELIG-VERIFY', 'verification', 'elig.verify.apply', { hours: 72 });

  it('accepts with the value and the whole trace when every check passed', () => {
    const checks = [check('REGION-MATCH', true, 'region.same', { region: 'US' }), check('ELIG-NEW', true, 'elig.new.never-activated', {})];
    expect(decide(checks, () => 42, 'ed')).toEqual({ ok: true, value: 42, trace: checks, edition: 'ed' });
  });

  it('accepts an empty list of checks', () => {
    expect(decide([], () => 'v', 'ed')).toEqual({ ok: true, value: 'v', trace: [], edition: 'ed' });
  });

  it('refuses with every failing check, in order, as reasons without `passed`', () => {
    const checks = [
      check('REGION-AVAILABLE', false, 'region.not-sold', { region: 'BR' }),
      check('REGION-MATCH', true, 'region.same', { region: 'BR' }),
      check('ELIG-ONCE', false, 'elig.once.bound', {}),
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
        [next],
      ),
    ).toStrictEqual({
      ok: false,
      reasons: [
        { clause: 'REGION-AVAILABLE', code: 'region.not-sold', params: { region: 'BR' } },
        { clause: 'ELIG-ONCE', code: 'elig.once.bound', params: {} },
      ],
      trace: checks,
      edition: 'ed',
      nextSteps: [next],
    });
    expect(called).toBe(false);
  });

  it('next steps default to none', () => {
    const d = decide([check('ELIG-ONCE', false, 'elig.once.bound', {})], () => 1, 'ed');
    expect(d.ok ? undefined : d.nextSteps).toEqual([]);
  });

  it('does not mutate its input', () => {
    const checks = deepFreeze([check('ELIG-ONCE', false, 'elig.once.bound', {}), check('ELIG-NEW', true, 'elig.new.never-activated', {})]);
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
