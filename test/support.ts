import { expect } from 'vitest';
import type { ClauseId } from '../src/clauses';
import { InvalidInputError } from '../src/errors';

/**
 * Test helper: freezes a value and everything reachable from it, so a function that tries to
 * mutate its input throws (ES modules are strict mode).
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

/** A structured copy, for comparing an input before and after a call. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}

/** The {@link InvalidInputError} a call throws; fails the test if it throws nothing or something else. */
export function invalid(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    return error as InvalidInputError;
  }
  throw new Error('expected an InvalidInputError, but nothing was thrown');
}

/** A Proxy of `target` that revokes itself when `key` is read (that read still answers). */
export function revokedAt<T extends object>(target: T, key: PropertyKey): T {
  const { proxy, revoke } = Proxy.revocable(target, {
    get(t, k, receiver) {
      const value: unknown = Reflect.get(t, k, receiver);
      if (k === key) revoke();
      return value;
    },
  });
  return proxy;
}

/** Asserts the call throws an {@link InvalidInputError} with this field and code. */
export function expectInvalid(call: () => unknown, field: string, code: InvalidInputError['code']): InvalidInputError {
  const error = invalid(call);
  expect({ field: error.field, code: error.code }).toEqual({ field, code });
  return error;
}

/**
 * A check as the tests written before issue 11 pin it: clause, outcome and words. Decisions
 * also carry `code` and `params` (test/setup.ts leaves those out of such comparisons).
 */
export interface WordsCheck {
  readonly clause: ClauseId;
  readonly passed: boolean;
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/** A next step as the tests written before issue 11 pin it. */
export interface WordsNextStep {
  readonly clause: ClauseId;
  readonly action: string;
  readonly message: string;
}

/** The field and code of the InvalidInputError `run` throws, or `'no error'`. */
export function refusal(run: () => unknown): string {
  try {
    run();
    return 'no error';
  } catch (error) {
    if (error instanceof InvalidInputError) return `${error.field} ${error.code}`;
    throw error;
  }
}
