import type ExcelJS from 'exceljs';
import { serialFromUtcDate } from '../../../core/dates';
import {
  deserialiseUndo, parseUndoHeader, serialiseUndo, type UndoCell, type UndoSummary, type UndoValue,
} from '../../../core/fix/undoRecord';
import type { CellChange } from '../../WorkbookHost';

/**
 * The file host's undo snapshot (exceljs): the same record as in Excel, in the same very hidden sheet, so a copy
 * repaired by the standalone page can be undone later — in the page or in Excel's pane.
 */
export const UNDO_SHEET = 'dvcheck_undo';

/** What exceljs needs beyond the plain value to put a cell back exactly. */
interface FileRaw {
  /** The exceljs value where it is not a plain one: a date (ISO), rich text, a hyperlink. */
  v?: unknown;
  date?: string;
  numFmt?: string | null;
  font?: Partial<ExcelJS.Font> | null;
}

export function isFormulaCell(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

/** A cell's value as the undo record compares it: dates as serials, empty as null. */
export function plainValue(value: unknown): UndoValue {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return serialFromUtcDate(value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  const o = value as { text?: unknown; richText?: { text: string }[] };
  if (Array.isArray(o.richText)) return o.richText.map((r) => r.text).join('');
  return typeof o.text === 'string' ? o.text : null;
}

/** The state of a cell before a change, with what the change writes. */
export function snapshotCell(cell: ExcelJS.Cell, change: CellChange): UndoCell {
  const value = cell.value as unknown;
  const raw: FileRaw = { numFmt: cell.style?.numFmt ?? null };
  if (value instanceof Date) raw.date = value.toISOString();
  else if (typeof value === 'object' && value !== null) raw.v = value;
  // The whole font, always: writing a number format can give a cell the default font object on the next save.
  raw.font = cell.style?.font ? { ...cell.style.font } : null;
  const snap: UndoCell = {
    sheet: change.sheet, row: change.row, col: change.col,
    value: plainValue(value), format: cell.numFmt ?? 'General', after: change.fix.value, raw,
  };
  if (change.fix.font !== undefined) snap.font = cell.style?.font?.name;
  return snap;
}

/** The exceljs value and style parts that put the cell back. */
export function restoredCell(saved: UndoCell): { value: ExcelJS.CellValue; numFmt?: string; font?: Partial<ExcelJS.Font>; fontSaved: boolean } {
  const raw = (saved.raw ?? {}) as FileRaw;
  const value = raw.date ? new Date(raw.date) : raw.v !== undefined ? (raw.v as ExcelJS.CellValue) : saved.value;
  return {
    value,
    numFmt: raw.numFmt ?? undefined,
    font: raw.font ?? undefined,
    fontSaved: raw.font !== undefined,
  };
}

export function writeUndoSheet(workbook: ExcelJS.Workbook, summary: UndoSummary, cells: UndoCell[]): void {
  const old = workbook.getWorksheet(UNDO_SHEET);
  if (old) workbook.removeWorksheet(old.id);
  const ws = workbook.addWorksheet(UNDO_SHEET, { state: 'veryHidden' });
  const { header, parts } = serialiseUndo({ summary, cells });
  [header, ...parts].forEach((text, i) => {
    const cell = ws.getCell(i + 1, 1);
    cell.numFmt = '@';
    cell.value = text;
  });
}

function readTexts(workbook: ExcelJS.Workbook): { header: unknown; parts: unknown[] } | undefined {
  const ws = workbook.getWorksheet(UNDO_SHEET);
  if (!ws) return undefined;
  const header = ws.getCell(1, 1).value;
  const head = parseUndoHeader(header);
  if (!head) return undefined;
  const parts = Array.from({ length: head.parts }, (_, i) => ws.getCell(i + 2, 1).value);
  return { header, parts };
}

export function readUndoSummary(workbook: ExcelJS.Workbook): UndoSummary | undefined {
  return parseUndoHeader(readTexts(workbook)?.header)?.summary;
}

export function readUndoRecord(workbook: ExcelJS.Workbook) {
  const texts = readTexts(workbook);
  return texts && deserialiseUndo(texts.header, texts.parts);
}

export function removeUndoSheet(workbook: ExcelJS.Workbook): void {
  const ws = workbook.getWorksheet(UNDO_SHEET);
  if (ws) workbook.removeWorksheet(ws.id);
}

/** The cell still holds what the repair wrote (else the user changed it since, and undo leaves it alone). */
export function stillWritten(now: unknown, after: UndoValue): boolean {
  const a = plainValue(now);
  if (a === after) return true;
  if (typeof a === 'number' && typeof after === 'number') return Math.abs(a - after) < 1e-6;
  // IDs and phones are written as text even when the fix carried a number.
  return a !== null && after !== null && String(a) === String(after);
}
