/**
 * Adversarial check of issue 13's surface against issue 10's promise (trust at the boundary):
 * `options.locale` on every function that writes words, caller catalogues and texts, and the
 * money of this round, tried as a storefront's own code (or a bug in it) could. Each block is
 * one class of problem found, with the smallest reproduction; the promise is that only
 * `InvalidInputError` or the caller's own exception escapes, never the engine's `TypeError`
 * raised by the library's own reads.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { InvalidInputError, type Locale, type RenderContext, describePlan, en, formatMoney, money, planStatus, renderDecision, sumMoney, timelineSvg, timelineText } from '../src/index';
import { formatAmount, formatDate, formatDateTime, formattingLocale } from '../src/locale/index';
import { ja } from '../src/locale/ja';
import { CALLS, EVENTS, LATER, PLAN, call } from './boundary-support';

/** The index of the options argument of every function that writes words. */
const OPTIONS_AT: Readonly<Record<string, number>> = {
  checkPurchaseEligibility: 1,
  agreementDate: 1,
  planStatus: 3,
  assessReplacement: 3,
  checkFlyaway: 3,
  assessDiscountedRepair: 3,
  assessMaintenance: 3,
  checkCareRefreshPlus: 3,
  applyCareRefreshPlus: 3,
  rebindAfterReplacement: 3,
  safeFlightReward: 3,
  checkServiceLocation: 2,
  describePlan: 1,
  timelineText: 1,
  timelineSvg: 1,
};

/** Every valid call of a function that writes words (boundary-support's), with `locale` in its options. */
function localeCalls(locale: () => unknown): readonly (readonly [string, () => unknown])[] {
  return CALLS.filter((c) => c.name in OPTIONS_AT).map((c) => [
    c.name,
    () => {
      const args = [...c.args()];
      const at = OPTIONS_AT[c.name] as number;
      while (args.length <= at) args.push({});
      args[at] = { ...(args[at] as object | undefined), locale: locale() };
      return call(c.name, args);
    },
  ]);
}

/** What a call gives: `'ok'`, `'invalid'` (InvalidInputError), `'caller'` (the caller's own error) or the foreign error's text. */
class CallerError extends Error {}
function outcome(run: () => unknown): string {
  try {
    run();
    return 'ok';
  } catch (error) {
    if (error instanceof InvalidInputError) return 'invalid';
    if (error instanceof CallerError) return 'caller';
    return `foreign ${String(error)}`;
  }
}

/** A Proxy of `target` that revokes itself on its first `get` (the value of that read is given). */
function revokedOnFirstRead<T extends object>(target: T): T {
  const { proxy, revoke } = Proxy.revocable(target, {
    get(t, key, receiver) {
      const value: unknown = Reflect.get(t, key, receiver);
      revoke();
      return value;
    },
  });
  return proxy;
}

type Template = (params: unknown, context: RenderContext) => unknown;

/** `record` with every function wrapped: `before(context)` runs, then the original. */
function wrapped<T extends object>(record: T, before: (context: RenderContext) => void): T {
  return Object.fromEntries(
    Object.entries(record).map(([key, f]) => [
      key,
      (p: unknown, c: RenderContext) => {
        before(c);
        return (f as Template)(p, c);
      },
    ]),
  ) as T;
}

