import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCTS } from '../src/catalog/products';
import { DEFAULT_TERMS, type Terms } from '../src/catalog/terms';
import { type CoveragePeriodsInput, coveragePeriods, periodList } from '../src/periods';
import { isInPeriod, type Period } from '../src/time/period';
import { deepFreeze, expectInvalid, snapshot } from './support';

const EDITION = DEFAULT_TERMS.edition;

/** A period as the tests write it: kind, clause, local dates and instants. */
function period(kind: string, clause: Period['clause'], start: string, end: string, dates: [string, string, string], timeZone: string): Period {
  const [startDate, lastDate, endDate] = dates;
  return { kind, clause, start, end, startDate, lastDate, endDate, timeZone };
}

describe('PERIOD-1Y', () => {
  it('Mavic 3, 1-year plan, US, from a leap day: every period whole', () => {
    const la = 'America/Los_Angeles';
    const year = (kind: string, clause: Period['clause']) =>
      period(kind, clause, '2028-02-29T00:00:00.000-08:00', '2029-02-28T00:00:00.000-08:00', ['2028-02-29', '2029-02-27', '2029-02-28'], la);
    expect(coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: la, agreementDate: '2028-02-29' })).toEqual({
      product: 'mavic-3',
      term: '1y',
      region: 'US',
      timeZone: la,
      agreementDate: '2028-02-29',
      replacement: year('replacement', 'PERIOD-1Y'),
      repairDiscount: year('repair-discount', 'PERIOD-1Y'),
      officialWarranty: year('official-warranty', 'SVC-WARRANTY-EXT'),
      extendedWarranty: null,
      safeFlight: period(
        'safe-flight',
        'PERIOD-SAFE-FLIGHT',
        '2029-02-28T00:00:00.000-08:00',
        '2030-02-28T00:00:00.000-08:00',
        ['2029-02-28', '2030-02-27', '2030-02-28'],
        la,
      ),
      edition: EDITION,
    });
  });

  it('a month-end start clamps: 31 January 2026 + 12 months is 31 January 2027, + 1 month would be 28 February', () => {
    const p = coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-31' });
    expect([p.replacement.startDate, p.replacement.endDate]).toEqual(['2026-01-31', '2027-01-31']);
    const shop: Terms = { ...DEFAULT_TERMS, edition: '1-month test plan', plans: { ...DEFAULT_TERMS.plans, '1y': { ...DEFAULT_TERMS.plans['1y'], months: 1 } } };
    const month = coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-31' }, { terms: shop });
    expect([month.replacement.endDate, month.replacement.lastDate, month.edition]).toEqual(['2026-02-28', '2026-02-27', '1-month test plan']);
  });

  it('the replacement period is in force from its first instant to the last instant before its end', () => {
    const { replacement } = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-05-10' });
    expect(isInPeriod(replacement, '2026-05-10T00:00:00-05:00')).toBe(true);
    expect(isInPeriod(replacement, '2026-05-09T23:59:59.999-05:00')).toBe(false);
    expect(isInPeriod(replacement, '2027-05-09T23:59:59.999-05:00')).toBe(true);
    expect(isInPeriod(replacement, '2027-05-10T00:00:00-05:00')).toBe(false);
  });
});

describe('PERIOD-2Y', () => {
  it('Mavic 3, 2-year plan: replacement and discounted repairs 24 months', () => {
    const p = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'US', timeZone: 'America/Los_Angeles', agreementDate: '2026-03-08' });
    const twoYears = (kind: string) =>
      period(kind, 'PERIOD-2Y', '2026-03-08T00:00:00.000-08:00', '2028-03-08T00:00:00.000-08:00', ['2026-03-08', '2028-03-07', '2028-03-08'], 'America/Los_Angeles');
    expect(p.replacement).toEqual(twoYears('replacement'));
    expect(p.repairDiscount).toEqual(twoYears('repair-discount'));
    expect(p.officialWarranty.endDate).toBe('2027-03-08');
  });

  it('a model without discounted repairs has no discount period', () => {
    const p = coveragePeriods({ product: 'air-2s', term: '2y', region: 'JP', timeZone: 'Asia/Tokyo', agreementDate: '2026-04-01' });
    expect(p.repairDiscount).toBeNull();
    expect(p.replacement.endDate).toBe('2028-04-01');
  });
});

