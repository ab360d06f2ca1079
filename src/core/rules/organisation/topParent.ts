/** The commune committee on top of the list with its superior left empty: say what to write there. */
import type { SheetData } from '../../cells';
import { parseOrgType, UPPER_COMMITTEE } from '../../data/orgTypes';
import type { TableInfo } from '../../fields';
import { orgStrings } from '../../strings/organisation';
import { communePlace } from './orgNames';
import { cellText } from './readCell';

/** The `required` message for an empty parent on a commune committee's row; undefined for other rows. */
export function topParentRequired(sheet: SheetData, table: TableInfo, row: number): string | undefined {
  const name = cellText(sheet, row, table.columns.name);
  if (!name) return undefined;
  const type = cellText(sheet, row, table.columns.type);
  const top = (type !== undefined && parseOrgType(type).type === UPPER_COMMITTEE) || communePlace(name) !== undefined;
  return top ? orgStrings.topParentRequired(name) : undefined;
}
