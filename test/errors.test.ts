import { describe, expect, it } from 'vitest';
import { InvalidInputError, describeValue } from '../src/errors';
import { requireArray, requireBoolean, requireCount, requireOneOf, requireRecord, requireString } from '../src/validate';
import { expectInvalid } from './support';

describe('InvalidInputError', () => {
  it('names the field, the code and what was received', () => {
    const error = new InvalidInputError('agreementDate', 'invalid-date', 'expected a real calendar date', '2026-02-30');
    expect(error).toBeInstanceOf(Error);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error.name).toBe('InvalidInputError');
    expect(error.field).toBe('agreementDate');
    expect(error.code).toBe('invalid-date');
    expect(error.received).toBe('"2026-02-30"');
    expect(error.message).toBe('Invalid agreementDate: expected a real calendar date (received "2026-02-30").');
  });
});

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'undefined'],
    ['UK', '"UK"'],
    ['x'.repeat(61), `"${'x'.repeat(57)}..."`],
    ['y'.repeat(60), `"${'y'.repeat(60)}"`],
    [42, '42'],
    [Number.NaN, 'NaN'],
    [true, 'true'],
    [10n, '10'],
    [new Date('2026-01-01T00:00:00Z'), 'Date 2026-01-01T00:00:00.000Z'],
    [new Date(Number.NaN), 'Invalid Date'],
    [[1, 2, 3], 'an array of 3'],
    [{ secret: 'never shown' }, 'an object'],
    [() => 1, 'a function'],
    [Symbol('s'), 'a symbol'],
  ])('%s -> %s', (value, shown) => {
    expect(describeValue(value)).toBe(shown);
  });
});

describe('validate', () => {
  it('requireRecord', () => {
    const record = { a: 1 };
    expect(requireRecord(record, 'x')).toBe(record);
    expectInvalid(() => requireRecord(undefined, 'x'), 'x', 'missing');
    expectInvalid(() => requireRecord(null, 'x'), 'x', 'missing');
    expectInvalid(() => requireRecord('a', 'x'), 'x', 'wrong-type');
    expectInvalid(() => requireRecord([], 'x'), 'x', 'wrong-type');
    expectInvalid(() => requireRecord(new Date(), 'x'), 'x', 'wrong-type');
  });

  it('requireString', () => {
    expect(requireString('a', 'x')).toBe('a');
    expectInvalid(() => requireString(undefined, 'x'), 'x', 'missing');
    expectInvalid(() => requireString(null, 'x'), 'x', 'missing');
    expectInvalid(() => requireString(1, 'x'), 'x', 'wrong-type');
    expectInvalid(() => requireString(' \t', 'x'), 'x', 'missing');
  });

  it('requireBoolean', () => {
    expect(requireBoolean(false, 'x')).toBe(false);
    expect(requireBoolean(undefined, 'x', true)).toBe(true);
    expect(requireBoolean(false, 'x', true)).toBe(false);
    expectInvalid(() => requireBoolean(undefined, 'x'), 'x', 'missing');
    // Issue 12: with a default, `null` means none given, as `undefined` does.
    expect(requireBoolean(null, 'x', true)).toBe(true);
    expectInvalid(() => requireBoolean(null, 'x'), 'x', 'missing');
    expectInvalid(() => requireBoolean('true', 'x'), 'x', 'wrong-type');
  });

  it('requireCount: a whole number of at least 0', () => {
    expect(requireCount(0, 'x')).toBe(0);
    expect(requireCount(3, 'x')).toBe(3);
    expectInvalid(() => requireCount(undefined, 'x'), 'x', 'missing');
    expectInvalid(() => requireCount('3', 'x'), 'x', 'wrong-type');
    expectInvalid(() => requireCount(-1, 'x'), 'x', 'invalid-count');
    expectInvalid(() => requireCount(1.5, 'x'), 'x', 'invalid-count');
    expectInvalid(() => requireCount(Number.NaN, 'x'), 'x', 'invalid-count');
    expectInvalid(() => requireCount(Number.POSITIVE_INFINITY, 'x'), 'x', 'invalid-count');
  });

  it('requireOneOf', () => {
    expect(requireOneOf('2y', 'term', ['1y', '2y'])).toBe('2y');
    const error = expectInvalid(() => requireOneOf('3y', 'term', ['1y', '2y']), 'term', 'invalid-value');
    expect(error.message).toBe(`Invalid term: expected one of '1y', '2y' (received "3y").`);
    expectInvalid(() => requireOneOf(undefined, 'term', ['1y']), 'term', 'missing');
  });

  it('requireArray', () => {
    const list = [1];
    expect(requireArray(list, 'x')).toBe(list);
    expectInvalid(() => requireArray(undefined, 'x'), 'x', 'missing');
    expectInvalid(() => requireArray({ length: 1 }, 'x'), 'x', 'wrong-type');
  });
});
