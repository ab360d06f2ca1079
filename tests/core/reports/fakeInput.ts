import type { TableInfo, TableKind, FieldKey } from '../../../src/core/fields';
import type { Finding, RuleGroup, Severity } from '../../../src/core/findings';
import type { MemberRecord, OrganisationRecord, OrgType } from '../../../src/core/records';
import type { ReportInput } from '../../../src/core/reports/reportInput';

/** Hand-made engine output for unit tests of the builders (the engine itself is exercised in the CLI tests). */
export function table(sheet: string, kind: TableKind, rows: number, columns: Partial<Record<FieldKey, number>> = {}): TableInfo {
  const dataRows = Array.from({ length: rows }, (_, i) => i + 2);
  return {
    sheet, kind, headerRow: 1, headerRows: 1, firstRow: 2, lastRow: rows + 1, columns, headers: [],
    duplicateColumns: [], dataRows, sections: [],
  };
}

export function org(row: number, name: string, type: OrgType, parent: string): OrganisationRecord {
  return { row, name, type, parent, active: true };
}

export function member(row: number, branch: string | undefined, extra: Partial<MemberRecord> = {}): MemberRecord {
  return { row, fullName: `Người Số ${row}`, branch, reviewed: false, ...extra };
}

export function finding(sheet: string, row: number, group: RuleGroup, severity: Severity = 'error'): Finding {
  return { sheet, row, col: 1, field: null, rule: 'test-rule', group, severity, message: 'Lỗi thử.' };
}

export function input(parts: Partial<ReportInput>): ReportInput {
  return { tables: [], findings: [], members: [], organisations: [], accounts: [], ...parts };
}

/** A commune committee with a grassroots đảng bộ (two chi bộ) and a chi bộ cơ sở. */
export function communeOrgs(): OrganisationRecord[] {
  return [
    org(2, 'Đảng bộ xã Hòa Bình', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ'),
    org(3, 'Chi bộ Thôn Đông', 'Chi bộ cơ sở', 'Đảng bộ xã Hòa Bình'),
    org(4, 'Đảng bộ Trường THCS', 'Đảng bộ cơ sở', 'Đảng bộ xã Hòa Bình'),
    org(5, 'Chi bộ Giáo viên', 'Chi bộ trực thuộc', 'Đảng bộ Trường THCS'),
    org(6, 'Chi bộ Hành chính', 'Chi bộ trực thuộc', 'Đảng bộ Trường THCS'),
  ];
}
