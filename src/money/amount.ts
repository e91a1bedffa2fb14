/**
 * The reading of an amount's decimal text in every form money accepts (a caller's string, a
 * number's or a `Decimal`'s text with an exponent), checked against MONEY-UNITS and
 * {@link MONEY_LIMITS}, in time linear in the text whatever its exponent says.
 *
 * @module
 */
import { type InvalidInputCode, InvalidInputError } from '../errors';
import { MONEY_LIMITS } from './units';

/**
 * How an amount may be written: `'signed'` (a caller's string or JSON: `159`, `-20.5`) or
 * `'exponent'` (a number's or a Decimal's text: also `1.5999e+2`).
 */
export type AmountForm = 'signed' | 'exponent';

const FORMS: Readonly<Record<AmountForm, RegExp>> = {
  signed: /^(-?)(\d+)(?:\.(\d+))?()$/,
  exponent: /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/,
};

/** An amount's significant digits and where its decimal point goes among them. */
interface ParsedAmount {
  readonly negative: boolean;
  /** The digits without leading or trailing zeros (`''` for zero, whatever its sign). */
  readonly digits: string;
  /** How many of `digits` stand before the decimal point (may be negative or past the end). */
  readonly point: number;
}

/** An amount's text read by its form, or `undefined`. Linear in the text, whatever its exponent. */
function parseAmount(text: string, form: AmountForm): ParsedAmount | undefined {
  if (text.length > MONEY_LIMITS.amountLength) return undefined;
  const match = FORMS[form].exec(text);
  if (match === null) return undefined;
  // The sign and integer groups take part in every match; an absent exponent reads as
  // `Number('')`, which is 0.
  const [, sign, integer, fraction = '', exponent = ''] = match as unknown as readonly [string, string, string, string | undefined, string | undefined];
  const all = integer + fraction;
  const lead = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(lead).replace(/0+$/, '');
  return { negative: sign === '-', digits, point: integer.length + Number(exponent) - lead };
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
 * rounds: zeros past the minor unit change nothing (`'19800.00'` yen are 19800 yen); a
 * non-zero digit past it is invalid. Linear in the text, whatever its exponent says.
 */
export function checkAmount(text: string, form: AmountForm, minor: 0 | 2, field: string, code: InvalidInputCode): CheckedAmount {
  const parsed = parseAmount(text, form);
  if (parsed === undefined) {
    throw new InvalidInputError(field, code, `expected a decimal amount such as '159.00', of at most ${MONEY_LIMITS.amountLength} characters`, text);
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
