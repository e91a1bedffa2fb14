/**
 * Issue 13 × issue 10 class 1, a review of the shared option readers (review2): since
 * `checkPurchaseEligibility` reads its options through `termsOf`, `wantsWords` and
 * `givenLocale` (the one reader of `options.locale`), every rule reads each options key and
 * each key of a locale once per call; and a record that its own Proxy trap revokes at any
 * step of the reading (the record check's `getPrototypeOf` included) is invalid input of that
 * record, never the engine's `TypeError`.
 *
 * Found: `termsOf` read `options.terms` outside the `try` its readers share, so options
 * revoked in the record check gave `TypeError: Cannot perform 'get' on a proxy that has been
 * revoked` from every rule, and from `checkPurchaseEligibility` since it stopped reading its
 * options itself (its own copy had the `try`). The same for `formatDate`, `formatDateTime`,
 * `formatAmount` (their options), `formatMoney`, `formattingLocale`, `pluralCategory` (a
 * locale's `tag`), `moneyFromJSON` and the money `formatMoney` and `sumMoney` read, a period's
 * `start` and `end`, and `selectPlural`'s forms.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { InvalidInputError } from '../src/index';
import { formatAmount, formatDate, formatDateTime, formattingLocale, pluralCategory, selectPlural } from '../src/locale/index';
import { ja } from '../src/locale/ja';
import { CALLS } from './boundary-support';

const TRAPS = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;

/** A Proxy of `target` that counts every trap into `log` and revokes itself after the `at`-th trap of `counter` (that trap still answers). */
function hostile<T extends object>(target: T, name: string, log: string[], at = 0, counter = { n: 0 }): T {
  let revoke = (): void => undefined;
  const handler: ProxyHandler<T> = {};
  for (const trap of TRAPS) {
    (handler as Record<string, unknown>)[trap] = (t: T, ...rest: unknown[]): unknown => {
      log.push(`${name}.${trap}${rest.length > 0 && trap !== 'ownKeys' ? `.${String(rest[0])}` : ''}`);
      const value: unknown = (Reflect[trap] as (...a: unknown[]) => unknown)(t, ...rest);
      counter.n += 1;
      if (counter.n === at) revoke();
      return value;
    };
  }
  const r = Proxy.revocable(target, handler);
  revoke = r.revoke;
  return r.proxy;
}

/** What a call threw: `'ok'`, `InvalidInputError <field>`, or the foreign error's name and message. */
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof InvalidInputError) return `InvalidInputError ${error.field}`;
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

/** The rules that take `{ terms, messages, locale }`, and the position of their options. */
const RULES: Readonly<Record<string, number>> = {
  checkPurchaseEligibility: 1,
  agreementDate: 1,
  planStatus: 3,
  safeFlightReward: 3,
  checkCareRefreshPlus: 3,
  applyCareRefreshPlus: 3,
  assessReplacement: 3,
  checkFlyaway: 3,
  assessDiscountedRepair: 3,
  assessMaintenance: 3,
  rebindAfterReplacement: 3,
  checkServiceLocation: 2,
};
const rules = api as unknown as Readonly<Record<string, (...a: unknown[]) => unknown>>;
/** A valid call of each rule with `options` at its place. */
const callWith = (name: string, options: unknown): (() => unknown) => {
  const call = CALLS.find((c) => c.name === name) as (typeof CALLS)[number];
  const args = [...call.args()];
  const at = RULES[name] as number;
  while (args.length < at) args.push(undefined);
  args.length = at;
  return () => (rules[name] as (...a: unknown[]) => unknown)(...args, options);
};

