/**
 * Tests written to kill mutants that survived Stryker (issue 5). Each says which mutants it
 * kills; the survivors found equivalent are listed in the issue note with why. Where the code
 * is an optimisation of something simpler (hand-written ISO parsing and formatting), the test
 * compares it with the simple version (an oracle) over generated inputs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, InvalidInputError, agreementDate, checkPurchaseEligibility, coveragePeriods, isClauseId, money, resolveTerms } from '../src/index';
import { LAST_COMPUTED_YEAR, MIN_YEAR } from '../src/time/calendar';
import { formatElapsed, formatUtc, requireInstant } from '../src/time/instant';
import { requireArray, requireCount } from '../src/validate';

const DAY = 86_400_000;

function errorOf(call: () => unknown): InvalidInputError {
  try {
    call();
  } catch (error) {
    if (error instanceof InvalidInputError) return error;
    throw error;
  }
  throw new Error('expected an InvalidInputError');
}

describe('ELIG-VERIFY', () => {
  // Kills `sinceNotice < 0` → `sinceNotice <= 0` in the check's `received`: bought in the very
  // instant of the notice is 0 s *after* it.
  it('a purchase in the instant of the notice reads "bought 0 s after the notice"', () => {
    const d = checkPurchaseEligibility({
      product: 'mavic-3',
      productRegion: 'US',
      planRegion: 'US',
      activatedAt: '2026-03-01T10:00:00Z',
      purchaseAt: '2026-03-07T10:00:00Z',
      verificationNoticeAt: '2026-03-07T10:00:00Z',
      previouslyBound: false,
    });
    expect(d.trace.find((c) => c.clause === 'ELIG-VERIFY')).toMatchObject({ passed: true, received: 'bought 0 s after the notice' });
  });
});

describe('CAT-CATEGORY', () => {
  // Kills the emptied texts of eligibility.ts's per-terms texts (window words, the category
  // 'handheld', ELIG-VERIFY's expected/within/beyond, the next step's clause and action): caller
  // terms equal to the built-in ones give exactly the built-in decision.
  it('a copy of the built-in terms decides exactly as the built-in terms', () => {
    const copy = { ...DEFAULT_TERMS };
    const hour = 3_600_000;
    fc.assert(
      fc.property(
        fc.constantFrom('mavic-3', 'om-5', 'mini-2', 'action-2'),
        fc.integer({ min: 0, max: 800 }),
        fc.option(fc.integer({ min: -5, max: 100 })),
        fc.boolean(),
        (product, hoursSinceActivation, hoursSinceNotice, bound) => {
          const purchase = Date.UTC(2026, 5, 1, 12);
          const input = {
            product,
            productRegion: 'US',
            planRegion: 'US',
            purchaseAt: new Date(purchase),
            activatedAt: new Date(purchase - hoursSinceActivation * hour),
            previouslyBound: bound,
            ...(hoursSinceNotice === null ? {} : { verificationNoticeAt: new Date(purchase - hoursSinceNotice * hour) }),
          };
          expect(checkPurchaseEligibility(input, { terms: copy })).toEqual(checkPurchaseEligibility(input));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('DATE-BUNDLED-OM', () => {
  // Kills `activatedAt !== undefined` → `true` in agreement.ts: with the activation not given,
  // no automatic start is decided (only the missing fact is reported).
  it('an OM 5 with a delivery date but no activation fact: only the missing activation is in the trace', () => {
    const d = agreementDate({ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', deliveredOn: '2026-01-10' });
    expect(d.ok).toBe(false);
    expect(d.trace.map((c) => [c.clause, c.passed])).toEqual([['DATE-BUNDLED', false]]);
  });
});

describe('PERIOD-SAFE-FLIGHT', () => {
  // Kills `term === '1y' && european` → `||`, → `true`, and `term === '1y'` → `true` in
  // periods.ts: a 2-year plan in Europe counts Safe Flight from the end of the replacement
  // validity even when its own official warranty (started later) ends after it.
  it('a 2-year plan in Europe: Safe Flight follows the replacement validity, not a later official warranty', () => {
    const p = coveragePeriods({
      product: 'mavic-3',
      term: '2y',
      region: 'FR',
      timeZone: 'Europe/Paris',
      agreementDate: '2026-01-10',
      officialWarrantyStart: '2026-06-01',
    });
    expect(p.officialWarranty.endDate).toBe('2028-06-01');
    expect(p.safeFlight?.startDate).toBe(p.replacement.endDate);
    expect(p.safeFlight?.startDate).toBe('2028-01-10');
  });
  it('a 1-year plan outside Europe: Safe Flight follows the replacement validity even when the warranty ends later', () => {
    const p = coveragePeriods({
      product: 'mavic-3',
      term: '1y',
      region: 'US',
      timeZone: 'America/New_York',
      agreementDate: '2026-01-10',
      officialWarrantyStart: '2026-06-01',
    });
    expect(p.officialWarranty.endDate).toBe('2027-06-01');
    expect(p.safeFlight?.startDate).toBe('2027-01-10');
  });
});

describe('QUOTA-1Y', () => {
  // Kills `flyaway > replacements` → `>=` in terms.ts: as many flyaway uses as replacements is valid.
  it('terms may allow every replacement to be a flyaway', () => {
    const terms = { ...DEFAULT_TERMS, plans: { ...DEFAULT_TERMS.plans, '1y': { ...DEFAULT_TERMS.plans['1y'], flyawayReplacements: 2 } } };
    expect(resolveTerms(terms)).toEqual(terms);
  });
});

describe('terms: every span names its limit and unit', () => {
  // Kills the emptied unit strings ('months', 'days', 'hours') and message of terms.ts.
  const cases: readonly (readonly [path: readonly string[], max: number, unit: string])[] = [
    [['plans', '1y', 'months'], 120, 'months'],
    [['plans', '2y', 'warrantyExtension', 'startsAfterMonths'], 120, 'months'],
    [['plans', '2y', 'warrantyExtension', 'months'], 120, 'months'],
    [['officialWarrantyMonths', 'standard'], 120, 'months'],
    [['officialWarrantyMonths', 'european'], 120, 'months'],
    [['safeFlightMonths'], 120, 'months'],
    [['carePlus', 'months'], 120, 'months'],
    [['carePlus', 'warrantyExtensionMonths'], 120, 'months'],
    [['products', 'om-5', 'autoStartDaysAfterDelivery'], 120 * 31, 'days'],
    [['activationWindowHours', 'aircraft'], 120 * 31 * 24, 'hours'],
    [['verifiedPurchaseWindowHours'], 120 * 31 * 24, 'hours'],
  ];
  const withValue = (path: readonly string[], value: unknown): unknown => {
    const set = (obj: unknown, [head, ...rest]: readonly string[]): unknown =>
      head === undefined ? value : { ...(obj as object), [head]: set((obj as Record<string, unknown>)[head], rest) };
    return set(DEFAULT_TERMS, path);
  };
  it.each(cases)('%s: at most %i %s', (path, max, unit) => {
    const e = errorOf(() => resolveTerms(withValue(path, max + 1) as never));
    expect(e.field).toBe(`terms.${path.join('.')}`);
    expect(e.message).toContain(`expected at most ${max} ${unit}`);
    expect(() => resolveTerms(withValue(path, max) as never)).not.toThrow();
  });
  it('names terms.europeanRegions when it is not a list', () => {
    expect(errorOf(() => resolveTerms({ ...DEFAULT_TERMS, europeanRegions: 'GB' } as never)).field).toBe('terms.europeanRegions');
  });
  it("names the repair cap's currency, with the expected form", () => {
    const e = errorOf(() => resolveTerms({ ...DEFAULT_TERMS, repairDiscountCap: { amount: '10', currency: 'usd' } }));
    expect(e.field).toBe('terms.repairDiscountCap.currency');
    expect(e.message).toContain("expected a code of CURRENCY_MINOR_UNITS, such as 'USD'");
  });
});

describe('values that only look like strings', () => {
  // Kills `typeof value === 'string'` → `true` in isClauseId (Object.hasOwn turns ['ELIG-48H'] into 'ELIG-48H').
  it('isClauseId refuses an array or object that converts to a clause id', () => {
    expect(isClauseId(['ELIG-48H'])).toBe(false);
    expect(isClauseId({ toString: () => 'ELIG-48H' })).toBe(false);
  });
  // Kills `typeof amount === 'string'` → `true` and `typeof value !== 'string'` → `false` in money.ts
  // (a regular expression tests String(['159']) === '159').
  it('money refuses an amount or currency in an array', () => {
    expect(errorOf(() => money(['159'] as never, 'USD')).field).toBe('amount');
    expect(errorOf(() => money('159', ['USD'] as never)).field).toBe('amount.currency');
  });
  // Kills `typeof ... !== 'string'` → `false` for the currencies of terms.ts.
  it('terms refuse a currency in an array', () => {
    const fee = { ...(DEFAULT_TERMS.fees[0] as object), currency: ['USD'] };
    expect(errorOf(() => resolveTerms({ ...DEFAULT_TERMS, fees: [fee] } as never)).field).toBe('terms.fees[0].currency');
    const cap = { amount: '10', currency: ['USD'] };
    expect(errorOf(() => resolveTerms({ ...DEFAULT_TERMS, repairDiscountCap: cap } as never)).field).toBe('terms.repairDiscountCap.currency');
  });
  // Kills the region hint `''` → any text in regions.ts: only 'UK' gets a hint.
  it("an unknown region other than 'UK' gets no hint", () => {
    const e = errorOf(() => coveragePeriods({ product: 'mavic-3', term: '1y', region: 'XX', timeZone: 'UTC', agreementDate: '2026-01-01' }));
    expect(e.message).toBe(`Invalid region: expected an ISO 3166-1 alpha-2 code such as 'US' (received "XX").`);
  });
  // Kills `value === null` → `false` in money.ts's currency check.
  it('a null currency is missing', () => {
    expect(errorOf(() => money('159', null as never)).code).toBe('missing');
  });
});

describe('validate: null is missing, not the wrong type', () => {
  // Kills `value === null` → `false` in requireCount and requireArray.
  it('requireCount(null) and requireArray(null) say missing', () => {
    expect(errorOf(() => requireCount(null, 'n')).code).toBe('missing');
    expect(errorOf(() => requireArray(null, 'list')).code).toBe('missing');
  });
});

// ---------------------------------------------------------------------------------------
// Instants: the hand-written parser and formatter against simple oracles.

const MIN_MS = Date.UTC(MIN_YEAR, 0, 1) - DAY;
// TIME-RANGE: instants run to the last one whose local date is in 9999 everywhere (issue 9).
const MAX_MS = Date.UTC(LAST_COMPUTED_YEAR, 11, 31) - 1;
const ISO = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.(\d{1,9}))?)?(?:Z|([+-])([01]\d|2[0-3]):([0-5]\d))$/;

/** The instant an ISO-8601 string names, by regular expression and `Date.UTC`, or `undefined`. */
function oracle(text: string): number | undefined {
  const m = ISO.exec(text);
  if (m === null) return undefined;
  const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysIn = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mo - 1];
  if (daysIn === undefined || d < 1 || d > daysIn) return undefined;
  const utc = new Date(0);
  utc.setUTCFullYear(y, mo - 1, d);
  utc.setUTCHours(h, mi, Number(m[6] ?? 0), Number((m[7] ?? '0').padEnd(3, '0').slice(0, 3)));
  const offset = m[8] === undefined ? 0 : (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10])) * 60_000;
  const ms = utc.getTime() - offset;
  return ms < MIN_MS || ms > MAX_MS ? undefined : ms;
}

