/**
 * Mutation kills for `src/messages/param-kinds.ts` (issue 10's method applied to this round's
 * check of stored params, issue 13 × 11): the exact words of each refusal, and a long extra key
 * named by its first 64 characters. The mutants this file does not kill are equivalent (the
 * Quality page lists them).
 */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/limits';
import { requireParams } from '../src/messages/param-kinds';
import { invalid } from './support';

function refusal(call: () => unknown): readonly [string, string, string] {
  const e = invalid(call);
  return [e.field, e.code, e.message];
}

const ELAPSED = { hours: 48, elapsedSeconds: 10, category: 'aircraft' } as const;

describe('issue 13 × 11: the words of a stored param refused (requireParams)', () => {
  it('names what each kind expects: a number, a string or null, a whole number, an object', () => {
    expect(refusal(() => requireParams('elig.window.exceeded', { ...ELAPSED, hours: '48' }, 'r'))).toEqual([
      'r.params.hours',
      'invalid-value',
      'Invalid r.params.hours: expected a number (received "48").',
    ]);
    expect(refusal(() => requireParams('fly.owner.claimant-needed', { account: 7 }, 'r'))).toEqual([
      'r.params.account',
      'invalid-value',
      'Invalid r.params.account: expected a string or null (received 7).',
    ]);
    expect(refusal(() => requireParams('elig.window.exceeded', { ...ELAPSED, elapsedSeconds: 1e24 }, 'r'))).toEqual([
      'r.params.elapsedSeconds',
      'invalid-value',
      'Invalid r.params.elapsedSeconds: expected a whole number of at most 2^53 (received 1e+24).',
    ]);
    expect(refusal(() => requireParams('elig.window.exceeded', 'hours', 'r'))).toEqual(['r.params', 'wrong-type', 'Invalid r.params: expected an object (received "hours").']);
  });

  it('a string param that is not nullable says so, and null passes only where the kind allows it', () => {
    expect(refusal(() => requireParams('date.bundled-om.auto-start', { days: 30, autoStartDate: null, activationDate: null }, 'r'))[2]).toBe(
      'Invalid r.params.autoStartDate: expected a string (received null).',
    );
    expect(() => requireParams('date.bundled-om.auto-start', { days: 30, autoStartDate: '2026-03-31', activationDate: null }, 'r')).not.toThrow();
  });

  it('an extra param is named by its first 64 characters, with the code it does not belong to', () => {
    const key = `x${'y'.repeat(100)}`;
    expect(refusal(() => requireParams('elig.window.exceeded', { ...ELAPSED, [key]: 1 }, 'r'))).toEqual([
      `r.params.${key.slice(0, LIMITS.idLength)}`,
      'invalid-value',
      `Invalid r.params.${key.slice(0, LIMITS.idLength)}: expected only the params of 'elig.window.exceeded' (received "${key.slice(0, 57)}...").`,
    ]);
  });
});
