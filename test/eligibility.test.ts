import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AVAILABLE_REGIONS } from '../src/catalog/regions';
import { DEFAULT_TERMS, type Terms } from '../src/catalog/terms';
import { checkPurchaseEligibility, type PurchaseEligibilityInput } from '../src/eligibility';
import type { WordsCheck as Check, WordsNextStep as NextStep } from './support';
import { deepFreeze, expectInvalid, snapshot } from './support';

const EDITION = DEFAULT_TERMS.edition;

/** A Mavic 3 bought and activated in the US, the plan bought exactly 48 h after activation. */
const base = {
  product: 'mavic-3',
  productRegion: 'US',
  planRegion: 'US',
  activatedAt: '2026-03-01T10:00:00Z',
  purchaseAt: '2026-03-03T10:00:00Z',
  previouslyBound: false,
} as const satisfies PurchaseEligibilityInput;

const AVAILABLE_US: Check = {
  clause: 'REGION-AVAILABLE',
  passed: true,
  message: 'DJI Care Refresh is sold in US.',
  expected: 'a country or region where DJI Care Refresh is sold',
  received: 'US',
};
const MATCH_US: Check = {
  clause: 'REGION-MATCH',
  passed: true,
  message: 'The plan and the product are bought in the same country or region.',
  expected: "the product's country or region (US)",
  received: 'US',
};
const NEVER_BOUND: Check = {
  clause: 'ELIG-ONCE',
  passed: true,
  message: 'This product has never been bound to DJI Care Refresh.',
  expected: 'a product never bound to a plan',
  received: 'never bound',
};
const NO_NOTICE: Check = {
  clause: 'ELIG-VERIFY',
  passed: false,
  message: 'The product has not passed verification.',
  expected: 'a purchasing notice after send-back or video verification',
  received: 'no notice',
};
const VERIFY_STEP: NextStep = {
  clause: 'ELIG-VERIFY',
  action: 'verification',
  message:
    'Contact DJI Support and send the product back or apply for video verification; once it passes, buy the plan within 72 hours of the purchasing notice.',
};

/** The reason a failed check gives (the check without `passed`). */
function reasonOf(c: Check): Omit<Check, 'passed'> {
  const { passed: _passed, ...reason } = c;
  return reason;
}

/** Caller terms that add a drone camera gimbal (CAT-CATEGORY: 'gimbal' uses the 48-hour window). */
const gimbalTerms: Terms = {
  ...DEFAULT_TERMS,
  edition: 'test terms with a Zenmuse gimbal',
  products: {
    ...DEFAULT_TERMS.products,
    'zenmuse-x5s': {
      id: 'zenmuse-x5s',
      name: 'Zenmuse X5S',
      category: 'gimbal',
      services: {
        damageReplacement: true,
        flyawayReplacement: false,
        repairDiscount: false,
        maintenance: false,
        safeFlight: false,
        internationalService: false,
      },
    },
  },
};

function windowTerms(hours: number): Terms {
  return { ...DEFAULT_TERMS, edition: `aircraft window ${hours} h`, activationWindowHours: { ...DEFAULT_TERMS.activationWindowHours, aircraft: hours } };
}

describe('ELIG-NEW', () => {
  it('accepts a brand-new, never activated product, with no deadline', () => {
    expect(checkPurchaseEligibility({ ...base, activatedAt: null })).toEqual({
      ok: true,
      value: { product: 'mavic-3', category: 'aircraft', route: 'new', clause: 'ELIG-NEW', buyBy: null },
      trace: [
        AVAILABLE_US,
        MATCH_US,
        NEVER_BOUND,
        { clause: 'ELIG-NEW', passed: true, message: 'The product is brand new and has not been activated.', expected: 'an un-activated product', received: 'never activated' },
      ],
      edition: EDITION,
    });
  });

  it('reports a missing activation as missing, never as "new" (and a missing binding history too)', () => {
    const missingOnce: Check = {
      clause: 'ELIG-ONCE',
      passed: false,
      message: 'It is not known whether this product has had a DJI Care Refresh plan before; ask before selling.',
      expected: 'whether the product was ever bound to a plan',
      received: 'not given',
    };
    const missingActivation: Check = {
      clause: 'ELIG-NEW',
      passed: false,
      message: 'It is not known whether the product has been activated; ask before selling.',
      expected: 'the activation instant, or null if never activated',
      received: 'not given',
    };
    expect(checkPurchaseEligibility({ product: 'om-5', productRegion: 'US', planRegion: 'US', purchaseAt: '2026-03-03T10:00:00Z' })).toEqual({
      ok: false,
      reasons: [reasonOf(missingOnce), reasonOf(missingActivation)],
      trace: [AVAILABLE_US, MATCH_US, missingOnce, missingActivation],
      edition: EDITION,
      nextSteps: [],
    });
  });

  it('a new product stays eligible however late the purchase', () => {
    const d = checkPurchaseEligibility({ ...base, activatedAt: null, purchaseAt: '2031-12-31T23:59:59Z' });
    expect(d.ok).toBe(true);
  });
});

