/**
 * Mutants of `src/messages/` (issue 10: mutation score of `src/` at or above 95%): every error a
 * caller's catalogue, texts or locale can cause, with its exact field, code and message; every
 * length limit at both sides; a revoked Proxy during each read; the English words of the ledger
 * and eligibility messages on each branch of their conditionals, singular and plural.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../src/errors';
import { LIMITS } from '../src/limits';
import type { Catalogue, Locale, RenderContext } from '../src/messages/codes';
import { ENGLISH } from '../src/messages/en';
import { fillWords, finish } from '../src/messages/render';
import { ENGLISH_TEXTS, textOf, type Texts } from '../src/messages/texts';
import { NO_CONTEXT, checkedLocale, wantsWords, withWords } from '../src/messages/words';

/** What `run` throws: field, code and message of the InvalidInputError (fails if it returns). */
function refusal(run: () => unknown): { field: string; code: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidInputError);
    const e = error as InvalidInputError;
    // The problem, as given: `Invalid <field>: <problem> (received <value>).`
    const problem = e.message.slice(`Invalid ${e.field}: `.length, e.message.lastIndexOf(' (received '));
    return { field: e.field, code: e.code, message: problem };
  }
  throw new Error('expected an InvalidInputError');
}

const revoked = <T extends object>(target: T): T => {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
};

