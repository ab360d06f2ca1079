import { GROUPS } from '../../../src/core/findings';
import type { ProgressCounts, ProgressRow } from '../../../src/core/reports/progress';
import { computeProgress, percent } from '../../../src/core/reports/progress';
import { communeOrgs, finding, input, member, org, table } from './fakeInput';

const AS_OF = 46000;

function sumOf(rows: ProgressRow[]): ProgressCounts {
  const s = { total: 0, reviewed: 0, standardised: 0, withErrors: 0, groups: {} as Record<string, number> };
  for (const g of GROUPS) s.groups[g] = 0;
  for (const r of rows) {
    s.total += r.counts.total;
    s.reviewed += r.counts.reviewed;
    s.standardised += r.counts.standardised;
    s.withErrors += r.counts.withErrors;
    for (const g of GROUPS) s.groups[g] += r.counts.groups[g];
  }
  return s as ProgressCounts;
}

describe('computeProgress', () => {
  const orgs = communeOrgs();
  const members = [
    member(2, 'Chi bộ Thôn Đông', { reviewed: true }),
    member(3, 'Chi bộ Thôn Đông'),
    member(4, 'chi bo giao vien', { reviewed: true }), // written without diacritics: same organisation
    member(5, 'Chi bộ Giáo viên', { reviewed: true }),
    member(6, 'Chi bộ Hành chính'),
    member(7, 'Chi bộ Không Có'), // unknown branch
    member(8, undefined),
  ];
  const findings = [
    finding('ĐV', 3, 'correct'),
    finding('ĐV', 3, 'clean'),
    finding('ĐV', 5, 'consistent'),
    finding('ĐV', 5, 'correct', 'warning'), // warnings are not counted
    finding('ĐV', 7, 'consistent'),
    finding('TC', 4, 'correct'), // the organisation's own row
    finding('ĐV', 1, 'complete'), // header row: table level
    finding('TK', 3, 'correct'), // an account sheet: not part of the report
    finding('Ghi chú', 1, 'complete'), // a sheet without a table
  ];
  const data = input({
    organisations: [{ table: table('TC', 'organisations', orgs.length), records: orgs }],
    members: [{ table: table('ĐV', 'members', members.length, { reviewed: 20 }), records: members }],
    accounts: [{ table: table('TK', 'accounts', 3), records: [] }],
    findings,
  });
  const report = computeProgress(data, AS_OF);
  const byLabel = (label: string): ProgressRow => report.rows.find((r) => r.label === label)!;

  it('lists organisations in tree order with depths, a subtotal for the inner đảng bộ, then unknown and total rows', () => {
    expect(report.rows.map((r) => [r.kind, r.label, r.depth])).toEqual([
      ['organisation', 'Đảng bộ xã Hòa Bình', 0],
      ['organisation', 'Chi bộ Thôn Đông', 1],
      ['organisation', 'Đảng bộ Trường THCS', 1],
      ['organisation', 'Chi bộ Giáo viên', 2],
      ['organisation', 'Chi bộ Hành chính', 2],
      ['subtotal', 'Cộng Đảng bộ Trường THCS', 1],
      ['unknown', 'Chưa xác định chi bộ', 0],
      ['tableLevel', 'Lỗi chung của bảng (tiêu đề, cột)', 0],
      ['total', 'Tổng cộng', 0],
    ]);
    expect(report.committee).toBe('Đảng bộ xã Hòa Bình');
  });

  it('counts each organisation\'s own members, with the reviewed column when the table has one', () => {
    expect(byLabel('Chi bộ Thôn Đông').counts).toMatchObject({ total: 2, reviewed: 1, standardised: 1, withErrors: 1 });
    expect(byLabel('Chi bộ Giáo viên').counts).toMatchObject({ total: 2, reviewed: 2, standardised: 1, withErrors: 1 });
    expect(byLabel('Chi bộ Thôn Đông').counts.groups).toMatchObject({ correct: 1, clean: 1, consistent: 0 });
    expect(byLabel('Đảng bộ Trường THCS').counts).toMatchObject({ total: 0, groups: { correct: 1 } });
    expect(byLabel('Chưa xác định chi bộ').counts).toMatchObject({ total: 2, withErrors: 1, groups: { consistent: 1 } });
  });

  it('makes subtotals the sum of the organisation and its descendants, and the total the sum of all non-subtotal rows', () => {
    const sub = byLabel('Cộng Đảng bộ Trường THCS').counts;
    expect(sub).toEqual(sumOf([byLabel('Đảng bộ Trường THCS'), byLabel('Chi bộ Giáo viên'), byLabel('Chi bộ Hành chính')]));
    expect(report.total).toEqual(sumOf(report.rows.filter((r) => r.kind !== 'subtotal' && r.kind !== 'total')));
    expect(report.total.total).toBe(members.length);
  });

  it('counts every error on member and organisation sheets once, and nothing else', () => {
    const counted = GROUPS.reduce((s, g) => s + report.total.groups[g], 0);
    const expected = findings.filter((f) => f.severity === 'error' && (f.sheet === 'ĐV' || f.sheet === 'TC')).length;
    expect(counted).toBe(expected);
    expect(byLabel('Lỗi chung của bảng (tiêu đề, cột)').counts.groups.complete).toBe(1);
  });

  it('without a reviewed column counts members with no errors as reviewed', () => {
    const r = computeProgress(
      input({
        organisations: [{ table: table('TC', 'organisations', orgs.length), records: orgs }],
        members: [{ table: table('ĐV', 'members', members.length), records: members }],
        findings,
      }),
      AS_OF,
    );
    expect(r.total.reviewed).toBe(r.total.standardised);
    expect(r.total.reviewed).toBe(members.length - 3);
  });

  it('without an organisation table groups members by branch as written (case/diacritics-insensitive), shown the clearest way written', () => {
    const r = computeProgress(input({ members: [{ table: table('ĐV', 'members', members.length), records: members }], findings }), AS_OF);
    const labels = r.rows.map((x) => x.label);
    expect(labels).toEqual(['Chi bộ Thôn Đông', 'Chi bộ Giáo viên', 'Chi bộ Hành chính', 'Chi bộ Không Có', 'Chưa xác định chi bộ', 'Lỗi chung của bảng (tiêu đề, cột)', 'Tổng cộng']);
    expect(r.rows[1].counts.total).toBe(2);
    expect(r.committee).toBe('ĐẢNG BỘ');
  });

  it('keeps organisations caught in a parent cycle instead of dropping them', () => {
    const cyc = [org(2, 'Chi bộ A', 'Chi bộ trực thuộc', 'Chi bộ B'), org(3, 'Chi bộ B', 'Chi bộ trực thuộc', 'Chi bộ A')];
    const r = computeProgress(input({ organisations: [{ table: table('TC', 'organisations', 2), records: cyc }] }), AS_OF);
    expect(r.rows.filter((x) => x.kind === 'organisation').map((x) => x.label).sort()).toEqual(['Chi bộ A', 'Chi bộ B']);
  });

  it('rounds percentages to one decimal and leaves them out when there is nobody', () => {
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(2, 3)).toBe(66.7);
    expect(percent(0, 0)).toBeUndefined();
  });

  it('reads a member\'s branch from the section row above it when the table has no branch column', () => {
    const t = { ...table('ĐV', 'members', 6), sections: [{ row: 2, label: 'CB Thôn Đông' }, { row: 5, label: 'Chi bộ Ma' }] };
    const ms = [member(3, undefined), member(4, undefined), member(6, undefined), member(7, undefined)];
    const r = computeProgress(
      input({
        organisations: [{ table: table('TC', 'organisations', orgs.length), records: orgs }],
        members: [{ table: t, records: ms }],
        findings: [finding('ĐV', 5, 'consistent'), finding('ĐV', 4, 'correct')], // the unknown section's own finding
      }),
      AS_OF,
    );
    const row = (label: string) => r.rows.find((x) => x.label === label)!.counts;
    expect(row('Chi bộ Thôn Đông')).toMatchObject({ total: 2, withErrors: 1, groups: { correct: 1 } });
    expect(row('Chưa xác định chi bộ')).toMatchObject({ total: 2, groups: { consistent: 1 } });
    expect(r.rows.some((x) => x.kind === 'tableLevel')).toBe(false);
  });
});
