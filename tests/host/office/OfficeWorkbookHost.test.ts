import { FakeExcel } from '../../../src/host/office/testing/FakeExcel';
import { OfficeWorkbookHost, STATE_SHEET_PREFIX } from '../../../src/host/office/OfficeWorkbookHost';
import { OfficeHostError } from '../../../src/host/office/errors';
import type { Finding, Severity } from '../../../src/core/findings';
import { makeFinding } from '../../../src/core/rules/makeFinding';

const ERROR_FILL = '#FFC7CE';
const WARNING_FILL = '#FFEB9C';

function finding(sheet: string, row: number, col: number, severity: Severity = 'error'): Finding {
  return makeFinding({ sheet, row, col, field: null, rule: severity === 'error' ? 'id-format' : 'phone-invalid', message: 'x' });
}

/** A member-like sheet: a title, a header row 3, then `rows` data rows of `cols` columns. */
function seed(excel: FakeExcel, name: string, rows: number, cols = 20) {
  const data: (string | number)[][] = [['DANH SÁCH ĐẢNG VIÊN'], [], Array.from({ length: cols }, (_, c) => `Cột ${c + 1}`)];
  for (let r = 0; r < rows; r++) {
    data.push(Array.from({ length: cols }, (_, c) => (c === 0 ? r + 1 : c === 4 ? 1e11 + r : `Nguyễn Văn ${r}-${c}`)));
  }
  return excel.addSheet(name, data);
}

function host(excel: FakeExcel) {
  return new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported });
}

describe('FakeExcel behaves like Office.js', () => {
  test('reading a property before load and sync throws; after sync it is there', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['x']]);
    await excel.run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem('A').getRange('A1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await ctx.sync();
      expect(range.values).toEqual([['x']]);
    });
  });

  test('a request above 5 MB is refused', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['x']]);
    await expect(
      excel.run(async (ctx) => {
        const big = Array.from({ length: 1000 }, () => [ 'y'.repeat(6000) ]);
        ctx.workbook.worksheets.getItem('A').getRangeByIndexes(0, 0, 1000, 1).values = big;
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
  });
});

