/**
 * Mutants of the revivers (issue 10: mutation score of src/ at or above 95%; the revivers are
 * issue 12): statusFromJSON, decisionFromJSON and the shared JSON reader name every invalid
 * field exactly, keep their limits at both sides of each threshold, and refuse what no value the
 * library returns has. Each test pins what a caller meets: the error's field, code and words.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors';
import { type Plan, type ServiceEvent, assessReplacement, decisionFromJSON, planStatus, statusFromJSON } from '../src/index';
import { readJsonValue, readMoneyValue } from '../src/json/read';
import { LIMITS } from '../src/limits';
import { money } from '../src/money';

const PLAN: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
const roundTrip = <T>(value: T): any => JSON.parse(JSON.stringify(value));

/** The error a call throws (fails the test when it throws none, or another kind). */
function thrown(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError, none was thrown');
}

/** Damage replacements at the given months of 2026, each followed by the rebind to a new unit. */
function damages(months: readonly number[]): ServiceEvent[] {
  const events: ServiceEvent[] = [];
  let serial = 'A1';
  months.forEach((month, i) => {
    const day = `2026-${String(month).padStart(2, '0')}-10`;
    events.push({ type: 'damage-replacement', at: `${day}T10:00:00Z`, serial });
    events.push({ type: 'rebind', at: `${day}T12:00:00Z`, serial, newSerial: `U${i + 2}` });
    serial = `U${i + 2}`;
  });
  return events;
}

/** A fresh plan (published fees); over the quota (an anomaly); and after Care Refresh+ (renewal, purchasedAt, an unpublished fee). */
const OVER = damages([4, 5, 6]);
const PLUS: ServiceEvent[] = [...damages([4]), { type: 'care-refresh-plus', at: '2027-02-20T10:00:00Z', serial: 'U2' }];
const STATUSES: readonly (readonly [string, unknown])[] = [
  ['a fresh plan (published fees), worded', planStatus(PLAN, [], '2026-05-01T12:00:00Z')],
  ['a fresh plan (published fees), messages: false', planStatus(PLAN, [], '2026-05-01T12:00:00Z', { messages: false })],
  ['over the quota, worded', planStatus(PLAN, OVER, '2026-08-01T00:00:00Z')],
  ['over the quota, messages: false', planStatus(PLAN, OVER, '2026-08-01T00:00:00Z', { messages: false })],
  ['after Care Refresh+, worded', planStatus(PLAN, PLUS, '2027-03-25T00:00:00Z')],
  ['after Care Refresh+, messages: false', planStatus(PLAN, PLUS, '2027-03-25T00:00:00Z', { messages: false })],
];

const DAMAGE = { type: 'damage' as const, at: '2026-05-01T12:00:00Z', serial: 'A1' };
const DECISIONS: readonly (readonly [string, unknown])[] = [
  ['accepted, worded', assessReplacement(PLAN, [], DAMAGE)],
  ['accepted, messages: false', assessReplacement(PLAN, [], DAMAGE, { messages: false })],
  ['refused, worded', assessReplacement(PLAN, damages([4, 5]), { ...DAMAGE, at: '2026-07-01T12:00:00Z', serial: 'U3' })],
  ['refused, messages: false', assessReplacement(PLAN, damages([4, 5]), { ...DAMAGE, at: '2026-07-01T12:00:00Z', serial: 'U3' }, { messages: false })],
];

/** Subtrees read as plain JSON values (any type accepted): not walked. */
const FREE = new Set(['params', 'events', 'value']);

type Leaf = [string, (string | number)[], unknown];

/**
 * Every value below the top of a JSON value (leaves, lists and records; inside a free subtree
 * only its top), with its path as errors name it.
 */
