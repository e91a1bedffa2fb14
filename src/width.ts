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
 * `awk -F'[;# ]+' '$2 ~ /^[WF]$/ {print $1}' EastAsianWidth.txt` and merge adjacent ranges.
 * The tests check every code point against `get-east-asian-width` (so an upgrade of it shows
 * what Unicode changed) and whole strings against `string-width` (dev dependencies only).
 *
 * @module
 */
import { InvalidInputError } from './errors';

/** EastAsianWidth.txt, W and F (get-east-asian-width 1.7.0's data), as hex `start-end` (or one code point). */
const WIDE =
  '1100-115f 231a-231b 2329-232a 23e9-23ec 23f0 23f3 25fd-25fe 2614-2615 2630-2637 2648-2653 ' +
  '267f 268a-268f 2693 26a1 26aa-26ab 26bd-26be 26c4-26c5 26ce 26d4 26ea 26f2-26f3 26f5 26fa ' +
  '26fd 2705 270a-270b 2728 274c 274e 2753-2755 2757 2795-2797 27b0 27bf 2b1b-2b1c 2b50 2b55 ' +
  '2e80-2e99 2e9b-2ef3 2f00-2fd5 2ff0-303e 3041-3096 3099-30ff 3105-312f 3131-318e 3190-31e5 ' +
  '31ef-321e 3220-3247 3250-a48c a490-a4c6 a960-a97c ac00-d7a3 f900-faff fe10-fe19 fe30-fe52 ' +
  'fe54-fe66 fe68-fe6b ff01-ff60 ffe0-ffe6 16fe0-16fe4 16ff0-16ff6 17000-18cda 18cff-18d20 ' +
  '18d80-18df2 18e00-19191 191a0-191d2 1aff0-1aff3 1aff5-1affb 1affd-1affe 1b000-1b128 1b132 ' +
  '1b150-1b152 1b155 1b164-1b168 1b170-1b2fb 1d300-1d356 1d360-1d376 1f004 1f0cf 1f18e ' +
  '1f191-1f19a 1f1ae 1f200-1f202 1f210-1f23b 1f240-1f248 1f250-1f251 1f260-1f265 1f300-1f320 ' +
  '1f32d-1f335 1f337-1f37c 1f37e-1f393 1f3a0-1f3ca 1f3cf-1f3d3 1f3e0-1f3f0 1f3f4 1f3f8-1f43e ' +
  '1f440 1f442-1f4fc 1f4ff-1f53d 1f54b-1f54e 1f550-1f567 1f57a 1f595-1f596 1f5a4 1f5fb-1f64f ' +
  '1f680-1f6c5 1f6cc 1f6d0-1f6d2 1f6d5-1f6d9 1f6dc-1f6df 1f6eb-1f6ec 1f6f4-1f6fc 1f7da ' +
  '1f7e0-1f7eb 1f7f0 1f90c-1f93a 1f93c-1f945 1f947-1f9ff 1fa70-1fa7c 1fa80-1fac6 1fac8 ' +
  '1facc-1fadd 1fadf-1faeb 1faef-1fafa 20000-2fffd 30000-3fffd ';

let ranges: Uint32Array | undefined;

/** The ranges as `[start0, end0, start1, end1, …]`, parsed once on first use. */
function wideRanges(): Uint32Array {
  if (ranges === undefined) {
    const parts = WIDE.trim().split(' ');
    ranges = new Uint32Array(parts.length * 2);
    for (const [i, part] of parts.entries()) {
      const [start, end = start] = part.split('-') as [string, string?];
      ranges[i * 2] = Number.parseInt(start, 16);
      ranges[i * 2 + 1] = Number.parseInt(end, 16);
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
 * @throws {@link InvalidInputError} when `text` is not a string
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
 * @param width - the width to reach, in columns
 * @returns the padded text
 * @throws {@link InvalidInputError} when `text` is not a string
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
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
