/**
 * Text normalisation shared by header detection, rules, fixes and reconciliation.
 * Everything stored or compared is NFC.
 */

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** True when s is already NFC. Fast path for plain ASCII, which is most cells. */
export function isNfc(s: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7F]*$/.test(s)) return true;
  return s.normalize('NFC') === s;
}

/** Collapse every run of spaces, tabs, line breaks and non-breaking spaces to one space; trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(/[\s\u00A0\u2007\u202F]+/g, ' ').trim();
}

/** True when collapseWhitespace would change s. */
export function hasBadWhitespace(s: string): boolean {
  return /^[\s\u00A0]|[\s\u00A0]$|[\s\u00A0]{2}|[\t\r\n\u00A0\u2007\u202F]/.test(s);
}

/** NFC, no zero-width characters, Icelandic Eth (Ð/ð) mapped to Vietnamese Đ/đ. */
export function cleanUnicode(s: string): string {
  // Strip first, normalise last: a zero-width character between a letter and its mark would otherwise leave NFD.
  return s.replace(ZERO_WIDTH, '').replace(/\u00D0/g, '\u0110').replace(/\u00F0/g, '\u0111').normalize('NFC');
}

/** Remove every diacritic (đ → d too) and lower-case: "Ngày Vào ĐẢNG" → "ngay vao dang". */
export function foldDiacritics(s: string): string {
  // Lower-case first: some capitals lower-case to a letter plus a mark ("İ" → "i̇"), which is then removed.
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đ\u00F0]/g, 'd');
}

/** Key for matching header labels: folded, punctuation to spaces, collapsed. */
export function headerKey(s: string): string {
  // Detection asks for the same few hundred labels many times (every candidate header row, every layout tried).
  let key = headerKeys.get(s);
  if (key === undefined) {
    key = foldDiacritics(s)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    if (headerKeys.size >= HEADER_KEYS_LIMIT) headerKeys.clear();
    headerKeys.set(s, key);
  }
  return key;
}

const headerKeys = new Map<string, string>();
const HEADER_KEYS_LIMIT = 4096;

/** Key for matching organisation names: folded, no spaces or punctuation ("Chi bộ  Thôn 1" = "chi bo thon 1"). */
export function looseKey(s: string): string {
  return foldDiacritics(cleanUnicode(s)).replace(/[^a-z0-9]+/g, '');
}

// Tone placement: "oà/òa", "oá/óa", "uý/úy", "oẻ/ỏe" … are the same word. The key moves the tone mark to a
// fixed place (the end of the syllable) so both spellings compare equal, while keeping every other
// diacritic (Hà ≠ Hạ, Hà ≠ Ha).
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

/**
 * Name key for duplicate-person and reconciliation: ignores case, spaces and tone placement,
 * keeps the letters and which tone each syllable carries.
 */
export function nameKey(s: string): string {
  const words = collapseWhitespace(cleanUnicode(s)).toLowerCase().split(' ');
  return words
    .map((w) => {
      const d = w.normalize('NFD');
      const tones = d.match(TONE_MARKS);
      const bare = d.replace(TONE_MARKS, '');
      return (bare + (tones ? tones.join('') : '')).normalize('NFC');
    })
    .join(' ');
}

/** Levenshtein distance, for "did you mean" suggestions on short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1);
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    prev = cur;
  }
  return prev[b.length];
}
