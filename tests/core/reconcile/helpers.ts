import type { MemberField, TableInfo } from '../../../src/core/fields';
import type { MemberRecord } from '../../../src/core/records';
import type { ReconcileSide } from '../../../src/core/reconcile/types';

/** A members table with the given fields in columns 0, 1, 2 … */
export function tableOf(sheet: string, fields: MemberField[], rows: number[]): TableInfo {
  const columns: TableInfo['columns'] = {};
  fields.forEach((f, i) => (columns[f] = i));
  return {
    sheet, kind: 'members', headerRow: 1, headerRows: 1, firstRow: 2, lastRow: Math.max(1, ...rows),
    columns, headers: fields.map((f, col) => ({ col, label: f, field: f })), duplicateColumns: [],
    dataRows: rows, sections: [],
  };
}

const ALL: MemberField[] = [
  'fullName', 'gender', 'birthDate', 'nationalId', 'cardNumber', 'recordNumber', 'admissionDate', 'branch', 'phone',
  'address',
];

export function side(sheet: string, records: Partial<MemberRecord>[], fields: MemberField[] = ALL): ReconcileSide {
  const recs = records.map((r, i) => ({ row: i + 2, reviewed: false, ...r }) as MemberRecord);
  return { sheet, records: recs, table: tableOf(sheet, fields, recs.map((r) => r.row)) };
}
