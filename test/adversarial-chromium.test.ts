/**
 * The adversarial check's engine-dependent cases (test/fixtures/adversarial-cases.ts) in
 * headless Chromium, with a zone and locale other than Node's: the same outcomes as Node, and
 * none of them the engine's own error (issue 13 × issue 10: only `InvalidInputError` escapes,
 * Gregorian dates and Latin digits whatever the tag asks).
 */
import { describe, expect, it } from 'vitest';
import { bundleForPage, launchChromium, noteChromiumSkip, runChromium } from './chromium';
import { runAdversarialCases } from './fixtures/adversarial-cases';

noteChromiumSkip('adversarial Chromium test');

/** The cases bundled for the page: an IIFE that sets `globalThis.runAdversarialCases`. */
const bundle = (): Promise<string> => bundleForPage('./test/fixtures/adversarial-cases', 'runAdversarialCases');

describe('issue 13 × issue 10: hostile tags and revoked Proxies in Node', () => {
  it('no case gives a foreign error; dates are Gregorian with Latin digits', () => {
    const node = runAdversarialCases();
    for (const [name, result] of Object.entries(node)) {
      expect(result, name).not.toMatch(/^foreign/);
      expect(result, name).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9\u0e50-\u0e59]|令和|平成|พ\.ศ|256[89]/);
    }
  });
});

describe.skipIf(!runChromium)('issue 13 × issue 10: the same hostile cases in Chromium give Node\'s outcomes', () => {
  it('runs every case under Asia/Kathmandu and ar-EG and gets exactly Node\'s outcomes', async () => {
    const [browser, code] = await Promise.all([launchChromium(), bundle()]);
    try {
      const context = await browser.newContext({ timezoneId: 'Asia/Kathmandu', locale: 'ar-EG' });
      const page = await context.newPage();
      await page.setContent('<!doctype html><html><body></body></html>');
      await page.addScriptTag({ content: code });
      const chromium = await page.evaluate(() => (globalThis as unknown as { runAdversarialCases: () => Record<string, string> }).runAdversarialCases());
      expect(chromium).toEqual(runAdversarialCases());
    } finally {
      await browser.close();
    }
  }, 120_000);
});
