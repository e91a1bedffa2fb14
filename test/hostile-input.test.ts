/**
 * Hostile input (issue 5): every exported function against every class of bad input.
 *
 * The table below has one entry per exported function of `src/index.ts`; a test enumerates
 * the exports at runtime and fails when a function has no entry, so a new export must be
 * added here. An entry is either
 * - `validating`: a valid call (`valid`) and the fields of its arguments, each with a kind
 *   (`instant`, `date`, `zone`, ...). Every bad value of that kind (see `BAD`) is put in the
 *   field's place, one at a time, and the call must throw `InvalidInputError` whose `field`
 *   names that field (or a part of it) and whose message names it too; or
 * - `total`: a predicate over `unknown` that must never throw and answer `false` for every
 *   bad value.
 *
 * Adding a ledger function (issue 3): give its valid arguments and its fields, e.g.
 * `{ path: [1], field: 'events', kind: 'events' }`, `{ path: [0], field: 'plan', kind: 'record' }`,
 * `{ path: [0, 'serial'], field: 'plan.serial', kind: 'string' }`; the `events` kind tries events
 * out of order, before the plan, for another serial and with bad instants.
 *
 * The counts (classes tried, cases) are printed at the end of the run for the README.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import { afterAll, describe, expect, it } from 'vitest';
import * as api from '../src/index';
import { DEFAULT_TERMS, InvalidInputError, assessReplacement, checkPurchaseEligibility, checkServiceLocation, money, periodList, planStatus } from '../src/index';
import { writeReport } from './report';

// ---------------------------------------------------------------------------------------
// Classes of bad input

/** Every class of bad input the issue names (and two more found while writing this test). */
const CLASSES = {
  'wrong-type': 'a value of the wrong type (number for a string, string for an object, ...)',
  missing: 'null, undefined, an absent key or an empty string where a value is needed',
  'nan-invalid-date': 'NaN, ±Infinity and invalid Dates',
  'impossible-date': 'impossible or malformed calendar dates (2026-02-30, 2026-13-01, 2026-3-1)',
  'no-offset': 'ISO strings without an offset where an instant is meant',
  'out-of-range': 'dates and instants outside the years the library can compute with (before 1900, past 9999)',
  'unknown-product': 'unknown product ids (including __proto__ and toString)',
  'unknown-region': "unknown region codes ('UK', 'XX', 'us')",
  'unknown-time-zone': "unknown time zones and bare offsets ('Mars/Olympus_Mons', '+01:00')",
  'unknown-value': "a value outside a fixed set (term '3y', channel 'shop')",
  'bad-count': 'negative or fractional counts',
  'negative-quota': 'terms with negative quotas (or otherwise invalid terms)',
  'out-of-order': 'events out of order (an activation after the purchase, later events before earlier ones)',
  'before-plan': 'events before the plan took effect',
  'other-serial': 'a ledger for another serial',
} as const;
type BadClass = keyof typeof CLASSES;

/** One bad value: its class, a label for the test name, and the value (or how to make it). */
interface Bad {
  readonly cls: BadClass;
  readonly label: string;
  /** The value, or a function of the valid value at that place and of the valid arguments. */
  readonly value: unknown;
  readonly make?: (valid: unknown, args: readonly unknown[]) => unknown;
  /** Delete the key instead of setting a value. */
  readonly absent?: boolean;
  /** The field the error must name, when deeper than the field under test (`terms.plans.1y.months`). */
  readonly field?: string;
}

const bad = (cls: BadClass, label: string, value: unknown, extra: Partial<Bad> = {}): Bad => ({ cls, label, value, ...extra });

const MISSING: readonly Bad[] = [
  bad('missing', 'null', null),
  bad('missing', 'undefined', undefined),
  bad('missing', 'absent', undefined, { absent: true }),
];
const MISSING_TEXT: readonly Bad[] = [...MISSING, bad('missing', "''", ''), bad('missing', "'   '", '   ')];

const WRONG_TYPE_FOR_STRING: readonly Bad[] = [
  bad('wrong-type', '42', 42),
  bad('wrong-type', 'true', true),
  bad('wrong-type', '{}', {}),
  bad('wrong-type', '[]', []),
  bad('wrong-type', 'Symbol', Symbol('x')),
  bad('wrong-type', '10n', 10n),
];

const NAN: readonly Bad[] = [
  bad('nan-invalid-date', 'NaN', Number.NaN),
  bad('nan-invalid-date', 'Infinity', Number.POSITIVE_INFINITY),
  bad('nan-invalid-date', 'Invalid Date', new Date('not a date')),
];

// ---------------------------------------------------------------------------------------
// Terms: a valid DEFAULT_TERMS with one field made bad.

type Path = readonly (string | number)[];

/** `value` with `path` set to `replacement` (or deleted), copying only along the path. */
function setPath(value: unknown, path: Path, replacement: unknown, absent = false): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy = (Array.isArray(value) ? [...(value as unknown[])] : { ...(value as object) }) as Record<string | number, unknown>;
  if (rest.length === 0 && absent) {
    delete copy[head];
    return copy;
  }
  copy[head] = setPath((value as Record<string | number, unknown>)[head], rest, replacement, absent);
  return copy;
}

function getPath(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v === null || v === undefined ? undefined : (v as Record<string | number, unknown>)[k]), value);
}

const termsWith = (path: Path, value: unknown, absent = false): unknown => setPath(DEFAULT_TERMS, path, value, absent);
/** A path as the package names fields: `terms.fees[0].product`. */
const fieldName = (root: string, path: Path): string =>
  path.reduce<string>((name, k) => (typeof k === 'number' ? `${name}[${k}]` : `${name}.${k}`), root);
const badTerms = (cls: BadClass, path: Path, value: unknown, label = `${fieldName('', path).slice(1)} = ${String(value)}`): Bad =>
  bad(cls, label, termsWith(path, value), { field: fieldName('terms', path) });

