/**
 * Mutants of the revivers (issue 10: mutation score of src/ at or above 95%; the revivers are
 * issue 12): statusFromJSON, decisionFromJSON and the shared JSON reader name every invalid
 * field exactly, keep their limits at both sides of each threshold, and refuse what no value the
 * library returns has. Each test pins what a caller meets: the error's field, code and words.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors';
import { type Decision, type Plan, type PlanStatus, type ServiceEvent, assessReplacement, decisionFromJSON, planStatus, statusFromJSON } from '../src/index';
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

/** Over the quota (an anomaly, published fees, Safe Flight pending); and after Care Refresh+ (renewal, purchasedAt, an unpublished fee). */
const OVER = damages([4, 5, 6]);
const PLUS: ServiceEvent[] = [...damages([4]), { type: 'care-refresh-plus', at: '2027-02-20T10:00:00Z', serial: 'U2' }];
const STATUSES: readonly (readonly [string, PlanStatus])[] = [
  ['over the quota, worded', planStatus(PLAN, OVER, '2026-08-01T00:00:00Z')],
  ['over the quota, messages: false', planStatus(PLAN, OVER, '2026-08-01T00:00:00Z', { messages: false })],
  ['after Care Refresh+, worded', planStatus(PLAN, PLUS, '2027-03-25T00:00:00Z')],
  ['after Care Refresh+, messages: false', planStatus(PLAN, PLUS, '2027-03-25T00:00:00Z', { messages: false })],
];

const DAMAGE = { type: 'damage' as const, at: '2026-05-01T12:00:00Z', serial: 'A1' };
const DECISIONS: readonly (readonly [string, Decision<unknown>])[] = [
  ['accepted, worded', assessReplacement(PLAN, [], DAMAGE)],
  ['accepted, messages: false', assessReplacement(PLAN, [], DAMAGE, { messages: false })],
  ['refused, worded', assessReplacement(PLAN, damages([4, 5]), { ...DAMAGE, at: '2026-07-01T12:00:00Z', serial: 'U3' })],
  ['refused, messages: false', assessReplacement(PLAN, damages([4, 5]), { ...DAMAGE, at: '2026-07-01T12:00:00Z', serial: 'U3' }, { messages: false })],
];

/** Subtrees read as plain JSON values (any type accepted): not walked. */
const FREE = new Set(['params', 'events', 'value']);

/** Every leaf (string, number, boolean) of a JSON value, with its path as errors name it. */
function leaves(value: unknown, path: string): [string, (string | number)[], unknown][] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, `${path}[${i}]`).map(([p, keys, v]) => [p, [i, ...keys], v] as [string, (string | number)[], unknown]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      FREE.has(key) ? [] : leaves(item, `${path}.${key}`).map(([p, keys, v]) => [p, [key, ...keys], v] as [string, (string | number)[], unknown]),
    );
  }
  return value === null ? [] : [[path, [], value]];
}

/** A copy of `json` with the value at `keys` replaced. */
function setAt(json: unknown, keys: readonly (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(json) as Record<string | number, unknown>;
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[keys[keys.length - 1] as string] = replacement;
  return copy;
}

/** A value of the wrong type for a leaf: a number for a string, a string for anything else. */
const wrong = (value: unknown): unknown => (typeof value === 'string' ? 7 : 'x');

/** A period's clause is checked against its kind first (any non-clause is an invalid value); every other leaf is read by its type. */
const codeOf = (path: string): string => (/(period|periods\[\d+\])\.clause$/.test(path) ? 'invalid-value' : 'wrong-type');

describe('issue 10: statusFromJSON names every invalid field', () => {
  for (const [name, status] of STATUSES) {
    it(`${name}: every leaf of the wrong type is refused with exactly its path`, () => {
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
    it(`${name}: every leaf of the wrong type is refused with exactly its path`, () => {
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
