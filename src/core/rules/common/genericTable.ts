import type { SheetData } from '../../cells';
import { EMPTY_CELL } from '../../cells';
import { REQUIRED_FIELDS, type FieldKey, type TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import * as S from '../../strings/rules';
import { Findings, type RuleContext } from '../context';
import { isBlankCell, placeholderAt } from './blank';
import { checkDateCell } from './dateCell';
import { RowScanner } from './rowScanner';
import { parentRequired } from '../organisation/parentRequired';

/** Date columns of tables whose own rules live elsewhere (organisations). */
const DATE_FIELDS: readonly FieldKey[] = ['foundedDate'];

/**
 * The "any table" rules for a table the member/account rules do not read (the organisation table):
 * required, cell-error-value, text hygiene and the date rules.
 */
export function checkGenericTable(sheet: SheetData, table: TableInfo, ctx: RuleContext): Finding[] {
  const out = new Findings(sheet.name);
  const scanner = new RowScanner(sheet, table, out);
  const required = REQUIRED_FIELDS[table.kind]
    .map((f) => ({ f, k: table.columns[f] ?? -1 }))
    .filter((x) => x.k >= 0);
  const dates = DATE_FIELDS.map((f) => ({ f, k: table.columns[f] ?? -1 })).filter((x) => x.k >= 0);
  for (const row of table.dataRows) {
    const cells = scanner.scan(row);
    for (const { f, k } of required) {
      if (!isBlankCell(cells[k] ?? EMPTY_CELL)) continue;
      const placeholder = placeholderAt(sheet, row, k);
      const parent = f === 'parent' ? parentRequired(sheet, table, row) : undefined;
      // A dash placeholder is named by the plain message; the parent's own message says what to write.
      const message = placeholder || !parent ? S.required(f, placeholder) : parent.message;
      out.add(row, k, f, 'required', message, parent?.suggestion ? { suggestion: parent.suggestion } : undefined);
    }
    for (const { f, k } of dates) checkDateCell(out, row, k, f, cells[k] ?? EMPTY_CELL, ctx.asOf);
  }
  return out.list;
}
