import { existsSync } from 'node:fs';
import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coveragePeriods, periodList } from '../src/periods';
import type { Period } from '../src/time/period';
import type { Locale } from '../src/index';
import { ja } from '../src/locale/ja';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';
import { timelineSvg } from '../src/timeline/svg';
import { timelineText } from '../src/timeline/text';
import { displayWidth } from '../src/width';
import { inCi, launchChromium, noteChromiumSkip, runChromium } from './chromium';
import { invalid } from './support';

// ---------------------------------------------------------------------------------------------
// A small, strict XML well-formedness check (no dependency): balanced tags, quoted attributes
// without duplicates, no raw `<` or stray `&` in text or attributes, no XML-invalid characters.
// Returns the element names in document order.
// ---------------------------------------------------------------------------------------------
const NAME = '[A-Za-z_][\\w.:-]*';
const ENTITY = /&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const INVALID_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function parseXml(xml: string): string[] {
  if (INVALID_CHAR.test(xml)) throw new Error('character not allowed in XML');
  const tag = new RegExp(`<(/?)(${NAME})((?:\\s+${NAME}="[^"]*")*)\\s*(/?)>`, 'y');
  const attr = new RegExp(`(${NAME})="([^"]*)"`, 'g');
  const names: string[] = [];
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt === -1 ? xml.length : lt);
    if (ENTITY.test(text)) throw new Error(`unescaped & in text: ${text}`);
    if (text.includes('>')) throw new Error(`raw > in text: ${text}`);
    if (stack.length === 0 && text.trim() !== '') throw new Error('text outside the root element');
    if (lt === -1) break;
    tag.lastIndex = lt;
    const m = tag.exec(xml);
    if (m === null) throw new Error(`malformed tag at ${lt}: ${xml.slice(lt, lt + 60)}`);
    const [whole, closing, name, attrs, selfClosing] = m as unknown as [string, string, string, string, string];
    if (closing === '/') {
      if (stack.pop() !== name) throw new Error(`unbalanced </${name}>`);
    } else {
      const seen = new Set<string>();
      for (const a of attrs.matchAll(attr)) {
        const [, key, value] = a as unknown as [string, string, string];
        if (seen.has(key)) throw new Error(`duplicate attribute ${key}`);
        seen.add(key);
        if (value.includes('<') || ENTITY.test(value)) throw new Error(`bad attribute value ${value}`);
      }
      if (stack.length === 0) roots += 1;
      names.push(name);
      if (selfClosing !== '/') stack.push(name);
    }
    i = lt + whole.length;
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) throw new Error(`expected one root element, found ${roots}`);
  return names;
}

const count = (names: readonly string[], name: string): number => names.filter((n) => n === name).length;