describe('PERIOD-WARRANTY-2Y', () => {
  it('from 0:00 on the first anniversary, 12 months, ending with the replacement period', () => {
    const p = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'US', timeZone: 'America/Los_Angeles', agreementDate: '2026-03-08' });
    expect(p.extendedWarranty).toEqual(
      period(
        'extended-warranty',
        'PERIOD-WARRANTY-2Y',
        '2027-03-08T00:00:00.000-08:00',
        '2028-03-08T00:00:00.000-08:00',
        ['2027-03-08', '2028-03-07', '2028-03-08'],
        'America/Los_Angeles',
      ),
    );
    expect(p.extendedWarranty?.end).toBe(p.replacement.end);
    expect(p.extendedWarranty?.start).toBe(p.officialWarranty.end);
  });

  it('from a leap day: the anniversary is 28 February, and the extension still ends with the plan', () => {
    const p = coveragePeriods({ product: 'om-5', term: '2y', region: 'CA', timeZone: 'America/Toronto', agreementDate: '2028-02-29' });
    expect([p.extendedWarranty?.startDate, p.extendedWarranty?.endDate, p.replacement.endDate]).toEqual(['2029-02-28', '2030-02-28', '2030-02-28']);
  });

  it('Europe/Berlin: a plan from the DST change day keeps local midnight at every boundary', () => {
    const p = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-03-29' });
    expect(p.replacement.start).toBe('2026-03-29T00:00:00.000+01:00');
    expect(p.replacement.end).toBe('2028-03-29T00:00:00.000+02:00');
    expect(p.extendedWarranty?.start).toBe('2027-03-29T00:00:00.000+02:00');
    expect(p.safeFlight?.end).toBe('2029-03-29T00:00:00.000+02:00');
  });
});

describe('SVC-WARRANTY-EXT', () => {
  it('the 1-year plan adds no warranty; the official warranty is 12 months outside Europe', () => {
    const p = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'CH', timeZone: 'Europe/Zurich', agreementDate: '2026-06-01' });
    expect(p.extendedWarranty).toBeNull();
    expect([p.officialWarranty.startDate, p.officialWarranty.endDate, p.officialWarranty.clause]).toEqual(['2026-06-01', '2027-06-01', 'SVC-WARRANTY-EXT']);
  });

  it('the official warranty is 24 months in the EU states and GB', () => {
    for (const region of ['FR', 'DE', 'IE', 'GB']) {
      const p = coveragePeriods({ product: 'mini-se', term: '1y', region, timeZone: 'Europe/London', agreementDate: '2026-06-01' });
      expect(p.officialWarranty.endDate, region).toBe('2028-06-01');
    }
    for (const region of ['NO', 'CH', 'US', 'AU']) {
      const p = coveragePeriods({ product: 'mini-se', term: '1y', region, timeZone: 'Europe/Oslo', agreementDate: '2026-06-01' });
      expect(p.officialWarranty.endDate, region).toBe('2027-06-01');
    }
  });

  it('counts from the product’s own warranty start when given', () => {
    const p = coveragePeriods({
      product: 'mavic-3',
      term: '1y',
      region: 'US',
      timeZone: 'America/Denver',
      agreementDate: '2026-06-01',
      officialWarrantyStart: '2026-05-20',
    });
    expect([p.officialWarranty.startDate, p.officialWarranty.endDate]).toEqual(['2026-05-20', '2027-05-20']);
    expect(p.replacement.startDate).toBe('2026-06-01');
  });
});

