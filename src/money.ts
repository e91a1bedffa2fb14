/**
 * Money: a `Decimal` amount with an ISO 4217 currency code. No floating-point sums.
 *
 * Only the modules that deal in fees and prices import this one, so that code which does not
 * need money never bundles decimal.js.
 *
 * Every amount the library reads (a string, a number, a `Decimal` of any copy of decimal.js) is
 * read once as its decimal text, checked against MONEY-UNITS and {@link MONEY_LIMITS}, and
 * rebuilt as one of the library's own amounts (`money/decimal.ts`): a frozen `Decimal` of a
 * private prototype whose checked text the library keeps, so that no change a caller makes to
 * decimal.js, to its settings or to an amount changes the library's answers. A `Decimal` the
 * library did not build is read by its fields, bounded, never by its methods.
 *
 * @module
 */
import type { Decimal } from 'decimal.js';
import { InvalidInputError } from './errors';
import { type AmountForm, type CheckedAmount, checkAmount, fixedText } from './money/amount';
import { amountText, ownAmount } from './money/decimal';
import { MONEY_LIMITS, minorUnitOf } from './money/units';
import type { Money, MoneyLiteral } from './money-types';
import { requireRegion } from './catalog/regions';
import { currencyText } from './locale/format';
import { type LocaleInput, formattingLocale, localeTag } from './locale/locale';
import type { RegionCode } from './types';
import { isNone, optional, readKey, readList, readOptions, requireRecord } from './validate';

export { CURRENCY_MINOR_UNITS, MONEY_LIMITS } from './money/units';
export type { Money, MoneyLiteral } from './money-types';

/** A money value read once and checked: its currency, minor unit and fixed text. */
interface Snapshot {
  readonly currency: string;
  readonly minor: 0 | 2;
  /** The amount with exactly `minor` decimals: `'159.00'`, `'4690'`. */
  readonly fixed: string;
}

function snapshotOf(checked: CheckedAmount, currency: string, minor: 0 | 2): Snapshot {
  return { currency, minor, fixed: fixedText(checked, minor) };
}

/**
 * Fresh money of a snapshot (a new value each call, so not frozen: freezing after the
 * non-enumerable `toJSON` tripled its cost), writing its fixed decimals to JSON (MONEY-UNITS).
 * Its amount is one of the library's own (`money/decimal.ts`): frozen, of a private prototype.
 */
function build({ currency, fixed }: Snapshot): Money {
  const value = { amount: ownAmount(fixed), currency };
  Object.defineProperty(value, 'toJSON', { value: () => ({ amount: fixed, currency }) });
  return value;
}

/** MONEY-UNITS: the minor unit of a currency of the table; `missing` for none. */
function minorOf(value: unknown, field: string): 0 | 2 {
  if (value === undefined || value === null) throw new InvalidInputError(field, 'missing', "a currency code such as 'USD' is required", value);
  return minorUnitOf(value, field);
}

/** What an amount was read as: its text once, and the form that text may take. */
interface AmountText {
  readonly text: string;
  readonly form: AmountForm;
}

const NON_FINITE = new Set(['NaN', 'Infinity', '-Infinity', '+Infinity']);

/**
 * Reads a caller's amount once as text. A string is taken as it is (when `strings` is
 * allowed); a number by `String`; an object by `amountText`: the library's own text for an
 * amount it built, else the object's fields `s`, `e` and `d` read once each and bounded (a
 * `Decimal` of any copy of decimal.js, whatever that copy's settings). No method of the
 * object is called. What the text says is checked later; the object is never read again.
 */
function readAmount(value: unknown, field: string, accept: { readonly strings: boolean; readonly numbers: boolean }): AmountText {
  const expected = accept.strings ? "expected a decimal amount such as '159.00'" : 'expected a Decimal amount (use money())';
  if (value === undefined || value === null) throw new InvalidInputError(field, 'missing', expected, value);
  if (typeof value === 'string' && accept.strings) return { text: value, form: 'signed' };
  if (typeof value === 'object') return { text: amountText(value, field), form: 'exponent' };
  if (typeof value !== 'number' || !accept.numbers) throw new InvalidInputError(field, 'wrong-type', expected, value);
  const text = String(value);
  if (NON_FINITE.has(text)) throw new InvalidInputError(field, 'invalid-value', 'expected a finite amount', text);
  return { text, form: 'exponent' };
}

