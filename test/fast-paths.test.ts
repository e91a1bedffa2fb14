/**
 * The fast paths of issue 6 (speed) against the plain code they replace, kept here as
 * references: instants read from character codes against the regular expression and
 * `Date.parse`; `formatUtc` against `toISOString`; `formatElapsed` against its first version;
 * `checkPurchaseEligibility`'s shared and precomputed checks against `check()` + `decide()`.
 * Each must give exactly the same result, key order included.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVAILABLE_REGIONS, isRegionCode } from '../src/catalog/regions';
import { DEFAULT_TERMS, type Terms, resolveTerms } from '../src/catalog/terms';
import type { ClauseId } from '../src/clauses';
import { type CodedCheck, type CodedNextStep, check, decide, step } from '../src/decision';
import { renderDecision } from '../src/messages/render-stored';
import { checkPurchaseEligibility, type PurchaseEligibility, type PurchaseEligibilityInput } from '../src/eligibility';
import { InvalidInputError } from '../src/errors';
import { datePartsOf } from '../src/time/calendar';
import { formatElapsed, formatUtc, parseInstant, requireInstant } from '../src/time/instant';
import type { Decision } from '../src/types';

// ---------------------------------------------------------------------------------------------
// References: the code before issue 6.

const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

/** The instant of a string as the regular expression, `datePartsOf` and `Date.parse` read it, or NaN. */
function referenceInstant(text: string): number {
  if (!INSTANT_PATTERN.test(text) || datePartsOf(text.slice(0, 10)) === undefined) return Number.NaN;
  return Date.parse(text);
}

function referenceElapsed(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  let rest = Math.ceil(Math.abs(ms) / 1000);
  const days = Math.floor(rest / 86_400);
  rest -= days * 86_400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  let words = '';
  if (days > 0) words += ` ${days} d`;
  if (hours > 0) words += ` ${hours} h`;
  if (minutes > 0) words += ` ${minutes} min`;
  if (seconds > 0 || words === '') words += ` ${seconds} s`;
  return sign + words.slice(1);
}

const HOUR = 3_600_000;
const WINDOW_CLAUSE = { aircraft: 'ELIG-48H', gimbal: 'ELIG-48H', handheld: 'ELIG-30D' } as const;
const ms = (v: Date | string): number => (typeof v === 'string' ? Date.parse(v) : v.getTime());

/**
 * The eligibility decision of valid input as it was built before issue 6: `check()` and
 * `decide()`, with codes and params since issue 11, the words rendered by `renderDecision`.
 */
