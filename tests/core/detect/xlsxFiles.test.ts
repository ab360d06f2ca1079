import { detectTables } from '../../../src/core/detect/detectTable';
import { sheetFromWorksheet } from '../../../src/host/file/sheetFromWorksheet';
import { readBack, makeTempDir, memberSheet, organisationSheet, writeWorkbook, type SheetSpec } from '../../helpers/xlsx';

// Real .xlsx files written with exceljs and read back through the file adapter: merges, dates, formulas and
// number cells as the engine will see them.
describe('detectTables on .xlsx files', () => {
  it('finds the member table (two-row merged header) and the organisation table', async () => {
    const sectioned: SheetSpec = {
      name: 'Theo chi bộ',
      rows: [
        ['DANH SÁCH ĐẢNG VIÊN THEO CHI BỘ'],
        ['TT', 'Họ và tên', 'Nam/Nữ', 'Ngày, tháng, năm', null, 'Số', null],
        [null, null, null, 'Sinh', 'Vào Đảng', 'CCCD', 'Thẻ ĐV'],
        [1, 2, 3, 4, 5, 6, 7],
        ['I. CHI BỘ THÔN YÊN THỊNH'],
        [1, 'Đỗ Văn Tâm', 'Nam', '01/01/1960', '03/02/1990', '037060001111', '12345678'],
        ['II. CHI BỘ THÔN YÊN PHÚ'],
        [2, 'Vũ Thị Mai', 'Nữ', '02/02/1970', '03/02/1995', '037170002222', '23456789'],
        [],
        ['Cộng: 2 đảng viên'],
        [null, 'NGƯỜI LẬP BIỂU', null, null, 'T/M ĐẢNG ỦY'],
      ],
      merges: ['A1:G1', 'A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'A5:G5', 'A7:G7'],
    };
    const dir = makeTempDir();
    const file = await writeWorkbook(dir, 'ds.xlsx', [memberSheet(), organisationSheet(), sectioned]);
    const wb = await readBack(file);
    const tables = detectTables(wb.worksheets.map((ws) => sheetFromWorksheet(ws)));

    expect(tables.map((t) => [t.sheet, t.kind, t.headerRow, t.headerRows])).toEqual([
      ['Đảng viên', 'members', 5, 2],
      ['Tổ chức đảng', 'organisations', 3, 1],
      ['Theo chi bộ', 'members', 3, 2],
    ]);
    const [members, orgs, bySection] = tables;
    expect(members.columns).toEqual({
      index: 0, fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 5, officialDate: 6, branch: 7,
      phone: 8, address: 9,
    });
    expect(members.dataRows).toEqual([6, 7, 8, 9, 10]);
    expect(orgs.columns).toEqual({ index: 0, name: 1, type: 2, parent: 3, status: 4 });
    expect(orgs.dataRows).toEqual([4, 5, 6]);
    expect(bySection.columns).toEqual({
      index: 0, fullName: 1, gender: 2, birthDate: 3, admissionDate: 4, nationalId: 5, cardNumber: 6,
    });
    expect(bySection.sections).toEqual([
      { row: 5, label: 'CHI BỘ THÔN YÊN THỊNH' },
      { row: 7, label: 'CHI BỘ THÔN YÊN PHÚ' },
    ]);
    expect(bySection.dataRows).toEqual([6, 8]);
  });
});