/** Terms with one bad figure each: negative quotas, fractional counts, unknown codes. */
const BAD_TERMS: readonly Bad[] = [
  bad('missing', 'null', null),
  bad('wrong-type', "'default'", 'default'),
  bad('wrong-type', '[]', []),
  bad('wrong-type', '42', 42),
  badTerms('negative-quota', ['plans', '1y', 'replacements'], -1),
  badTerms('negative-quota', ['plans', '2y', 'replacements'], -3),
  badTerms('negative-quota', ['plans', '1y', 'flyawayReplacements'], -1),
  badTerms('negative-quota', ['plans', '2y', 'repairDiscounts'], -1),
  badTerms('negative-quota', ['plans', '1y', 'maintenance'], -2),
  badTerms('negative-quota', ['carePlus', 'damageReplacements'], -1),
  badTerms('negative-quota', ['carePlus', 'flyawayReplacements'], -1),
  badTerms('negative-quota', ['plans', '1y', 'flyawayReplacements'], 3, 'plans.1y.flyawayReplacements 3 > replacements 2'),
  badTerms('negative-quota', ['plans', '1y', 'months'], 0),
  badTerms('negative-quota', ['fees', 0, 'replacementFees', 0], '-159'),
  badTerms('negative-quota', ['fees', 0, 'flyawayFee'], '-739'),
  badTerms('negative-quota', ['repairDiscountCap'], { amount: '-1', currency: 'USD' }, 'repairDiscountCap -1 USD'),
  badTerms('bad-count', ['plans', '1y', 'replacements'], 1.5),
  badTerms('bad-count', ['plans', '2y', 'months'], 24.5),
  badTerms('bad-count', ['activationWindowHours', 'aircraft'], -48),
  badTerms('bad-count', ['activationWindowHours', 'handheld'], 719.5),
  badTerms('bad-count', ['verifiedPurchaseWindowHours'], -72),
  badTerms('bad-count', ['safeFlightMonths'], 12.5),
  badTerms('bad-count', ['officialWarrantyMonths', 'european'], -24),
  badTerms('bad-count', ['plans', '2y', 'warrantyExtension', 'months'], -12),
  badTerms('bad-count', ['products', 'om-5', 'autoStartDaysAfterDelivery'], -45),
  badTerms('nan-invalid-date', ['plans', '1y', 'replacements'], Number.NaN),
  badTerms('nan-invalid-date', ['officialWarrantyMonths', 'standard'], Number.POSITIVE_INFINITY),
  badTerms('wrong-type', ['plans', '1y', 'replacements'], '2'),
  badTerms('wrong-type', ['products', 'mavic-3', 'services', 'safeFlight'], 'yes'),
  badTerms('wrong-type', ['edition'], 42),
  badTerms('missing', ['edition'], ''),
  bad('missing', 'plans.2y absent', termsWith(['plans', '2y'], undefined, true), { field: 'terms.plans.2y' }),
  badTerms('unknown-value', ['products', 'mavic-3', 'category'], 'drone'),
  badTerms('unknown-value', ['products', 'mavic-3', 'id'], 'mavic-9'),
  badTerms('unknown-region', ['availableRegions', 1], 'UK'),
  badTerms('unknown-region', ['europeanRegions', 0], 'EU'),
  badTerms('unknown-region', ['fees', 0, 'region'], 'XX'),
  badTerms('unknown-product', ['fees', 0, 'product'], 'mavic-9'),
  badTerms('unknown-value', ['fees', 0, 'currency'], 'usd'),
  badTerms('unknown-value', ['fees', 0, 'term'], '3y'),
];

// ---------------------------------------------------------------------------------------
// Kinds of field and their bad values