describe('ELIG-48H', () => {
  const accepted48: Check = {
    clause: 'ELIG-48H',
    passed: true,
    message: 'The aircraft was activated within 48 hours of the purchase.',
    expected: 'activated at most 48 hours before purchase (aircraft)',
    received: 'activated 2 d before purchase',
  };

  it('accepts an aircraft bought exactly 48 h (172,800 s) after activation', () => {
    expect(checkPurchaseEligibility(base)).toEqual({
      ok: true,
      value: { product: 'mavic-3', category: 'aircraft', route: 'activation-window', clause: 'ELIG-48H', buyBy: '2026-03-03T10:00:00.000Z' },
      trace: [AVAILABLE_US, MATCH_US, NEVER_BOUND, accepted48],
      edition: EDITION,
    });
  });

  it('refuses one second past 48 h, and names verification as the next step', () => {
    const late: Check = {
      clause: 'ELIG-48H',
      passed: false,
      message: 'The aircraft was activated more than 48 hours before the purchase.',
      expected: 'activated at most 48 hours before purchase (aircraft)',
      received: 'activated 2 d 1 s before purchase',
    };
    expect(checkPurchaseEligibility({ ...base, purchaseAt: '2026-03-03T10:00:01Z' })).toEqual({
      ok: false,
      reasons: [reasonOf(late), reasonOf(NO_NOTICE)],
      trace: [AVAILABLE_US, MATCH_US, NEVER_BOUND, late, NO_NOTICE],
      edition: EDITION,
      nextSteps: [VERIFY_STEP],
    });
  });

  it('one millisecond past 48 h is past (and reads as 2 d 1 s, never as within)', () => {
    const d = checkPurchaseEligibility({ ...base, purchaseAt: '2026-03-03T10:00:00.001Z' });
    expect(d.ok).toBe(false);
    expect(d.trace.find((c) => c.clause === 'ELIG-48H')?.received).toBe('activated 2 d 1 s before purchase');
  });

  it('counts elapsed time, not wall-clock time: across the Berlin DST change 48 h is 49 h on the clock', () => {
    const activatedAt = '2026-03-28T10:00:00+01:00';
    expect(checkPurchaseEligibility({ ...base, productRegion: 'DE', planRegion: 'DE', activatedAt, purchaseAt: '2026-03-30T11:00:00+02:00' }).ok).toBe(true);
    expect(checkPurchaseEligibility({ ...base, productRegion: 'DE', planRegion: 'DE', activatedAt, purchaseAt: '2026-03-30T11:00:01+02:00' }).ok).toBe(false);
  });

  it('accepts a purchase in the same instant as the activation, given as Date objects', () => {
    const at = new Date('2026-03-01T10:00:00Z');
    const d = checkPurchaseEligibility({ ...base, activatedAt: at, purchaseAt: at });
    expect(d).toMatchObject({ ok: true, value: { buyBy: '2026-03-03T10:00:00.000Z' } });
    expect(d.trace.at(-1)?.received).toBe('activated 0 s before purchase');
  });

  it('a gimbal supplied through caller terms uses 48 h: exactly 48 h yes, one second past no', () => {
    const gimbal = { ...base, product: 'zenmuse-x5s' };
    expect(checkPurchaseEligibility(gimbal, { terms: gimbalTerms })).toEqual({
      ok: true,
      value: { product: 'zenmuse-x5s', category: 'gimbal', route: 'activation-window', clause: 'ELIG-48H', buyBy: '2026-03-03T10:00:00.000Z' },
      trace: [
        AVAILABLE_US,
        MATCH_US,
        NEVER_BOUND,
        {
          clause: 'ELIG-48H',
          passed: true,
          message: 'The gimbal was activated within 48 hours of the purchase.',
          expected: 'activated at most 48 hours before purchase (gimbal)',
          received: 'activated 2 d before purchase',
        },
      ],
      edition: 'test terms with a Zenmuse gimbal',
    });
    const late = checkPurchaseEligibility({ ...gimbal, purchaseAt: '2026-03-03T10:00:01Z' }, { terms: gimbalTerms });
    expect(late.ok).toBe(false);
    if (!late.ok) {
      expect(late.reasons.map((r) => r.clause)).toEqual(['ELIG-48H', 'ELIG-VERIFY']);
      expect(late.edition).toBe('test terms with a Zenmuse gimbal');
    }
  });

  it('words the window in days from 72 h on when it is whole days, otherwise in hours (caller terms)', () => {
    const expected = (hours: number) =>
      checkPurchaseEligibility(base, { terms: windowTerms(hours) }).trace.find((c) => c.clause === 'ELIG-48H')?.expected;
    expect(expected(72)).toBe('activated at most 3 days before purchase (aircraft)');
    expect(expected(36)).toBe('activated at most 36 hours before purchase (aircraft)');
    expect(expected(100)).toBe('activated at most 100 hours before purchase (aircraft)');
  });
});

