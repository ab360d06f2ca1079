import { createHash } from 'crypto';
import { readFileSync, existsSync } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { serialFromIso } from '../../src/core/dates';
import { checkWorkbook } from '../../src/core/engine';
import { computeProgress } from '../../src/core/reports/progress';
import { buildProgressSheet } from '../../src/core/reports/progressSheet';
import { encodeTcvn3 } from '../../src/core/text/legacyEncode';
import { sheetFromWorksheet } from '../../src/host/file/sheetFromWorksheet';
import { writeWorkbookBuffer } from '../../src/host/file/writeSheetSpec';
import { readZipDirectory } from '../../src/host/file/zipDirectory';
import { runCliCaptured } from '../helpers/cli';
import { makeTempDir, readBack, utcDate, writeBytes } from '../helpers/xlsx';

/**
 * `dvcheck fix` end to end on an .xlsx built here with the things users' workbooks have: a merged title, a styled
 * header, borders, fills, bold fonts, column widths, formulas, a second unrelated sheet. FIXED.xlsx must differ
 * from the input only in the fixed cells, and the input's bytes must not change.
 */

const THIN = { style: 'thin' } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const YELLOW: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Dân tộc', 'Số điện thoại'];

/** Clean members: [name, gender, birth, id, admission, official, branch, ethnicity, phone]. */
const CLEAN: ExcelJS.CellValue[][] = [
  ['Nguyễn Thị Lan', 'Nữ', utcDate(1953, 4, 12), '037153000257', utcDate(1975, 3, 26), utcDate(1976, 3, 26), 'Chi bộ Thôn 1', 'Kinh', '0912345678'],
  ['Trần Văn Minh', 'Nam', utcDate(1980, 6, 5), '001080012345', utcDate(2005, 5, 19), utcDate(2006, 5, 19), 'Chi bộ Thôn 1', 'Kinh', '0987654321'],
  ['Lê Văn Hùng', 'Nam', utcDate(1975, 9, 2), '037075001234', utcDate(2000, 1, 3), utcDate(2001, 1, 3), 'Chi bộ Thôn 2', 'Tày', '0903111222'],
  ['Phạm Thị Hoa', 'Nữ', utcDate(1990, 7, 15), '037190005678', utcDate(2015, 2, 3), utcDate(2016, 2, 3), 'Chi bộ Thôn 2', 'Kinh', '0356789012'],
  ['Vũ Đức Thắng', 'Nam', utcDate(1968, 1, 20), '037068004321', utcDate(1995, 8, 1), utcDate(1996, 8, 1), 'Chi bộ Thôn 1', 'Kinh', '0978123456'],
];

/** Excel rows of the dirty members (data starts at row 4). */
const R = { legacy: 9, idNumber: 10, formula: 11, phone: 12, link: 13 };