const BAD = {
  /** A plain object argument (input, options, period). */
  record: [
    ...MISSING,
    bad('wrong-type', "'mavic-3'", 'mavic-3'),
    bad('wrong-type', '42', 42),
    bad('wrong-type', 'true', true),
    bad('wrong-type', '[]', []),
    bad('wrong-type', 'a Date', new Date('2026-03-01T00:00:00Z')),
  ],
  /** An instant: a valid Date or an ISO-8601 string with an offset. */
  instant: [
    ...MISSING_TEXT,
    bad('wrong-type', 'epoch ms 1772323200000', 1772323200000),
    bad('wrong-type', 'true', true),
    bad('wrong-type', '{}', {}),
    bad('wrong-type', '[]', []),
    ...NAN,
    bad('impossible-date', "'2026-02-30T10:00:00Z'", '2026-02-30T10:00:00Z'),
    bad('impossible-date', "'2026-13-01T00:00:00Z'", '2026-13-01T00:00:00Z'),
    bad('impossible-date', "'2027-02-29T12:00:00+01:00'", '2027-02-29T12:00:00+01:00'),
    bad('impossible-date', "'2026-03-01T24:00:00Z'", '2026-03-01T24:00:00Z'),
    bad('impossible-date', "'2026-03-01T10:00:00+25:00'", '2026-03-01T10:00:00+25:00'),
    bad('impossible-date', "'next tuesday'", 'next tuesday'),
    bad('no-offset', "'2026-03-01T10:00:00'", '2026-03-01T10:00:00'),
    bad('no-offset', "'2026-03-01T10:00'", '2026-03-01T10:00'),
    bad('no-offset', "'2026-03-01' (a date, not an instant)", '2026-03-01'),
    bad('no-offset', "'2026-03-01 10:00:00'", '2026-03-01 10:00:00'),
    bad('out-of-range', 'Date 1850-06-01', new Date('1850-06-01T00:00:00Z')),
    bad('out-of-range', "'1900-01-01T00:00:00+14:00' (1899 in UTC)", '1900-01-01T00:00:00+14:00'),
    bad('out-of-range', 'Date 8.64e15 (year 275760)', new Date(8.64e15)),
    bad('out-of-range', 'Date -8.64e15', new Date(-8.64e15)),
  ],
  /** A calendar date `YYYY-MM-DD`. */
  date: [
    ...MISSING_TEXT,
    bad('wrong-type', '20260301', 20260301),
    bad('wrong-type', 'a Date', new Date('2026-03-01T00:00:00Z')),
    bad('wrong-type', '{}', {}),
    bad('nan-invalid-date', 'NaN', Number.NaN),
    bad('nan-invalid-date', 'Invalid Date', new Date('nope')),
    bad('impossible-date', "'2026-02-30'", '2026-02-30'),
    bad('impossible-date', "'2026-13-01'", '2026-13-01'),
    bad('impossible-date', "'2026-00-10'", '2026-00-10'),
    bad('impossible-date', "'2027-02-29'", '2027-02-29'),
    bad('impossible-date', "'2026-04-31'", '2026-04-31'),
    bad('impossible-date', "'2026-3-1'", '2026-3-1'),
    bad('impossible-date', "'2026-03-01T00:00:00Z' (an instant)", '2026-03-01T00:00:00Z'),
    bad('out-of-range', "'1899-12-31'", '1899-12-31'),
    bad('out-of-range', "'0099-01-01'", '0099-01-01'),
    bad('out-of-range', "'9999-12-31' (its periods end after 9999)", '9999-12-31'),
  ],
  zone: [
    ...MISSING_TEXT,
    ...WRONG_TYPE_FOR_STRING,
    bad('unknown-time-zone', "'Mars/Olympus_Mons'", 'Mars/Olympus_Mons'),
    bad('unknown-time-zone', "'+01:00'", '+01:00'),
    bad('unknown-time-zone', "'UTC+1'", 'UTC+1'),
    bad('unknown-time-zone', "'GMT+01:00'", 'GMT+01:00'),
    bad('unknown-time-zone', "'Europe/Berlín'", 'Europe/Berlín'),
    bad('unknown-time-zone', "'America/New York'", 'America/New York'),
    bad('unknown-time-zone', "'Etc/GMT+99'", 'Etc/GMT+99'),
    bad('unknown-time-zone', "'Europe/../etc/passwd'", 'Europe/../etc/passwd'),
  ],
  region: [
    ...MISSING_TEXT,
    ...WRONG_TYPE_FOR_STRING,
    bad('unknown-region', "'UK'", 'UK'),
    bad('unknown-region', "'XX'", 'XX'),
    bad('unknown-region', "'us'", 'us'),
    bad('unknown-region', "'USA'", 'USA'),
    bad('unknown-region', "'EU'", 'EU'),
    bad('unknown-region', "' US'", ' US'),
  ],
  product: [
    ...MISSING_TEXT,
    ...WRONG_TYPE_FOR_STRING,
    bad('unknown-product', "'mavic-9'", 'mavic-9'),
    bad('unknown-product', "'Mavic 3'", 'Mavic 3'),
    bad('unknown-product', "'MAVIC-3'", 'MAVIC-3'),
    bad('unknown-product', "'__proto__'", '__proto__'),
    bad('unknown-product', "'constructor'", 'constructor'),
    bad('unknown-product', "'toString'", 'toString'),
    bad('unknown-product', "'hasOwnProperty'", 'hasOwnProperty'),
  ],
  term: [
    ...MISSING_TEXT,
    bad('wrong-type', '1', 1),
    bad('wrong-type', '{}', {}),
    bad('unknown-value', "'3y'", '3y'),
    bad('unknown-value', "'1Y'", '1Y'),
    bad('unknown-value', "'12m'", '12m'),
  ],
  channel: [
    ...MISSING,
    bad('wrong-type', '1', 1),
    bad('unknown-value', "'shop'", 'shop'),
    bad('unknown-value', "'DJI-STORE-BUNDLE'", 'DJI-STORE-BUNDLE'),
  ],
  boolean: [
    bad('missing', 'null', null),
    bad('wrong-type', "'false'", 'false'),
    bad('wrong-type', '0', 0),
    bad('wrong-type', '1', 1),
    bad('wrong-type', "'yes'", 'yes'),
  ],
  /** A whole number at least 0. */
  count: [
    ...MISSING,
    bad('wrong-type', "'2'", '2'),
    bad('nan-invalid-date', 'NaN', Number.NaN),
    bad('nan-invalid-date', 'Infinity', Number.POSITIVE_INFINITY),
    bad('bad-count', '-1', -1),
    bad('bad-count', '1.5', 1.5),
    bad('bad-count', '-0.5', -0.5),
  ],
  /** A non-empty string (a serial, an id). */
  string: [...MISSING_TEXT, ...WRONG_TYPE_FOR_STRING],
  /** A decimal amount (`money`'s first argument). */
  amount: [
    ...MISSING,
    bad('wrong-type', 'true', true),
    bad('wrong-type', '{}', {}),
    bad('wrong-type', "'USD 159'", 'USD 159'),
    bad('wrong-type', "'159,00'", '159,00'),
    ...NAN.slice(0, 2),
    bad('nan-invalid-date', 'Decimal NaN', new Decimal(Number.NaN)),
    bad('nan-invalid-date', '-Infinity', Number.NEGATIVE_INFINITY),
  ],
  currency: [
    ...MISSING,
    bad('wrong-type', '840', 840),
    bad('unknown-value', "'usd'", 'usd'),
    bad('unknown-value', "'USDOLLAR'", 'USDOLLAR'),
    bad('unknown-value', "'US Dollar'", 'US Dollar'),
  ],
  /** A `Money` value. */
  money: [
    ...MISSING,
    bad('wrong-type', "'USD 159.00'", 'USD 159.00'),
    bad('wrong-type', '159', 159),
    bad('wrong-type', '{}', {}),
    bad('wrong-type', "a MoneyLiteral { amount: '159' }", { amount: '159', currency: 'USD' }),
    bad('wrong-type', '{ amount: 159 } (a number)', { amount: 159, currency: 'USD' }),
    bad('nan-invalid-date', 'Decimal NaN', { amount: new Decimal(Number.NaN), currency: 'USD' }),
    bad('nan-invalid-date', 'Decimal Infinity', { amount: new Decimal(Number.POSITIVE_INFINITY), currency: 'USD' }),
    bad('unknown-value', "currency 'usd'", { amount: new Decimal(159), currency: 'usd' }),
    bad('missing', 'no currency', { amount: new Decimal(159) }),
  ],
  /** A list argument. */
  array: [
    ...MISSING,
    bad('wrong-type', "'159'", '159'),
    bad('wrong-type', '{}', {}),
    bad('wrong-type', '{ length: 1 }', { length: 1 }),
    bad('wrong-type', 'a Set', new Set()),
  ],
  /** A `Period` value inside `CoveragePeriods`. */
  period: [
    ...MISSING,
    bad('wrong-type', "'2026-01-01/2027-01-01'", '2026-01-01/2027-01-01'),
    bad('wrong-type', '42', 42),
    bad('wrong-type', '[]', []),
    bad('missing', '{} (no start, no end)', {}),
    bad('no-offset', 'start without offset', { start: '2026-01-01T00:00:00', end: '2027-01-01T00:00:00Z' }),
  ],
  /** One of a fixed set of strings (a claim's type, a cause, a service). */
  oneOf: [
    ...MISSING_TEXT,
    bad('wrong-type', '1', 1),
    bad('wrong-type', '{}', {}),
    bad('unknown-value', "'teleport'", 'teleport'),
    bad('unknown-value', "'__proto__'", '__proto__'),
  ],
  /** A timeline's `today`: a calendar date or an instant. */
  today: [
    bad('missing', 'null', null),
    bad('missing', "''", ''),
    bad('wrong-type', '20260301', 20260301),
    bad('wrong-type', '{}', {}),
    bad('nan-invalid-date', 'Invalid Date', new Date(Number.NaN)),
    bad('impossible-date', "'2026-02-30'", '2026-02-30'),
    bad('impossible-date', "'yesterday'", 'yesterday'),
    bad('no-offset', "'2026-06-01T10:00:00'", '2026-06-01T10:00:00'),
    bad('out-of-range', "'1899-12-31'", '1899-12-31'),
  ],
  terms: BAD_TERMS,
  /** A ledger's events, made bad from the valid list (issue 3 entries use this kind). */
  events: [
    ...MISSING,
    bad('wrong-type', "'events'", 'events'),
    bad('wrong-type', '{}', {}),
    bad('wrong-type', '[null]', [null]),
    bad('wrong-type', '[42]', [42]),
    bad('out-of-order', 'reversed', undefined, {
      make: (valid) => [...(valid as readonly unknown[])].reverse(),
    }),
    bad('before-plan', "first event at '2000-01-01T00:00:00Z'", undefined, {
      make: (valid) => setPath(valid, [0, 'at'], '2000-01-01T00:00:00Z'),
    }),
    bad('other-serial', "first event for serial 'OTHER-SERIAL'", undefined, {
      make: (valid) => setPath(valid, [0, 'serial'], 'OTHER-SERIAL'),
    }),
    bad('no-offset', 'first event at a time without offset', undefined, {
      make: (valid) => setPath(valid, [0, 'at'], '2026-06-01T10:00:00'),
    }),
    bad('impossible-date', "first event at '2026-02-30T10:00:00Z'", undefined, {
      make: (valid) => setPath(valid, [0, 'at'], '2026-02-30T10:00:00Z'),
    }),
    bad('nan-invalid-date', 'first event at Invalid Date', undefined, {
      make: (valid) => setPath(valid, [0, 'at'], new Date(Number.NaN)),
    }),
    bad('unknown-value', "first event of type 'teleport'", undefined, {
      make: (valid) => setPath(valid, [0, 'type'], 'teleport'),
    }),
  ],
} as const satisfies Readonly<Record<string, readonly Bad[]>>;
/**
 * A calendar date the library computed (a period's dates, TIME-RANGE): the bad dates above but
 * the one past 9899, which computed dates may reach.
 */
const BAD_COMPUTED_DATE = BAD.date.filter((c) => c.value !== '9999-12-31');
type Kind = keyof typeof BAD | 'computedDate';

// ---------------------------------------------------------------------------------------
// The table

/** A field of a call's arguments: where it is, what the error must call it, its kind. */
interface Field {
  readonly path: Path;
  readonly field: string;
  readonly kind: Kind;
  /**
   * `undefined` (and an absent key) is valid here, and so is `null`: an optional fact given as
   * `null` means "none", exactly as when it is absent (issue 12; see {@link NullPair}).
   */
  readonly optional?: boolean;
  /** `null` is valid here. */
  readonly nullable?: boolean;
  /** `null` is valid here with a meaning of its own (`activatedAt: null`: never activated). */
  readonly nullMeans?: string;
  /** Extra bad values for this field only. */
  readonly extra?: readonly Bad[];
}

interface Case {
  readonly cls: BadClass;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly field: string;
  /** Not a bad value: an optional field given as `null` and left out (issue 12). */
  readonly nullPair?: NullPair;
}

type Entry =
  | { readonly mode: 'validating'; readonly cases: readonly Case[]; readonly valid: readonly (() => readonly unknown[])[] }
  | { readonly mode: 'total'; readonly note: string };

