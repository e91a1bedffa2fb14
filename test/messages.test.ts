/**
 * Reasons as code and params (issue 11) and the words of issue 12: every code of the catalogue
 * is used by the rules, every reason re-renders from its code and params to the words its
 * decision carries, `messages: false` leaves the words out, and stored decisions render again.
 */
import { ENGLISH_TEXTS } from '../src/messages/texts';
import { ENGLISH_GLOSSARY } from '../src/locale/en-glossary';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TERMS,
  SEED_SOURCE,
  type Catalogue,
  type Plan,
  type ServiceEvent,
  type Terms,
  agreementDate,
  applyCareRefreshPlus,
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  checkCareRefreshPlus,
  checkFlyaway,
  checkPurchaseEligibility,
  checkServiceLocation,
  describePlan,
  en,
  planStatus,
  rebindAfterReplacement,
  renderDecision,
  renderStatus,
  safeFlightReward,
} from '../src/index';
import { ENGLISH } from '../src/messages/en';
import { MAVIC_1Y, MAVIC_2Y, SHOP_TERMS, damage, flyaway, flyawayFacts, maintenance, plus, rebind, repair, warranty } from './fixtures/plans';
import { invalid } from './support';

/** English reads no context; a template is still given one. */
const EN_CONTEXT = { tag: 'en', region: undefined, timeZone: undefined } as const;

