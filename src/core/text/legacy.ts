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
  // Asked for every text cell: a font starting otherwise than ".", "V" or "v" (Calibri, Times New Roman) leaves here.
  const c = font.charCodeAt(0);
  if (c > 32 && c !== 46 && (c | 32) !== 118) return undefined;
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
// Upper-case abbreviations with Đ and at most one vowel: "ĐV", "HĐND", "BGDĐT", "ĐU".
const ABBREVIATION = /^(?=[A-ZĐ]{2,}$)[B-DFGHJ-NP-TV-ZĐ]*[AEIOUY]?[B-DFGHJ-NP-TV-ZĐ]*$/;
// Unit symbols such as "µm", "µg": µ is TCVN3 "à" but "àm" is no word anyone types.
const UNIT = /^µ[mgslLAVFW]$/;

function onlyChars(all: string[]): Set<string> {
  return new Set(all.filter((c) => !VIETNAMESE_LATIN1.includes(c)));
}
const TCVN3_ONLY = onlyChars(Object.keys(TCVN3_TO_UNICODE));
const vniBytes = [...Object.keys(VNI_MARKS), ...Object.keys(VNI_SINGLES)];
const VNI_ONLY = onlyChars([...vniBytes, ...vniBytes.map((c) => c.toUpperCase())]);

// Any code that no Unicode Vietnamese word contains, in either encoding.
const LEGACY_ONLY = new RegExp(`[${[...new Set([...TCVN3_ONLY, ...VNI_ONLY])].join('')}]`);

/** Every word is already a Vietnamese syllable in a natural case ("Hoà Bình", "Tôi"): no legacy signal possible. */
function readsAsUnicodeVietnamese(text: string): boolean {
  for (const word of text.match(TOKEN) ?? []) {
    if (!ASCII_WORD.test(word) && !(isVietnameseSyllable(word) && naturalCase(word))) return false;
  }
  return true;
}

interface Evaluation {
  converted: string;
  /** Words containing a code no Unicode Vietnamese word has (TCVN3 "«", VNI "ø") that conversion changed. */
  strong: number;
  /** Changed words that are not Vietnamese as they stand but are after conversion ("Leâ" → "Lê"). */
  weak: number;
  /** The same, counting one-letter results too ("où" → "ó"): evidence to compare readings, not to convert. */
  weakAny: number;
  /** Unchanged ASCII words that are neither Vietnamese without diacritics nor abbreviations ("Dupont"). */
  foreignAscii: number;
  /** Words the decoder changed (before any upper-casing). */
  decoded: number;
  /** Converted words that are Vietnamese only with the tone moved ("baỏ") or with a rare rhyme ("xoong"). */
  unlikely: number;
  /**
   * Converted words in an unnatural case: UPPER among words that are not (VNI "LÖ" read as "LƯ" in "Cao LÖ An")
   * or mixed inside the word ("ThÕ" left as it is by VNI, where TCVN3 reads "Thế").
   */
  oddCase: number;
  /** Lenient reading only: converted words that are no Vietnamese syllable ("Kdăm"), and changed words that are. */
  foreign: number;
  syllables: number;
}

function wordIsAcceptable(word: string): boolean {
  if (ASCII_WORD.test(word)) return true;
  if (ABBREVIATION.test(word)) return true;
  return isVietnameseSyllable(word, { anyTonePosition: true });
}

// Rhymes of a handful of words ("xoong", "khuya", "ngoẻo"): a reading that needs them loses to one that does not.
const RARE_RHYMES = new Set(['oong', 'ooc', 'uya', 'uyu', 'oao', 'oeo', 'ưm', 'ưn', 'uêu', 'oăp', 'uyp', 'oap']);

function isUnlikely(word: string): boolean {
  const a = analyseSyllable(word);
  return !a || RARE_RHYMES.has(a.rhyme) || !isVietnameseSyllable(word);
}

