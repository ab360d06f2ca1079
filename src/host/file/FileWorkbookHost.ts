import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetData } from '../../core/cells';
import { cellAddress } from '../../core/cells';
import type { Finding, Severity } from '../../core/findings';
import { SEVERITY_LABELS } from '../../core/findings';
import { utcDateFromSerial } from '../../core/dates';
import { FILE_ERRORS, RESULT_SHEET } from '../../core/strings/cli';
import type { CellChange, ReadOptions, WorkbookHost } from '../WorkbookHost';
import { sheetFromWorksheet } from './sheetFromWorksheet';
import { defaultFontOf, restoreDefaultFont } from './defaultFont';
import { dropUnwritableRules, restoreSheetExtensions, sourceOf } from './sheetExtensions';
import { markFill, worstSeverity } from './markStyles';
import { noteText, removeNote, setNote } from './cellNotes';
import { removeResultSheet, writeResultSheet } from './resultSheet';
import { readSetting, writeSetting, SETTINGS_SHEET } from './settingsSheet';
import type { SheetSpec } from '../../core/output/sheetSpec';
import { PendingCharts, writeSheetSpec } from './writeSheetSpec';
import type { RepairResult, UndoResult } from '../WorkbookHost';
import type { UndoSummary } from '../../core/fix/undoRecord';
import {
  isFormulaCell, readUndoRecord, readUndoSummary, removeUndoSheet, restoredCell, snapshotCell, stillWritten, writeUndoSheet,
} from './undo/fileRepair';

interface SavedCell {
  sheet: string;
  row: number;
  col: number;
  style: Partial<ExcelJS.Style>;
  note: string;
}

/**
 * WorkbookHost over an exceljs Workbook (an .xlsx on disk or in memory). Marks are fills and notes on the
 * cells plus a "Kết quả kiểm tra" sheet; each marked cell's own style and note are remembered so clearMarks
 * restores them exactly. Nothing is written to disk until saveAs/writeBuffer.
 */
export class FileWorkbookHost implements WorkbookHost {
  private readonly saved = new Map<string, SavedCell>();

