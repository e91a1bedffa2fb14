/**
 * Issue 10, the two limits found after it, in money:
 * - class 4 (shared values): decimal.js's prototype, a returned amount's prototype and its
 *   constructor are nobody's to change: a caller who changes them changes no answer of the
 *   library (formatMoney, JSON, sums, fees) for anyone;
 * - class 3 (bounded cost) and item 9 (forged Decimals): an amount the library did not build is
 *   read by its fields, bounded before any digit is read, never through its methods, so a
 *   forged Decimal-like of 2³²−1 digit words or a huge exponent is refused at once.
 */
import { createRequire } from 'node:module';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMoney, money, moneyFromJSON, planStatus, statusFromJSON, sumMoney, type Money } from '../src/index';
import { requireMoney } from '../src/money';
import { AMOUNT_WORDS } from '../src/money/decimal';
import { CALLS, EVENTS, LATER, PLAN, call, outcome } from './boundary-support';
import { invalid } from './support';

/** decimal.js's CommonJS build: another copy, with its own prototype. */
const OtherDecimal = createRequire(import.meta.url)('decimal.js') as typeof Decimal;
const PROTOTYPES = [Decimal.prototype, OtherDecimal.prototype] as unknown as Record<PropertyKey, unknown>[];
/** The prototypes' own properties as they were, restored after each test. */
const ORIGINAL = PROTOTYPES.map((p) => new Map(Reflect.ownKeys(p).map((key) => [key, Object.getOwnPropertyDescriptor(p, key) as PropertyDescriptor])));

afterEach(() => {
  PROTOTYPES.forEach((p, index) => {
    const original = ORIGINAL[index] as Map<PropertyKey, PropertyDescriptor>;
    for (const key of Reflect.ownKeys(p)) if (!original.has(key)) delete p[key];
    for (const [key, descriptor] of original) Object.defineProperty(p, key, descriptor);
  });
  Decimal.set({ defaults: true });
  OtherDecimal.set({ defaults: true });
});

/** Tries `change`; a frozen target throwing a TypeError is as good as the change failing. */
function attempt(change: () => void): void {
  try {
    change();
  } catch (error) {
    expect(error).toBeInstanceOf(TypeError);
  }
}

/**
 * Everything a caller might change about decimal.js and the amounts it was given: every
 * method of both copies' prototypes made to lie, the global settings and the amount's
 * constructor set to precision 1 rounding down, the amount's prototype and digits written to.
 */
function tamper(given: Money): void {
  for (const p of PROTOTYPES) {
    for (const key of Reflect.ownKeys(p)) {
      if (key !== 'constructor' && typeof p[key] === 'function') p[key] = () => '9.99e+2';
    }
    p.toJSON = () => 'LIE';
  }
  const settings = { precision: 1, rounding: Decimal.ROUND_DOWN, toExpPos: 0, toExpNeg: 0 };
  Decimal.set(settings);
  OtherDecimal.set(settings);
  const amount = given.amount as unknown as { constructor: typeof Decimal; d: number[]; e: number };
  amount.constructor.set(settings);
  (amount.constructor as { precision: number }).precision = 1;
  const own = Object.getPrototypeOf(amount) as Record<string, unknown>;
  attempt(() => {
    own.toFixed = () => '9.99';
  });
  attempt(() => {
    own.constructor = Decimal;
  });
  attempt(() => {
    Object.defineProperty(own, 'toString', { value: () => 'LIE' });
  });
  attempt(() => {
    amount.d[0] = 1;
  });
  attempt(() => {
    amount.e = 9;
  });
}

