/**
 * Mutants of the eligibility check's read-once blocks (issue 10 class 1, issue 11): the input's
 * seven fields and the options' three keys are each read once, together, in a `try`; a Proxy
 * that its own trap revokes during those reads is invalid input of the record being read
 * (`input` or `options`), never the engine's `TypeError` and never another field's error.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, checkPurchaseEligibility, type PurchaseEligibilityInput } from '../src/index';
import { invalid, revokedAt } from './support';

const INPUT: PurchaseEligibilityInput = {
  product: 'mavic-3',
  productRegion: 'US',
  planRegion: 'US',
  purchaseAt: '2026-03-02T10:00:00Z',
  activatedAt: '2026-03-01T14:00:00Z',
  previouslyBound: false,
};

describe('ELIG-48H: the input read once (issue 10 class 1)', () => {
  it.each(['product', 'productRegion', 'planRegion', 'purchaseAt', 'activatedAt', 'previouslyBound'])(
    'an input revoked by its own trap when %s is read is invalid input of `input`',
    (key) => {
      const e = invalid(() => checkPurchaseEligibility(revokedAt({ ...INPUT }, key)));
      expect(e.field).toBe('input');
      expect(e.message).toMatch(/revoked Proxy/);
    },
  );

  it("the caller's own exception in a getter passes through unchanged", () => {
    const thrown = new Error('caller');
    const input = { ...INPUT, get activatedAt(): never { throw thrown; } };
    expect(() => checkPurchaseEligibility(input)).toThrow(thrown);
  });
});

describe('TERMS-CALLER: the options read once (issue 11)', () => {
  it.each(['terms', 'messages'])('options revoked by their own trap when %s is read are invalid input of `options`', (key) => {
    const e = invalid(() => checkPurchaseEligibility(INPUT, revokedAt({ terms: null, messages: true, locale: null }, key)));
    expect(e.field).toBe('options');
    expect(e.message).toMatch(/revoked Proxy/);
  });

  it("the caller's own exception in an options getter passes through unchanged", () => {
    const thrown = new Error('caller');
    const options = { get messages(): never { throw thrown; } };
    expect(() => checkPurchaseEligibility(INPUT, options)).toThrow(thrown);
  });

  it('each key is read once, and only the three keys are read', () => {
    const reads: PropertyKey[] = [];
    const options = new Proxy({ messages: false }, { get: (t, k, r) => (reads.push(k), Reflect.get(t, k, r)) });
    expect(checkPurchaseEligibility(INPUT, options).ok).toBe(true);
    expect(reads).toEqual(['terms', 'messages', 'locale']);
  });

  it('options of null or left out are the defaults (words in English, the built-in terms)', () => {
    const d = checkPurchaseEligibility(INPUT, null as unknown as {});
    expect(d).toEqual(checkPurchaseEligibility(INPUT));
    expect(d.trace[0]).toHaveProperty('message');
    expect(checkPurchaseEligibility(INPUT, { messages: null }).trace[0]).toHaveProperty('message');
    expect(checkPurchaseEligibility(INPUT, { messages: false }).trace[0]).not.toHaveProperty('message');
    expect(invalid(() => checkPurchaseEligibility(INPUT, { messages: 'no' } as never)).field).toBe('options.messages');
    expect(invalid(() => checkPurchaseEligibility(INPUT, { locale: 'ja' } as never)).field).toBe('options.locale');
  });
});

describe('REGION-AVAILABLE, ELIG-VERIFY, TERMS-CALLER: checks made once are shared, frozen (issue 11)', () => {
  const PAST: PurchaseEligibilityInput = { ...INPUT, purchaseAt: '2026-03-05T10:00:00Z' };

  it("a region's checks are made on its first use and shared by every later call", () => {
    const [a, b] = [checkPurchaseEligibility(INPUT), checkPurchaseEligibility(INPUT)];
    expect(a.trace[0]).toBe(b.trace[0]);
    expect(a.trace[1]).toBe(b.trace[1]);
    expect(Object.isFrozen(a.trace[0])).toBe(true);
    const de = checkPurchaseEligibility({ ...INPUT, productRegion: 'DE', planRegion: 'DE' });
    expect(de.trace[0]).not.toBe(a.trace[0]);
    expect(de.trace[0]).toBe(checkPurchaseEligibility({ ...INPUT, productRegion: 'DE', planRegion: 'DE' }).trace[0]);
  });

  it('the next steps of the built-in terms are made once', () => {
    const [a, b] = [checkPurchaseEligibility(PAST), checkPurchaseEligibility(PAST)];
    expect(a.ok).toBe(false);
    expect(a.ok || a.nextSteps[0]).toBe(b.ok || b.nextSteps[0]);
  });

  it("a caller's terms have their checks made once per terms object", () => {
    const terms = { ...DEFAULT_TERMS, activationWindowHours: { ...DEFAULT_TERMS.activationWindowHours, aircraft: 24 }, edition: 'Shop X' };
    const [a, b] = [checkPurchaseEligibility(PAST, { terms }), checkPurchaseEligibility(PAST, { terms })];
    const caller = (d: typeof a) => d.trace.find((c) => c.clause === 'TERMS-CALLER');
    expect(caller(a)).toBeDefined();
    expect(caller(a)).toBe(caller(b));
    expect(a.ok || a.nextSteps[0]).toBe(b.ok || b.nextSteps[0]);
    // Other terms of the same figures are other terms: their own checks, equal in value.
    const other = checkPurchaseEligibility(PAST, { terms: { ...terms } });
    expect(caller(other)).not.toBe(caller(a));
    expect(caller(other)).toEqual(caller(a));
  });
});
