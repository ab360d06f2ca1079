/**
 * An empty "Cấp trên trực tiếp" said more helpfully than `required` alone: the commune committee on top is told to
 * write its tỉnh ủy/thành ủy; a row numbered "4.1" under row "4" is offered that row's organisation.
 */
import { cellAt, cellDisplay, type SheetData } from '../../cells';
import { parseOrgType, UPPER_COMMITTEE } from '../../data/orgTypes';
import type { TableInfo } from '../../fields';
import { orgStrings } from '../../strings/organisation';
import { communePlace } from './orgNames';
import { cellText } from './readCell';

export interface ParentRequired {
  message: string;
  suggestion?: string;
}

/** The `required` finding's message (and suggestion) for an empty parent; undefined when the plain one fits. */
export function parentRequired(sheet: SheetData, table: TableInfo, row: number): ParentRequired | undefined {
  const name = cellText(sheet, row, table.columns.name);
  if (!name) return undefined;
  const type = cellText(sheet, row, table.columns.type);
  if ((type !== undefined && parseOrgType(type).type === UPPER_COMMITTEE) || communePlace(name) !== undefined) {
    return { message: orgStrings.topParentRequired(name) };
  }
  const numbered = numberedParent(sheet, table, row);
  return numbered && { message: orgStrings.parentByNumber(name, numbered.index, numbered.name, numbered.row), suggestion: numbered.name };
}

/** "4.1" → the row numbered "4" above it, with its organisation's name. */
function numberedParent(sheet: SheetData, table: TableInfo, row: number): { index: string; name: string; row: number } | undefined {
  const col = table.columns.index;
  if (col === undefined) return undefined;
  const index = cellDisplay(cellAt(sheet, row - 1, col)).trim();
  const m = /^(\d+(?:\.\d+)*)\.\d+\.?$/.exec(index);
  if (!m) return undefined;
  for (const r of table.dataRows) {
    if (r >= row) break;
    if (cellDisplay(cellAt(sheet, r - 1, col)).trim().replace(/\.$/, '') !== m[1]) continue;
    const name = cellText(sheet, r, table.columns.name);
    return name ? { index, name, row: r } : undefined;
  }
  return undefined;
}
