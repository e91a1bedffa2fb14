/**
 * Readers shared by the revivers of returned values ({@link statusFromJSON},
 * {@link decisionFromJSON}): reasons, checks and next steps (with the optional message `code`
 * and `params`), money as written to JSON or as returned, instants kept as written, and a
 * bounded copy of plain JSON values. Each reads every field once into a fresh value, bounded by
 * {@link LIMITS}, and throws {@link InvalidInputError} naming the field.
 *
 * @module
 */
import { isClauseId, type ClauseId } from '../clauses';
import { InvalidInputError } from '../errors';
import { LIMITS } from '../limits';
import { type Money, moneyFromJSON, requireMoney } from '../money';
import { requireInstant } from '../time/instant';
import type { Check, NextStep, Reason } from '../types';
import { isNone, readEntries, readListOf, readRecord, requireBoolean, requireString } from '../validate';

/** A clause id of the spec. */
export function readClause(value: unknown, field: string): ClauseId {
  const id = requireString(value, field, LIMITS.idLength);
  if (!isClauseId(id)) throw new InvalidInputError(field, 'invalid-value', "expected a clause id of the spec, such as 'QUOTA-1Y'", value);
  return id;
}

/** An instant as the library writes it (ISO-8601 with an offset), validated and kept as written. */
export function readInstantText(value: unknown, field: string): string {
  const text = requireString(value, field);
  requireInstant(text, field);
  return text;
}

/**
 * Money as returned (`amount` a `Decimal`) or as written to JSON (`amount` a decimal string
 * with the currency's decimals, MONEY-UNITS), read once into fresh money. An amount that is
 * neither an object nor a string (a number, or none) is refused as stored JSON is: the advice
 * names the decimal string a stored value should hold, not the `money()` of code.
 */
export function readMoneyValue(value: unknown, field: string): Money {
  const m = readRecord(value, field, ['amount', 'currency']);
  return typeof m.amount === 'object' && m.amount !== null ? requireMoney(m, field) : moneyFromJSON(m, field);
}

/** Deepest nesting of a plain JSON value read by {@link readJsonValue} (a decision's value is 4 deep). */
const MAX_DEPTH = 8;

/** How many values one reader call may copy in all: as many as a ledger may have events. */
const MAX_NODES = LIMITS.ledgerEvents;

/** A count of the values copied so far, shared by one reading. */
interface Budget {
  nodes: number;
}

/** A record whose only keys are `amount` and `currency` (one of them missing, too): money, to be read as such. */
function isMoneyShape(entries: readonly (readonly [string, unknown])[]): boolean {
  return entries.length > 0 && entries.every(([k]) => k === 'amount' || k === 'currency');
}

/**
 * A fresh copy of a plain JSON value: strings (at most {@link LIMITS}.messageLength
 * characters), finite numbers, booleans, `null`, lists (at most {@link LIMITS}.listLength
 * entries) and plain records (at most {@link LIMITS}.recordKeys keys), at most 8 deep and
 * {@link LIMITS}.ledgerEvents values in all. Anything else (a function, a `Date` or an object
 * made to look like one, any object not plain, a symbol, a bigint, `undefined`, `NaN`) is refused. With `money`, a record whose only keys are `amount`
 * and `currency` is read as money ({@link readMoneyValue}), and refused if it is not valid money.
 */
export function readJsonValue(value: unknown, field: string, money = false): unknown {
  return copy(value, field, money, { nodes: 0 }, 0);
}

