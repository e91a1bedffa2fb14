/**
 * The words of one coded object from a catalogue: the one step every rendering takes. Lean
 * (no catalogue of its own), so the eligibility check can render with its part of the English
 * catalogue without bundling the rest.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import { isNone, readOptions, readRecord, refuseRevoked, requireRecord, rethrowRead } from '../validate';
import type { Catalogue, Locale, MessageCode, MessageText, RenderContext } from './codes';
import type { Texts } from './text-types';

const TEXT_KEYS = new Set(['message', 'expected', 'received']);

export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The context English is rendered with when no locale is asked for: the English catalogue
 * reads none of it (it writes ISO dates and codes), so no plan is needed to make it.
 */
export const NO_CONTEXT: RenderContext = /* @__PURE__ */ Object.freeze({ tag: 'en', region: undefined, timeZone: undefined });

const BCP47 = 'expected a BCP 47 tag of at most 64 characters';

/**
 * A locale's tag: a well-formed BCP 47 tag of at most 64 characters (`LOCALE_TAG_MAX_LENGTH`),
 * refused with the codes `formattingLocale` gives. Checked here with `Intl.getCanonicalLocales`
 * rather than through `locale/locale.ts`, so that the eligibility bundle stays small.
 */
function tagOf(value: unknown, field: string): string {
  let ok = false;
  try {
    // A tag of undetermined language (`und`, `und-Hant`) names no language: refused, as `formattingLocale` refuses it.
    ok = typeof value === 'string' && value.length <= 64 && !/^und(?:-|$)/.test(Intl.getCanonicalLocales(value)[0] as string);
  } catch {
    // RangeError: not a well-formed tag; refused below.
  }
  if (!ok) throw new InvalidInputError(field, isNone(value) ? 'missing' : typeof value === 'string' ? 'invalid-value' : 'wrong-type', BCP47, value);
  return value as string;
}

/**
 * A locale given as `options.locale` (not absent, not null), checked: a record with a BCP 47
 * `tag` (at most 64 characters), and `messages` and `texts` records (their templates are
 * checked when used). Each field is read once, into a fresh value. Lean (no catalogue of its
 * own), so the eligibility check reads a locale without bundling the English catalogue.
 */
export function checkedLocale(value: unknown, field: string): Locale {
  const l = readRecord(value, field, ['tag', 'messages', 'texts', 'glossary']);
  return {
    tag: tagOf(l.tag, `${field}.tag`),
    messages: requireRecord(l.messages, `${field}.messages`) as unknown as Catalogue,
    texts: requireRecord(l.texts, `${field}.texts`) as unknown as Texts,
    glossary: l.glossary as Locale['glossary'],
  };
}

/**
 * The locale of `options.locale`, read once and checked ({@link checkedLocale}); `undefined`
 * when the options or the locale are absent or null (English, the default: issue 12). The
 * one reader of the key, shared by every function that writes text; it names no English
 * catalogue, so that a bundle importing only eligibility does not carry one.
 */
export function givenLocale(options: unknown, field = 'options'): Locale | undefined {
  const value = readOptions(options, field, ['locale']).locale;
  return isNone(value) ? undefined : checkedLocale(value, `${field}.locale`);
}

/**
 * The context a locale's templates are given: its tag and the plan's region and zone (from
 * the validated plan, never the caller's object), frozen so that no template can change what
 * the next one reads.
 */
export function contextOf(locale: Locale, region: string | undefined, timeZone: string | undefined): RenderContext {
  return Object.freeze({ tag: locale.tag, region, timeZone });
}

/**
 * A caller's template, called. Its own exception passes through unchanged, except that a class
 * (a function that cannot be called without `new`) is invalid input: the engine's TypeError
 * there is the library's call failing, not the caller's code running.
 */
export function callTemplate(template: unknown, params: unknown, context: RenderContext, field: string): unknown {
  try {
    return (template as (p: unknown, c: RenderContext) => unknown)(params, context);
  } catch (error) {
    let source = '';
    try {
      source = Function.prototype.toString.call(template);
    } catch {
      // Not a plain function (a Proxy of one): its own error stands.
    }
    if (/^class\b/.test(source)) throw new InvalidInputError(field, 'wrong-type', 'expected a function, not a class', source);
    throw error;
  }
}

