/**
 * Issue 13, as a new user meets it: what trying the packed library from its README turned up
 * (each test names the defect it pins). The type-level checks run with `tsc --noEmit`, which
 * covers test/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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
  AVAILABLE_REGIONS,
  coveragePeriods,
  describePlan,
  en,
  formatMoney,
  money,
  periodList,
  planStatus,
  rebindAfterReplacement,
  safeFlightReward,
  timelineSvg,
  type Locale,
  type MessageCode,
  type MessageText,
  type Plan,
  type RenderContext,
  type RuleOptions,
  type ServiceEvent,
  type TextKey,
} from '../src/index';
import { de } from '../src/locale/de';
import { es } from '../src/locale/es';
import { fr } from '../src/locale/fr';
import { it as italian } from '../src/locale/it';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';
import { date, dateTime, sentenceEnd } from '../src/locale/words';
import { MESSAGE_SAMPLES } from './message-samples';
import { TEXT_SAMPLES } from './text-samples';

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
    ['ja', 'JP', ja],
    ['ko', 'KR', ko],
    ['zh-Hans', 'SC', zhHans],
    ['zh-Hant', 'TC', zhHant],
    ['zh-HK', 'HK', { ...zhHant, tag: 'zh-HK' }],
    ['zh-Hant-MO', 'HK', { ...zhHant, tag: 'zh-Hant-MO' }],
    ['zh-TW', 'TC', { ...zhHant, tag: 'zh-TW' }],
    ['zh-SG', 'SC', { ...zhHans, tag: 'zh-SG' }],
  ] as const)('%s: names its language and Noto Sans CJK %s first', (tag, cjk, locale) => {
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

describe('issue 13: no doubled full stop after a country abbreviated with points', () => {
  // fr and es abbreviate some countries with points (É.-U., R.-U., EE. UU.): "pays d’achat :
  // É.-U.. État au …" and "se vende en EE. UU.." were what a US plan printed.
  const DOUBLED = /(?<![.])\.\.(?![.])/;
  const REGION_KEYS = new Set(['region', 'home', 'productRegion', 'planRegion']);
  /** Every sample, once for each market of the plan in each region-valued param. */
  function* inEveryRegion<P>(samples: readonly P[]): Generator<P> {
    for (const params of samples) {
      const keys = Object.keys(params as object).filter((k) => REGION_KEYS.has(k));
      if (keys.length === 0) yield params;
      else for (const r of AVAILABLE_REGIONS) yield { ...params, ...Object.fromEntries(keys.map((k) => [k, r])) };
    }
  }

  it.each([en, ja, ko, zhHans, zhHant, de, fr, es, italian].map((l) => [l.tag, l] as const))('%s: no message, expected or received, nor text', (_, locale) => {
    // The plan's market in the context (the formatting), every market in the params (the names).
    for (const region of ['US', 'GB', 'FR', 'ES', 'HK', 'JP'] as const) {
      const context = { tag: locale.tag, region, timeZone: 'UTC' };
      for (const code of Object.keys(MESSAGE_SAMPLES) as MessageCode[]) {
        for (const params of inEveryRegion(MESSAGE_SAMPLES[code])) {
          const words = (locale.messages[code] as (p: unknown, c: RenderContext) => MessageText)(params, context);
          for (const text of [words.message, words.expected, words.received]) expect(text ?? '', `${code} ${JSON.stringify(params)}`).not.toMatch(DOUBLED);
        }
      }
      for (const key of Object.keys(TEXT_SAMPLES) as TextKey[]) {
        for (const params of inEveryRegion(TEXT_SAMPLES[key])) {
          const text = (locale.texts[key] as (p: unknown, c: RenderContext) => string)(params, context);
          expect(text, `${key} ${JSON.stringify(params)}`).not.toMatch(DOUBLED);
        }
      }
    }
  });

  it('ends the sentence with the abbreviation’s own point', () => {
    const us: Plan = { ...plan, region: 'US', timeZone: 'America/Chicago' };
    expect(describePlan(planStatus(us, [], '2026-06-01T00:00:00Z', { locale: fr }), { locale: fr })).toContain("pays d'achat : É.-U. État au");
    expect(describePlan(planStatus(us, [], '2026-06-01T00:00:00Z', { locale: es }), { locale: es })).toContain('país de compra: EE. UU. Estado al');
    expect(describePlan(planStatus({ ...us, region: 'JP' }, [], '2026-06-01T00:00:00Z', { locale: fr }), { locale: fr })).toContain("pays d'achat : Japon. État au");
    expect(sentenceEnd('EE. UU.')).toBe('EE. UU.');
    expect(sentenceEnd('Japón')).toBe('Japón.');
    expect(sentenceEnd('¿Qué?')).toBe('¿Qué?');
  });
});