  constructor(readonly workbook: ExcelJS.Workbook) {}

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets
      .filter((ws) => (ws.state ?? 'visible') === 'visible')
      .filter((ws) => ws.name !== RESULT_SHEET.name && ws.name !== SETTINGS_SHEET)
      .map((ws) => ws.name);
  }

  async readSheet(name: string, options?: ReadOptions): Promise<SheetData> {
    return sheetFromWorksheet(this.sheet(name), options, defaultFontOf(this.workbook)?.name);
  }

  async markFindings(findings: readonly Finding[]): Promise<void> {
    const byCell = new Map<string, { sheet: string; row: number; col: number; severity: Severity; lines: string[] }>();
    for (const f of findings) {
      if (!this.workbook.getWorksheet(f.sheet)) continue;
      const key = cellKey(f.sheet, f.row, f.col);
      const line = `[${SEVERITY_LABELS[f.severity]}] ${f.message}` + (f.suggestion ? ` Gợi ý: ${f.suggestion}` : '');
      const entry = byCell.get(key);
      if (entry) {
        entry.severity = worstSeverity(entry.severity, f.severity);
        if (!entry.lines.includes(line)) entry.lines.push(line);
      } else byCell.set(key, { sheet: f.sheet, row: f.row, col: f.col, severity: f.severity, lines: [line] });
    }
    for (const [key, m] of byCell) {
      const cell = this.sheet(m.sheet).getCell(m.row, m.col + 1);
      if (!this.saved.has(key)) {
        this.saved.set(key, { sheet: m.sheet, row: m.row, col: m.col, style: { ...cell.style }, note: noteText(cell) });
      }
      const original = this.saved.get(key)!;
      // exceljs shares one style object between cells with the same style: replace it, never mutate it.
      cell.style = { ...original.style, fill: markFill(m.severity) };
      setNote(cell, [original.note, ...m.lines].filter(Boolean).join('\n'));
    }
    writeResultSheet(this.workbook, findings);
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    for (const [key, s] of this.saved) {
      if (sheets && !sheets.includes(s.sheet)) continue;
      const ws = this.workbook.getWorksheet(s.sheet);
      if (ws) {
        const cell = ws.getCell(s.row, s.col + 1);
        cell.style = { ...s.style };
        if (s.note) setNote(cell, s.note);
        else removeNote(cell);
      }
      this.saved.delete(key);
    }
    if (!sheets) removeResultSheet(this.workbook);
  }

  async applyChanges(changes: readonly CellChange[]): Promise<void> {
    for (const ch of changes) {
      const cell = this.sheet(ch.sheet).getCell(ch.row, ch.col + 1);
      const { value, format, isDate } = ch.fix;
      // Rich text shows in its runs' fonts: the plain text written over it keeps the first run's size and style.
      const shown = firstRunFont(cell.value) ?? cell.style.font ?? this.defaultFont();
      const runs = typeof value === 'string' && !ch.fix.font ? richRuns(cell.value) : undefined;
      if (isDate && typeof value === 'number') cell.value = utcDateFromSerial(value);
      // A name with a bold part (rich text): its case or spacing repaired, each letter keeps its run's look.
      else if (runs) cell.value = keepRuns(runs, value as string) ?? (value as string);
      else if (format === '@' && value !== null) cell.value = String(value);
      else cell.value = value;
      const numFmt = format ?? (isDate ? 'dd/mm/yyyy' : undefined);
      const patch: Partial<ExcelJS.Style> = {};
      if (numFmt) patch.numFmt = numFmt;
      if (ch.fix.font) patch.font = { ...shown, name: ch.fix.font };
      if (numFmt || ch.fix.font) {
        cell.style = { ...cell.style, ...patch };
        // A marked cell restores its saved style later: keep the new format and font in it.
        const saved = this.saved.get(cellKey(ch.sheet, ch.row, ch.col));
        if (saved) saved.style = { ...saved.style, ...patch, font: patch.font ? { ...(saved.style.font ?? this.defaultFont()), name: ch.fix.font } : saved.style.font };
      }
    }
  }

  /** Saves the cells' state in the very hidden "dvcheck_undo" sheet (as the Office host does), then writes. */
  async applyChangesWithUndo(changes: readonly CellChange[], byRule: Record<string, number>): Promise<RepairResult> {
    const writable: CellChange[] = [];
    const cells = [];
    let formulas = 0;
    for (const ch of changes) {
      const cell = this.sheet(ch.sheet).getCell(ch.row, ch.col + 1);
      if (isFormulaCell(cell)) {
        formulas++;
        continue;
      }
      writable.push(ch);
      cells.push(snapshotCell(cell, ch));
    }
    writeUndoSheet(this.workbook, { time: new Date().toISOString(), cells: cells.length, byRule }, cells);
    await this.applyChanges(writable);
    return { written: writable.length, skippedFormulas: formulas, ctrlZ: false };
  }

  async lastRepair(): Promise<UndoSummary | undefined> {
    return readUndoSummary(this.workbook);
  }

  /** Puts the saved values, number formats and fonts back; cells edited since the repair are left alone. */
  async undoLastRepair(): Promise<UndoResult> {
    const record = readUndoRecord(this.workbook);
    if (!record) return { restored: 0, keptEdited: 0, nothing: true };
    let restored = 0;
    let kept = 0;
    for (const saved of record.cells) {
      const ws = this.workbook.getWorksheet(saved.sheet);
      const cell = ws?.getCell(saved.row, saved.col + 1);
      if (!cell || !stillWritten(cell.value, saved.after)) {
        kept++;
        continue;
      }
      const back = restoredCell(saved);
      cell.value = back.value;
      const restore = (style: Partial<ExcelJS.Style>): Partial<ExcelJS.Style> => {
        const out = { ...style };
        if (back.numFmt === undefined) delete out.numFmt;
        else out.numFmt = back.numFmt;
        if (back.fontSaved) {
          if (back.font) out.font = back.font;
          else delete out.font;
        }
        return out;
      };
      cell.style = restore(cell.style);
      // A marked cell: its remembered own style goes back too, so clearing marks later keeps the restored look.
      const mark = this.saved.get(cellKey(saved.sheet, saved.row, saved.col));
      if (mark) mark.style = restore(mark.style);
      restored++;
    }
    removeUndoSheet(this.workbook);
    return { restored, keptEdited: kept };
  }

  async selectCell(): Promise<void> {
    // A file has no selection to move; the result sheet links to each cell instead.
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return readSetting<T>(this.workbook, key);
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    writeSetting(this.workbook, key, value);
  }

  /** Charts of the sheets written by writeSheet: exceljs drops them, so they are added to the saved bytes. */
  private readonly pendingCharts = new PendingCharts();

  /** Writes a generated sheet (report, Phụ lục 01); its charts are added when the workbook is saved. */
  async writeSheet(spec: SheetSpec, options?: { replace?: boolean }): Promise<string> {
    const ws = writeSheetSpec(this.workbook, spec, options);
    this.pendingCharts.add(spec, ws.name);
    return ws.name;
  }

  /** The workbook as .xlsx bytes. */
  async writeBuffer(): Promise<Buffer> {
    dropUnwritableRules(this.workbook);
    const bytes = await this.pendingCharts.apply(Buffer.from(await this.workbook.xlsx.writeBuffer()));
    const withExtensions = await restoreSheetExtensions(bytes, sourceOf(this.workbook));
    return restoreDefaultFont(withExtensions, defaultFontOf(this.workbook));
  }

  async saveAs(path: string): Promise<void> {
    await fs.writeFile(path, await this.writeBuffer());
  }

  /** A cell without a font of its own shows the workbook's default: a new font name keeps its size. */
  private defaultFont(): Partial<ExcelJS.Font> {
    const size = defaultFontOf(this.workbook)?.size;
    return size === undefined ? {} : { size };
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(FILE_ERRORS.noSuchSheet(name));
    return ws;
  }
}