/** A call with an optional fact given as `null`, and the same call with it absent. */
interface NullPair {
  readonly withNull: () => unknown[];
  readonly absent: () => unknown[];
}

/** The cases of one valid call: each field of it replaced by each bad value of its kind. */
function casesOf(variant: string, valid: () => readonly unknown[], fields: readonly Field[]): Case[] {
  const out: Case[] = [];
  for (const f of fields) {
    if (f.optional && f.nullMeans === undefined) {
      const index = typeof f.path[f.path.length - 1] === 'number';
      out.push({
        cls: 'missing',
        name: `${variant}${f.field}`,
        args: [],
        field: f.field,
        nullPair: {
          withNull: () => setPath(valid(), f.path, null) as unknown[],
          // An argument left out is `undefined`; a key left out is deleted.
          absent: () => setPath(valid(), f.path, undefined, !index) as unknown[],
        },
      });
    }
    for (const b of [...(f.kind === 'computedDate' ? BAD_COMPUTED_DATE : BAD[f.kind]), ...(f.extra ?? [])]) {
      if (f.optional && b.value === undefined && b.make === undefined) continue;
      if ((f.nullable || f.optional) && b.value === null) continue;
      // An absent array element would be a hole in a sparse array: `undefined` stands for it.
      if (b.absent === true && typeof f.path[f.path.length - 1] === 'number') continue;
      const base = valid();
      const value = b.make ? b.make(getPath(base, f.path), base) : b.value;
      const args = setPath(base, f.path, value, b.absent === true && b.make === undefined) as unknown[];
      out.push({
        cls: b.cls,
        name: `${variant}${f.field} ← ${b.label}`,
        args,
        field: b.field ?? f.field,
      });
    }
  }
  return out;
}

/** The `options` argument at `index` and its `terms`. */
const optionsFields = (index: number): readonly Field[] => [
  { path: [index], field: 'options', kind: 'record', optional: true },
  { path: [index, 'terms'], field: 'terms', kind: 'terms', optional: true },
];
const TERMS_FIELDS = optionsFields(1);

// The ledger (issue 3): a plan, its events, and what each rule is asked.

const PLAN = {
  product: 'mavic-3',
  serial: 'A1',
  term: '1y',
  region: 'US',
  timeZone: 'America/Chicago',
  agreementDate: '2026-03-01',
} as const;
/** Two events in time order, neither using a replacement. */
const EVENTS = [
  { type: 'warranty-repair', at: '2026-04-01T10:00:00Z', serial: 'A1' },
  { type: 'discounted-repair', at: '2026-05-01T10:00:00-05:00', serial: 'A1' },
] as const;
const LATER = '2026-06-01T10:00:00Z';

/** The plan's fields at argument `index`, named `plan.*` (or `${root}.*`). */
const planFields = (index: number, root = 'plan'): readonly Field[] => [
  { path: [index], field: root, kind: 'record' },
  { path: [index, 'product'], field: `${root}.product`, kind: 'product' },
  { path: [index, 'serial'], field: `${root}.serial`, kind: 'string' },
  { path: [index, 'term'], field: `${root}.term`, kind: 'term' },
  { path: [index, 'region'], field: `${root}.region`, kind: 'region' },
  { path: [index, 'timeZone'], field: `${root}.timeZone`, kind: 'zone' },
  { path: [index, 'agreementDate'], field: `${root}.agreementDate`, kind: 'date' },
  { path: [index, 'officialWarrantyStart'], field: `${root}.officialWarrantyStart`, kind: 'date', optional: true },
];
const EVENTS_FIELD: Field = { path: [1], field: 'events', kind: 'events' };
/** A claim instant: also refused before the ledger's last event (claims are decided in time order). */
const claimAt = (index: number, field: string): Field => ({
  path: [index, 'at'],
  field,
  kind: 'instant',
  extra: [bad('out-of-order', 'before the last event of the ledger', '2026-04-15T10:00:00Z')],
});
/** The unit a claim is for: also refused for a serial never bound to the plan. */
const claimSerial = (index: number, field: string): Field => ({
  path: [index, 'serial'],
  field,
  kind: 'string',
  extra: [bad('other-serial', "'OTHER-SERIAL'", 'OTHER-SERIAL')],
});
/** A ledger rule `(plan, events, x, options)`: the plan, the events, x's fields and the options. */
const ledgerCases = (valid: () => readonly unknown[], fields: readonly Field[]): Case[] =>
  casesOf('', valid, [...planFields(0), EVENTS_FIELD, ...fields, ...optionsFields(3)]);

const atRule = () => [PLAN, EVENTS, LATER, {}] as const;
const damage = () => [PLAN, EVENTS, { type: 'damage', at: LATER, serial: 'A1', express: true }, {}] as const;
const incident = {
  at: LATER,
  serial: 'A1',
  accountBindings: [{ account: 'owner', boundAt: '2026-03-02T10:00:00Z', unboundAt: null }],
  controllerBindings: [{ controller: 'RC1', boundAt: '2026-03-02T10:00:00Z' }],
  claimantAccount: 'owner',
  reportController: 'RC1',
  theftOrLoss: false,
  flightRecordsSynced: true,
} as const;
const flyaway = () => [PLAN, EVENTS, { type: 'flyaway', ...incident }, {}] as const;
const incidentFields = (root: string): readonly Field[] => [
  { path: [2], field: root, kind: 'record' },
  claimAt(2, `${root}.at`),
  claimSerial(2, `${root}.serial`),
  { path: [2, 'accountBindings'], field: `${root}.accountBindings`, kind: 'array', optional: true },
  { path: [2, 'accountBindings', 0], field: `${root}.accountBindings[0]`, kind: 'record' },
  { path: [2, 'accountBindings', 0, 'account'], field: `${root}.accountBindings[0].account`, kind: 'string' },
  { path: [2, 'accountBindings', 0, 'boundAt'], field: `${root}.accountBindings[0].boundAt`, kind: 'instant' },
  { path: [2, 'accountBindings', 0, 'unboundAt'], field: `${root}.accountBindings[0].unboundAt`, kind: 'instant', optional: true, nullable: true },
  { path: [2, 'controllerBindings'], field: `${root}.controllerBindings`, kind: 'array', optional: true },
  { path: [2, 'controllerBindings', 0, 'controller'], field: `${root}.controllerBindings[0].controller`, kind: 'string' },
  { path: [2, 'controllerBindings', 0, 'boundAt'], field: `${root}.controllerBindings[0].boundAt`, kind: 'instant' },
  { path: [2, 'claimantAccount'], field: `${root}.claimantAccount`, kind: 'string', optional: true },
  { path: [2, 'reportController'], field: `${root}.reportController`, kind: 'string', optional: true },
  { path: [2, 'theftOrLoss'], field: `${root}.theftOrLoss`, kind: 'boolean', optional: true },
  { path: [2, 'flightRecordsSynced'], field: `${root}.flightRecordsSynced`, kind: 'boolean', optional: true },
];
const repair = () => [PLAN, EVENTS, { at: LATER, serial: 'A1', cause: 'damage' }, {}] as const;
const maintenance = () => [PLAN, EVENTS, { at: LATER, serial: 'A1' }, {}] as const;
const rebind = () =>
  [PLAN, [...EVENTS, { type: 'damage-replacement', at: '2026-05-20T10:00:00Z', serial: 'A1' }], { at: LATER, newSerial: 'B2' }, {}] as const;
