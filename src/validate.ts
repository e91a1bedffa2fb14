/**
 * Boundary checks shared by every exported function. Each throws {@link InvalidInputError}
 * naming the field; none lets a `TypeError` escape from deeper code.
 *
 * @module
 */
import { InvalidInputError } from './errors';

/** A plain object (not null, not an array), or an error naming the field. */
export function requireRecord(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'an object is required', value);
  }
  if (typeof value !== 'object' || Array.isArray(value) || value instanceof Date) {
    throw new InvalidInputError(field, 'wrong-type', 'expected an object', value);
  }
  return value as Readonly<Record<string, unknown>>;
}

/** A non-empty string. */
export function requireString(value: unknown, field: string): string {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a string is required', value);
  }
  if (typeof value !== 'string') throw new InvalidInputError(field, 'wrong-type', 'expected a string', value);
  if (value.trim() === '') throw new InvalidInputError(field, 'missing', 'an empty string is not allowed', value);
  return value;
}

/** A boolean; `undefined` only when a default is given. */
export function requireBoolean(value: unknown, field: string, fallback?: boolean): boolean {
  if (value === undefined && fallback !== undefined) return fallback;
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'true or false is required', value);
  }
  if (typeof value !== 'boolean') throw new InvalidInputError(field, 'wrong-type', 'expected true or false', value);
  return value;
}

/** A whole number at least 0 (a count). */
export function requireCount(value: unknown, field: string): number {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a count is required', value);
  }
  if (typeof value !== 'number') throw new InvalidInputError(field, 'wrong-type', 'expected a number', value);
  if (!Number.isInteger(value) || value < 0) {
    throw new InvalidInputError(field, 'invalid-count', 'expected a whole number of at least 0', value);
  }
  return value;
}

/** One of a fixed set of strings. */
export function requireOneOf<T extends string>(value: unknown, field: string, allowed: readonly T[]): T {
  const text = requireString(value, field);
  if (!(allowed as readonly string[]).includes(text)) {
    throw new InvalidInputError(field, 'invalid-value', `expected one of ${allowed.map((a) => `'${a}'`).join(', ')}`, value);
  }
  return text as T;
}

/** An array. */
export function requireArray(value: unknown, field: string): readonly unknown[] {
  if (value === undefined || value === null) {
    throw new InvalidInputError(field, 'missing', 'a list is required', value);
  }
  if (!Array.isArray(value)) throw new InvalidInputError(field, 'wrong-type', 'expected an array', value);
  return value;
}