function richRuns(v: ExcelJS.CellValue): ExcelJS.RichText[] | undefined {
  return v && typeof v === 'object' && 'richText' in v && Array.isArray(v.richText) && v.richText.length ? v.richText : undefined;
}

const isSpace = (ch: string | undefined) => ch !== undefined && /[\s\u200b-\u200d\ufeff]/.test(ch);

/**
 * `text` laid over rich-text runs when it is their text with only the case of letters changed or spaces removed
 * or replaced (what name-case and text-whitespace do): each character keeps the font of the run it came from.
 * Undefined for any other change (the caller writes plain text).
 */
export function keepRuns(runs: readonly ExcelJS.RichText[], text: string): ExcelJS.CellRichTextValue | undefined {
  const owner: number[] = [];
  runs.forEach((r, i) => {
    for (let k = 0; k < r.text.length; k++) owner.push(i);
  });
  const old = runs.map((r) => r.text).join('');
  const out: ExcelJS.RichText[] = [];
  let i = 0;
  for (const ch of text) {
    const same = (o: string) => o === ch || o.toLowerCase() === ch.toLowerCase() || (isSpace(o) && isSpace(ch));
    while (i < old.length && !same(old[i]) && isSpace(old[i])) i++;
    if (i >= old.length || !same(old[i]) || ch.length !== 1) return undefined;
    const run = runs[owner[i]];
    const last = out[out.length - 1];
    if (last && last.font === run.font) last.text += ch;
    else out.push(run.font ? { text: ch, font: run.font } : { text: ch });
    i++;
  }
  for (; i < old.length; i++) if (!isSpace(old[i])) return undefined;
  return { richText: out };
}

function firstRunFont(v: ExcelJS.CellValue): Partial<ExcelJS.Font> | undefined {
  return v && typeof v === 'object' && 'richText' in v ? v.richText.find((r) => r.font)?.font : undefined;
}

function cellKey(sheet: string, row: number, col: number): string {
  return `${sheet}\u0000${cellAddress(row, col)}`;
}