const statusArgs = () => [planStatus(PLAN, EVENTS, LATER), { clauses: false }] as const;
const location = () => [PLAN, { service: 'replacement', region: 'US', proofOfPurchase: 'official' }, {}] as const;
const timelineArgs = () => [periodList(samplePeriods()), { today: '2026-06-01', timeZone: 'Europe/Paris', title: 'Plan', labels: { replacement: 'Replacement' } }] as const;
const timelineFields = (extra: readonly Field[]): readonly Field[] => [
  { path: [0], field: 'periods', kind: 'array', extra: [bad('missing', '[] (no period)', [])] },
  { path: [0, 0], field: 'periods[0]', kind: 'period' },
  { path: [0, 0, 'startDate'], field: 'periods[0].startDate', kind: 'computedDate' },
  { path: [0, 0, 'timeZone'], field: 'periods[0].timeZone', kind: 'zone' },
  { path: [0, 0, 'clause'], field: 'periods[0].clause', kind: 'oneOf' },
  { path: [1], field: 'options', kind: 'record', optional: true },
  { path: [1, 'today'], field: 'options.today', kind: 'today', optional: true },
  { path: [1, 'timeZone'], field: 'options.timeZone', kind: 'zone', optional: true },
  { path: [1, 'title'], field: 'options.title', kind: 'string', optional: true },
  { path: [1, 'labels'], field: 'options.labels', kind: 'record', optional: true },
  { path: [1, 'labels', 'replacement'], field: 'options.labels.replacement', kind: 'string', optional: true },
  ...extra,
];

const eligibilityInput = () =>
  [
    {
      product: 'mavic-3',
      productRegion: 'US',
      planRegion: 'US',
      activatedAt: '2026-03-01T10:00:00Z',
      purchaseAt: '2026-03-02T10:00:00Z',
      previouslyBound: false,
    },
    {},
  ] as const;

const periodsInput = () =>
  [{ product: 'mavic-3', term: '2y', region: 'FR', timeZone: 'Europe/Paris', agreementDate: '2026-03-29' }, {}] as const;

const bundle = () =>
  [{ channel: 'dji-store-bundle', product: 'om-5', timeZone: 'Asia/Tokyo', activatedAt: null, deliveredOn: '2026-01-10' }, {}] as const;
const separate = () => [{ channel: 'dji-online-store', timeZone: 'Europe/Berlin', purchasedAt: '2026-03-28T23:30:00Z' }, {}] as const;
const code = () => [{ channel: 'activation-code', timeZone: 'America/Chicago', boundAt: new Date('2026-03-08T07:59:59Z') }, {}] as const;

const samplePeriods = () => api.coveragePeriods(periodsInput()[0]);

const TOTAL_NOTE = 'a predicate over unknown: never throws, false for every bad value';

/**
 * One entry per exported function. Add the ledger functions (issue 3) here: a `validating`
 * entry with a valid call and its fields.
 */
/** `localBuyBy`'s arguments: an accepted eligibility's value and a zone. */
const deadlineArgs = (): unknown[] => [{ product: 'mavic-3', category: 'aircraft', route: 'activation-window', clause: 'ELIG-48H', buyBy: '2026-03-03T14:00:00.000Z' }, 'Europe/Berlin'];

/** A status as stored: written to JSON and parsed (issue 12). */
const storedStatusArgs = (): unknown[] => [JSON.parse(JSON.stringify(planStatus(PLAN, EVENTS, LATER))) as unknown, {}];
/** A decision as stored: a refused eligibility, or an accepted replacement with its fee. */
const storedDecisionArgs = (ok: boolean) => (): unknown[] => [
  JSON.parse(
    JSON.stringify(
      ok
        ? assessReplacement(PLAN, [], { type: 'damage', at: LATER, serial: PLAN.serial })
        : checkPurchaseEligibility({ product: 'mavic-3', productRegion: 'US', planRegion: 'DE', purchaseAt: LATER, activatedAt: '2026-05-01T10:00:00Z', previouslyBound: false }),
    ),
  ) as unknown,
];