/**
 * MONEY-UNITS: money from a decimal string, number or `Decimal`, and a currency code of
 * {@link CURRENCY_MINOR_UNITS}. An amount with more decimals than its currency has is invalid
 * input, never rounded; one past {@link MONEY_LIMITS} too.
 *
 * @param amount - a finite decimal amount (`'159'`, `'159.00'`, a `Decimal` of any copy of
 * decimal.js, read once)
 * @param currency - an ISO 4217 code of {@link CURRENCY_MINOR_UNITS}
 * @param field - the field an {@link InvalidInputError} names (default `'amount'`)
 * @returns the money value, its amount built by the library's own Decimal constructor
 * @throws {@link InvalidInputError} for a non-finite amount, one with too many decimals or past
 * the limits, or a currency not in the table
 *
 * @example
 * ```ts
 * money('159', 'USD');   //=> { amount: Decimal(159), currency: 'USD' }
 * money('19800', 'JPY'); //=> { amount: Decimal(19800), currency: 'JPY' }
 * money('0.5', 'JPY');   // throws InvalidInputError (MONEY-UNITS: yen have no decimals)
 * ```
 *
 * @category Money
 */
export function money(amount: Decimal.Value, currency: string, field = 'amount'): Money {
  const minor = minorOf(currency, `${field}.currency`);
  const { text, form } = readAmount(amount, field, { strings: true, numbers: true });
  return build(snapshotOf(checkAmount(text, form, minor, field, 'invalid-value'), currency, minor));
}

/**
 * MONEY-UNITS: money read back from JSON: `{ amount, currency }` with the amount as a decimal
 * string, written with exactly the currency's decimals (`"159.00"`, `"4690"`, as the library
 * writes it) or as before (`"159"`). A {@link Money} value is accepted too; a number is not
 * (JSON numbers lose digits before any check could see them).
 *
 * @param json - the parsed JSON of a money value
 * @param field - the field an {@link InvalidInputError} names (default `'money'`)
 * @returns the money value
 * @throws {@link InvalidInputError} naming the field for anything else
 *
 * @example
 * ```ts
 * formatMoney(moneyFromJSON(JSON.parse('{"amount":"159.00","currency":"USD"}'))); //=> 'USD 159.00'
 * formatMoney(moneyFromJSON({ amount: '159', currency: 'USD' }));                   //=> 'USD 159.00'
 * ```
 *
 * @category Money
 */
export function moneyFromJSON(json: unknown, field = 'money'): Money {
  const record = requireRecord(json, field);
  const amount = readKey(record, 'amount', field);
  const currency = readKey(record, 'currency', field);
  const { text, form } = readAmount(amount, `${field}.amount`, { strings: true, numbers: false });
  const minor = minorOf(currency, `${field}.currency`);
  return build(snapshotOf(checkAmount(text, form, minor, `${field}.amount`, 'invalid-value'), currency as string, minor));
}

/**
 * A {@link Money} value read once: the amount (one of the library's own, read from its side
 * table; or a `Decimal` of any copy, read by its fields) and the currency are each read once
 * and checked; the caller's object is not read again, and none of its methods is called.
 */
function readMoney(value: unknown, field: string): Snapshot {
  const record = requireRecord(value, field);
  const amount = readKey(record, 'amount', field);
  const currency = readKey(record, 'currency', field);
  const { text, form } = readAmount(amount, `${field}.amount`, { strings: false, numbers: false });
  const minor = minorOf(currency, `${field}.currency`);
  return snapshotOf(checkAmount(text, form, minor, `${field}.amount`, 'invalid-value'), currency as string, minor);
}

/**
 * A {@link Money} value, read once into a fresh one of the library's own: the amount (a
 * `Decimal` of any copy, read by its fields `s`, `e` and `d`, bounded) and the currency are
 * each read once and checked; the caller's object is not read again, and none of its methods
 * is called.
 */
export function requireMoney(value: unknown, field: string): Money {
  return build(readMoney(value, field));
}

/**
 * The sum of amounts in one currency, exact (an integer sum of minor units) whatever the
 * caller's decimal.js settings or changes to decimal.js. A sum past {@link MONEY_LIMITS} is refused, so that every sum can be written and
 * read back.
 *
 * @param amounts - amounts, all in `currency`
 * @param currency - the currency of the sum (needed when the list is empty)
 * @returns the exact sum
 * @throws {@link InvalidInputError} when an amount is not money or is in another currency, or
 * the sum is past the limits
 *
 * @example
 * ```ts
 * formatMoney(sumMoney([money('159.99', 'USD'), money('199.99', 'USD')], 'USD'));
 * //=> 'USD 359.98'
 * ```
 *
 * @category Money
 */