/** The answers of every function that deals in money, and of every boundary call, as text. */
function answers(): string {
  const fees = [money('159.99', 'USD'), money('199.99', 'USD'), money('0.01', 'USD')];
  const other = { amount: new OtherDecimal('739') as unknown as Decimal, currency: 'USD' };
  const mine = { amount: new Decimal('-12.5') as unknown as Decimal, currency: 'EUR' };
  return JSON.stringify([
    formatMoney(money('159.99', 'USD')),
    formatMoney(money('19800', 'JPY'), { locale: 'ja' }),
    formatMoney(money('1234.5', 'EUR'), { locale: 'de' }),
    formatMoney(other),
    formatMoney(mine),
    formatMoney(requireMoney(other, 'fee')),
    JSON.stringify(money('159', 'USD')),
    JSON.stringify(moneyFromJSON({ amount: '4690', currency: 'JPY' })),
    formatMoney(sumMoney(fees, 'USD')),
    JSON.stringify(sumMoney([...fees, other, sumMoney(fees, 'USD')], 'USD')),
    JSON.stringify(planStatus(PLAN, EVENTS, LATER)),
    CALLS.map((c) => outcome(() => call(c.name, c.args()))),
  ]);
}

describe('class 4: decimal.js and a returned amount are nobody\'s to change (issue 10, known limit 1)', () => {
  it('after a caller tampers with decimal.js\'s prototypes, its settings and a returned amount, every answer is the same', () => {
    const before = answers();
    expect(before).toContain('USD 359.99');
    tamper(money('159.99', 'USD'));
    // The tampering took: decimal.js's own objects now lie.
    expect(new Decimal('1').toFixed(2)).toBe('9.99e+2');
    expect(answers()).toBe(before);
    expect(formatMoney(money('159.99', 'USD'))).toBe('USD 159.99');
    expect(JSON.stringify(planStatus(PLAN, EVENTS, LATER))).toBe(JSON.stringify(planStatus(PLAN, EVENTS, LATER)));
  });

  it('a returned amount keeps decimal.js\'s methods as they were at load, and its settings', () => {
    const amount = money('159.99', 'USD').amount;
    tamper(money('1', 'USD'));
    expect(amount.toFixed(2)).toBe('159.99');
    expect(amount.toString()).toBe('159.99');
    expect(amount.toExponential()).toBe('1.5999e+2');
    expect(JSON.stringify(amount)).toBe('"159.99"');
    // What its methods return computes with decimal.js's methods as they were too.
    expect(amount.plus('0.01').times(2).toFixed(2)).toBe('320.00');
    expect(amount.neg().abs().toString()).toBe('159.99');
    expect(amount.atan().toSignificantDigits(6).toString()).toBe('1.56455');
    expect(amount.constructor).not.toBe(amount.constructor);
    expect((amount.constructor as typeof Decimal).precision).toBe(40);
    expect((amount.constructor as typeof Decimal).rounding).toBe(Decimal.ROUND_HALF_UP);
  });

  it('what its methods return is an amount of the same kind: frozen, its constructor fresh on each read', () => {
    const amount = money('10', 'USD').amount;
    const mine = amount.div(3);
    const theirs = amount.div(3);
    expect(Object.getPrototypeOf(mine)).toBe(Object.getPrototypeOf(amount));
    expect(Object.isFrozen(mine) && Object.isFrozen(mine.d)).toBe(true);
    expect(mine.constructor).not.toBe(theirs.constructor);
    (mine.constructor as typeof Decimal).set({ precision: 2 });
    const Library = Decimal.clone({ defaults: true, precision: 40, rounding: Decimal.ROUND_HALF_UP });
    expect(mine.div(7).toString()).toBe(new Library(10).div(3).div(7).toString());
    expect(amount.toFraction().map(String)).toEqual(['10', '1']);
    expect(Object.getPrototypeOf(amount.toFraction()[0])).toBe(Object.getPrototypeOf(amount));
    expect(amount.toDecimalPlaces()).not.toBe(amount);
    expect(amount.div(0).toString()).toBe('Infinity');
  });

  it('a decimal.js error inside a method leaves the settings of the next call as they were', () => {
    const amount = money('2', 'USD').amount;
    expect(() => amount.toFixed(-1)).toThrow(/Invalid argument/);
    expect(() => amount.toFraction(0.5)).toThrow(/Invalid argument/);
    // decimal.js raises the precision to 2061 and the rounding to ROUND_DOWN for this cosine,
    // then throws without putting them back: the next call must not inherit them.
    expect(() => amount.times('1e2000').cos()).toThrow(/Precision limit exceeded/);
    expect(amount.div(3).toString()).toBe('0.6666666666666666666666666666666666666667');
    const Library = Decimal.clone({ defaults: true, precision: 40, rounding: Decimal.ROUND_HALF_UP });
    expect(amount.ln().toString()).toBe(new Library(2).ln().toString());
  });

  it("works when a caller makes decimal.js's constructor property read-only (no override mistake)", () => {
    for (const p of PROTOTYPES) Object.defineProperty(p, 'constructor', { writable: false });
    expect(() => new Decimal(1)).toThrow(TypeError);
    const fee = money('159.99', 'USD');
    expect(formatMoney(sumMoney([fee, money('0.01', 'USD')], 'USD'))).toBe('USD 160.00');
    expect(fee.amount.plus('0.01').toFixed(2)).toBe('160.00');
  });

  it('is frozen, of frozen private prototypes that inherit decimal.js\'s, still a Decimal', () => {
    const amount = money('-0.5', 'EUR').amount;
    const own = Object.getPrototypeOf(amount) as object;
    expect(Object.isFrozen(amount) && Object.isFrozen(amount.d) && Object.isFrozen(own)).toBe(true);
    const methods = Object.getPrototypeOf(own) as object;
    expect(Object.isFrozen(methods)).toBe(true);
    expect([own, methods]).not.toContain(Decimal.prototype);
    expect(Object.getPrototypeOf(methods) === Decimal.prototype).toBe(true);
    expect(amount instanceof Decimal).toBe(true);
    expect(Decimal.isDecimal(amount)).toBe(true);
    expect(Object.keys(amount).sort()).toEqual(['d', 'e', 's']);
    expect(Object.prototype.toString.call(amount)).toBe('[object Decimal]');
    expect(typeof (amount as unknown as { toStringTag: unknown }).toStringTag).toBe('string');
    expect(new Decimal(amount).toString()).toBe('-0.5');
  });

  it('an amount of its own is read from the text the library kept for it, not from its fields', () => {
    // The text shows in what an error quotes: the kept '159.99', not the fields' '1.5999e2'.
    expect(invalid(() => money(money('159.99', 'USD').amount, 'JPY')).received).toBe('"159.99"');
    expect(invalid(() => money(new Decimal('159.99'), 'JPY')).received).toBe('"1.5999e2"');
    // A copy of its fields under its prototype is not one of its own: read by its fields.
    const copy = Object.assign(Object.create(Object.getPrototypeOf(money('1', 'USD').amount) as object), { s: 1, e: 2, d: [159, 9900000] });
    expect(invalid(() => money(copy, 'JPY')).received).toBe('"1.5999e2"');
  });

  it('changing the constructor read from one amount changes no other amount, nor that one', () => {
    const shared = money('2', 'USD');
    const Ctor = shared.amount.constructor as typeof Decimal;
    Ctor.set({ precision: 1, rounding: Decimal.ROUND_DOWN });
    expect(new Ctor(2).div(3).toString()).toBe('0.6');
    expect(shared.amount.div(3).toString()).toBe('0.6666666666666666666666666666666666666667');
    expect(money('2', 'USD').amount.div(3).toString()).toBe('0.6666666666666666666666666666666666666667');
  });

  const Reference = Decimal.clone({ defaults: true, precision: 40, rounding: 4, toExpNeg: -7, toExpPos: 21 });
  type Op = (x: Decimal) => unknown;
  const OPS: readonly (readonly [string, Op])[] = [
    ['plus', (x) => x.plus('0.01')],
    ['minus', (x) => x.minus('-199.99')],
    ['times', (x) => x.times('1.0825')],
    ['div', (x) => x.div(7)],
    ['mod', (x) => x.mod('0.3')],
    ['pow', (x) => x.pow(3)],
    ['sqrt', (x) => x.abs().sqrt()],
    ['cbrt', (x) => x.cbrt()],
    ['ln', (x) => x.abs().plus(1).ln()],
    ['exp', (x) => x.div(1e6).exp()],
    ['log', (x) => x.abs().plus(1).log(10)],
    ['cos', (x) => x.div(1e6).cos()],
    ['atan', (x) => x.atan()],
    ['toFraction', (x) => x.toFraction(1000).join('/')],
    ['toSignificantDigits', (x) => x.toSignificantDigits(3)],
    ['toDecimalPlaces', (x) => x.toDecimalPlaces(1)],
    ['toNearest', (x) => x.toNearest('0.05')],
    ['round', (x) => x.round()],
    ['cmp', (x) => x.cmp('159.99')],
    ['toFixed', (x) => x.toFixed(4)],
    ['toPrecision', (x) => x.toPrecision(5)],
    ['toJSON', (x) => x.toJSON()],
    ['valueOf', (x) => x.valueOf()],
    ['neg', (x) => x.neg()],
    ['isInteger', (x) => x.isInteger()],
  ];

  it('computes with decimal.js as a Decimal of the library\'s settings would, for every method (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 13n) + 1n, max: 10n ** 13n - 1n }), fc.constantFrom(...OPS), (cents, [, op]) => {
        const text = new Reference(cents.toString()).div(100).toFixed();
        const ours = op(money(text, 'USD').amount);
        const theirs = op(new Reference(text));
        expect(String(ours)).toBe(String(theirs));
      }),
      { numRuns: 300 },
    );
  });
});

