import type { Cell } from '../cells';
import { displayedDigits } from './numberFormat';

/**
 * Phone numbers (RULES.md §4): 10-digit mobiles with a valid prefix, 11-digit landlines 02x; numbers that
 * lost their leading 0 in a number cell, and old 11-digit mobile prefixes converted in 2018.
 */

export type PhoneKind =
  /** A valid mobile or landline as written. */
  | 'valid'
  /** Leading 0 lost (a number cell, or typed without it): normalized restores it. */
  | 'lost-zero'
  /** An old 11-digit mobile number: normalized is the new 10-digit one. */
  | 'old-prefix'
  | 'invalid';

export interface PhoneRead {
  kind: PhoneKind;
  /** Digit text: the valid or repaired number, or the digits as read when invalid. */
  normalized: string;
  /** The text as written (for messages). */
  shown: string;
  /**
   * An invalid cell holding two (or more) numbers, one of them valid or repairable: how many, and the first such
   * one (normalized). The user keeps one; which is theirs to say.
   */
  several?: { count: number; first: string };
  /** The cell is a number, not text: Excel keeps no leading 0, whatever its format shows. */
  isNumber?: boolean;
  /** An invalid cell whose digits alone are a valid number, with words or signs around them ("ĐT: 0912…"). */
  digitsOnly?: string;
  /** A Hà Nội landline from before the 2017 change (04 3812 3456): the number it became (024 3812 3456). */
  oldLandline?: string;
}

/** Old 11-digit prefixes → new 3-digit ones. */
const OLD_PREFIXES: Readonly<Record<string, string>> = {
  '0162': '032', '0163': '033', '0164': '034', '0165': '035', '0166': '036', '0167': '037', '0168': '038',
  '0169': '039', '0120': '070', '0121': '079', '0122': '077', '0126': '076', '0128': '078', '0123': '083',
  '0124': '084', '0125': '085', '0127': '081', '0129': '082', '0186': '056', '0188': '058', '0199': '059',
};

/** 10-digit mobile: 03[2-9], 05[2689], 070, 07[6-9], 08[1-9], 09[0-9]. */
export function isMobile(d: string): boolean {
  if (d.length !== 10 || d.charCodeAt(0) !== 48) return false;
  const a = d.charCodeAt(1) - 48;
  const b = d.charCodeAt(2) - 48;
  switch (a) {
    case 3:
      return b >= 2;
    case 5:
      return b === 2 || b === 6 || b === 8 || b === 9;
    case 7:
      return b === 0 || b >= 6;
    case 8:
      return b >= 1;
    case 9:
      return true;
    default:
      return false;
  }
}

/** 11-digit landline starting 02. */
export function isLandline(d: string): boolean {
  return d.length === 11 && d.charCodeAt(0) === 48 && d.charCodeAt(1) === 50;
}

const ALL_DIGITS = /^\d+$/;
/** "-", "—", " – ": a placeholder for an empty cell. */
const DASHES_ONLY = /^[\s\-\u2010-\u2015\u2212]*$/;
/** What people put between two numbers in one cell: ; , / | a spaced dash, an en or em dash, "hoặc", "và". */
const BETWEEN_NUMBERS = /[;,/|\\\n&]|\s[-\u2010-\u2015\u2212]\s|[\u2013\u2014]|\s(?:hoặc|hoac|và|va|or)\s/i;
/** Fewer digits than this is not a phone number that lost a digit or two, but a note ("máy lẻ 12"). */
const NUMBER_DIGITS = 9;

function isValidPhone(d: string): boolean {
  return isMobile(d) || isLandline(d);
}

/** undefined for an empty cell or an error value. */
export function readPhone(cell: Cell): PhoneRead | undefined {
  if (cell.type === 'number') {
    const n = cell.value as number;
    // What the cell shows: a "0000000000" format shows the 0 a number cannot hold.
    const shown = displayedDigits(n, cell.format, cell.text);
    if (shown === undefined) return { kind: 'invalid', normalized: String(n), shown: String(n), isNumber: true };
    const local = withoutCountryCode(shown, false);
    const read = local ? { kind: 'valid' as const, normalized: local, shown } : classify(shown, shown);
    read.isNumber = true;
    return read;
  }
  if (cell.type === 'text') return readPhoneText(cell.value as string);
  if (cell.type === 'empty' || cell.type === 'error') return undefined;
  return { kind: 'invalid', normalized: '', shown: String(cell.value) };
}