describe('issue 13 × issue 10 class 2: a Proxy revoked during the call is invalid input, not the engine\'s TypeError', () => {
  // refuseRevoked (validate.ts) refuses a Proxy revoked before the call because "reading one
  // throws the engine's own TypeError, which is not the caller's exception"; one the caller's
  // own code revokes while the library reads it gives that TypeError today.

  it.each(localeCalls(() => revokedOnFirstRead({ ...ja })))('a locale that revokes itself on its first read: %s', (_name, run) => {
    expect(outcome(run)).not.toMatch(/^foreign/);
  });

  it.each(localeCalls(() => ({ ...ja, messages: revokedOnFirstRead({ ...ja.messages }), texts: revokedOnFirstRead({ ...ja.texts }) })))(
    'a catalogue and texts that revoke themselves on their first read: %s',
    (_name, run) => {
      expect(outcome(run)).not.toMatch(/^foreign/);
    },
  );

  it('a caller template that revokes its own catalogue (the next code is looked up in a revoked Proxy)', () => {
    const { proxy, revoke } = Proxy.revocable({ ...ja.messages }, {});
    const messages = wrapped(ja.messages, () => revoke());
    Object.assign(proxy, messages);
    // Smallest: planStatus gives two reasons at least; the second lookup meets the revoked catalogue.
    expect(outcome(() => planStatus(PLAN, EVENTS, LATER, { locale: { ...ja, messages: proxy } }))).not.toMatch(/^foreign/);
  });

  it('renderDecision with a catalogue that revokes itself on its first read', () => {
    const stored = JSON.parse(JSON.stringify(planStatus(PLAN, EVENTS, LATER, { messages: false })));
    expect(outcome(() => api.renderStatus(stored, { locale: { ...ja, messages: revokedOnFirstRead({ ...ja.messages }) } }))).not.toMatch(/^foreign/);
    const decision = JSON.parse(JSON.stringify(api.assessReplacement(PLAN, EVENTS, { type: 'damage', at: LATER, serial: 'B2' }, { messages: false })));
    expect(outcome(() => renderDecision(decision, { locale: { ...ja, messages: revokedOnFirstRead({ ...ja.messages }) } }))).not.toMatch(/^foreign/);
  });

  it('a caller text template that revokes its own texts (describePlan, timelineText, timelineSvg)', () => {
    for (const [name, run] of localeCalls(() => {
      const { proxy, revoke } = Proxy.revocable({} as Locale['texts'], {});
      Object.assign(proxy, wrapped(ja.texts, () => revoke()));
      return { ...ja, texts: proxy };
    })) {
      if (!['describePlan', 'timelineText', 'timelineSvg'].includes(name)) continue;
      expect(outcome(run), name).not.toMatch(/^foreign/);
    }
  });

  it("a template's words that revoke themselves on their first read", () => {
    const messages = Object.fromEntries(Object.keys(ja.messages).map((code) => [code, () => revokedOnFirstRead({ message: 'm', expected: 'e', received: 'r' })]));
    for (const [name, run] of localeCalls(() => ({ ...ja, messages }))) {
      expect(outcome(run), name).not.toMatch(/^foreign/);
    }
  });

  it('a Decimal-like amount that revokes itself on its first field read (money, formatMoney, sumMoney)', () => {
    const amount = () => revokedOnFirstRead({ s: 1, e: 2, d: [159] });
    expect(outcome(() => money(amount() as never, 'USD'))).not.toMatch(/^foreign/);
    expect(outcome(() => formatMoney({ amount: amount(), currency: 'USD' } as never, { locale: ja }))).not.toMatch(/^foreign/);
    expect(outcome(() => sumMoney([{ amount: amount(), currency: 'USD' } as never], 'USD'))).not.toMatch(/^foreign/);
    // Its digits array revoking itself after its length is read.
    expect(outcome(() => money({ s: 1, e: 2, d: revokedOnFirstRead([159]) } as never, 'USD'))).not.toMatch(/^foreign/);
  });

  it("the caller's own exception from a trap still passes through unchanged", () => {
    const throwing = new Proxy({ ...ja }, {
      get(t, key, receiver) {
        if (key === 'messages') throw new CallerError('mine');
        return Reflect.get(t, key, receiver) as unknown;
      },
    });
    expect(outcome(() => planStatus(PLAN, EVENTS, LATER, { locale: throwing }))).toBe('caller');
    const words = Object.fromEntries(
      Object.keys(ja.messages).map((code) => [
        code,
        () =>
          new Proxy({ message: 'm' }, {
            get() {
              throw new CallerError('mine');
            },
          }),
      ]),
    );
    expect(outcome(() => planStatus(PLAN, EVENTS, LATER, { locale: { ...ja, messages: words } as never }))).toBe('caller');
    const amount = new Proxy({ s: 1, e: 2, d: [159] }, {
      get() {
        throw new CallerError('mine');
      },
    });
    expect(outcome(() => money(amount as never, 'USD'))).toBe('caller');
  });
});

