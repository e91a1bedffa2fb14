/**
 * `options.locale` through every rule and the money formatter (issue 13, "Locales" and
 * "Formatting by language and market"): the words of every decision and status come from the
 * locale given, each template is given the plan's region and zone (from the validated plan,
 * never read again from the caller's object), no locale (absent or null) is English exactly as
 * before, invalid locales are invalid input, and a decision made in a locale is the decision
 * made without words rendered in that locale (`renderDecision`, `renderStatus`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Catalogue,
  type Locale,
  type MessageCode,
  type MessageText,
  type Plan,
  type RenderContext,
  type ServiceEvent,
  agreementDate,
  applyCareRefreshPlus,
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  checkCareRefreshPlus,
  checkFlyaway,
  checkPurchaseEligibility,
  checkServiceLocation,
  en,
  formatMoney,
  money,
  planStatus,
  rebindAfterReplacement,
  renderDecision,
  renderStatus,
  safeFlightReward,
} from '../src/index';
import { ja } from '../src/locale/ja';
import { ENGLISH } from '../src/messages/en';
import { damage, flyaway, flyawayFacts, maintenance, plus, rebind, repair } from './fixtures/plans';
import { expectInvalid, invalid } from './support';

/**
 * A test-made locale: every template writes the context it is given before the English words,
 * so a test sees both that the words come from the locale and what context it was given.
 */
function marked(tag: string): Locale {
  const messages = Object.fromEntries(
    (Object.keys(ENGLISH) as MessageCode[]).map((code) => [
      code,
      (p: never, c: RenderContext): MessageText => {
        const words = (ENGLISH[code] as (p: never, c: RenderContext) => MessageText)(p, c);
        return { ...words, message: `[${c.tag} ${c.region} ${c.timeZone}] ${words.message}` };
      },
    ]),
  ) as unknown as Catalogue;
  return { ...en, tag, messages };
}

const DE = marked('de');

// Locales for formatMoney: any record with a tag (on main at this merge, src/locale/de.ts and
// zh-Hant.ts cannot be imported on their own: each is in an import cycle with its catalogue).
const de = { tag: 'de' } as const;
const zhHant = { tag: 'zh-Hant' } as const;

/** A German plan in Berlin's zone (not UTC, so that a zone in the context is the plan's). */
const BERLIN: Plan = { product: 'mavic-3', serial: 'M3-0001', term: '1y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-01' };

/** Every object in a value that carries a code, with where it is. */
function coded(value: unknown, path = 'value', out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(value)) value.forEach((v, i) => coded(v, `${path}[${i}]`, out));
  else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const rec = value as Record<string, unknown>;
    if (typeof rec.code === 'string') out.push([path, rec]);
    else for (const [k, v] of Object.entries(rec)) coded(v, `${path}.${k}`, out);
  }
  return out;
}

/** The value with the marks of {@link marked} taken out of every message. */
function unmarked(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value), (key, v: unknown) => (key === 'message' && typeof v === 'string' ? v.replace(/^\[[^\]]*\] /, '') : v));
}

type Call = (options: object | null | undefined) => unknown;

/**
 * A call in the test-made locale: every coded object's message carries the context (`de`, the
 * region and zone expected), and is otherwise the English words; `messages: false` with a
 * locale leaves the words out as without one; no locale (absent, null, `en` itself) is English,
 * byte for byte the call without the option.
 */
function expectLocalised(call: Call, region: string | undefined, timeZone: string | undefined): void {
  const english = JSON.stringify(call({}));
  const d = call({ locale: DE });
  const found = coded(d);
  expect(found.length).toBeGreaterThan(0);
  for (const [path, rec] of found) expect(rec.message, path).toMatch(new RegExp(`^\\[de ${region} ${timeZone}\\] `));
  expect(JSON.stringify(unmarked(d))).toBe(english);
  expect(JSON.stringify(call({ locale: DE, messages: false }))).toBe(JSON.stringify(call({ messages: false })));
  expect(JSON.stringify(call({ locale: null }))).toBe(english);
  expect(JSON.stringify(call({ locale: undefined }))).toBe(english);
  expect(JSON.stringify(call(undefined))).toBe(english);
  expect(JSON.stringify(call(null))).toBe(english);
  expect(JSON.stringify(call({ locale: en }))).toBe(english);
}