export function sumMoney(amounts: readonly Money[], currency: string): Money {
  const minor = minorOf(currency, 'currency');
  let total = 0n;
  const list = readList(amounts, 'amounts');
  for (let index = 0; index < list.length; index++) {
    const m = readMoney(list[index], `amounts[${index}]`);
    if (m.currency !== currency) {
      throw new InvalidInputError(`amounts[${index}].currency`, 'invalid-value', `expected ${currency}`, m.currency);
    }
    total += toBigInt(m.fixed.replace('.', ''));
  }
  return build(snapshotOf(checkAmount(fixedOfUnits(total, minor), 'signed', minor, 'amounts', 'invalid-value'), currency, minor));
}

/** `BigInt` as it was at load. */
const toBigInt = BigInt;

/**
 * An amount in minor units (cents, or yen) written with exactly `minor` decimals. The
 * library's sums are integers of minor units: exact, and made of nothing a caller can change
 * (no decimal.js method, no setting).
 */
function fixedOfUnits(units: bigint, minor: 0 | 2): string {
  const sign = units < 0n ? '-' : '';
  const digits = `${units < 0n ? -units : units}`;
  if (minor === 0) return `${sign}${digits}`;
  const padded = digits.padStart(3, '0');
  return `${sign}${padded.slice(0, -2)}.${padded.slice(-2)}`;
}

/**
 * Options of {@link formatMoney}.
 *
 * @example
 * ```ts
 * const options: FormatMoneyOptions = { locale: de, region: 'CH' };
 * formatMoney(money('1234.5', 'CHF'), options); //=> "CHF 1'234.50"
 * ```
 *
 * @category Money
 */
export interface FormatMoneyOptions {
  /**
   * The language: a {@link Locale} (any record with a `tag`, such as `ja` from
   * `dji-care-refresh/locale/ja`) or a BCP 47 tag such as `'de-CH'`, at most
   * {@link MONEY_LIMITS}' `localeLength` characters. English when absent or `null` (never the
   * runtime's own locale); English, and a language the runtime has no data for, write the
   * fixed ISO form (`USD 1234.00`).
   */
  readonly locale?: LocaleInput | null | undefined;
  /**
   * The plan's region (ISO 3166-1 alpha-2), which refines the language as
   * `formattingLocale` does (`de` + `CH` → `de-CH`; a region in the tag itself wins). English
   * ignores it.
   */
  readonly region?: RegionCode | null | undefined;
}

/** Whether a language is written through `Intl`: not English, and the runtime has data for it (bounded, as the formatters are). */
const HAS_DATA = new Map<string, boolean>();

/**
 * The locale asked for: `{ tag }` of a language other than English that the runtime can
 * format, else `{ english }`, the tag today's fixed form is written in (`'en'` when none).
 * The options and the locale's `tag` are each read once.
 */
function readLocale(options: unknown): { readonly tag: string; readonly region: RegionCode | undefined; readonly english: boolean } {
  const o = readOptions(options, 'options', ['locale', 'region']);
  const given = o.locale;
  const region = optional(o.region, 'options.region', requireRegion);
  if (isNone(given)) return { tag: 'en', region, english: true };
  // A Locale's tag is read once; a tag that is not a string is refused as the record's `tag`.
  const tag: unknown = typeof given === 'string' ? given : readKey(requireRecord(given, 'options.locale'), 'tag', 'options.locale');
  const { language } = localeTag(typeof given === 'string' ? tag : { tag }, 'options.locale');
  let local = HAS_DATA.get(language);
  if (local === undefined) {
    if (HAS_DATA.size >= MAX_FORMATTERS) HAS_DATA.clear();
    local = language !== 'en' && Intl.NumberFormat.supportedLocalesOf(language).length > 0;
    HAS_DATA.set(language, local);
  }
  return { tag: tag as string, region, english: !local };
}

/** Formatters by locale and currency; cleared when full, so that odd tags cannot grow it. */
const FORMATTERS = new Map<string, Intl.NumberFormat>();
const MAX_FORMATTERS = 64;

