/**
 * The shapes of money: an amount with its currency ({@link Money}) and the literal form terms
 * and JSON write it in ({@link MoneyLiteral}). Types only, imported by the value types and the
 * terms without the money functions (`src/money.ts`, which re-exports them).
 *
 * @module
 */
import type { Decimal } from 'decimal.js';

/**
 * An amount of money. `JSON.stringify` of a value the library made writes the amount with
 * exactly its currency's decimals (MONEY-UNITS): `{"amount":"159.00","currency":"USD"}`.
 *
 * @example
 * ```ts
 * const fee: Money = money('159', 'USD');
 * fee.amount.plus('40').toString(); //=> '199' (exact Decimal arithmetic)
 * formatMoney(fee);                 //=> 'USD 159.00'
 * JSON.stringify(fee);              //=> '{"amount":"159.00","currency":"USD"}'
 * ```
 *
 * @category Money
 */
export interface Money {
  /**
   * The amount: for a value the library made, a frozen `Decimal` of the library's own (its
   * methods are decimal.js's as they were when the library loaded, its `constructor` a fresh
   * clone with the library's settings on each read, so that nobody's change to decimal.js or
   * to this amount changes another's). The library reads its own amounts from a private table,
   * never through their methods.
   */
  readonly amount: Decimal;
  /** ISO 4217 code of {@link CURRENCY_MINOR_UNITS}, such as `'USD'`. */
  readonly currency: string;
}

/**
 * An amount as it is written in terms and JSON: a decimal string and a currency.
 *
 * @example
 * ```ts
 * // Money read back from JSON is a literal: a decimal string and a currency.
 * const stored: MoneyLiteral = JSON.parse(JSON.stringify(money('159', 'USD')));
 * stored;                 //=> { amount: '159.00', currency: 'USD' }
 * formatMoney(moneyFromJSON(stored)); //=> 'USD 159.00'
 * ```
 *
 * @category Money
 */
export interface MoneyLiteral {
  readonly amount: string;
  readonly currency: string;
}
