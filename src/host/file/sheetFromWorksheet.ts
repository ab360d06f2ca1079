import ExcelJS from 'exceljs';
import type { CellRange, SheetData } from '../../core/cells';
import type { ReadOptions } from '../WorkbookHost';
import { cellFromExcel, isUncalculatedFormula } from './cellFromExcel';
import { FILE_ERRORS } from '../../core/strings/cli';

const PROGRESS_EVERY = 2000;

/**
 * A worksheet → SheetData (0-based rows and columns). Cells hidden under a merge are left empty, as Excel shows them.
 * defaultFont: the workbook's default font name, the font of cells without one of their own.
 */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet, options: ReadOptions = {}, defaultFont?: string): SheetData {
  const rows: SheetData['rows'] = [];
  const first = options.rows?.first ?? 1;
  const last = options.rows?.last ?? Number.MAX_SAFE_INTEGER;
  const total = Math.min(ws.rowCount, last) - first + 1;
  let read = 0;
  const uncalculated: { row: number; col: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber < first || rowNumber > last) return;
    if (options.signal?.aborted) throw abortError();
    const cells: SheetData['rows'][number] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const c = cellFromExcel(cell, defaultFont);
      if (c) cells[colNumber - 1] = c;
      else if (isUncalculatedFormula(cell)) uncalculated.push({ row: rowNumber - 1, col: colNumber - 1 });
    });
    if (cells.length) rows[rowNumber - 1] = cells;
    read++;
    if (options.onProgress && read % PROGRESS_EVERY === 0) {
      options.onProgress({ sheet: ws.name, rowsRead: read, rowsTotal: Math.max(total, read) });
    }
  });
  options.onProgress?.({ sheet: ws.name, rowsRead: read, rowsTotal: read });
  // Dense outer array: blank rows are [] so `sheet.rows[r][c]` is always safe to read.
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  const sheet: SheetData = { name: ws.name, rows, merges: mergesOf(ws) };
  if (uncalculated.length) sheet.uncalculated = uncalculated;
  return sheet;
}

/** Merged ranges, 0-based. exceljs keeps them in a private map keyed by the master cell. */
export function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = (ws as unknown as { _merges?: Record<string, { model?: { top: number; left: number; bottom: number; right: number } }> })
    ._merges;
  if (!merges) return [];
  const out: CellRange[] = [];
  for (const m of Object.values(merges)) {
    if (!m || !m.model) continue;
    const { top, left, bottom, right } = m.model;
    out.push({ top: top - 1, left: left - 1, bottom: bottom - 1, right: right - 1 });
  }
  return out;
}

function abortError(): Error {
  const e = new Error(FILE_ERRORS.aborted);
  e.name = 'AbortError';
  return e;
}
