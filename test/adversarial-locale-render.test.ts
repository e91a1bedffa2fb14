/**
 * A second adversarial pass over issue 13 (breaker): stored params re-rendered in another
 * locale, caller words in the timelines, and the runtime's zone. Each block is one defect found,
 * with its smallest reproduction, fixed in src/.
 */
import { describe, expect, it } from 'vitest';
import { type Decision, type Locale, checkFlyaway, coveragePeriods, describePlan, periodList, planStatus, renderDecision, renderStatus, timelineSvg, timelineText } from '../src/index';
import { de } from '../src/locale/de';
import { es } from '../src/locale/es';
import { fr } from '../src/locale/fr';
import { it as italian } from '../src/locale/it';
import { ko } from '../src/locale/ko';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';
import { ja } from '../src/locale/ja';
import { date, dateTime } from '../src/locale/words';
import type { MessageCode } from '../src/messages/codes';
import { requireParams } from '../src/messages/param-kinds';
import { displayWidth } from '../src/width';
import { launchChromium, noteChromiumSkip, runChromium } from './chromium';
import { MAVIC_1Y, flyawayFacts } from './fixtures/plans';
import { refusal } from './support';
import { MESSAGE_SAMPLES } from './message-samples';

const DE = { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' } as const;

/** `run` with the runtime's own zone set to `zone` (Node reads `process.env.TZ` again when it is set). */
function inZone<T>(zone: string, run: () => T): T {
  const before = process.env['TZ'];
  process.env['TZ'] = zone;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env['TZ'];
    else process.env['TZ'] = before;
  }
}

interface Coded {
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly message?: string;
  readonly received?: string;
}

/** A stored refusal of a flyaway as JSON: FLY-ACCOUNT-BOUND (`firstBoundAt`) refused, PERIOD-OUTSIDE (`date`) passed. */
function storedFlyaway(): { reasons: Coded[]; trace: Coded[] } {
  const at = '2026-06-01T15:00:00Z';
  const d = checkFlyaway(MAVIC_1Y, [], { ...flyawayFacts(at), accountBindings: [{ account: 'pilot@example.com', boundAt: at }] }, { messages: false });
  return JSON.parse(JSON.stringify(d)) as { reasons: Coded[]; trace: Coded[] };
}

function coded(list: readonly Coded[], code: string): Coded {
  return list.find((r) => r.code === code) as Coded;
}

describe("issue 13: a stored instant without an offset is not read in the runtime's zone (words.dateTime)", () => {
  // dateTime read its param with Date.parse, which reads '2026-06-01T15:00' (no offset) in the
  // runtime's own zone: a stored decision re-rendered in German said 17:00 under TZ=UTC, 03:00
  // under TZ=Pacific/Kiritimati and 19:30 under TZ=America/St_Johns (English wrote it as given).
  it('renderDecision of a tampered instant gives the same words in every runtime zone: the text as given', () => {
    const stored = storedFlyaway();
    coded(stored.reasons, 'fly.binding.not-bound-before').params['firstBoundAt'] = '2026-06-01T15:00';
    const words = ['UTC', 'Pacific/Kiritimati', 'America/St_Johns', 'Asia/Kathmandu'].map((zone) => {
      const d = inZone(zone, () => renderDecision(stored as unknown as Decision<unknown>, { locale: de, timeZone: 'Europe/Berlin' }));
      return d.ok ? undefined : d.reasons[0].received;
    });
    expect(words).toEqual(Array(4).fill('erstmals verknüpft: 2026-06-01T15:00'));
  });

  it('only an instant the library accepts is formatted; any other text is written as given', () => {
    expect(dateTime(DE, '2026-06-01T15:00:00Z')).toBe('01.06.2026, 17:00');
    expect(dateTime(DE, '2026-06-01T17:00:00+02:00')).toBe('01.06.2026, 17:00');
    for (const text of ['2026-06-01T15:00', '2026-06-01', 'June 1, 2026', '1', 'Mon Jun 01 2026', '+275760-09-13T00:00:00Z', '2026-02-30T00:00:00Z']) {
      expect(inZone('Pacific/Kiritimati', () => dateTime(DE, text)), text).toBe(text);
    }
  });
});