function copy(value: unknown, field: string, money: boolean, budget: Budget, depth: number): unknown {
  budget.nodes += 1;
  if (budget.nodes > MAX_NODES) throw new InvalidInputError(field, 'too-large', `expected at most ${MAX_NODES} values in all`, value);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'string') return requireText(value, field);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new InvalidInputError(field, 'invalid-value', 'expected a finite number', value);
    return value;
  }
  if (typeof value !== 'object') throw new InvalidInputError(field, 'wrong-type', 'expected a plain JSON value', value);
  if (depth >= MAX_DEPTH) throw new InvalidInputError(field, 'too-large', `expected at most ${MAX_DEPTH} levels of nesting`, value);
  let list: boolean;
  let proto: unknown;
  try {
    list = Array.isArray(value);
    proto = Object.getPrototypeOf(value);
  } catch {
    throw new InvalidInputError(field, 'wrong-type', 'expected a plain JSON value, not a revoked Proxy', 'a revoked Proxy');
  }
  if (list) return readListOf(value, field, (item, f) => copy(item, f, money, budget, depth + 1));
  if (proto !== Object.prototype && proto !== null) throw new InvalidInputError(field, 'wrong-type', 'expected a plain JSON value (a plain object)', value);
  const entries = readEntries(value, field);
  if (money && isMoneyShape(entries)) return readMoneyValue(Object.fromEntries(entries), field);
  const out: Record<string, unknown> = {};
  for (const [key, item] of entries) {
    Object.defineProperty(out, key, { value: copy(item, `${field}.${key}`, money, budget, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** A string of at most {@link LIMITS}.messageLength characters (empty allowed). */
function requireText(value: string, field: string): string {
  if (value.length > LIMITS.messageLength) {
    throw new InvalidInputError(field, 'too-large', `expected at most ${LIMITS.messageLength} characters, got ${value.length}`, value);
  }
  return value;
}

/** The keys a reason may have: its clause, its words, and (with the message catalogue) its code and params. */
const REASON_KEYS = ['clause', 'code', 'params', 'message', 'expected', 'received'] as const;

/**
 * The parts of a reason, check or next step: `clause`, then `code` (at most
 * {@link LIMITS}.idLength characters) and `params` (a plain record of JSON values) when
 * present, `message` (required unless a `code` stands for it), and `expected` and `received`
 * when present. Absent parts stay absent.
 */
function reasonParts(r: { readonly [K in (typeof REASON_KEYS)[number]]: unknown }, field: string, extra: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = { clause: readClause(r.clause, `${field}.clause`), ...extra };
  if (!isNone(r.code)) {
    out.code = requireString(r.code, `${field}.code`, LIMITS.idLength);
    // A code's words are made from its params: the two go together.
    readRecord(r.params, `${field}.params`, []);
    out.params = readJsonValue(r.params, `${field}.params`);
  } else if (!isNone(r.params)) {
    throw new InvalidInputError(`${field}.params`, 'invalid-value', 'params come with a code', 'params without a code');
  }
  if (!isNone(r.message) || out.code === undefined) out.message = requireString(r.message, `${field}.message`, LIMITS.messageLength);
  if (!isNone(r.expected)) out.expected = requireString(r.expected, `${field}.expected`, LIMITS.messageLength);
  if (!isNone(r.received)) out.received = requireString(r.received, `${field}.received`, LIMITS.messageLength);
  return out;
}

/** A {@link Reason}, read once into a fresh value. */
export function readReason(value: unknown, field: string): Reason {
  return reasonParts(readRecord(value, field, REASON_KEYS), field, {}) as unknown as Reason;
}

/** A {@link Check}: a reason with whether it `passed`. */
export function readCheck(value: unknown, field: string): Check {
  const c = readRecord(value, field, [...REASON_KEYS, 'passed']);
  return reasonParts(c, field, { passed: requireBoolean(c.passed, `${field}.passed`) }) as unknown as Check;
}

/** A {@link NextStep}: a clause, a machine-readable `action` and its words. */
export function readNextStep(value: unknown, field: string): NextStep {
  const s = readRecord(value, field, [...REASON_KEYS, 'action']);
  return reasonParts(s, field, { action: requireString(s.action, `${field}.action`, LIMITS.idLength) }) as unknown as NextStep;
}

/** A list of reasons, as long as a ledger may be (a Safe Flight reason per replacement used). */
export function readReasons(value: unknown, field: string): readonly Reason[] {
  return readListOf(value, field, readReason, LIMITS.ledgerEvents);
}
