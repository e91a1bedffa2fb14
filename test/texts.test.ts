/**
 * Issue 13: the words of describePlan, timelineText and timelineSvg come from a locale's texts;
 * the eight shipped translations (src/locale/<tag>/texts.ts), each rendered with every sample
 * of every key, and the three functions rendered in every locale with a test-made locale
 * `{ ...en, tag, texts: TEXTS, glossary }` (the lead composes the shipped ones).
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Catalogue, type Locale, type PlanStatus, describePlan, en, planStatus } from '../src/index';
import { coveragePeriods, periodList } from '../src/periods';
import { ENGLISH_TEXTS, type TextKey, type Texts, textOf } from '../src/messages/texts';
import type { RenderContext } from '../src/messages/codes';
import { timelineSvg } from '../src/timeline/svg';
import { timelineText } from '../src/timeline/text';
import { displayWidth } from '../src/width';
import { de } from '../src/locale/de';
import { es } from '../src/locale/es';
import { fr } from '../src/locale/fr';
import { it as itLocale } from '../src/locale/it';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';
import { TEXTS as DE } from '../src/locale/de/texts';
import { TEXTS as ES } from '../src/locale/es/texts';
import { TEXTS as FR } from '../src/locale/fr/texts';
import { TEXTS as IT } from '../src/locale/it/texts';
import { TEXTS as JA } from '../src/locale/ja/texts';
import { TEXTS as KO } from '../src/locale/ko/texts';
import { TEXTS as ZH_HANS } from '../src/locale/zh-Hans/texts';
import { TEXTS as ZH_HANT } from '../src/locale/zh-Hant/texts';
import { MESSAGES as DE_MESSAGES } from '../src/locale/de/messages';
import { MESSAGES as ES_MESSAGES } from '../src/locale/es/messages';
import { MESSAGES as FR_MESSAGES } from '../src/locale/fr/messages';
import { MESSAGES as IT_MESSAGES } from '../src/locale/it/messages';
import { MESSAGES as JA_MESSAGES } from '../src/locale/ja/messages';
import { MESSAGES as KO_MESSAGES } from '../src/locale/ko/messages';
import { MESSAGES as ZH_HANS_MESSAGES } from '../src/locale/zh-Hans/messages';
import { MESSAGES as ZH_HANT_MESSAGES } from '../src/locale/zh-Hant/messages';
import { MAVIC_1Y, MAVIC_2Y, damage, flyaway, plus, rebind, repair, warranty } from './fixtures/plans';
import { launchChromium, runChromium } from './chromium';
import { expectInvalid } from './support';
import { TEXT_SAMPLES } from './text-samples';

/** Each shipped language: its glossary, texts and catalogue, and a market it is sold in. */
const SHIPPED = [
  { glossary: ja, texts: JA, messages: JA_MESSAGES, region: 'JP', timeZone: 'Asia/Tokyo' },
  { glossary: ko, texts: KO, messages: KO_MESSAGES, region: 'KR', timeZone: 'Asia/Seoul' },
  { glossary: zhHans, texts: ZH_HANS, messages: ZH_HANS_MESSAGES, region: 'CN', timeZone: 'Asia/Shanghai' },
  { glossary: zhHant, texts: ZH_HANT, messages: ZH_HANT_MESSAGES, region: 'TW', timeZone: 'Asia/Taipei' },
  { glossary: de, texts: DE, messages: DE_MESSAGES, region: 'DE', timeZone: 'Europe/Berlin' },
  { glossary: fr, texts: FR, messages: FR_MESSAGES, region: 'FR', timeZone: 'Europe/Paris' },
  { glossary: es, texts: ES, messages: ES_MESSAGES, region: 'ES', timeZone: 'Europe/Madrid' },
  { glossary: itLocale, texts: IT, messages: IT_MESSAGES, region: 'IT', timeZone: 'Europe/Rome' },
] as const;

/** A locale as the lead will compose it: `{ ...en, tag, texts: TEXTS, messages: MESSAGES, glossary }`. */
function localeOf(l: (typeof SHIPPED)[number]): Locale {
  return { ...en, tag: l.glossary.tag, texts: l.texts, messages: l.messages, glossary: l.glossary.glossary };
}

const EN_CONTEXT: RenderContext = { tag: 'en', region: undefined, timeZone: undefined };

