/**
 * The library's own amounts, and the reading of every other one by its fields (issue 10, the
 * two limits found after it): nothing a caller can change reaches the library's answers.
 *
 * - Every amount the library builds is a frozen object of a private, frozen prototype whose
 *   methods are decimal.js's, captured when this module loads, each run on a private copy of
 *   the amount; its `constructor` is a fresh clone of decimal.js's constructor on every read,
 *   with the library's settings, so a caller who changes decimal.js's prototype, the amount's
 *   prototype or its constructor changes nobody else's amounts. Its checked decimal text is kept
 *   in a private side table, and `formatMoney`, JSON and sums read that text: the library never
 *   calls a method of an amount.
 * - An amount the library did not build (a caller's `Decimal`, one of another copy of
 *   decimal.js, a forged object) is read by its fields `s`, `e` and `d` once each, bounded by
 *   {@link MONEY_LIMITS} before any digit is read, and rebuilt as text the way decimal.js's own
 *   `toExponential()` writes it; none of its methods is called.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InvalidInputError } from '../errors';
import { readList, refuseRevoked, rethrowRead } from '../validate';
import { MONEY_LIMITS } from './units';

/** Every setting explicit: decimal.js's defaults, with 40 significant digits. */
const SETTINGS: Decimal.Config = {
  defaults: true,
  precision: 40,
  rounding: 4, // ROUND_HALF_UP
  toExpNeg: -7,
  toExpPos: 21,
  minE: -9e15,
  maxE: 9e15,
  modulo: 1, // ROUND_DOWN
  crypto: false,
};

// Captured at load: a caller changing any of these later changes nothing here.
const apply = Reflect.apply;
const ownKeys = Reflect.ownKeys;
const { create, defineProperty, freeze, getOwnPropertyDescriptor } = Object;
const isArray = Array.isArray;
const isInteger = Number.isInteger;
const isSafeInteger = Number.isSafeInteger;
const { get: tableGet, set: tableSet } = WeakMap.prototype;
const cloneDecimal = Decimal.clone;
const DECIMAL_PROTOTYPE: object = Decimal.prototype;

/**
 * decimal.js's methods as they were at load, on a frozen prototype of the library's own that
 * inherits decimal.js's (so that `instanceof Decimal` and `Decimal.isDecimal` still hold). Every
 * Decimal the library's constructors make has it, so that no method decimal.js calls on its
 * own objects during a computation is one a caller changed later.
 */
const METHODS: object = create(DECIMAL_PROTOTYPE);
/** decimal.js's prototype's own keys at load, its `constructor` aside. */
const KEYS = ownKeys(DECIMAL_PROTOTYPE).filter((key) => key !== 'constructor');
for (const key of KEYS) defineProperty(METHODS, key, { ...getOwnPropertyDescriptor(DECIMAL_PROTOTYPE, key), configurable: false });
// decimal.js gives each Decimal its constructor as an own property (`x.constructor = Decimal`);
// on a frozen prototype a data property would forbid that, so this one is an accessor whose
// setter does it, and which no caller can change.
defineProperty(METHODS, 'constructor', {
  get: freshConstructor,
  set(this: object, value: unknown) {
    defineProperty(this, 'constructor', { value, writable: true, enumerable: true, configurable: true });
  },
});
freeze(METHODS);

/**
 * A new Decimal constructor with the library's settings, making Decimals of {@link METHODS}:
 * one for each read of an amount's `constructor`, so that a caller who changes the one it
 * read changes nobody else's.
 */
function freshConstructor(): Decimal.Constructor {
  // `defaults: true`: the clone takes nothing from the constructor it is called on.
  const Fresh = apply(cloneDecimal, undefined, [{ ...SETTINGS }]) as { prototype: object };
  Fresh.prototype = METHODS;
  return Fresh as unknown as Decimal.Constructor;
}

/**
 * The library's private Decimal constructor: it parses the checked text of a new amount and
 * runs the methods callers call on amounts, and neither it nor any Decimal it makes ever
 * leaves this module (what a method returns is handed out as a new amount, {@link handOut}).
 */
const Private = freshConstructor();

/** A frozen amount of the library's prototype with these fields (not in the side table). */
function amountOf(s: number, e: number, d: readonly number[] | null): Decimal {
  const amount = create(AMOUNT_PROTOTYPE) as { s: number; e: number; d: readonly number[] | null };
  amount.s = s;
  amount.e = e;
  amount.d = freeze(d);
  return freeze(amount) as unknown as Decimal;
}

/**
 * What a method of decimal.js returned, for the caller: a Decimal of {@link Private} (alone,
 * or in the pair `toFraction` returns) as a new frozen amount of the library's prototype;
 * anything else (a string, number or boolean) as it is.
 */
function handOut(result: unknown): unknown {
  // decimal.js's methods return a Decimal, a pair of them, a string, a number or a boolean.
  if (typeof result !== 'object') return result;
  if (isArray(result)) return (result as readonly unknown[]).map(handOut);
  const { s, e, d } = result as { readonly s: number; readonly e: number; readonly d: readonly number[] | null };
  return amountOf(s, e, d);
}

