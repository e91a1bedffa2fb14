/**
 * Issue 10: the exact edges of the shared boundary code (src/validate.ts, src/errors.ts), each
 * test written to kill a mutant that survived Stryker. The survivors found equivalent are listed
 * with why in test/README.md ("Boundary modules").
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors';
import { LIMITS } from '../src/limits';
import { readEntries, readList, requireArray, requireRecord, requireSerial, requireString } from '../src/validate';
import { expectInvalid } from './support';

const BRAND = Symbol.for('dji-care-refresh.InvalidInputError');

describe('class 2: instanceof InvalidInputError is a brand check, never trusted for anything else', () => {
  it('recognises another copy of the class by its brand alone, whatever its prototype chain', () => {
    // Kills `this !== InvalidInputError` → `true` (the ordinary prototype check for the class itself).
    const otherCopy = Object.defineProperty(Object.create(Error.prototype) as object, BRAND, { value: true });
    expect(otherCopy instanceof InvalidInputError).toBe(true);
    expect(Object.defineProperty({}, BRAND, { value: true }) instanceof InvalidInputError).toBe(true);
  });

  it('a subclass is checked by its prototype: a plain InvalidInputError is not one', () => {
    // Kills `this !== InvalidInputError` → `false` and → `this === InvalidInputError`.
    class Narrower extends InvalidInputError {}
    expect(new InvalidInputError('f', 'missing', 'x', 1) instanceof Narrower).toBe(false);
    expect(new Narrower('f', 'missing', 'x', 1) instanceof Narrower).toBe(true);
    expect(new Narrower('f', 'missing', 'x', 1) instanceof InvalidInputError).toBe(true);
  });

  it('null, undefined, primitives, functions and unbranded objects are not InvalidInputErrors, and never throw', () => {
    // Kills the mutants of `typeof value === 'object' && value !== null && value[BRAND] === true`:
    // null and undefined would throw on the brand read; a branded function would pass.
    const brandedFunction = Object.defineProperty(() => undefined, BRAND, { value: true });
    const falseBrand = { [BRAND]: 'yes' };
    for (const other of [null, undefined, 0, 'InvalidInputError', true, 1n, Symbol('x'), brandedFunction, falseBrand, {}, new Error('x')]) {
      expect(() => other instanceof InvalidInputError).not.toThrow();
      expect(other instanceof InvalidInputError).toBe(false);
    }
  });
});

describe('class 2: a revoked Proxy is invalid input, naming the field', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();

  it('as a record and as a list', () => {
    // Kills the emptied strings of the revoked-Proxy error.
    for (const call of [() => requireRecord(proxy, 'input'), () => requireArray(proxy, 'input'), () => readList(proxy, 'input')]) {
      const error = expectInvalid(call, 'input', 'wrong-type');
      expect(error.message).toBe('Invalid input: expected a value, not a revoked Proxy (received "a revoked Proxy").');
      expect(error.received).toBe('"a revoked Proxy"');
    }
  });
});

describe('class 2: a record may have any prototype; only a real Date is refused', () => {
  it('accepts a class instance and an object with a custom prototype', () => {
    // Kills `dateValue(value) !== undefined` → `true` (every non-plain object refused as a Date).
    class Row {
      readonly serial = 'SN1';
    }
    const row = new Row();
    expect(requireRecord(row, 'row')).toBe(row);
    const child = Object.create({ inherited: 1 }) as object;
    expect(requireRecord(child, 'row')).toBe(child);
    const date = expectInvalid(() => requireRecord(new Date(0), 'row'), 'row', 'wrong-type');
    expect(date.message).toBe('Invalid row: expected an object, not a Date (received Date 1970-01-01T00:00:00.000Z).');
  });
});

describe('class 3: every limit says what it is and what it got', () => {
  it('a string one past its limit', () => {
    // Kills the emptied `expected at most ${max} characters, got ${value.length}`.
    expect(requireSerial('S'.repeat(LIMITS.serialLength), 'serial')).toHaveLength(64);
    const error = expectInvalid(() => requireSerial('S'.repeat(LIMITS.serialLength + 1), 'serial'), 'serial', 'too-large');
    expect(error.message).toBe(`Invalid serial: expected at most 64 characters, got 65 (received "${'S'.repeat(57)}...").`);
    expect(expectInvalid(() => requireString('x'.repeat(1001), 'text'), 'text', 'too-large').message).toContain('expected at most 1000 characters, got 1001');
  });

  it('a list one past its limit, refused by its length', () => {
    // Kills the emptied `expected at most ${max} entries, got ${length}`.
    expect(requireArray([1, 2], 'list', 2)).toEqual([1, 2]);
    const error = expectInvalid(() => readList(new Array(2 ** 32 - 1), 'list', 2), 'list', 'too-large');
    expect(error.message).toBe('Invalid list: expected at most 2 entries, got 4294967295 (received 4294967295).');
  });

  it('a list whose length is not a valid length (a Proxy around an array)', () => {
    // Kills the emptied 'expected an array with a valid length'.
    for (const length of [-1, 1.5, '2', undefined]) {
      const list = new Proxy([], { get: (target, key) => (key === 'length' ? length : Reflect.get(target, key)) });
      const error = expectInvalid(() => requireArray(list, 'list'), 'list', 'wrong-type');
      expect(error.message).toMatch(/^Invalid list: expected an array with a valid length \(received /);
    }
  });

  it('a record with one key past its limit', () => {
    // Kills the emptied `expected at most ${max} keys, got ${keys.length}`.
    expect(readEntries({ a: 1, b: 2 }, 'labels', 2)).toEqual([['a', 1], ['b', 2]]);
    const error = expectInvalid(() => readEntries({ a: 1, b: 2, c: 3 }, 'labels', 2), 'labels', 'too-large');
    expect(error.message).toBe('Invalid labels: expected at most 2 keys, got 3 (received 3).');
  });

  it('a record key of exactly idLength characters is accepted, one more is refused', () => {
    // Kills `key.length > LIMITS.idLength` → `>=`.
    const key = 'k'.repeat(LIMITS.idLength);
    expect(readEntries({ [key]: 1 }, 'labels')).toEqual([[key, 1]]);
    const error = expectInvalid(() => readEntries({ [`${key}k`]: 1 }, 'labels'), 'labels', 'too-large');
    expect(error.message).toContain('expected keys of at most 64 characters');
  });
});

describe('class 6: a hole or undefined in a list is refused by the list reader itself', () => {
  it('names the index and says why', () => {
    // Kills `item === undefined` → `false` (the hole would be handed on to the entry's reader).
    // eslint-disable-next-line no-sparse-arrays
    for (const list of [[1, , 3], [1, undefined, 3]]) {
      const error = expectInvalid(() => readList(list, 'periods'), 'periods[1]', 'missing');
      expect(error.message).toBe('Invalid periods[1]: a value is required (a hole or undefined is not allowed in a list) (received undefined).');
    }
    expect(readList([1, null, 3], 'periods')).toEqual([1, null, 3]);
  });
});
