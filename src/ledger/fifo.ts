/**
 * A bounded memo for the ledger rules' caches (`period-cache.ts`, `valid-plan.ts`): at most
 * `max` entries, the oldest dropped first, so a long batch over many plans keeps a constant
 * memory. No rule here; the values kept are the periods of PERIOD-START.
 *
 * @module
 */

/** A map that keeps at most a fixed number of entries. */
export interface Fifo<K, V> {
  get(key: K): V | undefined;
  /** Adds an entry for a key not yet kept, dropping the oldest entry when full. */
  add(key: K, value: V): void;
}

/** An empty {@link Fifo} of at most `max` entries (`max` at least 1). */
export function fifo<K, V>(max: number): Fifo<K, V> {
  const map = new Map<K, V>();
  return {
    get: (key) => map.get(key),
    add: (key, value) => {
      if (map.size >= max) map.delete(map.keys().next().value as K);
      map.set(key, value);
    },
  };
}
