/**
 * The Spanish catalogue (issue 13): every code renders for the Spanish market, nothing falls
 * back to English, and the sentences a storefront and a support desk meet most read as checked
 * by hand.
 */
import { describe, expect, it } from 'vitest';
import type { RenderContext } from '../src/messages/codes';
import { MESSAGES } from '../src/locale/es/messages';
import { expectTranslated } from './locale-support';

const ES: RenderContext = { tag: 'es', region: 'ES', timeZone: 'Europe/Madrid' };
const NOWHERE: RenderContext = { tag: 'es', region: undefined, timeZone: undefined };

describe('issue 13: the Spanish catalogue', () => {
  it('translates every code, with the fields of English, for Spain', () => {
    expectTranslated(MESSAGES, ES);
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
    expect(MESSAGES['region.mismatch']({ productRegion: 'ES', planRegion: 'FR' }, ES)).toEqual({
      message: 'El plan debe comprarse en el mismo país o región que el producto.',
      expected: 'el país o región del producto: España (ES)',
      received: 'Francia (FR)',
    });
  });
});

describe('ELIG-48H', () => {
  it('writes the window and the time elapsed in Spanish units', () => {
    expect(MESSAGES['elig.window.exceeded']({ category: 'aircraft', hours: 48, elapsedSeconds: 331_200 }, ES)).toEqual({
      message: 'La activación de la aeronave se produjo más de 48 horas antes de la compra.',
      expected: 'activación de la aeronave como máximo 48 horas antes de la compra',
      received: 'activación 3 d 20 h antes de la compra',
    });
  });
});

describe('ELIG-30D', () => {
  it('writes a window of whole days in days', () => {
    expect(MESSAGES['elig.window.within']({ category: 'handheld', hours: 720, elapsedSeconds: 59 }, ES).message).toBe(
      'La activación del dispositivo de mano se produjo dentro del plazo de 30 días previo a la compra.',
    );
  });
});

describe('QUOTA-1Y', () => {
  it('says no damage replacement is left, with what is left of the quota', () => {
    expect(MESSAGES['quota.damage.none-left']({ left: 0, allowed: 2, window: 'term' }, ES)).toEqual({
      message: 'No queda ninguna sustitución por daños en el plan.',
      expected: 'una sustitución por daños disponible',
      received: 'quedan 0 de 2',
    });
  });

  it('agrees the verb and the noun with the count', () => {
    const after = (replacements: number): string =>
      MESSAGES['quota.left-after']({ replacements, damage: replacements, flyaway: 1, lastDate: '2027-02-28' }, ES).message;
    expect(after(1)).toBe('Después de esta, queda 1 sustitución (1 por daños, 1 por pérdida en vuelo) hasta el 28 feb 2027.');
    expect(after(2)).toBe('Después de esta, quedan 2 sustituciones (2 por daños, 1 por pérdida en vuelo) hasta el 28 feb 2027.');
  });
});

describe('FLY-ACCOUNT-BOUND', () => {
  it("writes the binding instant in the plan's zone, or in UTC named as such", () => {
    const p = { of: 'account', date: '2026-03-01', boundAt: '2026-03-01T09:30:00Z' } as const;
    expect(MESSAGES['fly.binding.bound-before'](p, ES)).toEqual({
      message: 'La vinculación de la cuenta DJI se realizó el 1 mar 2026, antes de la pérdida en vuelo.',
      expected: 'vinculación de la cuenta DJI anterior a la pérdida en vuelo',
      received: 'vinculación: 1 mar 2026, 10:30',
    });
    expect(MESSAGES['fly.binding.bound-before'](p, NOWHERE).received).toBe('vinculación: 1 mar 2026, 9:30 UTC');
  });
});

describe('PERIOD-OUTSIDE', () => {
  it('says damage after the last day is not covered', () => {
    expect(
      MESSAGES['period.after-end']({ subject: 'damage', startDate: '2026-03-01', lastDate: '2027-02-28', date: '2027-03-01' }, ES),
    ).toEqual({
      message: 'El daño es posterior al fin de la vigencia (último día: 28 feb 2027); no tiene cobertura.',
      expected: 'entre el 1 mar 2026 y el 28 feb 2027',
      received: '1 mar 2027',
    });
  });
});

describe('USE-INTERNATIONAL', () => {
  it('names the services and proofs it knows, and writes others as given', () => {
    expect(MESSAGES['location.service-worldwide']({ service: 'replacement' }, ES).message).toBe('El servicio de sustitución se presta en todo el mundo.');
    expect(MESSAGES['location.proof-refused']({ proof: 'other' }, ES).received).toBe('otro canal');
    expect(MESSAGES['location.proof-refused']({ proof: 'a photo' as never }, ES).received).toBe('a photo');
  });
});
