/**
 * Kills surviving Stryker mutants of src/describe-read.ts and src/spec.ts (issue 13).
 */
import { describe, expect, it } from 'vitest';
import { moneyText, readReasons } from '../src/describe-read';
import { ENGLISH } from '../src/messages/en';
import { money } from '../src/money';
import type { ClauseId } from '../src/index';
import { specClause } from '../src/spec';
import { expectInvalid } from './support';

describe('MONEY-UNITS', () => {
  const fee = money('1234.50', 'USD');

  it('writes money in English as formatMoney does for the exact tag en and any en-* tag, whatever the market', () => {
    for (const tag of ['en', 'EN', 'en-GB', 'en-US']) {
      expect(moneyText(fee, { tag, region: 'DE', timeZone: undefined }), tag).toBe('USD 1234.50');
    }
  });

  it('writes money in another language for its market', () => {
    expect(moneyText(fee, { tag: 'de', region: 'DE', timeZone: undefined })).not.toBe('USD 1234.50');
    // A later subtag reading "en" does not make the tag English.
    expect(moneyText(fee, { tag: 'de-x-en', region: 'DE', timeZone: undefined })).toBe(moneyText(fee, { tag: 'de', region: 'DE', timeZone: undefined }));
  });
});

describe('issue 13: specClause rejects an unknown id', () => {
  it('names the field, the code and the problem', () => {
    const error = expectInvalid(() => specClause('NOT-A-CLAUSE' as ClauseId), 'id', 'invalid-value');
    expect(error.message).toContain('a clause id of the spec is required');
  });
});

describe('issue 13: a stored reason whose code the catalogue lacks', () => {
  it.each(['toString', 'constructor', 'no-such-code', 5])('rejects code %s as a code without a template', (code) => {
    const reasons = [{ clause: 'SVC-SAFE-FLIGHT', message: 'x', code, params: {} }];
    const error = expectInvalid(() => readReasons(reasons, 'f', ENGLISH, { tag: 'en', region: undefined, timeZone: undefined }), 'f[0].code', 'invalid-value');
    expect(error.message).toContain('has a template for');
  });
});
