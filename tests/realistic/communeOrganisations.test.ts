/**
 * (o) A commune's organisation list and member list in one workbook, as the office keeps them after the 2025
 * merger: the đảng bộ xã on the first row, village, school, health station, police and military chi bộ, a
 * grassroots đảng bộ with its own chi bộ, a "Tên cũ" column, a dissolved chi bộ; members whose chi bộ is written
 * every way people write it. Then the account requests (Phụ lục 01) of the same commune.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCliCaptured } from '../helpers/cli';
import { computeProgress } from '../../src/core/reports/progress';
import { AS_OF, checkBook, d, findingsOn, putRow, type Checked } from './support';

const ORGS = 'Tổ chức';
const MEMBERS = 'Đảng viên';

function orgSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(ORGS);
  putRow(ws, 1, ['ĐẢNG BỘ TỈNH NINH BÌNH']);
  putRow(ws, 2, ['ĐẢNG ỦY XÃ GIA VIỄN']);
  putRow(ws, 4, ['DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC ĐẢNG BỘ XÃ GIA VIỄN']);
  ws.mergeCells('A4:G4');
  putRow(ws, 6, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái', 'Tên cũ', 'Số đảng viên']);
  const rows: (string | number | undefined)[][] = [
    ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động'],
    ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Hoạt động', 'Chi bộ Thôn Đông; Chi bộ Thôn Đoài', 6],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'ĐB xã Gia Viễn', undefined, undefined, 4],
    ['Chi bộ Trường THCS Gia Viễn', 'Chi bộ cơ sở', 'Đảng ủy xã Gia Viễn', 'Đang hoạt động', undefined, 3],
    ['Chi bộ Trạm Y tế xã', 'Chi bộ cơ sở', 'Dang bo xa Gia Vien', 'Đang hoạt động', undefined, 3],
    ['Chi bộ Quân sự xã (Ban CHQS xã)', 'Chi bộ cơ sở', 'Đảng bộ Xã Gia Viễn', 'Đang hoạt động', undefined, 3],
    // its count of 0: members directly in the đảng bộ, none outside its chi bộ
    ['Đảng bộ Công ty CP Xi măng Gia Viễn', 'Đảng bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động', undefined, 0],
    ['Chi bộ Phân xưởng 1', 'Chi bộ trực thuộc', 'Đảng bộ Công ty CP Xi măng Gia Viễn', 'Đang hoạt động', undefined, 3],
    ['Chi bộ Thôn Tây', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Giải thể', undefined, 0],
  ];
  rows.forEach((r, i) => putRow(ws, 7 + i, [i + 1, ...r]));
}

// [branch as written, female]: three official members per chi bộ at least, each written differently.
const BRANCHES: [string, boolean][] = [
  ['Chi bộ Thôn 1', false], ['CB Thôn 1', true], ['Chi bộ thôn 1', false], ['Thôn 1', true], ['Chi bộ Thôn Một', false],
  ['Thôn 2', true], ['chi bo thon 2', false], ['CB Thôn 02', true],
  ['Trường THCS Gia Viễn', true], ['CB Trường THCS Gia Viễn', true], ['Chi bộ trường THCS', false],
  ['Trạm Y tế', true], ['Chi bộ Trạm y tế xã', true], ['Trạm Y tế xã Gia Viễn', false],
  ['Quân sự', false], ['Chi bộ Quân sự', false], ['CB Quân sự xã', false],
  ['Phân xưởng 1', false], ['Chi bộ Phân xưởng 1', false], ['CB PX 1', true],
  // 24: an old name from before the merger; 25: the dissolved chi bộ; 26: a chi bộ that does not exist
  ['Chi bộ Thôn Đông', false], ['Chi bộ Thôn Tây', true], ['Chi bộ Thôn Bắc', false],
];

function memberSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(MEMBERS);
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ GIA VIỄN']);
  putRow(ws, 3, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Hà', 'Hương', 'Khánh', 'Lan', 'Minh', 'Nga', 'Oanh', 'Phúc'];
  BRANCHES.forEach(([branch, female], i) => {
    const year = 1960 + i;
    const id = `037${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(4100 + i).padStart(6, '0')}`;
    const name = `${female ? 'Trần Thị' : 'Nguyễn Văn'} ${given[i % given.length]}`;
    putRow(ws, 4 + i, [i + 1, name, female ? 'Nữ' : 'Nam', d(year, 3, 1 + i), id, d(year + 30, 5, 2), d(year + 31, 5, 2), branch]);
  });
}

describe('(o) a commune: organisation list and member list with branch names written freely', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb);
    memberSheet(wb);
    c = await checkBook(wb, 'commune-orgs.xlsx');
  });

  it('reads both tables and the former names', () => {
    expect(c.result.tables.map((t) => [t.sheet, t.kind, t.dataRows.length])).toEqual([
      [ORGS, 'organisations', 9], [MEMBERS, 'members', BRANCHES.length],
    ]);
    expect(c.result.organisations[0].records[1].formerNames).toEqual(['Chi bộ Thôn Đông', 'Chi bộ Thôn Đoài']);
  });

  it('a chi bộ written short, abbreviated (CB, PX), in words or without the commune name is found', () => {
    // Rows 4-23 name existing chi bộ; only rows 24-26 have a branch finding.
    expect(findingsOn(c.result, MEMBERS, (f) => f.field === 'branch')).toEqual([
      'H24 member-org-unknown', 'H25 member-org-inactive', 'H26 member-org-unknown',
    ]);
  });

  it('a chi bộ named by its former name: the new name is suggested', () => {
    const f = c.result.findings.find((x) => x.sheet === MEMBERS && x.row === 24)!;
    expect(f.suggestion).toBe('Chi bộ Thôn 1');
    expect(f.message).toContain('tên cũ');
  });

  it('the progress report counts the member under a former name in the chi bộ it is now', () => {
    const report = computeProgress(c.result, AS_OF);
    const row = (label: string) => report.rows.find((r) => r.label === label)?.counts.total;
    expect(row('Chi bộ Thôn 1')).toBe(6);
    expect(row('Chi bộ Quân sự xã (Ban CHQS xã)')).toBe(3);
  });

  it('the organisation list itself is clean, and no chi bộ is too small once every member is placed', () => {
    expect(findingsOn(c.result, ORGS)).toEqual([
      // the grassroots đảng bộ has 3 members: a real warning, not one about the đảng bộ xã on top
      'C13 org-size',
      // "Số đảng viên" says 4 for Thôn 2, the member list has 3 (Thôn 1's 6 include the one under its old name)
      'G9 org-member-count',
    ]);
    const count = c.result.findings.find((f) => f.rule === 'org-member-count')!;
    expect(count).toMatchObject({ field: 'memberCount', severity: 'warning', group: 'consistent', suggestion: '3' });
  });
});

describe('(o) parents written the short way, the top row\'s superior left empty', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(ORGS);
    putRow(ws, 1, ['DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC ĐẢNG BỘ XÃ GIA VIỄN']);
    putRow(ws, 3, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    const rows = [
      ['Đảng bộ xã Gia Viễn', 'Đảng bộ xã'],
      ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng ủy xã'],
      ['Chi bộ Thôn 2', 'CBCS', 'ĐU xã'],
      ['Đảng bộ Trường THPT Gia Viễn', 'ĐBCS', 'Đảng ủy xã'],
      ['Đảng bộ bộ phận Khối 10', 'Đảng bộ bộ phận', 'Đảng ủy Trường THPT Gia Viễn'],
      ['Chi bộ Khối 10A', 'CB trực thuộc', 'ĐBBP Khối 10'],
      ['Chi bộ Tổ Văn phòng', 'Chi bộ trực thuộc', 'Đảng bộ Trường'],
    ];
    rows.forEach((r, i) => putRow(ws, 4 + i, [i + 1, ...r]));
    c = await checkBook(wb, 'short-parents.xlsx');
  });

  it('"Đảng ủy xã", "ĐU xã", "ĐBBP Khối 10" are found; "Đảng bộ Trường" is asked about, the school suggested', () => {
    expect(findingsOn(c.result, ORGS, (f) => f.field === 'parent')).toEqual(['D10 org-parent-unknown', 'D4 required']);
    const short = c.result.findings.find((f) => f.rule === 'org-parent-unknown')!;
    expect(short.suggestion).toBe('Đảng bộ Trường THPT Gia Viễn');
  });

  it('a chi bộ numbered "6.1" with no superior is offered the organisation numbered "6"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(ORGS);
    putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(ws, 2, ['1', 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(ws, 3, ['2', 'Đảng bộ Công ty May', 'Đảng bộ cơ sở', 'Đảng bộ xã Gia Viễn']);
    putRow(ws, 4, ['2.1', 'Chi bộ Tổ may 1', 'Chi bộ trực thuộc']);
    putRow(ws, 5, ['2.2', 'Chi bộ Tổ may 2', 'Chi bộ trực thuộc', '-']);
    const r = await checkBook(wb, 'numbered-parents.xlsx');
    const required = r.result.findings.filter((f) => f.rule === 'required');
    expect(required.map((f) => [f.row, f.suggestion])).toEqual([[4, 'Đảng bộ Công ty May'], [5, 'Đảng bộ Công ty May']]);
    expect(required[0].message).toContain('Theo số thứ tự 2.1, tổ chức này thuộc “Đảng bộ Công ty May” (dòng 3)');
    expect(required[1].message).toContain('“-”'); // the dash placeholder is still named
  });

  it('a chi bộ under a heading "Các chi bộ trực thuộc Đảng bộ X" with no superior is offered X', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(ORGS);
    putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(ws, 2, ['1', 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(ws, 3, ['I', 'CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ XÃ']);
    putRow(ws, 4, ['2', 'Chi bộ Thôn 1', 'Chi bộ cơ sở']);
    putRow(ws, 5, ['3', 'Đảng bộ Công ty May', 'Đảng bộ cơ sở', 'Đảng bộ xã Gia Viễn']);
    putRow(ws, 6, ['II', 'CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ CÔNG TY MAY']);
    putRow(ws, 7, ['4', 'Chi bộ Tổ may 1', 'Chi bộ trực thuộc']);
    const r = await checkBook(wb, 'section-parents.xlsx');
    expect(r.result.tables[0].dataRows).toEqual([2, 4, 5, 7]);
    expect(r.result.findings.map((f) => [f.row, f.rule, f.suggestion])).toEqual([
      [4, 'required', 'Đảng bộ xã Gia Viễn'], [7, 'required', 'Đảng bộ Công ty May'],
    ]);
  });

  it('the commune committee with no superior is told what to write there', () => {
    const top = c.result.findings.find((f) => f.rule === 'required')!;
    expect(top.message).toContain('“Đảng bộ xã Gia Viễn” chưa ghi cấp trên trực tiếp');
    expect(top.message).toContain('Tỉnh ủy');
  });
});

describe('(o) the organisation list\'s headers as offices word them', () => {
  it('"Loại hình tổ chức cơ sở đảng" is the type (not the name), "Tên cũ (trước sáp nhập)" the former name', async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet(ORGS);
    putRow(o, 2, ['TT', 'Tên TCCSĐ', 'Loại hình tổ chức cơ sở đảng', 'Cấp ủy trực thuộc', 'Tên cũ (trước sáp nhập)']);
    putRow(o, 3, [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(o, 4, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng ủy xã Gia Viễn', 'Chi bộ Thôn Đông']);
    const r = await checkBook(wb, 'org-headers.xlsx');
    const t = r.result.tables[0];
    expect([t.kind, t.columns]).toEqual(['organisations', { index: 0, name: 1, type: 2, parent: 3, formerName: 4 }]);
    expect(r.result.organisations[0].records[1].formerNames).toEqual(['Chi bộ Thôn Đông']);
    expect(r.result.findings).toEqual([]);
  });
});

describe('(o) "Số đảng viên" split into "Chính thức" | "Dự bị" with no total', () => {
  it('the count is their sum; no false org-member-count', async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet(ORGS);
    putRow(o, 3, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Số đảng viên']);
    o.mergeCells('E3:F3');
    for (const col of [1, 2, 3, 4]) o.mergeCells(3, col, 4, col);
    putRow(o, 4, ['Chính thức', 'Dự bị'], 5);
    putRow(o, 5, [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 6, 1]);
    putRow(o, 6, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 3, 1]);
    putRow(o, 7, [3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 3, 0]);
    const m = wb.addWorksheet(MEMBERS);
    putRow(m, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Loại đảng viên', 'Chi bộ']);
    for (let i = 0; i < 7; i++) {
      const probation = i === 3;
      putRow(m, 2 + i, [i + 1, `Hồ Văn ${['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hưng', 'Khánh'][i]}`, 'Nam', d(1970 + i, 3, 1),
        `03707${i}30000${i}`, probation ? d(2025, 5, 1) : d(2000, 1, 1), probation ? undefined : d(2001, 1, 1),
        probation ? 'Dự bị' : 'Chính thức', i < 4 ? 'Thôn 1' : 'Thôn 2']);
    }
    const r = await checkBook(wb, 'count-parts.xlsx');
    expect(r.result.organisations[0].records.map((x) => x.memberCount)).toEqual([7, 4, 3]);
    expect(r.result.findings).toEqual([]);
  });
});

describe('(o) a chi bộ merged into another, or dissolved with a successor', () => {
  it('is not active: its members are told the chi bộ it became (or that took its name as former), no size warning', async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet(ORGS);
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
    putRow(o, 2, [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(o, 3, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Sáp nhập']);
    putRow(o, 4, [3, 'Chi bộ Thôn Nam', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đã sáp nhập vào Chi bộ Thôn 1']);
    putRow(o, 5, [4, 'Chi bộ Cơ quan Đảng ủy', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động']);
    // dissolved, and the new chi bộ names it as its former name
    putRow(o, 6, [5, 'Chi bộ Khối Cơ quan', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Giải thể']);
    o.getCell('F1').value = 'Tên cũ';
    o.getCell('F5').value = 'Chi bộ Khối Cơ quan';
    const m = wb.addWorksheet(MEMBERS);
    putRow(m, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    const branches = ['Thôn 1', 'Thôn 1', 'Thôn 1', 'Chi bộ Thôn Nam', 'CQ Đảng ủy', 'Cơ quan Đảng ủy xã', 'Chi bộ Cơ quan Đảng ủy', 'Khối Cơ quan'];
    branches.forEach((b, i) => putRow(m, 2 + i, [i + 1, `Lương Văn ${['An', 'Ba', 'Cơ', 'Du', 'Em', 'Gia', 'Hà', 'Ích'][i]}`, 'Nam',
      d(1970 + i, 1, 2), `03707${i}00${2460 + i}`, d(2000, 1, 2), d(2001, 1, 2), b]));
    const r = await checkBook(wb, 'merged-status.xlsx');
    expect(r.result.organisations[0].records.map((x) => x.active)).toEqual([true, true, false, true, false]);
    expect(findingsOn(r.result, MEMBERS)).toEqual(['H5 member-org-inactive', 'H9 member-org-inactive']);
    const [merged, dissolved] = r.result.findings.filter((x) => x.rule === 'member-org-inactive');
    expect(merged.message).toContain('đã sáp nhập vào “Chi bộ Thôn 1”');
    expect(merged.suggestion).toBe('Chi bộ Thôn 1');
    expect(dissolved.message).toContain('đã giải thể');
    expect(dissolved.suggestion).toBe('Chi bộ Cơ quan Đảng ủy');
    expect(findingsOn(r.result, ORGS)).toEqual([]);
  });
});

describe('(o) number words and directions are not confused', () => {
  it('"Thôn Năm" is Thôn 5, "Thôn Nam" is not', async () => {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet(ORGS);
    putRow(o, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc']);
    putRow(o, 2, [1, 'Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình']);
    putRow(o, 3, [2, 'Chi bộ Thôn 5', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn']);
    putRow(o, 4, [3, 'Chi bộ Thôn Nam', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn']);
    const m = wb.addWorksheet(MEMBERS);
    putRow(m, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    putRow(m, 2, [1, 'Lý Văn Tài', 'Nam', d(1970, 1, 2), '037070001357', d(2000, 1, 2), d(2001, 1, 2), 'Chi bộ Thôn Năm']);
    putRow(m, 3, [2, 'Lý Văn Tín', 'Nam', d(1971, 1, 2), '037071001358', d(2000, 1, 2), d(2001, 1, 2), 'Thôn Nam']);
    const r = await checkBook(wb, 'number-words.xlsx');
    expect(findingsOn(r.result, MEMBERS, (f) => f.field === 'branch')).toEqual([]);
    // each member counted where it belongs: both chi bộ have one member (too few), neither is empty
    expect(findingsOn(r.result, ORGS)).toEqual(['B3 org-size', 'B4 org-size']);
  });
});

describe('(o) Phụ lục 01 of the same commune', () => {
  const header = ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống'];
  const base = ['Ninh Bình', 'Xã Gia Viễn'];
  const people: (string | Date)[][] = [
    ['Đinh Văn Hải', d(1975, 2, 3), '037075001234', '0912345001', 'Phó Bí thư Thường trực', 'Đảng ủy xã Gia Viễn'],
    ['Phạm Thị Lụa', d(1988, 4, 5), '037188002345', '0912345002', 'Chuyên viên Ban Xây dựng Đảng', 'Đảng ủy xã Gia Viễn'],
    ['Bùi Văn Tuấn', d(1990, 6, 7), '037090003456', '0912345003', 'Chuyên viên Văn phòng Đảng ủy', 'Đảng ủy xã Gia Viễn'],
    ['Lê Thị Mai', d(1992, 8, 9), '037192004567', '0912345004', 'Văn thư', 'Đảng ủy xã Gia Viễn'],
    ['Ngô Thị Hằng', d(1987, 1, 1), '037187006789', '0912345006', 'Kế toán', 'Đảng ủy xã Gia Viễn'],
    ['Vũ Thị Khuyên', d(1984, 1, 1), '037184008901', '0912345008', 'Bí thư Chi bộ', 'Chi bộ Thôn 1'],
  ];

  function textRights(rights: string[], extra?: (string | Date)[][]): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL01');
    putRow(ws, 1, ['ĐẢNG ỦY XÃ GIA VIỄN', undefined, undefined, undefined, undefined, undefined, undefined, 'Phụ lục 01']);
    putRow(ws, 3, ['DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN']);
    putRow(ws, 5, header);
    [...people, ...(extra ?? [])].forEach((p, i) => putRow(ws, 6 + i, [i + 1, ...base, ...p, rights[i]]));
    return wb;
  }

  it('rights written "1, 2, 3", "1 - 2", "1; 2", "Nhập liệu", "Quyền 2, 3", "từ 1 đến 3" are read', async () => {
    const r = await checkBook(textRights(['1, 2, 3', '1 - 2', '1; 2', 'Nhập liệu', 'Quyền 2, 3', 'từ 1 đến 3']), 'pl01-rights.xlsx');
    expect(r.result.accounts[0].records.map((x) => x.rights)).toEqual([[1, 2, 3], [1, 2], [1, 2], [2], [2, 3], [1, 2, 3]]);
    expect(findingsOn(r.result, 'PL01')).toEqual([]);
  });

  it('headed "Quyền đề nghị cấp", "Chức vụ, vị trí công tác", "Đơn vị hành chính cấp xã": the same form', async () => {
    const wb = textRights(['1, 2', '2', '2', '2', '2', '3']);
    const ws = wb.getWorksheet('PL01')!;
    ws.getCell('C5').value = 'Đơn vị hành chính cấp xã';
    ws.getCell('H5').value = 'Chức vụ, vị trí công tác';
    ws.getCell('J5').value = 'Quyền đề nghị cấp';
    const r = await checkBook(wb, 'pl01-headers.xlsx');
    expect(r.result.tables[0].columns).toMatchObject({ commune: 2, position: 7, rights: 9 });
    expect(r.result.accounts[0].records.map((x) => x.rights)).toEqual([[1, 2], [2], [2], [2], [2], [3]]);
  });

  it('"1-5" may be a range or two rights: asked, the range suggested', async () => {
    const r = await checkBook(textRights(['1, 2', '2', '2', '2', '1-5', '2-3']), 'pl01-range.xlsx');
    expect(findingsOn(r.result, 'PL01')).toEqual(['J10 rights-invalid']);
    expect(r.result.findings[0].suggestion).toBe('1, 2, 3, 4, 5');
    expect(r.result.accounts[0].records[5].rights).toEqual([2, 3]);
  });

  it('the same person asked for twice: both rows named, the rights to merge given; the appendix stops', async () => {
    const again = [people[0][0], people[0][1], people[0][2], people[0][3], people[0][4], people[0][5]];
    const wb = textRights(['1, 2', '2', '2', '2', '2', '2', '4'], [again]);
    const r = await checkBook(wb, 'pl01-twice.xlsx');
    expect(findingsOn(r.result, 'PL01')).toEqual(['F12 duplicate-id', 'F6 duplicate-id']);
    const first = r.result.findings.find((f) => f.row === 6)!;
    expect(first.message).toContain('dòng 12');
    expect(first.message).toContain('1, 2, 4');
    expect(first.relatedRows).toEqual([12]);

    const run = await runCliCaptured(['appendix', path.basename(r.file), '--out', 'pl01-out.xlsx', '--as-of', '2025-12-30'], path.dirname(r.file));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ô F12');
  });

  it('the form asks for today\'s units: a merged province or a district in the xã/phường column is flagged', async () => {
    const wb = textRights(['1, 2', '2', '2', '2', '2', '2']);
    const ws = wb.getWorksheet('PL01')!;
    ws.getCell('B7').value = 'Nam Định';
    ws.getCell('B8').value = 'Tỉnh Hà Nam';
    ws.getCell('C9').value = 'Huyện Gia Viễn';
    ws.getCell('B10').value = 'Tỉnh Ninh Bình'; // today's province, with its level word: fine
    ws.getCell('C11').value = 'Xã Gia Viễn (huyện Gia Viễn cũ)'; // the old district given as a note: fine
    const r = await checkBook(wb, 'pl01-units.xlsx');
    expect(findingsOn(r.result, 'PL01')).toEqual(['B7 address-old-province', 'B8 address-old-province', 'C9 address-old-unit']);
    expect(r.result.findings.slice(0, 2).map((f) => f.suggestion)).toEqual(['Ninh Bình', 'Tỉnh Ninh Bình']);
  });

  it('one column per right headed by its name, or "Quyền 1" … "Quyền 5" under "Quyền khai thác": an account table', async () => {
    const wb = new ExcelJS.Workbook();
    const named = wb.addWorksheet('Theo tên');
    putRow(named, 3, [...header.slice(0, 9), 'Quản trị hệ thống', 'Nhập liệu', 'Chuyển sinh hoạt Đảng', 'Làm thẻ Đảng', 'Làm huy hiệu Đảng']);
    const numbered = wb.addWorksheet('Theo số');
    putRow(numbered, 3, [...header.slice(0, 9), 'Quyền khai thác']);
    numbered.mergeCells('J3:N3');
    for (let col = 1; col <= 9; col++) numbered.mergeCells(3, col, 4, col);
    putRow(numbered, 4, ['Quyền 1', 'Quyền 2', 'Quyền 3', 'Quyền 4', 'Quyền 5'], 10);
    // 1 for yes and 0 (or "không") for no in every column, as some offices fill them
    const marks = [['x', 'x'], [undefined, '✓'], [0, 'không', 0, 1, 1]];
    marks.forEach((m, i) => putRow(named, 4 + i, [i + 1, ...base, ...people[i], ...m]));
    marks.forEach((m, i) => putRow(numbered, 5 + i, [i + 1, ...base, ...people[i + 3], ...m]));
    const r = await checkBook(wb, 'pl01-columns.xlsx');
    expect(r.result.tables.map((t) => [t.sheet, t.kind, t.rightsByMark?.length])).toEqual([
      ['Theo tên', 'accounts', 5], ['Theo số', 'accounts', 5],
    ]);
    expect(r.result.accounts.map((t) => t.records.map((x) => x.rights))).toEqual([
      [[1, 2], [2], [4, 5]], [[1, 2], [2], [4, 5]],
    ]);
    expect(r.result.findings).toEqual([]);
  });

  it('the same name and birth date under a mistyped ID: duplicate-person on both rows', async () => {
    const typo = [people[1][0], people[1][1], '037188002354', people[1][3], people[1][4], people[1][5]];
    const r = await checkBook(textRights(['1, 2', '2', '2', '2', '2', '2', '2'], [typo]), 'pl01-typo.xlsx');
    expect(findingsOn(r.result, 'PL01')).toEqual(['D12 duplicate-person', 'D7 duplicate-person']);
    expect(r.result.findings.find((f) => f.row === 7)!.message).toContain('dòng 12');
  });

  it('"Quyền" merged over 1..5 marked with x: the appendix writes the rights as "1, 2"', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL01');
    putRow(ws, 2, ['DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN KHAI THÁC, SỬ DỤNG HỆ THỐNG']);
    putRow(ws, 4, header);
    ws.mergeCells('J4:N4');
    for (let col = 1; col <= 9; col++) ws.mergeCells(4, col, 5, col);
    putRow(ws, 5, ['1', '2', '3', '4', '5'], 10);
    const marks = [['x', 'x'], [undefined, 'x', 'x', 'X'], [undefined, 'x'], [undefined, undefined, undefined, 'x', 'x']];
    marks.forEach((m, i) => putRow(ws, 6 + i, [i + 1, ...base, ...people[i], ...m]));
    const r = await checkBook(wb, 'pl01-marks.xlsx');
    expect(findingsOn(r.result, 'PL01')).toEqual([]);
    const run = await runCliCaptured(['appendix', path.basename(r.file), '--out', 'pl01-marks-out.xlsx', '--as-of', '2025-12-30'], path.dirname(r.file));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(path.dirname(r.file), 'pl01-marks-out.xlsx'));
    const pl = out.getWorksheet('Phụ lục 01')!;
    expect([6, 7, 8, 9].map((row) => pl.getCell(row, 10).value)).toEqual(['1, 2', '2, 3, 4', '2', '4, 5']);
    expect([6, 7, 8, 9].map((row) => pl.getCell(row, 8).value)).toEqual(people.slice(0, 4).map((p) => p[4]));
  });
});
