/** One organisation row → OrganisationRecord (types and statuses read through their variants). */
import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { OrganisationRecord } from '../../records';
import { isActiveStatus, mergedInto, parseOrgStatus, parseOrgType } from '../../data/orgTypes';
import { cellCount, cellText } from './readCell';

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
  const count = cellCount(sheet, row, col.memberCount);
  if (count !== undefined) record.memberCount = count;
  return record;
}
