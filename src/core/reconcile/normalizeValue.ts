import { formatDate } from '../dates';
import { detectLegacyEncoding } from '../text/legacy';
import type { CodeList } from '../data/lists';
import { foldKey, matchList } from '../parse/lists';
import { readPhoneText } from '../parse/phone';
import { nameKind, orgBaseKey } from '../rules/organisation/orgNames';
import { cleanUnicode, collapseWhitespace, headerKey, nameKey } from '../text/normalize';

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

/**
 * Free text (addresses, positions …): as names, plus spacing around punctuation ("Thôn 1,xã A" = "Thôn 1, xã A"),
 * the separator between parts of an address ("Yên Thành - Yên Mô - Ninh Bình" = "Yên Thành, Yên Mô, Ninh Bình")
 * and a full stop at the end.
 */
export function textCompareKey(s: string): string {
  return wordwiseNameKey(s.replace(/\s*[,;\-–]\s*/g, ',').replace(/\s*([:/()])\s*/g, '$1').replace(/[\s.,]+$/, ''));
}

/**
 * Branch names as the organisation checks match them: "CB Thôn 01", "Chi bộ thôn 1", "Thôn Một" and "CHI BỘ THÔN 1"
 * are one chi bộ; a đảng bộ of the same place is not.
 */
export function branchCompareKey(s: string): string {
  return cached(branchKeys, s, branchKey);
}

// " - ", " – ", "," or "/" before the superior committee: "Chi bộ Thôn 1 - Đảng bộ xã Yên Thành".
const SUPERIOR = /\s+[-–]\s+|\s*[,/]\s*/;

const UPPER_COMMITTEE = /^(tinh|thanh|huyen|quan|thi) uy( |$)/;

function isCommittee(name: string): boolean {
  return nameKind(name) === 'committee' || UPPER_COMMITTEE.test(headerKey(name));
}

function branchKey(s: string): string {
  // The export of CSDL đảng viên names a chi bộ with its superiors; the commune's list names it alone.
  const parts = s.split(SUPERIOR);
  const own = parts.length > 1 && parts.slice(1).every(isCommittee) ? parts[0] : s;
  return (nameKind(own) === 'committee' ? 'db:' : '') + orgBaseKey(own);
}

/**
 * A list value (ethnicity, religion, political theory): its canonical name when written in an accepted spelling,
 * a case/diacritics variant or one of the list's usual variants ("Khmer", "Kinh (Việt)", "TC"); a one-letter
 * typo is not taken for the value it may be. Other text as free text.
 */
export function listCompareKey(list: CodeList, s: string): string {
  const m = matchList(list, s);
  if (m.value && (m.exact || m.fixable || list.variants[foldKey(s)] === m.value)) return 'list:' + m.value;
  return textCompareKey(s);
}

/** Digits with their separators (spaces, dots, dashes) removed; other text kept, upper-cased. */
export function digitText(s: string): string {
  if (/^\d+$/.test(s)) return s;
  const compact = displayText(s).replace(/[\s.\-]/g, '');
  return /^\d+$/.test(compact) ? compact : displayText(s).toUpperCase();
}

/**
 * Party card numbers compare without leading zeros: a card kept in a number cell ("1234567") lost the 0 of
 * "01234567". Other text as digitText.
 */
export function cardKey(s: string): string {
  const d = digitText(s);
  return /^\d+$/.test(d) ? d.replace(/^0+(?=\d)/, '') : d;
}

/** A national ID usable as a match key: exactly 12 digits. */
export function validNationalId(s: string | undefined): string | undefined {
  if (s === undefined) return undefined;
  const d = digitText(s);
  return /^\d{12}$/.test(d) ? d : undefined;
}

/**
 * Phone numbers as the checker reads them ("+84 912 345 678", "0084 …", "+84 (0) …", "0912.345.678", a number
 * cell that lost its leading 0, an old 11-digit prefix): the number's digits; text that holds none, as written.
 */
export function phoneText(s: string): string {
  return readPhoneText(displayText(s))?.normalized || displayText(s);
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
