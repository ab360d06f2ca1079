/**
 * (f) Names split into "Họ đệm" | "Tên" (sortable by given name), either as two plain columns or under a merged
 * "Họ và tên" group; and "Giới tính" split into "Nam" | "Nữ" marked with an x.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

function plainColumns(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DV');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN BẮC']);
  putRow(ws, 3, ['STT', 'Họ đệm', 'Tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
  putRow(ws, 4, [1, 'Nguyễn Văn', 'An', 'Nam', d(1960, 1, 5), '025060001111', d(1985, 3, 3), d(1986, 3, 3), 'Chi bộ Thôn Bắc']);
  putRow(ws, 5, [2, 'Lê Thị Thu', 'Hà', 'Nữ', d(1972, 6, 7), '025172002222', d(1998, 4, 4), d(1999, 4, 4), 'Chi bộ Thôn Bắc']);
  putRow(ws, 6, [3, 'Trần', 'Bình', 'Nam', d(1990, 9, 9), '025090003333', d(2020, 5, 5), d(2021, 5, 5), 'Chi bộ Thôn Bắc']);
  // 7: the given name is missing
  putRow(ws, 7, [4, 'Phạm Văn', undefined, 'Nam', d(1991, 9, 9), '025091003334', d(2020, 5, 5), d(2021, 5, 5), 'Chi bộ Thôn Bắc']);
  return wb;
}

function groupedColumns(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DV');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN']);
  putRow(ws, 3, ['STT', 'Họ và tên', undefined, 'Giới tính', undefined, 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
  putRow(ws, 4, [undefined, 'Họ đệm', 'Tên', 'Nam', 'Nữ']);
  ws.mergeCells('B3:C3');
  ws.mergeCells('D3:E3');
  for (const c of ['A', 'F', 'G', 'H', 'I', 'J']) ws.mergeCells(`${c}3:${c}4`);
  putRow(ws, 5, [1, 'Nguyễn Văn', 'An', 'x', undefined, d(1960, 1, 5), '025060001111', d(1985, 3, 3), d(1986, 3, 3), 'Chi bộ Thôn Bắc']);
  putRow(ws, 6, [2, 'Lê Thị Thu', 'Hà', undefined, 'x', d(1972, 6, 7), '025172002222', d(1998, 4, 4), d(1999, 4, 4), 'Chi bộ Thôn Bắc']);
  putRow(ws, 7, [3, 'Trần', 'Bình', 'X', undefined, d(1990, 9, 9), '025090003333', d(2020, 5, 5), d(2021, 5, 5), 'Chi bộ Thôn Bắc']);
  // 8: both genders marked, a digit in the given name
  putRow(ws, 8, [4, 'Vi Văn', 'Tú2', 'x', 'x', d(1991, 9, 9), '025091003339', d(2020, 5, 5), d(2021, 5, 5), 'Chi bộ Thôn Bắc']);
  // 9: no gender marked
  putRow(ws, 9, [5, 'Vi Thị', 'Mơ', undefined, undefined, d(1992, 9, 9), '025192003339', d(2020, 5, 5), d(2021, 5, 5), 'Chi bộ Thôn Bắc']);
  return wb;
}

describe('(f) split name columns', () => {
  let plain: Checked;
  let grouped: Checked;
  beforeAll(async () => {
    plain = await checkBook(plainColumns(), 'names.xlsx');
    grouped = await checkBook(groupedColumns(), 'names-grouped.xlsx');
  });

  it('"Họ đệm" | "Tên": the full name is both parts; a one-word surname part is not a one-word name', () => {
    expect(plain.result.tables[0]?.kind).toBe('members');
    expect(plain.result.members[0].records.map((r) => r.fullName)).toEqual([
      'Nguyễn Văn An', 'Lê Thị Thu Hà', 'Trần Bình', 'Phạm Văn',
    ]);
    expect(findingsOn(plain.result, 'DV', (f) => f.row < 7)).toEqual([]);
  });

  it('"Họ" | "Tên" is the same layout', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['STT', 'Họ', 'Tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    putRow(ws, 2, [1, 'Nguyễn Văn', 'An', 'Nam', d(1960, 1, 5), '025060001111', d(1985, 3, 3), d(1986, 3, 3), 'Chi bộ Thôn Bắc']);
    const c = await checkBook(wb, 'ho-ten.xlsx');
    expect(c.result.members[0].records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
    expect(findingsOn(c.result, 'DV')).toEqual([]);
  });

  it('an empty given name is a missing value', () => {
    expect(findingsOn(plain.result, 'DV', (f) => f.row === 7).map((s) => s.split(' ')[1])).toContain('required');
  });

  it('"Họ và tên" over "Họ đệm" | "Tên", "Giới tính" over "Nam" | "Nữ" marked x', () => {
    const recs = grouped.result.members[0]?.records ?? [];
    expect(recs.map((r) => r.fullName)).toEqual(['Nguyễn Văn An', 'Lê Thị Thu Hà', 'Trần Bình', 'Vi Văn Tú2', 'Vi Thị Mơ']);
    expect(recs.map((r) => r.gender)).toEqual(['Nam', 'Nữ', 'Nam', undefined, undefined]);
    expect(findingsOn(grouped.result, 'DV', (f) => f.row < 8)).toEqual([]);
  });

  it('both genders marked, none marked, or a digit in a name part are findings', () => {
    expect(findingsOn(grouped.result, 'DV', (f) => f.row >= 8)).toEqual(['B8 name-invalid', 'D9 required', 'E8 gender-invalid']);
  });
});