function leaves(value: unknown, path: string): Leaf[] {
  const below = (item: unknown, key: string | number, at: string): Leaf[] => [
    ...(item === null ? [] : [[at, [key], item] as Leaf]),
    ...(typeof key === 'string' && FREE.has(key) ? [] : leaves(item, at).map(([p, keys, v]) => [p, [key, ...keys], v] as Leaf)),
  ];
  if (Array.isArray(value)) return value.flatMap((item, i) => below(item, i, `${path}[${i}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => below(item, key, `${path}.${key}`));
  return [];
}

/** A copy of `json` with the value at `keys` replaced. */
function setAt(json: unknown, keys: readonly (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[keys[keys.length - 1] as string] = replacement;
  return copy;
}

/** A value of the wrong type: a number for a string, a string for anything else (a number, a boolean, a list, a record). */
const wrong = (value: unknown): unknown => (typeof value === 'string' ? 7 : 'x');

/** A period's clause and a currency are looked up (anything not listed is an invalid value); every other leaf is read by its type. */
const codeOf = (path: string): string => (/((period|periods\[\d+\])\.clause|\.currency)$/.test(path) ? 'invalid-value' : 'wrong-type');

describe('issue 10: statusFromJSON names every invalid field', () => {
  for (const [name, status] of STATUSES) {
    it(`${name}: every value of the wrong type is refused with exactly its path`, () => {
      const json = roundTrip(status);
      expect(statusFromJSON(json)).toEqual(status);
      const paths = leaves(json, 'status');
      const got = paths.map(([path, keys, value]) => {
        const error = thrown(() => statusFromJSON(setAt(json, keys, wrong(value))));
        return [path, error.field, error.code];
      });
      expect(got).toEqual(paths.map(([path]) => [path, path, codeOf(path)]));
    });
  }
});

describe('issue 10: decisionFromJSON names every invalid field', () => {
  for (const [name, decision] of DECISIONS) {
    it(`${name}: every value of the wrong type is refused with exactly its path`, () => {
      const json = roundTrip(decision);
      expect(decisionFromJSON(json)).toEqual(decision);
      const paths = leaves(json, 'decision');
      expect(paths.length).toBeGreaterThan(10);
      const got = paths.map(([path, keys, value]) => {
        const error = thrown(() => decisionFromJSON(setAt(json, keys, wrong(value))));
        return [path, error.field, error.code];
      });
      expect(got).toEqual(paths.map(([path]) => [path, path, 'wrong-type']));
    });
  }
});

/** The error of `readJsonValue(value, 'v')`. */
const readError = (value: unknown, money = false): InvalidInputError => thrown(() => readJsonValue(value, 'v', money));

/** `n` lists, one inside the other, around a number; and `n` records the same way. */
function nestedLists(n: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < n; i++) value = [value];
  return value;
}
function nestedRecords(n: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < n; i++) value = { d: value };
  return value;
}

describe('issue 10: the JSON reader keeps its limits at both sides of each threshold', () => {
  it('values in all: exactly LIMITS.ledgerEvents (1,000,000) are copied, one more is refused naming that value', () => {
    expect(LIMITS.ledgerEvents).toBe(1_000_000);
    // 1 + 111 × (1 + 9008) = 1,000,000 values.
    const row = Array.from({ length: 9008 }, () => 0);
    const rows: unknown[] = Array.from({ length: 111 }, () => row);
    const copy = readJsonValue(rows, 'v') as unknown[][];
    expect(copy).toHaveLength(111);
    expect(copy[110]).toHaveLength(9008);
    rows.push(7);
    const error = readError(rows);
    expect([error.field, error.code, error.received]).toEqual(['v[111]', 'too-large', '7']);
    expect(error.message).toBe('Invalid v[111]: expected at most 1000000 values in all (received 7).');
  });

  it('nesting: 8 levels of lists or records are copied, a 9th is refused naming it', () => {
    expect(readJsonValue(nestedLists(8), 'v')).toEqual(nestedLists(8));
    expect(readJsonValue(nestedRecords(8), 'v')).toEqual(nestedRecords(8));
    const lists = readError(nestedLists(9));
    expect([lists.field, lists.code]).toEqual([`v${'[0]'.repeat(8)}`, 'too-large']);
    expect(lists.message).toMatch(/^Invalid v(\[0\]){8}: expected at most 8 levels of nesting \(received /);
    const records = readError(nestedRecords(9));
    expect([records.field, records.code]).toEqual([`v${'.d'.repeat(8)}`, 'too-large']);
    expect(records.message).toMatch(/^Invalid v(\.d){8}: expected at most 8 levels of nesting \(received /);
  });

  it('text: LIMITS.messageLength (10,000) characters are kept, one more is refused with both lengths', () => {
    expect(readJsonValue({ s: 'x'.repeat(10_000) }, 'v')).toEqual({ s: 'x'.repeat(10_000) });
    const error = readError({ s: 'x'.repeat(10_001) });
    expect([error.field, error.code]).toEqual(['v.s', 'too-large']);
    expect(error.message).toMatch(/^Invalid v\.s: expected at most 10000 characters, got 10001 \(received /);
  });

  it("a reason's received is read up to LIMITS.messageLength characters, and named past it", () => {
    const stored = roundTrip(DECISIONS[2]?.[1]);
    stored.reasons[0].received = 'r'.repeat(10_000);
    expect((decisionFromJSON(stored) as unknown as { reasons: { received: string }[] }).reasons[0]?.received).toHaveLength(10_000);
    stored.reasons[0].received = 'r'.repeat(10_001);
    const error = thrown(() => decisionFromJSON(stored));
    expect([error.field, error.code]).toEqual(['decision.reasons[0].received', 'too-large']);
  });
});

describe('issue 10: the JSON reader copies plain JSON values only', () => {
  it('refuses a number that is not finite, and anything not JSON, with its words', () => {
    const nan = readError({ n: Number.NaN });
    expect([nan.field, nan.code, nan.message]).toEqual(['v.n', 'invalid-value', 'Invalid v.n: expected a finite number (received NaN).']);
    for (const value of [undefined, () => 1, Symbol('s'), 10n]) {
      const error = readError({ x: value });
      expect([error.field, error.code]).toEqual(['v.x', 'wrong-type']);
      expect(error.message).toBe(`Invalid v.x: expected a plain JSON value (received ${error.received}).`);
    }
  });

  it('refuses objects that are not plain (a class instance, Object.create({}), a Date), and copies a null-prototype record', () => {
    class Box {
      readonly a = 1;
    }
    for (const value of [new Box(), Object.create({}), new Date(0), new Map()]) {
      const error = readError({ x: value });
      expect([error.field, error.code]).toEqual(['v.x', 'wrong-type']);
      expect(error.message).toBe(`Invalid v.x: expected a plain JSON value (a plain object) (received ${error.received}).`);
    }
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { a: 1, b: [true, null, 'x'] });
    expect(readJsonValue({ x: bare }, 'v')).toEqual({ x: { a: 1, b: [true, null, 'x'] } });
  });

  it('a revoked Proxy is invalid input naming the field; a caller trap that throws passes through unchanged', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const error = readError({ p: proxy });
    expect([error.field, error.code, error.received]).toEqual(['v.p', 'wrong-type', '"a revoked Proxy"']);
    expect(error.message).toBe('Invalid v.p: expected a plain JSON value, not a revoked Proxy (received "a revoked Proxy").');
    const own = new Error('trap');
    const trapped = new Proxy({ a: 1 }, { get: () => { throw own; } });
    expect(() => readJsonValue({ p: trapped }, 'v')).toThrow(own);
  });

  it('the copy is fresh and ordinary: each key read once, data properties as JSON.parse makes them', () => {
    const read: PropertyKey[] = [];
    const watched = new Proxy({ a: 1, b: { c: 'x' } }, { get: (target, key, receiver) => (read.push(key), Reflect.get(target, key, receiver)) });
    const copy = readJsonValue(watched, 'v') as Record<string, unknown>;
    expect(read).toEqual(['a', 'b']);
    expect(copy).toEqual({ a: 1, b: { c: 'x' } });
    for (const key of ['a', 'b']) expect(Object.getOwnPropertyDescriptor(copy, key)).toEqual({ value: copy[key], writable: true, enumerable: true, configurable: true });
    copy.a = 2;
    delete copy.b;
    expect(copy).toEqual({ a: 2 });
  });

  it('money: { amount: "1.00", currency } as written to JSON and a Money with a Decimal both read as money; other keys keep a record plain', () => {
    expect(readMoneyValue({ amount: '1.00', currency: 'USD' }, 'm')).toEqual(money('1.00', 'USD'));
    expect(readMoneyValue(money('1.00', 'USD'), 'm')).toEqual(money('1.00', 'USD'));
    expect(readJsonValue({ fee: { amount: '1.00', currency: 'USD' } }, 'v', true)).toEqual({ fee: money('1.00', 'USD') });
    expect(readJsonValue({ fee: money('1.00', 'USD') }, 'v', true)).toEqual({ fee: money('1.00', 'USD') });
    expect(readJsonValue({ fee: { amount: '1.00', currency: 'USD', note: 'x' } }, 'v', true)).toEqual({ fee: { amount: '1.00', currency: 'USD', note: 'x' } });
    expect(readJsonValue({ fee: { amount: '1.00', currency: 'USD' } }, 'v')).toEqual({ fee: { amount: '1.00', currency: 'USD' } });
    // An amount neither an object nor a string is refused as stored JSON: a decimal string is expected.
    const number = thrown(() => readMoneyValue({ amount: 159, currency: 'USD' }, 'm'));
    expect([number.field, number.code, number.message]).toEqual(['m.amount', 'wrong-type', "Invalid m.amount: expected a decimal amount such as '159.00' (received 159)."]);
    const none = thrown(() => readMoneyValue({ currency: 'USD' }, 'm'));
    expect([none.field, none.code, none.message]).toEqual(['m.amount', 'missing', "Invalid m.amount: expected a decimal amount such as '159.00' (received undefined)."]);
    // An object amount is read as returned money: a Decimal is expected.
    const object = thrown(() => readMoneyValue({ amount: { value: 159 }, currency: 'USD' }, 'm'));
    expect([object.field, object.code]).toEqual(['m.amount', 'wrong-type']);
    expect(object.message).toContain('expected a Decimal amount (use money())');
    const written = thrown(() => readMoneyValue({ amount: '159.001', currency: 'USD' }, 'm'));
    expect([written.field, written.code]).toEqual(['m.amount', 'invalid-value']);
    // A status as returned (money as Decimal) reads the same as one written to JSON.
    const status = planStatus(PLAN, [], '2026-05-01T12:00:00Z');
    expect(status.nextFees.damage?.published).toBe(true);
    expect(statusFromJSON(status)).toEqual(status);
  });
});

describe('issue 12: decisionFromJSON refuses what no decision has', () => {
  const accepted = (): any => roundTrip(DECISIONS[0]?.[1]);
  const refused = (): any => roundTrip(DECISIONS[2]?.[1]);

  it('keys not of the shape: named (at most LIMITS.idLength characters of the key), with the keys allowed', () => {
    const extra = thrown(() => decisionFromJSON({ ...accepted(), extra: 1 }));
    expect([extra.field, extra.code, extra.received]).toEqual(['decision.extra', 'invalid-value', '"extra"']);
    expect(extra.message).toBe('Invalid decision.extra: expected only the keys ok, value, trace, edition (received "extra").');
    const value = thrown(() => decisionFromJSON({ ...refused(), value: 1 }));
    expect(value.message).toBe('Invalid decision.value: expected only the keys ok, reasons, trace, edition, nextSteps (received "value").');
    const long = 'k'.repeat(100);
    expect(thrown(() => decisionFromJSON({ ...accepted(), [long]: 1 }, 'stored[3]')).field).toBe(`stored[3].${'k'.repeat(64)}`);
  });

  it('an accepted decision with a failed check among passed ones is refused', () => {
    const json = accepted();
    expect(json.trace.length).toBeGreaterThan(0);
    json.trace.push({ ...json.trace[0], passed: false });
    const error = thrown(() => decisionFromJSON(json));
    expect([error.field, error.code, error.message]).toEqual([
      'decision.trace',
      'invalid-value',
      'Invalid decision.trace: an accepted decision has only passed checks (received "a failed check").',
    ]);
  });

  it('a refused decision without reasons, or without a failed check, is refused', () => {
    const none = thrown(() => decisionFromJSON({ ...refused(), reasons: [] }));
    expect([none.field, none.code, none.message]).toEqual(['decision.reasons', 'missing', 'Invalid decision.reasons: a refused decision has at least one reason (received "an empty list").']);
    const json = refused();
    json.trace = json.trace.map((c: object) => ({ ...c, passed: true }));
    const passed = thrown(() => decisionFromJSON(json));
    expect([passed.field, passed.code, passed.message]).toEqual(['decision.trace', 'invalid-value', 'Invalid decision.trace: a refused decision has a failed check (received "only passed checks").']);
  });

  it("an accepted value is read key by key, once (no other key of the caller's object is read)", () => {
    const read: PropertyKey[] = [];
    const value = new Proxy(accepted().value, { get: (target, key, receiver) => (read.push(key), Reflect.get(target, key, receiver)) });
    const back = decisionFromJSON({ ...accepted(), value });
    expect(back).toEqual(DECISIONS[0]?.[1]);
    expect(read).toEqual(Object.keys(accepted().value));
  });

  it('reasons: params without a code are refused; params with a code are read key by key, once; a clause not of the spec is named', () => {
    const json = refused();
    const { code: _c, ...words } = json.reasons[0];
    const error = thrown(() => decisionFromJSON({ ...json, reasons: [{ ...words, params: {} }] }));
    expect([error.field, error.code, error.message]).toEqual(['decision.reasons[0].params', 'invalid-value', 'Invalid decision.reasons[0].params: params come with a code (received "params without a code").']);
    const read: PropertyKey[] = [];
    const params = new Proxy({ n: 1 }, { get: (target, key, receiver) => (read.push(key), Reflect.get(target, key, receiver)) });
    expect((decisionFromJSON({ ...json, reasons: [{ ...json.reasons[0], params }] }) as unknown as { reasons: { params: unknown }[] }).reasons[0]?.params).toEqual({ n: 1 });
    expect(read).toEqual(['n']);
    const clause = thrown(() => decisionFromJSON({ ...json, reasons: [{ ...json.reasons[0], clause: 'NOPE' }] }));
    expect([clause.field, clause.code, clause.message]).toEqual(['decision.reasons[0].clause', 'invalid-value', "Invalid decision.reasons[0].clause: expected a clause id of the spec, such as 'QUOTA-1Y' (received \"NOPE\")."]);
  });
});

describe('issue 12: statusFromJSON reads coded and worded anomalies', () => {
  it('a worded anomaly (no code, as stored before codes) needs its expected and received; a coded one does without', () => {
    const stored = roundTrip(STATUSES[2]?.[1]);
    const { code: _code, params: _params, ...words } = stored.anomalies[0];
    const worded = { ...stored, anomalies: [words] };
    expect(statusFromJSON(worded).anomalies[0]).toEqual(words);
    const coded = roundTrip(STATUSES[3]?.[1]);
    expect(worded.anomalies[0].message).toBeDefined();
    expect(coded.anomalies[0]).toMatchObject({ code: 'quota.over-recorded' });
    expect(coded.anomalies[0].expected).toBeUndefined();
    expect(statusFromJSON(coded)).toEqual(STATUSES[3]?.[1]);
    for (const key of ['expected', 'received']) {
      const { [key]: _gone, ...rest } = worded.anomalies[0];
      const error = thrown(() => statusFromJSON({ ...worded, anomalies: [rest] }));
      expect([error.field, error.code]).toEqual([`status.anomalies[0].${key}`, 'missing']);
    }
    // Read back, a worded anomaly keeps its words.
    expect(statusFromJSON(worded).anomalies[0]).toMatchObject({ expected: worded.anomalies[0].expected, received: worded.anomalies[0].received });
  });
});

describe('issue 12: statusFromJSON refuses counts no status has', () => {
  it('remaining past allowed is named, with the allowed count', () => {
    const json = roundTrip(STATUSES[0]?.[1]);
    json.replacement.damage = { allowed: 2, used: 0, remaining: 3 };
    const error = thrown(() => statusFromJSON(json));
    expect([error.field, error.code, error.message]).toEqual(['status.replacement.damage.remaining', 'invalid-count', 'Invalid status.replacement.damage.remaining: expected at most allowed (2) (received 3).']);
    json.replacement.damage = { allowed: 2, used: 0, remaining: 2 };
    expect(statusFromJSON(json).replacement.damage).toEqual({ allowed: 2, used: 0, remaining: 2 });
  });
});
