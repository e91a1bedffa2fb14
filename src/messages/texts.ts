/**
 * The words of `describePlan` and the timelines that are not reasons: headings, labels and the
 * lines of a plan's description, each a function of plain params like a message template
 * (issue 13). A locale carries them as `texts`; the English ones are {@link ENGLISH_TEXTS}.
 *
 * @module
 */
import type { RenderContext } from './codes';

/**
 * Every text key with the type of its params. A locale's `texts` must have exactly these keys.
 *
 * @example
 * ```ts
 * const p: TextParams['timeline.kind.replacement'] = {};
 * ```
 *
 * @category Messages
 */
export interface TextParams {
  readonly 'timeline.kind.replacement': Readonly<Record<never, never>>;
  readonly 'timeline.kind.repair-discount': Readonly<Record<never, never>>;
  readonly 'timeline.kind.official-warranty': Readonly<Record<never, never>>;
  readonly 'timeline.kind.extended-warranty': Readonly<Record<never, never>>;
  readonly 'timeline.kind.safe-flight': Readonly<Record<never, never>>;
  readonly 'timeline.kind.renewal': Readonly<Record<never, never>>;
}

/**
 * A locale's texts: for every key, a function of its params and the render context that gives
 * the words. A missing or extra key does not compile.
 *
 * @example
 * ```ts
 * const mine: Texts = { ...ENGLISH_TEXTS, 'timeline.kind.replacement': () => 'Ersatz' };
 * ```
 *
 * @category Messages
 */
export type Texts = { readonly [K in keyof TextParams]: (params: TextParams[K], context: RenderContext) => string };

/**
 * The English texts: today's wording of `describePlan` and the timelines.
 *
 * @example
 * ```ts
 * ENGLISH_TEXTS['timeline.kind.renewal']({}, { tag: 'en', region: undefined, timeZone: undefined }); //=> 'Care Refresh+ renewal year'
 * ```
 *
 * @category Messages
 */
export const ENGLISH_TEXTS: Texts = /* @__PURE__ */ Object.freeze({
  'timeline.kind.replacement': () => 'Replacement service',
  'timeline.kind.repair-discount': () => 'Repair discounts',
  'timeline.kind.official-warranty': () => 'Official warranty',
  'timeline.kind.extended-warranty': () => 'Extended warranty',
  'timeline.kind.safe-flight': () => 'Safe Flight warranty (if earned)',
  'timeline.kind.renewal': () => 'Care Refresh+ renewal year',
});
