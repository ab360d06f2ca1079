import type { Cell } from '../../cells';
import type { Gender } from '../../records';
import * as L from '../../strings/layout';
import * as S from '../../strings/rules';
import { formatDate } from '../../dates';
import { isRealDate, serialOf } from '../../parse/calendar';
import type { Findings } from '../context';
import { checkDateCell } from '../common/dateCell';

export interface SplitBirth {
  birth?: number;
  /** The gender the filled sub-column implies. */
  gender?: Gender;
}

/**
 * A birth date split into "Nam" | "Nữ" sub-columns: the date is read from whichever is filled and the gender is
 * the sub-column's. Both filled or neither is a finding, so is a gender column that says otherwise.
 */
export function readSplitBirthDate(
  out: Findings,
  row: number,
  split: { male: number; female: number },
  cell: (col: number) => Cell,
  blank: (col: number) => boolean,
  asOf: number,
  writtenGender: Gender | undefined,
): SplitBirth {
  const maleFilled = !blank(split.male);
  const femaleFilled = !blank(split.female);
  if (maleFilled && femaleFilled) {
    out.add(row, split.female, 'birthDate', 'gender-invalid', L.birthDateBothGenders());
    const birth = checkDateCell(out, row, split.male, 'birthDate', cell(split.male), asOf);
    return { birth: birth === birth ? birth : undefined };
  }
  if (!maleFilled && !femaleFilled) {
    out.add(row, split.male, 'birthDate', 'required', L.birthDateNeitherGender());
    return {};
  }
  const col = maleFilled ? split.male : split.female;
  const gender: Gender = maleFilled ? 'Nam' : 'Nữ';
  if (writtenGender && writtenGender !== gender) {
    out.add(row, col, 'birthDate', 'gender-invalid', L.birthDateGenderDisagrees(writtenGender, gender));
  }
  const birth = checkDateCell(out, row, col, 'birthDate', cell(col), asOf);
  return { birth: birth === birth ? birth : undefined, gender };
}

/** A whole number in a cell (12, "12", "03"); undefined when blank, NaN when not a whole number. */
function partOf(cell: Cell, blank: boolean): number | undefined {
  if (blank) return undefined;
  const s = cell.type === 'number' ? String(cell.value) : cell.type === 'text' ? String(cell.value).trim() : '';
  return /^\d{1,4}$/.test(s) ? Number(s) : NaN;
}

/**
 * The birth date in three columns "Ngày" | "Tháng" | "Năm": read as one date. All three empty is `required`;
 * a year alone, a missing part or a day that does not exist is `date-invalid` (at the day column).
 */
export function readBirthDateParts(
  out: Findings,
  row: number,
  parts: { day: number; month: number; year: number },
  cell: (col: number) => Cell,
  blank: (col: number) => boolean,
  asOf: number,
): number | undefined {
  const d = partOf(cell(parts.day), blank(parts.day));
  const m = partOf(cell(parts.month), blank(parts.month));
  const y = partOf(cell(parts.year), blank(parts.year));
  if (d === undefined && m === undefined && y === undefined) {
    out.add(row, parts.day, 'birthDate', 'required', S.required('birthDate'));
    return undefined;
  }
  const shown = [d, m, y].map((x) => (x === undefined || x !== x ? '…' : String(x))).join('/');
  if (y !== undefined && y === y && d === undefined && m === undefined) {
    out.add(row, parts.day, 'birthDate', 'date-invalid', S.dateInvalid.yearOnly('birthDate', String(y)));
    return undefined;
  }
  if (d === undefined || m === undefined || y === undefined || d !== d || m !== m || y !== y || y < 1800 || !isRealDate(y, m, d)) {
    out.add(row, parts.day, 'birthDate', 'date-invalid', S.dateInvalid.impossible('birthDate', shown));
    return undefined;
  }
  const serial = serialOf(y, m, d);
  if (serial > asOf) out.add(row, parts.day, 'birthDate', 'date-future', S.dateFuture('birthDate', formatDate(serial), formatDate(asOf)));
  return serial;
}