const REFUSED_PURCHASE = {
  product: 'mavic-3',
  productRegion: 'DE',
  planRegion: 'FR',
  purchaseAt: '2026-03-05T10:00:00Z',
  activatedAt: '2026-03-01T10:00:00Z',
  previouslyBound: false,
} as const;

describe('ELIG-48H, ELIG-VERIFY, REGION-MATCH (issue 13): checkPurchaseEligibility in a locale', () => {
  it('writes every check, reason and next step from the locale, for the plan region, with no zone', () => {
    expectLocalised((o) => checkPurchaseEligibility(REFUSED_PURCHASE, o as never), 'FR', undefined);
    expectLocalised((o) => checkPurchaseEligibility({ ...REFUSED_PURCHASE, productRegion: 'FR', activatedAt: '2026-03-04T10:00:00Z' }, o as never), 'FR', undefined);
    const d = checkPurchaseEligibility(REFUSED_PURCHASE, { locale: DE });
    const english = ENGLISH['elig.verify.apply']({ hours: 72 }, { tag: 'en', region: undefined, timeZone: undefined }).message;
    expect(d.ok === false && d.nextSteps[0]?.message).toBe(`[de FR undefined] ${english}`);
  });

  it('reads the plan region once: the context has the region validated, not one read again', () => {
    let reads = 0;
    const input = {
      ...REFUSED_PURCHASE,
      get planRegion() {
        reads += 1;
        return reads === 1 ? 'FR' : 'US';
      },
    };
    const d = checkPurchaseEligibility(input, { locale: DE });
    expect(reads).toBe(1);
    expect(d.ok === false && d.reasons[0]?.message).toMatch(/^\[de FR undefined\] /);
  });

  it('reads options.locale once, and the locale\'s fields once each', () => {
    const reads: string[] = [];
    const locale = new Proxy(DE, { get: (t, k) => (reads.push(`locale.${String(k)}`), Reflect.get(t, k)) });
    const options = new Proxy({ locale }, { get: (t, k) => (reads.push(String(k)), Reflect.get(t, k)) });
    checkPurchaseEligibility(REFUSED_PURCHASE, options);
    expect(reads.filter((r) => r === 'locale')).toEqual(['locale']);
    expect(reads.filter((r) => r.startsWith('locale.')).sort()).toEqual(['locale.glossary', 'locale.messages', 'locale.tag', 'locale.texts']);
  });

  it('equals the decision made without words, rendered in the locale for the plan region', () => {
    const bare = JSON.parse(JSON.stringify(checkPurchaseEligibility(REFUSED_PURCHASE, { messages: false }))) as never;
    expect(renderDecision(bare, { locale: DE, region: 'FR' })).toEqual(checkPurchaseEligibility(REFUSED_PURCHASE, { locale: DE }));
  });
});

describe('PLUS-ELIGIBLE, PLUS-EFFECT (issue 13): checkCareRefreshPlus and applyCareRefreshPlus in a locale', () => {
  it('write their checks for the plan region and zone', () => {
    for (const at of ['2026-06-01T10:00:00Z', '2027-06-01T10:00:00Z']) {
      expectLocalised((o) => checkCareRefreshPlus(BERLIN, [], at, o as never), 'DE', 'Europe/Berlin');
      expectLocalised((o) => applyCareRefreshPlus(BERLIN, [], at, o as never), 'DE', 'Europe/Berlin');
    }
  });
});

