import type { Cell } from '../../cells';
import type { FieldKey } from '../../fields';
import { collapseWhitespace } from '../../text/normalize';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';
import { legacyRepair, repairUnicode, unicodeProblemNames } from './textRepair';

/**
 * Text hygiene on every text cell of every table: legacy encodings (TCVN3/VNI), Unicode problems and
 * whitespace. Plain ASCII text without stray spaces, most cells, costs one character loop and nothing else.
 *
 * Every fix carries the fully cleaned text (legacy converted, NFC, spaces collapsed), so applying any one
 * of them leaves the cell clean.
 */

/** Font to use once legacy text is converted: the .VnTime/VNI font would garble Unicode. */
const UNICODE_FONT = 'Times New Roman';

export interface TextCheckOptions {
  /** Report text-whitespace (ID-like columns have their own stricter rule). */
  whitespace: boolean;
}

/**
 * Checks one text cell and returns its cleaned text: the same string when nothing is wrong, otherwise
 * legacy-converted, NFC, spaces collapsed. Findings go to `out`.
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
  const n = s.length;
  if (n === 0) return s;
  let ascii = true;
  let badSpace = s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32;
  let latin1 = false;
  let vietnamese = false;
  let prevSpace = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (c === 32) {
        if (prevSpace) badSpace = true;
        prevSpace = true;
      } else {
        if (c >= 9 && c <= 13) badSpace = true;
        prevSpace = false;
      }
      continue;
    }
    ascii = false;
    if (isOddSpace(c)) {
      badSpace = true;
      prevSpace = true;
      continue;
    }
    prevSpace = false;
    if (c <= 0xff) latin1 = true;
    else if ((c >= 0x102 && c <= 0x1b0) || (c >= 0x1ea0 && c <= 0x1ef9)) vietnamese = true;
  }
  if (ascii && !badSpace) return s;

  let text = s;
  let legacy: { encoding: string; converted: string } | undefined;
  let problems: string[] | undefined;
  if (!ascii) {
    // Mojibake from TCVN3/VNI uses only Latin-1 letters; text with ă, ơ, ư, ạ … is real Unicode.
    if (latin1 && !vietnamese) legacy = legacyRepair(s, cell.font);
    if (legacy) text = legacy.converted;
    else {
      problems = unicodeProblemNames(s);
      if (problems.length) text = repairUnicode(s);
    }
  }
  const cleaned = badSpace || legacy || problems?.length ? collapseWhitespace(repairUnicode(text)) : text;
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

/** Non-breaking and other unusual spaces, line/paragraph separators. */
function isOddSpace(c: number): boolean {
  return (
    c === 0xa0 || c === 0x85 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000
  );
}

/** Shows line breaks and tabs in a message instead of breaking it. */
function visible(s: string): string {
  return s.replace(/\r?\n|\r/g, '↵').replace(/\t/g, '⇥');
}

/** The cell's text cleaned without reporting anything (for values read outside the rules). */
export function cleanText(s: string): string {
  return collapseWhitespace(repairUnicode(s));
}
