/**
 * Sample params for every text key (issue 13), each enumerated value and each optional part
 * given at least once (both terms, zero and non-zero counts, one and several items, `null`
 * where a param may be null), so that rendering every sample through a locale's texts runs
 * every template and each of its branches. A key added to `TextParams` without a sample here
 * does not compile.
 */
import type { TextKey, TextParams } from '../src/messages/texts';

const counts = [
  { remaining: 2, used: 0, allowed: 2, lastDate: '2027-02-28' },
  { remaining: 1, used: 1, allowed: 2, lastDate: '2027-02-28' },
  { remaining: 0, used: 1, allowed: 1, lastDate: '2027-02-28' },
  { remaining: 0, used: 2, allowed: 2, lastDate: '2027-02-28' },
] as const;
const kinds = ['damage', 'flyaway'] as const;
const services = ['discounted-repair', 'maintenance'] as const;
const span = { startDate: '2027-03-01', lastDate: '2028-02-29' } as const;

export const TEXT_SAMPLES: { readonly [K in TextKey]: readonly TextParams[K][] } = {
  'timeline.kind.replacement': [{}],
  'timeline.kind.repair-discount': [{}],
  'timeline.kind.official-warranty': [{}],
  'timeline.kind.extended-warranty': [{}],
  'timeline.kind.safe-flight': [{}],
  'timeline.kind.renewal': [{}],
  'timeline.dates-in': [{ timeZone: 'Asia/Tokyo' }],
  'timeline.today': [{ date: '2026-06-01' }],
  'timeline.range': [
    { ...span, ascii: false },
    { ...span, ascii: true },
  ],
  'timeline.summary': [
    { count: 1, timeZone: 'Asia/Tokyo' },
    { count: 4, timeZone: 'Asia/Tokyo' },
  ],
  'timeline.period': [{ ...span, label: 'Safe Flight', clause: 'PERIOD-SAFE-FLIGHT' }],
  'describe.plan': [
    { term: '1y', productName: 'DJI Mavic 3', serial: 'M3-0001', region: 'DE', date: '2026-05-01', timeZone: 'Europe/Berlin' },
    { term: '2y', productName: 'DJI Mavic 3', serial: 'M3-0001', region: 'JP', date: '2026-05-01', timeZone: 'Asia/Tokyo' },
  ],
  'describe.moved': [
    { serial: 'M3-0003', formerSerials: ['M3-0001'] },
    { serial: 'M3-0003', formerSerials: ['M3-0001', 'M3-0002'] },
  ],
  'describe.moved.more': [{ count: 1 }, { count: 180 }],
  'describe.replacements': counts.flatMap((c) => [
    { ...c, renewal: false },
    { ...c, renewal: true },
  ]),
  'describe.replacements.not-yet': [{ ...span, allowed: 2 }],
  'describe.replacements.ended': [{ lastDate: '2027-02-28' }],
  'describe.kind.not-in-renewal': kinds.map((kind) => ({ kind })),
  'describe.kind.not-covered': kinds.map((kind) => ({ kind, productName: 'DJI OM 5' })),
  'describe.kind.none-left': kinds.map((kind) => ({ kind })),
  'describe.kind.left': [
    { kind: 'damage', remaining: 1 },
    { kind: 'flyaway', remaining: 2 },
  ],
  'describe.kind.fee': [
    { kind: 'damage', remaining: 1, fee: 'USD 199.00', ordinal: 2 },
    { kind: 'flyaway', remaining: 2, fee: 'USD 299.00', ordinal: null },
  ],
  'describe.kind.unpublished': [
    { kind: 'damage', remaining: 1 },
    { kind: 'flyaway', remaining: 2 },
  ],
  'describe.service.not-included': services.map((service) => ({ service, productName: 'DJI Mini 2' })),
  'describe.service.left': services.flatMap((service) => counts.map((c) => ({ ...c, service }))),
  'describe.service.not-yet': services.map((service) => ({ ...span, service, allowed: 2 })),
  'describe.service.ended': services.map((service) => ({ service, lastDate: '2027-02-28' })),
  'describe.warranty-repairs': [{ count: 1 }, { count: 3 }],
  'describe.safe-flight.not-offered': [{ productName: 'DJI Mini 2' }],
  'describe.safe-flight.pending': [span],
  'describe.safe-flight.earned': (['in-force', 'later', 'ended'] as const).map((now) => ({ ...span, now })),
  'describe.safe-flight.used': [
    { uses: [{ service: 'flyaway-replacement', date: '2026-04-02' }] },
    {
      uses: [
        { service: 'discounted-repair', date: '2026-04-01' },
        { service: 'damage-replacement', date: '2026-05-01' },
        { service: 'flyaway-replacement', date: '2026-06-01' },
      ],
    },
  ],
  'describe.safe-flight.more': [{ count: 1 }, { count: 280 }],
  'describe.safe-flight.forfeited': [{ reasons: [] }, { reasons: ['R1.', 'R2.'] }],
  'describe.plus.bought': [
    { date: '2026-09-01', startDate: '2027-03-01', lastDate: '2028-02-29' },
    { date: null, startDate: null, lastDate: null },
  ],
  'describe.plus.can-buy': [{ lastDate: '2027-02-28' }],
  'describe.plus.cannot-buy': [{ reasons: [] }, { reasons: ['R1.', 'R2.'] }],
  'describe.note': [{ reason: 'R1.' }],
};