/**
 * The words of one code with its params, read from untrusted input (a stored value). A
 * template that throws is the catalogue's owner's error, and passes through as it is.
 */
function wordsOf(catalogue: Partial<Catalogue>, code: unknown, params: unknown, field: string, context: RenderContext): MessageText {
  // The catalogue may have been revoked by the caller's own code (a template) since the last
  // code was looked up: each read of it goes through `read`, which refuses that as invalid input.
  const read = <T>(look: () => T): T => readOf(look, catalogue, 'options.locale.messages');
  if (typeof code !== 'string' || !read(() => Object.hasOwn(catalogue, code))) {
    throw new InvalidInputError(`${field}.code`, 'invalid-value', 'expected a code that the catalogue (options.locale.messages) has a template for', code);
  }
  if (!isRecord(params)) throw new InvalidInputError(`${field}.params`, 'wrong-type', 'expected an object', params);
  // Params are JSON primitives (codes.ts); a stored value's reviver keeps any JSON value, and
  // a template writes each param into its words: an object or list there (plain JSON such as
  // `{"toString": 1}`) cannot be written, so it is refused before any template runs.
  for (const key of Object.keys(params)) {
    const value = params[key];
    if (value !== null && typeof value === 'object') {
      throw new InvalidInputError(`${field}.params.${key}`, 'wrong-type', 'expected a string, number, boolean or null (params are JSON primitives)', value);
    }
  }
  // A caller's catalogue (renderDecision, renderStatus) is input like any other: a template
  // must be a function, and what it gives is read once and checked.
  const template: unknown = read(() => catalogue[code as MessageCode]);
  if (typeof template !== 'function') {
    throw new InvalidInputError(`${field}.code`, 'invalid-value', 'expected the catalogue to give a function for this code', code);
  }
  // A revoked Proxy of a function is a function that cannot be called.
  refuseRevoked(template, `${field}.code`);
  return checkedWords(callTemplate(template, params, context, `${field}.code`), field);
}

/** What `look` reads from `source`, with `source` revoked during the call refused as invalid input. */
function readOf<T>(look: () => T, source: object, field: string): T {
  try {
    return look();
  } catch (error) {
    return rethrowRead(error, source, field);
  }
}

/** A template's result: `message`, and `expected` and `received` when given, each a bounded string, each read once. */
function checkedWords(words: unknown, field: string): MessageText {
  if (typeof words !== 'object' || words === null) {
    throw new InvalidInputError(`${field}.message`, 'wrong-type', 'expected the catalogue to give an object of words', words);
  }
  refuseRevoked(words, `${field}.message`);
  const w = words as Readonly<Record<string, unknown>>;
  const read = (key: keyof MessageText): unknown => readOf(() => w[key], w, `${field}.message`);
  const message = wordOf(read('message'), `${field}.message`);
  const expected: unknown = read('expected');
  const received: unknown = read('received');
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
 * `expected` and `received` (those the catalogue gives), each template given `context`
 * (English's {@link NO_CONTEXT} by default).
 */
export function withWords<T extends object>(
  value: T,
  catalogue: Pick<Catalogue, MessageCode> | Partial<Catalogue>,
  field = 'value',
  context: RenderContext = NO_CONTEXT,
): T {
  const rec = value as Readonly<Record<string, unknown>>;
  const words = wordsOf(catalogue, rec.code, rec.params, field, context);
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
  // Null options, and a null key, mean none given (issue 12): the default.
  return wordsWanted(options === undefined || options === null ? undefined : readOf(() => (options as Readonly<Record<string, unknown>>).messages, options, 'options'));
}

/**
 * {@link wantsWords} of an `options.messages` already read (as `checkPurchaseEligibility`
 * reads its options' three keys together): `true` when absent or null (issue 12), else the
 * boolean given; anything else is invalid input.
 */
export function wordsWanted(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'boolean') throw new InvalidInputError('options.messages', 'wrong-type', 'expected true or false', value);
  return value;
}

