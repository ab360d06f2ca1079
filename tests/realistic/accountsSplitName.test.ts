/**
 * Phụ lục 01 with the name in parts (Họ | Tên, or Họ | Chữ đệm | Tên under a merged "Họ và tên"), as some
 * offices copy it from their member list: the request's name is the joined name, not the surname alone.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

describe('Phụ lục 01 with the name split into columns', () => {
  let c: Checked;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('PL01');
    putRow(ws, 1, ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', undefined, undefined, 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác', 'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống']);
    putRow(ws, 2, [undefined, undefined, undefined, 'Họ', 'Chữ đệm', 'Tên']);
    ws.mergeCells('D1:F1');
    for (const col of 'ABCGHIJKL') ws.mergeCells(`${col}1:${col}2`);
    putRow(ws, 3, [1, 'Phú Thọ', 'Xã Tân Lập', 'Nguyễn', 'Văn', 'Hùng', d(1980, 5, 6), '025080001234', '0912345678', 'Phó Bí thư', 'Đảng ủy xã Tân Lập', '1,2']);
    putRow(ws, 4, [2, 'Phú Thọ', 'Xã Tân Lập', 'Lê', 'Thị', 'Hạnh', d(1990, 7, 8), '025190004321', '0987654321', 'Văn phòng', 'Đảng ủy xã Tân Lập', '2']);
    putRow(ws, 5, [3, 'Phú Thọ', 'Xã Tân Lập', 'Trần', undefined, 'Nam', d(1988, 10, 12), '025088005678', '0356789012', 'Cán bộ', 'Văn phòng Đảng ủy', '2']);
    putRow(ws, 6, [4, 'Phú Thọ', 'Xã Tân Lập', 'Phạm', 'Thị', undefined, d(1992, 1, 2), '025192006789', '0901234567', 'Chuyên viên', 'Ban Xây dựng Đảng', '2']);
    putRow(ws, 7, [5, 'Phú Thọ', 'Xã Tân Lập', 'vũ', 'văn', 'lâm', d(1985, 3, 4), '025085007890', '0911222333', 'Chuyên viên', 'Ban Xây dựng Đảng', '2']);
    c = await checkBook(wb, 'phu-luc-01-split-name.xlsx');
  });

  it('reads each request under its joined name', () => {
    expect(c.result.tables[0].kind).toBe('accounts');
    expect(c.result.accounts[0].records.map((r) => r.fullName)).toEqual(['Nguyễn Văn Hùng', 'Lê Thị Hạnh', 'Trần Nam', 'Phạm Thị', 'vũ văn lâm']);
  });

  it('finds nothing wrong with clean rows; a missing given name is required on its cell, lower case on each part', () => {
    expect(findingsOn(c.result, 'PL01')).toEqual(['D7 name-case', 'E7 name-case', 'F6 required', 'F7 name-case']);
  });
});
