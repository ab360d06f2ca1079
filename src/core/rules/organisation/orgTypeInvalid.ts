/** org-type-invalid: a type outside the list; repaired when it is only a variant of a canonical type. */
import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import { parseOrgType } from '../../data/orgTypes';
import { orgStrings } from '../../strings/organisation';
import { headerKey } from '../../text/normalize';
import { makeFinding } from '../makeFinding';
import { cellText } from './readCell';

export function checkOrgType(sheet: SheetData, table: TableInfo, row: number): Finding | undefined {
  const col = table.columns.type;
  const written = cellText(sheet, row, col);
  if (col === undefined || written === undefined) return undefined;
  const parsed = parseOrgType(written);
  if (parsed.exact) return undefined;
  const base = { sheet: sheet.name, row, col, field: 'type' as const, rule: 'org-type-invalid' };
  if (parsed.type) {
    return makeFinding({
      ...base,
      message: orgStrings.typeVariant(written, parsed.type),
      suggestion: parsed.type,
      fix: { value: parsed.type },
    });
  }
  return makeFinding({ ...base, message: unknownMessage(written) });
}

// "Chi bộ" or "Đảng bộ" alone could be several types: say which ones, rather than list all five.
function unknownMessage(written: string): string {
  const key = headerKey(written);
  if (key === 'chi bo' || key === 'cb') return orgStrings.typeAmbiguousBranch(written);
  if (key === 'dang bo' || key === 'db' || key === 'dang uy') return orgStrings.typeAmbiguousCommittee(written);
  return orgStrings.typeUnknown(written);
}