/** The digits of an amount forged to exhaust memory through decimal.js's own `toExponential()`. */
const HUGE = 2 ** 32 - 1;

/** A money value at a reachable place of a revived status, its amount replaced by `amount`. */
function statusWithAmount(amount: unknown): unknown {
  const status = JSON.parse(JSON.stringify(planStatus(PLAN, EVENTS, LATER))) as unknown;
  let replaced = false;
  const walk = (value: unknown): void => {
    if (replaced || typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    if (typeof record.amount === 'string' && typeof record.currency === 'string') {
      record.amount = amount;
      replaced = true;
      return;
    }
    for (const inner of Object.values(record)) walk(inner);
  };
  walk(status);
  expect(replaced).toBe(true);
  return status;
}

describe('class 3: a forged Decimal-like is read by its fields, bounded, never by its methods (issue 10, known limit 2)', () => {
  const throwing = () => {
    throw new Error('a method of a forged amount was called');
  };
  const FORGERIES: readonly (readonly [string, () => object])[] = [
    ['decimal.js\'s prototype', () => Object.create(Decimal.prototype)],
    ['another copy\'s prototype', () => Object.create(OtherDecimal.prototype)],
    ['the library\'s own amounts\' prototype', () => Object.create(Object.getPrototypeOf(money('1', 'USD').amount))],
    ['no prototype', () => Object.create(null)],
    ['a plain object with lying methods', () => ({ toExponential: throwing, toString: throwing, valueOf: throwing, toFixed: throwing })],
  ];

  it.each(FORGERIES)('refuses digits of length 2^32-1 at once, made from %s', (_label, make) => {
    const forged = Object.assign(make(), { s: 1, e: 2, d: new Array(HUGE) });
    const m = (amount: unknown) => ({ amount, currency: 'USD' });
    for (const [run, field] of [
      [() => formatMoney(m(forged) as never), 'value.amount.d'],
      [() => money(forged as never, 'USD'), 'amount.d'],
      [() => requireMoney(m(forged), 'fee'), 'fee.amount.d'],
      [() => moneyFromJSON(m(forged)), 'money.amount.d'],
      [() => sumMoney([money('1', 'USD'), m(forged)] as never, 'USD'), 'amounts[1].amount.d'],
    ] as const) {
      const error = invalid(run);
      expect([error.field, error.code]).toEqual([field, 'too-large']);
    }
    expect(invalid(() => statusFromJSON(statusWithAmount(forged))).code).toBe('too-large');
  });

  it.each(FORGERIES)('refuses a huge exponent at once, made from %s', (_label, make) => {
    for (const e of [9e15, -9e15, 2 ** 53 - 1, 2 ** 53, Number.MAX_VALUE, Number.POSITIVE_INFINITY]) {
      const forged = Object.assign(make(), { s: 1, e, d: [1] });
      expect(invalid(() => formatMoney({ amount: forged, currency: 'USD' } as never)).code).toBe('invalid-value');
    }
  });

  /** A hostile digits list: huge, sparse, with holes, wrong words, or a Proxy that counts reads. */
  const words = fc.array(fc.oneof(fc.integer({ min: 0, max: 9_999_999 }), fc.constantFrom(1e7, -1, 1.5, Number.NaN, '5', undefined, null)), { maxLength: AMOUNT_WORDS + 2 });
  const digits = fc.oneof(
    words,
    words.map((list) => new Proxy(list, {})),
    words.chain((list) => fc.nat({ max: Math.max(list.length - 1, 0) }).map((hole) => {
      const copy = [...list];
      delete copy[hole];
      return copy;
    })),
    fc.integer({ min: AMOUNT_WORDS + 1, max: HUGE }).map((length) => new Array(length)),
    fc.constantFrom(null, undefined, '159', 159, {}, { length: HUGE }),
  );
  const forged = fc.record({
    proto: fc.constantFrom<object | null>(Decimal.prototype, OtherDecimal.prototype, Object.getPrototypeOf(money('1', 'USD').amount) as object, null, Object.prototype),
    s: fc.oneof(fc.constantFrom(1, -1), fc.constantFrom(0, 2, Number.NaN, '1', undefined, null)),
    e: fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom(9e15, -9e15, 2 ** 53, Number.POSITIVE_INFINITY, Number.NaN, 1.5, '2', undefined)),
    d: digits,
    /** How it is read: plain fields, getters that change after the first read, or a Proxy. */
    shape: fc.constantFrom('fields', 'getters', 'proxy'),
  });

  it('gives an InvalidInputError naming the amount, or the money decimal.js itself would read, reading each field once (property)', () => {
    fc.assert(
      fc.property(forged, ({ proto, s, e, d, shape }) => {
        const reads: Record<string, number> = {};
        const count = (key: PropertyKey) => {
          reads[String(key)] = (reads[String(key)] ?? 0) + 1;
        };
        const base = Object.create(proto) as Record<string, unknown>;
        const first = { s, e, d } as Record<string, unknown>;
        let amount: object;
        if (shape === 'fields') {
          amount = Object.assign(base, first);
        } else if (shape === 'getters') {
          for (const key of ['s', 'e', 'd']) {
            Object.defineProperty(base, key, {
              get: () => {
                count(key);
                // Later reads say something else: huge digits, another sign and exponent.
                return reads[key] === 1 ? first[key] : key === 'd' ? new Array(HUGE) : 7;
              },
            });
          }
          amount = base;
        } else {
          amount = new Proxy(Object.assign(base, first), {
            get(target, key, receiver) {
              count(key);
              return Reflect.get(target, key, receiver);
            },
          });
        }
        let m: Money | undefined;
        try {
          m = money(amount as never, 'USD');
        } catch (error) {
          expect(invalid(() => {
            throw error;
          }).field).toMatch(/^amount(\.d(\[\d+\])?)?$/);
        }
        // Each field at most once, nothing else (no method looked up).
        for (const [key, n] of Object.entries(reads)) {
          expect(['s', 'e', 'd']).toContain(key);
          expect(n).toBe(1);
        }
        if (m !== undefined) {
          // Accepted: the money decimal.js's own toExponential() of the same fields gives.
          const real = Object.assign(new OtherDecimal(0), { s, e, d: [...(d as number[])] });
          expect(JSON.stringify(m)).toBe(JSON.stringify(money(new OtherDecimal(real.toExponential()).toFixed(), 'USD')));
          expect(formatMoney(m)).toMatch(/^-?USD -?\d{1,13}\.\d\d$/);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
