import { isBlank, type Cell, type SheetData } from '../cells';
import { PART_DATE_FIELDS, type TableInfo } from '../fields';
import type { HeaderCell } from './headerLayout';

/** Data rows looked at to tell parts from a merge that only widens a column. */
const SAMPLE = 20;

type Split = Pick<TableInfo, 'nameSplit' | 'birthDateParts' | 'dateParts'>;

/**
 * A header label merged over the parts of one value, with no sub-labels: "Họ và tên" over "Nguyễn Văn" | "An"
 * (lists sorted by given name), "Ngày sinh" or "Ngày vào Đảng" over day | month | year numbers. The same merge often only widens a
 * column, so the first data rows decide: the parts must be filled in most of them.
 * Reads at most SAMPLE rows, whatever the size of the sheet.
 */
export function splitBySpan(sheet: SheetData, cells: HeaderCell[], table: TableInfo): Split {
  if (table.kind !== 'members') return {};
  const taken = new Set<number>([...Object.values(table.columns), ...table.duplicateColumns.map((d) => d.col)]);
  const spanOf = (col: number | undefined, n: number): number | undefined => {
    if (col === undefined) return undefined;
    const cell = cells.find((c) => c.col === col);
    if (cell?.span !== n) return undefined;
    for (let k = 1; k < n; k++) if (taken.has(col + k)) return undefined;
    return col;
  };
  const sample = table.dataRows.slice(0, SAMPLE).map((r) => sheet.rows[r - 1] ?? []);
  const most = (test: (row: (Cell | undefined)[]) => boolean) => sample.length > 0 && sample.filter(test).length * 5 >= sample.length * 3;
  const out: Split = {};

  const name = table.nameSplit ? undefined : spanOf(table.columns.fullName, 2);
  if (name !== undefined && most((row) => isWord(row[name]) && isWord(row[name + 1]))) {
    out.nameSplit = { surname: name, given: name + 1 };
  }
  // "Nguyễn" | "Văn" | "An" under one merged "Họ và tên"; the middle is empty for people who have none.
  const name3 = table.nameSplit ? undefined : spanOf(table.columns.fullName, 3);
  if (name3 !== undefined && most((row) => isWord(row[name3]) && isWord(row[name3 + 2]) && (isBlankOrAbsent(row[name3 + 1]) || isWord(row[name3 + 1])))) {
    out.nameSplit = { surname: name3, middle: name3 + 1, given: name3 + 2 };
  }
  for (const field of PART_DATE_FIELDS) {
    if (table.dateParts?.[field] || (field === 'birthDate' && (table.birthDateParts || table.birthDateByGender))) continue;
    const day = spanOf(table.columns[field], 3);
    if (day === undefined || !most((row) => inRange(row[day], 1, 31) && inRange(row[day + 1], 1, 12) && inRange(row[day + 2], 1800, 2100))) continue;
    const parts = { day, month: day + 1, year: day + 2 };
    out.dateParts = { ...table.dateParts, ...out.dateParts, [field]: parts };
    if (field === 'birthDate') out.birthDateParts = parts;
  }
  return out;
}

function isBlankOrAbsent(cell: Cell | undefined): boolean {
  return cell === undefined || isBlank(cell);
}

function isWord(cell: Cell | undefined): boolean {
  return cell !== undefined && cell.type === 'text' && !isBlank(cell) && /\p{L}/u.test(cell.value as string);
}

function inRange(cell: Cell | undefined, min: number, max: number): boolean {
  if (!cell) return false;
  const n = cell.type === 'number' ? (cell.value as number) : cell.type === 'text' ? Number((cell.value as string).trim()) : NaN;
  return Number.isInteger(n) && n >= min && n <= max;
}
