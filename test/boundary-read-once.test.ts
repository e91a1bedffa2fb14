/**
 * Issue 10, classes 1 and 2: every caller field is read exactly once into a private snapshot,
 * results never hold a caller object, and `instanceof Date` is never trusted.
 */
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  InvalidInputError,
  applyCareRefreshPlus,
  checkPurchaseEligibility,
  coveragePeriods,
  periodList,
  ledgerFromJSON,
  planFromJSON,
  planStatus,
  rebindAfterReplacement,
} from '../src/index';
import { describeValue } from '../src/errors';
import { CALLS, EVENTS, LATER, PLAN, call, lyingDate, outcome, reachable, watched } from './boundary-support';
import { expectInvalid } from './support';

const PURCHASE = '2026-03-02T09:00:00Z';
const eligibility = (activatedAt: unknown) =>
  checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: PURCHASE, activatedAt, previouslyBound: false } as never);

/** A record whose `key` is a getter giving `values` in turn (the last one from then on), counting its reads. */
function changing<T extends object>(base: T, key: string, values: readonly unknown[]): { readonly value: T; readonly reads: () => number } {
  let reads = 0;
  const value = { ...base };
  Object.defineProperty(value, key, { enumerable: true, get: () => values[Math.min(reads++, values.length - 1)] });
  return { value, reads: () => reads };
}

describe('class 1: every caller field is read exactly once (issue 10)', () => {
  it.each(CALLS.map((c, i) => [`${c.name} #${i}`, c] as const))('%s reads each field of its arguments at most once', (_label, c) => {
    const twice: string[] = [];
    const args = c.args().map((a, i) => watched(a, (path, count, real) => (count > 1 && twice.push(path), real), `args[${i}]`));
    const hostile = outcome(() => call(c.name, args));
    // A money amount is read by money.ts (helper "money", issue 10 line 9), not by these readers.
    expect(twice.filter((path) => !path.includes('.fee.'))).toEqual([]);
    expect(hostile).toEqual(outcome(() => call(c.name, c.args())));
  });

  it.each(CALLS.map((c, i) => [`${c.name} #${i}`, c] as const))('%s answers the first value read, whatever a field gives later', (_label, c) => {
    const args = c.args().map((a, i) => watched(a, (_path, count, real) => (count > 1 ? 42 : real), `args[${i}]`));
    expect(outcome(() => call(c.name, args))).toEqual(outcome(() => call(c.name, c.args())));
  });

  it.each(CALLS.map((c, i) => [`${c.name} #${i}`, c] as const))('%s returns no object of the caller', (_label, c) => {
    const proxies = new WeakSet<object>();
    const plain = c.args();
    const args = plain.map((a, i) => watched(a, undefined, `args[${i}]`, proxies));
    const out = outcome(() => call(c.name, args));
    const mine = reachable(plain);
    for (const o of reachable(out)) {
      expect(proxies.has(o)).toBe(false);
      expect(mine.has(o)).toBe(false);
    }
  });

  it('line 1: an activatedAt getter read once: an activation one hour after the purchase is refused, never ok', () => {
    const after = '2026-03-02T10:00:00Z';
    const input = changing({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: PURCHASE, previouslyBound: false }, 'activatedAt', [
      after,
      '2026-03-01T10:00:00Z',
    ]);
    expectInvalid(() => checkPurchaseEligibility(input.value as never), 'activatedAt', 'invalid-value');
    expect(input.reads()).toBe(1);
  });

  it('line 1: a Date whose own getTime returns a string is read by its time value: no buyBy in year 56166681185', () => {
    expectInvalid(() => eligibility(lyingDate('2026-03-02T10:00:00Z')), 'activatedAt', 'invalid-value');
    const d = eligibility(lyingDate('2026-03-01T10:00:00Z'));
    expect(d.ok && d.value.buyBy).toBe('2026-03-03T10:00:00.000Z');
  });

  it("line 1: ledgerFromJSON returns an event's `at` as first read, in a fresh event", () => {
    const event = changing({ type: 'warranty-repair', serial: 'A1' }, 'at', ['2026-04-01T10:00:00Z', 42]);
    const back = ledgerFromJSON([event.value], PLAN);
    expect(event.reads()).toBe(1);
    expect(back).toEqual([{ type: 'warranty-repair', at: '2026-04-01T10:00:00Z', serial: 'A1' }]);
    expect(back[0] === event.value).toBe(false);
  });

  it('line 1: rebindAfterReplacement and applyCareRefreshPlus return fresh events, as first read', () => {
    const first = changing({ type: 'damage-replacement', serial: 'A1' }, 'at', ['2026-04-10T10:00:00Z', 42]);
    const r = rebindAfterReplacement(PLAN, [first.value as never], { at: LATER, newSerial: 'B2' });
    expect(r.ok && r.value.events).toEqual([
      { type: 'damage-replacement', at: '2026-04-10T10:00:00Z', serial: 'A1' },
      { type: 'rebind', at: '2026-06-01T10:00:00.000+00:00', serial: 'A1', newSerial: 'B2' },
    ]);
    expect(first.reads()).toBe(1);
    expect(r.ok && r.value.events[0] === first.value).toBe(false);
    const date = new Date('2026-04-01T10:00:00Z');
    const p = applyCareRefreshPlus(PLAN, [{ type: 'warranty-repair', at: date, serial: 'A1' }], LATER);
    const kept = p.ok ? p.value.events[0]?.at : undefined;
    expect(kept).toEqual(date);
    expect(kept === date).toBe(false);
  });
});

