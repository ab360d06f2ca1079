/**
 * The file host (exceljs; the standalone page) has the same repair-with-undo methods: the snapshot goes into the
 * very hidden "dvcheck_undo" sheet of the .xlsx, so undo works after the bytes are saved and opened again.
 */
import ExcelJS from 'exceljs';
import { mainRule, planFixes } from '../../../src/core/fix';
import { countByRule } from '../../../src/core/fix/undoRecord';
import { encodeTcvn3 } from '../../../src/core/text/legacyEncode';
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { UNDO_SHEET } from '../../../src/host/file/undo/fileRepair';
import { AS_OF } from './undoSupport';

const SHEET = 'Đảng viên';

function workbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRow(['DANH SÁCH ĐẢNG VIÊN']);
  ws.addRow([]);
  ws.addRow(['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số điện thoại']);
  ws.addRow([1, 'Nguyễn Văn An', 'Nam', new Date(Date.UTC(1970, 2, 12)), '037070001234', '0912345678']);
  ws.addRow([2, '  Trần   Thị Bình ', 'nữ', '2/7/1975', 37175002345, '987654321']);
  ws.addRow([3, encodeTcvn3('Lê Văn Cường'), 'Nam', new Date(Date.UTC(1980, 0, 20)), '037080003456', '0903123456']);
  for (const r of [4, 6]) ws.getCell(r, 4).numFmt = 'dd/mm/yyyy';
  for (const r of [4, 6]) for (const c of [5, 6]) ws.getCell(r, c).numFmt = '@';
  ws.getCell(6, 2).font = { name: '.VnTime', size: 13, bold: true };
  ws.getCell(5, 2).font = { name: 'Times New Roman', italic: true };
  return wb;
}

/** Value (with its JS type), number format and font of every cell of the sheet. */
function state(wb: ExcelJS.Workbook): string {
  const ws = wb.getWorksheet(SHEET)!;
  const out: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) =>
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const v = cell.value instanceof Date ? `date:${cell.value.toISOString()}` : cell.value;
      out.push([r, c, typeof cell.value, v, cell.numFmt ?? null, cell.font ?? null]);
    }),
  );
  return JSON.stringify(out);
}

async function reopen(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const bytes = await new FileWorkbookHost(wb).writeBuffer();
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(bytes as unknown as ArrayBuffer);
  return again;
}

test('apply with undo, save, reopen, undo: every cell back with its value, type, number format and font', async () => {
  const original = await reopen(workbook());
  const before = state(original);
  const host = new FileWorkbookHost(original);
  const sheets = [await host.readSheet(SHEET)];
  const plan = planFixes(sheets, { asOf: AS_OF });
  expect(plan.changes.length).toBeGreaterThanOrEqual(5);
  const result = await host.applyChangesWithUndo(
    plan.changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, fix: c.after })),
    countByRule(plan.changes.map(mainRule)),
  );
  expect(result).toEqual({ written: plan.changes.length, skippedFormulas: 0, ctrlZ: false });
  expect(original.getWorksheet(SHEET)!.getCell('B5').value).toBe('Trần Thị Bình');
  expect(original.getWorksheet(SHEET)!.getCell('F5').value).toBe('0987654321');

  const reopened = await reopen(original);
  expect(reopened.getWorksheet(UNDO_SHEET)?.state).toBe('veryHidden');
  expect(state(reopened)).not.toBe(before);
  const host2 = new FileWorkbookHost(reopened);
  expect(await host2.listSheets()).toEqual([SHEET]);
  expect((await host2.lastRepair())?.cells).toBe(plan.changes.length);
  expect(await host2.undoLastRepair()).toEqual({ restored: plan.changes.length, keptEdited: 0 });
  expect(state(reopened)).toBe(before);
  expect(state(await reopen(reopened))).toBe(before);
  expect(reopened.getWorksheet(UNDO_SHEET)).toBeUndefined();
  expect(await host2.undoLastRepair()).toEqual({ restored: 0, keptEdited: 0, nothing: true });
});

test('a formula is never overwritten; a cell edited after the repair keeps the edit', async () => {
  const wb = workbook();
  const host = new FileWorkbookHost(wb);
  const plan = planFixes([await host.readSheet(SHEET)], { asOf: AS_OF });
  const ws = wb.getWorksheet(SHEET)!;
  ws.getCell('C5').value = { formula: 'LOWER("NỮ")', result: 'nữ' };
  const changes = plan.changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, fix: c.after }));
  const result = await host.applyChangesWithUndo(changes, {});
  expect(result.skippedFormulas).toBe(plan.changes.some((c) => c.row === 5 && c.col === 2) ? 1 : 0);
  ws.getCell('B5').value = 'Trần Thị Bích';
  const undo = await host.undoLastRepair();
  expect(undo.keptEdited).toBe(1);
  expect(undo.restored).toBe(result.written - 1);
  expect(ws.getCell('B5').value).toBe('Trần Thị Bích');
  expect(ws.getCell('F5').value).toBe('987654321');
});
