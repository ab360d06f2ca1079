import type { Cell } from '../cells';
import type { Gender } from '../records';
import { PROVINCE_CODES } from '../data/provinces';
import { displayedDigits } from './numberFormat';

/**
 * Reading a national ID (CCCD / số định danh cá nhân) cell, through its number format, and what its
 * 12 digits encode (RULES.md §4).
 */

export interface IdRead {
  /** Digits as the user sees them: the text's digits, or a number through its format. */
  digits: string;
  /** The cell is a number, not text. */
  isNumber: boolean;
  /** A number whose format pads it with zeros ("000000000000"). */
  paddedByFormat: boolean;
  /** Text with spaces, tabs or line breaks among the digits. */
  hasWhitespace: boolean;
  /** Text with dots, dashes or other separators among the digits. */
  hasSeparators: boolean;
  /** Text with letters or other characters: not an ID at all. digits is then "". */
  notDigits: boolean;
  /** Text starting with a visible apostrophe ('037…), pasted in from another program: part of the value. */
  quoted?: boolean;
}

/** undefined for an empty cell or an error value. */
export function readIdCell(cell: Cell): IdRead | undefined {
  if (cell.type === 'number') {
    const n = cell.value as number;
    const raw = displayedDigits(n, undefined, undefined);
    const shown = displayedDigits(n, cell.format, cell.text);
    if (shown === undefined || raw === undefined) return read('', true, false, false, false, true);
    return read(shown, true, shown.length > raw.length, false, false, false);
  }
  if (cell.type === 'text') return readIdText(cell.value as string);
  if (cell.type === 'empty' || cell.type === 'error') return undefined;
  return read('', false, false, false, false, true);
}

export function readIdText(text: string): IdRead | undefined {
  let digits = '';
  let hasWhitespace = false;
  let hasSeparators = false;
  let seenDigit = false;
  let trailingWhitespace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      seenDigit = true;
      if (trailingWhitespace) hasWhitespace = true;
      trailingWhitespace = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2007) {
      if (seenDigit) trailingWhitespace = true;
      else hasWhitespace = true;
      continue;
    }
    if (c === 46 || c === 45 || c === 95 || c === 44 || c === 39) {
      // . - _ , and a leading apostrophe typed to keep Excel from converting.
      if (!(c === 39 && !seenDigit)) hasSeparators = true;
      continue;
    }
    return read('', false, false, false, false, true);
  }
  if (trailingWhitespace) hasWhitespace = true;
  if (!seenDigit) return undefined;
  if (!hasWhitespace && !hasSeparators) digits = text;
  else {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits += text[i];
    }
  }
  const quoted = text.trimStart().charCodeAt(0) === 39;
  if (!hasWhitespace && !hasSeparators && quoted) digits = text.slice(1);
  const r = read(digits, false, false, hasWhitespace, hasSeparators, false);
  if (quoted) r.quoted = true;
  return r;
}

function read(
  digits: string,
  isNumber: boolean,
  paddedByFormat: boolean,
  hasWhitespace: boolean,
  hasSeparators: boolean,
  notDigits: boolean,
): IdRead {
  return { digits, isNumber, paddedByFormat, hasWhitespace, hasSeparators, notDigits };
}

// ---- what 12 digits encode ----------------------------------------------------------------------

/** Province of birth registration for a known code (digits 1-3), undefined otherwise. */
export function idProvince(id: string): string | undefined {
  const n = (id.charCodeAt(0) - 48) * 100 + (id.charCodeAt(1) - 48) * 10 + (id.charCodeAt(2) - 48);
  return n >= 0 && n < 1000 ? PROVINCE_BY_NUMBER[n] : undefined;
}

/** PROVINCE_CODES indexed by the code's number, for a lookup without string slicing. */
const PROVINCE_BY_NUMBER: (string | undefined)[] = (() => {
  const table: (string | undefined)[] = new Array(1000).fill(undefined);
  for (const [code, name] of Object.entries(PROVINCE_CODES)) table[Number(code)] = name;
  return table;
})();

/** Birth year encoded by digits 4-6: century from digit 4 (0/1 → 1900s, 2/3 → 2000s …), year from 5-6. */
export function idBirthYear(id: string): number {
  const g = id.charCodeAt(3) - 48;
  const yy = (id.charCodeAt(4) - 48) * 10 + (id.charCodeAt(5) - 48);
  return 1900 + Math.floor(g / 2) * 100 + yy;
}

/** Gender encoded by digit 4: even male, odd female. */
export function idGender(id: string): Gender {
  return (id.charCodeAt(3) - 48) % 2 === 0 ? 'Nam' : 'Nữ';
}

/**
 * A number that lost its leading zeros: padded to 12 digits, is it an ID that agrees with what the row
 * says? It must carry a province code, and agree with the birth year and gender, at least one of them known.
 */
export function paddedIdAgrees(digits: string, birthYear: number | undefined, gender: Gender | undefined): string | undefined {
  if (digits.length < 10 || digits.length > 11) return undefined;
  const padded = digits.padStart(12, '0');
  if (!idProvince(padded)) return undefined;
  if (birthYear === undefined && gender === undefined) return undefined;
  if (birthYear !== undefined && idBirthYear(padded) !== birthYear) return undefined;
  if (gender !== undefined && idGender(padded) !== gender) return undefined;
  return padded;
}