function accepted(text: string): number | undefined {
  try {
    return requireInstant(text, 'at');
  } catch (error) {
    if (error instanceof InvalidInputError) return undefined;
    throw error;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** A well-formed ISO-8601 instant (date possibly impossible, year possibly out of range). */
const isoText = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1975, max: 2100 }), fc.integer({ min: 1000, max: 9999 })),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.option(fc.integer({ min: 0, max: 59 })),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/)),
    offset: fc.option(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))),
  })
  .map(({ year, month, day, hour, minute, second, fraction, offset }) => {
    const secs = second === null ? '' : `:${pad(second)}${fraction === null ? '' : `.${fraction}`}`;
    const off = offset === null ? 'Z' : `${offset[0] ? '+' : '-'}${pad(offset[1])}:${pad(offset[2])}`;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${secs}${off}`;
  });

/** A well-formed instant with one character changed, removed or doubled. */
const nearMiss = fc
  .tuple(isoText, fc.nat(), fc.constantFrom(...'0123456789-:+TZ.xt z'), fc.constantFrom('replace', 'delete', 'double'))
  .map(([text, i, ch, how]) => {
    const at = i % text.length;
    if (how === 'delete') return text.slice(0, at) + text.slice(at + 1);
    if (how === 'double') return text.slice(0, at) + (text[at] as string) + text.slice(at);
    return text.slice(0, at) + ch + text.slice(at + 1);
  });

describe('PERIOD-START: instants are read exactly (parser against an oracle)', () => {
  // Kills the arithmetic and condition mutants of parseInstant/utcMs (time/instant.ts).
  it('every well-formed instant gives the oracle instant, or is refused exactly when the oracle refuses it', () => {
    fc.assert(
      fc.property(fc.oneof(isoText, nearMiss), (text) => {
        expect(accepted(text)).toBe(oracle(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('known edges', () => {
    expect(accepted('2026-03-01T10:00:00.123456789+05:30')).toBe(Date.parse('2026-03-01T04:30:00.123Z'));
    expect(accepted('2028-02-29T23:59:59.999-12:00')).toBe(Date.parse('2028-03-01T11:59:59.999Z'));
    expect(accepted('2026-03-01T10:00:00.Z')).toBeUndefined();
    expect(accepted('2026-03-01T10:00:00.1234567890Z')).toBeUndefined();
    expect(accepted('2026-03-01T10:00Z ')).toBeUndefined();
    expect(accepted('2026-03-01T10:00+01:0')).toBeUndefined();
    expect(accepted('2026-03-01T10:00+0100')).toBeUndefined();
  });
});

describe('formatting instants and elapsed times (against oracles)', () => {
  // Kills the arithmetic mutants of formatUtc (time/instant.ts).
  it('formatUtc writes what Date#toISOString writes, for the years 1000 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }), (ms) => {
        expect(formatUtc(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 3000 },
    );
  });
  // Kills the mutants of formatElapsed.
  it('formatElapsed: days, hours, minutes, seconds rounded up, signed', () => {
    const simple = (ms: number): string => {
      let s = Math.ceil(Math.abs(ms) / 1000);
      const parts: string[] = [];
      const d = Math.floor(s / 86_400);
      s -= d * 86_400;
      const h = Math.floor(s / 3600);
      s -= h * 3600;
      const m = Math.floor(s / 60);
      s -= m * 60;
      if (d > 0) parts.push(`${d} d`);
      if (h > 0) parts.push(`${h} h`);
      if (m > 0) parts.push(`${m} min`);
      if (s > 0 || parts.length === 0) parts.push(`${s} s`);
      return (ms < 0 ? '-' : '') + parts.join(' ');
    };
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -100 * DAY, max: 100 * DAY }), fc.integer({ min: -120_000, max: 120_000 })), (ms) => {
        expect(formatElapsed(ms)).toBe(simple(ms));
      }),
      { numRuns: 3000 },
    );
  });
});
