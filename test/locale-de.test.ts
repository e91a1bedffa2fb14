/**
 * The German catalogue (issue 13): every code renders for the German-speaking markets without
 * falling back to English, and the sentences a storefront and a support desk meet most, checked
 * whole by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { MESSAGES } from '../src/locale/de/messages';
import { expectTranslated } from './locale-support';

const DE: RenderContext = { tag: 'de', region: 'DE', timeZone: 'Europe/Berlin' };
const CH: RenderContext = { tag: 'de', region: 'CH', timeZone: 'Europe/Zurich' };
const AT: RenderContext = { tag: 'de', region: 'AT', timeZone: 'Europe/Vienna' };

describe('issue 13: German catalogue', () => {
  it.each([
    ['DE', DE],
    ['AT', AT],
    ['CH', CH],
  ])('translates every code for a plan of %s', (_, context) => {
    expectTranslated(MESSAGES, context);
  });
});

describe('REGION-MATCH', () => {
  it('names both regions, with their codes', () => {
    expect(MESSAGES['region.mismatch']({ productRegion: 'CH', planRegion: 'DE' }, CH)).toEqual({
      message: 'Der Plan muss im selben Land bzw. in derselben Region gekauft werden wie das Produkt.',
      expected: 'Land bzw. Region des Produkts: Schweiz (CH)',
      received: 'Deutschland (DE)',
    });
  });
});

describe('ELIG-48H', () => {
  it('words the window and the time elapsed', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, DE)).toEqual({
      message: 'Das Fluggerät wurde mehr als 48 Stunden vor dem Kauf aktiviert.',
      expected: 'Aktivierung höchstens 48 Stunden vor dem Kauf (Fluggerät)',
      received: 'aktiviert 3 Tg., 20 Std. vor dem Kauf',
    });
  });
});

describe('ELIG-30D', () => {
  it('writes a window of whole days in days', () => {
    expect(MESSAGES['elig.window.within']({ category: 'handheld', hours: 720, elapsedSeconds: 59 }, AT)).toEqual({
      message: 'Das Handheld-Gerät wurde höchstens 30 Tage vor dem Kauf aktiviert.',
      expected: 'Aktivierung höchstens 30 Tage vor dem Kauf (Handheld-Gerät)',
      received: 'aktiviert 59 Sek. vor dem Kauf',
    });
  });
});

describe('ELIG-VERIFY', () => {
  it('keeps the window in hours, as the source writes it', () => {
    expect(MESSAGES['elig.verify.apply']({ hours: 72 }, DE).message).toBe(
      'Bitte wenden Sie sich an den DJI Support und senden Sie das Produkt ein oder beantragen Sie eine Videoüberprüfung. Kaufen Sie den Plan nach bestandener Überprüfung spätestens 72 Stunden nach der Kaufbenachrichtigung.',
    );
  });
});

describe('QUOTA-1Y', () => {
  it('says that no damage replacement is left', () => {
    expect(MESSAGES['quota.damage.none-left']({ window: 'term', left: 0, allowed: 2 }, DE)).toEqual({
      message: 'Im Plan ist kein Austausch bei Beschädigung mehr verfügbar.',
      expected: 'ein verbleibender Austausch bei Beschädigung',
      received: '0 von 2 verfügbar',
    });
  });
  it('counts what is left after a replacement, in the plural form of the count', () => {
    expect(MESSAGES['quota.left-after']({ replacements: 1, damage: 1, flyaway: 1, lastDate: '2027-02-28' }, DE)).toEqual({
      message: 'Danach verbleibt 1 Ersatzgerät (bei Beschädigung: 1, bei Flyaway: 1), nutzbar bis einschließlich 28.02.2027.',
    });
    expect(MESSAGES['quota.left-after']({ replacements: 2, damage: 2, flyaway: 1, lastDate: '2027-02-28' }, CH)).toEqual({
      message: 'Danach verbleiben 2 Ersatzgeräte (bei Beschädigung: 2, bei Flyaway: 1), nutzbar bis einschließlich 28.02.2027.',
    });
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it("writes the binding instant in the plan's zone", () => {
    expect(MESSAGES['fly.binding.bound-before']({ of: 'account', date: '2026-03-01', boundAt: '2026-03-01T09:30:00Z' }, CH)).toEqual({
      message: 'Die Verknüpfung mit dem DJI-Konto erfolgte am 01.03.2026, also vor dem Flyaway.',
      expected: 'Verknüpfung mit dem DJI-Konto bereits vor dem Flyaway',
      received: 'verknüpft: 01.03.2026, 10:30',
    });
  });
});

describe('USE-INTERNATIONAL', () => {
  it('names the services and the kinds of proof the rule gives in German, and writes any other value as given', () => {
    expect(MESSAGES['location.service-worldwide']({ service: 'replacement' }, DE)).toEqual({
      message: 'Die Leistung „Austauschservice“ wird weltweit erbracht.',
      expected: 'Austauschservice oder Garantieverlängerung',
      received: 'Austauschservice',
    });
    expect(MESSAGES['location.service-plan-region-only']({ service: 'maintenance', home: 'CH' }, DE)).toEqual({
      message: 'Außerhalb des Landes bzw. der Region, in dem der Plan gekauft wurde (Schweiz, CH) werden nur der Austauschservice und die Garantieverlängerung erbracht.',
      expected: 'Austauschservice oder Garantieverlängerung',
      received: 'Werkswartung',
    });
    expect(MESSAGES['location.proof-refused']({ proof: 'other' }, DE).received).toBe('sonstiger Kanal');
    expect(MESSAGES['location.proof-accepted']({ proof: 'authorised' }, DE).received).toBe('autorisiert');
    expect(MESSAGES['location.service-worldwide']({ service: 'constructor' as never }, DE).received).toBe('constructor');
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('says the damage falls after the validity', () => {
    expect(MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-02' }, DE)).toEqual({
      message: 'Der Schaden liegt nach dem Ende der Gültigkeitsdauer (letzter Tag: 28.02.2027) und ist daher nicht abgedeckt.',
      expected: 'vom 01.03.2026 bis 28.02.2027',
      received: '02.03.2027',
    });
  });
});
