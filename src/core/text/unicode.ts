/**
 * Unicode hygiene for rule text-unicode: text not in NFC, invisible zero-width characters, look-alike letters
 * (Icelandic Ð/ð typed for Vietnamese Đ/đ) and stray soft hyphens. A soft hyphen or "Ð" inside TCVN3 text is a
 * letter (ư, é), so such text is left to rule text-legacy-encoding.
 */
import { detectLegacyEncoding } from './legacy';
import { isNfc } from './normalize';
import { isVietnameseSyllable } from './syllable';

export interface UnicodeProblems {
  /** Not in NFC (decomposed letters, e.g. "ho\u0300a"). */
  nfd: boolean;
  /** Zero-width space/joiners, word joiner or BOM (U+200B–U+200D, U+2060, U+FEFF). */
  zeroWidth: boolean;
  /** Ð U+00D0 / ð U+00F0 where Đ U+0110 / đ U+0111 was meant. */
  lookAlike: boolean;
  /** Soft hyphen U+00AD in Unicode text (in TCVN3 text it is the letter ư and is not reported). */
  softHyphen: boolean;
}

const NO_PROBLEM: Readonly<UnicodeProblems> = Object.freeze({ nfd: false, zeroWidth: false, lookAlike: false, softHyphen: false });
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7F]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/;
const ZERO_WIDTH_ALL = /[\u200B-\u200D\u2060\uFEFF]/g;
const ETH = /[\u00D0\u00F0]/;
const SOFT_HYPHEN = /\u00AD/;

/** What is wrong with s; font is the cell's font name when known (a .VnTime cell is TCVN3 text). */
export function unicodeProblems(s: string, font?: string): UnicodeProblems {
  if (!NON_ASCII.test(s)) return { ...NO_PROBLEM };
  const eth = ETH.test(s);
  const soft = SOFT_HYPHEN.test(s);
  const legacy = (eth || soft) && detectLegacyEncoding(s, font) !== undefined;
  return {
    nfd: !isNfc(s),
    zeroWidth: ZERO_WIDTH.test(s),
    lookAlike: eth && !legacy,
    softHyphen: soft && !legacy,
  };
}

/** True when unicodeProblems(s) reports anything. Plain ASCII returns after one regex test. */
export function hasUnicodeProblem(s: string, font?: string): boolean {
  if (!NON_ASCII.test(s)) return false;
  if (ZERO_WIDTH.test(s) || !isNfc(s)) return true;
  const p = ETH.test(s) || SOFT_HYPHEN.test(s) ? unicodeProblems(s, font) : NO_PROBLEM;
  return p.lookAlike || p.softHyphen;
}

// A soft hyphen with a letter on each side, and the letters of the word parts around it.
const SOFT_HYPHEN_IN_WORD = /(\p{L}+)\u00AD+(?=(\p{L}+))/gu;

/**
 * Soft hyphens removed. One between two word parts that are each a syllable while joined they are not
 * ("Văn\u00ADĐức") stood for the space the user meant: it becomes a space, never a join ("VănĐức").
 * A hyphenation point inside a word ("Nguy\u00ADễn") is simply dropped.
 */
function removeSoftHyphens(s: string): string {
  const spaced = s.replace(SOFT_HYPHEN_IN_WORD, (whole, left: string, right: string) => {
    const separate = isVietnameseSyllable(left, { anyTonePosition: true }) && isVietnameseSyllable(right, { anyTonePosition: true });
    const joined = isVietnameseSyllable(left + right, { anyTonePosition: true });
    return separate && !joined ? left + ' ' : left;
  });
  return spaced.replace(/\u00AD/g, '');
}

/**
 * The repaired text: NFC, zero-width characters removed, Ð/ð → Đ/đ, stray soft hyphens removed (or made a space
 * between two syllables).
 * Legacy-encoded (TCVN3) text keeps its soft hyphens and Ð: they are letters there. Idempotent.
 */
export function fixUnicode(s: string, font?: string): string {
  if (!NON_ASCII.test(s)) return s;
  // Judge the text as it will stand (no zero-width, NFC), so that fixing twice changes nothing more.
  let out = s.replace(ZERO_WIDTH_ALL, '').normalize('NFC');
  const p = unicodeProblems(out, font);
  if (p.softHyphen) out = removeSoftHyphens(out);
  if (p.lookAlike) out = out.replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111');
  return out.normalize('NFC');
}
