/**
 * The text repairs the cell rules rely on, in one place: legacy encodings (TCVN3/VNI) and Unicode problems.
 * Thin wrappers over core/text, so the rules do not depend on how the text module names things.
 */
import { detectLegacyEncoding, legacyEncodingLabel } from '../../text/legacy';
import { fixUnicode, unicodeProblems } from '../../text/unicode';
import { UNICODE_PROBLEM_NAMES } from '../../strings/rules';

export interface LegacyRepair {
  /** The encoding as users know it ("phông TCVN3 (ABC, .VnTime)"). */
  encoding: string;
  converted: string;
}

/** Text typed in a legacy encoding, converted; undefined for ordinary text. */
export function legacyRepair(text: string, font: string | undefined): LegacyRepair | undefined {
  // List values ("Không", "Công giáo") repeat thousands of times: decide each text once per font.
  const memo = memoFor(font);
  const known = memo.get(text);
  if (known !== undefined) return known ?? undefined;
  const found = detectLegacyEncoding(text, font);
  const repair = found ? { encoding: legacyEncodingLabel(found.encoding), converted: found.converted } : null;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, repair);
  return repair ?? undefined;
}

const MEMO_LIMIT = 20000;
const memos = new Map<string, Map<string, LegacyRepair | null>>();

function memoFor(font: string | undefined): Map<string, LegacyRepair | null> {
  const key = font ?? '';
  let memo = memos.get(key);
  if (!memo) {
    memo = new Map();
    memos.set(key, memo);
  }
  return memo;
}

/** Names of the Unicode problems in text (empty when none). Only called for non-ASCII text. */
export function unicodeProblemNames(text: string, font?: string): string[] {
  const p = unicodeProblems(text, font);
  const out: string[] = [];
  if (p.nfd) out.push(UNICODE_PROBLEM_NAMES.nfc);
  if (p.zeroWidth) out.push(UNICODE_PROBLEM_NAMES.zeroWidth);
  if (p.lookAlike) out.push(UNICODE_PROBLEM_NAMES.eth);
  if (p.softHyphen) out.push(UNICODE_PROBLEM_NAMES.softHyphen);
  return out;
}

export function repairUnicode(text: string, font?: string): string {
  return fixUnicode(text, font);
}
