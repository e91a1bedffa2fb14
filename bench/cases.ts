/**
 * The benchmark's purchase-eligibility cases: 10,000 valid inputs from a fixed seed, drawn so
 * that every eligibility clause is exercised on both sides (ELIG-NEW, ELIG-48H and ELIG-30D at
 * the edge and one second past it, ELIG-VERIFY inside, outside and before the 72 h, ELIG-ONCE,
 * REGION-AVAILABLE, REGION-MATCH), plus the gimbal category (ELIG-48H) through caller terms
 * and the "not given" answers (activation or binding history left out).
 *
 * Deterministic: a small PRNG of our own (mulberry32), no `Math.random`, no clock. Instants
 * are a mix of UTC strings, strings with an offset and `Date` objects, as callers send them.
 */
import { DEFAULT_TERMS, type PurchaseEligibilityInput, type Terms } from '../src/index';

export const SEED = 0x6d6a69; // 'dji'
export const CASE_COUNT = 10_000;

const SECOND = 1000;
const HOUR = 3600 * SECOND;

/** mulberry32: a 32-bit PRNG, uniform in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A caller's terms adding a drone camera gimbal sold with its own plan (CAT-CATEGORY). */
export const GIMBAL_TERMS: Terms = {
  ...DEFAULT_TERMS,
  edition: 'bench: default terms plus a gimbal',
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

/** What the case was drawn to exercise (for the coverage count of the agreement check). */
export type CaseKind =
  | 'new'
  | 'window-edge'
  | 'window-past'
  | 'window-random'
  | 'verify-inside'
  | 'verify-edge'
  | 'verify-past'
  | 'verify-before'
  | 'no-notice'
  | 'bound-before'
  | 'region-unavailable'
  | 'region-mismatch'
  | 'activation-not-given'
  | 'binding-not-given';

export interface EligibilityCase {
  readonly kind: CaseKind;
  readonly input: PurchaseEligibilityInput;
  /** Present for the gimbal cases only. */
  readonly terms?: Terms;
}

const AIRCRAFT = ['mavic-3', 'mavic-3-cine', 'air-2s', 'mavic-air-2', 'mini-2', 'mini-se'] as const;
const HANDHELD = ['om-5', 'om-4-series', 'pocket-2', 'action-2', 'rs-2', 'rsc-2'] as const;
const SOLD_IN = DEFAULT_TERMS.availableRegions;
const NOT_SOLD_IN = ['BR', 'IN', 'MX', 'SG', 'ZA', 'AE', 'TR', 'NZ'] as const;
const OFFSETS = ['+01:00', '-05:00', '+08:00', '+05:30', '-03:00', '+09:00'] as const;

const KINDS: readonly (readonly [CaseKind, number])[] = [
  ['new', 14],
  ['window-edge', 10],
  ['window-past', 10],
  ['window-random', 16],
  ['verify-inside', 8],
  ['verify-edge', 4],
  ['verify-past', 6],
  ['verify-before', 4],
  ['no-notice', 6],
  ['bound-before', 7],
  ['region-unavailable', 6],
  ['region-mismatch', 6],
  ['activation-not-given', 2],
  ['binding-not-given', 1],
];
const WEIGHT = KINDS.reduce((sum, [, w]) => sum + w, 0);

/**
 * `count` cases from `seed` (defaults: the benchmark's 10,000 from {@link SEED}).
 *
 * @example
 * ```ts
 * generateCases(3).map((c) => c.kind); // the same three kinds on every run
 * ```
 */
export function generateCases(count = CASE_COUNT, seed = SEED): readonly EligibilityCase[] {
  const random = prng(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)] as T;

  /** An instant in the form a caller might send it. */
  const instant = (ms: number): Date | string => {
    const form = int(3);
    if (form === 0) return new Date(ms);
    if (form === 1) return new Date(ms).toISOString();
    const offset = pick(OFFSETS);
    const sign = offset.startsWith('-') ? -1 : 1;
    const minutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
    // The local wall time of `ms` at that offset, written with the offset: the same instant.
    return `${new Date(ms + minutes * 60_000).toISOString().slice(0, 19)}${offset}`;
  };

  const cases: EligibilityCase[] = [];
  for (let n = 0; n < count; n++) {
    let roll = int(WEIGHT);
    let kind: CaseKind = 'new';
    for (const [k, w] of KINDS) {
      if (roll < w) {
        kind = k;
        break;
      }
      roll -= w;
    }
    const gimbal = int(20) === 0; // about 5 %: the caller's terms with a gimbal product
    const category = gimbal ? 'gimbal' : int(2) === 0 ? 'aircraft' : 'handheld';
    const product = gimbal ? 'zenmuse-x5s' : category === 'aircraft' ? pick(AIRCRAFT) : pick(HANDHELD);
    const windowMs = (category === 'handheld' ? 720 : 48) * HOUR;
    // Purchases between 2024-01-01 and 2027-01-01, on whole seconds (the ISO forms keep seconds).
    const purchase = Date.UTC(2024, 0, 1) + int(3 * 365 * 24 * 3600) * SECOND;
    let productRegion: string = pick(SOLD_IN);
    let planRegion = productRegion;
    let activatedAt: Date | string | null | undefined = null;
    let notice: number | undefined;
    let previouslyBound: boolean | undefined = false;

    const pastWindow = (): number => purchase - windowMs - (1 + int(400 * 24 * 3600)) * SECOND;
    switch (kind) {
      case 'new':
        break;
      case 'window-edge':
        activatedAt = instant(purchase - windowMs);
        break;
      case 'window-past':
        activatedAt = instant(purchase - windowMs - SECOND);
        break;
      case 'window-random':
        activatedAt = instant(purchase - int(2 * (windowMs / SECOND)) * SECOND);
        break;
      case 'verify-inside':
        activatedAt = instant(pastWindow());
        notice = purchase - int(72 * 3600) * SECOND;
        break;
      case 'verify-edge':
        activatedAt = instant(pastWindow());
        notice = purchase - (int(2) === 0 ? 72 * HOUR : 72 * HOUR + SECOND);
        break;
      case 'verify-past':
        activatedAt = instant(pastWindow());
        notice = purchase - 72 * HOUR - (1 + int(30 * 24 * 3600)) * SECOND;
        break;
      case 'verify-before':
        activatedAt = instant(pastWindow());
        notice = purchase + (1 + int(48 * 3600)) * SECOND;
        break;
      case 'no-notice':
        activatedAt = instant(pastWindow());
        break;
      case 'bound-before':
        previouslyBound = true;
        activatedAt = int(2) === 0 ? null : instant(purchase - int(windowMs / SECOND) * SECOND);
        break;
      case 'region-unavailable':
        productRegion = pick(NOT_SOLD_IN);
        planRegion = productRegion;
        break;
      case 'region-mismatch':
        planRegion = pick(SOLD_IN.filter((r) => r !== productRegion));
        activatedAt = int(2) === 0 ? null : instant(purchase - int(windowMs / SECOND) * SECOND);
        break;
      case 'activation-not-given':
        activatedAt = undefined;
        break;
      case 'binding-not-given':
        previouslyBound = undefined;
        break;
    }

    const input: {
      -readonly [K in keyof PurchaseEligibilityInput]: PurchaseEligibilityInput[K];
    } = { product, productRegion, planRegion, purchaseAt: instant(purchase) };
    if (activatedAt !== undefined) input.activatedAt = activatedAt;
    if (previouslyBound !== undefined) input.previouslyBound = previouslyBound;
    if (notice !== undefined) input.verificationNoticeAt = instant(notice);
    cases.push(gimbal ? { kind, input, terms: GIMBAL_TERMS } : { kind, input });
  }
  return cases;
}

/** The benchmark's cases, generated once. */
export const CASES: readonly EligibilityCase[] = generateCases();

type Instant = Date | string;

/** The same cases with every instant as a `Date` (`'date'`) or as an ISO-8601 string with its offset (`'iso'`). */
export function withInstants(cases: readonly EligibilityCase[], form: 'date' | 'iso'): readonly EligibilityCase[] {
  const convert = (v: Instant): Instant => (form === 'date' ? (typeof v === 'string' ? new Date(Date.parse(v)) : v) : typeof v === 'string' ? v : v.toISOString());
  return cases.map((c) => {
    const input: { -readonly [K in keyof PurchaseEligibilityInput]: PurchaseEligibilityInput[K] } = { ...c.input, purchaseAt: convert(c.input.purchaseAt) };
    if (c.input.activatedAt !== undefined && c.input.activatedAt !== null) input.activatedAt = convert(c.input.activatedAt);
    if (c.input.verificationNoticeAt !== undefined) input.verificationNoticeAt = convert(c.input.verificationNoticeAt);
    return c.terms === undefined ? { kind: c.kind, input } : { kind: c.kind, input, terms: c.terms };
  });
}