/** Every sample of every key, rendered: `[key, params, words]`. */
function renderAll(texts: Texts, context: RenderContext): readonly (readonly [TextKey, unknown, string])[] {
  const out: (readonly [TextKey, unknown, string])[] = [];
  for (const key of Object.keys(TEXT_SAMPLES) as TextKey[]) {
    for (const params of TEXT_SAMPLES[key]) out.push([key, params, (texts[key] as (p: unknown, c: RenderContext) => string)(params, context)]);
  }
  return out;
}

describe('issue 13: every text key in every locale', () => {
  for (const l of SHIPPED) {
    it(`${l.glossary.tag}: the English keys, each sample rendered, none left in English`, () => {
      expect(Object.keys(l.texts).sort()).toEqual(Object.keys(ENGLISH_TEXTS).sort());
      const english = renderAll(ENGLISH_TEXTS, EN_CONTEXT);
      const context = { tag: l.glossary.tag, region: l.region, timeZone: l.timeZone };
      for (const [index, [key, params, words]] of renderAll(l.texts, context).entries()) {
        const where = `${key} ${JSON.stringify(params)}`;
        expect(words.length, where).toBeGreaterThan(0);
        expect(words.length, where).toBeLessThanOrEqual(400);
        expect(words, `${where} is English`).not.toBe(english[index]?.[2]);
        // No English word of the template is left (the samples' own words excepted).
        expect(words, where).not.toMatch(/\b(left|until|none|bought|replacement|Dates in|today|Note)\b/);
        expect(words, where).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      }
    });
  }

  it('the plan keeps its name: DJI Care 随心换 in zh-Hans, DJI Care Refresh elsewhere', () => {
    const sample = TEXT_SAMPLES['describe.plan'][0] as (typeof TEXT_SAMPLES)['describe.plan'][number];
    for (const l of SHIPPED) {
      const words = l.texts['describe.plan'](sample, { tag: l.glossary.tag, region: l.region, timeZone: l.timeZone });
      expect(words).toContain(l.glossary.tag === 'zh-Hans' ? 'DJI Care 随心换' : 'DJI Care Refresh');
      expect(words).toContain('DJI Mavic 3');
      expect(words).toContain('M3-0001');
    }
  });

  it('the names of the glossary: each locale writes its own flyaway name', () => {
    for (const l of SHIPPED) {
      const words = l.texts['describe.kind.none-left']({ kind: 'flyaway' }, { tag: l.glossary.tag, region: l.region, timeZone: l.timeZone });
      expect(words.toLowerCase()).toContain(l.glossary.glossary.flyawayReplacement.text.toLowerCase());
    }
  });

  it('plurals follow the language (de: 1 Zeitraum, 2 Zeiträumen; fr: 1 restant, 2 restants)', () => {
    const c = (tag: string): RenderContext => ({ tag, region: undefined, timeZone: 'UTC' });
    expect(DE['timeline.summary']({ count: 1, timeZone: 'UTC' }, c('de'))).toBe('Zeitleiste mit 1 Zeitraum, Datumsangaben in Ortszeit UTC');
    expect(DE['timeline.summary']({ count: 2, timeZone: 'UTC' }, c('de'))).toBe('Zeitleiste mit 2 Zeiträumen, Datumsangaben in Ortszeit UTC');
    expect(FR['describe.kind.left']({ kind: 'damage', remaining: 1 }, c('fr'))).toBe('Remplacement en cas de dommage : 1 restant.');
    expect(FR['describe.kind.left']({ kind: 'damage', remaining: 2 }, c('fr'))).toBe('Remplacement en cas de dommage : 2 restants.');
  });
});

describe('issue 13: textOf checks a caller locale’s texts like any input', () => {
  const today = { date: '2026-06-01' };
  it('a template must be a function giving a bounded string', () => {
    const texts = (t: unknown): Texts => ({ ...ENGLISH_TEXTS, 'timeline.today': t }) as Texts;
    expectInvalid(() => textOf(texts('today'), 'timeline.today', today, EN_CONTEXT), 'options.locale.texts.timeline.today', 'invalid-value');
    expectInvalid(() => textOf({} as Texts, 'timeline.today', today, EN_CONTEXT), 'options.locale.texts.timeline.today', 'invalid-value');
    expectInvalid(() => textOf(texts(() => 7), 'timeline.today', today, EN_CONTEXT), 'options.locale.texts.timeline.today', 'wrong-type');
    expectInvalid(() => textOf(texts(() => 'x'.repeat(10_001)), 'timeline.today', today, EN_CONTEXT), 'options.locale.texts.timeline.today', 'too-large');
    expect(textOf(texts(() => 'heute'), 'timeline.today', today, EN_CONTEXT)).toBe('heute');
  });

  it('describePlan and the timelines refuse a locale whose template is not a function', () => {
    const bad = { ...en, tag: 'de', texts: { ...ENGLISH_TEXTS, 'describe.plan': 'x', 'timeline.dates-in': null } } as unknown as Locale;
    const status = planStatus(MAVIC_1Y, [], '2026-04-01T00:00:00Z');
    expectInvalid(() => describePlan(status, { locale: bad }), 'options.locale.texts.describe.plan', 'invalid-value');
    const periods = periodList(coveragePeriods(MAVIC_1Y));
    expectInvalid(() => timelineText(periods, { locale: bad }), 'options.locale.texts.timeline.dates-in', 'invalid-value');
    expectInvalid(() => timelineSvg(periods, { locale: { ...en, texts: 1 } as unknown as Locale }), 'options.locale.texts', 'wrong-type');
  });
});

