/**
 * Proven in a browser (TIME-ZONE: results never depend on the runtime zone or locale): the
 * library bundled by esbuild, as a storefront ships it, runs in headless Chromium whose time
 * zone and locale are set to others than Node's, and gives exactly Node's results for
 * eligibility, planStatus, describePlan and timelineSvg (test/fixtures/browser-cases.ts).
 *
 * The comparison is exact, as JSON. Where the two engines' own ICU or tz data differ, the
 * difference is named and pinned in ENGINE_DIFFERENCES below (none is known today); nothing
 * else is loosened.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleForPage, launchChromium, noteChromiumSkip, runChromium } from './chromium';
import { type Outcome, runBrowserCases } from './fixtures/browser-cases';

/** The browser's zone and locale: neither Node's (CI runs Node under UTC and Kiritimati, en). */
const BROWSER_ZONE = 'Asia/Kathmandu'; // UTC+05:45, no DST
const BROWSER_LOCALE = 'ar-EG'; // Arabic-Indic digits and right-to-left text by default

/**
 * Known differences between Node's and Chromium's ICU / tz data, by case name: what each engine
 * answers, and why. A case listed here must differ exactly so (then the rest of its result is
 * compared as usual); a case not listed must be identical.
 */
const ENGINE_DIFFERENCES: Readonly<Record<string, { readonly why: string; readonly node: Outcome; readonly chromium: Outcome }>> = {};

noteChromiumSkip('browser test');

/** The cases bundled for the page: an IIFE that sets `globalThis.runBrowserCases`. */
const bundle = (): Promise<string> => bundleForPage('./test/fixtures/browser-cases', 'runBrowserCases');

describe.skipIf(!runChromium)('TIME-ZONE: the library in headless Chromium gives Node\'s results', () => {
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    [browser, code] = await Promise.all([launchChromium(), bundle()]);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('runs every case with another zone and locale than Node\'s, and gets exactly Node\'s answers', async () => {
    const node = runBrowserCases();
    const nodeIntl = Intl.DateTimeFormat().resolvedOptions();
    expect(nodeIntl.timeZone).not.toBe(Intl.DateTimeFormat('en', { timeZone: BROWSER_ZONE }).resolvedOptions().timeZone);
    expect(nodeIntl.locale).not.toBe(BROWSER_LOCALE);

    const context = await browser.newContext({ timezoneId: BROWSER_ZONE, locale: BROWSER_LOCALE });
    try {
      const page = await context.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: code });
      const { intl, results } = await page.evaluate((zone) => {
        const g = globalThis as unknown as { runBrowserCases: () => Record<string, Outcome> };
        const o = Intl.DateTimeFormat().resolvedOptions();
        // ICU reports a zone by its canonical id (Asia/Kathmandu as Asia/Katmandu, in both engines).
        const canonical = (zone: string): string => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
        return {
          intl: { timeZone: o.timeZone, asked: canonical(zone), locale: o.locale, sample: new Date(0).toLocaleString() },
          results: g.runBrowserCases(),
        };
      }, BROWSER_ZONE);
      // The browser really runs under the other zone and locale (so a result that leaned on the
      // runtime's own would differ).
      expect(intl.timeZone).toBe(intl.asked);
      expect(Intl.DateTimeFormat('en', { timeZone: BROWSER_ZONE }).resolvedOptions().timeZone).toBe(intl.asked);
      expect(intl.locale).toBe(BROWSER_LOCALE);
      expect(intl.sample).not.toBe(new Date(0).toLocaleString());

      expect(Object.keys(results)).toEqual(Object.keys(node));
      for (const [name, expected] of Object.entries(node)) {
        const known = ENGINE_DIFFERENCES[name];
        if (known === undefined) {
          expect(results[name], name).toEqual(expected);
        } else {
          expect(expected, `${name}: Node (${known.why})`).toEqual(known.node);
          expect(results[name], `${name}: Chromium (${known.why})`).toEqual(known.chromium);
        }
      }
      // Every case ran: values and the expected input errors, no unexpected throw.
      const errors = Object.entries(node).filter(([, o]) => 'error' in o).map(([name]) => name);
      expect(errors).toEqual(['error: unknown time zone', 'error: zone spelled in lower case', 'error: impossible date']);
    } finally {
      await context.close();
    }
  }, 120_000);

  it('the bundle is the library, not a stub (it names every scenario kind)', () => {
    expect(code).toContain('runBrowserCases');
    for (const name of ['checkPurchaseEligibility', 'planStatus', 'describePlan', 'timelineSvg']) expect(code).toContain(name);
  });
});

// Without Chromium the describe above is skipped (with the note above); this keeps the file
// from reporting no test at all then.
it('browser test set-up: knows whether Chromium runs here', () => {
  expect(typeof runChromium).toBe('boolean');
});
