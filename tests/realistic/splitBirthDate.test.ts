/**
 * (a) "DANH SÁCH ĐẢNG VIÊN" as a chi bộ prints it: three title rows, a two-row header where "Ngày, tháng, năm
 * sinh" is split into "Nam" | "Nữ" (the date is written under the member's gender), a (1)(2)(3) numbering row and
 * a signature block. There is no gender column: the sub-column is the gender.
 */
import ExcelJS from 'exceljs';
import { boxed, checkBook, d, findingsOn, putRow, rulesOnRow, type Checked } from './support';

const SHEET = 'DS dang vien';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['ĐẢNG BỘ XÃ TÂN PHONG', undefined, undefined, undefined, undefined, undefined, 'ĐẢNG CỘNG SẢN VIỆT NAM']);
  putRow(ws, 2, ['CHI BỘ THÔN ĐÔNG', undefined, undefined, undefined, undefined, undefined, 'Tân Phong, ngày 15 tháng 11 năm 2025']);
  putRow(ws, 3, ['DANH SÁCH ĐẢNG VIÊN']);
  ws.mergeCells('A1:C1');
  ws.mergeCells('A2:C2');
  ws.mergeCells('G1:J1');
  ws.mergeCells('G2:J2');
  ws.mergeCells('A3:J3');
  putRow(ws, 5, ['STT', 'Họ và tên', 'Ngày, tháng, năm sinh', undefined, 'Số định danh cá nhân', 'Quê quán', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Ghi chú']);
  putRow(ws, 6, [undefined, undefined, 'Nam', 'Nữ']);
  for (const c of ['A', 'B', 'E', 'F', 'G', 'H', 'I', 'J']) ws.mergeCells(`${c}5:${c}6`);
  ws.mergeCells('C5:D5');
  putRow(ws, 7, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
  const rows: (ExcelJS.CellValue | undefined)[][] = [
    // 8: a man, date under Nam
    [1, 'Nguyễn Văn Bình', d(1962, 3, 12), undefined, '034062001234', 'Tân Phong', d(1990, 5, 19), d(1991, 5, 19), 'Chi bộ Thôn Đông'],
    // 9: a woman, date under Nữ
    [2, 'Trần Thị Mai', undefined, d(1975, 8, 2), '034175004321', 'Tân Phong', d(2000, 9, 2), d(2001, 9, 2), 'Chi bộ Thôn Đông'],
    // 10: a woman written as text dd/mm/yyyy under Nữ
    [3, 'Lê Thị Hồng', undefined, '20/10/1988', '034188007777', 'Tân Phong', d(2012, 2, 3), d(2013, 2, 3), 'Chi bộ Thôn Đông'],
    // 11: both sub-columns filled: a mistake
    [4, 'Phạm Văn Toàn', d(1970, 1, 1), d(1970, 1, 1), '034070002222', 'Tân Phong', d(1995, 3, 3), d(1996, 3, 3), 'Chi bộ Thôn Đông'],
    // 12: neither filled
    [5, 'Đỗ Văn Khải', undefined, undefined, '034080003333', 'Tân Phong', d(2005, 6, 6), d(2006, 6, 6), 'Chi bộ Thôn Đông'],
    // 13: a man (date under Nam) whose ID says woman: the ID's gender digit disagrees
    [6, 'Vũ Văn Đức', d(1985, 4, 30), undefined, '034185005555', 'Tân Phong', d(2010, 7, 1), d(2011, 7, 1), 'Chi bộ Thôn Đông'],
  ];
  rows.forEach((r, i) => putRow(ws, 8 + i, r));
  boxed(ws, 5, 1, 13, 10);
  // Signature block
  putRow(ws, 15, [undefined, 'Người lập biểu', undefined, undefined, undefined, undefined, 'T/M CHI BỘ']);
  putRow(ws, 16, [undefined, undefined, undefined, undefined, undefined, undefined, 'BÍ THƯ']);
  putRow(ws, 19, [undefined, 'Hoàng Thị Lan', undefined, undefined, undefined, undefined, 'Nguyễn Văn Bình']);
  return wb;
}

describe('(a) member list with birth date split into Nam | Nữ', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'split-birth.xlsx');
  });

  it('finds the table under the titles, skips the numbering row and the signature block', () => {
    const t = c.result.tables[0];
    expect(t.kind).toBe('members');
    expect(t.headerRow).toBe(6);
    expect(t.dataRows).toEqual([8, 9, 10, 11, 12, 13]);
  });

  it('reads the birth date from whichever sub-column is filled and the gender from that sub-column', () => {
    const recs = c.result.members[0].records;
    const byRow = new Map(recs.map((r) => [r.row, r]));
    expect(byRow.get(8)?.gender).toBe('Nam');
    expect(byRow.get(8)?.birthDate).toBe(Math.round(Date.UTC(1962, 2, 12) / 864e5) + 25569);
    expect(byRow.get(9)?.gender).toBe('Nữ');
    expect(byRow.get(9)?.birthDate).toBeDefined();
    expect(byRow.get(10)?.gender).toBe('Nữ');
    expect(byRow.get(10)?.birthDate).toBeDefined();
  });

  it('no missing gender or birth-date column, and clean rows have no finding', () => {
    expect(findingsOn(c.result, SHEET, (f) => f.rule === 'column-missing')).toEqual([]);
    expect(rulesOnRow(c.result, SHEET, 8)).toEqual([]);
    expect(rulesOnRow(c.result, SHEET, 9)).toEqual([]);
    expect(rulesOnRow(c.result, SHEET, 10)).toEqual([]);
  });

  it('a date under both Nam and Nữ, or under neither, is a finding', () => {
    expect(rulesOnRow(c.result, SHEET, 11).length).toBeGreaterThan(0);
    expect(rulesOnRow(c.result, SHEET, 12)).toContain('required');
  });

  it('the ID is compared with the gender the sub-column implies', () => {
    expect(rulesOnRow(c.result, SHEET, 13)).toContain('id-gender');
  });

  it('reports nothing else: no false errors from titles, numbering row, notes column or signatures', () => {
    expect(findingsOn(c.result, SHEET)).toEqual(['C12 required', 'D11 gender-invalid', 'E13 id-gender']);
  });
});

