/**
 * Detection of text typed in a legacy Vietnamese font (TCVN3/ABC or VNI-Windows) that Excel now shows as
 * mojibake ("T«i ®i häc", "Toâi ñi hoïc"). Called once per text cell, so plain ASCII and ordinary Unicode
 * Vietnamese leave after one or two regex tests.
 *
 * A conversion is returned only when the text shows legacy signals AND every word of the converted text is a
 * Vietnamese syllable (or plain ASCII): genuine Unicode Vietnamese and French/German/Spanish words never qualify.
 */
import { decodeTcvn3, decodeVni } from './legacyDecode';
import { TCVN3_TO_UNICODE, VIETNAMESE_LATIN1, VNI_MARKS, VNI_SINGLES } from './legacyTables';
import { analyseSyllable, isFoldedVietnameseSyllable, isVietnameseSyllable } from './syllable';

export type LegacyEncoding = 'TCVN3' | 'VNI';

export interface LegacyDetection {
  encoding: LegacyEncoding;
  /** The text in Unicode NFC (upper case when the font is a TCVN3 "H" font). */
  converted: string;
}

/** Vietnamese name of each encoding, for messages ("… gõ bằng phông TCVN3 (ABC, .VnTime)"). */
export const LEGACY_ENCODING_LABEL: Readonly<Record<LegacyEncoding, string>> = Object.freeze({
  TCVN3: 'phông TCVN3 (ABC, .VnTime)',
  VNI: 'phông VNI (VNI-Times)',
});

export function legacyEncodingLabel(encoding: LegacyEncoding): string {
  return LEGACY_ENCODING_LABEL[encoding];
}

/** The legacy encoding a font name implies: ".VnTime", ".VnArialH" → TCVN3; "VNI-Times", "VNI-Helve" → VNI. */
export function legacyFontEncoding(font: string | undefined): LegacyEncoding | undefined {
  if (!font) return undefined;
  const name = font.trim();
  if (/^vni[-_ ]/i.test(name)) return 'VNI';
  if (/^\.vn/i.test(name)) return 'TCVN3';
  return undefined;
}

/** TCVN3 "H" fonts (.VnTimeH, .VnArialH) draw every code as a capital: TCVN3 has no toned capitals of its own. */
export function isTcvn3CapitalFont(font: string | undefined): boolean {
  return !!font && /^\.vn.*h$/i.test(font.trim());
}

// Any Latin-1 letter or symbol (NBSP excluded): nothing else can carry legacy bytes.
const MAY_BE_LEGACY = /[\u00A1-\u00FF]/;
// Letters only Unicode Vietnamese has (ă đ ơ ư ĩ ũ and the toned range) or combining marks: genuine Unicode text.
const UNICODE_VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9\u0300-\u036F]/;
// A word: letters, marks and every Latin-1 code (TCVN3 uses symbols such as "«", "®" and the soft hyphen as letters).
const TOKEN = /[A-Za-z\u00A1-\u00FF\p{L}\p{M}]+/gu;
const ASCII_WORD = /^[A-Za-z]+$/;
const ABBREVIATION = /^[A-ZĐ]{2,}$/;

function onlyChars(all: string[]): Set<string> {
  return new Set(all.filter((c) => !VIETNAMESE_LATIN1.includes(c)));
}
const TCVN3_ONLY = onlyChars(Object.keys(TCVN3_TO_UNICODE));
const vniBytes = [...Object.keys(VNI_MARKS), ...Object.keys(VNI_SINGLES)];
const VNI_ONLY = onlyChars([...vniBytes, ...vniBytes.map((c) => c.toUpperCase())]);

interface Evaluation {
  converted: string;
  /** Words containing a code no Unicode Vietnamese word has (TCVN3 "«", VNI "ø") that conversion changed. */
  strong: number;
  /** Changed words that are not Vietnamese as they stand but are after conversion ("Leâ" → "Lê"). */
  weak: number;
  /** Unchanged ASCII words that are neither Vietnamese without diacritics nor abbreviations ("Dupont"). */
  foreignAscii: number;
  /** Words the decoder changed (before any upper-casing). */
  decoded: number;
  /** Converted words that are Vietnamese only with the tone moved ("baỏ") or with a rare rhyme ("xoong"). */
  unlikely: number;
}

function wordIsAcceptable(word: string): boolean {
  if (ASCII_WORD.test(word)) return true;
  if (ABBREVIATION.test(word)) return true;
  return isVietnameseSyllable(word, { anyTonePosition: true });
}

