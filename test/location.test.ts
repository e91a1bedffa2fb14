import { describe, expect, it } from 'vitest';
import { DEFAULT_TERMS, InvalidInputError, type Plan, checkServiceLocation } from '../src/index';
import { MAVIC_1Y } from './fixtures/plans';

const OM5: Plan = { product: 'om-5', serial: 'H-1', term: '1y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-03-01' };

describe('USE-INTERNATIONAL', () => {
  it('every service in the country or region where the plan was bought', () => {
    expect(checkServiceLocation(MAVIC_1Y, { service: 'maintenance', region: 'US' })).toEqual({
      ok: true,
      value: { region: 'US', scope: 'plan-region', clause: 'USE-INTERNATIONAL' },
      trace: [{ clause: 'USE-INTERNATIONAL', passed: true, message: 'Service in US, where the plan was bought.', expected: 'US or worldwide', received: 'US' }],
      edition: DEFAULT_TERMS.edition,
    });
  });

  it('other products: only where the plan was bought', () => {
    const d = checkServiceLocation(MAVIC_1Y, { service: 'replacement', region: 'CA', proofOfPurchase: 'official' });
    expect(d).toEqual({
      ok: false,
      reasons: [{ clause: 'USE-INTERNATIONAL', message: 'For DJI Mavic 3 the service is only available in US, where the plan was bought.', expected: 'US', received: 'CA' }],
      trace: expect.any(Array),
      edition: DEFAULT_TERMS.edition,
      nextSteps: [],
    });
  });

  it.each(['action-2', 'om-5', 'om-4-series', 'rs-2', 'rsc-2', 'pocket-2'])('%s: replacement and extended warranty worldwide', (product) => {
    for (const service of ['replacement', 'extended-warranty'] as const) {
      for (const proofOfPurchase of ['official', 'authorised'] as const) {
        const d = checkServiceLocation({ ...OM5, product }, { service, region: 'FR', proofOfPurchase });
        expect(d.ok && d.value).toEqual({ region: 'FR', scope: 'worldwide', clause: 'USE-INTERNATIONAL' });
      }
    }
  });

  it('worldwide needs a proof of purchase from an official or authorised channel', () => {
    const other = checkServiceLocation(OM5, { service: 'replacement', region: 'FR', proofOfPurchase: 'other' });
    expect(other.ok ? [] : other.reasons).toEqual([
      {
        clause: 'USE-INTERNATIONAL',
        message: 'International service needs a valid proof of purchase from a DJI official store or an authorised channel.',
        expected: 'official or authorised',
        received: 'other',
      },
    ]);
    expect(checkServiceLocation(OM5, { service: 'replacement', region: 'FR', proofOfPurchase: 'none' }).ok).toBe(false);
    const missing = checkServiceLocation(OM5, { service: 'replacement', region: 'FR' });
    expect(missing.ok ? [] : missing.reasons.map((r) => r.received)).toEqual(['not given']);
  });

  it('only replacement and extended warranty are global, and every failing condition is listed', () => {
    const d = checkServiceLocation(OM5, { service: 'discounted-repair', region: 'FR' });
    expect(d.ok ? [] : d.reasons.map((r) => r.message)).toEqual([
      'Only replacement and extended warranty are given outside JP.',
      "A valid proof of purchase from an official or authorised channel is needed outside the plan's region.",
    ]);
  });

  it('refuses bad input naming the field', () => {
    for (const [field, request] of [
      ['request', null],
      ['request.service', { service: 'repair', region: 'FR' }],
      ['request.region', { service: 'replacement', region: 'UK' }],
      ['request.proofOfPurchase', { service: 'replacement', region: 'FR', proofOfPurchase: 'receipt' }],
    ] as const) {
      try {
        checkServiceLocation(OM5, request as never);
        throw new Error('expected an error');
      } catch (error) {
        expect(error).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).field).toBe(field);
      }
    }
  });

  it('does not mutate its input', () => {
    const request = Object.freeze({ service: 'replacement' as const, region: 'FR', proofOfPurchase: 'official' as const });
    const plan = Object.freeze({ ...OM5 });
    const before = JSON.stringify([plan, request]);
    checkServiceLocation(plan, request);
    expect(JSON.stringify([plan, request])).toBe(before);
  });
});
