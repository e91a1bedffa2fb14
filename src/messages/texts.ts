/**
 * The words of `describePlan` and the timelines that are not reasons: headings, labels and the
 * lines of a plan's description, each a function of plain params like a message template
 * (issue 13). A locale carries them as `texts`; the English ones are {@link ENGLISH_TEXTS}.
 * Params are plain values: dates `YYYY-MM-DD`, counts, ids, product names, and the reasons a
 * line quotes as words already rendered through the locale's catalogue.
 *
 * @module
 */
import { InvalidInputError } from '../errors';
import { callTemplate } from './words';
import { LIMITS } from '../limits';
import { refuseRevoked, rethrowRead } from '../validate';
import type { RenderContext } from './codes';

type None = Readonly<Record<never, never>>;
/** A replacement kind of a describe line. */
type Kind = { readonly kind: 'damage' | 'flyaway' };
/** A service counted apart from replacements (SVC-REPAIR-DISCOUNT, SVC-MAINTENANCE). */
type ServiceName = { readonly service: 'discounted-repair' | 'maintenance' };
/** A count: what is left, used and allowed. */
type Counted = { readonly remaining: number; readonly used: number; readonly allowed: number };
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
 * const mine: Texts = { ...ENGLISH_TEXTS, 'timeline.kind.replacement': () => 'Ersatz' };
 * ```
 *
 * @category Messages
 */
export type Texts = { readonly [K in TextKey]: (params: TextParams[K], context: RenderContext) => string };

/**
 * The words of one text key from a locale's texts (a caller's locale is input like any other:
 * the template must be a function and give a bounded string).
 *
 * @example
 * ```ts
 * textOf(ENGLISH_TEXTS, 'timeline.today', { date: '2026-06-01' }, { tag: 'en', region: undefined, timeZone: undefined }); //=> 'today 2026-06-01'
 * ```
 *
 * @category Messages
 */
export function textOf<K extends TextKey>(texts: Texts, key: K, params: TextParams[K], context: RenderContext, max: number = LIMITS.messageLength): string {
  const field = `options.locale.texts.${key}`;
  let template: unknown;
  try {
    template = Object.hasOwn(texts, key) ? texts[key] : undefined;
  } catch (error) {
    // Revoked by the caller's own code since the last key was looked up: invalid input.
    rethrowRead(error, texts, 'options.locale.texts');
  }
  if (typeof template !== 'function') throw new InvalidInputError(field, 'invalid-value', 'expected the locale to give a function for this text', template);
  // A revoked Proxy of a function is a function that cannot be called.
  refuseRevoked(template, field);
  const words: unknown = callTemplate(template, params, context, field);
  if (typeof words !== 'string') throw new InvalidInputError(field, 'wrong-type', 'expected the locale to give a string', words);
  if (words.length > max) throw new InvalidInputError(field, 'too-large', `expected at most ${max} characters, got ${words.length}`, words);
  return words;
}

const EN_KIND = { damage: 'Damage', flyaway: 'Flyaway' } as const;
const EN_SERVICE = { 'discounted-repair': 'Discounted repairs', maintenance: 'Factory maintenance' } as const;
const EN_USED = { 'damage-replacement': 'a damage replacement', 'flyaway-replacement': 'a flyaway replacement', 'discounted-repair': 'a discounted repair' } as const;
const SF = 'Safe Flight reward: ';
const PLUS = 'DJI Care Refresh+: ';
/** `2 of 2 left`, or `none left (1 of 1 used)`: never "none of 1 left". */
const left = (c: Counted): string => (c.remaining === 0 ? `none left (${c.used} of ${c.allowed} used)` : `${c.remaining} of ${c.allowed} left`);
const quoted = (r: readonly string[]): string => r.map((s) => ` ${s}`).join('');

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
  'timeline.dates-in': (p) => `Dates in ${p.timeZone}`,
  'timeline.today': (p) => `today ${p.date}`,
  'timeline.range': (p) => `${p.startDate}${p.ascii ? ' to ' : ' – '}${p.lastDate}`,
  'timeline.summary': (p) => `Timeline of ${p.count} period${p.count === 1 ? '' : 's'}, dates in ${p.timeZone}`,
  'timeline.period': (p) => `${p.label} (${p.clause}): in force from ${p.startDate} to ${p.lastDate} inclusive`,

  'describe.plan': (p) =>
    `DJI Care Refresh (${p.term === '1y' ? '1-year' : '2-year'} plan) for ${p.productName}, unit ${p.serial}, bought in ${p.region}. ` +
    `Status on ${p.date} (dates are local dates in ${p.timeZone}).`,
  'describe.moved': (p) => {
    const units = p.formerSerials.join(', ');
    return `The plan moved to unit ${p.serial} after a replacement; ${p.formerSerials.length === 1 ? `unit ${units} no longer has` : `units ${units} no longer have`} a plan.`;
  },
  'describe.replacements': (p) => `Replacements${p.renewal ? ' in the DJI Care Refresh+ renewal year' : ''}: ${left(p)}, until ${p.lastDate}.`,
  'describe.replacements.not-yet': (p) =>
    `Replacements: none can be used yet; the plan takes effect on ${p.startDate}, then ${p.allowed} until ${p.lastDate}.`,
  'describe.replacements.ended': (p) => `Replacements: none can be used; the replacement service ended, its last day was ${p.lastDate}.`,
  'describe.kind.not-in-renewal': (p) => `${EN_KIND[p.kind]}: not included in the renewal year.`,
  'describe.kind.not-covered': (p) => `${EN_KIND[p.kind]}: not covered for ${p.productName}.`,
  'describe.kind.none-left': (p) => `${EN_KIND[p.kind]}: none left.`,
  'describe.kind.left': (p) => `${EN_KIND[p.kind]}: ${p.remaining} left.`,
  'describe.kind.fee': (p) =>
    `${EN_KIND[p.kind]}: ${p.remaining} left; the next costs ${p.fee}${p.ordinal === null ? '' : ` (replacement no. ${p.ordinal} under the plan)`}.`,
  'describe.kind.unpublished': (p) => `${EN_KIND[p.kind]}: ${p.remaining} left; the fee is not published for this plan.`,
  'describe.service.not-included': (p) => `${EN_SERVICE[p.service]}: not included for ${p.productName}.`,
  'describe.service.left': (p) => `${EN_SERVICE[p.service]}: ${left(p)}, until ${p.lastDate}.`,
  'describe.service.not-yet': (p) => `${EN_SERVICE[p.service]}: ${p.allowed}, from ${p.startDate} until ${p.lastDate}.`,
  'describe.service.ended': (p) => `${EN_SERVICE[p.service]}: none can be used; the last day was ${p.lastDate}.`,
  'describe.warranty-repairs': (p) => `Repairs under warranty so far: ${p.count}; they used none of the replacements or discounts.`,
  'describe.safe-flight.not-offered': (p) => `${SF}not offered for ${p.productName}.`,
  'describe.safe-flight.pending': (p) =>
    `${SF}if no replacement and no discounted repair is used while the plan is valid, a further year of warranty follows, from ${p.startDate} until ${p.lastDate}.`,
  'describe.safe-flight.earned': (p) =>
    `${SF}earned, a further year of warranty from ${p.startDate} until ${p.lastDate} (${p.now === 'in-force' ? 'in force now' : p.now === 'later' ? `from ${p.startDate}` : 'ended'}).`,
  'describe.safe-flight.used': (p) => {
    const uses = p.uses.map((u) => `${EN_USED[u.service]} on ${u.date}`);
    const last = uses.length > 1 ? ` and ${uses.pop() as string}` : '';
    const sentence = `${uses.join(', ')}${last}.`.replace(/ on /, ' was used on ');
    return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}`;
  },
  'describe.safe-flight.more': (p) => `${p.count} more ${p.count === 1 ? 'use is' : 'uses are'} recorded.`,
  'describe.safe-flight.forfeited': (p) => `${SF}forfeited.${quoted(p.reasons)}`,
  'describe.plus.bought': (p) =>
    `${PLUS}bought${p.date === null ? '' : ` on ${p.date}`}${p.startDate === null ? '' : `; renewal year from ${p.startDate} until ${p.lastDate}`}.`,
  'describe.plus.can-buy': (p) => `${PLUS}can be bought until ${p.lastDate}, while a replacement is left.`,
  'describe.plus.cannot-buy': (p) => `${PLUS}cannot be bought.${quoted(p.reasons)}`,
  'describe.note': (p) => `Note: ${p.reason}`,
});