const MAVIC_JP = { ...MAVIC_1Y, region: 'JP', timeZone: 'Asia/Tokyo' } as const;
const MAVIC_DE = { ...MAVIC_1Y, region: 'DE', timeZone: 'Europe/Berlin' } as const;

/** Statuses that reach every line of describePlan. */
function statuses(plan: typeof MAVIC_1Y): readonly PlanStatus[] {
  const p = { ...plan, serial: MAVIC_1Y.serial };
  return [
    planStatus(p, [], '2026-02-01T00:00:00Z'),
    planStatus(p, [repair('2026-04-01T00:00:00Z'), damage('2026-05-01T00:00:00Z'), warranty('2026-05-02T00:00:00Z')], '2026-06-01T00:00:00Z'),
    planStatus(p, [flyaway('2026-04-02T18:00:00Z'), damage('2026-05-01T00:00:00Z')], '2026-06-01T00:00:00Z'),
    planStatus(p, [damage('2026-04-01T00:00:00Z'), plus('2026-09-01T00:00:00Z')], '2027-04-01T00:00:00Z'),
    planStatus(p, [], '2027-06-01T00:00:00Z'),
    planStatus(p, [], '2028-06-01T00:00:00Z'),
    planStatus({ ...p, term: '2y' }, [damage('2026-04-01T00:00:00Z'), rebind('2026-04-02T00:00:00Z', 'M3-0009')], '2026-05-01T00:00:00Z'),
    planStatus({ ...p, product: 'mini-2' }, [], '2026-04-01T00:00:00Z'),
  ];
}

