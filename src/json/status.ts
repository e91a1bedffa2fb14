/**
 * A stored {@link PlanStatus} read back ({@link statusFromJSON}): support tools keep statuses
 * as JSON, and a status read back is a status again, for {@link describePlan} and anything else
 * that takes one.
 *
 * @module
 */
import { type RuleOptions, termsOf } from '../catalog/terms';
import { InvalidInputError } from '../errors';
import type { QuotaAnomaly } from '../ledger/anomalies';
import type { FeeQuote } from '../ledger/fees';
import type { QuotaCount, ReplacementQuota, ServiceQuota } from '../ledger/quotas';
import type { PeriodStatus, PlanStatus } from '../ledger/status';
import { resolvePlan } from '../ledger/valid-plan';
import { LIMITS } from '../limits';
import { readPeriod } from '../periods';
import { SERVICE_EVENT_TYPES, type ServiceEvent } from '../plan';
import type { Period } from '../time/period';
import { isNone, readListOf, readRecord, requireBoolean, requireCount, requireOneOf, requireSerial, requireString } from '../validate';
import { readClause, readInstantText, readJsonValue, readMoneyValue, readReason, readReasons } from './read';

const PERIOD_KEYS = ['kind', 'clause', 'start', 'end', 'startDate', 'lastDate', 'endDate', 'timeZone'] as const;

function period(value: unknown, field: string): Period {
  return readPeriod(value, field).period;
}

function periodStatus(value: unknown, field: string): PeriodStatus {
  const p = readRecord(value, field, [...PERIOD_KEYS, 'inForce']);
  return { ...period(p, field), inForce: requireBoolean(p.inForce, `${field}.inForce`) };
}

function count(value: unknown, field: string): QuotaCount {
  const c = readRecord(value, field, ['allowed', 'used', 'remaining']);
  return countOf(c, field);
}

function countOf(c: { readonly allowed: unknown; readonly used: unknown; readonly remaining: unknown }, field: string): QuotaCount {
  const allowed = requireCount(c.allowed, `${field}.allowed`);
  const used = requireCount(c.used, `${field}.used`);
  const remaining = requireCount(c.remaining, `${field}.remaining`);
  if (remaining > allowed) throw new InvalidInputError(`${field}.remaining`, 'invalid-count', `expected at most allowed (${allowed})`, remaining);
  return { allowed, used, remaining };
}

const QUOTA_CLAUSES = ['QUOTA-1Y', 'QUOTA-2Y', 'PLUS-EFFECT'] as const;

function replacementQuota(value: unknown, field: string): ReplacementQuota {
  const q = readRecord(value, field, ['clause', 'period', 'inForce', 'replacements', 'damage', 'flyaway']);
  return {
    clause: requireOneOf(q.clause, `${field}.clause`, QUOTA_CLAUSES),
    period: period(q.period, `${field}.period`),
    inForce: requireBoolean(q.inForce, `${field}.inForce`),
    replacements: count(q.replacements, `${field}.replacements`),
    damage: count(q.damage, `${field}.damage`),
    flyaway: count(q.flyaway, `${field}.flyaway`),
  };
}

function serviceQuota(value: unknown, field: string): ServiceQuota | null {
  if (value === null) return null;
  const s = readRecord(value, field, ['clause', 'period', 'inForce', 'allowed', 'used', 'remaining']);
  return {
    clause: requireOneOf(s.clause, `${field}.clause`, ['SVC-REPAIR-DISCOUNT', 'SVC-MAINTENANCE'] as const),
    period: period(s.period, `${field}.period`),
    inForce: requireBoolean(s.inForce, `${field}.inForce`),
    ...countOf(s, field),
  };
}

function feeQuote(value: unknown, field: string): FeeQuote | null {
  if (value === null) return null;
  const f = readRecord(value, field, ['published', 'fee', 'kind', 'ordinal', 'clause', 'source', 'reason']);
  const published = requireBoolean(f.published, `${field}.published`);
  const kind = requireOneOf(f.kind, `${field}.kind`, ['damage', 'flyaway'] as const);
  const ordinal = requireCount(f.ordinal, `${field}.ordinal`);
  if (!published) return { published, kind, ordinal, reason: readReason(f.reason, `${field}.reason`) };
  return {
    published,
    fee: readMoneyValue(f.fee, `${field}.fee`),
    kind,
    ordinal,
    clause: readClause(f.clause, `${field}.clause`),
    source: requireString(f.source, `${field}.source`),
  };
}

function event(value: unknown, field: string): ServiceEvent {
  const copy = readJsonValue(value, field) as Readonly<Record<string, unknown>>;
  const e = readRecord(copy, field, ['type']);
  requireOneOf(e.type, `${field}.type`, SERVICE_EVENT_TYPES);
  return copy as unknown as ServiceEvent;
}

function anomaly(value: unknown, field: string): QuotaAnomaly {
  const a = readRecord(value, field, ['clause', 'code', 'params', 'message', 'expected', 'received', 'indices', 'events']);
  const reason = readReason(a, field);
  requireOneOf(reason.clause, `${field}.clause`, QUOTA_CLAUSES);
  // Without its words (`messages: false`) an anomaly has its code and params instead.
  const coded = (reason as { readonly code?: string }).code !== undefined;
  return {
    ...(reason as QuotaAnomaly),
    ...(coded
      ? {}
      : {
          expected: requireString(a.expected, `${field}.expected`, LIMITS.messageLength),
          received: requireString(a.received, `${field}.received`, LIMITS.messageLength),
        }),
    indices: readListOf(a.indices, `${field}.indices`, requireCount, LIMITS.ledgerEvents),
    events: readListOf(a.events, `${field}.events`, event, LIMITS.ledgerEvents),
  };
}