describe('ELIG-30D', () => {
  const om5 = { ...base, product: 'om-5', purchaseAt: '2026-03-31T10:00:00Z' } as const;

  it('accepts a handheld bought exactly 30 × 24 h after activation', () => {
    expect(checkPurchaseEligibility(om5)).toEqual({
      ok: true,
      value: { product: 'om-5', category: 'handheld', route: 'activation-window', clause: 'ELIG-30D', buyBy: '2026-03-31T10:00:00.000Z' },
      trace: [
        AVAILABLE_US,
        MATCH_US,
        NEVER_BOUND,
        {
          clause: 'ELIG-30D',
          passed: true,
          message: 'The handheld was activated within 30 days of the purchase.',
          expected: 'activated at most 30 days before purchase (handheld)',
          received: 'activated 30 d before purchase',
        },
      ],
      edition: EDITION,
    });
  });

  it('refuses a handheld one second past 30 days, naming verification', () => {
    const late: Check = {
      clause: 'ELIG-30D',
      passed: false,
      message: 'The handheld was activated more than 30 days before the purchase.',
      expected: 'activated at most 30 days before purchase (handheld)',
      received: 'activated 30 d 1 s before purchase',
    };
    expect(checkPurchaseEligibility({ ...om5, purchaseAt: '2026-03-31T10:00:01Z' })).toEqual({
      ok: false,
      reasons: [reasonOf(late), reasonOf(NO_NOTICE)],
      trace: [AVAILABLE_US, MATCH_US, NEVER_BOUND, late, NO_NOTICE],
      edition: EDITION,
      nextSteps: [VERIFY_STEP],
    });
  });

  it('30 days are 720 h of elapsed time, even across a DST change (Europe/Berlin, 29 March 2026)', () => {
    const de = { ...om5, productRegion: 'DE', planRegion: 'DE', activatedAt: '2026-03-01T10:00:00+01:00' };
    expect(checkPurchaseEligibility({ ...de, purchaseAt: '2026-03-31T11:00:00+02:00' }).ok).toBe(true);
    expect(checkPurchaseEligibility({ ...de, purchaseAt: '2026-03-31T11:00:01+02:00' }).ok).toBe(false);
  });

  it('every handheld of the source gets 30 days; every aircraft only 48 h', () => {
    for (const product of ['om-5', 'om-4-series', 'pocket-2', 'action-2', 'rs-2', 'rsc-2']) {
      expect(checkPurchaseEligibility({ ...base, product, purchaseAt: '2026-03-20T10:00:00Z' })).toMatchObject({ ok: true, value: { clause: 'ELIG-30D' } });
    }
    for (const product of ['mavic-3', 'mavic-3-cine', 'air-2s', 'mavic-air-2', 'mini-2', 'mini-se']) {
      expect(checkPurchaseEligibility({ ...base, product, purchaseAt: '2026-03-20T10:00:00Z' }).ok).toBe(false);
    }
  });
});

