/** One organisation row → OrganisationRecord (types and statuses read through their variants). */
import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { OrganisationRecord } from '../../records';
import { isActiveStatus, mergedInto, parseOrgStatus, parseOrgType } from '../../data/orgTypes';
import { cellCount, cellText } from './readCell';
import { headerKey } from '../../text/normalize';

export function parseOrganisation(sheet: SheetData, table: TableInfo, row: number): OrganisationRecord {
  const col = table.columns;
  const typeText = cellText(sheet, row, col.type);
  const statusText = cellText(sheet, row, col.status);
  const into = statusText === undefined ? undefined : mergedInto(statusText);
  const status = statusText === undefined ? undefined : into !== undefined ? 'Sáp nhập' : parseOrgStatus(statusText);
  const record: OrganisationRecord = { row, active: into === undefined && isActiveStatus(status) };
  if (into !== undefined) record.mergedInto = into;
  const name = cellText(sheet, row, col.name);
  if (name !== undefined) record.name = name;
  const code = cellText(sheet, row, col.code);
  if (code !== undefined) record.code = code;
  if (typeText !== undefined) {
    const parsed = parseOrgType(typeText);
    if (parsed.type) record.type = parsed.type;
    else record.typeText = typeText;
  }
  const parent = cellText(sheet, row, col.parent);
  if (parent !== undefined) record.parent = parent;
  if (status !== undefined) record.status = status;
  const former = cellText(sheet, row, col.formerName);
  // "Chi bộ Thôn Đông; Chi bộ Thôn Đoài": the branches merged into this one, each its own former name.
  const formerNames = former?.split(/\s*[;,\n]\s*/).filter(Boolean);
  if (formerNames?.length) record.formerNames = formerNames;
  const count = memberCount(sheet, table, row);
  if (count !== undefined) record.memberCount = count;
  return record;
}

/**
 * "Số đảng viên" as one column, or over "Tổng số" | "Chính thức" | "Dự bị" (detection keeps the first): the
 * total, or official + probationary (or men + women) when no total is given. One half alone is not the count: none.
 */
function memberCount(sheet: SheetData, table: TableInfo, row: number): number | undefined {
  const parts = countColumns(table);
  if (!parts) return undefined;
  let sum = 0;
  for (const c of parts) {
    const n = cellCount(sheet, row, c);
    if (n === undefined) return undefined;
    sum += n;
  }
  return sum;
}

const countColumnsOf = new WeakMap<TableInfo, number[] | null>();

/** The columns whose sum is the member count (cached per table); undefined when there is none. */
function countColumns(table: TableInfo): number[] | undefined {
  if (!countColumnsOf.has(table)) countColumnsOf.set(table, findCountColumns(table));
  return countColumnsOf.get(table) ?? undefined;
}

function findCountColumns(table: TableInfo): number[] | null {
  const col = table.columns.memberCount;
  if (col === undefined) return null;
  const key = (c: number) => headerKey(table.headers.find((h) => h.col === c)?.label ?? '');
  const halves = COUNT_HALVES.find(([first]) => key(col).endsWith(first));
  if (!halves) return [col];
  // The other half beside it, under the same group.
  const other = table.headers.find((h) => h.col > col && h.col <= col + 2 && key(h.col).endsWith(halves[1]));
  return other ? [col, other.col] : null;
}

// Member counts split in two halves that add up to the whole.
const COUNT_HALVES: readonly [string, string][] = [['chinh thuc', 'du bi'], ['nam', 'nu']];
