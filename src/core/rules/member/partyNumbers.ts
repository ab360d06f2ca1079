import type { Cell } from '../../cells';
import { saysNone } from '../common/blank';
import { readIdCell } from '../../parse/nationalId';
import * as S from '../../strings/rules';
import { type Findings, textFix } from '../context';

/** card-format and record-format: the party card number (8 digits) and the record number (6 digits + 1-3 letters). */

/** Returns the card number as digits (or the text when it is not digits). */
export function checkCardCell(out: Findings, row: number, col: number, cell: Cell): string | undefined {
  if (cell.type === 'text' && EIGHT_DIGITS.test(cell.value as string)) return cell.value as string;
  if (saysNone(cell)) return undefined;
  const read = readIdCell(cell);
  if (!read) return undefined;
  const shown = cell.type === 'text' ? (cell.value as string).trim() : String(cell.value);
  if (read.notDigits || read.hasSeparators) {
    out.add(row, col, 'cardNumber', 'card-format', S.cardFormat(shown));
    return shown;
  }
  if (read.hasWhitespace) {
    out.add(row, col, 'cardNumber', 'text-whitespace', S.idWhitespace(shown, read.digits), {
      suggestion: read.digits,
      fix: textFix(read.digits),
    });
  }
  if (read.digits.length !== 8) out.add(row, col, 'cardNumber', 'card-format', S.cardFormat(read.digits));
  return read.digits;
}

const LETTER = /\p{L}/u;
const EIGHT_DIGITS = /^\d{8}$/;

/** 6 digits then 1-3 letters (the committee's symbol): 012345HN. */
export function isRecordNumber(s: string): boolean {
  if (s.length < 7 || s.length > 9) return false;
  for (let i = 0; i < 6; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  for (let i = 6; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && LETTER.test(s[i]));
    if (!letter) return false;
  }
  return true;
}

export function checkRecordCell(out: Findings, row: number, col: number, cell: Cell, text: string | undefined): string | undefined {
  const value = text ?? (cell.type === 'number' ? String(cell.value) : undefined);
  if (value === undefined) return undefined;
  if (isRecordNumber(value)) return value;
  const compact = value.replace(/[\s.\-_/]+/g, '');
  const likely = isRecordNumber(compact) ? compact : undefined;
  out.add(row, col, 'recordNumber', 'record-format', S.recordFormat(value), { suggestion: likely });
  return likely ?? value;
}