describe('ELIG-VERIFY', () => {
  const verified = { ...base, purchaseAt: '2026-03-10T10:00:00Z', verificationNoticeAt: '2026-03-07T10:00:00Z' } as const;
  const lateWindow: Check = {
    clause: 'ELIG-48H',
    passed: false,
    message: 'The aircraft was activated more than 48 hours before the purchase.',
    expected: 'activated at most 48 hours before purchase (aircraft)',
    received: 'activated 9 d before purchase',
  };

  it('accepts a purchase exactly 72 h after the purchasing notice', () => {
    expect(checkPurchaseEligibility(verified)).toEqual({
      ok: true,
      value: { product: 'mavic-3', category: 'aircraft', route: 'verification', clause: 'ELIG-VERIFY', buyBy: '2026-03-10T10:00:00.000Z' },
      trace: [
        AVAILABLE_US,
        MATCH_US,
        NEVER_BOUND,
        {
          clause: 'ELIG-VERIFY',
          passed: true,
          message: 'The product passed verification and the plan is bought within 72 hours of the purchasing notice.',
          expected: 'bought within 72 hours after the purchasing notice',
          received: 'bought 3 d after the notice',
        },
      ],
      edition: EDITION,
    });
  });

  it('refuses one second past 72 h, listing the missed activation window as well', () => {
    const lateVerify: Check = {
      clause: 'ELIG-VERIFY',
      passed: false,
      message: 'More than 72 hours have passed since the purchasing notice.',
      expected: 'bought within 72 hours after the purchasing notice',
      received: 'bought 3 d 1 s after the notice',
    };
    const window = { ...lateWindow, received: 'activated 9 d 1 s before purchase' };
    expect(checkPurchaseEligibility({ ...verified, purchaseAt: '2026-03-10T10:00:01Z' })).toEqual({
      ok: false,
      reasons: [reasonOf(window), reasonOf(lateVerify)],
      trace: [AVAILABLE_US, MATCH_US, NEVER_BOUND, window, lateVerify],
      edition: EDITION,
      nextSteps: [VERIFY_STEP],
    });
  });

  it('refuses a purchase made before the purchasing notice arrived', () => {
    const early: Check = {
      clause: 'ELIG-VERIFY',
      passed: false,
      message: 'The plan was bought before the purchasing notice was received.',
      expected: 'bought within 72 hours after the purchasing notice',
      received: 'bought 1 d before the notice',
    };
    const window = { ...lateWindow, received: 'activated 5 d before purchase' };
    expect(checkPurchaseEligibility({ ...verified, purchaseAt: '2026-03-06T10:00:00Z' })).toEqual({
      ok: false,
      reasons: [reasonOf(window), reasonOf(early)],
      trace: [AVAILABLE_US, MATCH_US, NEVER_BOUND, window, early],
      edition: EDITION,
      // Issue 12: the notice has not arrived yet, so the step is to wait for it, not to apply again.
      nextSteps: [
        {
          clause: 'ELIG-VERIFY',
          action: 'await-notice',
          code: 'elig.verify.await-notice',
          params: { hours: 72 },
          message: 'Wait for the purchasing notice that follows the verification; once it has arrived, buy the plan within 72 hours of it.',
        },
      ],
    });
  });

  it('accepts a purchase in the very instant of the notice', () => {
    expect(checkPurchaseEligibility({ ...verified, purchaseAt: verified.verificationNoticeAt })).toMatchObject({
      ok: true,
      value: { route: 'verification', buyBy: '2026-03-10T10:00:00.000Z' },
    });
  });

  it('a notice is not needed while the activation window is open (the window route is taken)', () => {
    expect(checkPurchaseEligibility({ ...base, verificationNoticeAt: '2026-03-02T10:00:00Z' })).toMatchObject({
      ok: true,
      value: { route: 'activation-window', clause: 'ELIG-48H' },
    });
  });

  it('a handheld past 30 days can be bought within 72 h of its notice', () => {
    const d = checkPurchaseEligibility({
      ...base,
      product: 'pocket-2',
      activatedAt: '2026-01-01T00:00:00Z',
      verificationNoticeAt: '2026-02-15T12:00:00Z',
      purchaseAt: '2026-02-18T12:00:00Z',
    });
    expect(d).toMatchObject({ ok: true, value: { route: 'verification', category: 'handheld', buyBy: '2026-02-18T12:00:00.000Z' } });
  });

  it('uses the window of caller terms, in the next step too', () => {
    const terms: Terms = { ...DEFAULT_TERMS, edition: '96 h', verifiedPurchaseWindowHours: 96 };
    expect(checkPurchaseEligibility({ ...verified, purchaseAt: '2026-03-11T10:00:00Z' }, { terms }).ok).toBe(true);
    const late = checkPurchaseEligibility({ ...verified, purchaseAt: '2026-03-11T10:00:01Z' }, { terms });
    expect(late.ok).toBe(false);
    if (!late.ok) expect(late.nextSteps[0]?.message).toContain('within 96 hours of the purchasing notice');
  });
});

