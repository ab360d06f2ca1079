/**
 * Names written in three columns "Họ" | "Chữ đệm" | "Tên" (also "Tên đệm", "Đệm"), as plain columns or under a
 * merged "Họ và tên": the full name is the three parts; a person without a middle name leaves it empty.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

const TAIL = ['Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'];
const BRANCH = 'Chi bộ Thôn Bắc';

/** The people of every layout: [surname, middle, given, gender, birth, id]. */
const PEOPLE: [string, string | undefined, string | undefined, string, Date, string][] = [
  ['Nguyễn', 'Văn', 'An', 'Nam', d(1960, 1, 5), '025060001111'],
  ['Lê', 'Thị Thu', 'Hà', 'Nữ', d(1972, 6, 7), '025172002222'],
  // no middle name: not an error
  ['Trần', undefined, 'Bình', 'Nam', d(1990, 9, 9), '025090003333'],
  // the middle name in lower case (the column writes Title Case)
  ['Phạm', 'văn', 'Tú', 'Nam', d(1991, 9, 9), '025091003334'],
  // the given name missing
  ['Đỗ', 'Văn', undefined, 'Nam', d(1980, 2, 2), '025080004444'],
  // the same person as the first row, typed twice with another ID
  ['Nguyễn', 'Văn', 'An', 'Nam', d(1960, 1, 5), '025060009999'],
  // another person born the same day: the middle name tells them apart
  ['Nguyễn', 'Đức', 'An', 'Nam', d(1960, 1, 5), '025060007777'],
];

function rowOf(i: number, p: (typeof PEOPLE)[number]): (ExcelJS.CellValue | undefined)[] {
  const y = p[4].getUTCFullYear() + 25;
  return [i + 1, p[0], p[1], p[2], p[3], p[4], p[5], d(y, 3, 3), d(y + 1, 3, 3), BRANCH];
}

function plainBook(middleLabel: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DV');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN BẮC']);
  putRow(ws, 3, ['STT', 'Họ', middleLabel, 'Tên', ...TAIL]);
  PEOPLE.forEach((p, i) => putRow(ws, 4 + i, rowOf(i, p)));
  return wb;
}

function groupedBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DV');
  putRow(ws, 1, ['DANH SÁCH ĐẢNG VIÊN']);
  putRow(ws, 3, ['STT', 'Họ và tên', undefined, undefined, ...TAIL]);
  putRow(ws, 4, [undefined, 'Họ', 'Tên đệm', 'Tên']);
  ws.mergeCells('B3:D3');
  for (const c of ['A', 'E', 'F', 'G', 'H', 'I', 'J']) ws.mergeCells(`${c}3:${c}4`);
  PEOPLE.forEach((p, i) => putRow(ws, 5 + i, rowOf(i, p)));
  return wb;
}

const FULL = ['Nguyễn Văn An', 'Lê Thị Thu Hà', 'Trần Bình', 'Phạm văn Tú', 'Đỗ Văn', 'Nguyễn Văn An', 'Nguyễn Đức An'];

describe('names in three columns: "Họ" | "Chữ đệm" | "Tên"', () => {
  const books: Record<string, Checked> = {};
  beforeAll(async () => {
    books['Chữ đệm'] = await checkBook(plainBook('Chữ đệm'), 'three-part-chu-dem.xlsx');
    books['Tên đệm'] = await checkBook(plainBook('Tên đệm'), 'three-part-ten-dem.xlsx');
    books['Đệm'] = await checkBook(plainBook('Đệm'), 'three-part-dem.xlsx');
    books.grouped = await checkBook(groupedBook(), 'three-part-grouped.xlsx');
  });

  it.each(['Chữ đệm', 'Tên đệm', 'Đệm', 'grouped'])('%s: the full name is the three parts; the middle one may be empty', (key) => {
    const c = books[key];
    expect(c.result.tables[0].kind).toBe('members');
    expect(c.result.tables[0].nameSplit).toEqual({ surname: 1, middle: 2, given: 3 });
    expect(c.result.tables[0].duplicateColumns).toEqual([]);
    expect(c.result.members[0].records.map((r) => r.fullName)).toEqual(FULL);
  });

  it.each(['Chữ đệm', 'grouped'])('%s: findings point at the sub-column they are about', (key) => {
    const c = books[key];
    const first = key === 'grouped' ? 5 : 4;
    const at = (i: number) => first + i;
    expect(findingsOn(c.result, 'DV', (f) => f.row === at(1) || f.row === at(2))).toEqual([]);
    expect(findingsOn(c.result, 'DV', (f) => f.row === at(0))).toEqual([`B${at(0)} duplicate-person`]);
    // the lower-case middle name is reported (and fixed) at the middle column
    const nameCase = c.result.findings.filter((f) => f.rule === 'name-case');
    expect(nameCase.map((f) => [f.row, f.col])).toEqual([[at(3), 2]]);
    expect(nameCase[0].suggestion).toBe('Văn');
    expect(nameCase[0].fix).toBeDefined();
    // the missing given name is required at the "Tên" column, not at the surname
    expect(findingsOn(c.result, 'DV', (f) => f.row === at(4))).toEqual([`D${at(4)} required`]);
    // the person typed twice is found; the namesake born the same day is told apart by the middle name
    const dup = c.result.findings.filter((f) => f.rule === 'duplicate-person').map((f) => f.row).sort((a, b) => a - b);
    expect(dup).toEqual([at(0), at(5)]);
  });

  it('a digit in the middle name makes the whole name invalid; a one-word surname and given name are normal', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['STT', 'Họ', 'Chữ đệm', 'Tên', ...TAIL]);
    putRow(ws, 2, [1, 'Vi', 'Văn2', 'Tú', 'Nam', d(1991, 9, 9), '025091003339', d(2020, 5, 5), d(2021, 5, 5), BRANCH]);
    putRow(ws, 3, [2, 'Vi', undefined, 'Mơ', 'Nữ', d(1992, 9, 9), '025192003339', d(2020, 5, 5), d(2021, 5, 5), BRANCH]);
    const c = await checkBook(wb, 'three-part-invalid.xlsx');
    expect(c.result.members[0].records.map((r) => r.fullName)).toEqual(['Vi Văn2 Tú', 'Vi Mơ']);
    expect(findingsOn(c.result, 'DV')).toEqual(['B2 name-invalid']);
  });

  it('"Họ đệm" | "Tên" beside an unrelated column stays a two-part name', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['STT', 'Họ đệm', 'Tên', ...TAIL]);
    putRow(ws, 2, [1, 'Nguyễn Văn', 'An', 'Nam', d(1960, 1, 5), '025060001111', d(1985, 3, 3), d(1986, 3, 3), BRANCH]);
    const c = await checkBook(wb, 'two-part.xlsx');
    expect(c.result.tables[0].nameSplit).toEqual({ surname: 1, given: 2 });
    expect(c.result.members[0].records.map((r) => r.fullName)).toEqual(['Nguyễn Văn An']);
  });
});