describe('OfficeWorkbookHost reading', () => {
  test('reads cells at their Excel positions with number formats and displayed text', async () => {
    const excel = new FakeExcel();
    excel.addSheet('Đảng viên', [[], [null, 'Họ và tên', 'Số CCCD', 'Ngày sinh'], [null, 'Trần Thị Bình', 37153000257, 20000]],
      [[], [], [undefined, undefined, '000000000000', 'dd/mm/yyyy']]);
    excel.addSheet('Trống', []);
    const h = host(excel);
    expect(await h.listSheets()).toEqual(['Đảng viên', 'Trống']);
    const sheet = await h.readSheet('Đảng viên');
    expect(sheet.rows[1][1]).toEqual({ type: 'text', value: 'Họ và tên' });
    expect(sheet.rows[2][2]).toEqual({ type: 'number', value: 37153000257, format: '000000000000', text: '037153000257' });
    expect(sheet.rows[2][3]).toMatchObject({ type: 'number', value: 20000, format: 'dd/mm/yyyy', text: '03/10/1954' });
    expect(sheet.rows[0]).toEqual([]);
    expect((await h.readSheet('Trống')).rows).toEqual([]);
  });

  test('reads in chunks under the payload limit, retrying smaller when Excel refuses', async () => {
    const excel = new FakeExcel({ maxPayloadBytes: 600 * 1024 });
    seed(excel, 'DV', 6000, 20);
    const progress: number[] = [];
    const sheet = await host(excel).readSheet('DV', { onProgress: (p) => progress.push(p.rowsRead) });
    expect(sheet.rows.length).toBe(6003);
    expect(sheet.rows[6002][1]).toEqual({ type: 'text', value: 'Nguyễn Văn 5999-1' });
    expect(excel.stats.maxResponseBytes).toBeLessThanOrEqual(600 * 1024);
    expect(progress[progress.length - 1]).toBe(6003);
    expect(progress.length).toBeGreaterThan(3);
    expect(excel.stats.refused).toBeGreaterThan(0); // the first guess was too big for this smaller limit
  });

  test('reads only the rows asked for', async () => {
    const excel = new FakeExcel();
    seed(excel, 'DV', 100, 5);
    const sheet = await host(excel).readSheet('DV', { rows: { first: 50, last: 51 } });
    expect(sheet.rows[49][0]).toEqual({ type: 'number', value: 47, text: '47' });
    expect(sheet.rows[50][0]).toMatchObject({ value: 48 });
    expect(sheet.rows[10]).toEqual([]);
  });

  test('merged header cells are reported where ExcelApi 1.13 is available', async () => {
    const excel = new FakeExcel({ apiVersion: 13 });
    const s = seed(excel, 'DV', 5, 5);
    s.merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
    expect((await host(excel).readSheet('DV')).merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
    const old = new FakeExcel({ apiVersion: 7 });
    seed(old, 'DV', 5, 5).merges.push({ top: 1, left: 1, bottom: 1, right: 2 });
    expect((await host(old).readSheet('DV')).merges).toEqual([]);
  });

  test('an unknown sheet becomes a Vietnamese message', async () => {
    const excel = new FakeExcel();
    await expect(host(excel).readSheet('Không có')).rejects.toMatchObject({ kind: 'sheetMissing', message: expect.stringContaining('Không tìm thấy trang tính') });
  });
});

describe('OfficeWorkbookHost marking', () => {
  test('marks show red and yellow; the number of syncs does not grow with the number of findings', async () => {
    const counts: number[] = [];
    for (const n of [10, 3000]) {
      const excel = new FakeExcel();
      seed(excel, 'DV', 20000, 20);
      const h = host(excel);
      const findings = Array.from({ length: n }, (_, i) => finding('DV', 4 + Math.floor((i * 19997) / n), i % 20, i % 3 ? 'error' : 'warning'));
      excel.resetStats();
      await h.markFindings(findings);
      counts.push(excel.stats.syncs);
      expect(excel.stats.maxRequestBytes).toBeLessThan(4.5 * 1024 * 1024);
      const f = findings[1];
      expect(excel.displayedFill('DV', f.row - 1, f.col)).toBe(ERROR_FILL);
      expect(excel.displayedFill('DV', findings[0].row - 1, findings[0].col)).toBe(WARNING_FILL);
      expect(excel.displayedFill('DV', 2, 3)).toBeUndefined();
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test('clearMarks restores fills, fonts, formats and the user\'s own conditional formats exactly', async () => {
    const excel = new FakeExcel();
    seed(excel, 'DV', 50, 6);
    excel.setFill('DV', 'A3:F3', '#D9E1F2');
    excel.setFill('DV', 'C10', '#00FF00');
    excel.addUserConditionalFormat('DV', 'B4:B53', '=LEN(B4)>20', '#EEEEEE');
    const before = excel.formatSnapshot('DV');
    const sheetsBefore = excel.sheets.map((s) => s.name);
    const h = host(excel);
    await h.markFindings([finding('DV', 10, 2), finding('DV', 3, 0, 'warning')]);
    expect(excel.displayedFill('DV', 9, 2)).toBe(ERROR_FILL);
    expect(excel.displayedFill('DV', 2, 0)).toBe(WARNING_FILL);
    expect(excel.displayedFill('DV', 2, 1)).toBe('#D9E1F2');
    expect(excel.sheets.find((s) => s.name.startsWith(STATE_SHEET_PREFIX))?.visibility).toBe('VeryHidden');
    await h.clearMarks();
    expect(excel.formatSnapshot('DV')).toBe(before);
    expect(excel.sheets.map((s) => s.name)).toEqual(sheetsBefore);
    expect(excel.displayedFill('DV', 9, 2)).toBe('#00FF00');
  });

  test('re-marking after a fix clears only that cell; a new session starts from clean marks', async () => {
    const excel = new FakeExcel();
    seed(excel, 'DV', 30, 5);
    const h = host(excel);
    await h.markFindings([finding('DV', 5, 1), finding('DV', 6, 2)]);
    excel.resetStats();
    await h.markFindings([finding('DV', 6, 2)]);
    expect(excel.displayedFill('DV', 4, 1)).toBeUndefined();
    expect(excel.displayedFill('DV', 5, 2)).toBe(ERROR_FILL);

    const later = host(excel); // the pane was closed and opened again
    await later.markFindings([finding('DV', 8, 0)]);
    expect(excel.displayedFill('DV', 5, 2)).toBeUndefined();
    expect(excel.displayedFill('DV', 7, 0)).toBe(ERROR_FILL);
    await host(excel).markFindings([]); // opened again, everything fixed: the old marks go
    expect(excel.displayedFill('DV', 7, 0)).toBeUndefined();
    await later.clearMarks();
    expect(excel.displayedFill('DV', 7, 0)).toBeUndefined();
    expect(excel.sheets.some((s) => s.name.startsWith(STATE_SHEET_PREFIX))).toBe(false);
  });

  test('a protected sheet is reported in Vietnamese and the other sheets are still marked', async () => {
    const excel = new FakeExcel();
    seed(excel, 'Khóa', 10, 4).protected = true;
    seed(excel, 'DV', 10, 4);
    const h = host(excel);
    const err = await h.markFindings([finding('Khóa', 5, 1), finding('DV', 5, 1)]).catch((e) => e);
    expect(err).toBeInstanceOf(OfficeHostError);
    expect(err.kind).toBe('protected');
    expect(err.message).toContain('"Khóa" đang được bảo vệ');
    expect(excel.displayedFill('DV', 4, 1)).toBe(ERROR_FILL);
  });
});

describe('OfficeWorkbookHost settings, selection and live edits', () => {
  test('settings round-trip through the workbook', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['x']]);
    const h = host(excel);
    expect(await h.getSetting('overrides')).toBeUndefined();
    await h.setSetting('overrides', [{ sheet: 'A', kind: 'members', columns: { 2: 'nationalId' } }]);
    expect(await host(excel).getSetting('overrides')).toEqual([{ sheet: 'A', kind: 'members', columns: { 2: 'nationalId' } }]);
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const excel = new FakeExcel();
    excel.addSheet('A', [['x']]);
    excel.addSheet('B', [['y']]);
    await host(excel).selectCell('B', 12, 4);
    expect(excel.activeSheet).toBe('B');
    expect(excel.selection).toEqual({ sheet: 'B', address: 'E12' });
  });

  test('edits and selections in the sheet reach the listeners with Excel rows', async () => {
    const excel = new FakeExcel();
    seed(excel, 'DV', 10, 4);
    const h = host(excel);
    const changes: unknown[] = [];
    const selections: unknown[] = [];
    h.onRowsChanged((c) => changes.push(c));
    h.onCellSelected((c) => selections.push(c));
    await h.watchSheets();
    await excel.userEdit('DV', 'C7', 'Lê Văn Tám');
    await excel.userEdit('DV', 'A4:D5', '');
    await excel.userSelect('DV', 'B9');
    expect(changes).toEqual([{ sheet: 'DV', first: 7, last: 7 }, { sheet: 'DV', first: 4, last: 5 }]);
    expect(selections).toEqual([{ sheet: 'DV', row: 9, col: 1 }]);
  });

  test('applyChanges writes values and number formats', async () => {
    const excel = new FakeExcel();
    seed(excel, 'DV', 10, 5);
    await host(excel).applyChanges([{ sheet: 'DV', row: 5, col: 4, fix: { value: '037153000257', format: '@' } }]);
    expect(excel.value('DV', 'E5')).toBe('037153000257');
    expect(excel.sheet('DV').format(4, 4)).toBe('@');
  });
});

describe('OfficeWorkbookHost notes (ExcelApi 1.18)', () => {
  test('marked cells get a note with the message; the user\'s notes are kept; clearMarks removes only ours', async () => {
    const excel = new FakeExcel({ apiVersion: 18 });
    seed(excel, 'DV', 20, 5);
    excel.addUserNote('DV', 'C6', 'Ghi chú của cán bộ');
    const before = excel.formatSnapshot('DV');
    const h = host(excel);
    const a = makeFinding({ sheet: 'DV', row: 5, col: 1, field: null, rule: 'id-format', message: 'Số CCCD có 11 chữ số' });
    const b = makeFinding({ sheet: 'DV', row: 6, col: 2, field: null, rule: 'id-format', message: 'Lỗi ở ô có ghi chú' });
    const info = makeFinding({ sheet: 'DV', row: 7, col: 2, field: null, rule: 'id-format', message: 'gợi ý', severity: 'info' });
    await h.markFindings([a, b, info]);
    const notes = excel.sheet('DV').notes;
    expect(notes.get('B5')).toBe('Rà soát: Số CCCD có 11 chữ số');
    expect(notes.get('C6')).toBe('Ghi chú của cán bộ');
    expect(notes.has('C7')).toBe(false);

    // The message changes: the note follows; the fixed cell loses its note.
    const a2 = { ...a, message: 'Số CCCD có 10 chữ số' };
    await h.markFindings([a2]);
    expect(notes.get('B5')).toBe('Rà soát: Số CCCD có 10 chữ số');
    await h.clearMarks();
    expect(excel.formatSnapshot('DV')).toBe(before);
  });

  test('without ExcelApi 1.18 no notes are written and marking still works', async () => {
    const excel = new FakeExcel({ apiVersion: 7 });
    seed(excel, 'DV', 10, 5);
    await host(excel).markFindings([finding('DV', 5, 1)]);
    expect(excel.sheet('DV').notes.size).toBe(0);
    expect(excel.displayedFill('DV', 4, 1)).toBe(ERROR_FILL);
  });

  test('notes cost a fixed number of syncs, whatever the number of findings', async () => {
    const counts: number[] = [];
    for (const n of [5, 400]) {
      const excel = new FakeExcel({ apiVersion: 18 });
      seed(excel, 'DV', 2000, 10);
      excel.resetStats();
      await host(excel).markFindings(Array.from({ length: n }, (_, i) => finding('DV', 4 + i * 4, i % 10)));
      counts.push(excel.stats.syncs);
      expect(excel.sheet('DV').notes.size).toBe(n);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

test('text in a column typed in a TCVN3 font reports its font, so legacy text can be recognised', async () => {
  const excel = new FakeExcel();
  excel.addSheet('DV', [['Hä vµ tªn', 'Ghi chú'], ['NguyÔn V¨n A', 'ok'], ['TrÇn ThÞ B', 'ok']]);
  excel.setFont('DV', 'A1:A3', '.VnTime');
  const sheet = await host(excel).readSheet('DV');
  expect(sheet.rows[1][0]).toEqual({ type: 'text', value: 'NguyÔn V¨n A', font: '.VnTime' });
  expect(sheet.rows[1][1]).toEqual({ type: 'text', value: 'ok' });
});
