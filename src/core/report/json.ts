import { cellAddress, columnLetter } from '../cells';
import type { TableInfo } from '../fields';
import type { CheckReportJson, Finding, FindingJson, TableJson } from '../findings';
import { checkReportJsonSchema } from '../findings';

/** Findings and tables → the JSON contract of RULES.md §5 (Excel 1-based rows, column letters). */

export interface FileReportJson {
  file: string;
  tables: TableJson[];
  findings: FindingJson[];
}

export function findingToJson(f: Finding): FindingJson {
  const out: FindingJson = {
    sheet: f.sheet,
    cell: cellAddress(f.row, f.col),
    row: f.row,
    column: columnLetter(f.col),
    field: f.field,
    rule: f.rule,
    group: f.group,
    severity: f.severity,
    message: f.message,
  };
  if (f.suggestion !== undefined && f.suggestion !== '') out.suggestion = f.suggestion;
  return out;
}

export function tableToJson(t: TableInfo): TableJson {
  const columns: Record<string, string> = {};
  for (const [field, col] of Object.entries(t.columns)) {
    if (typeof col === 'number') columns[field] = columnLetter(col);
  }
  return { sheet: t.sheet, kind: t.kind, headerRow: t.headerRow, firstRow: t.firstRow, lastRow: t.lastRow, columns };
}

export function fileReportToJson(file: string, tables: readonly TableInfo[], findings: readonly Finding[]): FileReportJson {
  return { file, tables: tables.map(tableToJson), findings: findings.map(findingToJson) };
}

/** The whole report, validated against the zod schema: a shape error is a bug and throws here, not downstream. */
export function checkReportToJson(asOfIso: string, files: readonly FileReportJson[]): CheckReportJson {
  return checkReportJsonSchema.parse({ asOf: asOfIso, files });
}
