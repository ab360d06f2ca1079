/** org-name-type: the name says chi bộ but the type is a đảng bộ, or the reverse. */
import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import type { OrganisationRecord } from '../../records';
import { isBranchType } from '../../data/orgTypes';
import { orgStrings } from '../../strings/organisation';
import { makeFinding } from '../makeFinding';
import { nameKind } from './orgNames';

export function checkOrgNameType(sheet: SheetData, table: TableInfo, record: OrganisationRecord): Finding | undefined {
  const { name, type } = record;
  const col = table.columns.type;
  if (!name || !type || col === undefined) return undefined;
  const kind = nameKind(name);
  if (kind === undefined) return undefined;
  const branch = isBranchType(type);
  if (kind === 'branch' && !branch) {
    return finding(sheet, record.row, col, orgStrings.nameSaysBranch(name, type));
  }
  if (kind === 'committee' && branch) {
    return finding(sheet, record.row, col, orgStrings.nameSaysCommittee(name, type));
  }
  return undefined;
}

function finding(sheet: SheetData, row: number, col: number, message: string): Finding {
  return makeFinding({ sheet: sheet.name, row, col, field: 'type', rule: 'org-name-type', message });
}