/** lower, Title or UPPER: how real words are written. TCVN3 codes read as Latin-1 break it ("ViÖt"). */
function naturalCase(word: string): boolean {
  const rest = word.slice(1);
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

function hasAny(word: string, set: Set<string>): boolean {
  for (const c of word) if (set.has(c)) return true;
  return false;
}

/**
 * Convert word by word; undefined as soon as a converted word is not Vietnamese, unless lenient (then such words
 * are counted in `foreign`).
 */
function evaluate(text: string, encoding: LegacyEncoding, capitals: boolean, lenient = false): Evaluation | undefined {
  const decode = encoding === 'TCVN3' ? decodeTcvn3 : decodeVni;
  const only = encoding === 'TCVN3' ? TCVN3_ONLY : VNI_ONLY;
  const result: Evaluation = { converted: '', strong: 0, weak: 0, weakAny: 0, foreignAscii: 0, decoded: 0, unlikely: 0, oddCase: 0, foreign: 0, syllables: 0 };
  let failed = false;
  let upperWords = 0;
  let otherWords = 0;
  const converted = text.replace(TOKEN, (word) => {
    if (failed) return word;
    let out = encoding === 'TCVN3' && UNIT.test(word) ? word : decode(word);
    if (out !== word) result.decoded++;
    if (capitals) out = out.toUpperCase();
    if (!wordIsAcceptable(out)) {
      if (lenient) {
        result.foreign++;
        if (hasAny(word, only)) result.strong++;
        return out;
      }
      failed = true;
      return word;
    }
    if (out !== word && !ASCII_WORD.test(out)) result.syllables++;
    if (!ASCII_WORD.test(out) && !ABBREVIATION.test(out) && isUnlikely(out)) result.unlikely++;
    if (!naturalCase(out)) result.oddCase++;
    else if (out.length >= 2 && out === out.toUpperCase()) upperWords++;
    else otherWords++;
    if (out === word) {
      if (ASCII_WORD.test(word) && word !== word.toUpperCase() && !isFoldedVietnameseSyllable(word)) result.foreignAscii++;
    } else if (word.length >= 2 && hasAny(word, only)) {
      result.strong++;
    } else if (!ASCII_WORD.test(word) && (!isVietnameseSyllable(word) || !naturalCase(word)) && naturalCase(out)) {
      result.weakAny++;
      // A one-letter result ("où" → "ó") proves little, unless typed in capitals ("YÙ" → "Ý").
      if (out.length >= 2 || (word.length >= 2 && word === word.toUpperCase())) result.weak++;
    }
    return out;
  });
  if (failed) return undefined;
  if (otherWords > 0) result.oddCase += upperWords;
  result.converted = converted.normalize('NFC');
  return result;
}

/**
 * Whether a reading that makes every word Vietnamese has enough evidence. A legacy font is evidence by itself:
 * the workbook shows the cell through that font, so "Vò" in .VnTime is what the user reads as "Vũ".
 */
function accepted(e: Evaluation, fontSaysSo: boolean): boolean {
  if (fontSaysSo) return e.decoded > 0;
  const signals = e.strong + e.weak;
  if (signals === 0) return false;
  // Ambiguous letters only, and a word that needs its tone moved: not evidence enough.
  if (e.strong === 0 && e.unlikely > 0) return false;
  // One lone signal with a foreign ASCII word beside it ("Loïc Dupont") is a foreign name, not VNI.
  if (signals === 1 && e.foreignAscii > 0) return false;
  return true;
}

/** Positive when the TCVN3 reading is the better one, negative for VNI, 0 when nothing tells them apart. */
function compare(t: Evaluation, v: Evaluation): number {
  if (t.strong !== v.strong) return t.strong - v.strong;
  if (t.weakAny !== v.weakAny) return t.weakAny - v.weakAny;
  if (t.oddCase !== v.oddCase) return v.oddCase - t.oddCase;
  return v.unlikely - t.unlikely;
}

/**
 * Detect text typed in TCVN3 or VNI and return its Unicode conversion, or undefined when the text is not
 * (certainly) legacy-encoded. font is the cell's font name when known: a .Vn font means TCVN3 (".VnTimeH"
 * upper-cased), a VNI font means VNI, and a reading in the font's encoding that makes every word Vietnamese is
 * taken; when that reading fails, the text is judged as if no font were given.
 * prefer breaks a tie when both readings are equally Vietnamese ("Dö An" is VNI "Dư An" or TCVN3 "Dử An"):
 * pass the encoding already found in other cells of the same sheet.
 */
export function detectLegacyEncoding(text: string, font?: string, prefer?: LegacyEncoding): LegacyDetection | undefined {
  if (!MAY_BE_LEGACY.test(text) || UNICODE_VIETNAMESE.test(text)) return undefined;
  const fontEncoding = legacyFontEncoding(font);
  if (fontEncoding) {
    const capitals = fontEncoding === 'TCVN3' && isTcvn3CapitalFont(font);
    const e = changed(evaluate(text, fontEncoding, capitals), text);
    if (e && accepted(e, true)) return pick(fontEncoding, e);
  }
  if (!LEGACY_ONLY.test(text) && readsAsUnicodeVietnamese(text)) return undefined;

  const tcvn3 = changed(evaluate(text, 'TCVN3', false), text);
  const vni = changed(evaluate(text, 'VNI', false), text);
  if (tcvn3 && vni) {
    // Both readings are Vietnamese: the one with more unambiguous evidence wins, a tie needs prefer.
    const order = compare(tcvn3, vni);
    const winner: LegacyEncoding | undefined = order > 0 ? 'TCVN3' : order < 0 ? 'VNI' : prefer;
    if (!winner) return undefined;
    const e = winner === 'TCVN3' ? tcvn3 : vni;
    return accepted(e, false) ? pick(winner, e) : undefined;
  }
  if (tcvn3 && accepted(tcvn3, false)) return pick('TCVN3', tcvn3);
  if (vni && accepted(vni, false)) return pick('VNI', vni);
  return fontEncoding ? minorityWords(text, fontEncoding, font) : undefined;
}

/**
 * Names and places of the Central Highlands peoples ("Y Ngông Niê Kdăm", "Krông Pắc") are not all Vietnamese
 * syllables, so no strict reading takes them. In a legacy font, a reading is still taken when some word became
 * Vietnamese and the other words are at most twice as many as the words with evidence; of two such readings
 * (a stale font) the better one, the font's on a tie.
 */
function minorityWords(text: string, fontEncoding: LegacyEncoding, font: string | undefined): LegacyDetection | undefined {
  const fits = (e: Evaluation | undefined) => (e && e.foreign > 0 && e.syllables > 0 && e.foreign <= 2 * (e.syllables + e.strong) ? e : undefined);
  const t = fits(changed(evaluate(text, 'TCVN3', isTcvn3CapitalFont(font), true), text));
  const v = fits(changed(evaluate(text, 'VNI', false, true), text));
  if (t && v) {
    const order = compare(t, v);
    const winner = order > 0 ? 'TCVN3' : order < 0 ? 'VNI' : fontEncoding;
    return pick(winner, winner === 'TCVN3' ? t : v);
  }
  if (t) return pick('TCVN3', t);
  return v ? pick('VNI', v) : undefined;
}

function changed(e: Evaluation | undefined, text: string): Evaluation | undefined {
  return e && e.converted !== text ? e : undefined;
}

function pick(encoding: LegacyEncoding, e: Evaluation): LegacyDetection {
  return { encoding, converted: e.converted };
}
