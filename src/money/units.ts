/**
 * MONEY-UNITS without decimal.js: the library's own ISO 4217 minor-unit table, the limits of
 * an amount, and the reading of an amount's decimal text. The terms' validation uses this
 * module, so that code which never quotes a fee still does not bundle decimal.js.
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
 *
 * @example
 * ```ts
 * MONEY_LIMITS.digits; //=> 15
 * money('10000000000000', 'USD'); // throws InvalidInputError (16 digits with the cents)
 * ```
 *
 * @category Money
 */
export const MONEY_LIMITS: Readonly<{ digits: 15; amountLength: 40; localeLength: 64 }> = Object.freeze({
  digits: 15,
  amountLength: 40,
  localeLength: 64,
});

const CURRENCY = /^[A-Z]{3}$/;

/**
 * MONEY-UNITS: the minor unit of a currency code of {@link CURRENCY_MINOR_UNITS}, or an
 * {@link InvalidInputError} with `code` naming the field.
 */
export function minorUnitOf(value: unknown, field: string, code: InvalidInputCode = 'invalid-value'): 0 | 2 {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, code === 'invalid-terms' ? code : 'missing', "expected an ISO 4217 code such as 'USD'", value);
  }
  if (typeof value !== 'string' || !CURRENCY.test(value)) {
    throw new InvalidInputError(field, code, "expected an ISO 4217 code such as 'USD'", value);
  }
  const unit = Object.hasOwn(CURRENCY_MINOR_UNITS, value) ? CURRENCY_MINOR_UNITS[value] : undefined;
  if (unit === undefined) {
    throw new InvalidInputError(field, code, `expected a currency of the library's ISO 4217 table (${Object.keys(CURRENCY_MINOR_UNITS).join(', ')})`, value);
  }
  return unit;
}

/**
 * How an amount may be written: `'unsigned'` (terms: `159`, `159.00`), `'signed'` (a caller's
 * string or JSON: also `-20.5`) or `'exponent'` (a number's or a Decimal's text: also
 * `1.5999e+2`).
 */
export type AmountForm = 'unsigned' | 'signed' | 'exponent';

const FORMS: Readonly<Record<AmountForm, RegExp>> = {
  unsigned: /^()(\d+)(?:\.(\d+))?()$/,
  signed: /^(-?)(\d+)(?:\.(\d+))?()$/,
  exponent: /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/,
};

/** An amount's significant digits and where its decimal point goes among them. */
interface ParsedAmount {
  readonly negative: boolean;
  /** The digits without leading or trailing zeros (`''` for zero). */
  readonly digits: string;
  /** How many of `digits` stand before the decimal point (may be negative or past the end). */
  readonly point: number;
}

/** An amount's text read by its form, or `undefined`. Linear in the text, whatever its exponent. */
function parseAmount(text: string, form: AmountForm): ParsedAmount | undefined {
  if (text.length > MONEY_LIMITS.amountLength) return undefined;
  const match = FORMS[form].exec(text);
  if (match === null) return undefined;
  const [, sign, integer = '', fraction = '', exponent = '0'] = match;
  const all = integer + fraction;
  const lead = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(lead).replace(/0+$/, '');
  return { negative: sign === '-' && digits !== '', digits, point: integer.length + Number(exponent) - lead };
}

/** An amount within the limits and its currency's decimals: its integer and fraction digits. */
export interface CheckedAmount {
  readonly negative: boolean;
  /** The integer digits, without leading zeros (`'0'` below 1). */
  readonly integer: string;
  /** The fraction digits, without trailing zeros (at most the currency's minor unit). */
  readonly fraction: string;
}

/**
 * MONEY-UNITS: an amount's text of the given form, with at most `minor` decimals and within
 * {@link MONEY_LIMITS}, or an {@link InvalidInputError} (`code`) naming the field. Never
 * rounds: trailing zeros past the minor unit change nothing (`'19800.00'` yen are 19800 yen);
 * a non-zero digit past it is invalid. Linear in the text, whatever its exponent says.
 */
export function checkAmount(text: string, form: AmountForm, minor: 0 | 2, field: string, code: InvalidInputCode): CheckedAmount {
  const parsed = parseAmount(text, form);
  if (parsed === undefined) {
    const sign = form === 'unsigned' ? ' of at least 0' : '';
    throw new InvalidInputError(field, code, `expected a decimal amount${sign} such as '159.00', of at most ${MONEY_LIMITS.amountLength} characters`, text);
  }
  const { digits, point } = parsed;
  if (digits === '') return { negative: false, integer: '0', fraction: '' };
  const decimals = Math.max(digits.length - point, 0);
  if (decimals > minor) {
    throw new InvalidInputError(field, code, `MONEY-UNITS: expected at most ${minor} decimals for this currency (never rounded)`, text);
  }
  if (point + minor > MONEY_LIMITS.digits) {
    const bound = `|amount| < 10^${MONEY_LIMITS.digits - minor}`;
    throw new InvalidInputError(field, code, `expected at most ${MONEY_LIMITS.digits} digits with the currency's ${minor} decimals (${bound})`, text);
  }
  return {
    negative: parsed.negative,
    integer: point <= 0 ? '0' : digits.slice(0, point).padEnd(point, '0'),
    fraction: point < 0 ? '0'.repeat(-point) + digits : digits.slice(point),
  };
}

/** The amount with exactly `minor` decimals: `'159.00'`, `'4690'`. */
export function fixedText(amount: CheckedAmount, minor: 0 | 2): string {
  const sign = amount.negative ? '-' : '';
  return minor === 0 ? `${sign}${amount.integer}` : `${sign}${amount.integer}.${amount.fraction.padEnd(minor, '0')}`;
}

/**
 * A fee string of caller terms (MONEY-UNITS, TERMS-CALLER): a decimal amount of at least 0 with
 * at most its currency's decimals, within {@link MONEY_LIMITS}; `invalid-terms` otherwise.
 */
export function requireFeeAmount(value: unknown, minor: 0 | 2, field: string): string {
  const text = requireString(value, field);
  checkAmount(text, 'unsigned', minor, field, 'invalid-terms');
  return text;
}
