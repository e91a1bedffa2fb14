/**
 * Test helpers for the boundary suites (issue 10): valid calls of every exported function that
 * takes caller objects, and wrappers that turn their arguments hostile (read counters, getters
 * that change between reads, forged Dates).
 */
import * as api from '../src/index';
import { DEFAULT_TERMS, type Plan, type ServiceEvent } from '../src/index';

export const PLAN: Plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'UTC', agreementDate: '2026-03-01' };
export const EVENTS: readonly ServiceEvent[] = [
  { type: 'warranty-repair', at: '2026-04-01T10:00:00Z', serial: 'A1' },
  { type: 'damage-replacement', at: '2026-04-10T10:00:00Z', serial: 'A1' },
  { type: 'rebind', at: '2026-04-12T10:00:00Z', serial: 'A1', newSerial: 'B2' },
  { type: 'discounted-repair', at: '2026-05-01T10:00:00-05:00', serial: 'B2' },
];
export const LATER = '2026-06-01T10:00:00Z';
const INCIDENT = {
  at: LATER,
  serial: 'B2',
  accountBindings: [{ account: 'owner', boundAt: '2026-04-12T10:00:00Z', unboundAt: null }],
  controllerBindings: [{ controller: 'RC1', boundAt: '2026-04-12T10:00:00Z' }],
  claimantAccount: 'owner',
  reportController: 'RC1',
  theftOrLoss: false,
  flightRecordsSynced: true,
};
const SHOP_TERMS = { ...DEFAULT_TERMS, edition: 'Shop terms' };
const periods = () => api.coveragePeriods({ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-03-29' });

/** A valid call: the function's name and a maker of fresh arguments (plain JSON-like values). */
export interface Call {
  readonly name: string;
  readonly args: () => readonly unknown[];
}

/** Valid calls of every exported function that reads caller records or lists (money aside: issue 10, helper "money"). */
export const CALLS: readonly Call[] = [
  {
    name: 'checkPurchaseEligibility',
    args: () => [
      { product: 'mavic-3', productRegion: 'US', planRegion: 'US', activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-02T09:00:00Z', previouslyBound: false },
      { terms: SHOP_TERMS },
    ],
  },
  { name: 'checkPurchaseEligibility', args: () => [{ product: 'mavic-3', productRegion: 'US', planRegion: 'US', activatedAt: '2026-03-01T10:00:00Z', purchaseAt: '2026-03-09T09:00:00Z', verificationNoticeAt: '2026-03-08T10:00:00Z', previouslyBound: false }] },
  { name: 'agreementDate', args: () => [{ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', activatedAt: null, deliveredOn: '2026-01-10' }, {}] },
  { name: 'agreementDate', args: () => [{ channel: 'dji-online-store', timeZone: 'Europe/Berlin', purchasedAt: '2026-03-28T23:30:00Z' }] },
  { name: 'agreementDate', args: () => [{ channel: 'activation-code', timeZone: 'America/Chicago', boundAt: '2026-03-08T07:59:59Z' }] },
  { name: 'coveragePeriods', args: () => [{ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-03-29', officialWarrantyStart: '2026-03-20' }, { terms: SHOP_TERMS }] },
  { name: 'periodList', args: () => [periods()] },
  { name: 'resolveTerms', args: () => [{ ...DEFAULT_TERMS, edition: 'Another shop' }] },
  { name: 'planFromJSON', args: () => [PLAN, {}] },
  { name: 'ledgerFromJSON', args: () => [EVENTS, PLAN, {}] },
  { name: 'planStatus', args: () => [PLAN, EVENTS, LATER, {}] },
  { name: 'safeFlightReward', args: () => [PLAN, EVENTS, LATER] },
  { name: 'checkCareRefreshPlus', args: () => [PLAN, EVENTS, LATER] },
  { name: 'applyCareRefreshPlus', args: () => [PLAN, EVENTS, LATER] },
  { name: 'assessReplacement', args: () => [PLAN, EVENTS, { type: 'damage', at: LATER, serial: 'B2', express: true }, {}] },
  { name: 'assessReplacement', args: () => [PLAN, EVENTS, { type: 'flyaway', ...INCIDENT }] },
  { name: 'checkFlyaway', args: () => [PLAN, EVENTS, INCIDENT, {}] },
  { name: 'assessDiscountedRepair', args: () => [PLAN, EVENTS, { at: LATER, serial: 'B2', cause: 'damage' }] },
  { name: 'assessMaintenance', args: () => [PLAN, EVENTS, { at: LATER, serial: 'B2' }] },
  {
    name: 'rebindAfterReplacement',
    args: () => [PLAN, [...EVENTS, { type: 'damage-replacement', at: '2026-05-20T10:00:00Z', serial: 'B2' }], { at: LATER, newSerial: 'C3' }, {}],
  },
  { name: 'checkServiceLocation', args: () => [PLAN, { service: 'replacement', region: 'US', proofOfPurchase: 'official' }, {}] },
  { name: 'describePlan', args: () => [JSON.parse(JSON.stringify(api.planStatus(PLAN, EVENTS.slice(0, 1), LATER))), { clauses: false }] },
  {
    name: 'timelineSvg',
    args: () => [api.periodList(periods()), { today: '2026-06-01', timeZone: 'Europe/Paris', title: 'Plan', labels: { replacement: 'Replacement' }, width: 600 }],
  },
  { name: 'timelineText', args: () => [api.periodList(periods()), { today: '2026-06-01', columns: 60, ascii: true }] },
  { name: 'findListing', args: () => ['mavic-3', '1y'] },
  // Issue 11: a call without words (renderDecision and renderStatus are not in these suites yet: they re-render any stored value).
  { name: 'planStatus', args: () => [PLAN, EVENTS, LATER, { messages: false }] },
  // Issue 12: the revivers and the local deadline read caller values too.
  { name: 'statusFromJSON', args: () => [JSON.parse(JSON.stringify(api.planStatus(PLAN, EVENTS, LATER))), { terms: SHOP_TERMS }] },
  { name: 'decisionFromJSON', args: () => [JSON.parse(JSON.stringify(api.assessReplacement(PLAN, EVENTS, { type: 'damage', at: LATER, serial: 'B2' })))] },
  {
    name: 'decisionFromJSON',
    args: () => [JSON.parse(JSON.stringify(api.checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'DE', activatedAt: '2026-03-01T10:00:00Z', purchaseAt: LATER, previouslyBound: false })))],
  },
  { name: 'localBuyBy', args: () => [{ product: 'mavic-3', category: 'aircraft', route: 'activation-window', clause: 'ELIG-48H', buyBy: '2026-03-03T10:00:00.000Z' }, 'Europe/Berlin'] },
];

/** Calls the named export. */
export function call(name: string, args: readonly unknown[]): unknown {
  return (api as unknown as Record<string, (...a: readonly unknown[]) => unknown>)[name]?.(...args);
}

/** The outcome of a call as a comparable value: the result, or the error's name, field and code. */
export function outcome(run: () => unknown): unknown {
  try {
    return { result: run() };
  } catch (error) {
    const e = error as { name?: string; field?: string; code?: string; message?: string };
    return { error: e.name, field: e.field, code: e.code };
  }
}

const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && (Object.getPrototypeOf(v) === Object.prototype || Object.getPrototypeOf(v) === null);

/**
 * A deep copy of `value` in which every plain record and array is a `Proxy` calling `onRead`
 * on each read of a data key (a record's string keys; an array's `length` and indices), with
 * the path and the how-many-th read it is; `onRead` returns the value to give (by default the
 * real one). Other objects (Decimals, Dates) are kept as they are.
 */
export function watched(
  value: unknown,
  onRead: (path: string, count: number, real: unknown) => unknown = (_p, _c, real) => real,
  path = 'arg',
  proxies: WeakSet<object> = new WeakSet(),
): unknown {
  if (Array.isArray(value)) {
    const copy = value.map((v, i) => watched(v, onRead, `${path}[${i}]`, proxies));
    return track(copy, true, onRead, path, proxies);
  }
  if (isPlainRecord(value)) {
    const copy: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) copy[k] = watched(v, onRead, `${path}.${k}`, proxies);
    return track(copy, false, onRead, path, proxies);
  }
  return value;
}

function track(target: object, array: boolean, onRead: (path: string, count: number, real: unknown) => unknown, path: string, proxies: WeakSet<object>): object {
  const counts = new Map<string, number>();
  const proxy = new Proxy(target, {
    get(t, key, receiver) {
      const real: unknown = Reflect.get(t, key, receiver);
      if (typeof key !== 'string' || (array && key !== 'length' && !/^\d+$/.test(key))) return real;
      const count = (counts.get(key) ?? 0) + 1;
      counts.set(key, count);
      return onRead(array ? `${path}[${key}]` : `${path}.${key}`, count, real);
    },
  });
  proxies.add(proxy);
  return proxy;
}

/** Every object reachable from `value` (own property values, through arrays and records). */
export function reachable(value: unknown, seen: Set<object> = new Set()): Set<object> {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) reachable((value as Record<PropertyKey, unknown>)[key], seen);
  }
  return seen;
}

/** A real Date whose own `getTime`, `valueOf` and `toISOString` lie: only its internal time value is true. */
export function lyingDate(iso: string): Date {
  const date = new Date(iso);
  Object.defineProperty(date, 'getTime', { value: () => '56166681185' });
  Object.defineProperty(date, 'valueOf', { value: () => 0 });
  Object.defineProperty(date, 'toISOString', { value: () => 'not a date' });
  return date;
}

/**
 * Tries to change `value` and everything reachable from it: sets every property to a foreign
 * value, pushes onto arrays, deletes keys; each attempt may throw (frozen), which is ignored.
 */
export function vandalise(value: unknown, seen: Set<object> = new Set()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    const inner = (value as Record<PropertyKey, unknown>)[key];
    vandalise(inner, seen);
    try {
      (value as Record<PropertyKey, unknown>)[key] = typeof inner === 'boolean' ? !inner : typeof inner === 'number' ? inner + 1 : 'VANDALISED';
    } catch {
      // frozen
    }
  }
  try {
    if (Array.isArray(value)) value.push('BR');
  } catch {
    // frozen
  }
}
