import type { SheetData } from '../../cells';
import { cellAt } from '../../cells';
import type { FieldKey } from '../../fields';
import { formatDate } from '../../dates';
import { NUMERIC_DATE_TEXT } from '../../parse/dates';
import { packedYmd, serialOf } from '../../parse/calendar';
import { isDateCell } from '../../parse/numberFormat';
import * as S from '../../strings/rules';
import type { Findings } from '../context';

/**
 * Dates typed day first on a computer whose Excel reads month first (Windows set to English - United States, common
 * in Viet Nam): "05/03/1980" becomes the real date 3 May, while "13/05/1980", which Excel cannot read month first,
 * stays text. Each cell looks fine on its own; the table gives it away: day-first text dates with a day above 12
 * beside real dates whose day is never above 12. Then every real date with day ≠ month has its day and month
 * swapped, and is reported with the date the user most likely typed (no fix: it must be checked on the papers).
 */

/**
 * Evidence needed: real dates enough that "no day above 12" is no chance (0.39 per date: eight leave 1 in 2,000
 * of correct tables reported, five would leave 1 in 115), and text that says why.
 */
const MIN_REAL_DATES = 8;
const MIN_DAY_FIRST_TEXTS = 2;

export function checkSwappedDates(
  out: Findings,
  sheet: SheetData,
  rows: readonly number[],
  columns: readonly { field: FieldKey; col: number }[],
): void {
  const cols = columns.filter((c) => c.col >= 0);
  if (cols.length === 0) return;
  // Real dates first (a day above 12 ends it, in the first rows of nearly every table), then the text evidence.
  let real = 0;
  for (const row of rows) {
    for (const { col } of cols) {
      const cell = cellAt(sheet, row - 1, col);
      if (!isDateCell(cell)) continue;
      if (packedYmd(cell.value as number) % 100 > 12) return;
      real++;
    }
  }
  if (real < MIN_REAL_DATES || countDayFirstTexts(sheet, rows, cols) < MIN_DAY_FIRST_TEXTS) return;
  for (const row of rows) {
    for (const { field, col } of cols) {
      const cell = cellAt(sheet, row - 1, col);
      if (!isDateCell(cell)) continue;
      const p = packedYmd(cell.value as number);
      const year = Math.floor(p / 10000);
      const month = Math.floor(p / 100) % 100;
      const day = p % 100;
      if (day === month) continue;
      const stored = formatDate(cell.value as number);
      const likely = formatDate(serialOf(year, day, month));
      out.add(row, col, field, 'date-invalid', S.dateInvalid.swapped(field, stored, likely), { suggestion: likely });
    }
  }
}

/** Text dates whose first number is a day above 12, counted up to the evidence needed. */
function countDayFirstTexts(sheet: SheetData, rows: readonly number[], cols: readonly { col: number }[]): number {
  let n = 0;
  for (const row of rows) {
    for (const { col } of cols) {
      const cell = cellAt(sheet, row - 1, col);
      if (cell.type !== 'text') continue;
      const m = NUMERIC_DATE_TEXT.exec(cell.value as string);
      if (m && Number(m[1]) > 12 && Number(m[1]) <= 31 && Number(m[2]) >= 1 && Number(m[2]) <= 12 && ++n >= MIN_DAY_FIRST_TEXTS) return n;
    }
  }
  return n;
}