describe('ELIG-ONCE', () => {
  it('refuses a product bound before (or received as a replacement under a plan)', () => {
    const bound: Check = {
      clause: 'ELIG-ONCE',
      passed: false,
      message: 'This product has already been bound to DJI Care Refresh (or received as a replacement under a plan); it cannot be bound again.',
      expected: 'a product never bound to a plan',
      received: 'bound before',
    };
    const accepted48 = checkPurchaseEligibility(base).trace[3] as Check;
    expect(checkPurchaseEligibility({ ...base, previouslyBound: true })).toEqual({
      ok: false,
      reasons: [reasonOf(bound)],
      trace: [AVAILABLE_US, MATCH_US, bound, accepted48],
      edition: EDITION,
      nextSteps: [],
    });
  });

  it('refuses when the binding history is not given (missing, never assumed)', () => {
    const { previouslyBound: _p, ...rest } = base;
    const d = checkPurchaseEligibility(rest);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reasons).toEqual([
      {
        clause: 'ELIG-ONCE',
        message: 'It is not known whether this product has had a DJI Care Refresh plan before; ask before selling.',
        expected: 'whether the product was ever bound to a plan',
        received: 'not given',
      },
    ]);
  });

  it('a verified product bound before is still refused', () => {
    const d = checkPurchaseEligibility({
      ...base,
      previouslyBound: true,
      purchaseAt: '2026-03-10T10:00:00Z',
      verificationNoticeAt: '2026-03-09T10:00:00Z',
    });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reasons.map((r) => r.clause)).toEqual(['ELIG-ONCE']);
  });
});

describe('REGION-AVAILABLE', () => {
  it('accepts every listed country and region (the 27 EU states, GB, CH, NO, ...)', () => {
    for (const region of AVAILABLE_REGIONS) {
      const d = checkPurchaseEligibility({ ...base, productRegion: region, planRegion: region });
      expect(d.ok, region).toBe(true);
      expect(d.trace[0]).toEqual({ ...AVAILABLE_US, message: `DJI Care Refresh is sold in ${region}.`, received: region });
    }
  });

  it('refuses a country where the plan is not sold, even for a product bought there', () => {
    const notSold: Check = {
      clause: 'REGION-AVAILABLE',
      passed: false,
      message: 'DJI Care Refresh is not sold in BR.',
      expected: 'a country or region where DJI Care Refresh is sold',
      received: 'BR',
    };
    const d = checkPurchaseEligibility({ ...base, productRegion: 'BR', planRegion: 'BR' });
    expect(d).toEqual({
      ok: false,
      reasons: [reasonOf(notSold)],
      trace: [notSold, { ...MATCH_US, expected: "the product's country or region (BR)", received: 'BR' }, NEVER_BOUND, d.trace[3]],
      edition: EDITION,
      nextSteps: [],
    });
  });

  it('caller terms can narrow the regions', () => {
    const terms: Terms = { ...DEFAULT_TERMS, edition: 'US only', availableRegions: ['US'] };
    expect(checkPurchaseEligibility({ ...base, productRegion: 'CA', planRegion: 'CA' }, { terms }).ok).toBe(false);
  });
});

describe('REGION-MATCH', () => {
  it('refuses a plan bought in France for a product bought in Germany (each EU state is its own country)', () => {
    const d = checkPurchaseEligibility({ ...base, productRegion: 'DE', planRegion: 'FR' });
    expect(d.ok).toBe(false);
    if (!d.ok) {
      expect(d.reasons).toEqual([
        {
          clause: 'REGION-MATCH',
          message: 'The plan must be bought in the same country or region as the product.',
          expected: "the product's country or region (DE)",
          received: 'FR',
        },
      ]);
      expect(d.nextSteps).toEqual([]);
    }
  });

  it('Hong Kong and Mainland China are different regions', () => {
    expect(checkPurchaseEligibility({ ...base, productRegion: 'HK', planRegion: 'CN' }).ok).toBe(false);
  });

  it('a product from a country without the plan cannot get a plan elsewhere', () => {
    const d = checkPurchaseEligibility({ ...base, productRegion: 'BR', planRegion: 'US' });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reasons.map((r) => r.clause)).toEqual(['REGION-MATCH']);
  });
});

