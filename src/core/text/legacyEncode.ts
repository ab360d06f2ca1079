/**
 * Unicode → legacy encoders, the inverse of legacyDecode. Used by tests and by the demo generator to make
 * cells that look exactly like text typed with UniKey in TCVN3 or VNI mode.
 */
import { TCVN3_TO_UNICODE, VNI_MARKS, VNI_SINGLES } from './legacyTables';

const UNICODE_TO_TCVN3 = new Map<string, string>(Object.entries(TCVN3_TO_UNICODE).map(([byte, ch]) => [ch, byte]));

/**
 * Unicode → TCVN3. TCVN3 has upper-case codes only for Ă Â Ê Ô Ơ Ư Đ; other toned capitals get the lower-case
 * code (the workbook shows them as capitals only in an "H" font such as .VnTimeH, which the caller sets).
 */
export function encodeTcvn3(unicode: string): string {
  let out = '';
  for (const c of unicode.normalize('NFC')) {
    out += UNICODE_TO_TCVN3.get(c) ?? UNICODE_TO_TCVN3.get(c.toLowerCase()) ?? c;
  }
  return out;
}

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
const MARK_BYTE = new Map<string, string>(Object.entries(VNI_MARKS).map(([byte, marks]) => [marks, byte]));
const SINGLE_BYTE = new Map<string, string>(Object.entries(VNI_SINGLES).map(([byte, ch]) => [ch, byte]));

/** One NFC letter → VNI bytes (lower case), or undefined when VNI writes it as plain ASCII/Latin-1. */
function encodeVniLower(c: string): string | undefined {
  const single = SINGLE_BYTE.get(c);
  if (single) return single;
  const d = c.normalize('NFD');
  let base = d[0];
  let marks = d.slice(1);
  if (marks.startsWith('\u031B')) {
    // ơ/ư are single bytes in VNI; their tone follows as a mark byte ("ôù" = ớ).
    base = SINGLE_BYTE.get((base + '\u031B').normalize('NFC')) ?? base;
    marks = marks.slice(1);
  }
  if (!marks) return base === d[0] ? undefined : base;
  // NFD puts the dot below before the circumflex/breve; VNI keys are quality first, then tone.
  const quality = [...marks].filter((m) => !TONE_MARKS.includes(m)).join('');
  const tone = [...marks].filter((m) => TONE_MARKS.includes(m)).join('');
  const byte = MARK_BYTE.get(quality + tone);
  return byte === undefined ? undefined : base + byte;
}

/** Unicode → VNI-Windows ("Xin chào" → "Xin chaøo"); capitals give upper-case bytes ("Á" → "AÙ"). */
export function encodeVni(unicode: string): string {
  let out = '';
  for (const c of unicode.normalize('NFC')) {
    const lower = c.toLowerCase();
    const encoded = encodeVniLower(lower);
    if (encoded === undefined) out += c;
    else out += c === lower ? encoded : encoded.toUpperCase();
  }
  return out;
}
