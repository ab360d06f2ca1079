/**
 * (y) Workbook mechanics found in commune files: where the list sits on the sheet, lists side by side, sheet
 * features (frozen panes, filters, hidden and protected sheets, print titles), formulas with cached results and
 * errors, rich text, links, notes, validation, cell types — the tables must be found, findings must land on the
 * right cells, nothing may be reported falsely, and the --out and fixed copies keep what the user had.
 * All people, numbers and places are synthetic.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow } from './support';

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'];
type Person = [name: string, gender: string, birth: Date, id: string, admission: Date, official: Date, branch: string];
const PEOPLE: Person[] = [
  ['Nguyễn Văn An', 'Nam', d(1960, 3, 12), '037060001234', d(1985, 2, 3), d(1986, 2, 3), 'Chi bộ Thôn 1'],
  ['Trần Thị Bình', 'Nữ', d(1972, 7, 5), '037172002345', d(1998, 5, 19), d(1999, 5, 19), 'Chi bộ Thôn 1'],
  ['Lê Văn Cường', 'Nam', d(1975, 11, 20), '037075003456', d(2000, 9, 2), d(2001, 9, 2), 'Chi bộ Thôn 1'],
  ['Phạm Thị Dung', 'Nữ', d(1990, 2, 15), '037190004567', d(2015, 11, 7), d(2016, 11, 7), 'Chi bộ Thôn 1'],
];
const ORG_HEADER = ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc'];
const ORGS = [
  ['Đảng bộ xã Gia Viễn', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình'],
  ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Gia Viễn'],
];

function orgList(ws: ExcelJS.Worksheet, top = 1, from = 1): void {
  putRow(ws, top, ORG_HEADER, from);
  ORGS.forEach((o, i) => putRow(ws, top + 1 + i, [i + 1, ...o], from));
}

function memberList(ws: ExcelJS.Worksheet, top: number, from = 1, people: Person[] = PEOPLE): void {
  putRow(ws, top, HEADER, from);
  people.forEach((p, i) => putRow(ws, top + 1 + i, [i + 1, ...p], from));
}

describe('(y) lists side by side on one sheet, a blank column between them', () => {
  it('the organisations beside the members: both lists are read, each from its own columns', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chung');
    orgList(ws);
    memberList(ws, 1, 7);
    const c = await checkBook(wb, 'side-orgs-members.xlsx');
    expect(c.result.tables.map((t) => [t.kind, t.firstRow, t.lastRow, t.columns.index])).toEqual([
      ['organisations', 2, 3, 0],
      ['members', 2, 5, 6],
    ]);
    expect(findingsOn(c.result, 'Chung')).toEqual([]);
  });

  it('the members beside the organisations', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Chung');
    memberList(ws, 1);
    orgList(ws, 1, 10);
    const c = await checkBook(wb, 'side-members-orgs.xlsx');
    expect(c.result.tables.map((t) => [t.kind, t.columns.index, t.columns.branch ?? t.columns.name])).toEqual([
      ['members', 0, 7],
      ['organisations', 9, 10],
    ]);
    expect(findingsOn(c.result, 'Chung')).toEqual([]);
  });

  it("two chi bộ's lists side by side: every member is checked, on its own cell", async () => {
    const wb = new ExcelJS.Workbook();
    orgList(wb.addWorksheet('To chuc'));
    const ws = wb.addWorksheet('Chung');
    memberList(ws, 3, 1, PEOPLE.slice(0, 2));
    const right = PEOPLE.slice(2).map((p): Person => [...p]);
    right[1][3] = '03719000456'; // 11 digits
    memberList(ws, 3, 10, right);
    const c = await checkBook(wb, 'side-two-lists.xlsx');
    const lists = c.result.tables.filter((t) => t.sheet === 'Chung');
    expect(lists.map((t) => [t.firstRow, t.lastRow, t.columns.nationalId])).toEqual([
      [4, 5, 4],
      [4, 5, 13],
    ]);
    expect(c.result.members.flatMap((m) => m.records.map((r) => r.fullName))).toEqual(PEOPLE.map((p) => p[0]));
    expect(findingsOn(c.result, 'Chung')).toEqual(['N5 id-format']);
    expect(findingsOn(c.result, 'To chuc')).toEqual([]);
  });

  it('a small count by chi bộ beside the list is no duplicate column', async () => {
    const wb = new ExcelJS.Workbook();
    orgList(wb.addWorksheet('To chuc'));
    const ws = wb.addWorksheet('DS');
    memberList(ws, 1);
    putRow(ws, 1, ['STT', 'Chi bộ', 'Số đảng viên'], 11);
    putRow(ws, 2, [1, 'Chi bộ Thôn 1', 4], 11);
    const c = await checkBook(wb, 'side-count.xlsx');
    expect(c.result.tables.map((t) => t.kind)).toEqual(['organisations', 'members']);
    expect(findingsOn(c.result, 'DS')).toEqual([]);
  });

  it('a blank column inside one list, and a total far to the right, keep one table', async () => {
    const wb = new ExcelJS.Workbook();
    orgList(wb.addWorksheet('To chuc'));
    const ws = wb.addWorksheet('DS');
    putRow(ws, 2, ['DANH SÁCH ĐẢNG VIÊN'], 3);
    putRow(ws, 4, [...HEADER.slice(0, 4), undefined, ...HEADER.slice(4)], 3);
    PEOPLE.forEach((p, i) => putRow(ws, 5 + i, [i + 1, ...p.slice(0, 3), undefined, ...p.slice(3)], 3));
    putRow(ws, 5, ['Tổng: 4'], 26);
    ws.getCell('AD5').value = 12345;
    ws.getCell('H6').value = '03717200234'; // 11 digits: Số CCCD is H, after the blank column G
    const c = await checkBook(wb, 'column-c.xlsx');
    const t = c.result.tables.find((x) => x.sheet === 'DS')!;
    expect([t.headerRow, t.firstRow, t.lastRow, t.columns.index, t.columns.nationalId, t.columns.branch]).toEqual([4, 5, 8, 2, 7, 10]);
    expect(t.columnRange).toBeUndefined();
    expect(findingsOn(c.result, 'DS')).toEqual(['H6 id-format']);
  });
});
