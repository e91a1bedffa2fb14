import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AgreementInput, agreementDate } from '../src/agreement';
import { PRODUCTS } from '../src/catalog/products';
import { DEFAULT_TERMS, type Terms } from '../src/catalog/terms';
import { addCalendarDays, localDateOf, startOfLocalDay } from '../src/time/zoned';
import { deepFreeze, expectInvalid, snapshot } from './support';

const EDITION = DEFAULT_TERMS.edition;

describe('DATE-SEPARATE', () => {
  it('bought separately: the agreement date is the local day of purchase, from 0:00 there', () => {
    expect(agreementDate({ channel: 'dji-online-store', timeZone: 'Europe/Berlin', purchasedAt: '2026-03-28T23:30:00Z' })).toEqual({
      ok: true,
      value: {
        channel: 'dji-online-store',
        clause: 'DATE-SEPARATE',
        agreementDate: '2026-03-29',
        startsAt: '2026-03-29T00:00:00.000+01:00',
        timeZone: 'Europe/Berlin',
      },
      trace: [
        {
          clause: 'DATE-SEPARATE',
          passed: true,
          message: 'Bought separately: the agreement date is the day of purchase.',
          expected: 'the purchase date',
          received: '2026-03-29',
        },
      ],
      edition: EDITION,
    });
  });

  it('the same instant gives different agreement dates far east and far west of UTC', () => {
    const purchasedAt = '2026-06-15T11:30:00Z';
    const east = agreementDate({ channel: 'dji-online-store', timeZone: 'Pacific/Kiritimati', purchasedAt });
    const west = agreementDate({ channel: 'dji-online-store', timeZone: 'Pacific/Pago_Pago', purchasedAt });
    const farWest = agreementDate({ channel: 'dji-online-store', timeZone: 'Etc/GMT+12', purchasedAt });
    expect(east).toMatchObject({ ok: true, value: { agreementDate: '2026-06-16', startsAt: '2026-06-16T00:00:00.000+14:00' } });
    expect(west).toMatchObject({ ok: true, value: { agreementDate: '2026-06-15', startsAt: '2026-06-15T00:00:00.000-11:00' } });
    expect(farWest).toMatchObject({ ok: true, value: { agreementDate: '2026-06-14', startsAt: '2026-06-14T00:00:00.000-12:00' } });
  });

  it('accepts a Date', () => {
    const d = agreementDate({ channel: 'dji-online-store', timeZone: 'UTC', purchasedAt: new Date('2026-01-31T23:59:59.999Z') });
    expect(d).toMatchObject({ ok: true, value: { agreementDate: '2026-01-31', startsAt: '2026-01-31T00:00:00.000+00:00' } });
  });
});

describe('DATE-CODE', () => {
  it('bound with an activation code: the agreement date is the local day of binding', () => {
    expect(agreementDate({ channel: 'activation-code', timeZone: 'America/Los_Angeles', boundAt: '2026-11-01T08:30:00Z' })).toEqual({
      ok: true,
      value: {
        channel: 'activation-code',
        clause: 'DATE-CODE',
        agreementDate: '2026-11-01',
        startsAt: '2026-11-01T00:00:00.000-07:00',
        timeZone: 'America/Los_Angeles',
      },
      trace: [
        {
          clause: 'DATE-CODE',
          passed: true,
          message: 'Bound with an activation code: the agreement date is the day of binding.',
          expected: 'the binding date',
          received: '2026-11-01',
        },
      ],
      edition: EDITION,
    });
  });

  it('where 0:00 is skipped (America/Santiago 2026-09-06, Atlantic/Azores 2026-03-29) the plan starts at 01:00', () => {
    expect(agreementDate({ channel: 'activation-code', timeZone: 'America/Santiago', boundAt: '2026-09-06T12:00:00-03:00' })).toMatchObject({
      ok: true,
      value: { agreementDate: '2026-09-06', startsAt: '2026-09-06T01:00:00.000-03:00' },
    });
    expect(agreementDate({ channel: 'activation-code', timeZone: 'Atlantic/Azores', boundAt: '2026-03-29T01:00:00Z' })).toMatchObject({
      ok: true,
      value: { agreementDate: '2026-03-29', startsAt: '2026-03-29T01:00:00.000+00:00' },
    });
  });

  it('carries the edition of caller terms', () => {
    const terms: Terms = { ...DEFAULT_TERMS, edition: 'shop terms 2026' };
    expect(agreementDate({ channel: 'activation-code', timeZone: 'UTC', boundAt: '2026-01-01T00:00:00Z' }, { terms }).edition).toBe('shop terms 2026');
  });
});

