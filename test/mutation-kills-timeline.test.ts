/**
 * Kills surviving Stryker mutants of src/timeline/text.ts (issue 13): the dates column is padded
 * by display width to the widest range, so the clause column stays aligned when a locale's
 * ranges differ in width.
 */
import { describe, expect, it } from 'vitest';
import { type Locale, en } from '../src/index';
import { ENGLISH_TEXTS, type Texts } from '../src/messages/texts';
import { coveragePeriods, periodList } from '../src/periods';
import { timelineSvg } from '../src/timeline/svg';
import { timelineText } from '../src/timeline/text';
import { displayWidth } from '../src/width';
import { MAVIC_1Y } from './fixtures/plans';

describe('issue 13: the timeline dates column is padded to its widest range', () => {
  it('aligns the clause column when the ranges differ in width', () => {
    const periods = periodList(coveragePeriods(MAVIC_1Y));
    const first = periods[0]?.startDate;
    // A locale whose first range is much wider than the others (wide characters included).
    const texts = {
      ...ENGLISH_TEXTS,
      'timeline.range': (p: { startDate: string; lastDate: string; ascii: boolean }) =>
        p.startDate === first ? `${p.startDate}〜${p.lastDate}（全期間）` : `${p.startDate}~${p.lastDate}`,
    } as unknown as Texts;
    const locale = { ...en, texts } as Locale;
    const rows = timelineText(periods, { locale }).split('\n').filter((l) => l.includes('~') || l.includes('〜'));
    expect(rows.length).toBeGreaterThan(1);
    // Every row's clause id starts in the same display column.
    const columns = rows.map((l) => displayWidth(l.replace(/ [A-Z][A-Z0-9-]*(?:, [A-Z][A-Z0-9-]*)*$/, '')));
    expect(new Set(columns).size).toBe(1);
  });
});

describe('issue 13: the SVG timeline writes English month names as today for every en tag', () => {
  it('labels September "Sep" for en-GB too (Intl would write "Sept")', () => {
    const periods = periodList(coveragePeriods(MAVIC_1Y));
    for (const tag of ['en', 'en-GB', 'EN-AU']) {
      const svg = timelineSvg(periods, { locale: { ...en, tag } as Locale, width: 1600 });
      expect(svg, tag).toContain('>Sep<');
      expect(svg, tag).not.toContain('>Sept<');
    }
  });

  it('writes another language\'s months even when a later subtag reads "en" (de-x-en)', () => {
    const periods = periodList(coveragePeriods(MAVIC_1Y));
    const svg = timelineSvg(periods, { locale: { ...en, tag: 'de-x-en' } as Locale, width: 1600 });
    expect(svg).toContain('>Mär<');
    expect(svg).toContain('>Okt<');
  });
});