describe('issue 13: a stored calendar date that is not a real date is not written as another date (words.date)', () => {
  // date built its Date with Date.UTC from any digits of the shape YYYY-MM-DD: '0099-05-01'
  // became 01.05.1999 (Date.UTC maps the years 0–99 to 1900–1999), '2026-02-30' became
  // 02.03.2026 and '2026-13-45' 14.02.2027, where English writes the stored text as it is.
  it('an impossible or out-of-range date is written as given', () => {
    for (const text of ['0099-05-01', '2026-02-30', '2026-13-45', '0000-00-00', '1900-01-01']) expect(date(DE, text), text).toBe(text);
  });

  it('real dates of the computed range (1979–9999) are formatted', () => {
    expect(date(DE, '1979-12-31')).toBe('31.12.1979');
    expect(date(DE, '2028-02-29')).toBe('29.02.2028');
    expect(date(DE, '9999-12-31')).toBe('31.12.9999');
  });

  it('renderDecision of a tampered date says the stored text, as English does', () => {
    const stored = storedFlyaway();
    coded(stored.trace, 'period.inside').params['date'] = '0099-05-01';
    const rendered = renderDecision(stored as unknown as Decision<unknown>, { locale: de });
    const english = renderDecision(stored as unknown as Decision<unknown>);
    expect(coded(rendered.trace as unknown as Coded[], 'period.inside').received).toBe('0099-05-01');
    expect(coded(english.trace as unknown as Coded[], 'period.inside').received).toBe('0099-05-01');
  });
});