describe('class 2: a Date is a real Date of any realm, never trusted by instanceof (issue 10)', () => {
  const forged = (): readonly (readonly [string, unknown])[] => {
    const { proxy, revoke } = Proxy.revocable(new Date('2026-05-01T00:00:00Z'), {});
    revoke();
    return [
      ['Object.create(Date.prototype)', Object.create(Date.prototype)],
      ['a Proxy of a Date', new Proxy(new Date('2026-05-01T00:00:00Z'), {})],
      ['a revoked Proxy of a Date', proxy],
      ['a class extending nothing with Date.prototype', Object.setPrototypeOf({ getTime: () => 1 }, Date.prototype)],
    ];
  };

  it('line 2: planStatus(P, [], Object.create(Date.prototype)) and a Proxy of a Date are invalid input, not a TypeError', () => {
    for (const [, value] of forged()) expectInvalid(() => planStatus(PLAN, [], value as never), 'at', 'wrong-type');
  });

  it('line 2: planFromJSON(Object.create(Date.prototype)) throws an InvalidInputError, built without throwing', () => {
    for (const [, value] of forged()) expect(() => planFromJSON(value)).toThrow(InvalidInputError);
  });

  it.each(CALLS.map((c, i) => [`${c.name} #${i}`, c] as const))('%s: every instant replaced by a forged Date is invalid input', (_label, c) => {
    const instants: string[] = [];
    const args = c.args().map((a, i) => watched(a, (path, _count, real) => (typeof real === 'string' && /^\d{4}-\d\d-\d\dT/.test(real) && instants.push(path), real), `args[${i}]`));
    outcome(() => call(c.name, args));
    for (const target of [...new Set(instants)]) {
      for (const [, date] of forged()) {
        const hostile = c.args().map((a, i) => watched(a, (path, _count, real) => (path === target ? date : real), `args[${i}]`));
        const out = outcome(() => call(c.name, hostile)) as { error?: string };
        expect(out.error, `${target}`).toBe('InvalidInputError');
      }
    }
  });

  it('periodList copies a Date given for an instant as the instant it names, in the period\'s zone', () => {
    const [first] = periodList({ ...coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-01-15' }) });
    const dated = { ...(first as object), start: new Date('2026-01-15T00:00:00Z'), end: runInNewContext('new Date("2027-01-15T00:00:00Z")') };
    const [copy] = periodList({ ...coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-01-15' }), replacement: dated as never });
    expect(copy).toEqual(first);
  });

  it('a Date of another realm is accepted, read by its time value', () => {
    const foreign = runInNewContext('new Date("2026-05-01T10:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(planStatus(PLAN, EVENTS, foreign)).toEqual(planStatus(PLAN, EVENTS, '2026-05-01T10:00:00Z'));
    expect(eligibility(runInNewContext('new Date("2026-03-01T10:00:00Z")'))).toEqual(eligibility('2026-03-01T10:00:00Z'));
  });

  it('describeValue never throws and never calls a Date-like object: forged Dates are "an object"', () => {
    for (const [, value] of forged()) expect(describeValue(value)).toBe('an object');
    expect(describeValue(lyingDate('2026-01-01T00:00:00Z'))).toBe('Date 2026-01-01T00:00:00.000Z');
    expect(describeValue(runInNewContext('new Date(0)'))).toBe('Date 1970-01-01T00:00:00.000Z');
    const trap = new Proxy([1, 2], { get: () => { throw new Error('trap'); } });
    expect(describeValue(trap)).toBe('an object');
  });

  it('src/ trusts no instanceof (money aside: a Decimal is helper "money"\'s)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('money.ts'));
    const offenders = files.filter((f) => /\binstanceof\b/.test(readFileSync(`src/${f}`, 'utf8').replace(/^\s*\*.*$/gm, '')));
    expect(offenders).toEqual([]);
  });
});
