import { isBlank, type SheetData } from '../cells';
import type { TableInfo } from '../fields';
import { looksLikeDate } from '../parse/dates';

/** Data rows looked at (the first ones), whatever the size of the sheet. */
const SAMPLE = 20;

/**
 * "Vào Đảng" | "Chính thức" on one header row, its "Ngày tháng" group label left out: "Chính thức" alone names the
 * member type, but a column of dates under it is the official date. The first data rows decide: most of its filled
 * cells are dates. Returns the corrected columns and headers, or undefined when nothing changes.
 */
export function datedTypeColumn(sheet: SheetData, table: TableInfo): Pick<TableInfo, 'columns' | 'headers'> | undefined {
  const col = table.columns.memberType;
  if (table.kind !== 'members' || col === undefined || table.columns.officialDate !== undefined) return undefined;
  let filled = 0;
  let dates = 0;
  for (const r of table.dataRows.slice(0, SAMPLE)) {
    const cell = sheet.rows[r - 1]?.[col];
    if (!cell || isBlank(cell)) continue;
    filled++;
    if (looksLikeDate(cell)) dates++;
  }
  if (dates < 2 || dates * 5 < filled * 3) return undefined;
  const { memberType: _type, ...columns } = table.columns;
  return {
    columns: { ...columns, officialDate: col },
    headers: table.headers.map((h) => (h.col === col ? { ...h, field: 'officialDate' } : h)),
  };
}