async function buildInput(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const orgs = wb.addWorksheet('Tổ chức đảng');
  orgs.addRow(['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
  orgs.addRow([1, 'Đảng bộ xã Yên Lạc', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động']);
  orgs.addRow([2, 'Chi bộ Thôn 1', 'chi bo co so', 'Đảng bộ xã Yên Lạc', 'Đang hoạt động']);
  orgs.addRow([3, 'Chi bộ Thôn 2', 'Chi bộ cơ sở', 'Đảng bộ xã Yên Lạc', 'Đang hoạt động']);
  orgs.getRow(1).font = { bold: true };

  const ws = wb.addWorksheet('Đảng viên');
  ws.getCell('A1').value = 'DANH SÁCH ĐẢNG VIÊN';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.getCell('A1').alignment = { horizontal: 'center' };
  ws.mergeCells('A1:J1');
  HEADER.forEach((h, c) => {
    const cell = ws.getCell(3, c + 1);
    cell.value = h;
    cell.style = { font: { bold: true }, fill: HEADER_FILL, border: BORDER, alignment: { wrapText: true, vertical: 'middle' } };
  });
  ws.columns.forEach((col, c) => (col.width = [6, 28, 10, 12, 16, 12, 12, 18, 10, 14][c]));
  const rows: ExcelJS.CellValue[][] = [...CLEAN];
  // 9: TCVN3 name in bold .VnTime on a yellow fill; birth date as ISO text; gender variant
  rows.push([encodeTcvn3('Đỗ Thị Huệ'), 'nu', '1972-11-30', '037172009876', utcDate(1998, 3, 3), utcDate(1999, 3, 3), 'Chi bộ Thôn 1', 'Kinh', '0913000111']);
  // 10: ID a number that lost its zero, ethnicity in capitals, lower-case name with a double space
  rows.push(['hoàng  văn nam', 'Nam', utcDate(1985, 12, 1), 37085009999, utcDate(2010, 6, 1), utcDate(2011, 6, 1), 'Chi bộ Thôn 2', 'KINH', '0904555666']);
  // 11: a name computed by a formula (cached result in lower case): left alone
  rows.push([{ formula: 'LOWER("Bùi Văn Tâm")', result: 'bùi văn tâm' } as ExcelJS.CellValue, 'Nam', utcDate(1979, 2, 2), '037079004567', utcDate(2004, 2, 2), utcDate(2005, 2, 2), 'Chi bộ Thôn 1', 'Kinh', '0905666777']);
  // 12: old 11-digit mobile number as text, admission date as d/m/yyyy text
  rows.push(['Đặng Thu Hà', 'Nữ', utcDate(1988, 8, 8), '037188001111', '2/9/2012', utcDate(2013, 9, 2), 'Chi bộ Thôn 2', 'Kinh', '01663456789']);
  // 13: a name kept as a link (to a profile): rewriting it as plain text would drop the link, so it is left alone
  rows.push([{ text: 'trần văn bảo', hyperlink: 'https://example.invalid/ho-so/13' } as ExcelJS.CellValue, 'Nam', utcDate(1982, 4, 4), '037082002222', utcDate(2008, 4, 4), utcDate(2009, 4, 4), 'Chi bộ Thôn 1', 'Kinh', '0906777888']);
  rows.forEach((values, i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = { formula: `ROW()-3`, result: i + 1 };
    values.forEach((v, c) => {
      const cell = ws.getCell(r, c + 2);
      cell.value = v;
      cell.border = BORDER;
      if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
      if (typeof v === 'string' && /^0\d+$/.test(v)) cell.numFmt = '@';
    });
    ws.getCell(r, 4).alignment = { horizontal: 'center' };
  });
  const legacy = ws.getCell(R.legacy, 2);
  legacy.font = { name: '.VnTime', bold: true, size: 13 };
  legacy.fill = YELLOW;
  ws.getCell(R.idNumber, 2).font = { name: 'Arial', italic: true };

  const notes = wb.addWorksheet('Ghi chú');
  notes.getCell('A1').value = '  Ghi chú  của   văn phòng  ';
  notes.getCell('B2').value = { formula: 'LEN(A1)', result: 27 };
  notes.getCell('C3').value = 37085009999;
  notes.getColumn(1).width = 40;

  const file = path.join(dir, 'dang-vien.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Every cell of every sheet, with its value, type, number format and style, by "sheet!A1". */
function cellsOf(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, JSON.stringify({ v: cell.value, t: cell.type, f: cell.numFmt, s: cell.style }));
      }),
    );
  }
  return out;
}

function differences(a: ExcelJS.Workbook, b: ExcelJS.Workbook): string[] {
  const x = cellsOf(a);
  const y = cellsOf(b);
  const keys = new Set([...x.keys(), ...y.keys()]);
  return [...keys].filter((k) => x.get(k) !== y.get(k)).sort();
}

describe('dvcheck fix', () => {
  const dir = makeTempDir('dvcheck-fix-');
  let input: string;
  let inputHash: string;
  beforeAll(async () => {
    input = await buildInput(dir);
    inputHash = sha(input);
  });

  it('writes a repaired copy that differs from the input only in the fixed cells', async () => {
    const run = await runCliCaptured(['fix', 'dang-vien.xlsx', '--out', 'ket-qua/da-sua.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(inputHash);

    const before = await readBack(input);
    const after = await readBack(path.join(dir, 'ket-qua/da-sua.xlsx'));
    expect(differences(before, after)).toEqual(
      [
        'Tổ chức đảng!C3', // chi bo co so → Chi bộ cơ sở
        `Đảng viên!B${R.legacy}`, `Đảng viên!C${R.legacy}`, `Đảng viên!D${R.legacy}`,
        `Đảng viên!B${R.idNumber}`, `Đảng viên!E${R.idNumber}`, `Đảng viên!I${R.idNumber}`,
        `Đảng viên!F${R.phone}`, `Đảng viên!J${R.phone}`,
      ].sort(),
    );

    const ws = after.getWorksheet('Đảng viên')!;
    const was = before.getWorksheet('Đảng viên')!;
    const legacy = ws.getCell(`B${R.legacy}`);
    expect(legacy.value).toBe('Đỗ Thị Huệ');
    expect(legacy.font).toEqual({ ...was.getCell(`B${R.legacy}`).font, name: 'Times New Roman' });
    expect(legacy.fill).toEqual(YELLOW);
    expect(legacy.border).toEqual(was.getCell(`B${R.legacy}`).border);
    expect(ws.getCell(`C${R.legacy}`).value).toBe('Nữ');
    const birth = ws.getCell(`D${R.legacy}`);
    expect(birth.value).toEqual(utcDate(1972, 11, 30));
    expect(birth.numFmt).toBe('dd/mm/yyyy');
    expect(birth.alignment).toEqual({ horizontal: 'center' });
    expect(ws.getCell(`B${R.idNumber}`).value).toBe('Hoàng Văn Nam');
    expect(ws.getCell(`B${R.idNumber}`).font).toEqual(was.getCell(`B${R.idNumber}`).font);
    expect(ws.getCell(`E${R.idNumber}`).value).toBe('037085009999');
    expect(ws.getCell(`E${R.idNumber}`).numFmt).toBe('@');
    expect(ws.getCell(`I${R.idNumber}`).value).toBe('Kinh');
    expect(ws.getCell(`F${R.phone}`).value).toEqual(utcDate(2012, 9, 2));
    expect(ws.getCell(`J${R.phone}`).value).toBe('0363456789');
    // The formula stays a formula, even though its result is not in Title Case.
    expect(ws.getCell(`B${R.formula}`).formula).toBe('LOWER("Bùi Văn Tâm")');

    // Merges, widths, sheet order survive.
    expect(after.worksheets.map((s) => s.name)).toEqual(['Tổ chức đảng', 'Đảng viên', 'Ghi chú']);
    expect(ws.model.merges).toEqual(was.model.merges);
    expect(ws.columns.map((c) => c.width)).toEqual(was.columns.map((c) => c.width));
    expect(after.getWorksheet('Ghi chú')!.getColumn(1).width).toBe(40);

    expect(run.stdout).toContain('Đã sửa 9 ô');
    expect(run.stdout).toContain('Chữ gõ bằng phông cũ (TCVN3/VNI): 1 ô [text-legacy-encoding]');
    expect(run.stdout).toContain('Ngày lưu dạng chữ: 2 ô [date-text]');
    expect(run.stdout).toContain('2 ô chứa công thức hoặc liên kết nên không sửa tự động');
    expect(ws.getCell(`B${R.link}`).value).toEqual(was.getCell(`B${R.link}`).value);
    expect(run.stdout).toContain('ket-qua/da-sua.xlsx');
    expect(run.stdout).not.toContain('Lưu ý');
  });

  it('warns when the input has charts the copy cannot keep', async () => {
    const wb = await readBack(input);
    const sheets = wb.worksheets.map((ws) => sheetFromWorksheet(ws));
    const asOf = serialFromIso('2025-12-30')!;
    const report = computeProgress(checkWorkbook(sheets, { asOf }), asOf);
    writeBytes(dir, 'co-bieu-do.xlsx', await writeWorkbookBuffer(wb, [buildProgressSheet(report)]));
    const run = await runCliCaptured(['fix', 'co-bieu-do.xlsx', '--out', 'co-bieu-do-da-sua.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Lưu ý: tệp gốc có biểu đồ');
    // The warning is true: the library writing the copy drops the chart parts.
    const names = (readZipDirectory(readFileSync(path.join(dir, 'co-bieu-do-da-sua.xlsx'))) ?? []).map((e) => e.name);
    expect(names.some((n) => n.startsWith('xl/worksheets/'))).toBe(true);
    expect(names.filter((n) => n.startsWith('xl/charts/'))).toEqual([]);
  });

  it('a second fix of the repaired copy finds nothing to change', async () => {
    const run = await runCliCaptured(['fix', 'ket-qua/da-sua.xlsx', '--out', 'lan-hai.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Không có ô nào cần sửa tự động.');
    const a = await readBack(path.join(dir, 'ket-qua/da-sua.xlsx'));
    const b = await readBack(path.join(dir, 'lan-hai.xlsx'));
    expect(differences(a, b)).toEqual([]);
  });

  it('--rules restricts the repair to the named rules', async () => {
    const run = await runCliCaptured(['fix', 'dang-vien.xlsx', '--out', 'chi-ngay.xlsx', '--rules', 'date-text', '--as-of', '2025-12-30'], dir);
    expect(run.code).toBe(0);
    const before = await readBack(input);
    const after = await readBack(path.join(dir, 'chi-ngay.xlsx'));
    expect(differences(before, after)).toEqual([`Đảng viên!D${R.legacy}`, `Đảng viên!F${R.phone}`]);
    expect(run.stdout).toContain('Chỉ sửa theo các quy tắc: date-text.');
    expect(sha(input)).toBe(inputHash);
  });

  it('refuses to write over the input, however it is named', async () => {
    for (const out of ['dang-vien.xlsx', './dang-vien.xlsx', path.join(dir, 'dang-vien.xlsx')]) {
      const run = await runCliCaptured(['fix', 'dang-vien.xlsx', '--out', out], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('không bao giờ ghi đè tệp gốc');
    }
    expect(sha(input)).toBe(inputHash);
  });

  it.each([
    [['fix', 'dang-vien.xlsx'], '--out'],
    [['fix', '--out', 'x.xlsx'], 'Chưa có tệp'],
    [['fix', 'dang-vien.xlsx', 'khac.xlsx', '--out', 'x.xlsx'], 'một tệp mỗi lần'],
    [['fix', 'dang-vien.xlsx', '--out', 'x.csv'], 'đuôi .xlsx'],
    [['fix', 'dang-vien.xlsx', '--out', 'x.xlsx', '--as-of', '30/12/2025'], '--as-of'],
    [['fix', 'dang-vien.xlsx', '--out', 'x.xlsx', '--rules', 'duplicate-id'], 'name-case'],
    [['fix', 'dang-vien.xlsx', '--out', 'x.xlsx', '--rules', 'khong-co,date-text'], 'khong-co'],
    [['fix', 'dang-vien.xlsx', '--out', 'x.xlsx', '--rules'], '--rules'],
    [['fix', 'dang-vien.xlsx', '--out', 'x.xlsx', '--sua-het'], '--sua-het'],
    [['fix', 'khong-co.xlsx', '--out', 'x.xlsx'], 'Không tìm thấy tệp'],
  ])('exits 2 with a Vietnamese message: %j', async (argv, words) => {
    const run = await runCliCaptured(argv, dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(words);
    expect(run.stdout).toBe('');
    expect(existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
  });

  it('exits 2 on a file that is not an .xlsx', async () => {
    writeBytes(dir, 'hong.xlsx', 'họ tên,ngày sinh\n');
    const run = await runCliCaptured(['fix', 'hong.xlsx', '--out', 'x.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('không phải là tệp Excel');
  });

  it('lists the fixable rules with their titles when asked for another', async () => {
    const run = await runCliCaptured(['fix', 'dang-vien.xlsx', '--out', 'x.xlsx', '--rules', 'org-size'], dir);
    expect(run.stderr).toMatch(/text-legacy-encoding\s+Chữ gõ bằng phông cũ/);
    expect(run.stderr).not.toMatch(/^\s+org-size/m);
  });

  it('prints its help', async () => {
    const run = await runCliCaptured(['fix', '--help'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('dvcheck fix TỆP.xlsx --out');
  });
});