describe('DATE-BUNDLED', () => {
  const bundle = { channel: 'dji-store-bundle', product: 'mavic-3', timeZone: 'America/Los_Angeles' } as const;

  it('bought with the product: the agreement date is the local activation date', () => {
    expect(agreementDate({ ...bundle, activatedAt: '2026-03-02T03:00:00Z' })).toEqual({
      ok: true,
      value: {
        channel: 'dji-store-bundle',
        clause: 'DATE-BUNDLED',
        agreementDate: '2026-03-01',
        startsAt: '2026-03-01T00:00:00.000-08:00',
        timeZone: 'America/Los_Angeles',
      },
      trace: [
        {
          clause: 'DATE-BUNDLED',
          passed: true,
          message: 'Bought with the product: the agreement date is the activation date.',
          expected: 'the activation date',
          received: '2026-03-01',
        },
      ],
      edition: EDITION,
    });
  });

  it('not activated yet: the date is not fixed, and the answer says so', () => {
    const notActivated = {
      clause: 'DATE-BUNDLED',
      message: 'The plan takes effect on the activation date; the product has not been activated yet.',
      expected: 'an activated product',
      received: 'not activated',
    } as const;
    expect(agreementDate({ ...bundle, activatedAt: null })).toEqual({
      ok: false,
      reasons: [notActivated],
      trace: [{ ...notActivated, passed: false }],
      edition: EDITION,
      nextSteps: [],
    });
  });

  it('activation not given: reported as missing, never guessed', () => {
    const missing = {
      clause: 'DATE-BUNDLED',
      message: 'It is not known whether the product has been activated.',
      expected: 'the activation instant, or null',
      received: 'not given',
    } as const;
    expect(agreementDate(bundle)).toEqual({ ok: false, reasons: [missing], trace: [{ ...missing, passed: false }], edition: EDITION, nextSteps: [] });
  });

  it('a delivery date is ignored for products without automatic start', () => {
    expect(agreementDate({ ...bundle, activatedAt: '2026-03-02T03:00:00Z', deliveredOn: '2026-01-01' })).toMatchObject({
      ok: true,
      value: { clause: 'DATE-BUNDLED', agreementDate: '2026-03-01' },
    });
  });
});

