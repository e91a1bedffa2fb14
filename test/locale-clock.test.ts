/**
 * Issue 13: one writer of dates and date-times. The catalogues' `date` and `dateTime` and the
 * exported `formatDate` and `formatDateTime` write the same text for the same locale, market
 * and zone, so a date reads the same in a sentence and beside it; times are on the 24-hour
 * clock in every locale (a 12-hour clock's words differ between ICU versions).
 */
import { describe, expect, it } from 'vitest';
import { AVAILABLE_REGIONS } from '../src/catalog/regions';
import { de } from '../src/locale/de';
import { en } from '../src/locale/en';
import { es } from '../src/locale/es';
import { formatDate, formatDateTime } from '../src/locale/format';
import { fr } from '../src/locale/fr';
import { it as italian } from '../src/locale/it';
import { ja } from '../src/locale/ja';
import { ko } from '../src/locale/ko';
import { date, dateTime } from '../src/locale/words';
import { zhHans } from '../src/locale/zh-Hans';
import { zhHant } from '../src/locale/zh-Hant';

const LOCALES = [en, ja, ko, zhHans, zhHant, de, fr, es, italian];
const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Europe/Zurich'] as const;

describe('issue 13: the catalogues and the formatting helpers write dates and times alike', () => {
  it.each(LOCALES.map((l) => [l.tag, l] as const))('%s: date = formatDate, dateTime = formatDateTime, in every market and zone', (_, locale) => {
    for (const region of AVAILABLE_REGIONS) {
      for (const timeZone of ZONES) {
        const c = { tag: locale.tag, region, timeZone };
        for (const day of ['2026-03-01', '2026-12-31']) expect(date(c, day)).toBe(formatDate(day, { locale, region }));
        for (const at of ['2026-03-01T09:30:00Z', '2026-12-31T17:05:00Z']) expect(dateTime(c, at)).toBe(formatDateTime(at, timeZone, { locale, region }));
      }
    }
  });

  it.each(LOCALES.map((l) => [l.tag, l] as const))('%s: the time is on the 24-hour clock, without day-period words, in every market', (_, locale) => {
    for (const region of AVAILABLE_REGIONS) {
      const text = formatDateTime('2026-12-31T17:05:00Z', 'UTC', { locale, region });
      expect(text, `${locale.tag} ${region}`).toMatch(/17\D{1,3}05$/);
      expect(text, `${locale.tag} ${region}`).not.toMatch(/AM|PM|a\.\s?m\.|p\.\s?m\.|上午|下午|午前|午後|오전|오후/);
    }
  });

  it('French writes the first of a month as an ordinal in every style that spells the day, as the catalogue does', () => {
    expect(formatDate('2026-03-01', { locale: fr, style: 'long' })).toBe('1er mars 2026');
    expect(formatDate('2026-03-01', { locale: fr })).toBe(date({ tag: 'fr', region: undefined, timeZone: undefined }, '2026-03-01'));
    expect(formatDate('2026-03-02', { locale: fr, style: 'long' })).toBe('2 mars 2026');
    expect(formatDate('2026-03-01', { locale: fr, style: 'short' })).toBe('01/03/2026');
  });

  it('English, when asked through the helpers, is on the 24-hour clock too', () => {
    expect(formatDateTime('2026-03-01T17:30:00Z', 'America/New_York', { locale: 'en', region: 'US' })).toBe('Mar 1, 2026, 12:30');
  });
});
