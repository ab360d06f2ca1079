/**
 * (c) Members grouped under chi bộ section rows ("I. CHI BỘ THÔN 1", merged across the table) with no branch
 * column; the organisation list is on another sheet, written in Title Case.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const MEMBERS = 'DSDV';
const ORGS = 'To chuc';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const o = wb.addWorksheet(ORGS);
  putRow(o, 1, ['DANH SÁCH CÁC TỔ CHỨC ĐẢNG TRỰC THUỘC']);
  putRow(o, 3, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
  putRow(o, 4, [1, 'Đảng bộ xã Hòa Bình', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Phú Thọ', 'Đang hoạt động']);
  putRow(o, 5, [2, 'Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Hòa Bình', 'Đang hoạt động']);
  putRow(o, 6, [3, 'Chi bộ Trường Tiểu học', 'Chi bộ cơ sở', 'Đảng bộ xã Hòa Bình', 'Đang hoạt động']);

  const ws = wb.addWorksheet(MEMBERS);
  putRow(ws, 1, ['ĐẢNG BỘ XÃ HÒA BÌNH']);
  putRow(ws, 2, ['DANH SÁCH ĐẢNG VIÊN']);
  putRow(ws, 3, ['(Tính đến ngày 30/11/2025)']);
  putRow(ws, 5, ['TT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Ghi chú']);
  let r = 6;
  const section = (label: string) => {
    putRow(ws, r, [label]);
    ws.mergeCells(r, 1, r, 8);
    ws.getCell(r, 1).font = { bold: true };
    r++;
  };
  const member = (values: (ExcelJS.CellValue | undefined)[]) => putRow(ws, r++, values);
  section('I. CHI BỘ THÔN 1 (3 đảng viên)');
  member([1, 'Nguyễn Văn Hải', 'Nam', d(1960, 1, 5), '025060001111', d(1985, 3, 3), d(1986, 3, 3)]);
  member([2, 'Bùi Thị Thu', 'Nữ', d(1972, 6, 7), '025172002222', d(1998, 4, 4), d(1999, 4, 4)]);
  member([3, 'Tạ Văn Long', 'Nam', d(1990, 9, 9), '025090003333', d(2020, 5, 5), d(2021, 5, 5)]);
  section('II. CHI BỘ TRƯỜNG TIỂU HỌC');
  member([1, 'Hà Thị Nga', 'Nữ', d(1985, 2, 2), '025185004444', d(2010, 6, 6), d(2011, 6, 6)]);
  member([2, 'Lương Văn Tú', 'Nam', d(1979, 12, 12), '025079005555', d(2005, 7, 7), d(2006, 7, 7)]);
  member([3, 'Kiều Thị Yến', 'Nữ', d(1995, 11, 1), '025195006666', d(2022, 8, 8), d(2023, 8, 8)]);
  section('III. CHI BỘ THÔN 9'); // not in the organisation list
  member([1, 'Đinh Văn Quý', 'Nam', d(1966, 4, 4), '025066007777', d(1992, 9, 9), d(1993, 9, 9)]);
  member([2, 'Mai Thị Hoa', 'Nữ', d(1968, 4, 4), '025168008888', d(1993, 9, 9), d(1994, 9, 9)]);
  member([3, 'Triệu Văn Sơn', 'Nam', d(1969, 4, 4), '025069009999', d(1994, 9, 9), d(1995, 9, 9)]);
  putRow(ws, r + 1, [undefined, 'Tổng cộng: 9 đảng viên']);
  return wb;
}

describe('(c) members grouped by chi bộ section rows, no branch column', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'sections.xlsx');
  });

  it('section rows are headings, not members; the total line is not a member', () => {
    const t = c.result.tables.find((x) => x.sheet === MEMBERS)!;
    expect(t.sections.map((s) => s.label)).toEqual(['CHI BỘ THÔN 1', 'CHI BỘ TRƯỜNG TIỂU HỌC', 'CHI BỘ THÔN 9']);
    expect(t.dataRows).toEqual([7, 8, 9, 11, 12, 13, 15, 16, 17]);
  });

  it('each member belongs to the section above it; no column-missing for the branch', () => {
    const recs = c.result.members[0].records;
    expect(recs.find((x) => x.row === 8)?.branch).toBe('CHI BỘ THÔN 1');
    expect(recs.find((x) => x.row === 12)?.branch).toBe('CHI BỘ TRƯỜNG TIỂU HỌC');
    expect(findingsOn(c.result, MEMBERS, (f) => f.rule === 'column-missing')).toEqual([]);
  });

  it('UPPER CASE section names match the Title Case organisation names; the unknown chi bộ is reported once, on its heading', () => {
    expect(findingsOn(c.result, MEMBERS)).toEqual(['A14 member-org-unknown']);
  });

  it('the organisation list is clean, and the new chi bộ has members of its own counted', () => {
    expect(findingsOn(c.result, ORGS, (f) => f.severity === 'error')).toEqual([]);
  });
});
