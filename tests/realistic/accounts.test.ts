/**
 * (h) Phụ lục 01 (Kế hoạch 291-KH/BTCTW) as commune staff fill it: the form's title block, the header with its
 * numbering row, rights written in every way people write them, and the signature block.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const SHEET = 'Phu luc 01';

function book(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  putRow(ws, 1, ['ĐẢNG ỦY XÃ TÂN LẬP', undefined, undefined, undefined, undefined, undefined, 'Phụ lục 01']);
  putRow(ws, 2, ['DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN KHAI THÁC, SỬ DỤNG HỆ THỐNG THÔNG TIN QUẢN LÝ CƠ SỞ DỮ LIỆU ĐẢNG VIÊN']);
  putRow(ws, 3, ['(Kèm theo Kế hoạch số 291-KH/BTCTW)']);
  ws.mergeCells('A2:J2');
  ws.mergeCells('A3:J3');
  putRow(ws, 5, ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống']);
  putRow(ws, 6, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)']);
  const base = ['Phú Thọ', 'Xã Tân Lập'];
  const rows: (ExcelJS.CellValue | undefined)[][] = [
    [1, ...base, 'Nguyễn Văn Hùng', d(1980, 5, 6), '025080001234', '0912345678', 'Phó Bí thư Đảng ủy', 'Đảng ủy xã Tân Lập', '1,2'],
    [2, ...base, 'Lê Thị Hạnh', d(1990, 7, 8), '025190004321', '0987654321', 'Văn phòng Đảng ủy', 'Đảng ủy xã Tân Lập', '2; 3'],
    [3, ...base, 'Trần Văn Nam', '12/10/1988', '025088005678', '0356789012', 'Cán bộ', 'Văn phòng Đảng ủy', 'Nhập liệu'],
    [4, ...base, 'Phạm Thị Thu', d(1992, 1, 2), '025192006789', '0901234567', 'Chuyên viên', 'Ban Xây dựng Đảng', '2, 4, 5'],
    // 11: a right outside 1-5
    [5, ...base, 'Vũ Văn Lâm', d(1985, 3, 4), '025085007890', '0911222333', 'Chuyên viên', 'Ban Xây dựng Đảng', '6'],
    // 12: the phone typed as a number (leading zero lost), the ID with a space
    [6, ...base, 'Hoàng Thị Yến', d(1995, 9, 10), '025 195 008901', 912333444, 'Chuyên viên', 'Ban Xây dựng Đảng', 2],
  ];
  rows.forEach((r, i) => putRow(ws, 7 + i, r));
  putRow(ws, 14, [undefined, undefined, undefined, 'Người lập biểu', undefined, undefined, undefined, 'T/M ĐẢNG ỦY']);
  putRow(ws, 15, [undefined, undefined, undefined, '(Ký, ghi rõ họ tên)', undefined, undefined, undefined, 'BÍ THƯ']);
  putRow(ws, 18, [undefined, undefined, undefined, 'Lê Thị Hạnh', undefined, undefined, undefined, 'Đỗ Văn Quang']);
  return wb;
}

describe('(h) Phụ lục 01 accounts table', () => {
  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'phu-luc-01.xlsx');
  });

  it('is an account table of six requests (numbering row and signatures left out)', () => {
    const t = c.result.tables[0];
    expect(t.kind).toBe('accounts');
    expect(t.dataRows).toEqual([7, 8, 9, 10, 11, 12]);
  });

  it('reads rights written as "1,2", "2; 3", a right by name, and a number', () => {
    expect(c.result.accounts[0].records.map((r) => r.rights)).toEqual([[1, 2], [2, 3], [2], [2, 4, 5], undefined, [2]]);
  });

  it('finds only what is wrong: a right outside 1-5, a phone without its 0, spaces inside an ID (a dd/mm/yyyy text date is fine)', () => {
    expect(findingsOn(c.result, SHEET)).toEqual(['F12 text-whitespace', 'G12 phone-invalid', 'J11 rights-invalid']);
    const byRule = (rule: string) => c.result.findings.find((f) => f.rule === rule);
    expect(byRule('text-whitespace')?.suggestion).toBe('025195008901');
    expect(byRule('phone-invalid')?.suggestion).toBe('0912333444');
    expect(c.result.accounts[0].records[2].birthDate).toBeDefined();
  });
});

describe('(h) Phụ lục 01 with one column per right, marked x', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL01');
    putRow(ws, 1, ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống']);
    putRow(ws, 2, [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '1. Quản trị hệ thống', '2. Nhập liệu', '3. Chuyển sinh hoạt Đảng', '4. Làm thẻ Đảng', '5. Làm huy hiệu Đảng']);
    ws.mergeCells('J1:N1');
    for (const col of 'ABCDEFGHI') ws.mergeCells(`${col}1:${col}2`);
    putRow(ws, 3, [1, 'Phú Thọ', 'Xã Tân Lập', 'Nguyễn Văn Hùng', d(1980, 5, 6), '025080001234', '0912345678', 'Cán bộ', 'Đảng ủy', 'x', 'x']);
    putRow(ws, 4, [2, 'Phú Thọ', 'Xã Tân Lập', 'Lê Thị Hạnh', d(1990, 7, 8), '025190004321', '0987654321', 'Cán bộ', 'Đảng ủy', undefined, 'x', undefined, 'X']);
    putRow(ws, 5, [3, 'Phú Thọ', 'Xã Tân Lập', 'Trần Văn Nam', d(1988, 10, 12), '025088005678', '0356789012', 'Cán bộ', 'Đảng ủy']);
    c = await checkBook(wb, 'phu-luc-01-marks.xlsx');
  });

  it('reads the two-row header, the marked rights, and a row with no right marked is missing its rights', () => {
    const t = c.result.tables[0];
    expect([t.kind, t.headerRow, t.dataRows]).toEqual(['accounts', 2, [3, 4, 5]]);
    expect(t.duplicateColumns).toEqual([]);
    expect(c.result.accounts[0].records.map((r) => r.rights)).toEqual([[1, 2], [2, 4], undefined]);
    expect(findingsOn(c.result, 'PL01')).toEqual(['J5 required']);
  });
});