describe('every failing condition at once', () => {
  it('wrong region + mismatch + bound before + window passed + no verification: all five, with the next step', () => {
    const d = checkPurchaseEligibility({ ...base, planRegion: 'BR', previouslyBound: true, purchaseAt: '2026-03-05T12:30:00Z' });
    expect(d).toEqual({
      ok: false,
      reasons: [
        {
          clause: 'REGION-AVAILABLE',
          message: 'DJI Care Refresh is not sold in BR.',
          expected: 'a country or region where DJI Care Refresh is sold',
          received: 'BR',
        },
        {
          clause: 'REGION-MATCH',
          message: 'The plan must be bought in the same country or region as the product.',
          expected: "the product's country or region (US)",
          received: 'BR',
        },
        {
          clause: 'ELIG-ONCE',
          message: 'This product has already been bound to DJI Care Refresh (or received as a replacement under a plan); it cannot be bound again.',
          expected: 'a product never bound to a plan',
          received: 'bound before',
        },
        {
          clause: 'ELIG-48H',
          message: 'The aircraft was activated more than 48 hours before the purchase.',
          expected: 'activated at most 48 hours before purchase (aircraft)',
          received: 'activated 4 d 2 h 30 min before purchase',
        },
        reasonOf(NO_NOTICE),
      ],
      trace: expect.any(Array),
      edition: EDITION,
      nextSteps: [VERIFY_STEP],
    });
    expect(d.trace.every((c) => !c.passed)).toBe(true);
    expect(d.trace).toHaveLength(5);
  });
});

describe('invalid input (InvalidInputError with field and code)', () => {
  it.each([
    ['input', null, 'input', 'missing'],
    ['input', 'mavic-3', 'input', 'wrong-type'],
    ['input', [], 'input', 'wrong-type'],
  ] as const)('%s = %j', (_name, input, field, code) => {
    expectInvalid(() => checkPurchaseEligibility(input as unknown as PurchaseEligibilityInput), field, code);
  });

  it.each([
    ['product', 'mavic-9', 'unknown-product'],
    ['product', 42, 'wrong-type'],
    ['product', undefined, 'missing'],
    ['product', 'toString', 'unknown-product'],
    ['productRegion', 'UK', 'unknown-region'],
    ['productRegion', 'us', 'unknown-region'],
    ['planRegion', 'XX', 'unknown-region'],
    ['planRegion', undefined, 'missing'],
    ['purchaseAt', undefined, 'missing'],
    ['purchaseAt', '2026-03-03T10:00:00', 'invalid-instant'],
    ['purchaseAt', '2026-03-03', 'invalid-instant'],
    ['purchaseAt', 1772532000000, 'wrong-type'],
    ['purchaseAt', new Date(Number.NaN), 'invalid-instant'],
    ['activatedAt', '2026-02-30T10:00:00Z', 'invalid-instant'],
    ['activatedAt', '2026-13-01T10:00:00Z', 'invalid-instant'],
    ['activatedAt', new Date('invalid'), 'invalid-instant'],
    ['activatedAt', '2026-03-03T10:00:01Z', 'invalid-value'],
    ['activatedAt', false, 'wrong-type'],
    ['verificationNoticeAt', '2026-03-07 10:00', 'invalid-instant'],
    ['previouslyBound', 'no', 'wrong-type'],
    ['previouslyBound', 0, 'wrong-type'],
  ] as const)('%s = %j', (field, value, code) => {
    expectInvalid(() => checkPurchaseEligibility({ ...base, [field]: value } as unknown as PurchaseEligibilityInput), field, code);
  });

  it("hints that the United Kingdom's code is GB", () => {
    const error = expectInvalid(() => checkPurchaseEligibility({ ...base, productRegion: 'UK' }), 'productRegion', 'unknown-region');
    expect(error.message).toBe(
      `Invalid productRegion: expected an ISO 3166-1 alpha-2 code such as 'US' (the United Kingdom's code is 'GB') (received "UK").`,
    );
  });

  it('a product unknown to caller terms is unknown (the gimbal is not in the default terms)', () => {
    expectInvalid(() => checkPurchaseEligibility({ ...base, product: 'zenmuse-x5s' }), 'product', 'unknown-product');
  });

  it.each([
    ['terms', 'options', 'wrong-type'],
    [[], 'options', 'wrong-type'],
    [{ terms: { ...DEFAULT_TERMS, verifiedPurchaseWindowHours: -1 } }, 'terms.verifiedPurchaseWindowHours', 'invalid-count'],
  ] as const)('options %j', (options, field, code) => {
    expectInvalid(() => checkPurchaseEligibility(base, options as never), field, code);
  });
});

