/**
 * The shapes of a locale's texts (the words of `describePlan` and the timelines that are not
 * reasons): every text key with its params, and the functions that give the words. Types only;
 * `src/messages/texts.ts` re-exports them with the English texts.
 *
 * @module
 */
import type { RenderContext } from './render-context';

type None = Readonly<Record<never, never>>;
/** A replacement kind of a describe line. */
type Kind = { readonly kind: 'damage' | 'flyaway' };
/** A service counted apart from replacements (SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE). */
type ServiceName = { readonly service: 'discounted-repair' | 'maintenance' };
/** A count: what is left, used and allowed. */
export type Counted = { readonly remaining: number; readonly used: number; readonly allowed: number };
/** Reasons a line quotes, each already worded by the locale's catalogue. */
type Reasons = { readonly reasons: readonly string[] };
/** A period's first and last local dates. */
type Span = { readonly startDate: string; readonly lastDate: string };

/**
 * Every text key with the type of its params. A locale's `texts` must have exactly these keys.
 *
 * @example
 * ```ts
 * const p: TextParams['timeline.today'] = { date: '2026-06-01' };
 * ```
 *
 * @category Messages
 */
export interface TextParams {
  readonly 'timeline.kind.replacement': None;
  readonly 'timeline.kind.repair-discount': None;
  readonly 'timeline.kind.official-warranty': None;
  readonly 'timeline.kind.extended-warranty': None;
  readonly 'timeline.kind.safe-flight': None;
  readonly 'timeline.kind.renewal': None;
  /** The zone the dates are in (the heading of `timelineText`). */
  readonly 'timeline.dates-in': { readonly timeZone: string };
  /** Today's marker. */
  readonly 'timeline.today': { readonly date: string };
  /** A period's dates; `ascii` for terminals without Unicode. */
  readonly 'timeline.range': Span & { readonly ascii: boolean };
  /** The SVG's title: how many periods, in which zone. */
  readonly 'timeline.summary': { readonly count: number; readonly timeZone: string };
  /** The SVG title of one period's bar. */
  readonly 'timeline.period': Span & { readonly label: string; readonly clause: string };

  /** The first line: plan, product, unit, market, and the day and zone of the status. */
  readonly 'describe.plan': {
    readonly term: '1y' | '2y';
    readonly productName: string;
    readonly serial: string;
    readonly region: string;
    readonly date: string;
    readonly timeZone: string;
  };
  /** REBIND-REPLACEMENT: the unit the plan moved to, and those that no longer have it. */
  readonly 'describe.moved': { readonly serial: string; readonly formerSerials: readonly string[] };
  /** The units past the first 20 that no longer have the plan (a ledger over its quota), counted. */
  readonly 'describe.moved.more': { readonly count: number };
  /** The replacements of the window in force (`renewal`: the DJI Care Refresh+ year). */
  readonly 'describe.replacements': Counted & { readonly renewal: boolean; readonly lastDate: string };
  readonly 'describe.replacements.not-yet': Span & { readonly allowed: number };
  readonly 'describe.replacements.ended': { readonly lastDate: string };
  readonly 'describe.kind.not-in-renewal': Kind;
  readonly 'describe.kind.not-covered': Kind & { readonly productName: string };
  readonly 'describe.kind.none-left': Kind;
  readonly 'describe.kind.left': Kind & { readonly remaining: number };
  /** The next fee, written for the locale by the library; `ordinal` for damage only. */
  readonly 'describe.kind.fee': Kind & { readonly remaining: number; readonly fee: string; readonly ordinal: number | null };
  readonly 'describe.kind.unpublished': Kind & { readonly remaining: number };
  readonly 'describe.service.not-included': ServiceName & { readonly productName: string };
  readonly 'describe.service.left': ServiceName & Counted & { readonly lastDate: string };
  readonly 'describe.service.not-yet': ServiceName & Span & { readonly allowed: number };
  readonly 'describe.service.ended': ServiceName & { readonly lastDate: string };
  readonly 'describe.warranty-repairs': { readonly count: number };
  readonly 'describe.safe-flight.not-offered': { readonly productName: string };
  readonly 'describe.safe-flight.pending': Span;
  /** `now`: whether the earned year is in force, still to come, or over. */
  readonly 'describe.safe-flight.earned': Span & { readonly now: 'in-force' | 'later' | 'ended' };
  /** The uses that forfeited the reward, in one sentence (the reasons of `safe-flight.used`). */
  readonly 'describe.safe-flight.used': {
    readonly uses: readonly { readonly service: 'damage-replacement' | 'flyaway-replacement' | 'discounted-repair'; readonly date: string }[];
  };
  /** The uses past the first 20 (a ledger over its quota), counted. */
  readonly 'describe.safe-flight.more': { readonly count: number };
  readonly 'describe.safe-flight.forfeited': Reasons;
  readonly 'describe.plus.bought': { readonly date: string | null; readonly startDate: string | null; readonly lastDate: string | null };
  readonly 'describe.plus.can-buy': { readonly lastDate: string };
  readonly 'describe.plus.cannot-buy': Reasons;
  /** A ledger over its quota, as the catalogue words it. */
  readonly 'describe.note': { readonly reason: string };
}

/**
 * A text key: `'describe.plan'`, `'timeline.today'`, … (see {@link TextParams}).
 *
 * @example
 * ```ts
 * const key: TextKey = 'timeline.today';
 * ```
 *
 * @category Messages
 */
export type TextKey = keyof TextParams;

/**
 * A locale's texts: for every key, a function of its params and the render context that gives
 * the words. A missing or extra key does not compile.
 *
 * @example
 * ```ts
 * const mine: Texts = { ...en.texts, 'timeline.kind.replacement': () => 'Ersatz' };
 * ```
 *
 * @category Messages
 */
export type Texts = { readonly [K in TextKey]: (params: TextParams[K], context: RenderContext) => string };
