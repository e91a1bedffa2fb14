/**
 * The readers of a stored {@link PlanStatus} for `describePlan`: each part of the status it
 * words (the quotas of QUOTA-1Y, QUOTA-2Y and PLUS-EFFECT, the services of SVC-REPAIR-DISCOUNT
 * and SVC-MAINTENANCE, the periods under TIME-RANGE, the reasons of SVC-SAFE-FLIGHT and
 * PLUS-ELIGIBLE, the next fees of CAT-FEES-MAVIC3-1Y) read once and checked, so that a status
 * stored as JSON and read back is worded like a fresh one.
 *
 * @module
 */
import { isClauseId, type ClauseId } from './clauses';
import { InvalidInputError } from './errors';
import type { ReplacementQuota } from './ledger/quotas';
import type { PlanStatus } from './ledger/status';
import { readJsonValue, readMoneyValue } from './json/read';
import { type Money, formatMoney } from './money';
import { formattingLocale } from './locale/locale';
import { requireComputedDate } from './time/calendar';
import type { Catalogue, RenderContext } from './messages/codes';
import { requireParams } from './messages/param-kinds';
import { withWords } from './messages/words';
import type { CalendarDate, CodedReason, Reason, RegionCode } from './types';
import { LIMITS } from './limits';
import { readListOf, readRecord, requireBoolean, requireCount, requireOneOf, requireString } from './validate';

/** The dates of a period, all the summary needs of it. */
export interface Dates {
  readonly startDate: CalendarDate;
  readonly lastDate: CalendarDate;
}

/** A stored count of a quota or service: allowed, used, remaining. */
export interface Count {
  readonly allowed: number;
  readonly used: number;
  readonly remaining: number;
}

/** A stored replacement quota (QUOTA-1Y, QUOTA-2Y, or PLUS-EFFECT for the renewal year). */
export interface Quota {
  readonly clause: ReplacementQuota['clause'];
  readonly period: Dates;
  readonly inForce: boolean;
  readonly replacements: Count;
  readonly damage: Count;
  readonly flyaway: Count;
}

/** A stored service count with its period (SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE). */
export interface Service extends Count {
  readonly period: Dates;
  readonly inForce: boolean;
}

/** The next fee of a kind (CAT-FEES-MAVIC3-1Y), as words, or why it is not published. */
export type Fee =
  | { readonly published: true; readonly text: string; readonly ordinal: number; readonly clause: ClauseId }
  | { readonly published: false; readonly clause: ClauseId };

/**
 * A stored period's dates (TIME-RANGE: as the library computed them).
 *
 * @example
 * ```ts
 * readDates({ startDate: '2026-03-01', lastDate: '2027-02-28' }, 'period'); //=> { startDate: '2026-03-01', lastDate: '2027-02-28' }
 * ```
 */
export function readDates(value: unknown, field: string): Dates {
  const p = readRecord(value, field, ['startDate', 'lastDate']);
  // TIME-RANGE: a period's dates as the library computed them (they may run past 9899).
  const startDate = requireComputedDate(p.startDate, `${field}.startDate`);
  const lastDate = requireComputedDate(p.lastDate, `${field}.lastDate`);
  if (lastDate < startDate) {
    throw new InvalidInputError(`${field}.lastDate`, 'invalid-value', `expected a date not before startDate ${startDate}`, lastDate);
  }
  return { startDate, lastDate };
}

/** A stored count; `remaining` may not pass `allowed`. */
export function readCount(value: unknown, field: string): Count {
  const c = readRecord(value, field, ['allowed', 'used', 'remaining']);
  const allowed = requireCount(c.allowed, `${field}.allowed`);
  const used = requireCount(c.used, `${field}.used`);
  const remaining = requireCount(c.remaining, `${field}.remaining`);
  if (remaining > allowed) {
    throw new InvalidInputError(`${field}.remaining`, 'invalid-count', `expected at most allowed (${allowed})`, remaining);
  }
  return { allowed, used, remaining };
}

/** A stored replacement quota. */
export function readQuota(value: unknown, field: string): Quota {
  const q = readRecord(value, field, ['clause', 'period', 'inForce', 'replacements', 'damage', 'flyaway']);
  return {
    clause: requireOneOf(q.clause, `${field}.clause`, ['QUOTA-1Y', 'QUOTA-2Y', 'PLUS-EFFECT'] as const),
    period: readDates(q.period, `${field}.period`),
    inForce: requireBoolean(q.inForce, `${field}.inForce`),
    replacements: readCount(q.replacements, `${field}.replacements`),
    damage: readCount(q.damage, `${field}.damage`),
    flyaway: readCount(q.flyaway, `${field}.flyaway`),
  };
}

