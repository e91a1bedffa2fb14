/**
 * The words of one coded object from a catalogue: the one step every rendering takes. Lean
 * (no catalogue of its own), so the eligibility check can render with its part of the English
 * catalogue without bundling the rest.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import { refuseRevoked } from '../validate';
import type { Catalogue, MessageCode, MessageText } from './codes';

const TEXT_KEYS = new Set(['message', 'expected', 'received']);

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/** The words of one code with its params, read from untrusted input (a stored value). */
function wordsOf(catalogue: Partial<Catalogue>, code: unknown, params: unknown, field: string): MessageText {
  if (typeof code !== 'string' || !Object.hasOwn(catalogue, code)) {
    throw new InvalidInputError(`${field}.code`, 'invalid-value', 'expected a message code of the catalogue', code);
  }
  if (!isRecord(params)) throw new InvalidInputError(`${field}.params`, 'wrong-type', 'expected an object', params);
  // A caller's catalogue (renderDecision, renderStatus) is input like any other: a template
  // must be a function, and what it gives is read once and checked.
  const template: unknown = catalogue[code as MessageCode];
  if (typeof template !== 'function') {
    throw new InvalidInputError(`${field}.code`, 'invalid-value', 'expected the catalogue to give a function for this code', code);
  }
  return checkedWords((template as (p: unknown) => unknown)(params), field);
}

/** A template's result: `message`, and `expected` and `received` when given, each a bounded string, each read once. */
function checkedWords(words: unknown, field: string): MessageText {
  if (typeof words !== 'object' || words === null) {
    throw new InvalidInputError(`${field}.message`, 'wrong-type', 'expected the catalogue to give an object of words', words);
  }
  refuseRevoked(words, `${field}.message`);
  const w = words as Readonly<Record<string, unknown>>;
  const message = wordOf(w.message, `${field}.message`);
  const expected: unknown = w.expected;
  const received: unknown = w.received;
  const out: { message: string; expected?: string; received?: string } = { message: message as string };
  if (expected !== undefined) out.expected = wordOf(expected, `${field}.expected`);
  if (received !== undefined) out.received = wordOf(received, `${field}.received`);
  return out;
}

function wordOf(value: unknown, field: string): string {
  if (typeof value !== 'string') throw new InvalidInputError(field, 'wrong-type', 'expected the catalogue to give a string', value);
  if (value.length > LIMITS.messageLength) {
    throw new InvalidInputError(field, 'too-large', `expected at most ${LIMITS.messageLength} characters, got ${value.length}`, value);
  }
  return value;
}

/**
 * An object that carries a code, with its words: every key but the words, then `message`,
 * `expected` and `received` (those the catalogue gives).
 */
export function withWords<T extends object>(value: T, catalogue: Pick<Catalogue, MessageCode> | Partial<Catalogue>, field = 'value'): T {
  const rec = value as Readonly<Record<string, unknown>>;
  const words = wordsOf(catalogue, rec.code, rec.params, field);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(rec)) if (!TEXT_KEYS.has(key)) out[key] = rec[key];
  out.message = words.message;
  if (words.expected !== undefined) out.expected = words.expected;
  if (words.received !== undefined) out.received = words.received;
  return out as T;
}


/**
 * Whether a call wants its words: `options.messages`, default `true`. Read once, beside
 * `options.terms` (read once by `termsOf`, which every rule calls first: it has refused
 * options that are neither an object nor null by then): the two keys a rule's options have.
 */
export function wantsWords(options: unknown): boolean {
  // Null options, and a null `messages`, mean none given (issue 12): the default.
  const value = options === undefined || options === null ? undefined : (options as Readonly<Record<string, unknown>>).messages;
  if (value === undefined || value === null) return true;
  if (typeof value !== 'boolean') throw new InvalidInputError('options.messages', 'wrong-type', 'expected true or false', value);
  return value;
}

