/** Hand-built sheets and tables for the organisation and cross-table tests (synthetic data only). */
import type { Cell, SheetData } from '../../../../src/core/cells';
import { serialFromYmd } from '../../../../src/core/dates';
import type { FieldKey, TableInfo, TableKind } from '../../../../src/core/fields';
import type { MemberRecord } from '../../../../src/core/records';
import { checkOrganisationTable } from '../../../../src/core/rules/organisation';
import type { CrossCheckInput, MemberTableInput, OrganisationTableInput } from '../../../../src/core/rules/cross';

export const AS_OF = serialFromYmd(2025, 12, 30);

type Value = string | number | null | undefined;

function cell(v: Value): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  return typeof v === 'number' ? { type: 'number', value: v } : { type: 'text', value: v };
}

/**
 * A sheet with a title row, a header row (row 3) and data from row 4, and its TableInfo.
 * `fields` name the columns in order; rows give the values in the same order.
 */
export function makeTable(
  name: string, kind: TableKind, fields: FieldKey[], rows: Value[][],
  extra: { sections?: { row: number; label: string }[]; rawRows?: (Cell | undefined)[][] } = {},
): { sheet: SheetData; table: TableInfo } {
  const headerRow = 3;
  const sheetRows: (Cell | undefined)[][] = [[{ type: 'text', value: 'DANH SÁCH' }], [], fields.map((f) => cell(f))];
  for (const r of rows) sheetRows.push(r.map(cell));
  const columns: Partial<Record<FieldKey, number>> = {};
  fields.forEach((f, i) => (columns[f] = i));
  const sections = extra.sections ?? [];
  const sectionRows = new Set(sections.map((s) => s.row));
  const dataRows: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const row = headerRow + 1 + i;
    if (!sectionRows.has(row)) dataRows.push(row);
  }
  const table: TableInfo = {
    sheet: name, kind, headerRow, headerRows: 1, firstRow: headerRow + 1, lastRow: headerRow + rows.length,
    columns, headers: fields.map((f, i) => ({ col: i, label: f, field: f })), duplicateColumns: [], dataRows, sections,
  };
  return { sheet: { name, rows: sheetRows, merges: [] }, table };
}

export const ORG_FIELDS: FieldKey[] = ['index', 'name', 'type', 'parent', 'status'];
export const COL = { name: 1, type: 2, parent: 3, status: 4 };

/** An organisation table (STT, name, type, parent, status) parsed by checkOrganisationTable. */
export function orgTable(rows: [string, string, string, string?][], sheetName = 'Tổ chức'): OrganisationTableInput & {
  findings: ReturnType<typeof checkOrganisationTable>['findings'];
} {
  const { sheet, table } = makeTable(sheetName, 'organisations', ORG_FIELDS,
    rows.map((r, i) => [i + 1, r[0], r[1], r[2], r[3]]));
  const { records, findings } = checkOrganisationTable(sheet, table, { asOf: AS_OF });
  return { sheet, table, records, findings };
}

export const MEMBER_FIELDS: FieldKey[] = [
  'index', 'fullName', 'birthDate', 'nationalId', 'cardNumber', 'recordNumber', 'branch', 'memberType',
];
export const MCOL = { fullName: 1, nationalId: 3, cardNumber: 4, recordNumber: 5, branch: 6 };

export type MemberSpec = Partial<Omit<MemberRecord, 'row' | 'reviewed'>>;

/** A member table whose cells show the records' values (records are what the engine would parse). */
export function memberTable(specs: MemberSpec[], sheetName = 'Đảng viên'): MemberTableInput {
  const { sheet, table } = makeTable(sheetName, 'members', MEMBER_FIELDS, specs.map((s, i) => [
    i + 1, s.fullName, s.birthDate, s.nationalId, s.cardNumber, s.recordNumber, s.branch, s.memberType,
  ]));
  const records: MemberRecord[] = specs.map((s, i) => ({ ...s, row: table.dataRows[i], reviewed: false }));
  return { sheet, table, records };
}

let idSeq = 1;
/** A distinct, synthetic but well-formed member (12-digit ID, card, record number), official by default. */
export function member(branch: string, extra: MemberSpec = {}): MemberSpec {
  const n = idSeq++;
  return {
    fullName: `Nguyễn Văn ${n}`,
    birthDate: serialFromYmd(1970, 1, 1) + (n % 9000),
    nationalId: `0011${String(70 + (n % 30)).padStart(2, '0')}${String(n).padStart(6, '0')}`,
    cardNumber: String(10000000 + n),
    recordNumber: `${String(100000 + (n % 900000)).padStart(6, '0')}HN`,
    branch,
    memberType: 'Chính thức',
    ...extra,
  };
}

export function members(branch: string, count: number, extra: MemberSpec = {}): MemberSpec[] {
  return Array.from({ length: count }, () => member(branch, extra));
}

export function input(
  orgs: OrganisationTableInput[], memberTables: MemberTableInput[],
): CrossCheckInput {
  return { asOf: AS_OF, members: memberTables, organisations: orgs };
}