describe('DATE-BUNDLED-OM', () => {
  const om = { channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', deliveredOn: '2026-01-10' } as const;
  const autoCheck = (received: string) => ({
    clause: 'DATE-BUNDLED-OM',
    passed: true,
    message: 'The plan takes effect automatically 45 days after the delivery date.',
    expected: 'not activated before 2026-02-24',
    received,
  });

  it('not activated: the plan takes effect 45 days after delivery', () => {
    expect(agreementDate({ ...om, activatedAt: null })).toEqual({
      ok: true,
      value: {
        channel: 'dji-store-bundle',
        clause: 'DATE-BUNDLED-OM',
        agreementDate: '2026-02-24',
        startsAt: '2026-02-24T00:00:00.000+09:00',
        timeZone: 'Asia/Tokyo',
      },
      trace: [autoCheck('not activated')],
      edition: EDITION,
    });
  });

  it('activated the local day before the automatic start: the activation date (DATE-BUNDLED)', () => {
    // 2026-02-23T14:59:59Z is 23:59:59 on 23 February in Tokyo.
    expect(agreementDate({ ...om, activatedAt: '2026-02-23T14:59:59Z' })).toEqual({
      ok: true,
      value: {
        channel: 'dji-store-bundle',
        clause: 'DATE-BUNDLED',
        agreementDate: '2026-02-23',
        startsAt: '2026-02-23T00:00:00.000+09:00',
        timeZone: 'Asia/Tokyo',
      },
      trace: [
        {
          clause: 'DATE-BUNDLED',
          passed: true,
          message: 'The product was activated before the automatic start date.',
          expected: 'activated before 2026-02-24',
          received: '2026-02-23',
        },
      ],
      edition: EDITION,
    });
  });

  it('activated on the automatic start day or later: the plan had already started that day', () => {
    expect(agreementDate({ ...om, activatedAt: '2026-02-23T15:00:00Z' })).toMatchObject({
      ok: true,
      value: { clause: 'DATE-BUNDLED-OM', agreementDate: '2026-02-24' },
      trace: [autoCheck('activated 2026-02-24')],
    });
    expect(agreementDate({ ...om, activatedAt: '2026-04-01T00:00:00Z' })).toMatchObject({
      ok: true,
      value: { clause: 'DATE-BUNDLED-OM', agreementDate: '2026-02-24' },
      trace: [autoCheck('activated 2026-04-01')],
    });
  });

  it('applies to the OM 4 series too, and counts 45 calendar days across a month end', () => {
    expect(agreementDate({ ...om, product: 'om-4-series', deliveredOn: '2028-01-31', activatedAt: null })).toMatchObject({
      ok: true,
      value: { clause: 'DATE-BUNDLED-OM', agreementDate: '2028-03-16' },
    });
  });

  it('the delivery date missing: reported, as is a missing activation', () => {
    const { deliveredOn: _d, ...noDelivery } = om;
    const needDelivery = {
      clause: 'DATE-BUNDLED-OM',
      message: 'The delivery date is needed: for DJI OM 5 the plan takes effect 45 days after delivery if the product is not activated first.',
      expected: 'the delivery date',
      received: 'not given',
    } as const;
    expect(agreementDate({ ...noDelivery, activatedAt: '2026-01-12T00:00:00Z' })).toEqual({
      ok: false,
      reasons: [needDelivery],
      trace: [{ ...needDelivery, passed: false }],
      edition: EDITION,
      nextSteps: [],
    });
    const both = agreementDate(noDelivery);
    expect(both.ok).toBe(false);
    if (!both.ok) expect(both.reasons.map((r) => r.clause)).toEqual(['DATE-BUNDLED', 'DATE-BUNDLED-OM']);
  });

  it('activation not given but delivery known: still refused, the activation could come first', () => {
    const d = agreementDate(om);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reasons).toEqual([
      { clause: 'DATE-BUNDLED', message: 'It is not known whether the product has been activated.', expected: 'the activation instant, or null', received: 'not given' },
    ]);
  });

  it('a product added by caller terms with its own automatic start', () => {
    const terms: Terms = {
      ...DEFAULT_TERMS,
      edition: 'with OM 6',
      products: { ...DEFAULT_TERMS.products, 'om-6': { ...PRODUCTS['om-5'], id: 'om-6', name: 'DJI OM 6', autoStartDaysAfterDelivery: 30 } },
    };
    expect(agreementDate({ ...om, product: 'om-6', activatedAt: null }, { terms })).toMatchObject({
      ok: true,
      value: { clause: 'DATE-BUNDLED-OM', agreementDate: '2026-02-09' },
      edition: 'with OM 6',
    });
  });
});