const TABLE: Readonly<Record<string, Entry>> = {
  isClauseId: { mode: 'total', note: TOTAL_NOTE },
  isRegionCode: { mode: 'total', note: TOTAL_NOTE },

  checkPurchaseEligibility: {
    mode: 'validating',
    valid: [eligibilityInput],
    cases: casesOf('', eligibilityInput, [
      { path: [0], field: 'input', kind: 'record' },
      { path: [0, 'product'], field: 'product', kind: 'product' },
      { path: [0, 'productRegion'], field: 'productRegion', kind: 'region' },
      { path: [0, 'planRegion'], field: 'planRegion', kind: 'region' },
      { path: [0, 'purchaseAt'], field: 'purchaseAt', kind: 'instant' },
      {
        path: [0, 'activatedAt'],
        field: 'activatedAt',
        kind: 'instant',
        optional: true,
        nullable: true,
        nullMeans: 'never activated (ELIG-NEW)',
        extra: [bad('out-of-order', 'one second after purchaseAt', '2026-03-02T10:00:01Z')],
      },
      { path: [0, 'previouslyBound'], field: 'previouslyBound', kind: 'boolean', optional: true },
      { path: [0, 'verificationNoticeAt'], field: 'verificationNoticeAt', kind: 'instant', optional: true },
      ...TERMS_FIELDS,
    ]),
  },

  localBuyBy: {
    mode: 'validating',
    valid: [deadlineArgs, () => [{ buyBy: null }, 'Asia/Tokyo']],
    cases: casesOf('', deadlineArgs, [
      { path: [0], field: 'eligibility', kind: 'record' },
      { path: [0, 'buyBy'], field: 'eligibility.buyBy', kind: 'instant', optional: true, nullable: true, nullMeans: 'no deadline (ELIG-NEW)' },
      { path: [1], field: 'timeZone', kind: 'zone' },
    ]),
  },

  agreementDate: {
    mode: 'validating',
    valid: [bundle, separate, code],
    cases: [
      ...casesOf('bundle: ', bundle, [
        { path: [0], field: 'input', kind: 'record' },
        { path: [0, 'channel'], field: 'channel', kind: 'channel' },
        { path: [0, 'product'], field: 'product', kind: 'product' },
        { path: [0, 'timeZone'], field: 'timeZone', kind: 'zone' },
        { path: [0, 'activatedAt'], field: 'activatedAt', kind: 'instant', optional: true, nullable: true, nullMeans: 'never activated' },
        { path: [0, 'deliveredOn'], field: 'deliveredOn', kind: 'date', optional: true },
        ...TERMS_FIELDS,
      ]),
      ...casesOf('separate: ', separate, [
        { path: [0, 'timeZone'], field: 'timeZone', kind: 'zone' },
        { path: [0, 'purchasedAt'], field: 'purchasedAt', kind: 'instant' },
      ]),
      ...casesOf('code: ', code, [
        { path: [0, 'timeZone'], field: 'timeZone', kind: 'zone' },
        { path: [0, 'boundAt'], field: 'boundAt', kind: 'instant' },
      ]),
    ],
  },

  coveragePeriods: {
    mode: 'validating',
    valid: [periodsInput],
    cases: casesOf('', periodsInput, [
      { path: [0], field: 'input', kind: 'record' },
      { path: [0, 'product'], field: 'product', kind: 'product' },
      { path: [0, 'term'], field: 'term', kind: 'term' },
      { path: [0, 'region'], field: 'region', kind: 'region' },
      { path: [0, 'timeZone'], field: 'timeZone', kind: 'zone' },
      { path: [0, 'agreementDate'], field: 'agreementDate', kind: 'date' },
      { path: [0, 'officialWarrantyStart'], field: 'officialWarrantyStart', kind: 'date', optional: true },
      ...TERMS_FIELDS,
    ]),
  },

  periodList: {
    mode: 'validating',
    valid: [() => [samplePeriods()]],
    cases: casesOf('', () => [samplePeriods()], [
      { path: [0], field: 'periods', kind: 'record' },
      { path: [0, 'replacement'], field: 'periods.replacement', kind: 'period' },
      { path: [0, 'officialWarranty'], field: 'periods.officialWarranty', kind: 'period' },
      { path: [0, 'safeFlight'], field: 'periods.safeFlight', kind: 'period', nullable: true },
    ]),
  },

  isInPeriod: {
    mode: 'validating',
    valid: [() => [samplePeriods().replacement, '2026-06-01T12:00:00+02:00']],
    cases: casesOf('', () => [samplePeriods().replacement, '2026-06-01T12:00:00+02:00'], [
      { path: [0], field: 'period', kind: 'record' },
      { path: [0, 'start'], field: 'period.start', kind: 'instant' },
      { path: [0, 'end'], field: 'period.end', kind: 'instant' },
      { path: [1], field: 'at', kind: 'instant' },
    ]),
  },

  resolveTerms: {
    mode: 'validating',
    valid: [() => [DEFAULT_TERMS], () => [undefined]],
    cases: casesOf('', () => [DEFAULT_TERMS], [{ path: [0], field: 'terms', kind: 'terms', optional: true }]),
  },

  requireProduct: {
    mode: 'validating',
    valid: [() => ['mavic-3', DEFAULT_TERMS]],
    cases: casesOf('', () => ['mavic-3', DEFAULT_TERMS], [
      { path: [0], field: 'product', kind: 'product' },
      { path: [1], field: 'terms', kind: 'terms', optional: true },
    ]),
  },

  findListing: {
    mode: 'validating',
    valid: [() => ['mavic-3', '1y'], () => ['mini-2', '2y']],
    cases: casesOf('', () => ['mavic-3', '1y'], [
      { path: [0], field: 'product', kind: 'product' },
      { path: [1], field: 'term', kind: 'term' },
    ]),
  },

  money: {
    mode: 'validating',
    valid: [() => ['159.00', 'USD'], () => [new Decimal('-1.5'), 'EUR'], () => [239, 'USD']],
    cases: casesOf('', () => ['159.00', 'USD'], [
      { path: [0], field: 'amount', kind: 'amount' },
      { path: [1], field: 'amount.currency', kind: 'currency' },
    ]),
  },

  sumMoney: {
    mode: 'validating',
    valid: [() => [[money('159', 'USD'), money('199', 'USD')], 'USD'], () => [[], 'EUR']],
    cases: casesOf('', () => [[money('159', 'USD'), money('199', 'USD')], 'USD'], [
      { path: [0], field: 'amounts', kind: 'array' },
      {
        path: [0, 1],
        field: 'amounts[1]',
        kind: 'money',
        extra: [bad('unknown-value', 'EUR in a USD sum', money('1', 'EUR'))],
      },
      { path: [1], field: 'currency', kind: 'currency' },
    ]),
  },

  formatMoney: {
    mode: 'validating',
    valid: [() => [money('739', 'USD')], () => [money('19800', 'JPY'), { locale: 'ja' }]],
    cases: casesOf('', () => [money('739', 'USD'), { locale: 'de' }], [
      { path: [0], field: 'value', kind: 'money' },
      { path: [1], field: 'options', kind: 'record', optional: true, nullable: true },
      {
        path: [1, 'locale'],
        field: 'options.locale',
        kind: 'string',
        optional: true,
        nullable: true,
        extra: [bad('unknown-value', "'en_US'", 'en_US'), bad('unknown-value', 'a 65-character tag', `en-${'x'.repeat(62)}`)],
      },
    ]),
  },

  moneyFromJSON: {
    mode: 'validating',
    valid: [() => [{ amount: '159.00', currency: 'USD' }], () => [{ amount: '159', currency: 'USD' }, 'fee'], () => [money('4690', 'JPY')]],
    cases: casesOf('', () => [{ amount: '159.00', currency: 'USD' }], [
      { path: [0], field: 'money', kind: 'record' },
      {
        path: [0, 'amount'],
        field: 'money.amount',
        kind: 'amount',
        extra: [bad('wrong-type', '159 (a JSON number)', 159), bad('unknown-value', "'159.001' (MONEY-UNITS)", '159.001')],
      },
      { path: [0, 'currency'], field: 'money.currency', kind: 'currency', extra: [bad('unknown-value', "'XAU' (not in the table)", 'XAU')] },
    ]),
  },

  timelineSvg: {
    mode: 'validating',
    valid: [timelineArgs, () => [periodList(samplePeriods())]],
    cases: casesOf('', timelineArgs, timelineFields([
      { path: [1, 'width'], field: 'options.width', kind: 'count', optional: true, extra: [bad('bad-count', '10 (too narrow)', 10)] },
      { path: [1, 'height'], field: 'options.height', kind: 'count', optional: true, extra: [bad('bad-count', '10 (too low)', 10)] },
    ])),
  },
  timelineText: {
    mode: 'validating',
    valid: [timelineArgs, () => [periodList(samplePeriods())]],
    cases: casesOf('', timelineArgs, timelineFields([
      { path: [1, 'columns'], field: 'options.columns', kind: 'count', optional: true },
      { path: [1, 'ascii'], field: 'options.ascii', kind: 'boolean', optional: true },
    ])),
  },

  // The ledger (issue 3).
  planFromJSON: {
    mode: 'validating',
    valid: [() => [PLAN], () => [{ ...PLAN, officialWarrantyStart: '2026-02-01' }, {}]],
    cases: casesOf('', () => [PLAN, {}], [...planFields(0), ...optionsFields(1)]),
  },
  ledgerFromJSON: {
    mode: 'validating',
    valid: [() => [EVENTS, PLAN], () => [[], PLAN, {}]],
    cases: casesOf('', () => [EVENTS, PLAN, {}], [{ path: [0], field: 'events', kind: 'events' }, ...planFields(1), ...optionsFields(2)]),
  },
  planStatus: { mode: 'validating', valid: [atRule], cases: ledgerCases(atRule, [{ path: [2], field: 'at', kind: 'instant' }]) },
  safeFlightReward: { mode: 'validating', valid: [atRule], cases: ledgerCases(atRule, [{ path: [2], field: 'at', kind: 'instant' }]) },
  checkCareRefreshPlus: { mode: 'validating', valid: [atRule], cases: ledgerCases(atRule, [{ path: [2], field: 'at', kind: 'instant' }]) },
  applyCareRefreshPlus: { mode: 'validating', valid: [atRule], cases: ledgerCases(atRule, [{ path: [2], field: 'at', kind: 'instant' }]) },
  assessReplacement: {
    mode: 'validating',
    valid: [damage, flyaway],
    cases: [
      ...ledgerCases(damage, [
        { path: [2], field: 'claim', kind: 'record' },
        { path: [2, 'type'], field: 'claim.type', kind: 'oneOf' },
        claimAt(2, 'claim.at'),
        claimSerial(2, 'claim.serial'),
        { path: [2, 'express'], field: 'claim.express', kind: 'boolean', optional: true },
      ]),
      ...casesOf('flyaway: ', flyaway, incidentFields('claim').slice(1)),
    ],
  },
  checkFlyaway: {
    mode: 'validating',
    valid: [() => [PLAN, EVENTS, incident, {}]],
    cases: ledgerCases(() => [PLAN, EVENTS, incident, {}], incidentFields('incident')),
  },
  assessDiscountedRepair: {
    mode: 'validating',
    valid: [repair],
    cases: ledgerCases(repair, [
      { path: [2], field: 'claim', kind: 'record' },
      claimAt(2, 'claim.at'),
      claimSerial(2, 'claim.serial'),
      { path: [2, 'cause'], field: 'claim.cause', kind: 'oneOf' },
    ]),
  },
  assessMaintenance: {
    mode: 'validating',
    valid: [maintenance],
    cases: ledgerCases(maintenance, [{ path: [2], field: 'request', kind: 'record' }, claimAt(2, 'request.at'), claimSerial(2, 'request.serial')]),
  },
  rebindAfterReplacement: {
    mode: 'validating',
    valid: [rebind],
    cases: ledgerCases(rebind, [
      { path: [2], field: 'rebind', kind: 'record' },
      claimAt(2, 'rebind.at'),
      { path: [2, 'newSerial'], field: 'rebind.newSerial', kind: 'string' },
    ]),
  },
  // Rendering stored values (issue 11).
  renderDecision: {
    mode: 'validating',
    valid: [() => [api.assessMaintenance(PLAN, EVENTS, { at: LATER, serial: PLAN.serial }, { messages: false })], () => [api.checkPurchaseEligibility(eligibilityInput()[0]), { locale: api.en }]],
    cases: casesOf('', () => [api.checkPurchaseEligibility(eligibilityInput()[0], { messages: false }), {}], [
      { path: [0], field: 'decision', kind: 'record' },
      { path: [1], field: 'options', kind: 'record', optional: true },
      { path: [1, 'locale'], field: 'options.locale', kind: 'record', optional: true },
    ]),
  },
  renderStatus: {
    mode: 'validating',
    valid: [() => [api.planStatus(PLAN, EVENTS, LATER, { messages: false })], () => [api.planStatus(PLAN, EVENTS, LATER), {}]],
    cases: casesOf('', () => [api.planStatus(PLAN, EVENTS, LATER, { messages: false }), {}], [
      { path: [0], field: 'status', kind: 'record' },
      { path: [1], field: 'options', kind: 'record', optional: true },
    ]),
  },
  describePlan: {
    mode: 'validating',
    valid: [statusArgs, () => [planStatus(PLAN, [], '2027-06-01T00:00:00Z')]],
    cases: casesOf('', statusArgs, [
      { path: [0], field: 'status', kind: 'record' },
      ...planFields(0).map((f) => ({ ...f, path: [0, 'plan', ...f.path.slice(1)], field: f.field.replace(/^plan/, 'status.plan') })),
      { path: [0, 'at'], field: 'status.at', kind: 'instant' },
      { path: [0, 'serial'], field: 'status.serial', kind: 'string' },
      { path: [0, 'formerSerials'], field: 'status.formerSerials', kind: 'array' },
      { path: [0, 'replacement'], field: 'status.replacement', kind: 'record' },
      { path: [0, 'warrantyRepairs'], field: 'status.warrantyRepairs', kind: 'count' },
      { path: [0, 'safeFlight', 'state'], field: 'status.safeFlight.state', kind: 'oneOf' },
      { path: [0, 'nextFees'], field: 'status.nextFees', kind: 'record' },
      { path: [1], field: 'options', kind: 'record', optional: true },
      { path: [1, 'clauses'], field: 'options.clauses', kind: 'boolean', optional: true },
      { path: [1, 'terms'], field: 'terms', kind: 'terms', optional: true },
    ]),
  },
  statusFromJSON: {
    mode: 'validating',
    valid: [storedStatusArgs, () => [planStatus(PLAN, [], '2027-06-01T00:00:00Z')]],
    cases: casesOf('', storedStatusArgs, [
      { path: [0], field: 'status', kind: 'record' },
      ...planFields(0).map((f) => ({ ...f, path: [0, 'plan', ...f.path.slice(1)], field: f.field.replace(/^plan/, 'status.plan') })),
      { path: [0, 'at'], field: 'status.at', kind: 'instant' },
      { path: [0, 'serial'], field: 'status.serial', kind: 'string' },
      { path: [0, 'formerSerials'], field: 'status.formerSerials', kind: 'array' },
      { path: [0, 'periods'], field: 'status.periods', kind: 'array' },
      { path: [0, 'replacement'], field: 'status.replacement', kind: 'record' },
      { path: [0, 'available'], field: 'status.available', kind: 'record' },
      { path: [0, 'warrantyRepairs'], field: 'status.warrantyRepairs', kind: 'count' },
      { path: [0, 'safeFlight', 'state'], field: 'status.safeFlight.state', kind: 'oneOf' },
      { path: [0, 'carePlus'], field: 'status.carePlus', kind: 'record' },
      { path: [0, 'nextFees'], field: 'status.nextFees', kind: 'record' },
      { path: [0, 'nextFees', 'damage', 'fee'], field: 'status.nextFees.damage.fee', kind: 'record' },
      { path: [0, 'nextFees', 'damage', 'fee', 'amount'], field: 'status.nextFees.damage.fee.amount', kind: 'amount', extra: [bad('unknown-value', "'159.001' (MONEY-UNITS)", '159.001')] },
      { path: [0, 'nextFees', 'damage', 'fee', 'currency'], field: 'status.nextFees.damage.fee.currency', kind: 'currency' },
      { path: [0, 'edition'], field: 'status.edition', kind: 'string' },
      ...optionsFields(1),
    ]),
  },
  decisionFromJSON: {
    mode: 'validating',
    valid: [storedDecisionArgs(false), storedDecisionArgs(true), () => [checkServiceLocation(PLAN, { service: 'discounted-repair', region: 'US' })]],
    cases: [
      ...casesOf('refused: ', storedDecisionArgs(false), [
        { path: [0], field: 'decision', kind: 'record' },
        { path: [0, 'ok'], field: 'decision.ok', kind: 'boolean' },
        { path: [0, 'reasons'], field: 'decision.reasons', kind: 'array' },
        { path: [0, 'reasons', 0, 'clause'], field: 'decision.reasons[0].clause', kind: 'string' },
        { path: [0, 'trace'], field: 'decision.trace', kind: 'array' },
        { path: [0, 'nextSteps'], field: 'decision.nextSteps', kind: 'array' },
        { path: [0, 'edition'], field: 'decision.edition', kind: 'string' },
      ]),
      ...casesOf('accepted: ', storedDecisionArgs(true), [
        { path: [0, 'value'], field: 'decision.value', kind: 'record' },
        { path: [0, 'value', 'fee', 'fee', 'amount'], field: 'decision.value.fee.fee.amount', kind: 'amount', extra: [bad('unknown-value', "'159.001' (MONEY-UNITS)", '159.001')] },
        { path: [0, 'value', 'fee', 'fee', 'currency'], field: 'decision.value.fee.fee.currency', kind: 'currency' },
        { path: [0, 'trace', 0, 'passed'], field: 'decision.trace[0].passed', kind: 'boolean' },
      ]),
    ],
  },
  checkServiceLocation: {
    mode: 'validating',
    valid: [location, () => [PLAN, { service: 'discounted-repair', region: 'DE' }]],
    cases: casesOf('', location, [
      ...planFields(0),
      { path: [1], field: 'request', kind: 'record' },
      { path: [1, 'service'], field: 'request.service', kind: 'oneOf' },
      { path: [1, 'region'], field: 'request.region', kind: 'region' },
      { path: [1, 'proofOfPurchase'], field: 'request.proofOfPurchase', kind: 'oneOf', optional: true },
      ...optionsFields(2),
    ]),
  },
};