/** A stored service count, or `null` when the model has not the service. */
export function readService(value: unknown, field: string): Service | null {
  if (value === null) return null;
  const s = readRecord(value, field, ['allowed', 'used', 'remaining', 'period', 'inForce']);
  return { ...readCount(s, field), period: readDates(s.period, `${field}.period`), inForce: requireBoolean(s.inForce, `${field}.inForce`) };
}

/** A clause id of the spec. */
export function readClause(value: unknown, field: string): ClauseId {
  const id = requireString(value, field, LIMITS.idLength);
  if (!isClauseId(id)) throw new InvalidInputError(field, 'invalid-value', 'expected a clause id of the spec', value);
  return id;
}

/** A stored reason: with its code and params (its words rendered from them), or with words only. */
export interface StoredReason {
  readonly clause: ClauseId;
  readonly message: string;
  readonly coded?: CodedReason;
}

/**
 * The one template of `code` in a catalogue, given the render context: what `withWords` calls
 * (it checks the code, the template and its words as for any caller's catalogue).
 */
function inContext(messages: Catalogue, code: unknown, context: RenderContext): Partial<Catalogue> {
  if (typeof code !== 'string' || !Object.hasOwn(messages, code)) return {};
  const template: unknown = messages[code as keyof Catalogue];
  return { [code]: typeof template === 'function' ? (p: never) => (template as (p: never, c: RenderContext) => unknown)(p, context) : template } as Partial<Catalogue>;
}

/**
 * Stored reasons, their words rendered from code and params through the locale's catalogue, in
 * the plan's context, where they have them; a reason stored before codes keeps its words.
 */
export function readReasons(value: unknown, field: string, messages: Catalogue, context: RenderContext, max: number = LIMITS.ledgerEvents): readonly StoredReason[] {
  // By default as many as the ledger has events (a Safe Flight reason per replacement used).
  return readListOf(
    value,
    field,
    (item, f): StoredReason => {
      const r = readRecord(item, f, ['clause', 'message', 'code', 'params']);
      const clause = readClause(r.clause, `${f}.clause`);
      if (r.code === undefined) return { clause, message: requireString(r.message, `${f}.message`, LIMITS.messageLength) };
      // The template may read a param more than once: it reads a copy (each field read once).
      const coded = { clause, code: r.code, params: readJsonValue(r.params, `${f}.params`) } as CodedReason;
      // Stored params are exactly the code's, each of its kind, before a template writes them.
      requireParams(coded.code, coded.params, f);
      return { clause, message: (withWords(coded, inContext(messages, coded.code, context), f) as Reason).message, coded };
    },
    max,
  );
}

/**
 * Reasons one line quotes, at most half a sentence's length in all (`LIMITS.messageLength`;
 * the locale's own words have the other half): a status the library makes quotes a few short
 * reasons, a stored one could hold 100,000, which made a line past the engine's longest string
 * (its RangeError) or refused the locale's texts for the status's reasons.
 */
export function quotable(reasons: readonly string[], field: string): readonly string[] {
  let total = 0;
  for (const r of reasons) total += r.length;
  const max = LIMITS.messageLength / 2;
  if (total > max) throw new InvalidInputError(field, 'too-large', `expected reasons of at most ${max} characters in all, got ${total}`, `${reasons.length} reasons`);
  return reasons;
}

/**
 * Money as the locale writes it, by `formatMoney` (MONEY-UNITS: the ISO code, exactly the minor
 * unit): in English (any `en` tag) as today (`USD 199.00`); in another language with its
 * decimal mark and order for the plan's market (`199,00 USD` in German).
 */
export function moneyText(m: Money, context: RenderContext): string {
  return /^en(?:-|$)/i.test(context.tag) ? formatMoney(m) : formatMoney(m, { locale: formattingLocale(context.tag, context.region as RegionCode) });
}

/** A stored next fee, or `null` when none is due; its amount written for the context's locale. */
export function readFee(value: unknown, field: string, context: RenderContext): Fee | null {
  if (value === null) return null;
  const f = readRecord(value, field, ['ordinal', 'published', 'fee', 'clause', 'reason']);
  const ordinal = requireCount(f.ordinal, `${field}.ordinal`);
  if (requireBoolean(f.published, `${field}.published`)) {
    return { published: true, text: moneyText(readMoneyValue(f.fee, `${field}.fee`), context), ordinal, clause: readClause(f.clause, `${field}.clause`) };
  }
  const reason = readRecord(f.reason, `${field}.reason`, ['clause']);
  return { published: false, clause: readClause(reason.clause, `${field}.reason.clause`) };
}