/** The two caches' sizes, and a way to empty them: for the tests of their bound (not in the package's API). */
export const moneyCaches = (): { readonly languages: number; readonly formatters: number; readonly clear: () => void } => ({
  languages: HAS_DATA.size,
  formatters: FORMATTERS.size,
  clear: () => (HAS_DATA.clear(), FORMATTERS.clear()),
});

function formatter(locale: string, currency: string, minor: 0 | 2): Intl.NumberFormat {
  const key = `${locale} ${currency}`;
  let found = FORMATTERS.get(key);
  if (found === undefined) {
    if (FORMATTERS.size >= MAX_FORMATTERS) FORMATTERS.clear();
    // `'en'` after the tag: a locale the runtime lacks falls back to English, never to the
    // runtime's default locale.
    found = new Intl.NumberFormat([locale, 'en'], {
      style: 'currency',
      currency,
      currencyDisplay: 'code',
      minimumFractionDigits: minor,
      maximumFractionDigits: minor,
      useGrouping: false,
    });
    FORMATTERS.set(key, found);
  }
  return found;
}

/**
 * MONEY-UNITS: money as text, with exactly its currency's minor unit of decimals. In English
 * (the default) the fixed ISO form as always: the currency's ISO 4217 code and the amount
 * without grouping (`'USD 159.00'`, `'JPY 19800'`), unambiguous across markets where `$` is
 * not. In another language (`options.locale`, refined by `options.region` as
 * `formattingLocale` does), the amount as that market writes money through `Intl`: the
 * currency's symbol where the locale uses one, grouping (`'1.234,56 €'` in German,
 * `'￥19,800'` in Japanese), as `formatAmount` (`dji-care-refresh/locale`) writes it. Never the
 * runtime's own locale; spaces are plain spaces (U+0020) in every locale, so the text is the
 * same across engines that put a no-break space there.
 *
 * @param value - the money to show (read once, checked as {@link money} checks)
 * @param options - `locale`, a {@link Locale} or a BCP 47 tag (default English); `region`, the
 * plan's, refining the language
 * @returns the formatted amount
 * @throws {@link InvalidInputError} when the value is not money, has more decimals than its
 * currency, is past {@link MONEY_LIMITS} (field `value` or under it), the locale is not a
 * well-formed tag or a record without one (`options.locale`, `options.locale.tag`), or the
 * region is not an ISO 3166-1 alpha-2 code (`options.region`, `unknown-region`)
 *
 * @example
 * ```ts
 * import { formatMoney, money } from 'dji-care-refresh';
 * import { de } from 'dji-care-refresh/locale/de';
 * import { ja } from 'dji-care-refresh/locale/ja';
 * formatMoney(money('739', 'USD'));                                   //=> 'USD 739.00'
 * formatMoney(money('19800', 'JPY'));                                 //=> 'JPY 19800'
 * formatMoney(money('1234.56', 'EUR'), { locale: 'de' });             //=> '1.234,56 €'
 * formatMoney(money('1234.5', 'CHF'), { locale: de, region: 'CH' });  //=> "CHF 1'234.50"
 * formatMoney(money('19800', 'JPY'), { locale: ja });                 //=> '￥19,800'
 * formatMoney(money('739', 'USD'), { locale: de, region: 'US' });     //=> '739,00 $' (a US plan, read in Munich)
 * formatMoney(money('739', 'USD'), { locale: 'de_DE' });              // throws InvalidInputError (code 'invalid-value', field 'options.locale')
 * ```
 *
 * @category Money
 */
export function formatMoney(value: Money, options?: FormatMoneyOptions | null): string {
  const m = readMoney(value, 'value');
  const { tag, region, english } = readLocale(options);
  // At most 15 digits (MONEY_LIMITS): the number is exactly the decimal, in every engine.
  if (!english) return currencyText(Number(m.fixed), m.currency, m.minor, formattingLocale(tag, region));
  // At most 15 digits (MONEY_LIMITS): the number is exactly the decimal, in every engine.
  return formatter(tag, m.currency, m.minor)
    .format(Number(m.fixed))
    .replace(/[\u00a0\u202f]/g, ' ');
}

/**
 * Money for an exported constant (CAT-LISTING's price): frozen, its amount (frozen, of the
 * library's own, as every amount it builds) included.
 */
export function frozenMoney(amount: string, currency: string): Money {
  return Object.freeze(money(amount, currency));
}

/** Money from a literal of terms or JSON. */
export function moneyFrom(literal: MoneyLiteral, field: string): Money {
  return money(literal.amount, literal.currency, field);
}