describe('issue 13: the context a template is given is frozen in describePlan and the timelines, as contextOf promises', () => {
  // words.ts: the context is "frozen so that no template can change what the next one reads".
  // describePlan and the timelines build theirs unfrozen, and describePlan formats its fees
  // from it after the caller's templates have run.
  const status = () => JSON.parse(JSON.stringify(planStatus(PLAN, EVENTS.slice(0, 1), LATER))) as ReturnType<typeof planStatus>;

  it("a caller's message template that writes a Symbol into context.tag does not make describePlan throw a TypeError", () => {
    for (const bad of [Symbol('tag'), Object.create(null) as object]) {
      const messages = wrapped(ja.messages, (c) => {
        try {
          (c as { tag: unknown }).tag = bad;
        } catch {
          // frozen: as it should be
        }
      });
      expect(outcome(() => describePlan(status(), { locale: { ...ja, messages } }))).not.toMatch(/^foreign/);
    }
  });

  it("a caller's template cannot change the tag, region or zone the next template (or the library) writes with", () => {
    const frozen: boolean[] = [];
    const texts = wrapped(ja.texts, (c) => frozen.push(Object.isFrozen(c)));
    const messages = wrapped(ja.messages, (c) => frozen.push(Object.isFrozen(c)));
    describePlan(status(), { locale: { ...ja, messages, texts } });
    const periods = api.periodList(api.coveragePeriods({ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-03-29' }));
    timelineText(periods, { today: '2026-06-01', locale: { ...ja, texts } });
    timelineSvg(periods, { today: '2026-06-01', locale: { ...ja, texts } });
    expect(frozen.length).toBeGreaterThan(10);
    expect(frozen.every(Boolean)).toBe(true);
  });

  it("a caller's template changing the zone in describePlan's context changes nothing the shipped templates write", () => {
    const plain = describePlan(status(), { locale: ja });
    const texts = { ...ja.texts, 'describe.plan': (p: Parameters<Locale['texts']['describe.plan']>[0], c: RenderContext) => {
      try {
        Object.assign(c, { tag: 'de', region: 'DE' });
      } catch {
        // frozen
      }
      return ja.texts['describe.plan'](p, c);
    } };
    expect(describePlan(status(), { locale: { ...ja, texts } })).toBe(plain);
  });
});

describe("issue 13: a well-formed tag of undetermined language ('und') is invalid input, not a TypeError or RangeError", () => {
  // `und`, `und-Hant`, `und-JP`, `und-x-foo` pass Intl's grammar, and Node 20's `Intl.Locale`
  // gives them no `language`: formattingLocale returned `undefined` (`'undefined-Hant'` for
  // und-Hant), and every path that formats with it threw the engine's error.
  const UND = ['und', 'und-Hant', 'und-JP', 'und-u-nu-arab', 'und-x-foo'];

  it.each(UND)('formattingLocale, formatDate, formatDateTime, formatAmount, formatMoney: %s', (tag) => {
    // Refused or formatted, but never the engine's error, and a formatting locale is a tag.
    for (const region of [undefined, 'HK'] as const) {
      const tagOut = outcome(() => expect(formattingLocale(tag, region)).toMatch(/^[a-z]{2,8}(?:-[A-Za-z0-9]+)*$/));
      expect(tagOut).toMatch(/^(ok|invalid)$/);
    }
    for (const run of [
      () => formatDate('2026-03-01', { locale: tag }),
      () => formatDateTime('2026-03-01T00:00:00Z', 'Asia/Tokyo', { locale: { tag } }),
      () => formatAmount('1.50', 'EUR', 2, { locale: tag, region: 'DE' }),
      () => formatMoney(money('1234.5', 'USD'), { locale: tag, region: 'JP' }),
    ]) {
      expect(outcome(run)).toMatch(/^(ok|invalid)$/);
    }
  });

  it.each(UND)('every function that writes words, with a locale tagged %s', (tag) => {
    for (const [name, run] of localeCalls(() => ({ ...ja, tag }))) {
      expect(outcome(run), name).toMatch(/^(ok|invalid)$/);
    }
  });
});

describe('issue 11/13 × issue 10: stored params that are not JSON primitives are invalid input, not a TypeError in the templates', () => {
  // codes.ts: "Params are JSON values only: strings, numbers, booleans and null". The revivers
  // accept any JSON value in params, and a template writes `${p.date}`: plain JSON such as
  // {"toString":1} (or an in-process object without a prototype) made every catalogue, English
  // included, throw "Cannot convert object to primitive value".
  const poisoned = (value: unknown, bad: () => unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, v: unknown) =>
      key === 'params' && v !== null && typeof v === 'object' ? Object.fromEntries(Object.keys(v).map((k) => [k, bad()])) : v,
    );
  const BAD: readonly (readonly [string, () => unknown])[] = [
    ['{"toString":1} from JSON', () => JSON.parse('{"toString":1}') as unknown],
    ['an object without a prototype', () => Object.create(null) as unknown],
    ['[{"toString":1}] from JSON', () => JSON.parse('[{"toString":1}]') as unknown],
  ];

  it.each(BAD)('renderDecision, renderStatus and describePlan, in English and Japanese: %s', (_what, bad) => {
    const decision = api.assessReplacement(PLAN, EVENTS, { type: 'damage', at: LATER, serial: 'B2' }, { messages: false });
    const status = planStatus(PLAN, EVENTS, LATER, { messages: false });
    for (const locale of [null, ja]) {
      expect(outcome(() => renderDecision(poisoned(decision, bad) as never, { locale }))).toBe('invalid');
      expect(outcome(() => api.renderStatus(poisoned(status, bad) as never, { locale }))).toBe('invalid');
      expect(outcome(() => describePlan(poisoned(status, bad) as never, { locale }))).toBe('invalid');
    }
  });
});

describe('issue 13 × issue 10: a region is checked even when the tag has its own', () => {
  // formattingLocale documents "@throws InvalidInputError for … an unknown region code", and
  // formatMoney checks options.region always; formattingLocale (and formatDate, formatDateTime,
  // formatAmount through it) skipped the check when the tag had a region of its own, so a
  // Symbol, an object or an unknown code was accepted there and refused everywhere else.
  it.each([['XX'], [Symbol('region')], [{ toString: (): string => 'AT' }], ['at']] as const)('region %s with de-AT', (region) => {
    expect(outcome(() => formattingLocale('de-AT', region as never))).toBe('invalid');
    expect(outcome(() => formatDate('2026-01-01', { locale: 'de-AT', region: region as never }))).toBe('invalid');
    expect(outcome(() => formatDateTime('2026-01-01T00:00:00Z', 'Europe/Vienna', { locale: { tag: 'de-AT' }, region: region as never }))).toBe('invalid');
    expect(outcome(() => formatAmount('1.50', 'EUR', 2, { locale: 'de-AT', region: region as never }))).toBe('invalid');
    expect(outcome(() => formatMoney(money('1.50', 'EUR'), { locale: 'de-AT', region: region as never }))).toBe('invalid');
  });

  it("the tag's own region still wins over a valid plan region", () => {
    expect(formattingLocale('de-AT', 'DE')).toBe('de-AT');
  });
});

describe('issue 13: what could not be broken (kept as regressions)', () => {
  it('Unicode extensions and non-Latin markets: Gregorian dates, Latin digits in every function', () => {
    for (const tag of ['ja-u-ca-japanese-nu-jpan', 'ar-EG', 'th-TH-u-nu-thai', 'fa-IR', 'ar-u-nu-arab-ca-islamic', 'hi-IN-u-nu-deva']) {
      for (const [name, run] of localeCalls(() => ({ ...ja, tag }))) {
        const out = JSON.stringify(run());
        expect(out, `${tag} ${name}`).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]|令和|平成|พ\.ศ|256[89]/);
      }
      expect(formatMoney(money('1234.5', 'USD'), { locale: tag })).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\u0e50-\u0e59]/);
    }
  });

  it('caller text in the SVG (title, labels, texts templates) is escaped in every shipped locale', async () => {
    const evil = '<script>x</script>&"\'\u0000\ud800]]>';
    const periods = api.periodList(api.coveragePeriods({ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-03-29' }));
    const labels = Object.fromEntries(periods.map((p) => [p.kind, evil]));
    const locales: Locale[] = [en, ja];
    for (const tag of ['ko', 'zh-Hans', 'zh-Hant', 'de', 'fr', 'es', 'it']) {
      const mod = (await import(`../src/locale/${tag}.ts`)) as Record<string, Locale>;
      locales.push(Object.values(mod).find((v) => typeof v === 'object' && v !== null && 'texts' in v) as Locale);
    }
    for (const l of locales) {
      const texts = Object.fromEntries(Object.entries(l.texts).map(([k, f]) => [k, (p: unknown, c: RenderContext) => evil + String((f as Template)(p, c))]));
      for (const locale of [l, { ...l, texts } as Locale]) {
        const svg = timelineSvg(periods, { today: '2026-06-01', title: evil, labels, locale });
        expect(svg, l.tag).not.toMatch(/<script|\u0000|\ud800(?![\udc00-\udfff])|]]>/);
      }
    }
  });
});