describe('PERIOD-SAFE-FLIGHT', () => {
  it('12 months from the end of the replacement and discount validity (US, 1-year plan)', () => {
    const p = coveragePeriods({ product: 'mavic-3-cine', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-05-10' });
    expect(p.safeFlight).toEqual(
      period('safe-flight', 'PERIOD-SAFE-FLIGHT', '2027-05-10T00:00:00.000-04:00', '2028-05-10T00:00:00.000-04:00', ['2027-05-10', '2028-05-09', '2028-05-10'], 'America/New_York'),
    );
  });

  it('Europe and the UK, 1-year plan: from the end of the 24-month official warranty (three years in all)', () => {
    const fr = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-05-10' });
    expect([fr.safeFlight?.startDate, fr.safeFlight?.endDate]).toEqual(['2028-05-10', '2029-05-10']);
    const gb = coveragePeriods({ product: 'action-2', term: '1y', region: 'GB', timeZone: 'Europe/London', agreementDate: '2026-05-10' });
    expect([gb.safeFlight?.startDate, gb.safeFlight?.endDate]).toEqual(['2028-05-10', '2029-05-10']);
  });

  it('Switzerland and Norway are not "Europe and the UK" here: from the end of the plan', () => {
    const ch = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'CH', timeZone: 'Europe/Zurich', agreementDate: '2026-05-10' });
    expect(ch.safeFlight?.startDate).toBe('2027-05-10');
  });

  it('Europe, 2-year plan: from the end of the 24-month replacement validity (three years)', () => {
    const de = coveragePeriods({ product: 'mavic-3', term: '2y', region: 'DE', timeZone: 'Europe/Berlin', agreementDate: '2026-05-10' });
    expect([de.safeFlight?.startDate, de.safeFlight?.endDate]).toEqual(['2028-05-10', '2029-05-10']);
  });

  it('Europe, 1-year plan, the product’s warranty started long before: never before the plan itself ends', () => {
    const early = coveragePeriods({
      product: 'mavic-3',
      term: '1y',
      region: 'IT',
      timeZone: 'Europe/Rome',
      agreementDate: '2026-05-10',
      officialWarrantyStart: '2024-01-15',
    });
    expect(early.officialWarranty.endDate).toBe('2026-01-15');
    expect(early.safeFlight?.startDate).toBe('2027-05-10');
    const later = coveragePeriods({
      product: 'mavic-3',
      term: '1y',
      region: 'IT',
      timeZone: 'Europe/Rome',
      agreementDate: '2026-05-10',
      officialWarrantyStart: '2025-12-01',
    });
    expect(later.safeFlight?.startDate).toBe('2027-12-01');
  });

  it('a model without the reward has no Safe Flight period', () => {
    for (const product of ['mini-2', 'air-2s', 'om-5', 'pocket-2', 'rs-2']) {
      expect(coveragePeriods({ product, term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-01-15' }).safeFlight, product).toBeNull();
    }
  });

  it('America/Santiago: a plan agreed on the day whose 0:00 is skipped starts at 01:00', () => {
    const p = coveragePeriods({ product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Santiago', agreementDate: '2026-09-06' });
    expect(p.replacement.start).toBe('2026-09-06T01:00:00.000-03:00');
    expect(p.replacement.end).toBe('2027-09-06T00:00:00.000-03:00');
  });
});

describe('periodList', () => {
  it('leaves out the periods the model does not get, in a fixed order', () => {
    expect(periodList(coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'America/New_York', agreementDate: '2026-01-15' })).map((p) => p.kind)).toEqual([
      'replacement',
      'official-warranty',
    ]);
    expect(periodList(coveragePeriods({ product: 'mavic-3', term: '2y', region: 'US', timeZone: 'UTC', agreementDate: '2026-01-15' })).map((p) => p.kind)).toEqual([
      'replacement',
      'repair-discount',
      'official-warranty',
      'extended-warranty',
      'safe-flight',
    ]);
  });
});

describe('periodList: invalid input', () => {
  const sample = () => coveragePeriods({ product: 'mini-2', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-01-15' });

  it.each([
    ['replacement', null, 'periods.replacement', 'missing'],
    ['replacement', 42, 'periods.replacement', 'wrong-type'],
    ['officialWarranty', {}, 'periods.officialWarranty.start', 'missing'],
    ['officialWarranty', undefined, 'periods.officialWarranty', 'missing'],
    ['safeFlight', undefined, 'periods.safeFlight', 'missing'],
    ['repairDiscount', { start: '2026-01-15T00:00:00', end: '2027-01-15T00:00:00Z' }, 'periods.repairDiscount.start', 'invalid-instant'],
    ['extendedWarranty', { start: '2026-01-15T00:00:00Z', end: '2027-01-15' }, 'periods.extendedWarranty.end', 'invalid-instant'],
  ] as const)('%s = %j', (key, value, field, code) => {
    expectInvalid(() => periodList({ ...sample(), [key]: value } as never), field, code);
  });

  it('refuses what is not a record of periods', () => {
    expectInvalid(() => periodList(null as never), 'periods', 'missing');
    expectInvalid(() => periodList([] as never), 'periods', 'wrong-type');
  });
});

describe('invalid input (InvalidInputError with field and code)', () => {
  const good = { product: 'mavic-3', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-05-10' } as const;

  it.each([
    ['product', 'mavic-9', 'unknown-product'],
    ['product', undefined, 'missing'],
    ['term', '3y', 'invalid-value'],
    ['term', undefined, 'invalid-value'],
    ['region', 'UK', 'unknown-region'],
    ['region', 'EU', 'unknown-region'],
    ['timeZone', '+01:00', 'unknown-time-zone'],
    ['timeZone', 'Europe/Nowhere', 'unknown-time-zone'],
    ['timeZone', undefined, 'missing'],
    ['agreementDate', '2026-02-30', 'invalid-date'],
    ['agreementDate', '2026-13-01', 'invalid-date'],
    ['agreementDate', new Date('2026-05-10T00:00:00Z'), 'wrong-type'],
    ['agreementDate', undefined, 'missing'],
    ['officialWarrantyStart', '2026-5-1', 'invalid-date'],
  ] as const)('%s = %j', (field, value, code) => {
    expectInvalid(() => coveragePeriods({ ...good, [field]: value } as unknown as CoveragePeriodsInput), field, code);
  });

  it('input and options must be objects', () => {
    expectInvalid(() => coveragePeriods(undefined as unknown as CoveragePeriodsInput), 'input', 'missing');
    // Issue 12: `null` options mean none given.
    expect(coveragePeriods(good, null as never)).toEqual(coveragePeriods(good));
    expectInvalid(() => coveragePeriods(good, 'none' as never), 'options', 'wrong-type');
    expectInvalid(() => coveragePeriods(good, { terms: { ...DEFAULT_TERMS, safeFlightMonths: 1.5 } }), 'terms.safeFlightMonths', 'invalid-count');
  });

  it('dates from 1980 to 9899 only, so that every computed period keeps a four-digit year', () => {
    expectInvalid(() => coveragePeriods({ ...good, agreementDate: '9999-06-01' }), 'agreementDate', 'invalid-date');
    expectInvalid(() => coveragePeriods({ ...good, officialWarrantyStart: '9999-12-31' }), 'officialWarrantyStart', 'invalid-date');
    const last = coveragePeriods({ ...good, term: '2y', agreementDate: '9899-12-31' });
    expect(last.safeFlight?.endDate).toBe('9902-12-31');
    const huge: Terms = { ...DEFAULT_TERMS, edition: 'huge', plans: { ...DEFAULT_TERMS.plans, '1y': { ...DEFAULT_TERMS.plans['1y'], months: 1e9 } } };
    expectInvalid(() => coveragePeriods(good, { terms: huge }), 'terms.plans.1y.months', 'invalid-terms');
  });
});

describe('invariants (fast-check)', () => {
  const ZONES = ['UTC', 'Europe/Berlin', 'America/Los_Angeles', 'America/Santiago', 'Atlantic/Azores', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Lord_Howe'];
  const input = fc.record({
    product: fc.constantFrom(...Object.keys(PRODUCTS)),
    term: fc.constantFrom('1y' as const, '2y' as const),
    region: fc.constantFrom('US', 'FR', 'GB', 'CH', 'JP'),
    timeZone: fc.constantFrom(...ZONES),
    agreementDate: fc.date({ min: new Date('1980-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  });

  it('every period contains its start and not its end; the pieces fit together', () => {
    fc.assert(
      fc.property(input, (i) => {
        const p = coveragePeriods(i);
        for (const q of periodList(p)) {
          expect(isInPeriod(q, q.start)).toBe(true);
          expect(isInPeriod(q, q.end)).toBe(false);
          expect(q.timeZone).toBe(i.timeZone);
        }
        expect(p.replacement.startDate).toBe(i.agreementDate);
        expect(p.extendedWarranty === null).toBe(i.term === '1y');
        if (p.extendedWarranty !== null) expect(p.extendedWarranty.end).toBe(p.replacement.end);
        if (p.safeFlight !== null) expect(p.safeFlight.startDate >= p.replacement.endDate).toBe(true);
      }),
    );
  });

  it('does not mutate its input (deep-frozen input and terms)', () => {
    const i = deepFreeze({ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-05-10', officialWarrantyStart: '2026-05-01' } as const);
    const before = snapshot(i);
    const options = deepFreeze({ terms: { ...DEFAULT_TERMS, edition: 'frozen' } });
    const p = coveragePeriods(i, options);
    expect(i).toEqual(before);
    const list = deepFreeze(p);
    expect(periodList(list)).toHaveLength(5);
  });
});
