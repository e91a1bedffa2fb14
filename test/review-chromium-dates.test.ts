/**
 * Issue 13, a review of the one writer of dates (review2): `formatDate`, `formatDateTime` and
 * the catalogues' `date` and `dateTime` (src/locale/format.ts `dateText`, `dateTimeText`, the
 * 24-hour clock through `-u-hc-h23`) write the same text in headless Chromium as in Node, for
 * every shipped locale in every market the plan is sold in, every date style, and zones with
 * odd offsets (test/fixtures/locale-dates-cases.ts). The browser runs under another zone and
 * locale than Node's, as test/browser.test.ts does.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage, launchChromium, noteChromiumSkip, runChromium } from './chromium';
import { runLocaleDateCases } from './fixtures/locale-dates-cases';

noteChromiumSkip('locale dates in Chromium');

/** The cases bundled for the page: an IIFE that sets `globalThis.runLocaleDateCases`. */
const bundle = (): Promise<string> => bundleForPage('./test/fixtures/locale-dates-cases', 'runLocaleDateCases');

describe.skipIf(!runChromium)('issue 13 (review): dates and date-times in every locale and market read the same in Chromium as in Node', () => {
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    [browser, code] = await Promise.all([launchChromium(), bundle()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('formatDate, formatDateTime, date and dateTime: the same text in both engines', async () => {
    const node = runLocaleDateCases();
    // 9 locales × 39 markets (none and the 38 where the plan is sold) × 82 texts each.
    expect(Object.keys(node)).toHaveLength(28_782);
    const context = await browser.newContext({ timezoneId: 'America/Santiago', locale: 'ar-EG' });
    try {
      const page = await context.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: code });
      const chromium = await page.evaluate(() => (globalThis as unknown as { runLocaleDateCases: () => Record<string, string> }).runLocaleDateCases());
      expect(Object.keys(chromium)).toEqual(Object.keys(node));
      const differ = Object.keys(node).filter((k) => chromium[k] !== node[k]).map((k) => `${k}: Node ${JSON.stringify(node[k])}, Chromium ${JSON.stringify(chromium[k])}`);
      expect(differ).toEqual([]);
      // Every date-time is on the 24-hour clock: no day period, and 00:05 in Tokyo is 00, not 24 or 12.
      const times = Object.entries(node).filter(([k]) => k.startsWith('formatDateTime') || k.startsWith('dateTime'));
      expect(times.filter(([, v]) => /\b[AP]M\b|午前|午後|上午|下午|오전|오후|\b[ap]\.\s?m\./.test(v))).toEqual([]);
      expect(times.filter(([k, v]) => k.includes('Asia/Tokyo 2026-02-28T15:05:00Z') && !/(?:^|\D)0?0\s?[:.h]\s?05/.test(v))).toEqual([]);
    } finally {
      await context.close();
    }
  }, 300_000);
});

it('locale dates in Chromium: set-up knows whether Chromium runs here', () => {
  expect(typeof runChromium).toBe('boolean');
});