describe('issue 10 class 2: every record or list of every call, revoked by its own trap during the call, is invalid input', () => {
  // The same class as above, at the shared boundary: options read by several readers (terms,
  // then messages, then locale), records keyed by the caller (terms.products, params) and the
  // revivers' plain JSON copies gave the engine's TypeError when the caller's trap revoked its
  // own Proxy after the first, second or third read.
  const isPlain = (v: unknown): v is Record<string, unknown> =>
    typeof v === 'object' && v !== null && (Array.isArray(v) || Object.getPrototypeOf(v) === Object.prototype);
  const paths = (v: unknown, at: readonly (string | number)[] = [], out: (readonly (string | number)[])[] = []): (readonly (string | number)[])[] => {
    if (isPlain(v)) {
      if (at.length > 0) out.push(at);
      for (const k of Object.keys(v)) paths(v[k], [...at, Array.isArray(v) ? Number(k) : k], out);
    }
    return out;
  };
  const setAt = (root: unknown, at: readonly (string | number)[], f: (v: object) => object): unknown => {
    if (at.length === 0) return f(root as object);
    const copy = (Array.isArray(root) ? [...(root as unknown[])] : { ...(root as object) }) as Record<string | number, unknown>;
    const [head, ...rest] = at as [string | number, ...(string | number)[]];
    copy[head] = setAt((root as Record<string | number, unknown>)[head], rest, f);
    return copy;
  };
  const revokedAfter = <T extends object>(target: T, reads: number): T => {
    let n = 0;
    const { proxy, revoke } = Proxy.revocable(target, {
      get(t, key, receiver) {
        const value: unknown = Reflect.get(t, key, receiver);
        n += 1;
        if (n >= reads) revoke();
        return value;
      },
    });
    return proxy;
  };

  it('no foreign error at any node, revoked after its 1st, 2nd or 3rd read', () => {
    const foreign: string[] = [];
    for (const c of CALLS) {
      for (const at of paths(c.args())) {
        for (const reads of [1, 2, 3]) {
          const args = setAt(c.args(), at, (v) => revokedAfter(v, reads)) as unknown[];
          const result = outcome(() => call(c.name, args));
          if (result.startsWith('foreign')) foreign.push(`${c.name} ${at.join('.')} after ${reads}: ${result}`);
        }
      }
    }
    expect(foreign).toEqual([]);
  });
});