/**
 * A method of decimal.js as it was at load, run on a copy of the amount made by
 * {@link Private}: decimal.js works on its own kind of object with one constructor throughout
 * the call (it raises and restores that constructor's precision inside `ln`, `atan`,
 * `toFraction` and others), and what the call returns is handed out as new amounts. The
 * settings decimal.js changes inside a call are put back after it, whatever happened.
 */
function onCopy(method: (...args: unknown[]) => unknown): (this: object, ...args: unknown[]) => unknown {
  return function (this: object, ...args: unknown[]): unknown {
    try {
      return handOut(apply(method, new Private(this as Decimal), args));
    } finally {
      const settings = Private as unknown as { precision: unknown; rounding: unknown };
      settings.precision = SETTINGS.precision;
      settings.rounding = SETTINGS.rounding;
    }
  };
}

/**
 * The prototype of the library's amounts: {@link METHODS}, each method run on a copy
 * ({@link onCopy}); frozen; its `constructor` a fresh clone on each read. A caller's
 * arithmetic on an amount is decimal.js's own with the library's settings, and gives amounts
 * of this prototype again; the library itself never calls it.
 */
const AMOUNT_PROTOTYPE: object = create(METHODS);
for (const key of KEYS) {
  const { value } = getOwnPropertyDescriptor(DECIMAL_PROTOTYPE, key) as PropertyDescriptor;
  if (typeof value === 'function') defineProperty(AMOUNT_PROTOTYPE, key, { value: onCopy(value as (...args: unknown[]) => unknown) });
}
defineProperty(AMOUNT_PROTOTYPE, 'constructor', { get: freshConstructor });
freeze(AMOUNT_PROTOTYPE);

/** The checked text of every amount the library built, by amount: read instead of the object. */
const TEXTS = new WeakMap<object, string>();

/**
 * A new amount of the library's own for a checked decimal text (`'159.00'`, `'-4690'`):
 * frozen, its digits frozen, its text kept in the side table.
 */
export function ownAmount(text: string): Decimal {
  const parsed = new Private(text);
  const amount = amountOf(parsed.s, parsed.e, parsed.d);
  apply(tableSet, TEXTS, [amount, text]);
  return amount;
}

/** Words of decimal.js's digits, each of 7 decimal digits. */
const WORD_DIGITS = 7;
const WORD_LIMIT = 10 ** WORD_DIGITS;

/**
 * The most words of digits an amount may have ({@link MONEY_LIMITS}' `decimalWords`): enough
 * for an amount's text of `amountLength` (40) digits in any alignment. Past it the amount is
 * refused as `too-large` before any word is read.
 */
export const AMOUNT_WORDS: number = MONEY_LIMITS.decimalWords;

const EXPECTED = 'expected a Decimal amount (use money())';

/**
 * The decimal text of an amount given as an object, in the exponent form decimal.js's
 * `toExponential()` writes (`'1.59e+2'` is written `1.59e2`): the library's own text for an
 * amount it built; otherwise the object's fields `s`, `e` and `d` read once each, the digits'
 * length checked against {@link AMOUNT_WORDS} before any digit is read, each digit word read
 * once. No method of the object is called, so its cost is bounded whatever it holds. What the
 * text says is checked by the caller of this function.
 */
export function amountText(value: object, field: string): string {
  const own = apply(tableGet, TEXTS, [value]) as string | undefined;
  if (own !== undefined) return own;
  refuseRevoked(value, field);
  let [s, e, d]: unknown[] = [];
  try {
    ({ s, e, d } = value as { readonly s?: unknown; readonly e?: unknown; readonly d?: unknown });
  } catch (error) {
    // Revoked by the caller's own code (a trap) while its fields were read: invalid input.
    rethrowRead(error, value, field);
  }
  if (d === null) {
    // decimal.js writes NaN with a sign of NaN, an infinity with its sign and no digits.
    throw new InvalidInputError(field, 'invalid-value', 'expected a finite amount', s === 1 ? 'Infinity' : s === -1 ? '-Infinity' : 'NaN');
  }
  if (typeof s !== 'number' || typeof e !== 'number' || d === undefined) throw new InvalidInputError(field, 'wrong-type', EXPECTED, value);
  if ((s !== 1 && s !== -1) || !isSafeInteger(e)) {
    throw new InvalidInputError(field, 'invalid-value', 'expected a finite Decimal: a sign of 1 or -1 and an integer exponent', value);
  }
  const words = readList(d, `${field}.d`, AMOUNT_WORDS);
  let digits = '';
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (typeof word !== 'number' || !isInteger(word) || word < 0 || word >= WORD_LIMIT || (index === 0 && word === 0 && words.length > 1)) {
      throw new InvalidInputError(`${field}.d[${index}]`, 'invalid-value', `expected a word of decimal.js digits: an integer from 0 to ${WORD_LIMIT - 1}, the first not 0`, word);
    }
    // `${word}`: an integer below 10^7 is written with its digits only, in every engine.
    digits += index === 0 ? `${word}` : `${word}`.padStart(WORD_DIGITS, '0');
  }
  if (digits === '') throw new InvalidInputError(`${field}.d`, 'invalid-value', 'expected at least one word of digits', d);
  const significant = digits.replace(/0+$/, '') || '0';
  const rest = significant.slice(1);
  return `${s < 0 ? '-' : ''}${significant.slice(0, 1)}${rest === '' ? '' : `.${rest}`}e${e}`;
}
