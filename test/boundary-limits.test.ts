/**
 * Issue 10, classes 3, 5 and 6: every input has a documented limit (LIMITS), refused past it
 * before any walk; error messages quote a short prefix only; holes in lists are invalid input.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, InvalidInputError, LIMITS, checkFlyaway, describePlan, ledgerFromJSON, planStatus, resolveTerms, sumMoney, timelineSvg, timelineText } from '../src/index';
import { describeValue } from '../src/errors';
import { CALLS, EVENTS, LATER, PLAN, call, outcome } from './boundary-support';
import { expectInvalid } from './support';

type Path = readonly (string | number)[];

/** Every node of a JSON-like value (plain records and arrays walked), with its path. */
function nodes(value: unknown, path: Path = []): [Path, unknown][] {
  const out: [Path, unknown][] = [[path, value]];
  const plain = typeof value === 'object' && value !== null && (Array.isArray(value) || Object.getPrototypeOf(value) === Object.prototype);
  if (plain) for (const [k, v] of Object.entries(value)) out.push(...nodes(v, [...path, Array.isArray(value) ? Number(k) : k]));
  return out;
}

/** A copy of `value` with the node at `path` replaced by `make(old)` (copying only along the path). */
function replaced(value: unknown, path: Path, make: (old: unknown) => unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return make(value);
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  copy[head] = replaced((value as Record<string | number, unknown>)[head], rest, make);
  return copy;
}

/** What a call did: the error's name and message, or the length of its answer as JSON. */
interface Out {
  readonly error?: string;
  readonly message?: string;
  readonly answerLength?: number;
}

/** For each call, each node of its arguments matching `pick`, the outcome with that node replaced. */
function everyNode(pick: (value: unknown) => boolean, make: (old: unknown) => unknown): [string, Out][] {
  const results: [string, Out][] = [];
  for (const c of CALLS) {
    const args = c.args();
    for (const [path, value] of nodes(args)) {
      if (path.length === 0 || !pick(value)) continue;
      const hostile = replaced(args, path, make) as readonly unknown[];
      let out: Out;
      try {
        out = { answerLength: JSON.stringify(call(c.name, hostile) ?? null).length };
      } catch (error) {
        out = { error: (error as Error).name, message: (error as Error).message };
      }
      results.push([`${c.name} ${JSON.stringify(path)}`, out]);
    }
  }
  return results;
}

/** Refused as invalid input, or (a field the function does not read) answered without it. */
const refusedOrIgnored = (out: Out, label: string): void => {
  if (out.error === undefined) expect(out.answerLength, label).toBeLessThan(100_000);
  else expect(out.error, label).toBe('InvalidInputError');
};

const sparse = (length: number): unknown[] => {
  const list: unknown[] = [];
  list.length = length;
  return list;
};

