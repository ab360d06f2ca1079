import type { SheetData, CellRange } from '../core/cells';
import type { Finding, CellFix } from '../core/findings';
import type { SheetSpec } from '../core/output/sheetSpec';
import type { UndoSummary } from '../core/fix/undoRecord';

/**
 * The one port between the UI/CLI and a workbook. Adapters: Office.js (the open workbook in Excel)
 * and .xlsx files (exceljs). Core code never sees either.
 */

export interface ReadProgress {
  sheet: string;
  rowsRead: number;
  rowsTotal: number;
}

export interface ReadOptions {
  onProgress?: (p: ReadProgress) => void;
  signal?: AbortSignal;
  /** Only these rows (Excel 1-based, inclusive), e.g. to re-read what the user just edited. */
  rows?: { first: number; last: number };
}

export interface CellChange {
  sheet: string;
  /** Excel 1-based row, 0-based column. */
  row: number;
  col: number;
  fix: CellFix;
}

export interface WorkbookHost {
  /** Visible worksheets in tab order. */
  listSheets(): Promise<string[]>;
  readSheet(name: string, options?: ReadOptions): Promise<SheetData>;
  /** Colour each finding's cell (red error, yellow warning) and attach its message where the host can. */
  markFindings(findings: readonly Finding[]): Promise<void>;
  /** Remove every mark this tool made, restoring the cells' own formatting exactly. */
  clearMarks(sheets?: readonly string[]): Promise<void>;
  /** Write repaired values (and number formats) in batches. */
  applyChanges(changes: readonly CellChange[]): Promise<void>;
  /** Select a cell and bring it into view. */
  selectCell(sheet: string, row: number, col: number): Promise<void>;
  /** Small per-workbook settings (column corrections, province/commune names, undo data index). */
  getSetting<T>(key: string): Promise<T | undefined>;
  setSetting<T>(key: string, value: T): Promise<void>;
  /**
   * Write a generated sheet (report, Phụ lục 01) with its formats and charts; returns the sheet's name. A new sheet
   * gets a numbered name when the name is taken (never overwrites); `replace` rewrites a sheet the tool owns
   * (the history sheet) in place. Optional: hosts without it cannot generate documents.
   */
  writeSheet?(spec: SheetSpec, options?: { replace?: boolean }): Promise<string>;
  /**
   * Saves what the cells hold now (value, number format, font where the fix sets one) inside the workbook, then
   * writes the changes in batches. Optional: hosts without it offer no undo.
   */
  applyChangesWithUndo?(changes: readonly CellChange[], byRule: Record<string, number>): Promise<RepairResult>;
  /** The summary of the repair that can be undone, if any (read from the workbook, not from memory). */
  lastRepair?(): Promise<UndoSummary | undefined>;
  /** Restores the cells of the last repair exactly; cells edited since are left alone and counted. */
  undoLastRepair?(): Promise<UndoResult>;
}

export interface RepairResult {
  written: number;
  /** Cells left alone because they hold a formula now. */
  skippedFormulas: number;
  /** Excel's Ctrl+Z undoes the whole repair in one step (ExcelApi 1.20 undo groups). */
  ctrlZ: boolean;
}

export interface UndoResult {
  restored: number;
  /** Cells changed by someone after the repair: kept as they are. */
  keptEdited: number;
  /** No saved repair to undo. */
  nothing?: boolean;
}

export type { SheetData, CellRange };