describe('invalid input (InvalidInputError with field and code)', () => {
  it.each([
    [null, 'input', 'missing'],
    ['2026-01-01', 'input', 'wrong-type'],
    [{ timeZone: 'UTC', purchasedAt: '2026-01-01T00:00:00Z' }, 'channel', 'invalid-value'],
    [{ channel: 'amazon', timeZone: 'UTC', purchasedAt: '2026-01-01T00:00:00Z' }, 'channel', 'invalid-value'],
    [{ channel: 'dji-online-store', purchasedAt: '2026-01-01T00:00:00Z' }, 'timeZone', 'missing'],
    [{ channel: 'dji-online-store', timeZone: '+01:00', purchasedAt: '2026-01-01T00:00:00Z' }, 'timeZone', 'unknown-time-zone'],
    [{ channel: 'dji-online-store', timeZone: 'Europe/Atlantis', purchasedAt: '2026-01-01T00:00:00Z' }, 'timeZone', 'unknown-time-zone'],
    [{ channel: 'dji-online-store', timeZone: 'UTC', purchasedAt: '2026-01-01T00:00:00' }, 'purchasedAt', 'invalid-instant'],
    [{ channel: 'dji-online-store', timeZone: 'UTC' }, 'purchasedAt', 'missing'],
    [{ channel: 'activation-code', timeZone: 'UTC', boundAt: new Date(Number.NaN) }, 'boundAt', 'invalid-instant'],
    [{ channel: 'activation-code', timeZone: 'UTC', boundAt: 1 }, 'boundAt', 'wrong-type'],
    [{ channel: 'dji-store-bundle', timeZone: 'UTC', activatedAt: null }, 'product', 'missing'],
    [{ channel: 'dji-store-bundle', product: 'mavic-4', timeZone: 'UTC', activatedAt: null }, 'product', 'unknown-product'],
    [{ channel: 'dji-store-bundle', product: 'mavic-3', timeZone: 'UTC', activatedAt: '2026-01-01' }, 'activatedAt', 'invalid-instant'],
    [{ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'UTC', activatedAt: null, deliveredOn: '2026-02-30' }, 'deliveredOn', 'invalid-date'],
    [{ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'UTC', activatedAt: null, deliveredOn: '2026-13-01' }, 'deliveredOn', 'invalid-date'],
    [{ channel: 'activation-code', timeZone: 'America/Los_Angeles', boundAt: '1979-12-30T12:00:00Z' }, 'boundAt', 'invalid-instant'],
    [{ channel: 'activation-code', timeZone: 'UTC', boundAt: new Date('9999-12-31T00:00:00Z') }, 'boundAt', 'invalid-instant'],
    [{ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'UTC', activatedAt: null, deliveredOn: '9999-12-31' }, 'deliveredOn', 'invalid-date'],
  ] as const)('%j', (input, field, code) => {
    expectInvalid(() => agreementDate(input as unknown as AgreementInput), field, code);
  });

  it.each([
    [42, 'options', 'wrong-type'],
    [{ terms: 'default' }, 'terms', 'wrong-type'],
  ] as const)('options %j', (options, field, code) => {
    expectInvalid(() => agreementDate({ channel: 'activation-code', timeZone: 'UTC', boundAt: '2026-01-01T00:00:00Z' }, options as never), field, code);
  });
});

describe('invariants (fast-check)', () => {
  const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'America/Santiago', 'Atlantic/Azores', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Asia/Tokyo'];
  const instant = fc.date({ min: new Date('1981-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true });

  it('the plan starts at the first instant of the local day that contains the purchase', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...ZONES), fc.constantFrom('dji-online-store', 'activation-code') , (at, zone, channel) => {
        const input = channel === 'dji-online-store' ? { channel, timeZone: zone, purchasedAt: at } : { channel, timeZone: zone, boundAt: at };
        const d = agreementDate(input as AgreementInput);
        expect(d.ok).toBe(true);
        if (!d.ok) return;
        const start = Date.parse(d.value.startsAt);
        expect(d.value.agreementDate).toBe(localDateOf(at.getTime(), zone));
        expect(start).toBe(startOfLocalDay(d.value.agreementDate, zone));
        expect(start <= at.getTime()).toBe(true);
        expect(at.getTime() < startOfLocalDay(addCalendarDays(d.value.agreementDate, 1), zone)).toBe(true);
      }),
    );
  });

  it('does not mutate its input (deep-frozen input, options and terms)', () => {
    const input = deepFreeze({ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', activatedAt: null, deliveredOn: '2026-01-10' } as const);
    const before = snapshot(input);
    const options = deepFreeze({ terms: { ...DEFAULT_TERMS, edition: 'frozen' } });
    expect(agreementDate(input, options).ok).toBe(true);
    expect(input).toEqual(before);
    const boundAt = new Date('2026-01-01T00:00:00Z');
    agreementDate({ channel: 'activation-code', timeZone: 'UTC', boundAt });
    expect(boundAt.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });
});