function referenceEligibility(i: PurchaseEligibilityInput, terms: Terms = DEFAULT_TERMS): Decision<PurchaseEligibility> {
  const product = terms.products[i.product];
  if (product === undefined) throw new Error('the reference takes valid input only');
  const { productRegion, planRegion } = i;
  const purchaseAt = ms(i.purchaseAt);
  const activatedAt = i.activatedAt === undefined || i.activatedAt === null ? i.activatedAt : ms(i.activatedAt);
  const noticeAt = i.verificationNoticeAt === undefined || i.verificationNoticeAt === null ? undefined : ms(i.verificationNoticeAt);
  const sold = terms.availableRegions.includes(planRegion);
  const checks: CodedCheck[] = [
    check('REGION-AVAILABLE', sold, sold ? 'region.sold' : 'region.not-sold', { region: planRegion }),
    productRegion === planRegion
      ? check('REGION-MATCH', true, 'region.same', { region: planRegion })
      : check('REGION-MATCH', false, 'region.mismatch', { productRegion, planRegion }),
    i.previouslyBound === undefined || i.previouslyBound === null
      ? check('ELIG-ONCE', false, 'elig.once.unknown', {})
      : check('ELIG-ONCE', !i.previouslyBound, i.previouslyBound ? 'elig.once.bound' : 'elig.once.never-bound', {}),
  ];
  const nextSteps: CodedNextStep[] = [];
  let route: PurchaseEligibility['route'] = 'new';
  let clause: ClauseId = 'ELIG-NEW';
  let buyBy: number | null = null;
  const caller = (hours: number, source: number, rule: ClauseId): CodedCheck[] =>
    hours === source ? [] : [check('TERMS-CALLER', true, 'terms.caller-figure', { source: terms.edition, rule })];
  if (activatedAt === undefined) {
    checks.push(check('ELIG-NEW', false, 'elig.new.unknown', {}));
  } else if (activatedAt === null) {
    checks.push(check('ELIG-NEW', true, 'elig.new.never-activated', {}));
  } else {
    const windowHours = terms.activationWindowHours[product.category];
    const windowClause = WINDOW_CLAUSE[product.category];
    const elapsed = purchaseAt - activatedAt;
    const params = { category: product.category, hours: windowHours, elapsedSeconds: Math.ceil(elapsed / 1000) };
    const windowCaller = caller(windowHours, DEFAULT_TERMS.activationWindowHours[product.category], windowClause);
    const windowFailed = [check(windowClause, false, 'elig.window.exceeded', params), ...windowCaller];
    const hours = terms.verifiedPurchaseWindowHours;
    if (elapsed <= windowHours * HOUR) {
      route = 'activation-window';
      clause = windowClause;
      buyBy = activatedAt + windowHours * HOUR;
      checks.push(check(windowClause, true, 'elig.window.within', params), ...windowCaller);
    } else if (noticeAt === undefined) {
      checks.push(...windowFailed, check('ELIG-VERIFY', false, 'elig.verify.no-notice', {}));
      nextSteps.push(step('ELIG-VERIFY', 'verification', 'elig.verify.apply', { hours }));
    } else {
      const sinceNotice = purchaseAt - noticeAt;
      const inWindow = sinceNotice >= 0 && sinceNotice <= hours * HOUR;
      route = 'verification';
      clause = 'ELIG-VERIFY';
      buyBy = noticeAt + hours * HOUR;
      if (!inWindow) checks.push(...windowFailed);
      const notice = { hours, elapsedSeconds: Math.ceil(Math.abs(sinceNotice) / 1000) };
      checks.push(
        inWindow
          ? check('ELIG-VERIFY', true, 'elig.verify.within', notice)
          : check('ELIG-VERIFY', false, sinceNotice < 0 ? 'elig.verify.before-notice' : 'elig.verify.exceeded', notice),
        ...caller(hours, DEFAULT_TERMS.verifiedPurchaseWindowHours, 'ELIG-VERIFY'),
      );
      if (!inWindow) {
        nextSteps.push(
          sinceNotice < 0
            ? step('ELIG-VERIFY', 'await-notice', 'elig.verify.await-notice', { hours })
            : step('ELIG-VERIFY', 'verification', 'elig.verify.apply', { hours }),
        );
      }
    }
  }
  return renderDecision(
    decide(
      checks,
      () => ({ product: product.id, category: product.category, route, clause, buyBy: buyBy === null ? null : new Date(buyBy).toISOString() }),
      terms.edition,
      nextSteps,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Generators.

const pad = (lo: number, hi: number, width = 2): fc.Arbitrary<string> => fc.integer({ min: lo, max: hi }).map((n) => String(n).padStart(width, '0'));
/** Mostly the good part, sometimes a wrong one. */
const mostly = <T,>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<T>): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: good, weight: 12 }, { arbitrary: bad, weight: 1 });