const STATUS_KEYS = [
  'at',
  'plan',
  'serial',
  'formerSerials',
  'periods',
  'replacement',
  'renewal',
  'discountedRepairs',
  'maintenance',
  'warrantyRepairs',
  'available',
  'safeFlight',
  'carePlus',
  'nextFees',
  'anomalies',
  'edition',
] as const;

/**
 * A {@link PlanStatus} read back from JSON (as {@link planFromJSON} is for plans): every field
 * read once into a fresh value and validated, money revived with {@link moneyFromJSON}, so that
 * `statusFromJSON(JSON.parse(JSON.stringify(s)))` equals `s` and {@link describePlan} words it
 * the same. A status as returned (money as `Decimal`) is read the same way. Reasons may carry
 * a message `code` and `params`. A status stored before `anomalies` existed reads as none.
 *
 * @param json - the parsed status
 * @param options - `terms` the status was made under, when not the built-in ones (to accept
 * the caller's products)
 * @returns the status
 * @throws {@link InvalidInputError} naming the field (`status.nextFees.damage.fee.amount`,
 * `status.plan.product`, ...) when the value is not a status {@link planStatus} could return
 *
 * @example
 * ```ts
 * const plan = { product: 'mavic-3', serial: 'A1', term: '1y', region: 'US', timeZone: 'America/Chicago', agreementDate: '2026-03-01' };
 * const status = planStatus(plan, [], '2026-05-01T12:00:00Z');
 * const stored = JSON.stringify(status);
 * stored.includes('"fee":{"amount":"159.00","currency":"USD"}'); //=> true
 * const back = statusFromJSON(JSON.parse(stored));
 * back.nextFees.damage?.published && formatMoney(back.nextFees.damage.fee); //=> 'USD 159.00'
 * describePlan(back) === describePlan(status);      //=> true
 * ```
 *
 * @category Ledger
 */
export function statusFromJSON(json: unknown, options: RuleOptions | null = {}): PlanStatus {
  const terms = termsOf(options);
  const field = 'status';
  const s = readRecord(json, field, STATUS_KEYS);
  const plan = resolvePlan(s.plan, terms, `${field}.plan`).plan;
  const available = readRecord(s.available, `${field}.available`, ['replacements', 'damage', 'flyaway', 'discountedRepairs', 'maintenance']);
  const sf = readRecord(s.safeFlight, `${field}.safeFlight`, ['state', 'period', 'inForce', 'reasons']);
  const cp = readRecord(s.carePlus, `${field}.carePlus`, ['purchased', 'purchasedAt', 'canBuy', 'reasons']);
  const fees = readRecord(s.nextFees, `${field}.nextFees`, ['damage', 'flyaway']);
  return {
    at: readInstantText(s.at, `${field}.at`),
    plan,
    serial: requireSerial(s.serial, `${field}.serial`),
    formerSerials: readListOf(s.formerSerials, `${field}.formerSerials`, requireSerial, LIMITS.ledgerEvents),
    periods: readListOf(s.periods, `${field}.periods`, periodStatus),
    replacement: replacementQuota(s.replacement, `${field}.replacement`),
    renewal: s.renewal === null ? null : replacementQuota(s.renewal, `${field}.renewal`),
    discountedRepairs: serviceQuota(s.discountedRepairs, `${field}.discountedRepairs`),
    maintenance: serviceQuota(s.maintenance, `${field}.maintenance`),
    warrantyRepairs: requireCount(s.warrantyRepairs, `${field}.warrantyRepairs`),
    available: {
      replacements: requireCount(available.replacements, `${field}.available.replacements`),
      damage: requireCount(available.damage, `${field}.available.damage`),
      flyaway: requireCount(available.flyaway, `${field}.available.flyaway`),
      discountedRepairs: requireCount(available.discountedRepairs, `${field}.available.discountedRepairs`),
      maintenance: requireCount(available.maintenance, `${field}.available.maintenance`),
    },
    safeFlight: {
      state: requireOneOf(sf.state, `${field}.safeFlight.state`, ['not-offered', 'pending', 'earned', 'forfeited'] as const),
      period: sf.period === null ? null : period(sf.period, `${field}.safeFlight.period`),
      inForce: requireBoolean(sf.inForce, `${field}.safeFlight.inForce`),
      reasons: readReasons(sf.reasons, `${field}.safeFlight.reasons`),
    },
    carePlus: {
      purchased: requireBoolean(cp.purchased, `${field}.carePlus.purchased`),
      purchasedAt: cp.purchasedAt === null ? null : readInstantText(cp.purchasedAt, `${field}.carePlus.purchasedAt`),
      canBuy: requireBoolean(cp.canBuy, `${field}.carePlus.canBuy`),
      reasons: readReasons(cp.reasons, `${field}.carePlus.reasons`),
    },
    nextFees: { damage: feeQuote(fees.damage, `${field}.nextFees.damage`), flyaway: feeQuote(fees.flyaway, `${field}.nextFees.flyaway`) },
    anomalies: isNone(s.anomalies) ? [] : readListOf(s.anomalies, `${field}.anomalies`, anomaly),
    edition: requireString(s.edition, `${field}.edition`),
  };
}