export function readPhoneText(text: string): PhoneRead | undefined {
  // Most cells: the number alone, already right.
  if ((text.length === 10 || text.length === 11) && ALL_DIGITS.test(text) && isValidPhone(text)) {
    return { kind: 'valid', normalized: text, shown: text };
  }
  let digits = '';
  let plus = false;
  let other = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += text[i];
    else if (c === 43 && digits.length === 0) plus = true;
    else if (!(c === 32 || c === 46 || c === 45 || c === 40 || c === 41 || c === 9 || c === 0xa0 || c === 39)) other = true;
  }
  const shown = text.trim();
  if (digits.length === 0) return other && !DASHES_ONLY.test(text) ? { kind: 'invalid', normalized: '', shown } : undefined;
  // Room for two numbers (one has at most 11 digits): "0912345678 - 0987654321".
  if (digits.length >= 18) {
    const two = readSeveral(text, digits, shown);
    if (two) return two;
  }
  const local = withoutCountryCode(digits, plus);
  if (other) {
    const only = local ?? (isValidPhone(digits) ? digits : undefined);
    return only ? { kind: 'invalid', normalized: digits, shown, digitsOnly: only } : { kind: 'invalid', normalized: digits, shown };
  }
  if (local) return { kind: 'valid', normalized: local, shown };
  return classify(digits, shown);
}

/**
 * +84 912 345 678, 0084 912 345 678, +84 (0) 912 345 678, 84912345678: the country code instead of the leading 0.
 * The local number when that reading is a valid one.
 */
function withoutCountryCode(digits: string, plus: boolean): string | undefined {
  const intl = digits.startsWith('0084') ? digits.slice(2) : plus || digits.length === 11 ? digits : '';
  if (!intl.startsWith('84')) return undefined;
  const rest = intl.slice(2);
  const local = rest.charCodeAt(0) === 48 ? rest : '0' + rest;
  return isValidPhone(local) ? local : undefined;
}

function classify(digits: string, shown: string): PhoneRead {
  if (isValidPhone(digits)) return { kind: 'valid', normalized: digits, shown };
  const withZero = digits.charCodeAt(0) === 48 ? digits : '0' + digits;
  if (withZero !== digits && isValidPhone(withZero)) return { kind: 'lost-zero', normalized: withZero, shown };
  if (withZero.length === 11) {
    const prefix = OLD_PREFIXES[withZero.slice(0, 4)];
    if (prefix) return { kind: 'old-prefix', normalized: prefix + withZero.slice(4), shown };
  }
  // No mobile starts 04: ten digits 04… can only be Hà Nội's old area code, 024 since 2017.
  if (withZero.length === 10 && withZero.charCodeAt(1) === 52) return { kind: 'invalid', normalized: digits, shown, oldLandline: '02' + withZero.slice(1) };
  return { kind: 'invalid', normalized: digits, shown };
}

/**
 * Two or more numbers in one cell, split where people put a separator (or, with none, where the digits make two
 * valid numbers): undefined unless at least two parts are number-long and one of them is valid or repairable.
 */
function readSeveral(text: string, digits: string, shown: string): PhoneRead | undefined {
  const parts = text.split(BETWEEN_NUMBERS).map(digitsOf).filter((d) => d.length >= NUMBER_DIGITS);
  if (parts.length < 2) {
    for (const cut of [10, 11]) {
      const a = digits.slice(0, cut);
      const b = digits.slice(cut);
      if (isValidPhone(a) && isValidPhone(b)) return severalRead(digits, shown, 2, a);
    }
    return undefined;
  }
  for (const d of parts) {
    const read = classify(withoutCountryCode(d, false) ?? d, shown);
    if (read.kind !== 'invalid') return severalRead(digits, shown, parts.length, read.normalized);
  }
  return undefined;
}

function severalRead(digits: string, shown: string, count: number, first: string): PhoneRead {
  return { kind: 'invalid', normalized: digits, shown, several: { count, first } };
}

function digitsOf(text: string): string {
  return text.replace(/\D+/g, '');
}
