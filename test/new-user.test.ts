/**
 * Issue 13, as a new user meets it: what trying the packed library from its README turned up
 * (each test names the defect it pins). The type-level checks run with `tsc --noEmit`, which
 * covers test/.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementDate,
  applyCareRefreshPlus,
  assessDiscountedRepair,
  assessMaintenance,
  assessReplacement,
  checkCareRefreshPlus,
  checkFlyaway,
  checkPurchaseEligibility,
  checkServiceLocation,
  coveragePeriods,
  en,
  periodList,
  planStatus,
  rebindAfterReplacement,
  safeFlightReward,
  timelineSvg,
  type Locale,
  type Plan,
  type RuleOptions,
  type ServiceEvent,
} from '../src/index';
import { de } from '../src/locale/de';
import { es } from '../src/locale/es';
import { fr } from '../src/locale/fr';
import { it as italian } from '../src/locale/it';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';

const plan: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };
const events: readonly ServiceEvent[] = [{ type: 'damage-replacement', at: '2026-05-01T10:00:00Z', serial: 'A1' }];
const purchase = { product: 'mavic-3', productRegion: 'JP', planRegion: 'JP', activatedAt: '2026-02-01T00:00:00Z', purchaseAt: '2026-03-01T00:00:00Z', previouslyBound: false } as const;

/** Every rule called with the options given (typed as its callers would pass a database row's column). */
function everyRule(options: RuleOptions | null | undefined): readonly unknown[] {
  return [
    checkPurchaseEligibility(purchase, options),
    agreementDate({ channel: 'activation-code', timeZone: 'Asia/Tokyo', boundAt: '2026-03-01T00:00:00Z' }, options),
    planStatus(plan, events, '2026-06-01T00:00:00Z', options),
    assessReplacement(plan, events, { type: 'damage', at: '2026-06-01T00:00:00Z', serial: 'A1' }, options),
    assessDiscountedRepair(plan, events, { at: '2026-06-01T00:00:00Z', serial: 'A1', cause: 'damage' }, options),
    assessMaintenance(plan, events, { at: '2026-06-01T00:00:00Z', serial: 'A1' }, options),
    checkFlyaway(plan, events, { at: '2026-06-01T00:00:00Z', serial: 'A1' }, options),
    safeFlightReward(plan, events, '2027-06-01T00:00:00Z', options),
    checkCareRefreshPlus(plan, events, '2027-01-01T00:00:00Z', options),
    applyCareRefreshPlus(plan, events, '2027-01-01T00:00:00Z', options),
    rebindAfterReplacement(plan, events, { at: '2026-05-08T10:00:00Z', newSerial: 'B2' }, options),
    checkServiceLocation(plan, { service: 'replacement', region: 'FR', proofOfPurchase: 'official' }, options),
  ];
}

describe('issue 13: `options: null` is "as if left out", for the type checker too', () => {
  // The README says null means none for every option, `options: null` included, and the rules
  // accepted it at run time; their types refused it (`O | undefined`), so a row's null column
  // could not be passed as it is in TypeScript.
  it('every rule takes null options, typed, and answers as with none', () => {
    expect(everyRule(null)).toEqual(everyRule(undefined));
    const d = checkPurchaseEligibility(purchase, null);
    // With null options the words are there (English), and the type says so.
    const message: string | undefined = d.ok ? undefined : d.reasons[0]?.message;
    expect(message).toBe('The aircraft was activated more than 48 hours before the purchase.');
  });

  it('keeps inferring `messages: false` and a locale from the options literal', () => {
    const bare = planStatus(plan, events, '2026-06-01T00:00:00Z', { messages: false });
    // @ts-expect-error a status without words has no message on its reasons
    expect(bare.safeFlight.reasons[0]?.message).toBeUndefined();
    const worded = planStatus(plan, events, '2026-06-01T00:00:00Z', { locale: ja });
    const text: string | undefined = worded.safeFlight.reasons[0]?.message;
    expect(text).toMatch(/[\u3040-\u30ff]/);
    // Options whose type is a union of shapes still infer (as before).
    const maybe = Math.random() > 2 ? {} : { locale: ja };
    expect(checkPurchaseEligibility(purchase, maybe).ok).toBe(false);
  });
});

describe('issue 13: the SVG names its language, and Chinese and Korean fonts before the Japanese one', () => {
  // The root named Noto Sans CJK JP for every language and no language: a Chinese or Korean
  // timeline drew its Han characters in their Japanese shapes.
  const periods = periodList(coveragePeriods(plan));
  const root = (locale: Locale | null): string => timelineSvg(periods, { locale }).split('\n')[0] as string;
  const family = (locale: Locale | null): string => /font-family="([^"]*)"/.exec(root(locale))?.[1] ?? '';

  it('keeps the English root as it was, with no language named', () => {
    expect(root(null)).toBe(root(en));
    expect(root(null)).not.toContain('xml:lang');
    expect(family(null)).toBe("DejaVu Sans, Liberation Sans, Arial, 'Noto Sans CJK JP', 'Noto Sans CJK', sans-serif");
    expect(root({ ...en, tag: 'en-GB' })).toBe(root(null));
  });

  it.each([
    [ja, 'ja', 'JP'],
    [ko, 'ko', 'KR'],
    [zhHans, 'zh-Hans', 'SC'],
    [zhHant, 'zh-Hant', 'TC'],
    [{ ...zhHant, tag: 'zh-HK' }, 'zh-HK', 'HK'],
    [{ ...zhHant, tag: 'zh-Hant-MO' }, 'zh-Hant-MO', 'HK'],
    [{ ...zhHant, tag: 'zh-TW' }, 'zh-TW', 'TC'],
    [{ ...zhHans, tag: 'zh-SG' }, 'zh-SG', 'SC'],
  ] as const)('%#: %s names xml:lang="%s" and Noto Sans CJK %s first', (locale, tag, cjk) => {
    expect(root(locale)).toContain(` xml:lang="${tag}" `);
    expect(family(locale)).toMatch(new RegExp(`^DejaVu Sans, Liberation Sans, Arial, 'Noto Sans CJK ${cjk}'`));
    expect(family(locale)).toContain("'Noto Sans CJK', sans-serif");
  });

  it('names the language of the Latin-script locales, with the English fonts', () => {
    for (const locale of [de, fr, es, italian, { ...en, tag: 'nl' }]) {
      expect(root(locale)).toContain(` xml:lang="${locale.tag}" `);
      expect(family(locale)).toBe(family(null));
    }
  });
});
