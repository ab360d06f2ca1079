import type { Cell } from '../../cells';
import type { FieldKey } from '../../fields';
import { collapseWhitespace } from '../../text/normalize';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';
import { legacyFontEncoding } from '../../text/legacy';
import { LATIN1_VIETNAMESE_PAIRS, UNICODE_ONLY_VIETNAMESE_PAIRS, VIETNAMESE_CODE_LIMIT } from '../../text/alphabet';
import { legacyRepair, repairUnicode, unicodeProblemNames } from './textRepair';

/**
 * Text hygiene on every text cell of every table: legacy encodings (TCVN3/VNI), Unicode problems and
 * whitespace. Clean ASCII or clean Unicode Vietnamese, most cells, costs one or two regex tests and nothing else.
 *
 * Every fix carries the fully cleaned text (legacy converted, NFC, spaces collapsed), so applying any one
 * of them leaves the cell clean.
 */

/** Font to use once legacy text is converted: the .VnTime/VNI font would garble Unicode. */
const UNICODE_FONT = 'Times New Roman';

/**
 * Checks one text cell and returns its cleaned text: the same string when nothing is wrong, otherwise
 * legacy-converted, NFC, spaces collapsed. Findings go to `out`. whitespace: report text-whitespace (ID-like
 * columns have their own stricter rule).
 */
export function checkTextCell(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey | null,
  cell: Cell,
  s: string,
  whitespace: boolean,
): string {
  // Fast paths (native regexes beat a character loop): clean ASCII, and clean precomposed Vietnamese that
  // has a letter only Unicode has (so it cannot be TCVN3/VNI mojibake) and no combining mark (so it is NFC).
  const quick = cleanClass(s);
  if (quick === ASCII || (quick & UNICODE_ONLY) !== 0) return s;
  // Latin-1-only words ("Không", "Công giáo") repeat down a column: decide each once (in a Unicode font;
  // the same characters in a .VnTime or VNI font are legacy text).
  if (quick !== NOT_CLEAN && knownClean.has(s) && !legacyFontEncoding(cell.font)) return s;
  if (s.length === 0) return s;
  const ascii = !NON_ASCII.test(s);
  const badSpace = BAD_SPACE.test(s);
  if (ascii && !badSpace) return s;
  const latin1 = !ascii && LATIN1_HIGH.test(s);
  const vietnamese = !ascii && UNICODE_ONLY_LETTER.test(s);

  let text = s;
  let legacy: { encoding: string; converted: string } | undefined;
  let problems: string[] | undefined;
  if (!ascii) {
    // Mojibake from TCVN3/VNI uses only Latin-1 letters; text with ă, ơ, ư, ạ … is real Unicode.
    if (latin1 && !vietnamese) legacy = legacyRepair(s, cell.font);
    if (legacy) text = legacy.converted;
    else {
      problems = unicodeProblemNames(s, cell.font);
      if (problems.length) text = repairUnicode(s, cell.font);
    }
  }
  if (!badSpace && !legacy && !problems?.length) {
    if (!legacyFontEncoding(cell.font)) {
      if (knownClean.size >= KNOWN_CLEAN_LIMIT) knownClean.clear();
      knownClean.add(s);
    }
    return s;
  }
  const cleaned = collapseWhitespace(repairUnicode(text, legacy ? undefined : cell.font));
  if (legacy) {
    out.add(row, col, field, 'text-legacy-encoding', S.textLegacyEncoding(s, legacy.encoding, cleaned), {
      suggestion: cleaned,
      fix: textFix(cleaned, UNICODE_FONT),
    });
  } else if (problems && problems.length) {
    out.add(row, col, field, 'text-unicode', S.textUnicode(s, cleaned, problems), {
      suggestion: cleaned,
      fix: textFix(cleaned),
    });
  }
  if (badSpace && whitespace) {
    out.add(row, col, field, 'text-whitespace', S.textWhitespace(visible(s), cleaned), {
      suggestion: cleaned,
      fix: textFix(cleaned, legacy ? UNICODE_FONT : undefined),
    });
  }
  return cleaned;
}

/** Texts found clean by the slow path (memo for repeated list values). */
const knownClean = new Set<string>();
const KNOWN_CLEAN_LIMIT = 20000;

/**
 * The fast paths' test, one loop instead of regexes (a name or an ID is checked in a few nanoseconds): words of
 * printable ASCII, of the Latin-1 letters Vietnamese uses and of the precomposed Vietnamese letters, separated
 * by single spaces. NOT_CLEAN for anything else (the careful path decides), otherwise the kinds of letters met:
 * ASCII, LATIN1 (à â ê ô … which TCVN3/VNI mojibake also uses) and UNICODE_ONLY (ă đ ơ ư ạ …).
 */
export function cleanClass(s: string): number {
  const n = s.length;
  if (n === 0) return NOT_CLEAN;
  let kinds = 0;
  let space = true; // no leading space
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return NOT_CLEAN; // double
      space = true;
      continue;
    }
    const k = c < CHAR_KINDS.length ? CHAR_KINDS[c] : 0;
    if (k === 0) return NOT_CLEAN;
    kinds |= k;
    space = false;
  }
  return space ? NOT_CLEAN : kinds; // no trailing space
}

export const NOT_CLEAN = 0;
export const ASCII = 1;
export const LATIN1 = 2;
export const UNICODE_ONLY = 4;
/** Kind of each character cleanClass accepts (0: not accepted), by UTF-16 code. */
const CHAR_KINDS = charKinds();

function charKinds(): Uint8Array {
  const kinds = new Uint8Array(VIETNAMESE_CODE_LIMIT);
  kinds.fill(ASCII, 0x21, 0x7f);
  for (const [capital, small] of LATIN1_VIETNAMESE_PAIRS) kinds[capital] = kinds[small] = LATIN1;
  for (const [capital, small] of UNICODE_ONLY_VIETNAMESE_PAIRS) kinds[capital] = kinds[small] = UNICODE_ONLY;
  return kinds;
}

/** ă đ ơ ư ĩ ũ (either case) and the toned letters: only Unicode Vietnamese has them. */
const UNICODE_ONLY_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
const NON_ASCII = /[^\x00-\x7f]/;
/** Latin-1 symbols and letters: what TCVN3/VNI mojibake is made of. */
const LATIN1_HIGH = /[\u00a1-\u00ff]/;
/** Leading, trailing or double spaces; tabs, line breaks, non-breaking and other unusual spaces. */
const BAD_SPACE =
  /^[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$|[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]{2}|[\t\n\v\f\r\u00a0\u0085\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/;

/** Shows line breaks and tabs in a message instead of breaking it. */
function visible(s: string): string {
  return s.replace(/\r?\n|\r/g, '↵').replace(/\t/g, '⇥');
}

/** The cell's text cleaned without reporting anything (for values read outside the rules). */
export function cleanText(s: string): string {
  return collapseWhitespace(repairUnicode(s));
}

/** A letter only Unicode Vietnamese has (ă, đ, ơ, ư, ĩ, ũ, ạ …): text that cannot be TCVN3 or VNI. */
export function hasUnicodeOnlyLetter(s: string): boolean {
  return UNICODE_ONLY_LETTER.test(s);
}
