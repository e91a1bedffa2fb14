/**
 * Terminal display width of text: how many columns a monospace terminal gives it. East Asian
 * Wide and Fullwidth characters take two columns, combining marks and other zero-width
 * characters none, everything else one. Used by `timelineText` to align columns of CJK text.
 *
 * No runtime dependency: the two-column ranges are the code points of Unicode's
 * `EastAsianWidth.txt` with the values `W` and `F`, merged where adjacent, as the
 * `get-east-asian-width` package (1.7.0, a dev dependency) generates them from that file (its
 * Unicode data is at least Node 20's, Unicode 17 in ICU 78; the `\p{…}` classes below are
 * the runtime's). Regenerate from `EastAsianWidth.txt` with
 * `awk -F'[;# ]+' '$2 ~ /^[WF]$/ {print $1}' EastAsianWidth.txt`, merge adjacent ranges and
 * encode them as the comment of `WIDE` says.
 * The tests check every code point against `get-east-asian-width` (so an upgrade of it shows
 * what Unicode changed) and whole strings against `string-width` (dev dependencies only).
 *
 * @module
 */
import { InvalidInputError } from './errors';
import { requireCount } from './validate';

/**
 * EastAsianWidth.txt, W and F (get-east-asian-width 1.7.0's data), compactly: each range as
 * `gap` or `gap-extra` in base 36, where `gap` is its first code point less the previous range's
 * last (0 before the first) and `extra` its last less its first.
 */
const WIDE =
  '3cw-2n 3i3-1 e-1 5b-3 4 3 ei-1 m-1 r-7 h-b 18 b-5 4 e 9-1 i-1 6-1 9 6 m 8-1 2 5 3 8 5-1 t 10 ' +
  '2 5-2 2 1q-2 p f nw-1 1g 5 mj-p 2-2g d-5x r-26 3-2d 3-2u 6-16 2-2l 2-2d a-1b 2-13 9-mkc 4-1i ' +
  'wq-s hw-8mb 6l9-e7 lt-9 n-y 2-i 2-3 46-2n 3k-6 m4a-4 c-6 a-5p6 11-x 2o-36 e-pd f-1e 5y6-3 ' +
  '2-6 2-1 2-88 a u-2 3 f-4 8-az 6bp-2e a-m 5n2 5n 5b 3-9 k 2a-2 e-17 5-8 8-1 f-5 4b-w d-8 2-1x ' +
  '2-l d-16 5-4 d-g 4 4-1y 2 2-56 3-1q e-3 2-n j r-1 e 2f-2c 1d-1x 7 4-2 3-4 3-3 c-1 8-8 66 6-b ' +
  '5 7w-1a 2-9 2-54 35-c 4-1y 2 4-h 2-c 4-b zq-1ekd 3-1ekd ';

let ranges: Uint32Array | undefined;

/** The ranges as `[start0, end0, start1, end1, …]`, parsed once on first use. */
function wideRanges(): Uint32Array {
  if (ranges === undefined) {
    const parts = WIDE.trim().split(' ');
    ranges = new Uint32Array(parts.length * 2);
    let last = 0;
    for (const [i, part] of parts.entries()) {
      const [gap, extra = '0'] = part.split('-') as [string, string?];
      const start = last + Number.parseInt(gap, 36);
      last = start + Number.parseInt(extra, 36);
      ranges[i * 2] = start;
      ranges[i * 2 + 1] = last;
    }
  }
  return ranges;
}