describe('(a) birth date in three columns "Ngày" | "Tháng" | "Năm"', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày, tháng, năm sinh', undefined, undefined, 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    putRow(ws, 2, [undefined, undefined, undefined, 'Ngày', 'Tháng', 'Năm']);
    ws.mergeCells('D1:F1');
    for (const col of 'ABCGHIJ') ws.mergeCells(`${col}1:${col}2`);
    putRow(ws, 3, [1, 'Nguyễn Văn Hùng', 'Nam', 12, 3, 1962, '025062001234', d(1985, 3, 3), d(1986, 3, 3), 'Chi bộ 1']);
    putRow(ws, 4, [2, 'Lê Thị Hạnh', 'Nữ', '05', '11', '1970', '025170004321', d(1995, 3, 3), d(1996, 3, 3), 'Chi bộ 1']);
    putRow(ws, 5, [3, 'Trần Văn Bảy', 'Nam', undefined, undefined, 1948, '025048004321', d(1975, 3, 3), d(1976, 3, 3), 'Chi bộ 1']);
    putRow(ws, 6, [4, 'Đỗ Thị Tám', 'Nữ', 31, 2, 1980, '025180004321', d(2005, 3, 3), d(2006, 3, 3), 'Chi bộ 1']);
    c = await checkBook(wb, 'birth-parts.xlsx');
  });

  it('reads the three parts as one date ("Năm" is the year here, not "Nam")', () => {
    const t = c.result.tables[0];
    expect(t.birthDateParts).toEqual({ day: 3, month: 4, year: 5 });
    expect(t.birthDateByGender).toBeUndefined();
    expect(t.dataRows).toEqual([3, 4, 5, 6]);
    const recs = c.result.members[0].records;
    expect(recs.slice(0, 2).map((r) => r.birthDate)).toEqual([22717, 25877]); // 12/03/1962, 05/11/1970
    expect(findingsOn(c.result, 'S', (f) => f.row <= 4)).toEqual([]);
  });

  it('a year alone or a day that does not exist is an invalid date', () => {
    expect(findingsOn(c.result, 'S', (f) => f.row >= 5)).toEqual(['D5 date-invalid', 'D6 date-invalid']);
  });
});
