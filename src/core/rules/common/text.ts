import type { Cell } from '../../cells';
import type { FieldKey } from '../../fields';
import { collapseWhitespace } from '../../text/normalize';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';
import { legacyFontEncoding } from '../../text/legacy';
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
  if (CLEAN_ASCII.test(s)) return s;
  if (CLEAN_VIETNAMESE.test(s)) {
    if (UNICODE_ONLY_LETTER.test(s)) return s;
    // Latin-1-only words ("Không", "Công giáo") repeat down a column: decide each once (in a Unicode font;
    // the same characters in a .VnTime or VNI font are legacy text).
    if (knownClean.has(s) && !legacyFontEncoding(cell.font)) return s;
  }
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

/** Printable ASCII words separated by single spaces. */
const CLEAN_ASCII = /^(?:[\x21-\x7e]+ )*[\x21-\x7e]+$/;
/** Words of printable ASCII, the Latin-1 letters Vietnamese uses and the precomposed Vietnamese letters. */
const CLEAN_VIETNAMESE =
  /^(?:[\x21-\x7e\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+ )*[\x21-\x7e\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]+$/;
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
