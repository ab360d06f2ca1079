/** Hand-built sheets and tables for rule tests (synthetic people only). */
import type { Cell, SheetData } from '../../../../src/core/cells';
import type { FieldKey, TableInfo, TableKind } from '../../../../src/core/fields';
import { serialFromYmd } from '../../../../src/core/dates';
import type { Finding } from '../../../../src/core/findings';

export type In = string | number | boolean | null | undefined | Cell | { d: string };

/** "dd/mm/yyyy" → serial. */
export function ser(dmy: string): number {
  const [d, m, y] = dmy.split('/').map(Number);
  return serialFromYmd(y, m, d);
}

/** A real date cell. */
export function date(dmy: string): Cell {
  return { type: 'date', value: ser(dmy), format: 'dd/mm/yyyy' };
}

export function num(value: number, format = 'General'): Cell {
  return { type: 'number', value, format };
}

export function toCell(v: In): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v === '' ? undefined : { type: 'text', value: v };
  if (typeof v === 'number') return { type: 'number', value: v, format: 'General' };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if ('d' in v) return date(v.d);
  return v;
}

/** A table with its header on row 1 and data from row 2; one column per field, in the order given. */
export function makeTable(
  kind: TableKind,
  fields: (FieldKey | null)[],
  rows: In[][],
  name = 'Đảng viên',
): { sheet: SheetData; table: TableInfo } {
  const header: Cell[] = fields.map((f) => ({ type: 'text', value: f ?? 'Ghi chú' }));
  const sheet: SheetData = { name, rows: [header, ...rows.map((r) => r.map(toCell))], merges: [] };
  const columns: Partial<Record<FieldKey, number>> = {};
  fields.forEach((f, i) => {
    if (f && columns[f] === undefined) columns[f] = i;
  });
  const dataRows = rows.map((_, i) => i + 2);
  const table: TableInfo = {
    sheet: name,
    kind,
    headerRow: 1,
    headerRows: 1,
    firstRow: 2,
    lastRow: rows.length + 1,
    columns,
    headers: fields.map((f, i) => ({ col: i, label: f ?? 'Ghi chú', field: f ?? undefined })),
    duplicateColumns: [],
    dataRows,
    sections: [],
  };
  return { sheet, table };
}

export const AS_OF = ser('30/12/2025');

/** A valid, consistent member: the ID encodes the birth year and gender (Ninh Bình, code 037). */
export function validMember(i: number): Record<string, In> {
  const female = i % 2 === 1;
  const year = 1950 + (i % 50);
  const centuryDigit = female ? '1' : '0';
  const id = '037' + centuryDigit + String(year % 100).padStart(2, '0') + String(100000 + i * 7).slice(-6);
  const admissionYear = year + 25;
  const month = (i % 12) + 1;
  const admission = `${String((i % 27) + 1).padStart(2, '0')}/${String(month).padStart(2, '0')}/${admissionYear}`;
  const official = `${String((i % 27) + 1).padStart(2, '0')}/${String(month).padStart(2, '0')}/${admissionYear + 1}`;
  const last = ['An', 'Bình', 'Chi', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Minh', 'Thuý', 'Thúy'][i % 10];
  return {
    index: i + 1,
    fullName: `${female ? 'Nguyễn Thị' : 'Trần Văn'} ${last}`,
    gender: female ? 'Nữ' : 'Nam',
    birthDate: { d: `15/0${(i % 9) + 1}/${year}` },
    nationalId: id,
    recordNumber: `${String(10000 + i).padStart(6, '0')}NB`,
    cardNumber: String(30000000 + i),
    admissionDate: { d: admission },
    officialDate: { d: official },
    branch: `Chi bộ Thôn ${(i % 5) + 1}`,
    ethnicity: ['Kinh', 'Tày', 'Mường', 'Khơ Me', 'Kinh (Việt)'][i % 5],
    religion: ['Không', 'Phật giáo', 'Công giáo', 'Phật giáo Hoà Hảo'][i % 4],
    address: `Thôn ${(i % 5) + 1}, xã Gia Viễn, tỉnh Ninh Bình`,
    phone: `09${String(12345670 + i).slice(-8)}`,
    email: `dv${i}@example.com`,
    schooling: ['12/12', '10/10', '9/12'][i % 3],
    politicalTheory: ['Sơ cấp', 'Trung cấp', 'Cao cấp', 'Cử nhân'][i % 4],
    memberType: 'Chính thức',
    reviewed: i % 3 === 0 ? 'x' : '',
  };
}

export const MEMBER_COLUMNS: FieldKey[] = [
  'index', 'fullName', 'gender', 'birthDate', 'nationalId', 'recordNumber', 'cardNumber', 'admissionDate',
  'officialDate', 'branch', 'ethnicity', 'religion', 'address', 'phone', 'email', 'schooling', 'politicalTheory',
  'memberType', 'reviewed',
];

/** A member table of valid rows, with some fields of some rows replaced. */
export function memberTable(count: number, changes: Record<number, Record<string, In>> = {}, fields = MEMBER_COLUMNS) {
  const rows: In[][] = [];
  for (let i = 0; i < count; i++) {
    const m = { ...validMember(i), ...(changes[i] ?? {}) };
    rows.push(fields.map((f) => m[f]));
  }
  return makeTable('members', fields, rows);
}

/** Findings of one rule. */
export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `${f.row}:${f.col} ${f.rule} ${f.message}`).join('\n');
}

import { checkMemberTable } from '../../../../src/core/rules/member';

/** Findings for a 3-row valid table whose middle member (Excel row 3) has these values. */
export function check(changes: Record<string, In>, fields = MEMBER_COLUMNS, asOf = AS_OF): Finding[] {
  const { sheet, table } = memberTable(3, { 1: changes }, fields);
  return checkMemberTable(sheet, table, { asOf }).findings;
}

/** Column of a field in MEMBER_COLUMNS. */
export function colOf(field: FieldKey, fields = MEMBER_COLUMNS): number {
  return fields.indexOf(field);
}
