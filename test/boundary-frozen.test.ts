/**
 * Issue 10, class 4: nobody can change a shared value. Every exported constant is deeply
 * frozen; every returned value is fresh for each call, so changing one changes no later answer.
 */
import { describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { AVAILABLE_REGIONS, DEFAULT_TERMS, LISTINGS, assessReplacement, checkPurchaseEligibility, describePlan, formatMoney, money, planStatus } from '../src/index';
import { CALLS, EVENTS, LATER, PLAN, call, outcome, reachable, vandalise } from './boundary-support';
import { de } from '../src/locale/de';
import { es } from '../src/locale/es';
import { fr } from '../src/locale/fr';
import { it as italian } from '../src/locale/it';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';

/** Every exported value that is not a function: the constants. */
// With the shipped locales of `dji-care-refresh/locale/<tag>` (issue 13).
const CONSTANTS = [
  ...Object.entries(api).filter(([, value]) => typeof value === 'object' && value !== null),
  ...Object.entries({ ja, ko, zhHans, zhHant, de, fr, es, it: italian }),
];
/** Every function's answers in every shipped locale too. */
const LOCALIZED = (): string =>
  JSON.stringify(
    [ja, ko, zhHans, zhHant, de, fr, es, italian].map((locale) => [
      outcome(() =>
        checkPurchaseEligibility(
          { product: 'mavic-3', productRegion: 'DE', planRegion: 'FR', purchaseAt: '2026-03-05T10:00:00Z', activatedAt: '2026-03-01T10:00:00Z', previouslyBound: false },
          { locale },
        ),
      ),
      outcome(() => describePlan(planStatus(PLAN, EVENTS, LATER, { locale }), { locale })),
      outcome(() => formatMoney(money('1234.5', 'EUR'), { locale, region: 'DE' })),
    ]),
  );
const answers = (): string => JSON.stringify(CALLS.map((c) => outcome(() => call(c.name, c.args()))));

describe('class 4: exported constants are deeply frozen (issue 10)', () => {
  it('there are constants to check', () => {
    expect(CONSTANTS.map(([name]) => name).sort()).toEqual(
      expect.arrayContaining(['AVAILABLE_REGIONS', 'CLAUSES', 'CLAUSE_IDS', 'DEFAULT_TERMS', 'EUROPEAN_REGIONS', 'EU_MEMBER_STATES', 'LIMITS', 'LISTINGS', 'MAVIC_3_LISTING', 'PRODUCTS', 'SERVICE_EVENT_TYPES']),
    );
  });

  it.each(CONSTANTS)('%s and everything reachable from it is frozen', (_name, value) => {
    for (const o of reachable(value)) expect(Object.isFrozen(o)).toBe(true);
  });

  it('line 4: AVAILABLE_REGIONS.push("BR") fails, and a purchase in Brazil stays refused', () => {
    const brazil = () =>
      checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'BR', planRegion: 'BR', purchaseAt: '2026-03-02T10:00:00Z', activatedAt: null, previouslyBound: false });
    expect(() => (AVAILABLE_REGIONS as unknown as string[]).push('BR')).toThrow(TypeError);
    expect(brazil().ok).toBe(false);
  });

  it('trying to change every constant changes no answer of any function', () => {
    const before = answers();
    const localized = LOCALIZED();
    for (const [, value] of CONSTANTS) vandalise(value);
    expect(answers()).toBe(before);
    expect(LOCALIZED()).toBe(localized);
    expect(formatMoney((LISTINGS[0] as (typeof LISTINGS)[0]).price)).toBe('USD 239.00');
    expect(DEFAULT_TERMS.plans['1y'].replacements).toBe(2);
  });
});

describe('class 4: returned values are fresh for each call (issue 10)', () => {
  it.each(CALLS.map((c, i) => [`${c.name} #${i}`, c] as const))('%s: changing its answer changes no later answer', (_label, c) => {
    const reference = JSON.stringify(outcome(() => call(c.name, c.args())));
    const victim = outcome(() => call(c.name, c.args()));
    vandalise(victim);
    expect(JSON.stringify(outcome(() => call(c.name, c.args())))).toBe(reference);
    // And every function's answers, not only this one's.
    expect(answers()).toBe(answers());
  });

  it('line 4: changing value.shipping.paidByDji of one decision changes no later assessReplacement', () => {
    const claim = { type: 'damage', at: LATER, serial: 'B2' } as const;
    const first = assessReplacement(PLAN, EVENTS, claim);
    if (first.ok) {
      try {
        (first.value.shipping as { paidByDji: boolean }).paidByDji = false;
      } catch {
        // frozen: as good
      }
    }
    const later = assessReplacement(PLAN, EVENTS, claim);
    expect(later.ok && later.value.shipping.paidByDji).toBe(true);
  });
});
