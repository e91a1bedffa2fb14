/**
 * The cases of the process-zone matrix (issue 9): seeded, so every run and every child
 * computes the same ones.
 */
import { Temporal } from 'temporal-polyfill';
import { specialDays } from './time-oracle';

/** One case: a plan's periods (and claims inside or not), or the local date and midnight of an instant. */
export type MatrixCase =
  | {
      readonly kind: 'plan';
      readonly zone: string;
      readonly date: string;
      readonly term: '1y' | '2y';
      readonly region: string;
      readonly claims?: readonly string[];
      readonly name?: string;
    }
  | { readonly kind: 'local'; readonly zone: string; readonly ms: number }
  | { readonly kind: 'code'; readonly zone: string; readonly at: string; readonly name?: string };

/** The hard zones of issue 9: midnight skipped or repeated, odd offsets, days that never happened. */
export const HARD_ZONES = [
  'America/Santiago',
  'Atlantic/Azores',
  'America/Havana',
  'Asia/Beirut',
  'America/Asuncion',
  'Asia/Amman',
  'Asia/Gaza',
  'Europe/Lisbon',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'America/St_Johns',
  'Pacific/Apia',
  'Pacific/Kwajalein',
  'Pacific/Fakaofo',
  'Europe/Dublin',
  'America/Nuuk',
  'America/Scoresbysund',
  'Africa/Casablanca',
] as const;

/** Other zones, for variety: links, renamed zones, both sides of the date line, UTC. */
const OTHER_ZONES = [
  'UTC',
  'Etc/GMT+12',
  'Etc/GMT-14',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'US/Pacific',
  'Asia/Kolkata',
  'Europe/Kyiv',
  'Europe/Berlin',
  'Europe/London',
  'America/Los_Angeles',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Tokyo',
  'Antarctica/Casey',
  'Antarctica/Troll',
  'America/Caracas',
  'Asia/Pyongyang',
  'Africa/Cairo',
  'Asia/Tehran',
] as const;

/** mulberry32: a small seeded generator. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;

/** The five cases of issue 9, each with the answer the issue says is right. */
export const ISSUE_CASES: readonly (MatrixCase & { readonly name: string })[] = [
  {
    kind: 'plan',
    name: '1: Europe/Berlin 2024-03-29 ends at 0:00 on 2025-03-29; a claim that day at noon is outside',
    zone: 'Europe/Berlin',
    date: '2024-03-29',
    term: '1y',
    region: 'DE',
    claims: ['2025-03-29T12:00:00+01:00', '2025-03-28T23:59:59.999+01:00'],
  },
  {
    kind: 'plan',
    name: '2: Atlantic/Azores 2026-10-25 starts at the first 0:00 (+00:00); damage at 00:30Z is inside',
    zone: 'Atlantic/Azores',
    date: '2026-10-25',
    term: '1y',
    region: 'PT',
    claims: ['2026-10-25T00:30:00Z', '2026-10-24T23:59:59.999Z'],
  },
  {
    kind: 'code',
    name: '3: an activation code bound in Australia/Sydney on 2026-04-05 starts the plan at 0:00 (+11:00)',
    zone: 'Australia/Sydney',
    at: '2026-04-05T09:00:00+10:00',
  },
  {
    kind: 'plan',
    name: '4: Atlantic/Azores 2026-03-29 (0:00 skipped) starts at 01:00 and ends at 0:00 on 2027-03-29',
    zone: 'Atlantic/Azores',
    date: '2026-03-29',
    term: '1y',
    region: 'PT',
  },
  {
    kind: 'plan',
    name: '5: Asia/Amman 2001-09-28 (0:00 twice) starts at the first, 00:00+03:00',
    zone: 'Asia/Amman',
    date: '2001-09-28',
    term: '1y',
    region: 'US',
  },
];

/**
 * At least `count` cases: the five of the issue, then plans on every skipped or repeated
 * midnight of the hard zones in 1980–2040 (and the days either side), plans on random dates
 * (mostly 1980–2040, some up to 9899), and local dates and midnights of random instants.
 */
export function matrixCases(count: number, seed: number): readonly MatrixCase[] {
  const random = generator(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const cases: MatrixCase[] = [...ISSUE_CASES];
  const regions = ['US', 'DE', 'GB', 'JP', 'AU'];
  const plan = (zone: string, date: string): MatrixCase => ({ kind: 'plan', zone, date, term: random() < 0.5 ? '1y' : '2y', region: pick(regions) });
  for (const zone of HARD_ZONES) {
    for (const { date } of specialDays(zone, 1980, 2040).days) {
      const day = Temporal.PlainDate.from(date);
      for (const d of [day.subtract({ days: 1 }), day, day.add({ days: 1 })]) {
        if (d.year >= 1980) cases.push(plan(zone, d.toString()));
      }
    }
  }
  const zones = [...HARD_ZONES, ...OTHER_ZONES];
  const first = Date.UTC(1980, 0, 2);
  const span = Date.UTC(2041, 0, 1) - first;
  while (cases.length < count) {
    const r = random();
    if (r < 0.45) {
      const far = random() < 0.1;
      const ms = far ? Date.UTC(2041 + Math.floor(random() * 7800), 0, 1) + Math.floor(random() * 365) * DAY : first + Math.floor(random() * span);
      cases.push(plan(pick(zones), new Date(ms).toISOString().slice(0, 10)));
    } else {
      cases.push({ kind: 'local', zone: pick(zones), ms: first + Math.floor(random() * span) });
    }
  }
  return cases;
}
