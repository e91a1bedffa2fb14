/**
 * MONEY-UNITS without decimal.js: the library's own ISO 4217 minor-unit table, the limits of
 * an amount, and the check of a fee string of caller terms. The terms' validation uses this
 * module, so it stays small (the storefront bundle carries it) and never imports decimal.js;
 * the reading of amounts in every other form is in `amount.ts`.
 *
 * @module
 */
import { type InvalidInputCode, InvalidInputError } from '../errors';
import { requireString } from '../validate';

/**
 * MONEY-UNITS: the minor unit (decimals) of every currency the library accepts, from ISO 4217
 * itself, never from the runtime's locale data (Node's ICU says 0 for HUF; ISO says 2). The
 * currencies are those of the plan's markets (REGION-AVAILABLE): the US, Canada, the euro
 * area and the EU members' own currencies, the UK, Switzerland, Norway, Australia, Hong Kong,
 * Taiwan, Japan, South Korea and mainland China. A code not in the table is refused.
 *
 * @example
 * ```ts
 * CURRENCY_MINOR_UNITS.USD; //=> 2
 * CURRENCY_MINOR_UNITS.JPY; //=> 0 (yen have no minor unit)
 * CURRENCY_MINOR_UNITS.HUF; //=> 2 (ISO 4217, whatever the runtime's locale data says)
 * ```
 *
 * @category Money
 */
export const CURRENCY_MINOR_UNITS: Readonly<Record<string, 0 | 2>> = Object.freeze({
  AUD: 2,
  BGN: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  CZK: 2,
  DKK: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  HUF: 2,
  JPY: 0,
  KRW: 0,
  NOK: 2,
  PLN: 2,
  RON: 2,
  SEK: 2,
  TWD: 2,
  USD: 2,
});

// The two limits the terms' check needs, apart, so that a bundle of the terms alone does not
// carry the whole of MONEY_LIMITS.
const DIGITS = 15;
const AMOUNT_LENGTH = 40;

/**
 * The limits of money input (issue 10): past them an amount is refused with
 * {@link InvalidInputError}, before any arithmetic or formatting.
 *
 * - `digits`: an amount has at most 15 digits when written with its currency's decimals, so
 *   |amount| < 10^13 in a currency of 2 decimals (USD 9999999999999.99 at most) and
 *   < 10^15 in one of 0 (JPY 999999999999999). Fifteen digits are exact in every engine's
 *   number formatting.
 * - `amountLength`: an amount's text (a string, a number's or a Decimal's) has at most 40
 *   characters, leading and trailing zeros included.
 * - `localeLength`: a locale tag for {@link formatMoney} has at most 64 characters.
 * - `decimalWords`: a `Decimal` the library did not build (a caller's, one of another copy of
 *   decimal.js, or a forged one) has at most 7 words in its digits array `d` (decimal.js keeps
 *   7 digits a word: enough for 40 digits in any alignment); past that it is refused as
 *   `too-large` before any word is read.
 *
 * @example
 * ```ts
 * MONEY_LIMITS.digits; //=> 15
 * money('10000000000000', 'USD'); // throws InvalidInputError (16 digits with the cents)
 * ```
 *
 * @category Money
 */
export const MONEY_LIMITS: Readonly<{ digits: 15; amountLength: 40; localeLength: 64; decimalWords: 7 }> = /* @__PURE__ */ Object.freeze({
  digits: DIGITS,
  amountLength: AMOUNT_LENGTH,
  localeLength: 64,
  decimalWords: 7,
});

/**
 * MONEY-UNITS: the minor unit of a currency code of {@link CURRENCY_MINOR_UNITS}, or an
 * {@link InvalidInputError} with `code` naming the field.
 */
export function minorUnitOf(value: unknown, field: string, code: InvalidInputCode = 'invalid-value'): 0 | 2 {
  const unit = typeof value === 'string' && Object.hasOwn(CURRENCY_MINOR_UNITS, value) ? CURRENCY_MINOR_UNITS[value] : undefined;
  if (unit === undefined) throw new InvalidInputError(field, code, "expected a code of CURRENCY_MINOR_UNITS, such as 'USD'", value);
  return unit;
}

/**
 * A fee string of caller terms (MONEY-UNITS): a plain decimal amount of at least 0 (`159`,
 * `159.00`) with at most its currency's decimals (zeros past them change nothing) and at most
 * {@link MONEY_LIMITS}' 15 digits with them, in at most 40 characters; `invalid-terms`
 * otherwise.
 */
export function requireFeeAmount(value: unknown, minor: 0 | 2, field: string): string {
  const text = requireString(value, field);
  // Digits before the point, and after it, without leading or trailing zeros.
  // The integer group takes part in every match: it is `undefined` only when nothing matched.
  const parts = /^(?=\d)0*(\d*)(?:\.(?=\d)(\d*?)0*)?$/.exec(text);
  const integer = parts?.[1];
  const fraction = parts?.[2] ?? '';
  if (integer === undefined || text.length > AMOUNT_LENGTH || fraction.length > minor || integer.length + minor > DIGITS) {
    throw new InvalidInputError(field, 'invalid-terms', `expected a decimal amount of at least 0 with at most ${minor} decimals (MONEY-UNITS, MONEY_LIMITS)`, text);
  }
  return text;
}
