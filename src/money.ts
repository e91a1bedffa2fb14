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

/**
 * An amount of money. `JSON.stringify` gives `{"amount":"159","currency":"USD"}`.
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
 * @category Money
 */
export interface MoneyLiteral {
  readonly amount: string;
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;
const AMOUNT = /^-?\d+(\.\d+)?$/;

/**
 * Money from a decimal string, number or `Decimal`, and a currency code.
 *
 * @param amount - a finite decimal amount (`'159'`, `'159.00'`, a `Decimal`)
 * @param currency - an ISO 4217 code in upper case
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
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) {
    throw new InvalidInputError(`${field}.currency`, 'invalid-value', "expected an ISO 4217 code such as 'USD'", currency);
  }
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
 * @throws {@link InvalidInputError} when an amount is in another currency
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
  let total = new Decimal(0);
  for (const [index, m] of amounts.entries()) {
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
  return `${value.currency} ${value.amount.toFixed(2)}`;
}

/** Money from a literal of terms or JSON. */
export function moneyFrom(literal: MoneyLiteral, field: string): Money {
  return money(literal.amount, literal.currency, field);
}
