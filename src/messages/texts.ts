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
import type { RenderContext } from './render-context';
import type { Counted, TextKey, TextParams, Texts } from './text-types';

export type { TextKey, TextParams, Texts } from './text-types';

/**
 * Words made one line: control characters (a line break, a tab, a terminal's escape sequences)
 * and the line and paragraph separators become U+FFFD, one column wide. A text is one line of
 * `describePlan` or one row of `timelineText`: no caller word (a serial, a label, a locale's
 * template) can add a line, shift a column or drive a terminal.
 *
 * @example
 * ```ts
 * oneLine('A1\nReplacements: 9 left'); //=> 'A1\uFFFDReplacements: 9 left'
 * ```
 *
 * @category Messages
 */
export function oneLine(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029]/gu, '\uFFFD');
}

/**
 * The words of one text key from a locale's texts (a caller's locale is input like any other:
 * the template must be a function and give a bounded string), made one line ({@link oneLine}).
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
  return oneLine(words);
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
  'describe.moved.more': (p) => `${p.count} more ${p.count === 1 ? 'unit no longer has' : 'units no longer have'} a plan.`,
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