/** Exported classes: constructors, not rules (`InvalidInputError` is what the table expects). */
const EXPORTED_CLASSES = ['InvalidInputError'];

// ---------------------------------------------------------------------------------------
// The tests

const exportedFunctions = Object.entries(api)
  .filter(([name, value]) => typeof value === 'function' && !EXPORTED_CLASSES.includes(name))
  .map(([name]) => name)
  .sort();

const callable = api as unknown as Readonly<Record<string, (...args: readonly unknown[]) => unknown>>;

/** Every hostile value of every kind, for the total predicates. */
const EVERY_BAD_VALUE: readonly Bad[] = Object.values(BAD)
  .flat()
  .filter((b) => b.make === undefined);

function describeThrown(thrown: unknown): string {
  if (thrown instanceof Error) return `${thrown.name}: ${thrown.message}`;
  return `non-error ${String(thrown)}`;
}

describe('hostile input: the table', () => {
  it('has an entry for every exported function (add one for each new export)', () => {
    expect(exportedFunctions.filter((name) => !(name in TABLE))).toEqual([]);
  });
  it('has no entry for a function that is not exported', () => {
    expect(Object.keys(TABLE).filter((name) => !exportedFunctions.includes(name))).toEqual([]);
  });
  it('exports no class other than InvalidInputError', () => {
    const classes = Object.entries(api)
      .filter(([, v]) => typeof v === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(v)))
      .map(([n]) => n);
    expect(classes).toEqual(EXPORTED_CLASSES);
  });
  it.each(Object.entries(TABLE).filter(([, e]) => e.mode === 'validating'))('%s: its valid calls do not throw', (name, entry) => {
    if (entry.mode !== 'validating') return;
    for (const valid of entry.valid) expect(() => callable[name]?.(...valid())).not.toThrow();
  });
});