const SRC = new URL('../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

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

/** Every coded object re-renders from its code and params to exactly the words it carries. */
function expectWordsFromCodes(value: unknown): void {
  for (const [path, rec] of coded(value)) {
    const words = ENGLISH[rec.code as keyof Catalogue](rec.params as never, EN_CONTEXT);
    expect({ path, message: rec.message, expected: rec.expected, received: rec.received }).toEqual({ path, ...words });
    // Params are plain JSON values: they survive JSON unchanged.
    expect(JSON.parse(JSON.stringify(rec.params))).toEqual(rec.params);
    for (const v of Object.values(rec.params as object)) expect(['string', 'number', 'boolean'].includes(typeof v) || v === null).toBe(true);
  }
}

/** With `messages: false` no coded object carries words, and rendering the stored value gives the value with words. */
function expectBareRendersBack(withWords: unknown, bare: unknown, render: (v: never) => unknown): void {
  for (const [, rec] of coded(bare)) {
    expect(rec).not.toHaveProperty('message');
    expect(rec).not.toHaveProperty('expected');
    expect(rec).not.toHaveProperty('received');
  }
  const stored = JSON.parse(JSON.stringify(bare)) as never;
  expect(JSON.stringify(render(stored))).toBe(JSON.stringify(withWords));
}

describe('the English catalogue (issue 11)', () => {
  it('every code of the catalogue is used by a rule in src/ (and the compiler checks that every code used is in it)', () => {
    const text = sources(SRC)
      .filter((f) => !f.includes('/messages/'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n');
    const unused = Object.keys(ENGLISH).filter((code) => !text.includes(`'${code}'`));
    expect(unused).toEqual([]);
  });

  it('is the English locale, with the tag en', () => {
    expect(en).toEqual({ tag: 'en', messages: ENGLISH, texts: ENGLISH_TEXTS, glossary: ENGLISH_GLOSSARY });
  });

  it('writes plurals through Intl.PluralRules, not "(s)"', () => {
    expect(ENGLISH['quota.left-after']({ replacements: 1, damage: 1, flyaway: 0, lastDate: '2027-02-28' }, EN_CONTEXT).message).toBe(
      '1 replacement left after it (1 usable for damage, 0 for a flyaway), until 2027-02-28.',
    );
    expect(ENGLISH['quota.left-after']({ replacements: 0, damage: 0, flyaway: 0, lastDate: '2027-02-28' }, EN_CONTEXT).message).toBe(
      '0 replacements left after it (0 usable for damage, 0 for a flyaway), until 2027-02-28.',
    );
    expect(ENGLISH['plus.replacements-left']({ left: 1 }, EN_CONTEXT).message).toBe('1 replacement is left.');
    expect(ENGLISH['plus.replacements-left']({ left: 2 }, EN_CONTEXT).message).toBe('2 replacements are left.');
    expect(ENGLISH['fly.quota.left']({ window: 'term', flyaway: 1, replacements: 1, quota: 'QUOTA-1Y' }, EN_CONTEXT).received).toBe('1 flyaway, 1 replacement left (QUOTA-1Y)');
  });
});

// Random facts for every function that writes reasons.
const PLANS: readonly Plan[] = [
  MAVIC_1Y,
  MAVIC_2Y,
  { ...MAVIC_1Y, region: 'FR', timeZone: 'Europe/Paris' },
  { ...MAVIC_1Y, product: 'om-5', region: 'JP', timeZone: 'Asia/Tokyo' },
  { ...MAVIC_1Y, product: 'mini-2', region: 'AU', timeZone: 'Australia/Sydney' },
  { ...MAVIC_1Y, product: 'action-2' },
];
const LEDGERS: readonly (readonly ServiceEvent[])[] = [
  [],
  [damage('2026-04-01T00:00:00Z')],
  [damage('2026-04-01T00:00:00Z'), damage('2026-05-01T00:00:00Z')],
  [flyaway('2026-04-01T00:00:00Z')],
  [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002')],
  [repair('2026-04-01T00:00:00Z'), maintenance('2026-05-01T00:00:00Z'), warranty('2026-06-01T00:00:00Z')],
  [plus('2026-06-01T00:00:00Z')],
  [plus('2026-06-01T00:00:00Z'), damage('2027-04-01T00:00:00Z')],
];
const T0 = Date.parse('2026-01-15T00:00:00Z');
const T1 = Date.parse('2029-06-01T00:00:00Z');
const instant = fc.integer({ min: T0, max: T1 }).map((ms) => new Date(ms).toISOString());

interface Case {
  readonly plan: Plan;
  readonly events: readonly ServiceEvent[];
  readonly at: string;
  readonly serial: string;
  readonly terms: Terms;
}

const cases: fc.Arbitrary<Case> = fc.record({
  plan: fc.constantFrom(...PLANS),
  events: fc.constantFrom(...LEDGERS),
  at: instant,
  serial: fc.constantFrom('M3-0001', 'M3-0002'),
  terms: fc.constantFrom(DEFAULT_TERMS, SHOP_TERMS),
});

/** Every rule on one case, with and without words; a case the rules refuse as bad input is skipped. */
function decisionsOf(c: Case): [unknown, unknown, (v: never) => unknown][] {
  const both = (call: (o: { terms: Terms; messages?: false }) => unknown, render: (v: never) => unknown = renderDecision): [unknown, unknown, (v: never) => unknown] | null => {
    try {
      return [call({ terms: c.terms }), call({ terms: c.terms, messages: false }), render];
    } catch (error) {
      if ((error as Error).name === 'InvalidInputError') return null;
      throw error;
    }
  };
  const { plan, events, at, serial } = c;
  return [
    both((o) => planStatus(plan, events, at, o), renderStatus),
    both((o) => assessReplacement(plan, events, { type: 'damage', at, serial, express: true }, o)),
    both((o) => assessReplacement(plan, events, { type: 'flyaway', ...flyawayFacts(at, serial) }, o)),
    both((o) => assessReplacement(plan, events, { type: 'flyaway', at, serial, theftOrLoss: true, flightRecordsSynced: false }, o)),
    both((o) => checkFlyaway(plan, events, { ...flyawayFacts(at, serial), claimantAccount: 'someone-else', reportController: 'RC-9' }, o)),
    both((o) => assessDiscountedRepair(plan, events, { at, serial, cause: 'malfunction' }, o)),
    both((o) => assessDiscountedRepair(plan, events, { at, serial, cause: 'damage' }, o)),
    both((o) => assessMaintenance(plan, events, { at, serial }, o)),
    both((o) => checkCareRefreshPlus(plan, events, at, o)),
    both((o) => applyCareRefreshPlus(plan, events, at, o)),
    both((o) => rebindAfterReplacement(plan, events, { at, newSerial: 'M3-0009' }, o)),
    both((o) => safeFlightReward(plan, events, at, o)),
    both((o) => checkServiceLocation(plan, { service: 'maintenance', region: 'DE', proofOfPurchase: 'other' }, o)),
    both((o) => checkServiceLocation(plan, { service: 'replacement', region: 'DE' }, o)),
    both((o) => agreementDate({ channel: 'dji-store-bundle', product: plan.product, timeZone: plan.timeZone, activatedAt: at, deliveredOn: '2026-03-01' }, o)),
  ].filter((x): x is [unknown, unknown, (v: never) => unknown] => x !== null);
}

describe('codes and params (issue 11): property', () => {
  it('every reason, check and next step of every decision re-renders from its code and params to its words (fast-check)', () => {
    fc.assert(
      fc.property(cases, (c) => {
        for (const [withWords, bare, render] of decisionsOf(c)) {
          expectWordsFromCodes(withWords);
          expectBareRendersBack(withWords, bare, render);
        }
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  const eligibility = fc.record({
    product: fc.constantFrom('mavic-3', 'om-5', 'mini-2'),
    productRegion: fc.constantFrom('US', 'DE', 'BR'),
    planRegion: fc.constantFrom('US', 'FR'),
    purchaseAt: fc.integer({ min: T0 + 40 * 86_400_000, max: T0 + 80 * 86_400_000 }).map((ms) => new Date(ms).toISOString()),
    activatedAt: fc.option(fc.integer({ min: T0, max: T0 + 40 * 86_400_000 }).map((ms) => new Date(ms).toISOString()), { nil: null }),
    previouslyBound: fc.boolean(),
    verificationNoticeAt: fc.option(fc.integer({ min: T0 + 30 * 86_400_000, max: T0 + 90 * 86_400_000 }).map((ms) => new Date(ms).toISOString()), { nil: undefined }),
  });
  const windowTerms: Terms = { ...DEFAULT_TERMS, edition: 'Shop windows', activationWindowHours: { aircraft: 72, gimbal: 72, handheld: 240 }, verifiedPurchaseWindowHours: 96 };

  it('eligibility: the same with its words, without them, and rendered back, under the built-in and caller terms (fast-check)', () => {
    fc.assert(
      fc.property(eligibility, fc.constantFrom(DEFAULT_TERMS, windowTerms), (raw, terms) => {
        const input = raw.verificationNoticeAt === undefined ? (({ verificationNoticeAt: _, ...rest }) => rest)(raw) : raw;
        const d = checkPurchaseEligibility(input, { terms });
        const bare = checkPurchaseEligibility(input, { terms, messages: false });
        expectWordsFromCodes(d);
        expectBareRendersBack(d, bare, renderDecision);
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});

describe('options.messages (issue 11)', () => {
  it('leaves the words out: reasons carry clause, code and params only; next steps also their action', () => {
    const d = checkPurchaseEligibility(
      { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false },
      { messages: false },
    );
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.reasons).toEqual([
      { clause: 'ELIG-48H', code: 'elig.window.exceeded', params: { category: 'aircraft', hours: 48, elapsedSeconds: 331_200 } },
      { clause: 'ELIG-VERIFY', code: 'elig.verify.no-notice', params: {} },
    ]);
    for (const r of d.reasons) expect(Object.keys(r)).toEqual(['clause', 'code', 'params']);
    expect(d.nextSteps).toEqual([{ clause: 'ELIG-VERIFY', action: 'verification', code: 'elig.verify.apply', params: { hours: 72 } }]);
    expect(renderDecision(d)).toStrictEqual(
      checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T14:00:00Z', previouslyBound: false }),
    );
  });

  it('true is the default (null means none given, issue 12); anything but a boolean is invalid input', () => {
    const plan = MAVIC_1Y;
    expect(planStatus(plan, [], '2026-05-01T00:00:00Z', { messages: true })).toEqual(planStatus(plan, [], '2026-05-01T00:00:00Z'));
    expect(planStatus(plan, [], '2026-05-01T00:00:00Z', { messages: null })).toEqual(planStatus(plan, [], '2026-05-01T00:00:00Z'));
    expect(planStatus(plan, [], '2026-05-01T00:00:00Z', null as never)).toEqual(planStatus(plan, [], '2026-05-01T00:00:00Z'));
    expect(invalid(() => planStatus(plan, [], '2026-05-01T00:00:00Z', { messages: 'no' as never }))).toMatchObject({ field: 'options.messages', code: 'wrong-type' });
  });

  it('describePlan reads a status without words as one with them', () => {
    const events = [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002'), damage('2026-05-01T00:00:00Z', 'M3-0002')];
    const bare = planStatus(MAVIC_1Y, events, '2026-06-01T00:00:00Z', { messages: false });
    expect(describePlan(JSON.parse(JSON.stringify(bare)) as typeof bare)).toBe(describePlan(planStatus(MAVIC_1Y, events, '2026-06-01T00:00:00Z')));
  });

  it('describePlan refuses a stored reason whose params are not an object, or whose code no catalogue entry has', () => {
    const bare = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], '2026-06-01T00:00:00Z', { messages: false });
    const [first] = bare.safeFlight.reasons;
    const spoilt = (reason: object) => ({ ...bare, safeFlight: { ...bare.safeFlight, reasons: [reason] } }) as never;
    expect(invalid(() => describePlan(spoilt({ ...first, params: 'a string' })))).toMatchObject({ field: 'status.safeFlight.reasons[0].params' });
    expect(invalid(() => describePlan(spoilt({ ...first, code: 'no.such-code' })))).toMatchObject({ field: 'status.safeFlight.reasons[0].code' });
  });

  it('describePlan still reads a status stored before codes (words only)', () => {
    const s = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z')], '2026-06-01T00:00:00Z');
    const old = { ...s, safeFlight: { ...s.safeFlight, reasons: s.safeFlight.reasons.map(({ clause, message }) => ({ clause, message })) } };
    expect(describePlan(old as never)).toContain(
      'Safe Flight reward: forfeited. A damage replacement was used on 2026-04-01, so the Safe Flight reward is forfeited. [SVC-SAFE-FLIGHT]',
    );
  });
});

describe('renderDecision, renderStatus (issue 11)', () => {
  const refused = () =>
    checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'DE', planRegion: 'FR', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: null, previouslyBound: false }, { messages: false });

  it('renders in the locale given; a caller may override single messages (typed)', () => {
    const mine: Catalogue = { ...en.messages, 'region.mismatch': (p) => ({ message: `Buy the plan in ${p.productRegion}.` }) };
    const d = renderDecision(refused(), { locale: { ...en, tag: 'en-x-shop', messages: mine } });
    expect(d.ok ? [] : d.reasons).toEqual([{ clause: 'REGION-MATCH', code: 'region.mismatch', params: { productRegion: 'DE', planRegion: 'FR' }, message: 'Buy the plan in DE.' }]);
    expect(renderDecision(refused(), {})).toStrictEqual(renderDecision(refused()));
  });

  it("refuses a caller catalogue whose template is not a function or gives no words (issue 10: a caller's catalogue is bounded input)", () => {
    const d = JSON.parse(JSON.stringify(refused())) as { reasons: { code: string }[] };
    const code = d.reasons[0]?.code as string;
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const withTemplate = (template: unknown) => ({ locale: { ...en, tag: 'en-x-shop', messages: { ...ENGLISH, [code]: template } } }) as never;
    expect(invalid(() => renderDecision(d as never, withTemplate('text')))).toMatchObject({ field: 'decision.reasons[0].code', code: 'invalid-value' });
    expect(invalid(() => renderDecision(d as never, withTemplate(() => undefined)))).toMatchObject({ field: 'decision.reasons[0].message', code: 'wrong-type' });
    expect(invalid(() => renderDecision(d as never, withTemplate(() => proxy)))).toMatchObject({ field: 'decision.reasons[0].message', code: 'wrong-type' });
    expect(invalid(() => renderDecision(d as never, withTemplate(() => ({ message: 5 }))))).toMatchObject({ field: 'decision.reasons[0].message', code: 'wrong-type' });
    expect(invalid(() => renderDecision(d as never, withTemplate(() => ({ message: 'm', expected: {} }))))).toMatchObject({ field: 'decision.reasons[0].expected', code: 'wrong-type' });
    expect(invalid(() => renderDecision(d as never, withTemplate(() => ({ message: 'm', received: [] }))))).toMatchObject({ field: 'decision.reasons[0].received', code: 'wrong-type' });
    expect(invalid(() => renderDecision(d as never, withTemplate(() => ({ message: 'x'.repeat(10_001) }))))).toMatchObject({ field: 'decision.reasons[0].message', code: 'too-large' });
    const ok = renderDecision(d as never, withTemplate(() => ({ message: 'Own words.', expected: 'e', received: 'r' })));
    expect(ok.ok === false && ok.reasons[0]).toMatchObject({ message: 'Own words.', expected: 'e', received: 'r' });
  });

  it('refuses a code no catalogue entry has, params that are not an object, and a malformed locale', () => {
    const d = JSON.parse(JSON.stringify(refused())) as { reasons: Record<string, unknown>[] };
    const r = d.reasons[0] as Record<string, unknown>;
    expect(invalid(() => renderDecision({ ...d, reasons: [{ ...r, code: 'no.such-code' }] } as never))).toMatchObject({ field: 'decision.reasons[0].code' });
    expect(invalid(() => renderDecision({ ...d, reasons: [{ ...r, code: 'toString' }] } as never))).toMatchObject({ field: 'decision.reasons[0].code' });
    expect(invalid(() => renderDecision({ ...d, reasons: [{ ...r, params: null }] } as never))).toMatchObject({ field: 'decision.reasons[0].params', code: 'missing' });
    expect(invalid(() => renderDecision({ ...d, reasons: [{ ...r, params: 'x' }] } as never))).toMatchObject({ field: 'decision.reasons[0].params', code: 'wrong-type' });
    expect(invalid(() => renderDecision(d as never, 'en' as never))).toMatchObject({ field: 'options' });
    expect(invalid(() => renderDecision(d as never, { locale: { tag: 'en' } as never }))).toMatchObject({ field: 'options.locale.messages' });
    expect(invalid(() => renderDecision(null as never))).toMatchObject({ field: 'decision' });
    expect(invalid(() => renderStatus(d as never, { locale: 'ja' as never }))).toMatchObject({ field: 'options.locale' });
  });

  it('returns a fresh value, read once from the stored one (issue 10), equal where it holds no code', () => {
    const s = planStatus(MAVIC_1Y, [], '2026-05-01T00:00:00Z', { messages: false });
    const r = renderStatus(s);
    expect(r.periods).toEqual(s.periods);
    expect(r.periods).not.toBe(s.periods);
    expect(JSON.stringify(r.nextFees.damage)).toBe(JSON.stringify(s.nextFees.damage));
  });
});

// The words of issue 12, each fix under the clause it concerns.

describe('SVC-EXPRESS', () => {
  it('the express message says "Express" once, and the support example adds no second prefix', () => {
    const d = assessReplacement(MAVIC_1Y, [], { type: 'damage', at: '2026-04-01T00:00:00Z', serial: 'M3-0001', express: true });
    expect(d.ok && d.value.express.message).toBe(
      'Express: no damage assessment or quotation; the replacement ships as soon as the service centre receives the product.',
    );
    const example = readFileSync(new URL('../examples/support-claim.ts', import.meta.url), 'utf8');
    expect(example).not.toContain('Express: ${');
    expect(example).not.toContain('(s)');
  });
});

describe('SVC-SAFE-FLIGHT', () => {
  it('the forfeiture is said once, each use named', () => {
    const events = [flyaway('2026-04-01T00:00:00Z'), rebind('2026-04-05T00:00:00Z', 'M3-0002'), damage('2026-05-01T00:00:00Z', 'M3-0002'), repair('2026-05-02T00:00:00Z', 'M3-0002')];
    const text = describePlan(planStatus(MAVIC_1Y, events, '2026-06-01T00:00:00Z'));
    const line = text.split('\n').find((l) => l.startsWith('Safe Flight')) as string;
    expect(line).toBe(
      'Safe Flight reward: forfeited. A flyaway replacement was used on 2026-04-01, a damage replacement on 2026-05-01 and a discounted repair on 2026-05-02. [SVC-SAFE-FLIGHT]',
    );
    expect(line.match(/forfeited/g)).toHaveLength(1);
  });
});

describe('SVC-MAINTENANCE', () => {
  it('none left is said as none left, not "none of 1 left"', () => {
    const text = describePlan(planStatus(MAVIC_1Y, [maintenance('2026-04-01T00:00:00Z')], '2026-06-01T00:00:00Z'));
    expect(text).toContain('Factory maintenance: none left (1 of 1 used), until 2027-02-28. [SVC-MAINTENANCE]');
    expect(text).not.toContain('none of');
  });
});

describe('QUOTA-1Y', () => {
  it('what is left after a replacement, with plurals, not "replacement(s)"', () => {
    const d = assessReplacement(MAVIC_1Y, [], { type: 'flyaway', ...flyawayFacts('2026-04-01T00:00:00Z') });
    expect(d.ok && d.value.remainingAfterNote).toEqual({
      clause: 'QUOTA-1Y',
      code: 'quota.left-after',
      params: { replacements: 1, damage: 1, flyaway: 0, lastDate: '2027-02-28' },
      message: '1 replacement left after it (1 usable for damage, 0 for a flyaway), until 2027-02-28.',
    });
  });
});

describe('REGION-MATCH', () => {
  it('the storefront example, refusing a plan bought in another country, words "no next step" plainly', () => {
    const example = readFileSync(new URL('../examples/storefront-offer.ts', import.meta.url), 'utf8');
    expect(example).not.toContain('none the terms name');
  });
});

describe('FLY-QUOTA', () => {
  it('a model without flyaway has no flyaway quota (said so), beside FLY-MODEL', () => {
    const om5: Plan = { ...MAVIC_1Y, product: 'om-5', region: 'JP', timeZone: 'Asia/Tokyo' };
    const d = checkFlyaway(om5, [], flyawayFacts('2026-04-01T00:00:00Z'));
    const reasons = d.ok ? [] : d.reasons;
    expect(reasons.map((r) => r.clause)).toEqual(['FLY-MODEL', 'FLY-QUOTA']);
    expect(reasons[1]).toEqual({
      clause: 'FLY-QUOTA',
      code: 'fly.quota.model-has-none',
      params: { productName: 'DJI OM 5', replacements: 2, quota: 'QUOTA-1Y' },
      message: "The plan for DJI OM 5 has no flyaway quota: this model's plan includes no flyaway replacement.",
      expected: 'a flyaway use and a replacement left',
      received: '0 flyaway, 2 replacements left (QUOTA-1Y)',
    });
    expect(reasons[1]?.message).not.toContain('is left');
  });
});

describe('TERMS-CALLER', () => {
  it('a fee from the caller schedule cites TERMS-CALLER with the caller label; the built-in fee names the seed', () => {
    const builtIn = planStatus(MAVIC_1Y, [], '2026-05-01T00:00:00Z').nextFees.damage;
    expect(builtIn).toMatchObject({ published: true, clause: 'CAT-FEES-MAVIC3-1Y', source: SEED_SOURCE });
    expect(builtIn).not.toHaveProperty('callerTerms');
    expect(SEED_SOURCE).not.toMatch(/^CAT-/);
    // The built-in schedule under caller terms that only relabel the edition is still the source's.
    expect(planStatus(MAVIC_1Y, [], '2026-05-01T00:00:00Z', { terms: SHOP_TERMS }).nextFees.damage).not.toHaveProperty('callerTerms');
    const mini: Plan = { ...MAVIC_1Y, product: 'mini-2', region: 'AU', timeZone: 'Australia/Sydney' };
    const fee = planStatus(mini, [], '2026-05-01T00:00:00Z', { terms: SHOP_TERMS }).nextFees.damage;
    expect(fee).toMatchObject({
      published: true,
      clause: 'CAT-FEES-MAVIC3-1Y',
      source: 'Shop price list 2026-05',
      callerTerms: {
        clause: 'TERMS-CALLER',
        code: 'terms.caller-figure',
        params: { source: 'Shop price list 2026-05', rule: 'CAT-FEES-MAVIC3-1Y' },
        message: "A figure of this decision comes from the caller's own terms (Shop price list 2026-05), standing in for the source's under CAT-FEES-MAVIC3-1Y.",
      },
    });
    const gb: Plan = { ...MAVIC_1Y, region: 'GB', timeZone: 'Europe/London' };
    const renewal = assessReplacement(gb, [plus('2026-06-01T00:00:00Z')], { type: 'damage', at: '2027-04-01T00:00:00Z', serial: 'M3-0001' }, { terms: SHOP_TERMS });
    expect(renewal.ok && renewal.value.fee).toMatchObject({ clause: 'PLUS-EFFECT', callerTerms: { clause: 'TERMS-CALLER', params: { rule: 'PLUS-EFFECT' } } });
  });

  it('an eligibility window from the caller terms is cited beside its rule, with the edition label', () => {
    const input = { product: 'mavic-3', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-03T10:00:00Z', activatedAt: '2026-03-01T10:00:00Z', previouslyBound: false } as const;
    const terms: Terms = { ...DEFAULT_TERMS, edition: 'Shop 72 h', activationWindowHours: { aircraft: 72, gimbal: 72, handheld: 720 } };
    const d = checkPurchaseEligibility(input, { terms });
    expect(d.trace.map((c) => c.clause)).toEqual(['REGION-AVAILABLE', 'REGION-MATCH', 'ELIG-ONCE', 'ELIG-48H', 'TERMS-CALLER']);
    expect(d.trace.at(-1)).toMatchObject({ passed: true, params: { source: 'Shop 72 h', rule: 'ELIG-48H' } });
    // The source's figures under a relabelled edition are not the caller's.
    expect(checkPurchaseEligibility(input, { terms: { ...DEFAULT_TERMS, edition: 'Relabelled' } }).trace.map((c) => c.clause)).not.toContain('TERMS-CALLER');
    const verify: Terms = { ...DEFAULT_TERMS, edition: 'Shop 96 h', verifiedPurchaseWindowHours: 96 };
    const v = checkPurchaseEligibility({ ...input, purchaseAt: '2026-03-10T10:00:00Z', verificationNoticeAt: '2026-03-08T10:00:00Z' }, { terms: verify });
    expect(v.trace.at(-1)).toMatchObject({ clause: 'TERMS-CALLER', params: { source: 'Shop 96 h', rule: 'ELIG-VERIFY' } });
  });

  it('a discount cap (the source gives none) is cited as the caller’s', () => {
    const d = assessDiscountedRepair(MAVIC_1Y, [], { at: '2026-04-01T00:00:00Z', serial: 'M3-0001', cause: 'damage' }, { terms: SHOP_TERMS });
    expect(d.ok && d.value.discountCap).toMatchObject({ published: true, callerTerms: { clause: 'TERMS-CALLER', params: { source: SHOP_TERMS.edition, rule: 'SVC-REPAIR-DISCOUNT' } } });
  });
});
