import type { TableInfo } from '../fields';
import type { Finding } from '../findings';
import type { AccountRecord, MemberRecord, OrganisationRecord, TableRecords } from '../records';

/**
 * What the report builders read from the engine's CheckResult (core/engine.ts). Declared structurally so
 * that the builders depend on the data, not on the engine module; a CheckResult is assignable to it.
 */
export interface ReportInput {
  tables: TableInfo[];
  findings: Finding[];
  members: TableRecords<MemberRecord>[];
  organisations: TableRecords<OrganisationRecord>[];
  accounts: TableRecords<AccountRecord>[];
}

/** Key of a row of a sheet, for looking findings up by row. */
export function rowKey(sheet: string, row: number): string {
  return sheet + '\u0000' + row;
}

/** Error findings grouped by the row they are on. */
export function errorsByRow(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    if (f.severity !== 'error') continue;
    const key = rowKey(f.sheet, f.row);
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}