describe('issue 13 × issue 10 class 1 (review): the options of every rule, read through the shared readers', () => {
  it.each(Object.keys(RULES))('%s: each options key and each key of the locale read once, words or none', (name) => {
    for (const messages of [true, false]) {
      const log: string[] = [];
      const locale = hostile({ ...ja }, 'locale', log);
      const options = hostile({ terms: null, messages, locale }, 'options', log);
      expect(outcome(callWith(name, options))).toBe('ok');
      const gets = log.filter((l) => l.includes('.get.'));
      expect(gets).toEqual(['options.get.terms', 'options.get.messages', 'options.get.locale', 'locale.get.tag', 'locale.get.messages', 'locale.get.texts', 'locale.get.glossary']);
      // No other trap reads a key or lists the keys (the record checks ask only for the prototype).
      expect(log.filter((l) => !l.includes('.get.') && !l.endsWith('getPrototypeOf'))).toEqual([]);
    }
  });

  it.each(Object.keys(RULES))('%s: options or a locale revoked by their own trap at any step are invalid input of that record', (name) => {
    for (const which of ['options', 'locale'] as const) {
      for (let at = 1; at <= 12; at += 1) {
        const counter = { n: 0 };
        const log: string[] = [];
        const locale = which === 'locale' ? hostile({ ...ja }, 'locale', log, at, counter) : ja;
        const options = which === 'options' ? hostile({ terms: null, messages: true, locale }, 'options', log, at, counter) : { terms: null, messages: true, locale };
        const got = outcome(callWith(name, options));
        // Revoked after its last read, the record was read whole: the call goes on.
        expect(['ok', `InvalidInputError ${which === 'options' ? 'options' : 'options.locale'}`], `${which} revoked at trap ${at}: ${got}`).toContain(got);
      }
    }
  });

  it("the caller's own exception in a getter passes through unchanged (termsOf)", () => {
    const thrown = new Error('caller');
    const options = { get terms(): never { throw thrown; } };
    expect(() => api.planStatus(CALLS[9]?.args()[0] as api.Plan, [], '2026-06-01T00:00:00Z', options)).toThrow(thrown);
  });
});

describe('issue 13 × issue 10 class 1 (review): the locale helpers and money read a revoked record as invalid input', () => {
  const money = () => api.money('1234.50', 'EUR');
  const CASES: readonly (readonly [string, 'options' | 'locale', string, (o: object, locale: object) => unknown])[] = [
    ['formatDate', 'options', 'options', (o) => formatDate('2026-03-01', o as never)],
    ['formatDate', 'locale', 'options.locale', (o) => formatDate('2026-03-01', o as never)],
    ['formatDateTime', 'options', 'options', (o) => formatDateTime('2026-03-01T00:00:00Z', 'UTC', o as never)],
    ['formatDateTime', 'locale', 'options.locale', (o) => formatDateTime('2026-03-01T00:00:00Z', 'UTC', o as never)],
    ['formatAmount', 'options', 'options', (o) => formatAmount('1.00', 'USD', 2, o as never)],
    ['formatAmount', 'locale', 'options.locale', (o) => formatAmount('1.00', 'USD', 2, o as never)],
    ['formatMoney', 'options', 'options', (o) => api.formatMoney(money(), o as never)],
    ['formatMoney', 'locale', 'options.locale', (o) => api.formatMoney(money(), o as never)],
    ['formattingLocale', 'locale', 'locale', (_o, l) => formattingLocale(l as never, 'JP')],
    ['pluralCategory', 'locale', 'locale', (_o, l) => pluralCategory(1, l as never)],
    ['selectPlural', 'locale', 'forms', (_o, l) => selectPlural(1, l as never, 'en')],
  ];
  it.each(CASES)('%s: %s revoked at any step', (_name, which, field, call) => {
    for (let at = 1; at <= 8; at += 1) {
      const counter = { n: 0 };
      const log: string[] = [];
      const target = _name === 'selectPlural' ? { one: '# x', other: '# xs' } : { ...ja };
      const locale = which === 'locale' ? hostile(target, 'locale', log, at, counter) : target;
      const options = which === 'options' ? hostile({ locale, region: 'JP' }, 'options', log, at, counter) : { locale, region: 'JP' };
      const got = outcome(() => call(options, locale));
      expect(['ok', `InvalidInputError ${field}`], `revoked at trap ${at}: ${got}`).toContain(got);
    }
  });

  it('money and periods revoked at any step: moneyFromJSON, formatMoney, sumMoney, isInPeriod', () => {
    const period = api.periodList(api.coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' }))[0] as api.Period;
    for (let at = 1; at <= 6; at += 1) {
      const m = () => hostile({ amount: money().amount, currency: 'EUR' }, 'money', [], at, { n: 0 });
      expect(['ok', 'InvalidInputError money'], `moneyFromJSON at ${at}`).toContain(outcome(() => api.moneyFromJSON(hostile({ amount: '1.00', currency: 'EUR' }, 'm', [], at, { n: 0 }))));
      expect(['ok', 'InvalidInputError value'], `formatMoney at ${at}`).toContain(outcome(() => api.formatMoney(m())));
      expect(['ok', 'InvalidInputError amounts[0]'], `sumMoney at ${at}`).toContain(outcome(() => api.sumMoney([m()], 'EUR')));
      expect(['ok', 'InvalidInputError period'], `isInPeriod at ${at}`).toContain(outcome(() => api.isInPeriod(hostile({ ...period }, 'p', [], at, { n: 0 }), '2026-06-01T00:00:00Z')));
    }
  });
});
