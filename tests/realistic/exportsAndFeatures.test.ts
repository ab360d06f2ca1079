/**
 * (x) Lists exported from the party member management software and other systems, and workbook features users
 * leave on: every value as text (numbers with the green triangle, dates "dd/MM/yyyy"), "Mã ĐV", "Số hồ sơ",
 * "Quê quán" split into Xã | Huyện | Tỉnh, a "Đảng bộ" column, and a "Trạng thái" column that keeps members who
 * died, moved out or were struck off in the list.
 */
import ExcelJS from 'exceljs';
import { computeProgress } from '../../src/core/reports/progress';
import { computeBadges } from '../../src/core/reports/badges';
import { AS_OF, checkBook, findingsOn, putRow, type Checked } from './support';

const ORGS = 'To chuc';
const EXPORT = 'DSDV';

function orgSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(ORGS);
  putRow(ws, 1, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
  const rows = [
    ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động'],
    ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động'],
    ['Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động'],
    ['Chi bộ Thôn 3', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Đang hoạt động'],
    ['Chi bộ Thôn Tây', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn', 'Giải thể'],
  ];
  rows.forEach((r, i) => putRow(ws, 2 + i, [String(i + 1), ...r]));
}

type Person = [name: string, female: boolean, birth: string, admission: string, official: string, branch: string, status: string];

// Every value text, as the export writes it. Thôn 1 and Thôn 2 have three members here each; Thôn 3 has only
// members who left.
const PEOPLE: Person[] = [
  ['Nguyễn Văn An', false, '12/03/1960', '03/02/1985', '03/02/1986', 'Chi bộ Thôn 1', 'Đang sinh hoạt'],
  ['Trần Thị Bình', true, '05/07/1972', '19/05/1998', '19/05/1999', 'Chi bộ Thôn 1', 'Đang sinh hoạt'],
  ['Lê Văn Cường', false, '20/11/1975', '02/09/2000', '02/09/2001', 'Chi bộ Thôn 1', 'Đang sinh hoạt'],
  ['Phạm Thị Dung', true, '15/02/1990', '07/11/2015', '07/11/2016', 'Chi bộ Thôn 2', 'Đang sinh hoạt'],
  ['Hoàng Văn Em', false, '01/01/1985', '03/02/2010', '03/02/2011', 'Chi bộ Thôn 2', 'Miễn sinh hoạt'],
  ['Đỗ Thị Phương', true, '09/09/1995', '19/05/2021', '19/05/2022', 'Chi bộ Thôn 2', 'Chuyển đến'],
  // 12: died in 2023 aged 111, in the chi bộ since dissolved: no age, no dissolved chi bộ
  ['Vũ Văn Giáp', false, '10/10/1912', '03/02/1940', '03/02/1941', 'Chi bộ Thôn Tây', 'Từ trần'],
  // 13: died during probation: no official date owed, no probation overdue, no card owed
  ['Bùi Thị Hạnh', true, '04/04/1980', '19/05/2022', '', 'Chi bộ Thôn 3', 'Đã từ trần'],
  // 14: moved out to another commune, last chi bộ written as the new one: not this list's chi bộ to check
  ['Đặng Văn Ích', false, '06/06/1988', '02/09/2014', '02/09/2015', 'Chi bộ Trường THPT Nho Quan', 'Đã chuyển đi'],
  // 15: struck off
  ['Ngô Thị Khuyên', true, '07/07/1983', '07/11/2012', '07/11/2013', 'Chi bộ Thôn 3', 'Xóa tên'],
];

function exportSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet(EXPORT);
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN']);
  putRow(ws, 2, ['Đảng bộ: Đảng bộ xã Gia Viễn']);
  putRow(ws, 4, ['STT', 'Mã ĐV', 'Số hồ sơ', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Nơi sinh', 'Quê quán', undefined, undefined,
    'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ sinh hoạt', 'Đảng bộ', 'Số thẻ ĐV', 'Trạng thái']);
  putRow(ws, 5, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'Xã/Phường', 'Huyện/Quận', 'Tỉnh/TP']);
  for (const c of 'ABCDEFGKLMNOPQ') ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('H4:J4');
  PEOPLE.forEach(([name, female, birth, admission, official, branch, status], i) => {
    const year = birth.slice(-4);
    const id = `037${female ? 1 : 0}${year.slice(2)}${String(5100 + i).padStart(6, '0')}`;
    const card = official ? String(37005100 + i) : '';
    putRow(ws, 6 + i, [String(i + 1), `DV${String(i + 1).padStart(6, '0')}`, `0370${String(i + 1).padStart(5, '0')}`, name,
      female ? 'Nữ' : 'Nam', birth, 'Gia Viễn, Ninh Bình', 'Gia Hòa', 'Gia Viễn', 'Ninh Bình', id, admission, official || undefined,
      branch, 'Đảng bộ xã Gia Viễn', card || undefined, status]);
  });
}

describe('(x) a member list exported from the management software, with a status column', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    orgSheet(wb);
    exportSheet(wb);
    c = await checkBook(wb, 'export.xlsx');
  });

  it('reads the export: two-row header, Quê quán over three parts, the status column', () => {
    const t = c.result.tables.find((x) => x.sheet === EXPORT)!;
    expect(t.kind).toBe('members');
    expect(t.firstRow).toBe(6);
    expect(t.lastRow).toBe(15);
    expect(t.columns).toMatchObject({ fullName: 3, birthDate: 5, nationalId: 10, admissionDate: 11, officialDate: 12, branch: 13, cardNumber: 15, status: 16 });
    expect(c.result.members[0].records.map((r) => r.left)).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, 'died', 'died', 'movedOut', 'removed',
    ]);
  });

  it('members who died, moved out or were struck off get no finding about their age, probation, card or chi bộ', () => {
    expect(findingsOn(c.result, EXPORT)).toEqual([]);
  });

  it('only members still here count towards a chi bộ: Thôn 3 has none', () => {
    expect(findingsOn(c.result, ORGS)).toEqual(['B5 org-empty']);
  });

  it('the progress report counts the members still here; the badge list leaves out those who left', () => {
    const report = computeProgress(c.result, AS_OF);
    const total = (label: string) => report.rows.find((r) => r.label === label)?.counts.total;
    expect([total('Chi bộ Thôn 1'), total('Chi bộ Thôn 2'), total('Chi bộ Thôn 3')]).toEqual([3, 3, 0]);
    expect(report.total.total).toBe(6);
    // Vũ Văn Giáp, admitted 1940, would reach 85 years in 2025; Nguyễn Văn An (1985) reaches 40.
    expect(computeBadges(c.result.members[0].records, 2025).entries.map((e) => e.member.fullName)).toEqual(['Nguyễn Văn An']);
  });
});