describe('issue 13 × issue 10 class 3: a timeline of caller texts within every limit is bounded', () => {
  // 4,000 periods (listLength is 10,000) whose texts (label, range and title, each within
  // messageLength, 10,000 characters) are '&' (escaped to '&amp;' in the SVG): the SVG passes
  // V8's longest string (2^29 - 24 characters) and timelineSvg throws RangeError "Invalid string
  // length" after about 6 s (10,000 periods: 15 s). timelineText of the same writes 80 M
  // characters (10,000 periods: 202 M, 2.5 GB of memory). Not fixed: the bound (a limit on a
  // timeline's text in all, or the label class's 1,000 characters for the timeline's texts) is
  // the lead's choice. This test costs about 6 s and 1 GB.
  it('timelineSvg of 4,000 periods with 10,000-character texts: a drawing or invalid input, never RangeError', () => {
    const base = api.periodList(api.coveragePeriods({ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-03-29' }));
    const periods = Array.from({ length: 4000 }, (_, i) => base[i % base.length] as (typeof base)[number]);
    const big = '&'.repeat(10_000);
    const texts = Object.fromEntries(
      Object.entries(ja.texts).map(([key, f]) => [key, key.startsWith('timeline.kind') || key === 'timeline.period' || key === 'timeline.range' ? () => big : f]),
    ) as unknown as Locale['texts'];
    expect(outcome(() => timelineSvg(periods, { locale: { ...ja, texts } }))).toMatch(/^(ok|invalid)$/);
  }, 120_000);
});

describe('issue 13 × issue 10 class 7: a status the library made can be described, in every shipped locale', () => {
  // A ledger recorded over the quota is reported, not refused (issue 10, class 7): planStatus
  // gives a status for 300 discounted repairs. describePlan of that status, with no locale at
  // all, throws InvalidInputError naming `options.locale.texts.describe.safe-flight.used` (a
  // field the caller never passed): the library's own English sentence listing the 300 uses is
  // past the 10,000 characters it allows a caller's text. Japanese, shorter, passes at 300 and
  // fails at 1,000, so the same status is described in one language and refused in another.
  // Not fixed: whether to list the first uses and count the rest, or not bound the library's own
  // texts, is the lead's choice.
  it('describePlan of planStatus with 300 recorded discounted repairs, in English and Japanese', () => {
    const events = Array.from({ length: 300 }, (_, i) => ({
      type: 'discounted-repair' as const,
      at: new Date(Date.UTC(2026, 3, 1) + i * 60_000).toISOString(),
      serial: PLAN.serial,
    }));
    const status = planStatus(PLAN, events, '2026-12-01T00:00:00Z');
    expect(outcome(() => describePlan(status))).toBe('ok');
    expect(outcome(() => describePlan(status, { locale: ja }))).toBe('ok');
  });
});

describe('issue 13 × issue 10 class 2: a template that cannot be called is invalid input', () => {
  // `typeof template === 'function'` is the check; a revoked Proxy of a function and a class
  // pass it, and calling them throws the engine's TypeError at the library's call site
  // ("Cannot perform 'apply' on a proxy that has been revoked", "Class constructor K cannot be
  // invoked without 'new'"), not an error of the caller's code.
  const revokedFunction = (): unknown => {
    const { proxy, revoke } = Proxy.revocable(() => ({ message: 'x' }), {});
    revoke();
    return proxy;
  };
  class Template {}
  const CASES: readonly (readonly [string, () => unknown])[] = [
    ['a revoked Proxy of a function', revokedFunction],
    ['a class (a judgement call: the lead may rule that it is the caller throwing)', () => Template],
  ];

  it.each(CASES)('as every message and text template: %s', (_what, make) => {
    const messages = Object.fromEntries(Object.keys(ja.messages).map((code) => [code, make()])) as unknown as Locale['messages'];
    const texts = Object.fromEntries(Object.keys(ja.texts).map((key) => [key, make()])) as unknown as Locale['texts'];
    expect(outcome(() => planStatus(PLAN, EVENTS, LATER, { locale: { ...ja, messages } }))).toBe('invalid');
    expect(outcome(() => describePlan(planStatus(PLAN, EVENTS, LATER), { locale: { ...ja, texts } }))).toBe('invalid');
  });
});

describe('issue 10 class 2: a Proxy whose trap breaks the Proxy invariants is the caller\'s error', () => {
  // The trap returns normally; the engine then refuses its answer with a TypeError at the
  // library's read ("'get' on proxy: property 'tag' is a read-only and non-configurable data
  // property on the proxy target but the proxy did not return its actual value"). This is so for
  // every record the library reads, not only locales. The engine's TypeError here cannot be told
  // from a TypeError the caller's trap throws itself. Ruled (SECURITY.md): a Proxy that breaks
  // the language's own invariants is the caller's code failing, and its TypeError passes through
  // like any exception of the caller's code.
  it('a frozen locale behind a get trap that answers another tag: the engine refuses the caller\'s trap, and that error passes through', () => {
    const lying = new Proxy(Object.freeze({ ...ja }), {
      get: (t, key) => (key === 'tag' ? 'de' : (t as unknown as Record<PropertyKey, unknown>)[key]),
    });
    expect(() => planStatus(PLAN, EVENTS, LATER, { locale: lying })).toThrow(/proxy/i);
  });
});
