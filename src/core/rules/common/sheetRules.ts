import { REQUIRED_FIELDS, type TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import * as S from '../../strings/rules';
import { makeFinding } from '../makeFinding';

/** Sheet-level rules: table-not-found, column-missing, column-duplicate. */

export function tableNotFound(sheet: string): Finding {
  return makeFinding({ sheet, row: 1, col: 0, field: null, rule: 'table-not-found', message: S.tableNotFound(sheet) });
}

/** column-missing at the header row, first table column; a member table whose branch comes from section rows has one. */
export function checkColumns(table: TableInfo): Finding[] {
  const out: Finding[] = [];
  const firstCol = table.headers.length ? Math.min(...table.headers.map((h) => h.col)) : 0;
  for (const field of REQUIRED_FIELDS[table.kind]) {
    if (table.columns[field] !== undefined) continue;
    if (field === 'branch' && table.sections.length > 0) continue;
    // Implied by the Nam | Nữ birth-date columns, or marked in Nam | Nữ (or a lone Nữ) columns.
    if (field === 'gender' && (table.birthDateByGender || table.genderByMark)) continue;
    out.push(makeFinding({
      sheet: table.sheet, row: table.headerRow, col: firstCol, field, rule: 'column-missing', message: S.columnMissing(field),
    }));
  }
  for (const dup of table.duplicateColumns) {
    const header = table.headers.find((h) => h.col === dup.col)?.label ?? '';
    out.push(makeFinding({
      sheet: table.sheet, row: table.headerRow, col: dup.col, field: dup.field, rule: 'column-duplicate',
      message: S.columnDuplicate(dup.field, header),
    }));
  }
  return out;
}
