/**
 * (y) Workbook mechanics found in commune files: where the list sits on the sheet, lists side by side, sheet
 * features (frozen panes, filters, hidden and protected sheets, print titles), formulas with cached results and
 * errors, rich text, links, notes, validation, cell types — the tables must be found, findings must land on the
 * right cells, nothing may be reported falsely, and the --out and fixed copies keep what the user had.
 * All people, numbers and places are synthetic.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { runCliCaptured } from '../helpers/cli';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

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

describe('(y) formulas, cell types and sheet features in one commune workbook: check, --out and fix', () => {
  const SHEET = 'DS';
  function book(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const o = wb.addWorksheet('To chuc');
    orgList(o);
    o.protect('', {});
    const dm = wb.addWorksheet('DM', { state: 'hidden' });
    putRow(dm, 1, ['Nam']);
    putRow(dm, 2, ['Nữ']);
    putRow(wb.addWorksheet('Cu', { state: 'veryHidden' }), 1, ['Danh sách cũ']);
    const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', xSplit: 2, ySplit: 5, topLeftCell: 'C6' }] });
    putRow(ws, 1, ['ĐẢNG BỘ XÃ GIA VIỄN']);
    ws.mergeCells('A1:K1');
    putRow(ws, 3, ['DANH SÁCH ĐẢNG VIÊN']);
    ws.mergeCells('A3:K3');
    putRow(ws, 5, [...HEADER, 'Tuổi', 'Email', 'Số thẻ đảng viên']);
    ws.autoFilter = 'A5:K5';
    PEOPLE.forEach((p, i) => {
      const r = 6 + i;
      putRow(ws, r, [undefined, ...p]);
      ws.getCell(r, 1).value = i === 0 ? { formula: 'ROW()-5', result: 1 } : { formula: `A${r - 1}+1`, result: i + 1 };
      ws.getCell(r, 9).value = { formula: `YEAR(TODAY())-YEAR(D${r})`, result: 2025 - p[2].getUTCFullYear() };
      ws.getCell(r, 11).value = String(37005100 + i);
      ws.getCell(r, 3).dataValidation = { type: 'list', allowBlank: true, formulae: ['DM!$A$1:$A$2'] };
    });
    // Rich text: a bold surname over a name typed in lower case (name-case fixes it).
    ws.getCell('B6').value = { richText: [{ text: 'Nguyễn ', font: { bold: true, color: { argb: 'FFC00000' } } }, { text: 'văn an' }] };
    ws.getCell('B6').note = 'Đã đối chiếu hồ sơ';
    ws.getCell('J6').value = { text: 'an.nguyen@example.com', hyperlink: 'mailto:an.nguyen@example.com' };
    ws.getCell('D7').value = { formula: 'DATE(1972,7,5)', result: d(1972, 7, 5) };
    ws.getCell('D7').numFmt = 'dd/mm/yyyy';
    ws.getCell('E7').value = { formula: 'TEXT(37172002345,"000000000000")', result: '037172002345' };
    ws.getCell('D8').value = new Date(Date.UTC(1975, 10, 20, 10, 30)); // a time part
    ws.getCell('D8').numFmt = 'dd/mm/yyyy hh:mm';
    ws.getCell('C8').value = 'nam';
    ws.getCell('C8').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
    ws.getCell('E9').value = 37190004567; // a number in a text-formatted cell: the leading zero is lost
    ws.getCell('E9').numFmt = '@';
    ws.getCell('J8').value = { formula: 'VLOOKUP(B8,DM!A:B,2,0)', result: { error: '#N/A' } } as ExcelJS.CellFormulaValue;
    ws.getCell('H9').value = { formula: 'VLOOKUP(B9,DM!A:B,2,0)', result: { error: '#REF!' } } as ExcelJS.CellFormulaValue;
    ws.getColumn(11).hidden = true;
    ws.addConditionalFormatting({
      ref: 'E6:E9',
      rules: [{ type: 'expression', priority: 1, formulae: ['LEN(E6)<>12'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFF0000' } } } }],
    });
    ws.pageSetup.printTitlesRow = '5:5';
    ws.protect('', { autoFilter: true });
    const sum = wb.addWorksheet('Tong hop');
    putRow(sum, 1, ['Chi bộ', 'Số đảng viên']);
    putRow(sum, 2, ['Chi bộ Thôn 1']);
    sum.getCell('B2').value = { formula: `COUNTA(${SHEET}!B6:B9)`, result: 4 };
    return wb;
  }

  let c: Checked;
  beforeAll(async () => {
    c = await checkBook(book(), 'mechanics.xlsx');
  });

  it('findings land on their own cells; formulas, links, types and hidden sheets report nothing false', () => {
    const t = c.result.tables.find((x) => x.sheet === SHEET)!;
    expect([t.headerRow, t.firstRow, t.lastRow]).toEqual([5, 6, 9]);
    expect(c.result.tables.map((x) => x.sheet)).toEqual(['To chuc', SHEET]);
    expect(findingsOn(c.result, SHEET)).toEqual([
      'B6 name-case', 'C8 gender-invalid', 'E9 id-leading-zeros-lost', 'H9 cell-error-value', 'J8 cell-error-value',
    ]);
    expect(findingsOn(c.result, 'Tong hop')).toEqual([]);
  });

  it('fix: the repaired copy keeps the bold surname, notes, fills, formulas, links, validation and sheet features', async () => {
    const dir = path.dirname(c.file);
    const run = await runCliCaptured(['fix', 'mechanics.xlsx', '--out', 'fixed.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'fixed.xlsx'));
    const ws = out.getWorksheet(SHEET)!;
    expect(ws.getCell('B6').value).toEqual({
      richText: [{ text: 'Nguyễn ', font: expect.objectContaining({ bold: true }) }, { text: 'Văn An' }],
    });
    expect(ws.getCell('B6').note).toBe('Đã đối chiếu hồ sơ');
    expect(ws.getCell('C8').value).toBe('Nam');
    expect((ws.getCell('C8').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFFFFF00');
    expect(ws.getCell('E9').value).toBe('037190004567');
    expect(ws.getCell('A7').formula).toBe('A6+1');
    expect(ws.getCell('J6').value).toEqual({ text: 'an.nguyen@example.com', hyperlink: 'mailto:an.nguyen@example.com' });
    expect(ws.getCell('C7').dataValidation).toMatchObject({ type: 'list', formulae: ['DM!$A$1:$A$2'] });
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 5 });
    expect(ws.autoFilter).toBe('A5:K5');
    expect(ws.getColumn(11).hidden).toBe(true);
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
    expect(out.worksheets.map((s) => [s.name, s.state])).toEqual([
      ['To chuc', 'visible'], ['DM', 'hidden'], ['Cu', 'veryHidden'], [SHEET, 'visible'], ['Tong hop', 'visible'],
    ]);
    const again = JSON.parse((await runCliCaptured(['check', 'fixed.xlsx', '--json', '--as-of', '2025-12-30'], dir)).stdout);
    expect(again.files[0].findings.map((f: { cell: string; rule: string }) => `${f.cell} ${f.rule}`)).toEqual([
      'J8 cell-error-value', 'H9 cell-error-value',
    ]);
  });

  it('check --out: the marked copy keeps the user\'s note beside the finding, and every sheet as it was', async () => {
    const dir = path.dirname(c.file);
    const run = await runCliCaptured(['check', 'mechanics.xlsx', '--out', 'out', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(1);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(path.join(dir, 'out', 'mechanics.checked.xlsx'));
    const ws = out.getWorksheet(SHEET)!;
    const note = ws.getCell('B6').note as unknown as { texts: { text: string }[] } | string;
    const text = typeof note === 'string' ? note : note.texts.map((t) => t.text).join('');
    expect(text).toMatch(/^Đã đối chiếu hồ sơ\n\[Cảnh báo\] /);
    expect(ws.getCell('B6').value).toEqual(book().getWorksheet(SHEET)!.getCell('B6').value);
    expect(out.getWorksheet('Cu')!.state).toBe('veryHidden');
    expect(ws.getCell('A7').formula).toBe('A6+1');
  });
});
