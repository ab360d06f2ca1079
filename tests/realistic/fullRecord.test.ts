/**
 * (j) A full record list as the party committee's office keeps it: "Ngày vào Đảng" over "Dự bị" | "Chính thức",
 * card and record numbers, schooling, political theory, ethnicity and religion as typed, phones with dots and
 * spaces.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const SHEET = 'Ho so';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['ĐẢNG BỘ XÃ KIM SƠN']);
  putRow(ws, 2, ['DANH SÁCH TRÍCH NGANG ĐẢNG VIÊN']);
  const h1 = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Tôn giáo', 'Số CCCD', 'Ngày vào Đảng', undefined, 'Số thẻ đảng viên', 'Trình độ', undefined, 'Chi bộ', 'Điện thoại'];
  const h2 = [undefined, undefined, undefined, undefined, undefined, undefined, undefined, 'Dự bị', 'Chính thức', undefined, 'GDPT', 'LLCT'];
  putRow(ws, 4, h1);
  putRow(ws, 5, h2);
  for (const c of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'J', 'M', 'N']) ws.mergeCells(`${c}4:${c}5`);
  ws.mergeCells('H4:I4');
  ws.mergeCells('K4:L4');
  const rows: (ExcelJS.CellValue | undefined)[][] = [
    [1, 'Đinh Công Tráng', 'Nam', d(1958, 4, 4), 'Kinh', 'Không', '037058001111', d(1980, 2, 3), d(1981, 2, 3), '12345678', '10/10', 'Trung cấp', 'Chi bộ Xóm 1', '0912345678'],
    [2, 'Phạm Thị Nhung', 'Nữ', d(1975, 5, 5), 'Kinh', 'Công giáo', '037175002222', d(2001, 3, 3), d(2002, 3, 3), '23456789', '12/12', 'Sơ cấp', 'Chi bộ Xóm 1', '0912.345.679'],
    [3, 'Lò Văn Pản', 'Nam', d(1988, 6, 6), 'Thái', 'Không', '037088003333', d(2012, 4, 4), d(2013, 4, 4), '34567890', '12/12', 'Cao cấp', 'Chi bộ Xóm 1', '091 234 5680'],
    // 9: probationary (no official date yet), admitted 2025-03-01: not overdue at 30/12/2025
    [4, 'Hà Văn Tuấn', 'Nam', d(1999, 7, 7), 'Mường', 'Không', '037099004444', d(2025, 3, 1), undefined, undefined, '12/12', undefined, 'Chi bộ Xóm 1', '0389123456'],
    // 10: probationary admitted 2024-06-01 and still no official date: overdue
    [5, 'Quách Thị Vân', 'Nữ', d(1996, 8, 8), 'Kinh', 'Phật giáo', '037196005555', d(2024, 6, 1), undefined, undefined, '12/12', undefined, 'Chi bộ Xóm 1', '0389123457'],
  ];
  rows.forEach((r, i) => putRow(ws, 6 + i, r));
  return wb;
}

describe('(j) a full record list', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'full.xlsx');
  });

  it('"Ngày vào Đảng" over "Dự bị" | "Chính thức" are the admission and official dates; "Trình độ" over GDPT | LLCT', () => {
    const t = c.result.tables[0];
    expect(t.columns.admissionDate).toBe(7);
    expect(t.columns.officialDate).toBe(8);
    expect(t.columns.schooling).toBe(10);
    expect(t.columns.politicalTheory).toBe(11);
    expect(t.duplicateColumns).toEqual([]);
  });

  it('clean rows have no finding; phones written with dots or spaces are read as their digits', () => {
    expect(findingsOn(c.result, SHEET, (f) => f.row <= 9)).toEqual([]);
    expect(c.result.members[0].records.slice(0, 3).map((r) => r.phone)).toEqual(['0912345678', '0912345679', '0912345680']);
  });

  it('no member type column: an official date is required only once 12 months have passed since admission', () => {
    expect(findingsOn(c.result, SHEET, (f) => f.row === 9)).toEqual([]);
    expect(findingsOn(c.result, SHEET, (f) => f.row === 10)).toEqual(['I10 required']);
  });
});
