/**
 * The render context: where words are written for (a locale's tag, and the plan's region and
 * zone). Types only; `src/messages/codes.ts` re-exports it.
 *
 * @module
 */

/**
 * Where words are written for: the locale's BCP 47 tag, and the plan's region and zone when the
 * rule knows the plan. A template formats dates, times, counts and region names with it
 * (`dji-care-refresh/locale`'s helpers); the English catalogue writes ISO dates and codes and
 * does not read it.
 *
 * @example
 * ```ts
 * const context: RenderContext = { tag: 'de', region: 'CH', timeZone: 'Europe/Zurich' };
 * ```
 *
 * @category Messages
 */
export interface RenderContext {
  /** The BCP 47 tag of the locale's language (`'ja'`, `'zh-Hant'`). */
  readonly tag: string;
  /** The plan's region (ISO 3166-1 alpha-2), which refines formatting (`de` + `CH` → `de-CH`); `undefined` when unknown. */
  readonly region: string | undefined;
  /** The plan's IANA zone, in which instants are written; `undefined` when unknown (then UTC, named as such). */
  readonly timeZone: string | undefined;
}
