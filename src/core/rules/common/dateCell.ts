import type { Cell } from '../../cells';
import { cellDisplay } from '../../cells';
import type { FieldKey } from '../../fields';
import { formatDate } from '../../dates';
import { FIRST_EXCEL_DATE, isYearAsDate, readDate } from '../../parse/dates';
import { isDateFormat } from '../../parse/numberFormat';
import { isRealDate, serialOf } from '../../parse/calendar';
import * as S from '../../strings/rules';
import { fieldName } from '../../strings/rules';
import * as L from '../../strings/layout';
import type { Findings } from '../context';
import { isBlankCell } from './blank';
import { legacyRepair } from './textRepair';

/**
 * date-invalid, date-text and date-future on one cell.
 * Returns the date's serial, undefined for an empty cell, NaN for a value that is not a valid date
 * (so row rules skip it instead of piling on).
 */
export function checkDateCell(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  cell: Cell,
  asOf: number,
): number | undefined {
  // Fast path, no allocation: a real date, or text exactly dd/mm/yyyy.
  const quick = quickSerial(cell);
  if (quick === quick && !(cell.type !== 'text' && isYearAsDate(quick))) {
    if (quick > asOf) out.add(row, col, field, 'date-future', S.dateFuture(field, formatDate(quick), formatDate(asOf)));
    return quick;
  }
  // "-" or "—" typed for "no date yet" (a probationary member's official date) is an empty cell.
  if (cell.type === 'text' && isBlankCell(cell)) return undefined;
  // A date typed in TCVN3/VNI ("ngµy 05 th¸ng 3 n¨m 1958") is read, and quoted, as the user sees it.
  const legacy = cell.type === 'text' ? legacyRepair(cell.value as string, cell.font) : undefined;
  if (legacy) cell = { ...cell, value: legacy.converted };
  const read = readDate(cell);
  if (!read) return undefined;
  if (read.serial === undefined) {
    // A year in a date cell is quoted as typed, not as the 1905 date the cell shows.
    const shown = read.issue === 'year-as-date' ? String(Math.floor(cell.value as number)) : cellDisplay(cell).trim();
    out.add(row, col, field, 'date-invalid', invalidMessage(field, shown, read.issue, read.likely), {
      suggestion: read.likely !== undefined ? formatDate(read.likely) : undefined,
    });
    return NaN;
  }
  const serial = read.serial;
  // Before 1 March 1900 Excel has no date to convert to (and its 1900 calendar is off by a day): text is the only
  // form such a date can take, so "convert to a real date" would be wrong advice and an unsafe fix.
  if ((read.issue === 'text-form' || read.issue === 'number-form') && serial >= FIRST_EXCEL_DATE) {
    const fixed = formatDate(serial);
    const shown = cellDisplay(cell).trim();
    const message = read.issue === 'text-form' ? S.dateText(field, shown, fixed) : L.dateShownAsNumber(fieldName(field), shown, fixed);
    out.add(row, col, field, 'date-text', message, {
      suggestion: fixed,
      fix: { value: serial, isDate: true, format: 'dd/mm/yyyy' },
    });
  }
  if (serial > asOf) out.add(row, col, field, 'date-future', S.dateFuture(field, formatDate(serial), formatDate(asOf)));
  return serial;
}

/** A year written alone (1968, "1968"), the way a "Năm sinh" column is filled; undefined for anything else. */
export function bareYear(cell: Cell): number | undefined {
  const v = cell.type === 'number' && !isDateFormat(cell.format) ? cell.value : cell.type === 'text' ? Number((cell.value as string).trim()) : NaN;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100 ? v : undefined;
}

/** The serial of a real date or of text exactly dd/mm/yyyy naming a real day; NaN for anything else. */
function quickSerial(cell: Cell): number {
  if (cell.type === 'date') return Math.floor(cell.value as number);
  if (cell.type === 'number') return isDateFormat(cell.format) ? Math.floor(cell.value as number) : NaN;
  if (cell.type !== 'text') return NaN;
  const s = cell.value as string;
  if (s.length !== 10 || s.charCodeAt(2) !== 47 || s.charCodeAt(5) !== 47) return NaN;
  const d = digit(s, 0) * 10 + digit(s, 1);
  const m = digit(s, 3) * 10 + digit(s, 4);
  const y = digit(s, 6) * 1000 + digit(s, 7) * 100 + digit(s, 8) * 10 + digit(s, 9);
  if (!(y >= 1800 && y <= 2200) || !isRealDate(y, m, d)) return NaN;
  return serialOf(y, m, d);
}

/** The digit at i, or NaN (which fails every range check after it). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

function invalidMessage(field: FieldKey, shown: string, issue: string | undefined, likely: number | undefined): string {
  const D = S.dateInvalid;
  switch (issue) {
    case 'impossible':
      return D.impossible(field, shown);
    case 'two-digit-year':
      return D.twoDigitYear(field, shown);
    case 'month-first':
      return D.monthFirst(field, shown, formatDate(likely as number));
    case 'year-only':
      return D.yearOnly(field, shown);
    case 'year-as-date':
      return D.yearAsDate(field, shown, formatDate(Number(shown)));
    case 'month-year':
      return D.monthYear(field, shown);
    default:
      return likely !== undefined ? D.notDateLikely(field, shown, formatDate(likely)) : D.notDate(field, shown);
  }
}
