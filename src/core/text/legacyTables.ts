/**
 * Code tables of the two legacy Vietnamese encodings still found in old workbooks (facts: FACTS.md §6.1, §6.2).
 * Excel hands such text to us as Latin-1/cp1252 code points: byte 0xB5 arrives as U+00B5 "µ", and so on.
 */

/** TCVN3 (ABC, fonts .VnTime, .VnArial …): byte → letter. Bytes A0–FF are the same code points. */
export const TCVN3_TO_UNICODE: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(
    (
      'A1Ă A2Â A3Ê A4Ô A5Ơ A6Ư A7Đ A8ă A9â AAê ABô ACơ ADư AEđ ' +
      'B5à B6ả B7ã B8á B9ạ BBằ BCẳ BDẵ BEắ C6ặ C7ầ C8ẩ C9ẫ CAấ CBậ ' +
      'CCè CEẻ CFẽ D0é D1ẹ D2ề D3ể D4ễ D5ế D6ệ D7ì D8ỉ DCĩ DDí DEị ' +
      'DFò E1ỏ E2õ E3ó E4ọ E5ồ E6ổ E7ỗ E8ố E9ộ EAờ EBở ECỡ EDớ EEợ ' +
      'EFù F1ủ F2ũ F3ú F4ụ F5ừ F6ử F7ữ F8ứ F9ự FAỳ FBỷ FCỹ FDý FEỵ'
    )
      .split(' ')
      .map((e) => [String.fromCharCode(parseInt(e.slice(0, 2), 16)), e.slice(2)]),
  ),
);

/** VNI-Windows tone marks (second byte after a vowel), lower-case form; upper-case follows the base letter. */
const TONE = { sac: '\u0301', huyen: '\u0300', hoi: '\u0309', nga: '\u0303', nang: '\u0323' } as const;
const CIRC = '\u0302';
const BREVE = '\u0306';

/** VNI mark byte → combining marks it adds to the base letter (quality first, then tone). */
export const VNI_MARKS: Readonly<Record<string, string>> = Object.freeze({
  'ù': TONE.sac, 'ø': TONE.huyen, 'û': TONE.hoi, 'õ': TONE.nga, 'ï': TONE.nang,
  'â': CIRC, 'á': CIRC + TONE.sac, 'à': CIRC + TONE.huyen, 'å': CIRC + TONE.hoi, 'ã': CIRC + TONE.nga, 'ä': CIRC + TONE.nang,
  'ê': BREVE, 'é': BREVE + TONE.sac, 'è': BREVE + TONE.huyen, 'ú': BREVE + TONE.hoi, 'ü': BREVE + TONE.nga, 'ë': BREVE + TONE.nang,
});

/** Which marks each VNI base letter takes: tones on every vowel, circumflex on a/e/o, breve on a only. */
export function vniMarkFits(base: string, marks: string): boolean {
  const b = base.toLowerCase();
  const quality = marks[0] === CIRC || marks[0] === BREVE ? marks[0] : '';
  if (!quality) return 'aeouyơư'.includes(b);
  if (quality === CIRC) return 'aeo'.includes(b);
  return b === 'a';
}

/** VNI single bytes that stand for a whole letter (lower case; the upper-case byte is the Latin-1 upper case). */
export const VNI_SINGLES: Readonly<Record<string, string>> = Object.freeze({
  'ô': 'ơ', 'ö': 'ư', 'ñ': 'đ', 'í': 'í', 'ì': 'ì', 'æ': 'ỉ', 'ó': 'ĩ', 'ò': 'ị', 'î': 'ỵ',
});

/** Latin-1 letters that are also ordinary Vietnamese letters in Unicode text ("Tôi", "Hoà", "Ý"). */
export const VIETNAMESE_LATIN1 = 'àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ';