describe('class 3: documented limits, refused before any walk (issue 10)', () => {
  it('LIMITS is the one frozen, documented value (ledger of at least 1,000,000 events)', () => {
    expect(Object.isFrozen(LIMITS)).toBe(true);
    expect(LIMITS.ledgerEvents).toBeGreaterThanOrEqual(1_000_000);
  });

  it('line 3: sparse arrays of length 2^32-1 are refused by their length: terms.fees, periods, binding lists, formerSerials, events', () => {
    const huge = () => sparse(2 ** 32 - 1);
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, fees: huge() } as never), 'terms.fees', 'too-large');
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, availableRegions: huge() } as never), 'terms.availableRegions', 'too-large');
    const fee = { ...(DEFAULT_TERMS.fees[0] as object), replacementFees: huge() };
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, fees: [fee] } as never), 'terms.fees[0].replacementFees', 'too-large');
    expectInvalid(() => timelineText(huge() as never), 'periods', 'too-large');
    const incident = { at: LATER, serial: 'B2', accountBindings: huge(), controllerBindings: [] };
    expectInvalid(() => checkFlyaway(PLAN, EVENTS, incident as never), 'incident.accountBindings', 'too-large');
    expectInvalid(() => checkFlyaway(PLAN, EVENTS, { ...incident, accountBindings: [], controllerBindings: huge() } as never), 'incident.controllerBindings', 'too-large');
    const status = JSON.parse(JSON.stringify(planStatus(PLAN, EVENTS, LATER)));
    expectInvalid(() => describePlan({ ...status, formerSerials: huge() }), 'status.formerSerials', 'too-large');
    expectInvalid(() => planStatus(PLAN, huge() as never, LATER), 'events', 'too-large');
  });

  it('a ledger may hold LIMITS.ledgerEvents events, not one more', () => {
    expectInvalid(() => ledgerFromJSON(sparse(LIMITS.ledgerEvents + 1), PLAN), 'events', 'too-large');
    // Within the limit, a hole is what is refused (the length itself is fine).
    expectInvalid(() => ledgerFromJSON(sparse(LIMITS.ledgerEvents), PLAN), 'events[0]', 'missing');
  });

  it('a list may hold LIMITS.listLength entries, not one more', () => {
    expectInvalid(() => sumMoney(sparse(LIMITS.listLength + 1) as never, 'USD'), 'amounts', 'too-large');
    expectInvalid(() => sumMoney(sparse(LIMITS.listLength) as never, 'USD'), 'amounts[0]', 'missing');
  });

  it('a timeline may hold LIMITS.timelinePeriods periods, not one more (issue 13: a drawing stays bounded)', () => {
    expectInvalid(() => timelineText(sparse(LIMITS.timelinePeriods + 1) as never), 'periods', 'too-large');
    expectInvalid(() => timelineSvg(sparse(LIMITS.timelinePeriods) as never), 'periods[0]', 'missing');
  });

  it('records keyed by the caller: at most LIMITS.recordKeys keys, each at most LIMITS.idLength characters', () => {
    const many = Object.fromEntries(Array.from({ length: LIMITS.recordKeys + 1 }, (_, i) => [`p${i}`, {}]));
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, products: many } as never), 'terms.products', 'too-large');
    const long = { ...DEFAULT_TERMS.products, ['k'.repeat(LIMITS.idLength + 1)]: {} };
    const error = expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, products: long } as never), 'terms.products', 'too-large');
    expect(error.message).toContain(`expected keys of at most ${LIMITS.idLength} characters`);
    expect(LIMITS).toEqual({ serialLength: 64, idLength: 64, textLength: 1000, messageLength: 10_000, listLength: 10_000, ledgerEvents: 1_000_000, recordKeys: 10_000, timelinePeriods: 1000 });
  });

  it('serials past LIMITS.serialLength and texts past LIMITS.textLength are refused', () => {
    expect(planStatus({ ...PLAN, serial: 'S'.repeat(LIMITS.serialLength) }, [], LATER).serial).toHaveLength(LIMITS.serialLength);
    expectInvalid(() => planStatus({ ...PLAN, serial: 'S'.repeat(LIMITS.serialLength + 1) }, [], LATER), 'plan.serial', 'too-large');
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, edition: 'E'.repeat(LIMITS.textLength + 1) }), 'terms.edition', 'too-large');
    expect(resolveTerms({ ...DEFAULT_TERMS, edition: 'E'.repeat(LIMITS.textLength) }).edition).toHaveLength(LIMITS.textLength);
    expectInvalid(() => planStatus(PLAN, [{ type: 'x'.repeat(LIMITS.idLength + 1), at: LATER, serial: 'A1' }] as never, LATER), 'events[0].type', 'too-large');
  });

  it('every string of every call, made 1,000,000 characters long, is invalid input (or not read)', () => {
    const results = everyNode((v) => typeof v === 'string', () => 'x'.repeat(1_000_000));
    expect(results.length).toBeGreaterThan(100);
    for (const [label, out] of results) refusedOrIgnored(out, label);
  });

  it('every list of every call, made a sparse list of length 2^32-1, is invalid input', () => {
    for (const [label, out] of everyNode(Array.isArray, () => sparse(2 ** 32 - 1))) refusedOrIgnored(out, label);
  });
});