describe('REBIND-REPLACEMENT (issue 13): rebindAfterReplacement in a locale', () => {
  it('writes its checks and the ELIG-ONCE note for the plan region and zone', () => {
    expectLocalised((o) => rebindAfterReplacement(BERLIN, [damage('2026-05-01T10:00:00Z')], { at: '2026-05-08T10:00:00Z', newSerial: 'B2' }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => rebindAfterReplacement(BERLIN, [], { at: '2026-05-08T10:00:00Z', newSerial: 'B2' }, o as never), 'DE', 'Europe/Berlin');
  });
});

describe('QUOTA-1Y, SVC-EXPRESS, FLY-OWNER (issue 13): assessReplacement and checkFlyaway in a locale', () => {
  it('write every check and note for the plan region and zone', () => {
    expectLocalised((o) => assessReplacement(BERLIN, [], { type: 'damage', at: '2026-05-01T10:00:00Z', serial: 'M3-0001', express: true }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => assessReplacement(BERLIN, [damage('2026-04-01T10:00:00Z'), damage('2026-04-02T10:00:00Z')], { type: 'damage', at: '2026-05-01T10:00:00Z', serial: 'M3-0001' }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => assessReplacement(BERLIN, [], { type: 'flyaway', ...flyawayFacts('2026-05-01T10:00:00Z') }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => checkFlyaway(BERLIN, [flyaway('2026-04-01T10:00:00Z')], { ...flyawayFacts('2026-05-01T10:00:00Z'), claimantAccount: 'x' }, o as never), 'DE', 'Europe/Berlin');
  });
});

describe('SVC-REPAIR-DISCOUNT, USE-WARRANTY-FIRST, SVC-MAINTENANCE (issue 13): assessDiscountedRepair and assessMaintenance in a locale', () => {
  it('write every check for the plan region and zone', () => {
    expectLocalised((o) => assessDiscountedRepair(BERLIN, [], { at: '2026-05-01T10:00:00Z', serial: 'M3-0001', cause: 'malfunction' }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => assessDiscountedRepair(BERLIN, [repair('2026-04-01T10:00:00Z')], { at: '2026-05-01T10:00:00Z', serial: 'M3-0001', cause: 'damage' }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => assessMaintenance(BERLIN, [], { at: '2026-05-01T10:00:00Z', serial: 'M3-0001' }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => assessMaintenance(BERLIN, [maintenance('2026-04-01T10:00:00Z')], { at: '2026-05-01T10:00:00Z', serial: 'M3-0001' }, o as never), 'DE', 'Europe/Berlin');
  });
});

describe('SVC-SAFE-FLIGHT, PERIOD-SAFE-FLIGHT (issue 13): safeFlightReward in a locale', () => {
  it('writes its checks and next step for the plan region and zone', () => {
    expectLocalised((o) => safeFlightReward(BERLIN, [], '2026-06-01T10:00:00Z', o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => safeFlightReward(BERLIN, [repair('2026-04-01T10:00:00Z')], '2027-06-01T10:00:00Z', o as never), 'DE', 'Europe/Berlin');
  });
});

describe('USE-INTERNATIONAL (issue 13): checkServiceLocation in a locale', () => {
  it('writes its checks for the plan region and zone', () => {
    expectLocalised((o) => checkServiceLocation(BERLIN, { service: 'maintenance', region: 'FR', proofOfPurchase: 'other' }, o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => checkServiceLocation(BERLIN, { service: 'replacement', region: 'DE' }, o as never), 'DE', 'Europe/Berlin');
  });
});

describe('DATE-CODE, DATE-BUNDLED (issue 13): agreementDate in a locale', () => {
  it('writes its checks in the agreement zone, for no region (there is no plan yet)', () => {
    expectLocalised((o) => agreementDate({ channel: 'activation-code', timeZone: 'Asia/Tokyo', boundAt: '2026-03-28T23:30:00Z' }, o as never), undefined, 'Asia/Tokyo');
    expectLocalised((o) => agreementDate({ channel: 'dji-store-bundle', product: 'mavic-3', timeZone: 'Asia/Tokyo', activatedAt: null }, o as never), undefined, 'Asia/Tokyo');
  });
});

describe('PLUS-ELIGIBLE, SVC-SAFE-FLIGHT (issue 13): planStatus in a locale', () => {
  const events: ServiceEvent[] = [flyaway('2026-04-01T10:00:00Z'), rebind('2026-04-05T10:00:00Z', 'M3-0002'), damage('2026-05-01T10:00:00Z', 'M3-0002')];

  it('writes every reason of the status for the plan region and zone', () => {
    expectLocalised((o) => planStatus(BERLIN, events, '2026-06-01T10:00:00Z', o as never), 'DE', 'Europe/Berlin');
    expectLocalised((o) => planStatus(BERLIN, [plus('2026-06-01T10:00:00Z')], '2027-06-01T10:00:00Z', o as never), 'DE', 'Europe/Berlin');
  });

  it('takes the region and zone from the validated plan, never from the caller\'s object again', () => {
    const reads = { region: 0, timeZone: 0 };
    const plan = {
      ...BERLIN,
      get region() {
        reads.region += 1;
        return reads.region === 1 ? 'DE' : 'FR';
      },
      get timeZone() {
        reads.timeZone += 1;
        return reads.timeZone === 1 ? 'Europe/Berlin' : 'Asia/Tokyo';
      },
    } as Plan;
    const s = planStatus(plan, events, '2026-06-01T10:00:00Z', { locale: DE });
    expect(reads).toEqual({ region: 1, timeZone: 1 });
    for (const [, rec] of coded(s)) expect(rec.message).toMatch(/^\[de DE Europe\/Berlin\] /);
  });
});

describe('issue 13: renderDecision and renderStatus in a locale', () => {
  const bareStatus = () => JSON.parse(JSON.stringify(planStatus(BERLIN, [damage('2026-04-01T10:00:00Z')], '2026-06-01T10:00:00Z', { messages: false }))) as never;
  const bareDecision = () =>
    JSON.parse(JSON.stringify(assessReplacement(BERLIN, [], { type: 'damage', at: '2026-05-01T10:00:00Z', serial: 'M3-0001' }, { messages: false }))) as never;

  it('renderStatus takes the region and zone from the status\'s own plan', () => {
    const s = renderStatus(bareStatus(), { locale: DE });
    expect(s).toEqual(planStatus(BERLIN, [damage('2026-04-01T10:00:00Z')], '2026-06-01T10:00:00Z', { locale: DE }));
    expect(coded(s).every(([, r]) => String(r.message).startsWith('[de DE Europe/Berlin] '))).toBe(true);
  });

  it('renderDecision takes them from its options, validated; undefined when not given', () => {
    const call = assessReplacement(BERLIN, [], { type: 'damage', at: '2026-05-01T10:00:00Z', serial: 'M3-0001' }, { locale: DE });
    expect(renderDecision(bareDecision(), { locale: DE, region: 'DE', timeZone: 'Europe/Berlin' })).toEqual(call);
    const none = renderDecision(bareDecision(), { locale: DE });
    expect(coded(none).every(([, r]) => String(r.message).startsWith('[de undefined undefined] '))).toBe(true);
    const nulls = renderDecision(bareDecision(), { locale: DE, region: null, timeZone: null });
    expect(nulls).toEqual(none);
    expectInvalid(() => renderDecision(bareDecision(), { locale: DE, region: 'UK' }), 'options.region', 'unknown-region');
    expectInvalid(() => renderDecision(bareDecision(), { locale: DE, region: 5 as never }), 'options.region', 'wrong-type');
    expectInvalid(() => renderDecision(bareDecision(), { locale: DE, timeZone: 'Mars/Olympus' }), 'options.timeZone', 'unknown-time-zone');
  });

  it('renders English, byte for byte, with no locale, a null one, or en; a region and zone change nothing in English', () => {
    const english = JSON.stringify(renderDecision(bareDecision()));
    expect(english).toBe(JSON.stringify(assessReplacement(BERLIN, [], { type: 'damage', at: '2026-05-01T10:00:00Z', serial: 'M3-0001' })));
    for (const options of [{}, null, { locale: null }, { locale: en }, { region: 'JP', timeZone: 'Asia/Tokyo' }]) {
      expect(JSON.stringify(renderDecision(bareDecision(), options as never))).toBe(english);
    }
    const status = JSON.stringify(renderStatus(bareStatus()));
    for (const options of [{}, null, { locale: null }, { locale: en }]) expect(JSON.stringify(renderStatus(bareStatus(), options as never))).toBe(status);
  });
});

describe('issue 13: invalid locales', () => {
  const calls: readonly (readonly [string, (options: object) => unknown])[] = [
    ['checkPurchaseEligibility', (o) => checkPurchaseEligibility(REFUSED_PURCHASE, o)],
    ['planStatus', (o) => planStatus(BERLIN, [], '2026-06-01T10:00:00Z', o)],
    ['agreementDate', (o) => agreementDate({ channel: 'activation-code', timeZone: 'Asia/Tokyo', boundAt: '2026-03-28T23:30:00Z' }, o)],
    ['renderDecision', (o) => renderDecision(JSON.parse(JSON.stringify(checkPurchaseEligibility(REFUSED_PURCHASE, { messages: false }))) as never, o)],
    ['renderStatus', (o) => renderStatus(JSON.parse(JSON.stringify(planStatus(BERLIN, [], '2026-06-01T10:00:00Z', { messages: false }))) as never, o)],
  ];

  it.each(calls)('%s refuses a locale that is not one, with or without words', (_, call) => {
    const { texts: _texts, ...noTexts } = DE;
    const { messages: _messages, ...noMessages } = DE;
    const cases: readonly (readonly [unknown, string, string])[] = [
      ['de', 'options.locale', 'wrong-type'],
      [42, 'options.locale', 'wrong-type'],
      [[DE], 'options.locale', 'wrong-type'],
      [new Date(0), 'options.locale', 'wrong-type'],
      [{ ...DE, tag: 'de_DE' }, 'options.locale.tag', 'invalid-value'],
      [{ ...DE, tag: `de-x-${'a'.repeat(70)}` }, 'options.locale.tag', 'invalid-value'],
      [{ ...DE, tag: undefined }, 'options.locale.tag', 'missing'],
      [{ ...DE, tag: 7 }, 'options.locale.tag', 'wrong-type'],
      [noMessages, 'options.locale.messages', 'missing'],
      [{ ...DE, messages: 'catalogue' }, 'options.locale.messages', 'wrong-type'],
      [noTexts, 'options.locale.texts', 'missing'],
      [{ ...DE, texts: [] }, 'options.locale.texts', 'wrong-type'],
    ];
    for (const [locale, field, code] of cases) {
      expectInvalid(() => call({ locale }), field, code as never);
      expectInvalid(() => call({ locale, messages: false }), field, code as never);
    }
  });

  it.each(calls)('%s refuses a locale whose catalogue lacks a code or gives no words', (_, call) => {
    const lacking = { ...DE, messages: {} };
    expect(invalid(() => call({ locale: lacking })).field).toMatch(/\.code$/);
    const mute = { ...DE, messages: Object.fromEntries(Object.keys(ENGLISH).map((k) => [k, () => null])) };
    expect(invalid(() => call({ locale: mute })).field).toMatch(/\.message$/);
  });

  it.each(calls)("%s lets a template's own error pass through as it is (the caller's own error, not the library's)", (_, call) => {
    const mine = new TypeError('a template of my own failed');
    const throwing = {
      ...DE,
      messages: Object.fromEntries(
        Object.keys(ENGLISH).map((k) => [
          k,
          () => {
            throw mine;
          },
        ]),
      ),
    };
    expect(() => call({ locale: throwing })).toThrow(mine);
  });

  it('accepts a locale record with a glossary left out: only its tag, messages and texts are required', () => {
    const { glossary: _glossary, ...bare } = DE;
    const d = checkPurchaseEligibility(REFUSED_PURCHASE, { locale: bare as Locale });
    expect(d.ok === false && d.reasons[0]?.message).toMatch(/^\[de FR undefined\] /);
  });
});

describe('MONEY-UNITS (issue 13): formatMoney in a locale', () => {
  it('keeps the fixed ISO form in English: absent, null, the en locale, the tag en, any English region', () => {
    for (const options of [undefined, null, {}, { locale: null }, { locale: en }, { locale: 'en' }, { locale: en, region: 'GB' }, { locale: 'en', region: 'JP' }] as const) {
      expect(formatMoney(money('1234', 'USD'), options)).toBe('USD 1234.00');
      expect(formatMoney(money('19800', 'JPY'), options)).toBe('JPY 19800');
    }
  });

  it('writes yen without decimals in Japanese', () => {
    expect(formatMoney(money('19800', 'JPY'), { locale: ja })).toBe('￥19,800');
    expect(formatMoney(money('19800', 'JPY'), { locale: 'ja', region: 'JP' })).toBe('￥19,800');
  });

  it('writes 1.234,56 € in German (Germany)', () => {
    expect(formatMoney(money('1234.56', 'EUR'), { locale: de, region: 'DE' })).toBe('1.234,56 €');
    expect(formatMoney(money('1234.56', 'EUR'), { locale: 'de' })).toBe('1.234,56 €');
  });

  it("writes Swiss German as Node 20's ICU does: CHF, a plain space, an ASCII apostrophe (U+0027) to group", () => {
    // The issue writes `CHF 1’234.50` (U+2019); Node 20.20's ICU 78 (CLDR 48) groups de-CH with
    // U+0027, and puts a no-break space (U+00A0) after CHF, written as a plain space here.
    const text = formatMoney(money('1234.5', 'CHF'), { locale: de, region: 'CH' });
    expect(text).toBe("CHF 1'234.50");
    expect([...text].map((c) => c.codePointAt(0))).toEqual([0x43, 0x48, 0x46, 0x20, 0x31, 0x27, 0x32, 0x33, 0x34, 0x2e, 0x35, 0x30]);
    expect(formatMoney(money('1234.5', 'CHF'), { locale: 'de-CH' })).toBe(text);
  });

  it('refines the language by the region, a region in the tag itself winning', () => {
    expect(formatMoney(money('1234.5', 'HKD'), { locale: zhHant, region: 'HK' })).toBe('HK$1,234.50');
    expect(formatMoney(money('1234.5', 'EUR'), { locale: 'de-AT', region: 'CH' })).toBe(formatMoney(money('1234.5', 'EUR'), { locale: 'de-AT' }));
  });

  it('writes plain spaces, never a no-break space', () => {
    for (const locale of [de, ja, zhHant, 'fr', 'fr-CH', 'de-CH', 'nb', 'cs']) {
      expect(formatMoney(money('-1234567.5', 'EUR'), { locale })).not.toMatch(/[\u00a0\u202f]/);
    }
  });

  it("reads a locale's tag once", () => {
    let reads = 0;
    const locale = {
      get tag() {
        reads += 1;
        return reads === 1 ? 'de' : 'ja';
      },
    };
    expect(formatMoney(money('1234.56', 'EUR'), { locale })).toBe('1.234,56 €');
    expect(reads).toBe(1);
  });

  it('writes the fixed form for a language the runtime has no data for, and keeps working past its bounded cache', () => {
    expect(formatMoney(money('159', 'USD'), { locale: 'xx' })).toBe('USD 159.00');
    // Private-use languages (qaa–qtz): more of them than the cache keeps.
    const letters = 'abcdefghijklmnopqrst';
    for (const a of letters.slice(0, 4)) for (const b of letters) expect(formatMoney(money('159', 'USD'), { locale: `q${a}${b}` })).toBe('USD 159.00');
    expect(formatMoney(money('1234.56', 'EUR'), { locale: 'de' })).toBe('1.234,56 €');
  });

  it('refuses a locale record without a tag, and a region that is not a code', () => {
    expectInvalid(() => formatMoney(money('1', 'USD'), { locale: {} as never }), 'options.locale.tag', 'missing');
    expectInvalid(() => formatMoney(money('1', 'USD'), { locale: { tag: 5 } as never }), 'options.locale.tag', 'wrong-type');
    expectInvalid(() => formatMoney(money('1', 'USD'), { locale: { tag: 'de_DE' } }), 'options.locale.tag', 'invalid-value');
    expectInvalid(() => formatMoney(money('1', 'USD'), { locale: de, region: 'UK' }), 'options.region', 'unknown-region');
    expectInvalid(() => formatMoney(money('1', 'USD'), { locale: 'en', region: 5 as never }), 'options.region', 'wrong-type');
  });
});

describe('issue 13: property: a decision in a locale is the decision without words rendered in that locale', () => {
  const PLANS: readonly Plan[] = [
    BERLIN,
    { ...BERLIN, term: '2y' },
    { ...BERLIN, product: 'om-5', region: 'JP', timeZone: 'Asia/Tokyo' },
    { ...BERLIN, product: 'mini-2', region: 'AU', timeZone: 'Australia/Sydney' },
    { ...BERLIN, region: 'US', timeZone: 'America/Los_Angeles' },
  ];
  const LEDGERS: readonly (readonly ServiceEvent[])[] = [
    [],
    [damage('2026-04-01T00:00:00Z')],
    [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')],
    [repair('2026-04-01T00:00:00Z'), maintenance('2026-05-01T00:00:00Z')],
    [plus('2026-06-01T00:00:00Z')],
  ];
  const instant = fc.integer({ min: Date.parse('2026-01-15T00:00:00Z'), max: Date.parse('2029-06-01T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
  const TAGS = ['de', 'ja', 'zh-Hant', 'fr-CA'];

  /** A rule's call with options, and how its bare value renders back. */
  type Rule = readonly [(o: object) => unknown, (bare: never, locale: Locale) => unknown];

  function rules(plan: Plan, events: readonly ServiceEvent[], at: string, serial: string): Rule[] {
    const decision = (bare: never, locale: Locale) => renderDecision(bare, { locale, region: plan.region, timeZone: plan.timeZone });
    return [
      [(o) => planStatus(plan, events, at, o), (bare, locale) => renderStatus(bare, { locale })],
      [(o) => assessReplacement(plan, events, { type: 'damage', at, serial, express: true }, o), decision],
      [(o) => assessReplacement(plan, events, { type: 'flyaway', ...flyawayFacts(at, serial) }, o), decision],
      [(o) => checkFlyaway(plan, events, { ...flyawayFacts(at, serial), reportController: 'RC-9' }, o), decision],
      [(o) => assessDiscountedRepair(plan, events, { at, serial, cause: 'malfunction' }, o), decision],
      [(o) => assessMaintenance(plan, events, { at, serial }, o), decision],
      [(o) => checkCareRefreshPlus(plan, events, at, o), decision],
      [(o) => applyCareRefreshPlus(plan, events, at, o), decision],
      [(o) => rebindAfterReplacement(plan, events, { at, newSerial: 'M3-0009' }, o), decision],
      [(o) => safeFlightReward(plan, events, at, o), decision],
      [(o) => checkServiceLocation(plan, { service: 'maintenance', region: 'FR', proofOfPurchase: 'other' }, o), decision],
      [
        (o) => agreementDate({ channel: 'dji-store-bundle', product: plan.product, timeZone: plan.timeZone, activatedAt: at, deliveredOn: '2026-03-01' }, o),
        (bare, locale) => renderDecision(bare, { locale, timeZone: plan.timeZone }),
      ],
      [
        (o) => checkPurchaseEligibility({ product: plan.product, productRegion: 'DE', planRegion: plan.region, purchaseAt: at, activatedAt: '2026-01-10T00:00:00Z', previouslyBound: false }, o),
        (bare, locale) => renderDecision(bare, { locale, region: plan.region }),
      ],
    ];
  }

  it('holds for every rule, plan, ledger, instant and locale (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLANS), fc.constantFrom(...LEDGERS), instant, fc.constantFrom('M3-0001', 'M3-0002'), fc.constantFrom(...TAGS), (plan, events, at, serial, tag) => {
        const locale = marked(tag);
        for (const [call, render] of rules(plan, events, at, serial)) {
          let bare: unknown;
          try {
            bare = call({ messages: false });
          } catch (error) {
            if ((error as Error).name === 'InvalidInputError') continue;
            throw error;
          }
          const stored = JSON.parse(JSON.stringify(bare)) as never;
          expect(render(stored, locale)).toEqual(call({ locale }));
        }
      }),
      { numRuns: 60 },
    );
  }, 120_000);
});
