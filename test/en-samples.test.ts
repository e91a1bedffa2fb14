import { describe, expect, it } from 'vitest';
import { ENGLISH } from '../src/messages/en';
import type { Catalogue, MessageCode } from '../src/messages/codes';
import { MESSAGE_SAMPLES } from './message-samples';

describe('message samples (issue 13)', () => {
  it('cover every code of the English catalogue, and every sample renders to bounded words', () => {
    expect(Object.keys(MESSAGE_SAMPLES).sort()).toEqual(Object.keys(ENGLISH).sort());
    for (const code of Object.keys(MESSAGE_SAMPLES) as MessageCode[]) {
      for (const p of MESSAGE_SAMPLES[code]) {
        const words = (ENGLISH[code] as Catalogue[MessageCode])(p as never, { tag: 'en', region: 'DE', timeZone: 'Europe/Berlin' });
        expect(words.message.length).toBeGreaterThan(0);
      }
    }
  });
});
