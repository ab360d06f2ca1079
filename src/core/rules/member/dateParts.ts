import type { Cell } from '../../cells';
import type { DateParts, PartDateField } from '../../fields';
import * as S from '../../strings/rules';
import { formatDate } from '../../dates';
import { isRealDate, serialOf } from '../../parse/calendar';
import type { Findings } from '../context';
import { isBlankCell } from '../common/blank';
import { cellOf } from './rowCells';

/**
 * A whole number in a cell (12, "12", "03"); undefined when blank, NaN when not a whole number. Blankness is the
 * cell's own (as for one date cell), not the row scan's: parts found by a merge's span have no header to scan.
 */
function partOf(cell: Cell): number | undefined {
  if (isBlankCell(cell)) return undefined;
  const s = cell.type === 'number' ? String(cell.value) : cell.type === 'text' ? String(cell.value).trim() : '';
  return /^\d{1,4}$/.test(s) ? Number(s) : NaN;
}

/** All three sub-columns empty (an official date not written yet, a birth date missing). */
export function datePartsBlank(cells: readonly (Cell | undefined)[], parts: DateParts): boolean {
  return isBlankCell(cellOf(cells, parts.day)) && isBlankCell(cellOf(cells, parts.month)) && isBlankCell(cellOf(cells, parts.year));
}

/**
 * A date in three columns "Ngày" | "Tháng" | "Năm" ("Ngày sinh", "Ngày vào Đảng", "Ngày chính thức"): read as one
 * date, with the findings one date cell would give, at the day column. All three empty is `required` when the
 * field is; a year alone, a missing part or a day that does not exist is `date-invalid`; a date after asOf is
 * `date-future`.
 */
export function readDateParts(
  out: Findings,
  row: number,
  field: PartDateField,
  parts: DateParts,
  cells: readonly (Cell | undefined)[],
  asOf: number,
  required: boolean,
): number | undefined {
  const d = partOf(cellOf(cells, parts.day));
  const m = partOf(cellOf(cells, parts.month));
  const y = partOf(cellOf(cells, parts.year));
  if (d === undefined && m === undefined && y === undefined) {
    if (required) out.add(row, parts.day, field, 'required', S.required(field));
    return undefined;
  }
  if (y !== undefined && y === y && d === undefined && m === undefined) {
    out.add(row, parts.day, field, 'date-invalid', S.dateInvalid.yearOnly(field, String(y)));
    return undefined;
  }
  if (d === undefined || m === undefined || y === undefined || d !== d || m !== m || y !== y || y < 1800 || !isRealDate(y, m, d)) {
    const shown = [d, m, y].map((x) => (x === undefined || x !== x ? '…' : String(x))).join('/');
    out.add(row, parts.day, field, 'date-invalid', S.dateInvalid.impossible(field, shown));
    return undefined;
  }
  const serial = serialOf(y, m, d);
  if (serial > asOf) out.add(row, parts.day, field, 'date-future', S.dateFuture(field, formatDate(serial), formatDate(asOf)));
  return serial;
}