describe('issue 13: describePlan in every locale', () => {
  for (const l of SHIPPED) {
    it(`${l.glossary.tag}: every line worded, none as in English, the clause ids kept`, () => {
      const locale = localeOf(l);
      for (const status of statuses({ ...MAVIC_1Y, region: l.region, timeZone: l.timeZone })) {
        const english = describePlan(status).split('\n');
        const words = describePlan(status, { locale }).split('\n');
        expect(words.length).toBe(english.length);
        for (const [i, line] of words.entries()) {
          expect(line).not.toBe(english[i]);
          // Nothing left in English, the quoted reasons included.
          expect(line).not.toMatch(/\b(the|is|was|has|left|until|none)\b/);
          expect(line.match(/\[[A-Z0-9, -]+\]$/)?.[0]).toBe(english[i]?.match(/\[[A-Z0-9, -]+\]$/)?.[0]);
        }
        expect(describePlan(status, { locale, clauses: false })).not.toMatch(/\[/);
      }
    });
  }

  it('English is the default, also with a null locale, and the same with en given', () => {
    for (const status of statuses(MAVIC_1Y)) {
      expect(describePlan(status, { locale: null })).toBe(describePlan(status));
      expect(describePlan(status, { locale: en })).toBe(describePlan(status));
    }
  });

  it('ja: a Japanese plan as a support agent prints it', () => {
    const status = planStatus(MAVIC_JP, [repair('2026-04-01T03:00:00Z'), flyaway('2026-04-02T18:00:00Z')], '2026-05-01T12:00:00Z');
    expect(describePlan(status, { locale: localeOf(SHIPPED[0]) })).toMatchInlineSnapshot(`
      "DJI Care Refresh (1年版)（DJI Mavic 3、シリアル番号 M3-0001、日本で購入）。2026/05/01時点の状況です（日付はAsia/Tokyoの現地日付）。
      リフレッシュ交換: 残り1回（全2回）、2027/02/28まで。 [QUOTA-1Y]
        - 故障・破損時の交換: 残り1回。料金は公表されていません。 [CAT-FEES-MAVIC3-1Y]
        - 飛行紛失保証: 残りなし。 [QUOTA-1Y]
      修理特別割引: 残り1回（全2回）、2027/02/28まで。 [SVC-REPAIR-DISCOUNT]
      定期点検: 残り1回（全1回）、2027/02/28まで。 [SVC-MAINTENANCE]
      安全飛行特典: 失効しました。2026/04/01に修理特別割引、2026/04/03に飛行紛失保証を利用しました。 [SVC-SAFE-FLIGHT]
      DJI Care Refresh +: 交換が残っていれば2027/02/28までご購入いただけます。 [PLUS-ELIGIBLE]"
    `);
  });

  it('de: a German plan without clause ids, as a customer reads it', () => {
    const status = planStatus(MAVIC_DE, [repair('2026-04-01T03:00:00Z'), flyaway('2026-04-02T18:00:00Z')], '2026-05-01T12:00:00Z');
    expect(describePlan(status, { locale: localeOf(SHIPPED[4]), clauses: false })).toMatchInlineSnapshot(`
      "DJI Care Refresh (1-Jahres-Plan) für DJI Mavic 3, Gerät M3-0001, Land des Kaufs: Deutschland. Stand 01.05.2026 (Datumsangaben in Ortszeit Europe/Berlin).
      Austauschservice: 1 von 2 verfügbar, bis 28.02.2027.
        - Austausch bei Beschädigung: noch 1 verfügbar; die Gebühr ist für diesen Plan nicht veröffentlicht.
        - Flyaway-Abdeckung: aufgebraucht.
      Exklusive Reparaturrabatte: 1 von 2 verfügbar, bis 28.02.2027.
      Werkswartung: 1 von 1 verfügbar, bis 28.02.2027.
      Prämie für sicheres Fliegen: verfallen. Genutzt wurden ein exklusiver Reparaturrabatt am 01.04.2026 und die Flyaway-Abdeckung am 02.04.2026.
      DJI Care Refresh +: kann bis 28.02.2027 gekauft werden, solange ein Austausch verfügbar ist."
    `);
  });

  it('the fee is written by formatMoney for the locale and the plan’s market; English as before', () => {
    const status = planStatus(MAVIC_1Y, [], '2026-04-01T00:00:00Z');
    expect(describePlan(status)).toContain('USD 159.00');
    // formatMoney outside English writes money as the market does, through Intl (issue 13, core):
    // a US plan's fee in German (de-US) and Japanese (ja-US).
    expect(describePlan(status, { locale: localeOf(SHIPPED[4]) })).toContain('noch 2 verfügbar; nächster Austausch: 159,00 $ (1. Austausch im Plan).');
    expect(describePlan(status, { locale: localeOf(SHIPPED[0]) })).toContain('次回の料金は$159.00です（1回目の交換）。');
    expect(describePlan(status, { locale: { ...en, tag: 'en-GB' } })).toContain('USD 159.00');
  });

  it('a quoted reason is worded by the locale’s catalogue, in the plan’s context', () => {
    const seen: RenderContext[] = [];
    const messages: Catalogue = {
      ...en.messages,
      'plus.no-replacement-left': (p, c) => {
        seen.push(c);
        return { message: `Kein Austausch mehr (${p.left}).` };
      },
      'quota.over-recorded': () => ({ message: 'Über dem Kontingent.' }),
    };
    const locale: Locale = { ...localeOf(SHIPPED[4]), messages };
    const used = planStatus(MAVIC_DE, [damage('2026-04-01T00:00:00Z'), damage('2026-04-02T00:00:00Z'), damage('2026-04-03T00:00:00Z')], '2026-05-01T00:00:00Z');
    const lines = describePlan(used, { locale }).split('\n');
    expect(lines).toContain('DJI Care Refresh +: kann nicht gekauft werden. Kein Austausch mehr (0). [PLUS-ELIGIBLE]');
    expect(lines.at(-1)).toMatch(/^Hinweis: Über dem Kontingent\. \[/);
    expect(seen).toEqual([{ tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' }]);
  });

  it('Safe Flight forfeited: the uses in one sentence of the locale, then other reasons as stored or worded', () => {
    const s = planStatus(MAVIC_DE, [flyaway('2026-04-02T18:00:00Z')], '2026-05-01T00:00:00Z');
    const reasons = [
      ...s.safeFlight.reasons,
      { clause: 'SVC-SAFE-FLIGHT', message: 'Stored before codes.' },
      { clause: 'PERIOD-SAFE-FLIGHT', message: 'Not quoted here.' },
      { clause: 'SVC-SAFE-FLIGHT', code: 'safe-flight.offered', params: { productName: 'DJI Mavic 3' } },
    ];
    const old = { ...s, safeFlight: { ...s.safeFlight, reasons } } as unknown as PlanStatus;
    const line = (locale?: Locale): string | undefined => describePlan(old, { locale: locale ?? null }).split('\n').find((l) => l.includes('SVC-SAFE-FLIGHT'));
    expect(line()).toBe(
      'Safe Flight reward: forfeited. A flyaway replacement was used on 2026-04-02. Stored before codes. The Safe Flight reward is offered for DJI Mavic 3. [SVC-SAFE-FLIGHT]',
    );
    expect(line(localeOf(SHIPPED[4]))).toBe(
      'Prämie für sicheres Fliegen: verfallen. Genutzt wurde die Flyaway-Abdeckung am 02.04.2026. Stored before codes. Die Prämie für sicheres Fliegen wird für DJI Mavic 3 angeboten. [SVC-SAFE-FLIGHT]',
    );
  });

  it('a reason stored before codes keeps its words; a code the catalogue lacks is refused', () => {
    const used = planStatus(MAVIC_1Y, [damage('2026-04-01T00:00:00Z'), damage('2026-04-02T00:00:00Z')], '2026-05-01T00:00:00Z');
    const old = { ...used, carePlus: { ...used.carePlus, reasons: [{ clause: 'PLUS-ELIGIBLE', message: 'No replacement left.' }] } } as unknown as PlanStatus;
    expect(describePlan(old, { locale: localeOf(SHIPPED[4]) })).toContain('DJI Care Refresh +: kann nicht gekauft werden. No replacement left. [PLUS-ELIGIBLE]');
    const odd = { ...used, carePlus: { ...used.carePlus, reasons: [{ clause: 'PLUS-ELIGIBLE', code: 'nope', params: {} }] } } as unknown as PlanStatus;
    expectInvalid(() => describePlan(odd, { locale: localeOf(SHIPPED[4]) }), 'status.carePlus.reasons[0].code', 'invalid-value');
    const notFn = { ...localeOf(SHIPPED[4]), messages: { ...en.messages, 'plus.no-replacement-left': 'x' } } as unknown as Locale;
    expectInvalid(() => describePlan(used, { locale: notFn }), 'status.carePlus.reasons[0].code', 'invalid-value');
  });
});

const PERIODS = periodList(coveragePeriods({ ...MAVIC_2Y, region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-01-15' }));

describe('issue 13: timelineText in every locale', () => {
  for (const l of SHIPPED) {
    it(`${l.glossary.tag}: every word from the locale, columns aligned by display width`, () => {
      const locale = localeOf(l);
      for (const ascii of [false, true]) {
        const text = timelineText(PERIODS, { today: '2026-06-01', locale, ascii, title: 'Plan <1>' });
        const english = timelineText(PERIODS, { today: '2026-06-01', ascii, title: 'Plan <1>' });
        const lines = text.trimEnd().split('\n');
        expect(lines[0]).toBe('Plan <1>');
        expect(lines[1]).not.toBe(english.split('\n')[1]);
        expect(text).not.toMatch(/today|Dates in|\d{4}-\d{2}-\d{2}/);
        // The rows: the dates start at one display column, the clause ids at another.
        const rows = lines.slice(3, 3 + PERIODS.length);
        const datesAt = rows.map((r) => displayWidth(r.slice(0, r.search(/\d/))));
        const clauseAt = rows.map((r) => displayWidth(r.slice(0, r.search(/(PERIOD|SVC)-[A-Z0-9-]+$/))));
        expect(new Set(datesAt).size).toBe(1);
        expect(new Set(clauseAt).size).toBe(1);
        // Today's marker under its column: the label column's display width, plus two.
        const labelWidth = Math.max(...PERIODS.map((_, i) => displayWidth((rows[i] as string).split(/  /)[0] as string)));
        expect(displayWidth((lines.at(-1) as string).split(ascii ? '^' : '▲')[0] as string)).toBeGreaterThanOrEqual(labelWidth + 2);
      }
    });
  }

  it('English is byte-identical with en given, null, or no locale', () => {
    const plain = timelineText(PERIODS, { today: '2026-06-01' });
    expect(timelineText(PERIODS, { today: '2026-06-01', locale: en })).toBe(plain);
    expect(timelineText(PERIODS, { today: '2026-06-01', locale: null })).toBe(plain);
  });

  it('ja: CJK labels and dates line up', () => {
    expect(timelineText(PERIODS, { today: '2026-06-01', columns: 24, locale: localeOf(SHIPPED[0]) })).toMatchInlineSnapshot(`
      "日付はAsia/Tokyoの現地日付
                                2026    2027    2028   2029
      リフレッシュ交換          ████████████████│      │  2026/01/15～2028/01/14  PERIOD-2Y
      修理特別割引              ████████████████│      │  2026/01/15～2028/01/14  PERIOD-2Y
      メーカー保証              ████████│       │      │  2026/01/15～2027/01/14  SVC-WARRANTY-EXT
      メーカー保証延長サービス          ████████│      │  2027/01/15～2028/01/14  PERIOD-WARRANTY-2Y
      安全飛行特典（付与時）            │       ████████  2028/01/15～2029/01/14  PERIOD-SAFE-FLIGHT
                                   ▲ 本日 2026/06/01
      "
    `);
  });
});

describe('issue 13: timelineSvg in every locale', () => {
  const hostile = '<script>&"\'</script>';
  for (const l of SHIPPED) {
    it(`${l.glossary.tag}: its words and month names, caller text escaped`, () => {
      const locale = localeOf(l);
      const svg = timelineSvg(PERIODS, { today: '2026-06-01', locale, title: hostile, labels: { replacement: hostile } });
      expect(svg).not.toContain('<script>');
      expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;&lt;/script&gt;');
      expect(svg).not.toMatch(/>today |Timeline of|in force from|\d{4}-\d{2}-\d{2}/);
      const months = [...svg.matchAll(/class="month-label"[^>]*>([^<]*)</g)].map((m) => m[1]);
      expect(months.length).toBeGreaterThan(0);
      expect(months).not.toEqual(['Jan', 'Apr', 'Jul', 'Oct', 'Jan', 'Apr', 'Jul', 'Oct', 'Jan', 'Apr', 'Jul', 'Oct']);
      expect(svg).toBe(timelineSvg(PERIODS, { today: '2026-06-01', locale, title: hostile, labels: { replacement: hostile } }));
    });
  }

  it('month names from Intl in the locale; English keeps Jan, also for an en-GB locale', () => {
    const monthsOf = (locale?: Locale): string[] =>
      [...timelineSvg(PERIODS, locale === undefined ? { width: 2000 } : { locale, width: 2000 }).matchAll(/class="month-label"[^>]*>([^<]*)</g)].map((m) => m[1] as string);
    expect(monthsOf().slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(monthsOf({ ...en, tag: 'en-GB' }).slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
    expect(monthsOf(localeOf(SHIPPED[0])).slice(0, 3)).toEqual(['1月', '2月', '3月']);
    // Whatever this runtime's ICU writes for March in German (`Mär` in ICU 7x).
    expect(monthsOf(localeOf(SHIPPED[4]))[2]).toBe(new Intl.DateTimeFormat('de', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 2, 15)));
    expect(timelineSvg(PERIODS, { locale: null })).toBe(timelineSvg(PERIODS));
  });
});

describe.skipIf(!runChromium)('issue 13: a Japanese timeline parses and renders in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('no parse error, every period labelled, the drawing its size', async () => {
    const svg = timelineSvg(PERIODS, { today: '2026-06-01', title: 'プラン <&> "1"', locale: localeOf(SHIPPED[0]) });
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    try {
      const parsed = await page.evaluate((source) => {
        const { DOMParser } = globalThis as unknown as {
          DOMParser: new () => { parseFromString(s: string, t: string): { getElementsByTagName(n: string): { length: number }; querySelectorAll(q: string): ArrayLike<{ textContent: string | null }> } };
        };
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const labels = doc.querySelectorAll('g.labels > text');
        const title = doc.querySelectorAll('text.title')[0];
        return { error: doc.getElementsByTagName('parsererror').length, labels: labels.length, first: labels[0]?.textContent, title: title?.textContent };
      }, svg);
      expect(parsed).toEqual({ error: 0, labels: PERIODS.length, first: 'リフレッシュ交換: 2026/01/15～2028/01/14 · PERIOD-2Y', title: 'プラン <&> "1"' });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
      const shot = await page.locator('svg').screenshot({ type: 'png' });
      expect(shot.readUInt32BE(16)).toBe(800);
    } finally {
      await page.close();
    }
  }, 120_000);
});
