/**
 * Kills the surviving Stryker mutants of src/width.ts (issue 13): the conjoining-jamo range
 * edges of isLeading / isVowel / isTrailing / isSyllable, and the emoji sequence rules.
 * Expected widths agree with `string-width` except the few cases listed in LIBRARY_RULE, where
 * the library's documented rule applies (a syllable spelled in jamo counts 2; a precomposed
 * syllable takes no further vowel and one trailing consonant at most).
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, padEndToWidth } from '../src/width';

const L = 0x1100; // HANGUL CHOSEONG KIYEOK
const V = 0x1161; // HANGUL JUNGSEONG A
const T = 0x11a8; // HANGUL JONGSEONG KIYEOK
const S = 0xac00; // HANGUL SYLLABLE GA
const cp = (...points: number[]): string => String.fromCodePoint(...points);

/** Each sequence, built around the edge code point x. */
const SHAPES: readonly (readonly [string, (x: number) => string])[] = [
  ['alone', (x) => cp(x)],
  ['L+x', (x) => cp(L, x)],
  ['L+V+x', (x) => cp(L, V, x)],
  ['S+x', (x) => cp(S, x)],
  ['x+V', (x) => cp(x, V)],
  ['x+V+T', (x) => cp(x, V, T)],
  ['x+T', (x) => cp(x, T)],
  ['L+x+T', (x) => cp(L, x, T)],
];

/** Code points at, just inside and just outside every range edge, and the widths in SHAPES order. */
const EDGES: readonly (readonly [number, readonly number[]])[] = [
  [0x10ff, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0x1100, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0x1101, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0x115e, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0x115f, [0, 2, 2, 2, 1, 2, 1, 3]],
  [0x1160, [0, 2, 2, 2, 1, 2, 1, 2]],
  [0x1161, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0x11a6, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0x11a7, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0x11a8, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0x11a9, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0x11fe, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0x11ff, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0x1200, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xa95f, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xa960, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0xa961, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0xa97b, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0xa97c, [2, 4, 4, 4, 2, 2, 3, 5]],
  [0xa97d, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xd7af, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xd7b0, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0xd7b1, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0xd7c5, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0xd7c6, [1, 2, 3, 3, 2, 3, 2, 2]],
  [0xd7c7, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xd7ca, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xd7cb, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0xd7cc, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0xd7fa, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0xd7fb, [1, 3, 2, 2, 2, 3, 2, 4]],
  [0xd7fc, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xabff, [1, 3, 3, 3, 2, 3, 2, 4]],
  [0xac00, [2, 4, 4, 4, 3, 4, 2, 4]],
  [0xac01, [2, 4, 4, 4, 3, 4, 2, 4]],
  [0xd7a2, [2, 4, 4, 4, 3, 4, 2, 4]],
  [0xd7a3, [2, 4, 4, 4, 3, 4, 2, 4]],
  [0xd7a4, [1, 3, 3, 3, 2, 3, 2, 4]],
];

/** Cases where string-width clusters differently and the library's documented rule applies. */
const LIBRARY_RULE = new Set([
  '1160 L+x+T',
  '1161 S+x',
  '11a6 S+x',
  '11a7 S+x',
  'd7b0 S+x',
  'd7b1 S+x',
  'd7c5 S+x',
  'd7c6 S+x',
  'ac00 x+V',
  'ac00 x+V+T',
  'ac00 L+x+T',
  'ac01 L+x+T',
  'd7a2 L+x+T',
  'd7a3 L+x+T',
]);

describe('issue 13: display width at every range edge', () => {
  const cases = EDGES.flatMap(([x, widths]) =>
    SHAPES.map(([shape, build], i) => ({ key: `${x.toString(16)} ${shape}`, text: build(x), width: widths[i] })),
  );

  it.each(cases)('$key has width $width', ({ text, width }) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('agrees with string-width on every edge case but the documented library rules', () => {
    const differ = cases.filter(({ text }) => displayWidth(text) !== stringWidth(text)).map(({ key }) => key);
    expect(differ).toEqual([...LIBRARY_RULE]);
  });

  it.each([
    ['a lone skin-tone modifier at the start', '\u{1F3FB}', 2],
    ['the last skin-tone modifier, U+1F3FF, at the start', '\u{1F3FF}', 2],
    ['a pictograph with U+1F3FF', '\u{1F44D}\u{1F3FF}', 2],
    ['a pictograph with U+1F3FB', '\u{1F44D}\u{1F3FB}', 2],
    ['a pictograph with U+1F3FA (just before the modifiers)', '\u{1F44D}\u{1F3FA}', 4],
    ['a modifier after a combining mark', '\u0301\u{1F3FB}', 2],
    ['a non-pictograph with U+FE0F', '\u00e9\uFE0F', 1],
    ['a non-pictograph, U+200D, a wide ideograph', '\u00e9\u200D\u4e2d', 3],
    ['a text-style pictograph with U+FE0F', '\u2764\uFE0F', 2],
    ['two unjoined emoji', '\u{1F600}\u{1F600}', 4],
    ['two emoji joined by U+200D', '\u{1F468}\u200D\u{1F469}', 2],
    ['a keycap', '1\uFE0F\u20E3', 2],
    ['a lone keycap mark', '\u20E3', 0],
    ['L+V+T+T (one trailing consonant per syllable)', cp(L, V, T, T), 3],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
    expect(stringWidth(text)).toBe(width);
  });

  it.each([
    ['a keycap mark after a keycap (library rule: the base is already two columns)', '1\u20E3\u20E3', 2],
    ['a second U+FE0F (library rule: the base is already two columns)', '\u2764\uFE0F\uFE0F', 2],
    ['a syllable with two trailing consonants (library rule: one trailing consonant)', cp(S, T, T), 3],
  ])('%s', (_name, text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it('names the problem in its errors', () => {
    expect(() => displayWidth(3 as unknown as string)).toThrow('expected a string');
    expect(() => padEndToWidth('a', 10_001)).toThrow('expected at most 10000 columns');
  });
});