describe('issue 13: examples/support-claim.ts --locale', () => {
  // `--locale toString` (or `__proto__`) found Object.prototype's members in the table of
  // locales and crashed with an InvalidInputError; `--locale zh-hant` was refused though tags
  // are case-insensitive.
  const run = (tag: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../examples/support-claim.ts', import.meta.url)), '--locale', tag], { encoding: 'utf8' });

  it('refuses a name that is no shipped tag with the list of tags, even an Object.prototype member', () => {
    for (const tag of ['toString', '__proto__', 'xx']) {
      const r = run(tag);
      expect(r.status, tag).toBe(2);
      expect(r.stderr).toBe(`--locale: expected one of en, ja, ko, zh-Hans, zh-Hant, de, fr, es, it; got ${tag}\n`);
      expect(r.stdout).toBe('');
    }
  }, 60_000);

  it('takes a tag in any case', () => {
    const r = run('ZH-hant');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('購買地：美國');
  }, 60_000);
});

describe('issue 13: the API docs document every locale entry point', () => {
  // typedoc.json had the main entry only: `npm run docs` built without a warning and without a
  // page for formattingLocale, formatDate, the template helpers or any locale, though the
  // README's API table sends readers there for them.
  it('has a typedoc entry point, named as users import it, for every `./locale` export of the package', () => {
    const read = (file: string): unknown => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
    const { entryPoints } = read('typedoc.json') as { entryPoints: string[] };
    const { exports } = read('package.json') as { exports: Record<string, unknown> };
    const subpaths = Object.keys(exports).filter((k) => k === './locale' || k.startsWith('./locale/'));
    expect(subpaths.length).toBe(10);
    for (const subpath of subpaths) {
      const file = subpath === './locale' ? 'src/locale/index.ts' : `src/${subpath.slice(2)}.ts`;
      expect(entryPoints, subpath).toContain(file);
      const source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
      expect(source, file).toMatch(new RegExp(`^ \\* @module dji-care-refresh/${subpath.slice(2)}$`, 'm'));
    }
    expect(entryPoints[0]).toBe('src/index.ts');
    expect(readFileSync(new URL('../src/index.ts', import.meta.url), 'utf8')).toMatch(/^ \* @module dji-care-refresh$/m);
  });
});

describe('issue 13: dateTime writes its date as date does, in every locale and market', () => {
  // Traditional Chinese wrote 「綁定於 2026/3/1 17:30」 (「1/3/2026」 in Hong Kong) beside
  // 「2026年3月1日」 in the same reason: the hourCycle option made ICU rebuild the pattern.
  it.each([en, ja, ko, zhHans, zhHant, de, fr, es, italian].map((l) => [l.tag] as const))('%s', (tag) => {
    for (const region of [undefined, ...AVAILABLE_REGIONS]) {
      const c = { tag, region, timeZone: 'UTC' };
      for (const [day, at] of [['2026-03-01', '2026-03-01T09:30:00Z'], ['2026-12-31', '2026-12-31T17:05:00Z']] as const) {
        expect(dateTime(c, at), `${tag} ${region}`).toContain(date(c, day));
        expect(dateTime(c, at), `${tag} ${region}`).toMatch(/(?:9|17)\D{1,3}(?:30|05)$/);
      }
    }
  });
});

describe('issue 13: formatMoney takes a whole locale written inline', () => {
  it('accepts `{ ...ja, messages }` in its options (the type named only `{ tag }` before) and reads only the tag', () => {
    const fee = money('159.00', 'USD');
    const inline = formatMoney(fee, { locale: { ...ja, messages: { ...ja.messages } }, region: 'JP' });
    expect(inline).toBe(formatMoney(fee, { locale: ja, region: 'JP' }));
    expect(inline).not.toBe(formatMoney(fee));
  });
});
