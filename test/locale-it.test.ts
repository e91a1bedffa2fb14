/**
 * The Italian catalogue (issue 13): every code renders for the Italian and Swiss markets,
 * nothing falls back to English, and the sentences a storefront and a support desk meet most
 * read as checked by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { MESSAGES } from '../src/locale/it/messages';
import { expectTranslated } from './locale-support';

const IT: RenderContext = { tag: 'it', region: 'IT', timeZone: 'Europe/Rome' };
const CH: RenderContext = { tag: 'it', region: 'CH', timeZone: 'Europe/Zurich' };
const NOWHERE: RenderContext = { tag: 'it', region: undefined, timeZone: undefined };

describe('issue 13: the Italian catalogue', () => {
  it('translates every code, with the fields of English, for Italy', () => {
    expectTranslated(MESSAGES, IT);
  });

  it('translates every code, with the fields of English, for Switzerland', () => {
    expectTranslated(MESSAGES, CH);
  });

  it('translates every code without a plan region or zone', () => {
    expectTranslated(MESSAGES, NOWHERE);
  });

  it('is frozen', () => {
    expect(Object.isFrozen(MESSAGES)).toBe(true);
  });
});

describe('REGION-MATCH', () => {
  it('names both regions, with their codes', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'CH', planRegion: 'IT' }, CH)).toEqual({
      message: 'Il piano deve essere acquistato nello stesso paese o nella stessa regione del prodotto.',
      expected: 'paese o regione del prodotto: Svizzera (CH)',
      received: 'Italia (IT)',
    });
  });
});

describe('ELIG-48H', () => {
  it('writes the window and the time elapsed in Italian units', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, IT)).toEqual({
      message: "L'attivazione del velivolo è avvenuta più di 48 ore prima dell'acquisto.",
      expected: "attivazione del velivolo al massimo 48 ore prima dell'acquisto",
      received: "attivazione 3 giorni 20 h prima dell'acquisto",
    });
  });
});

describe('ELIG-30D', () => {
  it('writes a window of whole days in days', () => {
    expect(MESSAGES['elig.window.within']({ category: 'handheld', hours: 720, elapsedSeconds: 59 }, IT).message).toBe(
      "L'attivazione del dispositivo palmare è avvenuta non più di 30 giorni prima dell'acquisto.",
    );
  });
});

describe('QUOTA-1Y', () => {
  it('says no damage replacement is left, with what is left of the quota', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, IT)).toEqual({
      message: 'Non resta alcuna sostituzione per danni nel piano.',
      expected: 'una sostituzione per danni disponibile',
      received: 'ne restano 0 su 2',
    });
  });

  it('agrees the verb and the noun with the count', () => {
    const after = (replacements: number): string =>
      MESSAGES['quota.left-after']({ replacements, damage: replacements, flyaway: 1, lastDate: '2027-02-28' }, IT).message;
    expect(after(1)).toBe('Dopo questa resta 1 sostituzione (1 per danni, 1 per perdita in volo), fino alla data 28 feb 2027.');
    expect(after(2)).toBe('Dopo questa restano 2 sostituzioni (2 per danni, 1 per perdita in volo), fino alla data 28 feb 2027.');
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it("writes the binding instant in the plan's zone, or in UTC named as such", () => {
    const p = { of: 'account', date: '2026-03-01', boundAt: '2026-03-01T09:30:00Z' } as const;
    expect(MESSAGES['fly.binding.bound-before'](p, IT)).toEqual({
      message: "L'associazione dell'account DJI è avvenuta in data 1 mar 2026, prima della perdita in volo.",
      expected: "associazione dell'account DJI anteriore alla perdita in volo",
      received: 'associazione: 1 mar 2026, 10:30',
    });
    expect(MESSAGES['fly.binding.bound-before'](p, NOWHERE).received).toBe('associazione: 1 mar 2026, 09:30 UTC');
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('says damage after the last day is not covered', () => {
    expect(
      MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-01' }, IT),
    ).toEqual({
      message: 'Il danno è posteriore alla fine della validità (ultimo giorno: 28 feb 2027); non rientra nella copertura.',
      expected: 'nel periodo 1 mar 2026 – 28 feb 2027',
      received: '1 mar 2027',
    });
  });
});

describe('USE-INTERNATIONAL', () => {
  it('names the place in brackets, so no preposition has to agree with it', () => {
    expect(MESSAGES['location.plan-region-only']({ productName: 'DJI Mavic 3', home: 'US', region: 'CH' }, CH)).toEqual({
      message: "Per DJI Mavic 3 l'assistenza è disponibile solo nel paese o nella regione di acquisto del piano (USA).",
      expected: 'USA (US)',
      received: 'Svizzera (CH)',
    });
  });

  it('names the services and proofs it knows, and writes others as given', () => {
    expect(MESSAGES['location.service-worldwide']({ service: 'replacement' }, IT).message).toBe('Il servizio «sostituzione» è disponibile in tutto il mondo.');
    expect(MESSAGES['location.proof-refused']({ proof: 'other' }, IT).received).toBe('altro canale');
    expect(MESSAGES['location.proof-refused']({ proof: 'a photo' as never }, IT).received).toBe('a photo');
  });
});
