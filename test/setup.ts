/**
 * Test setup: the tests written before reasons had codes pin a reason by its clause and words
 * (`{ clause, message, expected, received }`). Such an expectation still pins those words
 * exactly: the reason's `code` and `params` are left out of the comparison only when the
 * expected object names no `code`. Codes and params are pinned where they are tested
 * (test/messages.test.ts): every reason of every decision re-renders from them to its words.
 */
import { expect } from 'vitest';

function isPlain(x: unknown): x is Record<string, unknown> {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false;
  const proto = Object.getPrototypeOf(x) as unknown;
  return proto === Object.prototype || proto === null;
}

function coded(x: unknown): x is Record<string, unknown> {
  return isPlain(x) && typeof x.code === 'string' && 'params' in x && 'clause' in x;
}

function wordsOnly(x: unknown): boolean {
  return isPlain(x) && !('code' in x) && !('params' in x) && 'message' in x;
}

function strip(x: Record<string, unknown>): Record<string, unknown> {
  const { code: _code, params: _params, ...rest } = x;
  return rest;
}

type Tester = Parameters<typeof expect.addEqualityTesters>[0][number];

const reasonWords: Tester = function (this, a, b, testers) {
  if (coded(a) && wordsOnly(b)) return this.equals(strip(a), b, testers);
  if (coded(b) && wordsOnly(a)) return this.equals(a, strip(b), testers);
  return undefined;
};

expect.addEqualityTesters([reasonWords]);