describe('issue 13: caller words in timelineText are one line each, so the columns stay aligned', () => {
  // A label, title or locale text with a line break split its row in two; a tab, a carriage
  // return or a terminal escape sequence (`\x1b[31m`, counted three columns by displayWidth,
  // drawn in none) shifted the bar of its row; and the escape drove the caller's terminal.
  const periods = periodList(coveragePeriods({ product: 'mavic-3', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-29' }));
  const HOSTILE = ['交換\nサービス', 'Tab\there', 'ESC\u001b[31mred\u001b[0m', 'CR\rover', 'NUL\u0000x', 'NEL\u0085x', 'LS\u2028x', 'PS\u2029x', 'DEL\u007fx', 'BEL\u0007'];
  /** The column the dates of a row start at (after the label and the track). */
  const datesAt = (line: string): number => displayWidth(line.slice(0, line.search(/\d{4}[-/]\d\d[-/]\d\d/)));

  it.each(HOSTILE)('a label %j: one line per row, the dates of every row at the same column, no control character written', (label) => {
    const text = timelineText(periods, { locale: ja, columns: 20, title: label, labels: { replacement: label } });
    const lines = text.split('\n').slice(0, -1);
    expect(lines).toHaveLength(1 + 1 + 1 + periods.length);
    const rows = lines.slice(3);
    expect(new Set(rows.map(datesAt)).size, text).toBe(1);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    expect(lines[0]).toContain('\uFFFD');
    expect(rows[0]).toContain('\uFFFD');
  });

  it("a locale's texts that write control characters (headings, dates, today) give one line each", () => {
    const texts: Locale['texts'] = {
      ...ja.texts,
      'timeline.dates-in': () => 'Dates\nin',
      'timeline.range': (p) => `${p.startDate}\t${p.lastDate}`,
      'timeline.today': () => '\u001b[2Jtoday',
      'timeline.kind.official-warranty': () => 'Warranty\r',
    };
    const text = timelineText(periods, { locale: { ...ja, texts }, columns: 20, today: '2026-06-01' });
    const lines = text.split('\n').slice(0, -1);
    expect(lines).toHaveLength(1 + 1 + periods.length + 1);
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(new Set(lines.slice(2, -1).map(datesAt)).size).toBe(1);
  });

  it('words without control characters are written unchanged (marks, joiners, emoji, CJK)', () => {
    const labels = { replacement: 'e\u0301\u0301 👩\u200d👩\u200d👧 交換' };
    expect(timelineText(periods, { locale: ja, columns: 20, labels })).toContain(labels.replacement);
  });
});

describe('issue 13: describePlan writes one sentence per line, whatever the serial or a template holds', () => {
  // A serial is caller text (typed at a support desk, read from a database): with a line break
  // it added a line of its own, in every locale, that reads as the plan's ('Replacements: 2 of 2
  // left, until 2099-01-01.'), and an escape sequence reached the terminal that prints it.
  const plan = { product: 'mavic-3', serial: 'A1.\nReplacements: 2 of 2 left, until 2099-01-01.\u001b[8m', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' } as const;
  const honest = { ...plan, serial: 'A1' };
  const at = '2026-06-01T00:00:00Z';

  it.each([
    ['English', null],
    ['Japanese', ja],
    ['German', de],
  ] as const)('%s: as many lines as with an honest serial, none of them forged, no control character', (_language, locale) => {
    const text = describePlan(planStatus(plan, [], at), { locale });
    const lines = text.split('\n');
    expect(lines).toHaveLength(describePlan(planStatus(honest, [], at), { locale }).split('\n').length);
    expect(lines.filter((l) => l.includes('2099'))).toHaveLength(1);
    expect(lines[0]).toContain('A1.\uFFFDReplacements');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it("a caller's template that writes a line break gives one line still", () => {
    const texts: Locale['texts'] = { ...ja.texts, 'describe.warranty-repairs': () => 'one\ntwo\u2028three' };
    const status = planStatus(honest, [{ type: 'warranty-repair', at: '2026-04-01T10:00:00Z', serial: 'A1' }], at);
    const lines = describePlan(status, { locale: { ...ja, texts }, clauses: false }).split('\n');
    expect(lines).toContain('one\uFFFDtwo\uFFFDthree');
  });
});

noteChromiumSkip('issue 13 bidi isolation test');

describe('issue 13: a right-to-left label does not turn the dates after it around in the SVG', () => {
  // A bar's label reads `label: first – last · clause` in one <text>. With a Hebrew or Arabic
  // label (or an RLM, RLE, RLO or RLI in it), Chromium drew the last date left of the first
  // ('2027-03-28 – 2026-03-29'; an RLO even mirrored the digits). The label is now isolated.
  const periods = periodList(coveragePeriods({ product: 'mavic-3', term: '1y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-29' }));
  const LABELS: Readonly<Record<string, string>> = {
    hebrew: 'החלפה',
    arabic: 'استبدال',
    rlm: 'Ersatz\u200F',
    rle: 'Ersatz\u202B',
    rlo: 'Ersatz\u202E',
    rli: 'Ersatz\u2067',
    'stray pdi, then rlo': 'החלפה\u2069\u202E',
    'rli, pdi, rli': '\u2067a\u2069\u2067b',
  };
  const svgOf = (label: string): string => timelineSvg(periods, { labels: { replacement: label }, title: label });

  it('a label with no right-to-left letter and no bidi control is written as it is', () => {
    for (const label of ['Ersatz', '交換サービス', 'e\u0301 👩\u200d👧']) {
      const svg = svgOf(label);
      expect(svg).toContain(`>${label}: 2026-03-29 – 2027-03-28 · PERIOD-1Y</text>`);
      expect(svg).not.toMatch(/[\u2066-\u2069]/);
    }
  });

  it.each(Object.entries(LABELS))('%s: the label sits in one balanced isolate (U+2068 … U+2069), in the bar and both titles', (_name, label) => {
    const svg = svgOf(label);
    const bar = (/<g class="labels"[^>]*>\n<text[^>]*>([^<]*)<\/text>/.exec(svg) as RegExpExecArray)[1] as string;
    expect(bar.startsWith('\u2068')).toBe(true);
    expect(bar.endsWith('\u2069: 2026-03-29 – 2027-03-28 · PERIOD-1Y')).toBe(true);
    let depth = 0;
    for (const c of bar) {
      if (/[\u2066-\u2068]/.test(c)) depth += 1;
      if (c === '\u2069') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
      if (depth === 0) expect(c).not.toMatch(/[\u202A-\u202E]/);
    }
    expect(depth).toBe(0);
    expect(svg).toContain('<title>\u2068');
    expect(svg).toMatch(/<title>\u2068[^<]*\u2069 \(PERIOD-1Y\)/);
  });

  /** Run in the page (no DOM types in this project): parses the SVG as XML, draws it, and gives where the two dates of the first label start. */
  const DRAWN = `(source) => {
    const parsed = new DOMParser().parseFromString(source, 'image/svg+xml');
    document.body.innerHTML = '';
    document.body.append(document.importNode(parsed.documentElement, true));
    const text = document.querySelector('g.labels text');
    const words = text.textContent;
    return {
      words,
      scripts: document.getElementsByTagName('script').length,
      errors: parsed.getElementsByTagName('parsererror').length,
      first: text.getStartPositionOfChar(words.indexOf('2026')).x,
      last: text.getStartPositionOfChar(words.indexOf('2027')).x,
    };
  }`;

  it.skipIf(!runChromium)('in Chromium, the first date of every label is drawn left of the last, and the SVG parses as XML', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const injection = '<script>alert(1)</script>]]><![CDATA[&amp;"\'\u0000\ud800\uFFFE\u0301\u200d';
      for (const [name, label] of Object.entries({ plain: 'Ersatz', injection, ...LABELS })) {
        const svg = svgOf(label);
        const drawn = (await page.evaluate(`(${DRAWN})(${JSON.stringify(svg)})`)) as { words: string; scripts: number; errors: number; first: number; last: number };
        expect(drawn.errors, name).toBe(0);
        if (name === 'injection') expect(drawn.words, name).toBe('<script>alert(1)</script>]]><![CDATA[&amp;"\'\uFFFD\uFFFD\uFFFD\u0301\u200d: 2026-03-29 – 2027-03-28 · PERIOD-1Y');
        expect(drawn.scripts, name).toBe(0);
        expect(drawn.first, name).toBeLessThan(drawn.last);
      }
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe('issue 13 × issue 10 class 7: a status with many former units is described, in every locale', () => {
  // planStatus of 200 damage replacements, each rebound to a new unit (a ledger over its quota:
  // an anomaly, recorded), gives a status whose 200 former serials describePlan listed in one
  // sentence: 13,274 characters, over the 10,000 of a text, so describePlan threw
  // InvalidInputError naming `options.locale.texts.describe.moved`, with no locale given at all.
  // The first 20 are named and the rest counted (describe.moved.more), as the Safe Flight uses are.
  const plan = { product: 'mavic-3', serial: 'S0', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' } as const;
  function ledger(n: number): unknown[] {
    const events: unknown[] = [];
    let serial = 'S0';
    for (let i = 0; i < n; i += 1) {
      const at = Date.UTC(2026, 3, 1) + i * 600_000;
      const next = `S${i + 1}`.padEnd(64, 'x');
      events.push({ type: 'damage-replacement', at: new Date(at).toISOString(), serial });
      events.push({ type: 'rebind', at: new Date(at + 60_000).toISOString(), serial, newSerial: next });
      serial = next;
    }
    return events;
  }
  const status = planStatus(plan, ledger(200) as never, '2026-12-01T00:00:00Z');

  it.each([
    ['en', null],
    ['ja', ja],
    ['ko', ko],
    ['zh-Hans', zhHans],
    ['zh-Hant', zhHant],
    ['de', de],
    ['fr', fr],
    ['es', es],
    ['it', italian],
  ] as const)('%s: the first 20 former units named, the other 180 counted', (_tag, locale) => {
    const moved = describePlan(status, { locale }).split('\n')[1] as string;
    // The former units are S0 … S199: S0 … S19 named, S20 on counted.
    expect(moved).toContain('S19'.padEnd(64, 'x'));
    expect(moved).not.toContain('S20'.padEnd(64, 'x'));
    expect(moved).toContain('180');
    expect(moved.length).toBeLessThan(2000);
  });

  it('with 20 former units or fewer, all are named and none counted', () => {
    const moved = describePlan(planStatus(plan, ledger(20) as never, '2026-12-01T00:00:00Z')).split('\n')[1] as string;
    expect(moved).toContain('S19'.padEnd(64, 'x'));
    expect(moved).not.toMatch(/more units?/);
  });

  it('English counts one and several', () => {
    const one = describePlan(planStatus(plan, ledger(21) as never, '2026-12-01T00:00:00Z')).split('\n')[1] as string;
    expect(one).toContain('; units S0, S1');
    expect(one).toContain(' no longer have a plan. 1 more unit no longer has a plan. [REBIND-REPLACEMENT]');
    expect(describePlan(status).split('\n')[1]).toContain('. 180 more units no longer have a plan.');
  });
});

describe('issue 13 × issue 11: stored params are exactly their code\'s, each of its kind, before any template writes them', () => {
  // The revivers keep any JSON primitive in params, and templates look enumerated params up in
  // tables of words: renderDecision wrote 'A flyaway replacement is left function Object() {
  // [native code] } (1 flyaway, 2 replacements).' for a stored window 'constructor', '[object
  // Object]' for '__proto__', 'first bound undefined' for params left out, and 'Vor dem Flyaway
  // bestand keine Verknüpfung mit undefined' for `"of": true`, in English and German alike.
  const tamper = (edit: (d: ReturnType<typeof storedFlyaway>) => void): ReturnType<typeof storedFlyaway> => {
    const d = storedFlyaway();
    edit(d);
    return d;
  };
  const CASES: readonly (readonly [string, (d: ReturnType<typeof storedFlyaway>) => void, string])[] = [
    ['an enumerated param naming a prototype property', (d) => (coded(d.trace, 'fly.quota.left').params['window'] = 'constructor'), 'decision.trace[11].params.window invalid-value'],
    ['an enumerated param naming __proto__', (d) => (coded(d.trace, 'fly.quota.left').params['window'] = '__proto__'), 'decision.trace[11].params.window invalid-value'],
    ['a subject no template knows', (d) => (coded(d.trace, 'period.inside').params['subject'] = 'toString'), 'decision.trace[1].params.subject invalid-value'],
    ['a boolean for an enumerated param', (d) => (coded(d.reasons, 'fly.binding.not-bound-before').params['of'] = true), 'decision.reasons[0].params.of invalid-value'],
    ['a param left out', (d) => delete coded(d.reasons, 'fly.binding.not-bound-before').params['firstBoundAt'], 'decision.reasons[0].params.firstBoundAt missing'],
    ['a number for a string', (d) => (coded(d.reasons, 'fly.binding.not-bound-before').params['firstBoundAt'] = 1e308), 'decision.reasons[0].params.firstBoundAt invalid-value'],
    ['null for a param that is never null', (d) => (coded(d.trace, 'period.inside').params['date'] = null), 'decision.trace[1].params.date invalid-value'],
    ['a string for a number', (d) => (coded(d.trace, 'fly.quota.left').params['flyaway'] = '1'), 'decision.trace[11].params.flyaway invalid-value'],
    ['a param the code does not have', (d) => (coded(d.trace, 'fly.records.synced').params['extra'] = 'x'), 'decision.trace[10].params.extra invalid-value'],
  ];

  it.each(CASES)('%s: invalid input in every locale, never words', (_what, edit, expected) => {
    const stored = tamper(edit) as unknown as Decision<unknown>;
    for (const locale of [null, de, ja]) expect(refusal(() => renderDecision(stored, { locale }))).toBe(expected);
  });

  it('null where a param may be null is kept (fly.binding.not-bound-before: never bound)', () => {
    const stored = tamper((d) => (coded(d.reasons, 'fly.binding.not-bound-before').params['firstBoundAt'] = null)) as unknown as Decision<unknown>;
    const d = renderDecision(stored);
    expect(d.ok ? undefined : d.reasons[0].received).toBe('never bound');
  });

  it('a stored status (renderStatus) and the reasons describePlan reads are checked alike', () => {
    const status = JSON.parse(JSON.stringify(planStatus({ ...MAVIC_1Y }, [{ type: 'damage-replacement', at: '2026-04-10T10:00:00Z', serial: 'M3-0001' }], '2026-06-01T10:00:00Z', { messages: false }))) as {
      safeFlight: { reasons: Coded[] };
    };
    const used = coded(status.safeFlight.reasons, 'safe-flight.used');
    used.params['service'] = 'constructor';
    expect(refusal(() => renderStatus(status as never, { locale: de }))).toBe('status.safeFlight.reasons[0].params.service invalid-value');
    expect(refusal(() => describePlan(status as never, { locale: ja }))).toBe('status.safeFlight.reasons[0].params.service invalid-value');
    (used as { params: unknown }).params = ['damage-replacement'];
    expect(refusal(() => describePlan(status as never))).toBe('status.safeFlight.reasons[0].params wrong-type');
    (used as { code: unknown }).code = 5;
    expect(refusal(() => describePlan(status as never))).toBe('status.safeFlight.reasons[0].code invalid-value');
  });

  it('the params of every sample of every code (typed by MessageParams) are exactly their kinds, and every code has its row', () => {
    for (const code of Object.keys(MESSAGE_SAMPLES) as MessageCode[]) {
      for (const params of MESSAGE_SAMPLES[code]) expect(() => requireParams(code, params, code)).not.toThrow();
      // A row left out would leave the code unchecked: a param it does not have must be refused.
      expect(refusal(() => requireParams(code, { ...MESSAGE_SAMPLES[code][0], zz: 1 }, code)), code).toBe(`${code}.params.zz invalid-value`);
    }
  });

  it('a code the library does not know is left to the catalogue', () => {
    expect(() => requireParams('my.own.code', { anything: {} }, 'r')).not.toThrow();
    expect(() => requireParams(5, {}, 'r')).not.toThrow();
  });
});

describe('issue 13 × issue 10 class 3: describePlan of a stored status is bounded, whatever its lists hold', () => {
  // One line per anomaly, and one line quoting every other Safe Flight or Care Refresh+ reason:
  // a status with 100,000 anomalies, or reasons, sharing one 9,000-character message (a few
  // kilobytes in memory) made describePlan throw the engine's RangeError (Invalid string
  // length), in English and Japanese; with 600,000 anomalies the process ran out of memory.
  // Two reasons of 9,000 characters were refused as the locale's texts being too long.
  const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' } as const;
  const stored = (): Record<string, Record<string, unknown>> =>
    JSON.parse(JSON.stringify(planStatus(plan, [{ type: 'damage-replacement', at: '2026-04-10T10:00:00Z', serial: 'A1' }], '2026-06-01T00:00:00Z'))) as Record<string, Record<string, unknown>>;
  const many = (n: number, clause: string): unknown[] => Array(n).fill({ clause, message: 'x'.repeat(9_000) });

  it.each([['en', null], ['ja', ja]] as const)('%s: anomalies at most one per window (two), so 100,000 are invalid input', (_tag, locale) => {
    const s = stored();
    (s as Record<string, unknown>)['anomalies'] = many(100_000, 'QUOTA-1Y');
    expect(refusal(() => describePlan(s as never, { locale }))).toBe('status.anomalies too-large');
    (s as Record<string, unknown>)['anomalies'] = many(2, 'QUOTA-1Y');
    expect(describePlan(s as never, { locale }).split('\n').filter((l) => l.includes('x'.repeat(9_000)))).toHaveLength(2);
  });

  it.each([['en', null], ['ja', ja]] as const)('%s: reasons quoted in one line at most 5,000 characters in all, the status named', (_tag, locale) => {
    const s = stored();
    s['safeFlight'] = { ...s['safeFlight'], reasons: many(100_000, 'SVC-SAFE-FLIGHT') };
    expect(refusal(() => describePlan(s as never, { locale }))).toBe('status.safeFlight.reasons too-large');
    const t = stored();
    t['carePlus'] = { ...t['carePlus'], canBuy: false, reasons: many(2, 'PLUS-ELIGIBLE') };
    expect(refusal(() => describePlan(t as never, { locale }))).toBe('status.carePlus.reasons too-large');
    t['carePlus'] = { ...t['carePlus'], reasons: [{ clause: 'PLUS-ELIGIBLE', message: 'y'.repeat(5_000) }] };
    expect(describePlan(t as never, { locale })).toContain('y'.repeat(5_000));
  });
});

describe("issue 13: the French '1er' is written only where the date is written in French (words.date, words.dateTime)", () => {
  // withFirst tested `tag.startsWith('fr')`: a caller's locale tagged North Frisian (`frr`),
  // Old French (`fro`) or Arpitan (`frp`), which Intl writes in English, got 'Mar 1er, 2026'.
  it.each(['frr', 'fro', 'frp'])('%s: an English date without the French ordinal', (tag) => {
    expect(date({ tag, region: undefined, timeZone: undefined }, '2026-03-01')).toBe('Mar 1, 2026');
    expect(dateTime({ tag, region: undefined, timeZone: 'UTC' }, '2026-03-01T10:00:00Z')).toBe('Mar 1, 2026, 10:00');
  });

  it('French of France and Canada keeps it', () => {
    expect(date({ tag: 'fr', region: 'FR', timeZone: undefined }, '2026-03-01')).toBe('1er mars 2026');
    expect(date({ tag: 'fr', region: 'CA', timeZone: undefined }, '2026-03-01')).toBe('1er mars 2026');
  });
});
