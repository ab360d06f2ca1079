import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { loadXlsxFile } from '../../../src/host/file/loadXlsx';
import { makeFinding } from '../../../src/core/rules/makeFinding';
import { cellAt } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { RESULT_SHEET } from '../../../src/core/strings/cli';
import { MARK_FILL_ARGB } from '../../../src/host/file/markStyles';
import { SETTINGS_SHEET } from '../../../src/host/file/settingsSheet';
import { makeTempDir, memberSheet, readBack, writeWorkbook } from '../../helpers/xlsx';
import * as path from 'path';
import type ExcelJS from 'exceljs';

const fillOf = (c: ExcelJS.Cell) => (c.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;
const noteOf = (c: ExcelJS.Cell) => {
  const n = c.note as unknown;
  if (!n) return '';
  if (typeof n === 'string') return n;
  return ((n as { texts: { text: string }[] }).texts ?? []).map((t) => t.text).join('');
};

describe('FileWorkbookHost marks, changes and settings', () => {
  const dir = makeTempDir();
  let file: string;
  beforeAll(async () => {
    const sheet = memberSheet();
    // Give E7 an existing note and a style shared with E6 (same font), to check both survive clearMarks.
    sheet.rows[6][4] = { v: '001080012345', note: 'Ghi chú của người dùng', font: 'Times New Roman' };
    sheet.rows[5][4] = { v: '037153000257', font: 'Times New Roman' };
    file = await writeWorkbook(dir, 'in.xlsx', [sheet]);
  });

  const findings = [
    makeFinding({ sheet: 'Đảng viên', row: 7, col: 4, field: 'nationalId', rule: 'id-format', message: 'Số CCCD ở E7 sai.' }),
    makeFinding({ sheet: 'Đảng viên', row: 7, col: 4, field: 'nationalId', rule: 'id-stored-as-number', message: 'Lưu dạng số.', suggestion: 'Lưu dạng văn bản' }),
    makeFinding({ sheet: 'Đảng viên', row: 8, col: 3, field: 'birthDate', rule: 'date-text', message: 'Ngày sinh ở D8 là chữ.', suggestion: '02/09/1975' }),
  ];

  it('fills, annotates and lists findings, and the saved copy keeps them', async () => {
    const host = new FileWorkbookHost(await loadXlsxFile(file));
    await host.markFindings(findings);
    const out = path.join(dir, 'out.xlsx');
    await host.saveAs(out);

    const wb = await readBack(out);
    const ws = wb.getWorksheet('Đảng viên')!;
    expect(fillOf(ws.getCell('E7'))).toBe(MARK_FILL_ARGB.error); // worst of error + warning
    expect(fillOf(ws.getCell('D8'))).toBe(MARK_FILL_ARGB.warning);
    expect(fillOf(ws.getCell('E6'))).toBeUndefined(); // shared style not touched
    expect(noteOf(ws.getCell('E7'))).toContain('Ghi chú của người dùng');
    expect(noteOf(ws.getCell('E7'))).toContain('Số CCCD ở E7 sai.');
    expect(noteOf(ws.getCell('E7'))).toContain('Lưu dạng số.');
    expect(ws.getCell('E7').font?.name).toBe('Times New Roman');

    const rs = wb.getWorksheet(RESULT_SHEET.name)!;
    expect(rs.getRow(1).values).toEqual([undefined, ...RESULT_SHEET.headers]);
    expect(rs.rowCount).toBe(1 + findings.length);
    const link = rs.getCell('B2').value as { formula: string; result: string };
    expect(link.result).toBe('E7');
    expect(link.formula).toBe(`HYPERLINK("#'Đảng viên'!E7","E7")`);
    expect(rs.getCell('C2').value).toBe('Lỗi');
    expect(rs.getCell('D4').value).toBe('Sạch');
    expect(rs.getCell('H4').value).toBe('02/09/1975');
    expect(rs.autoFilter).toBeTruthy();
    expect(rs.getColumn(7).width).toBeGreaterThan(40);
  });

  it('clearMarks restores each cell exactly and removes the result sheet', async () => {
    const host = new FileWorkbookHost(await loadXlsxFile(file));
    await host.markFindings(findings);
    await host.clearMarks();
    const wb = await readBack(await (async () => { const p = path.join(dir, 'cleared.xlsx'); await host.saveAs(p); return p; })());
    const ws = wb.getWorksheet('Đảng viên')!;
    expect(fillOf(ws.getCell('E7'))).toBeUndefined();
    expect(fillOf(ws.getCell('D8'))).toBeUndefined();
    expect(noteOf(ws.getCell('E7'))).toBe('Ghi chú của người dùng');
    expect(noteOf(ws.getCell('D8'))).toBe('');
    expect(wb.getWorksheet(RESULT_SHEET.name)).toBeUndefined();
  });

  it('applies changes: IDs as text with "@", dates as real dates', async () => {
    const host = new FileWorkbookHost(await loadXlsxFile(file));
    await host.applyChanges([
      { sheet: 'Đảng viên', row: 8, col: 4, fix: { value: '037075001234', format: '@' } },
      { sheet: 'Đảng viên', row: 8, col: 3, fix: { value: serialFromYmd(1975, 9, 2), isDate: true, format: 'dd/mm/yyyy' } },
      { sheet: 'Đảng viên', row: 9, col: 1, fix: { value: 'Phạm Thị Hoa', font: 'Times New Roman' } },
    ]);
    const s = await host.readSheet('Đảng viên');
    expect(cellAt(s, 7, 4)).toMatchObject({ type: 'text', value: '037075001234', format: '@' });
    expect(cellAt(s, 7, 3)).toMatchObject({ type: 'date', value: serialFromYmd(1975, 9, 2), format: 'dd/mm/yyyy' });
    expect(cellAt(s, 8, 1)).toMatchObject({ value: 'Phạm Thị Hoa', font: 'Times New Roman' });
  });

  it('keeps settings in a very hidden sheet that is not listed', async () => {
    const host = new FileWorkbookHost(await loadXlsxFile(file));
    expect(await host.getSetting('overrides')).toBeUndefined();
    const big = { note: 'ă'.repeat(70000), list: [1, 2, 3] };
    await host.setSetting('overrides', big);
    await host.setSetting('province', 'Ninh Bình');
    const p = path.join(dir, 'settings.xlsx');
    await host.saveAs(p);
    const again = new FileWorkbookHost(await loadXlsxFile(p));
    expect(await again.getSetting('overrides')).toEqual(big);
    expect(await again.getSetting('province')).toBe('Ninh Bình');
    expect(await again.listSheets()).toEqual(['Đảng viên']);
    expect(again.workbook.getWorksheet(SETTINGS_SHEET)?.state).toBe('veryHidden');
  });
});