// Rhymes of a few loanwords ("xoong", "soóc"): a reading that needs them loses to one that does not.
const RARE_RHYMES = new Set(['oong', 'ooc']);

function isUnlikely(word: string): boolean {
  const a = analyseSyllable(word);
  return !a || RARE_RHYMES.has(a.rhyme) || !isVietnameseSyllable(word);
}

function hasAny(word: string, set: Set<string>): boolean {
  for (const c of word) if (set.has(c)) return true;
  return false;
}

/** Convert word by word; undefined as soon as a converted word is not Vietnamese. */
function evaluate(text: string, encoding: LegacyEncoding, capitals: boolean): Evaluation | undefined {
  const decode = encoding === 'TCVN3' ? decodeTcvn3 : decodeVni;
  const only = encoding === 'TCVN3' ? TCVN3_ONLY : VNI_ONLY;
  const result: Evaluation = { converted: '', strong: 0, weak: 0, foreignAscii: 0, decoded: 0, unlikely: 0 };
  let failed = false;
  const converted = text.replace(TOKEN, (word) => {
    if (failed) return word;
    let out = decode(word);
    if (out !== word) result.decoded++;
    if (capitals) out = out.toUpperCase();
    if (!wordIsAcceptable(out)) {
      failed = true;
      return word;
    }
    if (!ASCII_WORD.test(out) && !ABBREVIATION.test(out) && isUnlikely(out)) result.unlikely++;
    if (out === word) {
      if (ASCII_WORD.test(word) && word !== word.toUpperCase() && !isFoldedVietnameseSyllable(word)) result.foreignAscii++;
    } else if (word.length >= 2 && hasAny(word, only)) {
      result.strong++;
    } else if (out.length >= 2 && !ASCII_WORD.test(word) && !isVietnameseSyllable(word)) {
      result.weak++;
    }
    return out;
  });
  if (failed) return undefined;
  result.converted = converted.normalize('NFC');
  return result;
}

function accepted(e: Evaluation | undefined, fontSaysSo: boolean, capitalFont: boolean): boolean {
  if (!e) return false;
  if (capitalFont) return e.decoded > 0; // An "H" font is TCVN3 by itself once legacy codes are present.
  const signals = e.strong + e.weak;
  if (signals === 0) return false;
  // One lone signal with a foreign ASCII word beside it ("Loïc Dupont") is a foreign name, not VNI.
  if (signals === 1 && e.foreignAscii > 0 && !fontSaysSo) return false;
  return true;
}

/**
 * Detect text typed in TCVN3 or VNI and return its Unicode conversion, or undefined when the text is not
 * (certainly) legacy-encoded. font is the cell's font name when known (".VnTimeH" → TCVN3, upper-cased).
 */
export function detectLegacyEncoding(text: string, font?: string): LegacyDetection | undefined {
  if (!MAY_BE_LEGACY.test(text) || UNICODE_VIETNAMESE.test(text)) return undefined;
  const fontEncoding = legacyFontEncoding(font);
  const capitals = fontEncoding === 'TCVN3' && isTcvn3CapitalFont(font);

  const tcvn3 = fontEncoding !== 'VNI' ? evaluate(text, 'TCVN3', capitals) : undefined;
  const vni = fontEncoding !== 'TCVN3' ? evaluate(text, 'VNI', false) : undefined;
  const tcvn3Ok = accepted(tcvn3, fontEncoding === 'TCVN3', capitals) && tcvn3!.converted !== text;
  const vniOk = accepted(vni, fontEncoding === 'VNI', false) && vni!.converted !== text;

  if (tcvn3Ok && vniOk) {
    // Both readings are Vietnamese: trust the one with more unambiguous evidence, else say nothing.
    const t = tcvn3!;
    const v = vni!;
    if (t.strong !== v.strong) return t.strong > v.strong ? pick('TCVN3', t) : pick('VNI', v);
    if (t.weak !== v.weak) return t.weak > v.weak ? pick('TCVN3', t) : pick('VNI', v);
    if (t.unlikely !== v.unlikely) return t.unlikely < v.unlikely ? pick('TCVN3', t) : pick('VNI', v);
    return undefined;
  }
  if (tcvn3Ok) return pick('TCVN3', tcvn3!);
  if (vniOk) return pick('VNI', vni!);
  return undefined;
}

function pick(encoding: LegacyEncoding, e: Evaluation): LegacyDetection {
  return { encoding, converted: e.converted };
}