const ONE = (words: unknown): Partial<Catalogue> => ({ 'fee.no-schedule': () => words }) as unknown as Partial<Catalogue>;
const coded = (params: unknown = {}, code: unknown = 'fee.no-schedule'): { clause: string; code: unknown; params: unknown } => ({ clause: 'X', code, params });
const CTX: RenderContext = { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' };

describe('issue 13: a locale tag (checkedLocale)', () => {
  const locale = (tag: unknown): unknown => ({ tag, messages: {}, texts: {} });
  const tag64 = 'en-x-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcdefgh-abcde';

  it('takes a well-formed tag of at most 64 characters, with "und" anywhere but as its language', () => {
    expect(tag64).toHaveLength(64);
    expect(checkedLocale(locale(tag64), 'options.locale').tag).toBe(tag64);
    expect(checkedLocale(locale('de-x-und'), 'options.locale').tag).toBe('de-x-und');
  });

  it.each([
    ['65 characters', `${tag64}a`, 'invalid-value'],
    ['und alone', 'und', 'invalid-value'],
    ['und with a script', 'und-Hant', 'invalid-value'],
    ['a list holding a tag', ['en'], 'wrong-type'],
    ['a number', 5, 'wrong-type'],
  ])('refuses %s', (_, tag, code) => {
    expect(refusal(() => checkedLocale(locale(tag), 'options.locale'))).toEqual({
      field: 'options.locale.tag',
      code,
      message: 'expected a BCP 47 tag of at most 64 characters',
    });
  });
});

describe('issue 10: the words of a coded object from a caller catalogue (withWords)', () => {
  const CLASS_TEMPLATE = class {
    constructor() {
      throw new Error('never');
    }
  };

  it.each<[string, () => unknown, { field: string; code: string; message: string }]>([
    ['params missing', () => withWords({ clause: 'X', code: 'fee.no-schedule' }, ONE({ message: 'm' })), { field: 'value.params', code: 'wrong-type', message: 'expected an object' }],
    ['params a Map', () => withWords(coded(new Map()), ONE({ message: 'm' })), { field: 'value.params', code: 'wrong-type', message: 'expected an object' }],
    [
      'a param an object',
      () => withWords(coded({ a: { toString: 1 } }), ONE({ message: 'm' })),
      { field: 'value.params.a', code: 'wrong-type', message: 'expected a string, number, boolean or null (params are JSON primitives)' },
    ],
    [
      'a code the catalogue has no template for',
      () => withWords(coded({}, 'nope'), ONE({ message: 'm' })),
      { field: 'value.code', code: 'invalid-value', message: 'expected a code that the catalogue (options.locale.messages) has a template for' },
    ],
    [
      'a code not a string, though the catalogue has its key',
      () => withWords(coded({}, 5), { 5: () => ({ message: 'm' }) } as unknown as Partial<Catalogue>),
      { field: 'value.code', code: 'invalid-value', message: 'expected a code that the catalogue (options.locale.messages) has a template for' },
    ],
    [
      'a template not a function',
      () => withWords(coded(), { 'fee.no-schedule': 'words' } as unknown as Partial<Catalogue>),
      { field: 'value.code', code: 'invalid-value', message: 'expected the catalogue to give a function for this code' },
    ],
    [
      'a template a revoked Proxy',
      () => withWords(coded(), { 'fee.no-schedule': revoked(() => ({ message: 'm' })) } as unknown as Partial<Catalogue>),
      { field: 'value.code', code: 'wrong-type', message: 'expected a value, not a revoked Proxy' },
    ],
    [
      'a template a class',
      () => withWords(coded(), { 'fee.no-schedule': CLASS_TEMPLATE } as unknown as Partial<Catalogue>),
      { field: 'value.code', code: 'wrong-type', message: 'expected a function, not a class' },
    ],
    ['words not an object', () => withWords(coded(), ONE('m')), { field: 'value.message', code: 'wrong-type', message: 'expected the catalogue to give an object of words' }],
    ['a message not a string', () => withWords(coded(), ONE({ message: 1 })), { field: 'value.message', code: 'wrong-type', message: 'expected the catalogue to give a string' }],
    [
      'a message past the limit',
      () => withWords(coded(), ONE({ message: 'x'.repeat(LIMITS.messageLength + 1) })),
      { field: 'value.message', code: 'too-large', message: `expected at most ${LIMITS.messageLength} characters, got ${LIMITS.messageLength + 1}` },
    ],
    [
      'the catalogue revoked',
      () => withWords(coded(), revoked({ 'fee.no-schedule': () => ({ message: 'm' }) }) as unknown as Partial<Catalogue>),
      { field: 'options.locale.messages', code: 'wrong-type', message: 'expected a value, not a revoked Proxy' },
    ],
  ])('refuses %s', (_, run, expected) => {
    expect(refusal(run)).toEqual(expected);
  });

  it('refuses words revoked while their message is read, naming the message', () => {
    const holder: { revoke?: () => void } = {};
    const { proxy, revoke } = Proxy.revocable({ message: 'm', expected: 'e' } as Record<string, string>, {
      get(target, key: string) {
        holder.revoke?.();
        return target[key];
      },
    });
    holder.revoke = revoke;
    expect(refusal(() => withWords(coded(), ONE(proxy)))).toEqual({ field: 'value.message', code: 'wrong-type', message: 'expected a value, not a revoked Proxy' });
  });

  it("a template's own error passes through, even when its source says class", () => {
    const template = function classy(): never {
      throw new RangeError('a class apart');
    };
    let thrown: unknown;
    try {
      withWords(coded(), { 'fee.no-schedule': template } as unknown as Partial<Catalogue>);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(RangeError);
    expect((thrown as Error).message).toBe('a class apart');
  });

  it('takes params without a prototype, and a message of exactly the limit', () => {
    const params = Object.create(null) as Record<string, unknown>;
    params.n = 1;
    const message = 'x'.repeat(LIMITS.messageLength);
    expect(withWords(coded(params), ONE({ message }))).toEqual({ clause: 'X', code: 'fee.no-schedule', params: { n: 1 }, message });
  });

  it('drops old words the template no longer gives, keeping every other key', () => {
    const value = { ...coded(), message: 'old', expected: 'old', received: 'old', extra: 1 };
    expect(withWords(value, ONE({ message: 'new' }))).toEqual({ clause: 'X', code: 'fee.no-schedule', params: {}, extra: 1, message: 'new' });
  });
});

describe('issue 12: options.messages (wantsWords)', () => {
  it('is true when the options or the key are absent or null', () => {
    expect(wantsWords(undefined)).toBe(true);
    expect(wantsWords(null)).toBe(true);
    expect(wantsWords({ messages: null })).toBe(true);
    expect(wantsWords({ messages: false })).toBe(false);
  });

  it('refuses a value not a boolean, and options revoked', () => {
    expect(refusal(() => wantsWords({ messages: 'yes' }))).toEqual({ field: 'options.messages', code: 'wrong-type', message: 'expected true or false' });
    expect(refusal(() => wantsWords(revoked({ messages: true })))).toEqual({ field: 'options', code: 'wrong-type', message: 'expected a value, not a revoked Proxy' });
  });
});

describe('issue 10: the walk that fills words (fillWords, finish)', () => {
  it('returns a value holding no code as it is, not a copy', () => {
    const list = [1, 'a', { b: 2 }];
    expect(fillWords(list, ENGLISH, 'value')).toBe(list);
    const partial = { code: 'fee.no-schedule', params: {} };
    expect(fillWords(partial, ENGLISH, 'value')).toBe(partial);
    const noParams = { code: 'fee.no-schedule', clause: 'X' };
    expect(fillWords(noParams, ENGLISH, 'value')).toBe(noParams);
  });

  it('a locale without a place gives its templates no region and zone', () => {
    const seen: RenderContext[] = [];
    const locale: Locale = { tag: 'de', texts: ENGLISH_TEXTS, glossary: undefined as unknown as Locale['glossary'], messages: { 'repair.none-left': (_p: unknown, c: RenderContext) => (seen.push(c), { message: 'm' }) } as unknown as Catalogue };
    expect(finish({ clause: 'X', code: 'repair.none-left', params: {} }, { locale })).toEqual({ clause: 'X', code: 'repair.none-left', params: {}, message: 'm' });
    expect(seen).toEqual([{ tag: 'de', region: undefined, timeZone: undefined }]);
  });
});

describe('issue 13: a text from a caller locale (textOf)', () => {
  const key = 'timeline.today' as const;
  const params = { date: '2026-06-01' };
  const field = 'options.locale.texts.timeline.today';
  const texts = (own: Record<string, unknown>): Texts => ({ ...ENGLISH_TEXTS, ...own }) as unknown as Texts;

  it.each<[string, () => unknown, { field: string; code: string; message: string }]>([
    ['texts revoked', () => textOf(revoked({ ...ENGLISH_TEXTS }), key, params, CTX), { field: 'options.locale.texts', code: 'wrong-type', message: 'expected a value, not a revoked Proxy' }],
    ['a text not a function', () => textOf(texts({ [key]: 'today' }), key, params, CTX), { field, code: 'invalid-value', message: 'expected the locale to give a function for this text' }],
    ['words not a string', () => textOf(texts({ [key]: () => 1 }), key, params, CTX), { field, code: 'wrong-type', message: 'expected the locale to give a string' }],
    ['words past the limit', () => textOf({ ...ENGLISH_TEXTS, [key]: () => 'abcd' }, key, params, CTX, 3), { field, code: 'too-large', message: 'expected at most 3 characters, got 4' }],
  ])('refuses %s', (_, run, expected) => {
    expect(refusal(run)).toEqual(expected);
  });

  it('takes words of exactly the limit', () => {
    expect(textOf({ ...ENGLISH_TEXTS, [key]: () => 'abc' }, key, params, CTX, 3)).toBe('abc');
  });

  it('more Safe Flight uses recorded, singular and plural', () => {
    expect(textOf(ENGLISH_TEXTS, 'describe.safe-flight.more', { count: 1 }, NO_CONTEXT)).toBe('1 more use is recorded.');
    expect(textOf(ENGLISH_TEXTS, 'describe.safe-flight.more', { count: 2 }, NO_CONTEXT)).toBe('2 more uses are recorded.');
  });
});

describe('issue 10: the English words of the ledger and eligibility messages', () => {
  const plan = { term: '1y', region: 'DE', productName: 'DJI Mavic 3' } as const;
  const words = (code: keyof Catalogue, p: unknown): unknown => (ENGLISH[code] as (p: unknown, c: RenderContext) => unknown)(p, NO_CONTEXT);

  it('unpublished fees: expected a published fee, received none', () => {
    for (const code of ['fee.flyaway-unpublished', 'fee.renewal-unpublished', 'fee.ordinal-unpublished'] as const) {
      expect(words(code, { ...plan, ordinal: 2 })).toMatchObject({ expected: 'a published fee', received: 'none' });
    }
  });

  it('a model without damage replacement', () => {
    expect(words('replace.damage.not-offered', { productName: 'DJI Mini 2' })).toEqual({
      message: 'Damage replacement is not offered for DJI Mini 2.',
      expected: 'a model with damage replacement',
      received: 'DJI Mini 2',
    });
  });

  it('a ledger over its quota, one replacement recorded and several', () => {
    const p = { window: 'term', startDate: '2026-03-01', lastDate: '2027-02-28', allowed: 0, allowedDamage: 0, allowedFlyaway: 0, recordedDamage: 1, recordedFlyaway: 0 };
    expect(words('quota.over-recorded', { ...p, recorded: 1 })).toMatchObject({ received: '1 replacement (1 damage, 0 flyaway)' });
    expect(words('quota.over-recorded', { ...p, recorded: 2, recordedDamage: 2 })).toMatchObject({ received: '2 replacements (2 damage, 0 flyaway)' });
  });

  it('verification: expected a purchase within the hours after the notice', () => {
    for (const code of ['elig.verify.within', 'elig.verify.exceeded', 'elig.verify.before-notice'] as const) {
      expect(words(code, { hours: 48, elapsedSeconds: 3600 })).toMatchObject({ expected: 'bought within 48 hours after the purchasing notice' });
    }
  });
});