const mavic1y = periodList(
  coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }),
);
const mavic2yFr = periodList(
  coveragePeriods({ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-05-10' }),
);
const mini1y = periodList(
  coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' }),
);

describe('parseXml (the test helper itself)', () => {
  it('accepts well-formed XML and refuses the usual mistakes', () => {
    expect(parseXml('<a x="1"><b/>t &amp; u</a>')).toEqual(['a', 'b']);
    for (const bad of ['<a><b></a>', '<a>&</a>', '<a x="<"/>', '<a x="1" x="2"/>', '<a/><b/>', '<a>', 'x<a/>', '<a>\u0001</a>', '<a>></a>', '<a x=1/>']) {
      expect(() => parseXml(bad), bad).toThrow();
    }
  });
});

describe('timelineSvg', () => {
  it('is a standalone SVG document with one bar, one label and one tooltip per period', () => {
    const svg = timelineSvg(mavic1y, { today: '2026-06-01', title: 'Mavic 3 plan' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="252" viewBox="0 0 800 252"')).toBe(true);
    const names = parseXml(svg);
    expect(names[0]).toBe('svg');
    expect(svg.match(/<g class="period" /g)).toHaveLength(mavic1y.length);
    // background + one bar per period
    expect(count(names, 'rect')).toBe(1 + mavic1y.length);
    // document title + one tooltip per period
    expect(count(names, 'title')).toBe(1 + mavic1y.length);
    expect(svg).toContain('Mavic 3 plan: Timeline of 4 periods, dates in America/New_York');
    expect(svg).toContain('Replacement service: 2026-01-15 – 2027-01-14 · PERIOD-1Y');
    expect(svg).toContain('Safe Flight warranty (if earned): 2027-01-15 – 2028-01-14 · PERIOD-SAFE-FLIGHT');
    expect(svg).toContain('today 2026-06-01');
    expect(svg).toContain('<g class="today">');
    expect(svg).toContain('class="year-label"');
    expect(svg.endsWith('</svg>\n')).toBe(true);
  });

  it('matches its doc comment example', () => {
    const svg = timelineSvg(mavic1y, { today: '2026-06-01', title: 'Mavic 3 plan' });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="800" height="252"')).toBe(true);
    expect(svg.includes('2026-01-15 – 2027-01-14 · PERIOD-1Y')).toBe(true);
  });

  it('draws no marker and no title without them, and says "period" for one', () => {
    const [first] = mini1y;
    const svg = timelineSvg([first as Period]);
    parseXml(svg);
    expect(svg).not.toContain('class="today"');
    expect(svg).not.toContain('class="title"');
    expect(svg).toContain('<title>Timeline of 1 period, dates in America/New_York</title>');
  });

  it('reads `today` as an instant or as a local date in the axis zone', () => {
    const asInstant = timelineSvg(mavic1y, { today: '2026-06-01T03:00:00Z' });
    // 03:00 UTC is still 31 May in New York
    expect(asInstant).toContain('today 2026-05-31');
    const asDate = timelineSvg(mavic1y, { today: new Date('2026-06-01T12:00:00Z') });
    expect(asDate).toContain('today 2026-06-01');
    const tokyo = timelineSvg(mavic1y, { today: '2026-06-01T03:00:00Z', timeZone: 'Asia/Tokyo' });
    expect(tokyo).toContain('today 2026-06-01');
  });

  it('widens the axis to show a `today` outside the periods, on either side', () => {
    const before = timelineSvg(mini1y, { today: '2025-03-10' });
    expect(before).toContain('>2025</text>');
    const after = timelineSvg(mini1y, { today: '2029-11-02' });
    expect(after).toContain('>2029</text>');
    // the marker right of the middle is labelled to its left
    expect(after).toMatch(/text-anchor="end" font-weight="bold" fill="#D00000">today 2029-11-02/);
  });

  it('anchors a label at the bar end when the bar starts right of the middle', () => {
    const svg = timelineSvg(mavic2yFr);
    expect(svg).toMatch(/text-anchor="end" fill="#111111">Safe Flight warranty/);
  });

  it('labels every month, every third month or none, as the width allows', () => {
    // Jan 2026 .. Jan 2027: the axis ends at 1 Feb 2027
    expect(timelineSvg(mini1y).match(/class="month-label"/g)?.length).toBe(13);
    const quarters = timelineSvg(mavic2yFr, { width: 1000 });
    expect(quarters).toContain('>Jul</text>');
    expect(quarters).not.toContain('>Jun</text>');
    const many = [...mavic2yFr, ...periodList(coveragePeriods({ product: 'mini-2', term: '2y', region: 'US', timeZone: 'UTC', agreementDate: '2036-01-01' }))];
    expect(timelineSvg(many, { width: 320 })).not.toContain('class="month-label"');
  });

  it('takes labels by kind, and names unknown kinds readably with a stable colour', () => {
    const [first] = mini1y;
    const custom: Period = { ...(first as Period), kind: 'loan_unit-service' };
    const svg = timelineSvg([first as Period, custom], { labels: { replacement: 'Ersatz' } });
    expect(svg).toContain('>Ersatz: 2026-01-15');
    expect(svg).toContain('>Loan unit service: 2026-01-15');
    expect(svg).toBe(timelineSvg([first as Period, custom], { labels: { replacement: 'Ersatz' } }));
    expect(timelineSvg([{ ...(first as Period), kind: 'renewal' }])).toContain('Care Refresh+ renewal year');
  });

  it('stretches rows to a given height and refuses one too small', () => {
    const svg = timelineSvg(mavic1y, { height: 400, width: 600 });
    expect(svg).toContain('width="600" height="400" viewBox="0 0 600 400"');
    parseXml(svg);
    const e = invalid(() => timelineSvg(mavic1y, { height: 100 }));
    expect(e.field).toBe('options.height');
    expect(e.message).toContain('from 180 to 10000');
  });

  it('escapes every text for XML, and drops characters XML cannot carry', () => {
    const [first] = mini1y;
    const nasty = `<script>&"'\u0001\uD800`;
    const svg = timelineSvg([{ ...(first as Period), kind: nasty }], { title: nasty, labels: { [nasty]: `${nasty} label` } });
    parseXml(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;&amp;&quot;&apos;\uFFFD\uFFFD label');
    expect(svg).toContain(`data-kind="&lt;script&gt;&amp;&quot;&apos;\uFFFD\uFFFD"`);
  });

  it('accepts a pair of surrogates (an emoji) as it is', () => {
    const svg = timelineSvg(mini1y, { title: 'Plan 🚁' });
    expect(svg).toContain('Plan 🚁');
    parseXml(svg);
  });
});

// 0:00 on 2026-01-15 in New York + 100 × 366 days is 2126-04-01 (an hour later by the clock,
// since EDT is then in force): today at 0:00 that day is inside the limit, the next day is not.
const farFuture = periodList(
  coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2127-01-15' }),
);

describe('timeline span: at most 100 years (366-day years) from the first instant to the last', () => {
  it('draws an axis of exactly the limit, and refuses a day more', () => {
    const [p] = mini1y as [Period];
    expect(timelineText([p], { today: '2126-04-01' })).toContain('2126');
    expect(invalid(() => timelineText([p], { today: '2126-04-02' })).field).toBe('options.today');
  });
});

describe('timelineSvg and timelineText: invalid input', () => {
  const [first] = mini1y;
  const p = first as Period;
  const cases: readonly [string, () => unknown, string][] = [
    ['periods not a list', () => timelineSvg('x' as unknown as Period[]), 'periods'],
    ['no periods', () => timelineSvg([]), 'periods'],
    ['options not an object', () => timelineSvg(mini1y, 'wide' as never), 'options'],
    ['text options not an object', () => timelineText(mini1y, 7 as never), 'options'],
    ['period not an object', () => timelineSvg([null as unknown as Period]), 'periods[0]'],
    ['kind missing', () => timelineSvg([{ ...p, kind: '' }]), 'periods[0].kind'],
    ['unknown clause', () => timelineSvg([{ ...p, clause: 'PERIOD-9Y' as never }]), 'periods[0].clause'],
    ['start without offset', () => timelineSvg([{ ...p, start: '2026-01-15T00:00:00' }]), 'periods[0].start'],
    ['end invalid', () => timelineSvg([{ ...p, end: 'soon' }]), 'periods[0].end'],
    ['end before start', () => timelineSvg([{ ...p, end: p.start }]), 'periods[0].end'],
    ['startDate impossible', () => timelineSvg([{ ...p, startDate: '2026-02-30' }]), 'periods[0].startDate'],
    ['lastDate missing', () => timelineSvg([{ ...p, lastDate: undefined as never }]), 'periods[0].lastDate'],
    ['lastDate before startDate', () => timelineSvg([{ ...p, lastDate: '2025-12-31' }]), 'periods[0].lastDate'],
    ['period zone unknown', () => timelineSvg([{ ...p, timeZone: 'Mars/Olympus' }]), 'periods[0].timeZone'],
    ['axis zone unknown', () => timelineSvg(mini1y, { timeZone: '+01:00' }), 'options.timeZone'],
    ['today impossible date', () => timelineSvg(mini1y, { today: '2026-02-30' }), 'options.today'],
    ['today without offset', () => timelineSvg(mini1y, { today: '2026-02-03T10:00' }), 'options.today'],
    ['today a number', () => timelineSvg(mini1y, { today: 5 as never }), 'options.today'],
    ['title empty', () => timelineSvg(mini1y, { title: ' ' }), 'options.title'],
    ['labels not an object', () => timelineSvg(mini1y, { labels: ['a'] as never }), 'options.labels'],
    ['label not a string', () => timelineSvg(mini1y, { labels: { replacement: 3 as never } }), 'options.labels.replacement'],
    ['width too small', () => timelineSvg(mini1y, { width: 100 }), 'options.width'],
    ['width not whole', () => timelineSvg(mini1y, { width: 640.5 }), 'options.width'],
    ['height too large', () => timelineSvg(mini1y, { height: 20_000 }), 'options.height'],
    ['columns too few', () => timelineText(mini1y, { columns: 4 }), 'options.columns'],
    ['ascii not a boolean', () => timelineText(mini1y, { ascii: 'yes' as never }), 'options.ascii'],
    ['periods over a century apart', () => timelineSvg([...mini1y, ...farFuture]), 'periods'],
    ['today over a century from the periods', () => timelineText(mini1y, { today: '2127-02-01' }), 'options.today'],
  ];
  for (const [name, fn, field] of cases) {
    it(`refuses ${name}, naming ${field}`, () => {
      expect(invalid(fn).field).toBe(field);
    });
  }
});

describe('PERIOD-START: bars span the half-open [start, end) of each period', () => {
  it('places each bar from its start to its end on the axis', () => {
    // mini-2, 1y, from 2026-01-15: the axis runs 2026-01-01 .. 2027-02-01 (396 days) over 768 px
    const svg = timelineSvg(mini1y);
    const from = Date.parse('2026-01-01T00:00:00-05:00');
    const to = Date.parse('2027-02-01T00:00:00-05:00');
    const x = (iso: string): number => Math.round((16 + ((Date.parse(iso) - from) / (to - from)) * 768) * 100) / 100;
    const [replacement] = mini1y as [Period];
    const width = Math.round((x(replacement.end) - x(replacement.start)) * 100) / 100;
    expect(svg).toContain(`<rect x="${x(replacement.start)}" y="`);
    expect(svg).toMatch(new RegExp(`width="${String(width).replace('.', '\\.')}" height="16" rx="3" fill="#0072B2"`));
  });

  it('draws at least one pixel (or one character) for a one-day period', () => {
    const day: Period = {
      kind: 'replacement',
      clause: 'PERIOD-1Y',
      start: '2026-03-01T00:00:00.000Z',
      end: '2026-03-02T00:00:00.000Z',
      startDate: '2026-03-01',
      lastDate: '2026-03-01',
      endDate: '2026-03-02',
      timeZone: 'UTC',
    };
    const many = { ...day, start: '2020-01-01T00:00:00.000Z', startDate: '2020-01-01', kind: 'other' };
    const svg = timelineSvg([day, many], { width: 320 });
    expect(svg).toMatch(/width="1" height="[\d.]+" rx="3" fill="#0072B2"/);
    const text = timelineText([day, many], { columns: 12 });
    expect(text).toMatch(/Replacement service {2}.*█/);
    // years too close for their labels are left out rather than overlapped
    expect(text.split('\n')[1]?.trim()).toBe('2020  2023');
  });
});

describe('PERIOD-SAFE-FLIGHT, PERIOD-WARRANTY-2Y, PERIOD-2Y, SVC-WARRANTY-EXT: every period of a plan is drawn with its clause', () => {
  it('labels the 2-year plan periods with their clauses', () => {
    const text = timelineText(mavic2yFr);
    for (const clause of ['PERIOD-2Y', 'PERIOD-WARRANTY-2Y', 'PERIOD-SAFE-FLIGHT', 'SVC-WARRANTY-EXT']) {
      expect(text).toContain(clause);
      expect(timelineSvg(mavic2yFr)).toContain(`data-clause="${clause}"`);
    }
  });
});

describe('timelineText', () => {
  it('matches its doc comment example', () => {
    expect(timelineText(mini1y, { today: '2026-06-01', columns: 24 })).toBe(
      [
        'Dates in America/New_York',
        '                     2026                  2027',
        'Replacement service   ██████████████████████   2026-01-15 – 2027-01-14  PERIOD-1Y',
        'Official warranty     ██████████████████████   2026-01-15 – 2027-01-14  SVC-WARRANTY-EXT',
        '                              ▲ today 2026-06-01',
        '',
      ].join('\n'),
    );
  });

  it('draws a title, year marks and ASCII-only bars on request', () => {
    const text = timelineText(mavic2yFr, { ascii: true, title: 'Mavic 3, 2-year plan', today: '2026-06-01T12:00:00Z' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Mavic 3, 2-year plan');
    expect(lines[2]).toMatch(/^ +2026 +2027 +2028 +2029$/);
    expect(text).toMatch(/Extended warranty +\| +#+ +\| +2027-05-10 to 2028-05-09  PERIOD-WARRANTY-2Y/);
    expect(text).toContain('^ today 2026-06-01');
    expect(/^[\x20-\x7E\n]*$/.test(text)).toBe(true);
  });

  it('leaves out the first year when the next one starts right after it, and keeps the marker in the track', () => {
    const dec: Period = {
      kind: 'replacement',
      clause: 'PERIOD-1Y',
      start: '2025-12-01T00:00:00.000Z',
      end: '2027-12-01T00:00:00.000Z',
      startDate: '2025-12-01',
      lastDate: '2027-11-30',
      endDate: '2027-12-01',
      timeZone: 'UTC',
    };
    const lines = timelineText([dec], { columns: 24, today: '2027-12-31T23:59:59Z' }).split('\n');
    expect(lines[1]?.trim().startsWith('2026')).toBe(true);
    expect(lines[3]).toBe(`${' '.repeat(21)}${' '.repeat(23)}▲ today 2027-12-31`);
  });

  it('aligns columns by display width, so CJK labels (two columns a character) line up with Latin ones', () => {
    const labels = { replacement: 'リフレッシュ交換', 'official-warranty': 'Garantie' };
    const lines = timelineText(mini1y, { columns: 24, labels }).split('\n');
    expect(lines[2]).toBe('リフレッシュ交換   ██████████████████████   2026-01-15 – 2027-01-14  PERIOD-1Y');
    expect(lines[3]).toBe(`Garantie${' '.repeat(11)}██████████████████████   2026-01-15 – 2027-01-14  SVC-WARRANTY-EXT`);
    // The bars start in the same terminal column on every row.
    const barColumn = (line: string): number => displayWidth(line.slice(0, line.indexOf('█')));
    expect(barColumn(lines[2] as string)).toBe(barColumn(lines[3] as string));
    // The year row is indented by the widest label's display width and two spaces.
    expect(lines[1]?.startsWith(`${' '.repeat(18)}2026`)).toBe(true);
  });

  it('counts a label with combining marks by what a terminal shows', () => {
    const lines = timelineText(mini1y, { columns: 24, labels: { replacement: 'Cafe\u0301', 'official-warranty': 'Cafe' } }).split('\n');
    expect(lines[2]?.indexOf('█')).toBe((lines[3]?.indexOf('█') ?? 0) + 1);
  });
});

describe('timeline properties', () => {
  const arbitraryPlan = fc.record({
    product: fc.constantFrom('mavic-3', 'mini-2', 'om-5', 'action-2', 'air-2s'),
    term: fc.constantFrom('1y' as const, '2y' as const),
    region: fc.constantFrom('US', 'FR', 'GB', 'JP', 'AU'),
    timeZone: fc.constantFrom('UTC', 'America/Santiago', 'Europe/Paris', 'Asia/Tokyo', 'Pacific/Kiritimati'),
    agreementDate: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  });

  it('gives well-formed SVG with every bar inside the plot, the same on every call, without mutating its input', () => {
    fc.assert(
      fc.property(arbitraryPlan, fc.option(fc.date({ min: new Date('2019-01-01T00:00:00Z'), max: new Date('2040-01-01T00:00:00Z'), noInvalidDate: true })), (plan, today) => {
        const periods = periodList(coveragePeriods(plan));
        const frozen = JSON.stringify(periods);
        const options = today === null ? {} : { today: today.toISOString() };
        const svg = timelineSvg(periods, options);
        expect(svg).toBe(timelineSvg(periods, options));
        expect(JSON.stringify(periods)).toBe(frozen);
        const names = parseXml(svg);
        expect(count(names, 'rect')).toBe(periods.length + 1);
        for (const m of svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)) {
          const x = Number(m[1]);
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x + Number(m[2])).toBeLessThanOrEqual(800 - 16 + 1);
        }
        const text = timelineText(periods, options);
        expect(text).toBe(timelineText(periods, options));
        expect(text.split('\n').length).toBe(periods.length + (today === null ? 3 : 4));
      }),
      { numRuns: 60 },
    );
  }, 30_000); // 60 plans, each rendered twice and parsed: seconds on a loaded machine (5 s default)

  it('escapes any kind, label and title into well-formed XML', () => {
    const [first] = mini1y;
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== ''), fc.string({ unit: 'binary', minLength: 1 }).filter((s) => s.trim() !== ''), (kind, title) => {
        const svg = timelineSvg([{ ...(first as Period), kind }], { title, labels: { [kind]: title } });
        parseXml(svg);
      }),
      { numRuns: 200 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Render check in headless Chromium (Debian's package, launched by ./chromium.ts). Outside CI it
// is skipped, with a note, when /usr/bin/chromium is absent; in CI (CI set) it always runs.
// ---------------------------------------------------------------------------------------------
noteChromiumSkip('timeline render check');
/** Debian's fonts-noto-cjk, which the SVG's font-family names for CJK text. */
const haveCjkFont = existsSync('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc');
if (runChromium && !haveCjkFont && !inCi) {
  console.warn('CJK render check skipped: fonts-noto-cjk not installed (apt-get install -y fonts-noto-cjk). In CI it is required.');
}

/** The few browser APIs the page code uses (tsconfig has no DOM lib: the library needs none). */
interface BrowserElement {
  readonly localName: string;
  readonly namespaceURI: string | null;
  getAttribute(name: string): string | null;
}
interface BrowserDocument {
  readonly documentElement: BrowserElement;
  getElementsByTagName(name: string): { readonly length: number };
  querySelectorAll(selector: string): { readonly length: number };
  createElement(name: 'canvas'): {
    width: number;
    height: number;
    getContext(kind: '2d'): { drawImage(img: unknown, x: number, y: number): void; getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
  };
}
interface BrowserGlobals {
  readonly DOMParser: new () => { parseFromString(source: string, type: string): BrowserDocument };
  readonly Image: new () => { src: string; readonly width: number; readonly height: number; decode(): Promise<void> };
  readonly document: BrowserDocument;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe.skipIf(!runChromium)('timelineSvg renders in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('parses as SVG, and its screenshot has the drawing size and is not blank', async () => {
    const svg = timelineSvg(mavic2yFr, { today: '2026-09-01', title: 'Mavic 3, 2-year plan, France', width: 800 });
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    try {
      // The browser's own XML parser: no parse error, and the expected elements.
      const parsed = await page.evaluate((source) => {
        const { DOMParser } = globalThis as unknown as BrowserGlobals;
        const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
        const root = doc.documentElement;
        return {
          error: doc.getElementsByTagName('parsererror').length,
          root: root.localName,
          ns: root.namespaceURI,
          width: root.getAttribute('width'),
          height: root.getAttribute('height'),
          periods: doc.querySelectorAll('g.period').length,
          bars: doc.querySelectorAll('g.period > rect').length,
          labels: doc.querySelectorAll('g.labels > text').length,
          today: doc.querySelectorAll('g.today > line').length,
          yearTicks: doc.querySelectorAll('line.year').length,
        };
      }, svg);
      expect(parsed).toEqual({
        error: 0,
        root: 'svg',
        ns: 'http://www.w3.org/2000/svg',
        width: '800',
        height: String(28 + 24 + mavic2yFr.length * 40 + 40),
        periods: mavic2yFr.length,
        bars: mavic2yFr.length,
        labels: mavic2yFr.length,
        today: 1,
        yearTicks: 3,
      });

      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`);
      const shot = await page.locator('svg').screenshot({ type: 'png' });
      const size = pngSize(shot);
      expect(size).toEqual({ width: 800, height: 28 + 24 + mavic2yFr.length * 40 + 40 });

      // Count pixels in the screenshot: not white, and the red of today's marker.
      const pixels = await page.evaluate(async (b64) => {
        const { Image, document } = globalThis as unknown as BrowserGlobals;
        const img = new Image();
        img.src = `data:image/png;base64,${b64}`;
        await img.decode();
        const canvas = document.createElement('canvas');
        canvas.width = img.width;
        canvas.height = img.height;
        const ctx = canvas.getContext('2d');
        if (ctx === null) throw new Error('no 2d context');
        ctx.drawImage(img, 0, 0);
        const data = ctx.getImageData(0, 0, img.width, img.height).data;
        let nonWhite = 0;
        let red = 0;
        let blue = 0;
        for (let i = 0; i < data.length; i += 4) {
          const [r, g, b] = [data[i] as number, data[i + 1] as number, data[i + 2] as number];
          if (r < 245 || g < 245 || b < 245) nonWhite += 1;
          if (r > 180 && g < 40 && b < 40) red += 1;
          if (r < 20 && g > 90 && g < 140 && b > 150) blue += 1; // the replacement bar, #0072B2
        }
        return { total: data.length / 4, nonWhite, red, blue };
      }, shot.toString('base64'));
      expect(pixels.total).toBe(size.width * size.height);
      // Bars, ticks and text cover a good part of the drawing; it is far from blank.
      expect(pixels.nonWhite / pixels.total).toBeGreaterThan(0.05);
      expect(pixels.nonWhite / pixels.total).toBeLessThan(0.8);
      expect(pixels.red).toBeGreaterThan(50);
      expect(pixels.blue).toBeGreaterThan(1000);
    } finally {
      await page.close();
    }
  }, 120_000);

  // The SVG's font-family names Noto Sans CJK (Debian's fonts-noto-cjk, which CI installs):
  // Japanese labels render as glyphs, not as the boxes of a missing glyph ("tofu").
  // Issue 13 (found trying the package as a new user): every locale's root named Noto Sans CJK
  // JP first, so Chinese Han characters took their Japanese shapes. 直 and 骨 are drawn
  // differently in Japan, mainland China and Taiwan.
  it.skipIf(!haveCjkFont && !inCi)('draws Han characters in the shapes of the locale (ja, zh-Hans, zh-Hant differ)', async () => {
    const rootOf = (locale: Locale): string => /^<svg ([^>]*)>/.exec(timelineSvg(mini1y, { locale }))?.[1] ?? '';
    const probe = (id: string, locale: Locale): string =>
      `<svg id="${id}" ${rootOf(locale).replace(/ (width|height|viewBox|font-size)="[^"]*"/g, '')} width="120" height="40" font-size="24"><text x="4" y="30">直骨</text></svg>`;
    const page = await browser.newPage({ viewport: { width: 600, height: 200 }, deviceScaleFactor: 1 });
    try {
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${probe('ja', ja)}${probe('hans', zhHans)}${probe('hant', zhHant)}</body></html>`);
      const [shotJa, shotHans, shotHant] = await Promise.all(['ja', 'hans', 'hant'].map((id) => page.locator(`#${id}`).screenshot({ type: 'png' })));
      expect((shotJa as Buffer).equals(shotHans as Buffer)).toBe(false);
      expect((shotHans as Buffer).equals(shotHant as Buffer)).toBe(false);
      expect((shotJa as Buffer).equals(shotHant as Buffer)).toBe(false);
    } finally {
      await page.close();
    }
  }, 120_000);

  it.skipIf(!haveCjkFont && !inCi)('renders Japanese labels with CJK glyphs, not boxes', async () => {
    const svg = timelineSvg(mini1y, { labels: { replacement: 'リフレッシュ交換', 'official-warranty': 'メーカー保証' }, title: 'DJI Care Refresh (1年版)' });
    const family = /font-family="([^"]+)"/.exec(svg)?.[1] ?? '';
    expect(family).toContain("'Noto Sans CJK JP'");
    const probe = (id: string, text: string): string =>
      `<svg id="${id}" xmlns="http://www.w3.org/2000/svg" width="120" height="40" font-family="${family}" font-size="24"><text x="4" y="30">${text}</text></svg>`;
    const page = await browser.newPage({ viewport: { width: 1000, height: 600 }, deviceScaleFactor: 1 });
    try {
      // Two ideographs and two private-use code points no font has: the same picture means boxes.
      await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${probe('cjk', '交換')}${probe('none', '\u{F0000}\u{F0001}')}${svg}</body></html>`);
      const cjk = await page.locator('#cjk').screenshot({ type: 'png' });
      const none = await page.locator('#none').screenshot({ type: 'png' });
      expect(cjk.equals(none)).toBe(false);
      // A full-width glyph is one em wide (24 px a character here); a box of a missing glyph is narrower.
      const width = await page.evaluate(() => {
        const { document } = globalThis as unknown as BrowserGlobals;
        const found = document.querySelectorAll('#cjk text') as unknown as ArrayLike<{ getComputedTextLength(): number }>;
        const text = found[0] as { getComputedTextLength(): number };
        return text.getComputedTextLength();
      });
      expect(width).toBeGreaterThan(2 * 24 * 0.95);
      expect(width).toBeLessThan(2 * 24 * 1.05);
      // The timeline itself, with its Japanese labels, renders and is not blank.
      expect(pngSize(await page.locator('svg:not([id])').screenshot({ type: 'png' })).width).toBe(800);
    } finally {
      await page.close();
    }
  }, 120_000);
});
