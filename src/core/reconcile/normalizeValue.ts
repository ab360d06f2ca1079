import { formatDate } from '../dates';
import { detectLegacyEncoding } from '../text/legacy';
import { cleanUnicode, collapseWhitespace, looseKey, nameKey } from '../text/normalize';

/**
 * Comparison keys for reconciliation: two values are the same when their keys are equal.
 * Each key forgives what the engine treats as presentation (case, spaces, Unicode form, tone placement,
 * a date typed as text, an ID stored as a number) and nothing else.
 */

/**
 * Text typed in a legacy font (TCVN3 "NguyÔn", VNI "Nguyeãn") as Unicode, as the check's fix would convert it;
 * other text unchanged. `font` is the cell's font when known (".VnTime" settles the encoding).
 */
export function unicodeText(s: string, font?: string): string {
  return detectLegacyEncoding(s, font)?.converted ?? s;
}

/** NFC, no zero-width characters, spaces collapsed: how a text value is shown. */
export function displayText(s: string): string {
  return collapseWhitespace(cleanUnicode(s));
}

// Keys are computed word by word through a cache: names and addresses are made of a few thousand distinct
// syllables, so 200,000 rows cost a few thousand normalisations instead of hundreds of thousands.
const MAX_CACHE = 200_000;
const wordKeys = new Map<string, string>();
const branchKeys = new Map<string, string>();

function cached(cache: Map<string, string>, s: string, compute: (s: string) => string): string {
  let k = cache.get(s);
  if (k === undefined) {
    if (cache.size >= MAX_CACHE) cache.clear();
    k = compute(s);
    cache.set(s, k);
  }
  return k;
}

/** nameKey, word by word (the same key: nameKey treats each word on its own). */
function wordwiseNameKey(s: string): string {
  let out = '';
  for (const word of s.split(/[\s\u00A0\u2007\u202F]+/)) {
    if (!word) continue;
    const k = cached(wordKeys, word, nameKey);
    if (k) out = out ? out + ' ' + k : k;
  }
  return out;
}

/** Names: case-, space- and tone-placement-insensitive (Hoà = Hòa), every other diacritic kept (Hà ≠ Hạ). */
export function nameCompareKey(s: string): string {
  return wordwiseNameKey(s);
}

/** Free text (addresses, positions …): as names, plus spacing around punctuation ("Thôn 1,xã A" = "Thôn 1, xã A"). */
export function textCompareKey(s: string): string {
  return wordwiseNameKey(s.replace(/\s*([,;:/\-–()])\s*/g, '$1'));
}

/** Branch names: looseKey, as the organisation checks match them. */
export function branchCompareKey(s: string): string {
  return cached(branchKeys, s, looseKey);
}

/** Digits with their separators (spaces, dots, dashes) removed; other text kept, upper-cased. */
export function digitText(s: string): string {
  if (/^\d+$/.test(s)) return s;
  const compact = displayText(s).replace(/[\s.\-]/g, '');
  return /^\d+$/.test(compact) ? compact : displayText(s).toUpperCase();
}

/** A national ID usable as a match key: exactly 12 digits. */
export function validNationalId(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const d = digitText(s);
  return /^\d{12}$/.test(d) ? d : undefined;
}

/**
 * Phone numbers as 10/11-digit text: "+84 912 345 678" = "0912345678", and a number cell that lost its
 * leading zero (912345678) = "0912345678".
 */
export function phoneText(s: string): string {
  let d = displayText(s).replace(/[\s.\-()]/g, '');
  if (!/^\+?\d+$/.test(d)) return displayText(s);
  if (d.startsWith('+84')) d = '0' + d.slice(3);
  else if (d.startsWith('84') && (d.length === 11 || d.length === 12) && d[2] !== '0') d = '0' + d.slice(2);
  if (d.length === 9 && /^[35789]/.test(d)) d = '0' + d;
  else if (d.length === 10 && d.startsWith('2')) d = '0' + d;
  return d;
}

/** Record number (số lý lịch): no spaces, upper case ("123456 ta" = "123456TA"). */
export function recordNumberText(s: string): string {
  if (/^[0-9A-Z]+$/.test(s)) return s;
  return displayText(s).replace(/\s+/g, '').toUpperCase();
}

export function emailText(s: string): string {
  return displayText(s).toLowerCase();
}

/** Dates compare on the calendar day (a time of day is not a difference). */
export function dateText(serial: number): string {
  return formatDate(Math.floor(serial));
}
