import { makeFinding } from '../../src/core/rules/makeFinding';
import type { Finding } from '../../src/core/findings';
import { buildRows, filterFindings, organisationLookup, totals } from '../../src/taskpane/findings/view';
import type { CheckResult } from '../../src/core/engine';
import type { TableInfo } from '../../src/core/fields';

const f = (row: number, col: number, rule: string, message: string, sheet = 'Đảng viên'): Finding =>
  makeFinding({ sheet, row, col, field: null, rule, message });

const findings = [
  f(5, 4, 'id-format', 'Số CCCD “03718200456” có 11 chữ số'),
  f(6, 2, 'gender-invalid', 'Giới tính “nam” chưa viết đúng chuẩn'),
  f(9, 8, 'phone-invalid', 'Số điện thoại “12345” không hợp lệ'),
  f(9, 4, 'id-format', 'Số CCCD “123” có 3 chữ số'),
  f(4, 1, 'org-type-invalid', 'Loại hình “chi bo” không hợp lệ', 'Tổ chức'),
];
const table = (sheet: string) => ({ sheet } as TableInfo);
const result = {
  members: [{ table: table('Đảng viên'), records: [{ row: 5, branch: 'Chi bộ Thôn Đông', reviewed: false }, { row: 9, branch: 'Chi bộ Thôn Tây', reviewed: false }] }],
  organisations: [{ table: table('Tổ chức'), records: [{ row: 4, name: 'Chi bộ Thôn Tây', active: true }] }],
} as unknown as CheckResult;
const orgOf = organisationLookup(result);

describe('findings view', () => {
  test('a finding belongs to its member\'s branch or to the organisation row itself', () => {
    expect(findings.map(orgOf)).toEqual(['Chi bộ Thôn Đông', '(không rõ tổ chức)', 'Chi bộ Thôn Tây', 'Chi bộ Thôn Tây', 'Chi bộ Thôn Tây']);
  });

  test('filters by severity, group, rule and organisation, and searches without diacritics', () => {
    expect(filterFindings(findings, { search: '', severity: 'warning' }, orgOf).map((x) => x.rule)).toEqual(['phone-invalid']);
    expect(filterFindings(findings, { search: '', group: 'correct', rule: 'id-format' }, orgOf)).toHaveLength(2);
    expect(filterFindings(findings, { search: '', organisation: 'Chi bộ Thôn Tây' }, orgOf)).toHaveLength(3);
    expect(filterFindings(findings, { search: 'so dien thoai' }, orgOf).map((x) => x.row)).toEqual([9]);
    expect(filterFindings(findings, { search: 'E9' }, orgOf).map((x) => x.rule)).toEqual(['id-format']);
    expect(filterFindings(findings, { search: 'thon dong cccd' }, orgOf)).toHaveLength(1);
  });

  test('groups by rule (errors first, larger groups first) or by organisation; order drives next/previous', () => {
    const byRule = buildRows(findings, 'rule', orgOf);
    const headers = byRule.rows.filter((r) => r.type === 'header').map((r) => r.type === 'header' && `${r.label}:${r.count}`);
    expect(headers[0]).toBe('Số CCCD không đủ 12 chữ số:2');
    expect(headers[headers.length - 1]).toBe('Số điện thoại không hợp lệ:1');
    expect(byRule.order).toHaveLength(5);
    const byOrg = buildRows(findings, 'organisation', orgOf);
    expect(byOrg.rows.filter((r) => r.type === 'header').map((r) => r.type === 'header' && r.label)).toEqual([
      'Chi bộ Thôn Đông', 'Chi bộ Thôn Tây', '(không rõ tổ chức)',
    ]);
    expect(byOrg.order.map((x) => x.row)).toEqual([5, 9, 9, 4, 6]);
  });

  test('totals per group and severity', () => {
    const t = totals(findings);
    expect(t.bySeverity).toEqual({ error: 4, warning: 1, info: 0 });
    expect(t.byGroup).toEqual({ complete: 0, correct: 5, clean: 0, current: 0, consistent: 0 });
  });
});