describe('class 5: error messages quote a short prefix of what was received (issue 10)', () => {
  it('line 5: a 1,000,000-character serial gives a short message', () => {
    const error = expectInvalid(() => planStatus({ ...PLAN, serial: 'X'.repeat(1_000_000) }, [], LATER), 'plan.serial', 'too-large');
    expect(error.message.length).toBeLessThan(200);
    expect(error.received.length).toBeLessThanOrEqual(62);
  });

  it('every message built from a 1,000,000-character input is under 500 characters', () => {
    for (const [label, out] of everyNode((v) => typeof v === 'string', () => 'y'.repeat(1_000_000))) {
      expect(out.message?.length ?? 0, label).toBeLessThan(500);
    }
  });

  it('describeValue quotes 57 characters, writes integers up to 40 digits, and never throws', () => {
    expect(describeValue('q'.repeat(1_000_000))).toBe(JSON.stringify(`${'q'.repeat(57)}...`));
    expect(describeValue(10n ** 39n)).toBe(String(10n ** 39n));
    expect(describeValue(-(10n ** 39n))).toBe(String(-(10n ** 39n)));
    expect(describeValue(10n ** 40n)).toBe('a bigint of more than 40 digits');
    expect(describeValue(-(10n ** 40n))).toBe('a bigint of more than 40 digits');
    expect(describeValue(new Proxy([1], { get: (t, k) => (k === 'length' ? 'many' : Reflect.get(t, k)) }))).toBe('an array');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(describeValue(proxy)).toBe('an object');
  });

  it('an unknown product among 10,000 caller products lists at most 20 of them', () => {
    const products = Object.fromEntries(
      Array.from({ length: LIMITS.recordKeys }, (_, i) => [`p${i}`, { ...DEFAULT_TERMS.products['mini-2'], id: `p${i}` }]),
    );
    const terms = { ...DEFAULT_TERMS, products, fees: [] } as never;
    const error = expectInvalid(() => planStatus({ ...PLAN, product: 'nope' }, [], LATER, { terms }), 'plan.product', 'unknown-product');
    expect(error.message.length).toBeLessThan(500);
    expect(error.message).toContain('and 9980 more');
  });
});

describe('class 6: holes in lists are invalid input, never a TypeError (issue 10)', () => {
  it('line 6: a hole in binding lists, timeline periods or terms.fees', () => {
    const incident = { at: LATER, serial: 'B2', accountBindings: [, { account: 'a', boundAt: '2026-04-12T10:00:00Z' }], controllerBindings: [] };
    expectInvalid(() => checkFlyaway(PLAN, EVENTS, incident as never), 'incident.accountBindings[0]', 'missing');
    expectInvalid(() => checkFlyaway(PLAN, EVENTS, { ...incident, accountBindings: [], controllerBindings: [,] } as never), 'incident.controllerBindings[0]', 'missing');
    expectInvalid(() => timelineText([,] as never), 'periods[0]', 'missing');
    expectInvalid(() => resolveTerms({ ...DEFAULT_TERMS, fees: [, ...DEFAULT_TERMS.fees] } as never), 'terms.fees[0]', 'missing');
  });

  it('a hole put first in every list of every call is invalid input', () => {
    const results = everyNode(Array.isArray, (old) => {
      const list = [undefined, ...(old as unknown[])];
      delete list[0];
      return list;
    });
    expect(results.length).toBeGreaterThan(20);
    for (const [label, out] of results) refusedOrIgnored(out, label);
  });

  it('a list whose iterator or methods are replaced is read by index, as given', () => {
    const events = [...EVENTS];
    Object.assign(events, { [Symbol.iterator]: () => [][Symbol.iterator](), map: () => [], forEach: () => undefined, entries: () => [][Symbol.iterator]() });
    expect(ledgerFromJSON(events, PLAN)).toEqual(EVENTS);
    expect(outcome(() => planStatus(PLAN, events, LATER))).toEqual(outcome(() => planStatus(PLAN, EVENTS, LATER)));
  });

  it('a Proxy of a list whose length is not a whole number is invalid input', () => {
    for (const length of ['7', -1, 1.5, Number.NaN]) {
      const list = new Proxy([], { get: (t, k) => (k === 'length' ? length : Reflect.get(t, k)) });
      expectInvalid(() => planStatus(PLAN, list as never, LATER), 'events', 'wrong-type');
    }
  });

  it('a revoked Proxy is invalid input, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(() => planStatus(proxy as never, [], LATER)).toThrow(InvalidInputError);
    expect(() => planStatus(PLAN, proxy as never, LATER)).toThrow(InvalidInputError);
  });
});