/** Strings near the ISO-8601 instant form: most valid, some wrong in one place. */
const nearInstant: fc.Arbitrary<string> = fc
  .tuple(
    mostly(fc.oneof(pad(1978, 2100, 4), pad(9890, 9999, 4)), fc.oneof(pad(0, 9999, 4), fc.string({ maxLength: 5 }))),
    mostly(pad(1, 12), pad(0, 99)),
    mostly(pad(1, 31), pad(0, 99)),
    mostly(pad(0, 23), pad(0, 99)),
    mostly(pad(0, 59), pad(0, 99)),
    fc.option(fc.tuple(mostly(pad(0, 59), pad(0, 99)), fc.option(fc.stringMatching(/^\d{0,11}$/)))),
    mostly(
      fc.oneof(fc.constant('Z'), fc.tuple(fc.constantFrom('+', '-'), pad(0, 23), pad(0, 59)).map(([s, h, m]) => `${s}${h}:${m}`)),
      fc.oneof(fc.string({ maxLength: 7 }), fc.tuple(fc.constantFrom('+', '-', '−'), pad(0, 99), fc.constantFrom(':', ''), pad(0, 99)).map((p) => p.join(''))),
    ),
    mostly(fc.constant('-'), fc.string({ maxLength: 1 })),
    mostly(fc.constant('T'), fc.string({ maxLength: 1 })),
    mostly(fc.constant(':'), fc.string({ maxLength: 1 })),
    mostly(fc.constant(''), fc.string({ maxLength: 2 })),
  )
  .map(
    ([y, mo, d, h, mi, sec, offset, dash, t, colon, tail]) =>
      `${y}${dash}${mo}${dash}${d}${t}${h}${colon}${mi}${sec === null ? '' : `:${sec[0]}${sec[1] === null ? '' : `.${sec[1]}`}`}${offset}${tail}`,
  );

// ---------------------------------------------------------------------------------------------

