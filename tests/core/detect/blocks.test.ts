import { detectSheetTables } from '../../../src/core/detect/detectTable';
import { makeSheet, memberRow, type V } from './sheetBuilder';

const HEAD = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'];
const FIELDS = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'branch'];
const rows = (from: number, n: number, fields = FIELDS): V[][] => Array.from({ length: n }, (_, k) => memberRow(from + k, fields));

describe('a sheet with more than one block (detectSheetTables)', () => {
  it('a second header with its fields in other columns starts a table of its own', () => {
    const other = ['TT', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Chi bộ', 'Ngày kết nạp', 'Số CCCD'];
    const otherFields = ['index', 'fullName', 'birthDate', 'gender', 'branch', 'admissionDate', 'nationalId'];
    for (const index of ['STT', 'TT']) {
      const sheet = makeSheet('DS', [HEAD, ...rows(1, 4), [], ['II. ĐẢNG VIÊN DỰ BỊ'], [index, ...other.slice(1)], ...rows(5, 3, otherFields)]);
      const tables = detectSheetTables(sheet);
      expect(tables.map((t) => [t.headerRow, t.dataRows])).toEqual([[1, [2, 3, 4, 5]], [8, [9, 10, 11]]]);
      expect(tables[1].columns).toMatchObject({ birthDate: 2, gender: 3, branch: 4, nationalId: 6 });
    }
  });

  it('the header repeated on a new page (same columns, a column fewer) stays one table', () => {
    const sheet = makeSheet('DS', [HEAD, ...rows(1, 3), ['DANH SÁCH ĐẢNG VIÊN (tiếp theo)'], HEAD.slice(0, 6), [1, 2, 3, 4, 5, 6], ...rows(4, 3)]);
    const tables = detectSheetTables(sheet);
    expect(tables).toHaveLength(1);
    expect(tables[0].dataRows).toEqual([2, 3, 4, 8, 9, 10]);
  });

  it('a summary by chi bộ under the list is no second list: the list ends there', () => {
    const sheet = makeSheet('DS', [HEAD, ...rows(1, 3), [], ['TT', 'Chi bộ', 'Tổng số', 'Nam', 'Nữ'], [1, 'Chi bộ Thôn 1', 3, 2, 1]]);
    const tables = detectSheetTables(sheet);
    expect(tables.map((t) => t.dataRows)).toEqual([[2, 3, 4]]);
  });
});

describe('"Vào Đảng" | "Chính thức" on one header row (the "Ngày tháng" group label left out)', () => {
  const head = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Vào Đảng', 'Chính thức', 'Chi bộ'];
  const fields = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch'];

  it('a column of dates under "Chính thức" is the official date, not the member type', () => {
    const sheet = makeSheet('DS', [head, ...Array.from({ length: 6 }, (_, k) => memberRow(k + 1, fields))]);
    const [table] = detectSheetTables(sheet);
    expect(table.columns.officialDate).toBe(6);
    expect(table.columns.memberType).toBeUndefined();
    expect(table.headers.find((h) => h.col === 6)?.field).toBe('officialDate');
  });

  it('"Chính thức" holding the type (x marks or words) stays the member type', () => {
    const typed = head.map((h) => (h === 'Chính thức' ? 'Loại ĐV' : h));
    const sheet = makeSheet('DS', [typed, ...Array.from({ length: 6 }, (_, k) => memberRow(k + 1, fields.map((f) => (f === 'officialDate' ? 'memberType' : f))))]);
    const [table] = detectSheetTables(sheet);
    expect(table.columns.memberType).toBe(6);
    const words = makeSheet('DS', [head, ...Array.from({ length: 6 }, (_, k) => [k + 1, `Người ${k}`, 'Nam', null, null, null, 'Chính thức', 'Chi bộ Thôn 1'])]);
    expect(detectSheetTables(words)[0].columns.memberType).toBe(6);
  });

  it('the user’s choice of the member type for that column is kept', () => {
    const sheet = makeSheet('DS', [head, ...Array.from({ length: 6 }, (_, k) => memberRow(k + 1, fields))]);
    const [table] = detectSheetTables(sheet, { sheet: 'DS', columns: { 6: 'memberType' } });
    expect(table.columns.memberType).toBe(6);
    expect(table.columns.officialDate).toBeUndefined();
  });
});
