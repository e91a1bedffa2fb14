/**
 * What the tests of every translated catalogue share (issue 13): render every sample params of
 * every code through a catalogue, for a market's context, and check that nothing falls back to
 * English silently.
 */
import { expect } from 'vitest';
import type { Catalogue, MessageCode, MessageText, RenderContext } from '../src/messages/codes';
import { ENGLISH } from '../src/messages/en';
import { MESSAGE_SAMPLES } from './message-samples';

/** Every sample of every code, rendered: `[code, params, words]`. */
export function renderSamples(catalogue: Catalogue, context: RenderContext): readonly (readonly [MessageCode, unknown, MessageText])[] {
  const out: (readonly [MessageCode, unknown, MessageText])[] = [];
  for (const code of Object.keys(MESSAGE_SAMPLES) as MessageCode[]) {
    for (const params of MESSAGE_SAMPLES[code]) {
      out.push([code, params, (catalogue[code] as (p: unknown, c: RenderContext) => MessageText)(params, context)]);
    }
  }
  return out;
}

/**
 * The catalogue has exactly the English codes; every sample renders to non-empty words with the
 * same fields as English (`expected`, `received` where English has them), none equal to the
 * English words (ids and numbers alone excepted), and none over 500 characters.
 */
export function expectTranslated(catalogue: Catalogue, context: RenderContext): void {
  expect(Object.keys(catalogue).sort()).toEqual(Object.keys(ENGLISH).sort());
  const english = new Map(renderSamples(ENGLISH, { tag: 'en', region: context.region, timeZone: context.timeZone }).map(([c, p, w]) => [`${c} ${JSON.stringify(p)}`, w]));
  for (const [code, params, words] of renderSamples(catalogue, context)) {
    const en = english.get(`${code} ${JSON.stringify(params)}`) as MessageText;
    const where = `${code} ${JSON.stringify(params)}`;
    expect(Object.keys(words).sort(), where).toEqual(Object.keys(en).sort());
    for (const key of ['message', 'expected', 'received'] as const) {
      const text = words[key];
      if (text === undefined) continue;
      expect(text.length, `${where} ${key}`).toBeGreaterThan(0);
      expect(text.length, `${where} ${key}`).toBeLessThanOrEqual(500);
      // A received value that is only an id, a code, a date or a number may equal English's.
      if (/[a-z]{3,}/.test(en[key] ?? '') && key === 'message') expect(text, `${where} ${key} is English`).not.toBe(en[key]);
    }
  }
}
