/**
 * The words of one coded object from a catalogue: the one step every rendering takes. Lean
 * (no catalogue of its own), so the eligibility check can render with its part of the English
 * catalogue without bundling the rest.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
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
  const template = catalogue[code as MessageCode] as (p: unknown) => MessageText;
  return template(params);
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