describe('instants read from character codes (parseInstant, requireInstant)', () => {
  it.each([
    // Accepted, every form.
    '2026-03-01T10:00Z',
    '2026-03-01T10:00:59Z',
    '2026-03-01T10:00:00.5Z',
    '2026-03-01T10:00:00.05+01:00',
    '2026-03-01T10:00:00.999999999-23:59',
    '2026-01-31T23:59:59.999+23:59',
    '2028-02-29T00:00:00+05:30',
    '2000-02-29T12:00:00Z',
    '1979-12-31T23:59:59Z',
    '9999-12-31T23:59:59.999Z',
    // Refused, one character wrong in each place.
    '2026-03-01T10:00:00.Z',
    '2026-03-01T10:00:00.1234567890Z',
    '2026-03-01T10:00:60Z',
    '2026-03-01T10:00:5Z',
    '2026-03-01T10:60Z',
    '2026-03-01T24:00Z',
    '2026-03-01t10:00Z',
    '2026-03-01T10-00Z',
    '2026/03/01T10:00Z',
    '2026-03/01T10:00Z',
    '2026-03-01T10:00z',
    '2026-03-01T10:00Zx',
    '2026-03-01T10:00',
    '2026-03-01T10:00+0100',
    '2026-03-01T10:00+01:00x',
    '2026-03-01T10:00+01',
    '2026-03-01T10:00+24:00',
    '2026-03-01T10:00-01:60',
    '2026-03-01T10:00*01:00',
    '2026-02-29T10:00Z',
    '2100-02-29T10:00Z',
    '2026-04-31T10:00Z',
    '2026-13-01T10:00Z',
    '2026-00-01T10:00Z',
    '2026-01-00T10:00Z',
    '1978-12-31T10:00Z',
    '２026-03-01T10:00Z',
    '',
  ])('reads %j exactly as the regular expression and Date.parse do', (text) => {
    expect(parseInstant(text)).toBe(referenceInstant(text));
  });

  it('agrees with the regular expression and Date.parse on generated strings (fast-check)', () => {
    fc.assert(
      fc.property(nearInstant, (text) => {
        expect(parseInstant(text)).toBe(referenceInstant(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the errors of requireInstant, in the same order of checks', () => {
    const codes = (value: unknown): string => {
      try {
        requireInstant(value, 'at');
        return 'ok';
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        return (error as InvalidInputError).code;
      }
    };
    expect([undefined, null, 5, {}, new Date(Number.NaN), '2026-02-30T00:00Z', '1979-12-30T23:59:59Z', new Date(0), '2026-03-01T00:00Z'].map(codes)).toEqual([
      'missing',
      'missing',
      'wrong-type',
      'wrong-type',
      'invalid-instant',
      'invalid-instant',
      'invalid-instant',
      'invalid-instant',
      'ok',
    ]);
  });
});

describe('formatUtc (the deadline buyBy without a Date)', () => {
  it.each(['1979-12-31T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '2026-01-01T00:00:00.001Z', '2026-03-01T10:00:00.010Z', '2100-02-28T12:34:56.789Z', '9999-12-31T23:59:59.999Z'])(
    'writes %s as toISOString does',
    (iso) => {
      expect(formatUtc(Date.parse(iso))).toBe(iso);
    },
  );

  it('agrees with toISOString from the year 1000 to 9999 (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (at) => {
        expect(formatUtc(at)).toBe(new Date(at).toISOString());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('formatElapsed (from tables, without join or slice)', () => {
  const D = 86_400_000;
  const parts = [0, 1, 2].flatMap((d) => [0, 1, 23].flatMap((h) => [0, 1, 59].flatMap((m) => [0, 1, 59].map((s) => d * D + h * HOUR + m * 60_000 + s * 1000))));
  it('writes every combination of days, hours, minutes and seconds, either sign, as before', () => {
    for (const elapsed of [...parts, ...parts.map((p) => -p), 1, -1, 999, -1001]) expect(formatElapsed(elapsed)).toBe(referenceElapsed(elapsed));
  });

  it('agrees with the first version on any elapsed time (fast-check)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 13), max: 10 ** 13 }), (elapsed) => {
        expect(formatElapsed(elapsed)).toBe(referenceElapsed(elapsed));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ELIG-NEW, ELIG-48H, ELIG-30D, ELIG-VERIFY, ELIG-ONCE, REGION-AVAILABLE, REGION-MATCH: shared checks decide as check() + decide()', () => {
  const MAR_1 = Date.UTC(2026, 2, 1);
  const at = fc.integer({ min: -60 * 86_400, max: 60 * 86_400 }).map((s) => MAR_1 + s * 1000);
  const instant = fc.tuple(at, fc.nat(2)).map(([t, form]) =>
    form === 0 ? new Date(t) : form === 1 ? new Date(t).toISOString() : `${new Date(t + 5.5 * HOUR).toISOString().slice(0, 19)}+05:30`,
  );
  const region = fc.constantFrom('US', 'DE', 'FR', 'JP', 'BR', 'IN', 'GB', 'CH');
  const products = Object.keys(DEFAULT_TERMS.products);
  const input: fc.Arbitrary<PurchaseEligibilityInput> = fc
    .record({
      product: fc.constantFrom(...products),
      productRegion: region,
      planRegion: region,
      purchaseAt: instant,
      activatedAt: fc.option(instant),
      previouslyBound: fc.boolean(),
      verificationNoticeAt: instant,
    }, { requiredKeys: ['product', 'productRegion', 'planRegion', 'purchaseAt'] })
    .map((i) => {
      // The activation is never after the purchase (that is an error, tested elsewhere).
      if (i.activatedAt === undefined || i.activatedAt === null || ms(i.activatedAt) <= ms(i.purchaseAt)) return i;
      const { activatedAt: _, ...rest } = i;
      return rest;
    });
  // Caller terms: other windows (hours and days), another verification window, fewer regions.
  const terms: fc.Arbitrary<Terms> = fc
    .record({
      aircraft: fc.constantFrom(48, 72, 36, 100),
      handheld: fc.constantFrom(720, 24),
      verify: fc.constantFrom(72, 24, 1),
      regions: fc.constantFrom(AVAILABLE_REGIONS as readonly string[], ['US', 'FR', 'BR']),
    })
    .map(({ aircraft, handheld, verify, regions }) => ({
      ...DEFAULT_TERMS,
      edition: 'fast-path test terms',
      availableRegions: regions,
      activationWindowHours: { aircraft, gimbal: aircraft, handheld },
      verifiedPurchaseWindowHours: verify,
    }));

  it('gives the same decision, key order included, under the built-in terms (fast-check)', () => {
    fc.assert(
      fc.property(input, (i) => {
        const d = checkPurchaseEligibility(i);
        const expected = referenceEligibility(i);
        expect(d).toStrictEqual(expected);
        expect(JSON.stringify(d)).toBe(JSON.stringify(expected));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives the same decision under caller terms, first and later calls alike (fast-check)', () => {
    fc.assert(
      fc.property(input, terms, (i, t) => {
        for (let n = 0; n < 2; n++) {
          const d = checkPurchaseEligibility(i, { terms: t });
          expect(JSON.stringify(d)).toBe(JSON.stringify(referenceEligibility(i, t)));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('writes deadlines in January and February (the civil date arithmetic of formatUtc)', () => {
    const base = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', previouslyBound: false } as const;
    for (const [activatedAt, purchaseAt, buyBy] of [
      ['2026-01-14T08:00:00Z', '2026-01-15T08:00:00Z', '2026-01-16T08:00:00.000Z'],
      ['2028-02-27T23:30:00.250Z', '2028-02-28T00:00:00Z', '2028-02-29T23:30:00.250Z'],
      ['2026-02-27T12:00:00Z', '2026-02-28T12:00:00Z', '2026-03-01T12:00:00.000Z'],
    ] as const) {
      const d = checkPurchaseEligibility({ ...base, activatedAt, purchaseAt });
      expect(d.ok && d.value.buyBy).toBe(buyBy);
    }
  });

  it('shares only frozen checks and next steps, so no caller can change another decision', () => {
    const refused = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'BR', planRegion: 'BR', purchaseAt: '2026-03-10T00:00:00Z', activatedAt: '2026-01-01T00:00:00Z', previouslyBound: true });
    const again = checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'BR', planRegion: 'BR', purchaseAt: '2026-03-10T00:00:00Z', activatedAt: '2026-01-01T00:00:00Z', previouslyBound: true });
    expect(refused.ok).toBe(false);
    if (refused.ok || again.ok) return;
    for (const shared of [refused.trace[0], refused.trace[2], refused.nextSteps[0]]) {
      expect(Object.isFrozen(shared)).toBe(true);
      expect(() => {
        (shared as { message: string }).message = 'changed';
      }).toThrow(TypeError);
    }
    // The containers and the reasons are each decision's own.
    expect(again.reasons[0]).not.toBe(refused.reasons[0]);
    expect(again.trace).not.toBe(refused.trace);
    expect(again.reasons).not.toBe(refused.reasons);
    expect(again.nextSteps).not.toBe(refused.nextSteps);
    expect(again).toStrictEqual(refused);
  });

  it('resolves the built-in terms passed explicitly as the built-in terms', () => {
    expect(resolveTerms(DEFAULT_TERMS)).toBe(DEFAULT_TERMS);
    const i = { product: 'om-5', productRegion: 'JP', planRegion: 'JP', purchaseAt: '2026-03-01T00:00:00Z', activatedAt: null, previouslyBound: false } as const;
    expect(checkPurchaseEligibility(i, { terms: DEFAULT_TERMS })).toStrictEqual(checkPurchaseEligibility(i));
  });
});

describe('REGION-AVAILABLE, REGION-MATCH: the compact list of ISO 3166-1 codes', () => {
  const PLAIN = (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
    'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
    'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
    'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
    'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
    'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
    'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
    'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' ');

  it('holds exactly the 249 assigned codes, as the plain list did', () => {
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const all = [...letters].flatMap((a) => [...letters].map((b) => `${a}${b}`));
    expect(all.filter((code) => isRegionCode(code))).toEqual(PLAIN);
  });
});