const counted = { cases: 0, classes: new Set<BadClass>(), byFunction: new Map<string, number>() };

for (const [name, entry] of Object.entries(TABLE)) {
  if (entry.mode === 'total') {
    describe(`hostile input: ${name} (${entry.note})`, () => {
      it.each(EVERY_BAD_VALUE.map((b) => [`${b.cls} · ${b.label}`, b] as const))('%s', (_label, b) => {
        expect(callable[name]?.(b.value)).toBe(false);
      });
    });
    counted.cases += EVERY_BAD_VALUE.length;
    counted.byFunction.set(name, EVERY_BAD_VALUE.length);
    for (const b of EVERY_BAD_VALUE) counted.classes.add(b.cls);
    continue;
  }
  const cases = entry.cases.filter((c) => c.nullPair === undefined);
  counted.cases += cases.length;
  counted.byFunction.set(name, cases.length);
  for (const c of cases) counted.classes.add(c.cls);
  describe(`hostile input: ${name}`, () => {
    it.each(cases.map((c) => [`${c.cls} · ${c.name}`, c] as const))('%s', (_label, c) => {
      let thrown: unknown;
      let result: unknown;
      try {
        result = callable[name]?.(...c.args);
      } catch (error) {
        thrown = error;
      }
      if (thrown === undefined) {
        expect.fail(`${name} accepted bad ${c.field} (${c.cls}) and returned ${JSON.stringify(result)?.slice(0, 200)}`);
      }
      if (!(thrown instanceof InvalidInputError)) {
        expect.fail(`${name} threw ${describeThrown(thrown)} instead of InvalidInputError naming ${c.field}`);
      }
      const named = thrown.field === c.field || thrown.field.startsWith(`${c.field}.`) || thrown.field.startsWith(`${c.field}[`);
      expect(named, `error names '${thrown.field}', expected '${c.field}': ${thrown.message}`).toBe(true);
      // The message names the field and says what was wrong (a non-empty problem).
      expect(thrown.message).toContain(thrown.field);
      expect(thrown.message).toMatch(/^Invalid \S+: \S[^]*\(received [^]+\)\.$/);
    });
  });
}

// Issue 12: a database row with a null column must not break a call. Every optional field of
// every exported function (the fields marked `optional` above) is given as `null`: the answer
// is the one with the field absent.
const NULL_CASES = Object.entries(TABLE).flatMap(([name, entry]) =>
  entry.mode === 'validating' ? entry.cases.flatMap((c) => (c.nullPair === undefined ? [] : [[`${name}: ${c.name}`, name, c.nullPair] as const])) : [],
);

describe('null means none: every optional fact given as null answers as if absent', () => {
  it('covers the optional fields of the table', () => {
    expect(NULL_CASES.length).toBeGreaterThan(30);
  });
  it.each(NULL_CASES)('%s', (_label, name, pair) => {
    const run = (args: readonly unknown[]): unknown => {
      try {
        return { value: JSON.parse(JSON.stringify(callable[name]?.(...args) ?? null)) as unknown };
      } catch (error) {
        return { thrown: describeThrown(error) };
      }
    };
    expect(run(pair.withNull())).toEqual(run(pair.absent()));
  });
});

describe('hostile input: the classes', () => {
  it('tries every class the issue names that applies to the exported functions', () => {
    // The ledger classes apply once a ledger function (issue 3) has an `events` field.
    const ledgerClasses: readonly BadClass[] = ['before-plan', 'other-serial'];
    const expected = (Object.keys(CLASSES) as BadClass[]).filter((c) => !ledgerClasses.includes(c) || counted.classes.has(c));
    expect([...counted.classes].sort()).toEqual(expected.sort());
  });
});

afterAll(() => {
  const perFunction = [...counted.byFunction].map(([n, c]) => `${n} ${c}`).join(', ');
  const untried = (Object.keys(CLASSES) as BadClass[]).filter((c) => !counted.classes.has(c));
  writeReport(
    'hostile-input',
    `hostile input: ${counted.classes.size} of ${Object.keys(CLASSES).length} classes tried, ${counted.cases} cases over ${counted.byFunction.size} functions`,
    [`cases per function: ${perFunction}`, ...(untried.length > 0 ? [`not yet applicable: ${untried.join(', ')}`] : [])],
  );
});

// ---------------------------------------------------------------------------------------
// SECURITY.md: the library does no I/O. Checked on the source text of src/.

/** What SECURITY.md promises the source never does, as patterns over its text. */
const FORBIDDEN: readonly (readonly [what: string, pattern: RegExp])[] = [
  ['read the clock', /\bDate\.now\s*\(|new Date\(\s*\)|\bperformance\.now\s*\(/],
  ['read the environment or the process', /\bprocess\s*[.[]|\bDeno\.|\bBun\./],
  ['use the network', /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b/],
  ['import a Node.js built-in (file system, network, OS)', /from\s+['"](node:)?(fs|fs\/promises|net|http|https|http2|dgram|dns|tls|child_process|os|path|worker_threads|vm)['"]/],
  ['evaluate code', /\beval\s*\(|\bnew\s+Function\s*\(|\bimport\s*\(|\brequire\s*\(/],
  ['use randomness', /\bMath\.random\s*\(|\bcrypto\./],
  ['reach for the global object', /\bglobalThis\b/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

/** The code of a file without its comments (doc comments may mention `Date.now()`). */
function codeOf(file: string): string {
  return readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const SOURCE_FILES = sourceFiles(join(import.meta.dirname, '..', 'src'));
/** Under Stryker the sources are instrumented (its own `globalThis` lookups): nothing to check there. */
const INSTRUMENTED = SOURCE_FILES.some((f) => readFileSync(f, 'utf8').includes('stryNS_9fa48'));

describe.skipIf(INSTRUMENTED)('SECURITY: the source does no I/O', () => {
  const files = SOURCE_FILES;
  it.each(FORBIDDEN)('no file in src/ may %s', (_what, pattern) => {
    expect(files.filter((f) => pattern.test(codeOf(f)))).toEqual([]);
  });
});
