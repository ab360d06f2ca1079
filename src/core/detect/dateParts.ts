import { PART_DATE_FIELDS, type DateParts, type PartDateField } from '../fields';
import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/**
 * A date over "Ngày" | "Tháng" | "Năm" sub-columns under its own name ("Ngày, tháng, năm sinh", "Ngày vào Đảng",
 * "Ngày chính thức"): the three map to the date's field; instead of duplicate columns the parts are recorded
 * (`dateParts`) and the field's column is the day. "Năm" folds like "Nam": the siblings decide. A birth date
 * already split into "Nam" | "Nữ" is left alone.
 */
export function splitDatesInParts(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (mapping.kind === 'organisations') return mapping;
  let out = mapping;
  for (const field of PART_DATE_FIELDS) {
    if (field === 'birthDate' && out.birthDateByGender) continue;
    const parts = partsOf(cells, out, field);
    if (!parts) continue;
    const taken = new Set([parts.day, parts.month, parts.year]);
    out = {
      ...out,
      columns: { ...out.columns, [field]: parts.day },
      duplicateColumns: out.duplicateColumns.filter((d) => !(d.field === field && taken.has(d.col))),
      dateParts: { ...out.dateParts, [field]: parts },
      ...(field === 'birthDate' ? { birthDateParts: parts } : {}),
      score: out.score + 2,
    };
  }
  return out;
}

function partsOf(cells: HeaderCell[], mapping: ColumnMapping, field: PartDateField): DateParts | undefined {
  const first = mapping.columns[field];
  if (first === undefined) return undefined;
  const cols = [first, ...mapping.duplicateColumns.filter((d) => d.field === field).map((d) => d.col)];
  const group = groupOf(cells, first);
  const find = (key: string) => cols.find((c) => ownKey(cells, c) === key && groupOf(cells, c) === group);
  const day = find('ngay');
  const month = find('thang');
  const year = find('nam');
  if (day === undefined || month === undefined || year === undefined) return undefined;
  return { day, month, year };
}

function ownKey(cells: HeaderCell[], col: number): string {
  return headerKey(cells.find((c) => c.col === col)?.own ?? '');
}

function groupOf(cells: HeaderCell[], col: number): string | undefined {
  return cells.find((c) => c.col === col)?.group;
}