/** Whether a code point is East Asian Wide or Fullwidth (binary search over the ranges). */
export function isWide(codePoint: number): boolean {
  const r = wideRanges();
  let lo = 0;
  let hi = r.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (codePoint < (r[mid * 2] as number)) hi = mid - 1;
    else if (codePoint > (r[mid * 2 + 1] as number)) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Characters a terminal draws in no column: marks, controls, format characters, lone surrogates, default ignorables. */
const ZERO = /[\p{Mn}\p{Me}\p{Cc}\p{Cf}\p{Cs}\p{Default_Ignorable_Code_Point}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Hangul conjoining jamo: leading consonants, vowels, trailing consonants. */
const isLeading = (c: number): boolean => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isVowel = (c: number): boolean => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isTrailing = (c: number): boolean => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);
const isSyllable = (c: number): boolean => c >= 0xac00 && c <= 0xd7a3;

/**
 * The number of terminal columns a string takes in a monospace font.
 *
 * East Asian Wide (W) and Fullwidth (F) characters count 2 (CJK ideographs, kana, Hangul
 * syllables, fullwidth forms, emoji with emoji presentation); combining marks, control and
 * format characters count 0; everything else 1, Ambiguous (A) characters included (as in a
 * Western terminal: `█`, `▲`, `–` are 1). Emoji sequences count as one emoji: a pictograph
 * joined by U+200D, a skin-tone modifier, U+FE0F after a text-style pictograph (2 in all), a
 * keycap (`1️⃣` = 2); a Hangul syllable spelled in conjoining jamo counts 2. ANSI escape
 * sequences are not recognised (write none into text to be measured).
 *
 * @param text - the text, at most one line
 * @returns its width in columns
 * @throws `InvalidInputError` when `text` is not a string
 *
 * @example
 * ```ts
 * displayWidth('Replacement service'); //=> 19
 * displayWidth('交換サービス');          //=> 12
 * displayWidth('Café');                //=> 4 (also when the é is e + U+0301)
 * displayWidth('👍🏽');                  //=> 2
 * ```
 *
 * @category Locale
 */
export function displayWidth(text: string): number {
  if (typeof text !== 'string') throw new InvalidInputError('text', 'wrong-type', 'expected a string', text);
  if (PRINTABLE_ASCII.test(text)) return text.length;
  let width = 0;
  /** The last code point that took a column (0 at the start). */
  let base = 0;
  /** The width that code point was given. */
  let baseWidth = 0;
  /** The code point just before this one. */
  let previous = -1;
  /** Conjoining jamo state: after a leading consonant (1), after its vowel (2), else 0. */
  let jamo = 0;
  for (const character of text) {
    const c = character.codePointAt(0) as number;
    const pictographicBase = baseWidth > 0 && PICTOGRAPHIC.test(String.fromCodePoint(base));
    if (c === 0xfe0f && pictographicBase && baseWidth === 1) {
      width += 1; // emoji presentation of a text-style pictograph
      baseWidth = 2;
    } else if (c === 0x20e3 && baseWidth === 1 && /[0-9#*]/.test(String.fromCodePoint(base))) {
      width += 1; // keycap
      baseWidth = 2;
    } else if (previous === 0x200d && pictographicBase && PICTOGRAPHIC.test(character)) {
      // joined into the emoji before the U+200D
    } else if (c >= 0x1f3fb && c <= 0x1f3ff && previous !== -1 && !ZERO.test(String.fromCodePoint(previous))) {
      // skin-tone modifier: part of the character before it
    } else if ((jamo === 1 && isVowel(c)) || (jamo === 2 && isTrailing(c))) {
      jamo = jamo === 1 ? 2 : 0; // one syllable with the leading consonant
      previous = c;
      continue;
    } else if (!ZERO.test(character)) {
      baseWidth = isWide(c) ? 2 : 1;
      width += baseWidth;
      base = c;
      jamo = isLeading(c) ? 1 : isSyllable(c) ? 2 : 0;
      previous = c;
      continue;
    }
    previous = c;
  }
  return width;
}

/**
 * Text padded at its end with spaces to a display width (see {@link displayWidth}); text
 * already as wide or wider is returned unchanged.
 *
 * @param text - the text
 * @param width - the width to reach, in columns: a whole number from 0 to 10,000
 * @returns the padded text
 * @throws `InvalidInputError` when `text` is not a string or `width` is out of range
 *
 * @example
 * ```ts
 * padEndToWidth('交換', 6) + '|';  //=> '交換  |'
 * padEndToWidth('Swap', 6) + '|'; //=> 'Swap  |'
 * ```
 *
 * @category Locale
 */
export function padEndToWidth(text: string, width: number): string {
  const columns = requireCount(width, 'width');
  if (columns > 10_000) throw new InvalidInputError('width', 'invalid-count', 'expected at most 10000 columns', width);
  return text + ' '.repeat(Math.max(0, columns - displayWidth(text)));
}