describe('invariants (fast-check)', () => {
  const PRODUCTS = ['mavic-3', 'mini-se', 'om-5', 'action-2', 'zenmuse-x5s'] as const;
  const REGIONS = ['US', 'DE', 'FR', 'GB', 'BR', 'HK', 'CN'] as const;
  const T0 = Date.parse('2026-01-01T00:00:00Z');
  const DAY = 86_400_000;

  const facts = fc.record({
    product: fc.constantFrom(...PRODUCTS),
    productRegion: fc.constantFrom(...REGIONS),
    planRegion: fc.constantFrom(...REGIONS),
    previouslyBound: fc.option(fc.boolean(), { nil: undefined }),
    activation: fc.option(fc.integer({ min: 0, max: 40 * DAY }), { nil: null }),
    // The first purchase, after the activation; the second, later still.
    firstAfter: fc.integer({ min: 0, max: 40 * DAY }),
    laterBy: fc.integer({ min: 0, max: 40 * DAY }),
    // A purchasing notice at or before the first purchase, if any.
    noticeBefore: fc.option(fc.integer({ min: 0, max: 10 * DAY }), { nil: undefined }),
  });

  type Facts = typeof facts extends fc.Arbitrary<infer T> ? T : never;

  function input(f: Facts, purchaseMs: number): PurchaseEligibilityInput {
    const activated = f.activation === null ? null : new Date(T0 + f.activation);
    const firstPurchase = (activated?.getTime() ?? T0) + f.firstAfter;
    return {
      product: f.product,
      productRegion: f.productRegion,
      planRegion: f.planRegion,
      activatedAt: activated,
      purchaseAt: new Date(purchaseMs),
      ...(f.previouslyBound === undefined ? {} : { previouslyBound: f.previouslyBound }),
      ...(f.noticeBefore === undefined ? {} : { verificationNoticeAt: new Date(firstPurchase - f.noticeBefore) }),
    };
  }

  it('the later the purchase, never more eligible (for purchases after the notice): failing clauses only grow', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const first = (f.activation === null ? T0 : T0 + f.activation) + f.firstAfter;
        const early = checkPurchaseEligibility(input(f, first), { terms: gimbalTerms });
        const late = checkPurchaseEligibility(input(f, first + f.laterBy), { terms: gimbalTerms });
        if (late.ok) expect(early.ok).toBe(true);
        const failing = (d: typeof early) => new Set(d.ok ? [] : d.reasons.map((r) => r.clause));
        for (const clause of failing(early)) expect(failing(late).has(clause)).toBe(true);
      }),
    );
  });

  it('a refusal lists exactly the failed checks of its trace, and an acceptance has only passed checks', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const first = (f.activation === null ? T0 : T0 + f.activation) + f.firstAfter;
        const d = checkPurchaseEligibility(input(f, first + f.laterBy), { terms: gimbalTerms });
        const failed = d.trace.filter((c) => !c.passed).map(reasonOf);
        if (d.ok) expect(failed).toEqual([]);
        else {
          expect(d.reasons).toEqual(failed);
          expect(d.nextSteps.length > 0).toBe(d.reasons.some((r) => r.clause === 'ELIG-VERIFY'));
        }
      }),
    );
  });

  it('does not mutate its input (deep-frozen input and terms)', () => {
    const input = deepFreeze({ ...base, purchaseAt: '2026-03-10T10:00:00Z', verificationNoticeAt: '2026-03-08T10:00:00Z' });
    const before = snapshot(input);
    const terms = deepFreeze({ ...gimbalTerms, edition: 'frozen terms' });
    const d = checkPurchaseEligibility(input, deepFreeze({ terms }));
    expect(d.ok).toBe(true);
    expect(input).toEqual(before);
    const at = new Date('2026-03-01T10:00:00Z');
    checkPurchaseEligibility({ ...base, activatedAt: at });
    expect(at.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });
});
