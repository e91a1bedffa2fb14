/**
 * Money: a `Decimal` amount with an ISO 4217 currency code. No floating-point sums.
 *
 * Only the modules that deal in fees and prices import this one, so that code which does not
 * need money never bundles decimal.js.
 *
 * @module
 */
import { Decimal } from 'decimal.js';
import { InvalidInputError } from './errors';
import { requireArray, requireRecord } from './validate';

/**
 * An amount of money. `JSON.stringify` gives `{"amount":"159","currency":"USD"}`.
 *
 * @example
 * ```ts
 * const fee: Money = money('159', 'USD');
 * fee.amount.plus('40').toString(); //=> '199' (exact Decimal arithmetic)
 * formatMoney(fee);                 //=> 'USD 159.00'
 * JSON.stringify(fee);              //=> '{"amount":"159","currency":"USD"}'
 * ```
 *
 * @category Money
 */
export interface Money {
  readonly amount: Decimal;
  /** ISO 4217 code, such as `'USD'`. */
  readonly currency: string;
}

/**
 * An amount as it is written in terms and JSON: a decimal string and a currency.
 *
 * @example
 * ```ts
 * // Money read back from JSON is a literal: a decimal string and a currency.
 * const stored: MoneyLiteral = JSON.parse(JSON.stringify(money('159', 'USD')));
 * stored;                                            //=> { amount: '159', currency: 'USD' }
 * formatMoney(money(stored.amount, stored.currency)); //=> 'USD 159.00'
 * ```
 *
 * @category Money
 */
export interface MoneyLiteral {
  readonly amount: string;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * MONEY-UNITS: money from a decimal string, number or `Decimal`, and a currency code.
 *
 * @param amount - a finite decimal amount (`'159'`, `'159.00'`, a `Decimal`)
 * @param currency - an ISO 4217 code in upper case
 * @param field - the field an {@link InvalidInputError} names (default `'amount'`)
 * @returns the money value
 * @throws {@link InvalidInputError} for a non-finite amount or a malformed currency
 *
 * @example
 * ```ts
 * money('159', 'USD');
 * //=> { amount: Decimal(159), currency: 'USD' }
 * ```
 *
 * @category Money
 */
export function money(amount: Decimal.Value, currency: string, field = 'amount'): Money {
  requireCurrency(currency, `${field}.currency`);
  const valid =
    amount instanceof Decimal
      ? amount.isFinite()
      : typeof amount === 'number'
        ? Number.isFinite(amount)
        : typeof amount === 'string' && AMOUNT.test(amount);
  if (!valid) throw new InvalidInputError(field, 'invalid-value', 'expected a finite decimal amount', amount);
  return { amount: new Decimal(amount), currency };
}

/**
 * The sum of amounts in one currency, exact in `Decimal`.
 *
 * @param amounts - amounts, all in `currency`
 * @param currency - the currency of the sum (needed when the list is empty)
 * @returns the exact sum
 * @throws {@link InvalidInputError} when an amount is not money or is in another currency
 *
 * @example
 * ```ts
 * formatMoney(sumMoney([money('159', 'USD'), money('199', 'USD')], 'USD'));
 * //=> 'USD 358.00'
 * ```
 *
 * @category Money
 */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  requireCurrency(currency, 'currency');
  let total = new Decimal(0);
  for (const [index, value] of requireArray(amounts, 'amounts').entries()) {
    const m = requireMoney(value, `amounts[${index}]`);
    if (m.currency !== currency) {
      throw new InvalidInputError(`amounts[${index}].currency`, 'invalid-value', `expected ${currency}`, m.currency);
    }
    total = total.plus(m.amount);
  }
  return { amount: total, currency };
}

/**
 * Money as text with two decimals: `'USD 159.00'`.
 *
 * @param value - the money to show
 * @returns the currency code, a space and the amount to two decimals
 * @throws {@link InvalidInputError} when the value is not money
 *
 * @example
 * ```ts
 * formatMoney(money('739', 'USD'));
 * //=> 'USD 739.00'
 * ```
 *
 * @category Money
 */
export function formatMoney(value: Money): string {
  const m = requireMoney(value, 'value');
  return `${m.currency} ${m.amount.toFixed(2)}`;
}

function requireCurrency(value: unknown, field: string): string {
  if (typeof value !== 'string' || !CURRENCY.test(value)) {
    throw new InvalidInputError(field, value === undefined || value === null ? 'missing' : 'invalid-value', "expected an ISO 4217 code such as 'USD'", value);
  }
  return value;
}

/** A {@link Money} value (a finite `Decimal` and a currency code), or an error naming the field. */
export function requireMoney(value: unknown, field: string): Money {
  const m = requireRecord(value, field);
  if (!Decimal.isDecimal(m.amount)) {
    throw new InvalidInputError(`${field}.amount`, m.amount === undefined ? 'missing' : 'wrong-type', 'expected a Decimal amount (use money())', m.amount);
  }
  if (!m.amount.isFinite()) throw new InvalidInputError(`${field}.amount`, 'invalid-value', 'expected a finite amount', m.amount);
  requireCurrency(m.currency, `${field}.currency`);
  return m as unknown as Money;
}

/** Money from a literal of terms or JSON. */
export function moneyFrom(literal: MoneyLiteral, field: string): Money {
  return money(literal.amount, literal.currency, field);
}
