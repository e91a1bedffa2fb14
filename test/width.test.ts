/**
 * Display width (src/width.ts) against two well-kept packages used as oracles, dev
 * dependencies only: `get-east-asian-width` for the W/F table (every assigned code point), and
 * `string-width` for whole strings (fast-check). Where the compact function simplifies on
 * purpose (clusters the packages see and it does not), the strings are kept out of the
 * generators and the difference is pinned by example below.
 */
import fc from 'fast-check';
import { eastAsianWidthType } from 'get-east-asian-width';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { displayWidth, isWide, padEndToWidth } from '../src/width';
import { expectInvalid } from './support';

/** Code points the runtime's Unicode (17.0 in Node 20's ICU 78) has assigned. */
const UNASSIGNED = /\p{Cn}/u;

describe('East Asian Width table (EastAsianWidth.txt, W and F)', () => {
  it('marks exactly the Wide and Fullwidth code points of get-east-asian-width 1.7.0, for every code point', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0x10ffff; c += 1) {
      const type = eastAsianWidthType(c);
      if (isWide(c) !== (type === 'wide' || type === 'fullwidth')) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('covers the reserved CJK ideograph planes as Wide, as the file does', () => {
    expect([0x20000, 0x2fffd, 0x30000, 0x3fffd].map(isWide)).toEqual([true, true, true, true]);
    expect([0x2fffe, 0x3fffe, 0x1f, 0x10ffff].map(isWide)).toEqual([false, false, false, false]);
  });
});

/** Pools of code points on which the per-code-point rule and grapheme clusters agree. */
const POOLS: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x24f], // Latin-1, Latin Extended
  [0x300, 0x36f], // combining diacritics
  [0x370, 0x3ff], // Greek
  [0x400, 0x4ff], // Cyrillic
  [0x2010, 0x2027], // punctuation: dashes, quotes
  [0x2500, 0x259f], // box drawing and blocks (the timeline's bars)
  [0x3000, 0x303f], // CJK punctuation, ideographic space
  [0x3041, 0x30ff], // kana, with the combining voiced marks
  [0x4e00, 0x9fff], // CJK ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xff01, 0xff60], // fullwidth forms
  [0xff61, 0xff9f], // halfwidth katakana
  [0x20000, 0x2a6df], // CJK extension B
];
const codePoint = fc.oneof(...POOLS.map(([a, b]) => fc.integer({ min: a, max: b })));
const text = fc.array(codePoint, { maxLength: 24 }).map((cps) => String.fromCodePoint(...cps));

describe('displayWidth', () => {
  it('agrees with string-width on text of Latin, Greek, Cyrillic, CJK, kana, Hangul, fullwidth and combining marks', () => {
    fc.assert(
      fc.property(text, (s) => displayWidth(s) === stringWidth(s)),
      { numRuns: 2000 },
    );
  });

  it('agrees with string-width on every single assigned code point but Thai/Lao AM (a spacing vowel string-width counts 1 too)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (c) => {
        const s = String.fromCodePoint(c);
        return UNASSIGNED.test(s) || displayWidth(s) === stringWidth(s);
      }),
      { numRuns: 5000 },
    );
  });

  it('is additive over concatenation of pool text (no state leaks between plain characters)', () => {
    fc.assert(fc.property(text, text, (a, b) => displayWidth(a + b) === displayWidth(a) + displayWidth(b)));
  });

  it.each([
    ['Replacement service', 19],
    ['', 0],
    ['交換サービス', 12],
    ['DJI Care 随心换', 15],
    ['리프레시', 8],
    ['ＡＢＣ', 6],
    ['ｶﾞ', 2], // halfwidth kana and its halfwidth voiced mark
    ['Cafe\u0301', 4],
    ['\u3000', 2], // ideographic space
    ['█│▲–', 4], // ambiguous width counts 1
    ['a\u200bb', 2], // zero-width space
    ['\t\n', 0],
    ['\ud800', 0], // a lone surrogate
  ])('%j is %i columns wide', (s, width) => {
    expect(displayWidth(s)).toBe(width);
    expect(stringWidth(s)).toBe(width);
  });

  it.each([
    ['👍', 2],
    ['👍🏽', 2], // skin-tone modifier
    ['👩🏽‍💻', 2], // ZWJ sequence with a modifier
    ['👨‍👩‍👧', 2],
    ['❤️', 2], // text-style pictograph + U+FE0F
    ['❤', 1],
    ['🏳️‍🌈', 2],
    ['1️⃣', 2], // keycap
    ['#⃣', 2],
    ['🇯🇵', 2], // a flag: two regional indicators
    ['\u1100\u1161', 2], // Hangul L + V
    ['\u1100\u1161\u11a8', 2], // L + V + T
    ['\ua960\ud7b0\ud7cb', 2], // extended-A L + extended-B V + T
    ['\uac00\u11a8', 2], // LV syllable + T
    ['a🏻', 1], // a modifier after a letter belongs to it
  ])('emoji and jamo sequences: %j is %i columns wide, as string-width says', (s, width) => {
    expect(displayWidth(s)).toBe(width);
    expect(stringWidth(s)).toBe(width);
  });

  it('differs from string-width where it counts code points and string-width clusters (pinned, rare in product text)', () => {
    // Thai SARA AM after a consonant: a spacing vowel in the same cluster; terminals draw it.
    expect([displayWidth('กำ'), stringWidth('กำ')]).toEqual([2, 1]);
    // Vowel jamo after a precomposed LV syllable.
    expect([displayWidth('\uac00\u1161'), stringWidth('\uac00\u1161')]).toEqual([3, 2]);
    // ANSI escapes are not recognised.
    expect([displayWidth('\u001b[31mA'), stringWidth('\u001b[31mA')]).toEqual([5, 1]);
  });

  it('refuses a value that is not a string', () => {
    expectInvalid(() => displayWidth(42 as unknown as string), 'text', 'wrong-type');
  });
});

describe('padEndToWidth', () => {
  it('pads to a display width, and leaves wider text alone', () => {
    expect(padEndToWidth('交換', 6)).toBe('交換  ');
    expect(padEndToWidth('Swap', 6)).toBe('Swap  ');
    expect(padEndToWidth('交換サービス', 6)).toBe('交換サービス');
    expect(padEndToWidth('', 10_000)).toHaveLength(10_000);
  });

  it('refuses a width that is not a whole number from 0 to 10,000', () => {
    expectInvalid(() => padEndToWidth('a', Number.POSITIVE_INFINITY), 'width', 'invalid-count');
    expectInvalid(() => padEndToWidth('a', 10_001), 'width', 'invalid-count');
    expectInvalid(() => padEndToWidth('a', -1), 'width', 'invalid-count');
    expectInvalid(() => padEndToWidth('a', '3' as unknown as number), 'width', 'wrong-type');
  });
});
