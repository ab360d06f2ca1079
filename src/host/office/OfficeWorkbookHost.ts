import type { Cell, CellRange, SheetData } from '../../core/cells';
import { cellAddress } from '../../core/cells';
import type { Finding } from '../../core/findings';
import { UI } from '../../core/strings/ui';
import type { CellChange, ReadOptions, WorkbookHost } from '../WorkbookHost';
import { cellFromOffice } from './cellConvert';
import { OfficeHostError, isTooLarge, translateExcelError } from './errors';
import type { XlConditionalFormatCollection, XlRange, XlRequestContext, XlRun, XlWorksheet } from './excelApi';
import {
  HEADER_SCAN_ROWS, INITIAL_BYTES_PER_CELL, PAYLOAD_BUDGET_BYTES, jsonBytes, rowsPerChunk,
} from './limits';
import {
  MARK_STYLES, SEVERITY_CODE, blockValues, changedRows, gridFromFindings, planBlocks, type MarkGrid,
} from './markGrid';
import { parseRangeAddress, parseAreaList } from './addresses';
import { NOTES_API_VERSION, desiredNotes, removeNotes, syncNotes } from './cellNotes';
import type { SheetSpec } from '../../core/output/sheetSpec';
import type { SpecXlRun } from './specApi';
import { writeSheetSpecOffice } from './writeSheetSpec';
import type { RepairResult, UndoResult } from '../WorkbookHost';
import type { UndoSummary } from '../../core/fix/undoRecord';
import { UNDO_GROUP_API, applyWithUndo, lastRepairSummary, undoLast, type RepairRuns } from './undo/officeRepair';

export interface OfficeHostOptions {
  /** `Excel.run` in Excel; the test host's `run` in tests and the bench. */
  run: XlRun;
  /** `Office.context.requirements.isSetSupported`; absent means only ExcelApi 1.7 is assumed. */
  isSetSupported?: (name: string, version: string) => boolean;
  /** `Excel.run({ mergeUndoGroup: true }, …)` (ExcelApi 1.20): a repair then is one Ctrl+Z step. */
  runGrouped?: XlRun;
}

/** Rows the user changed in one sheet (Excel 1-based, inclusive). */
export interface RowsChanged {
  sheet: string;
  first: number;
  last: number;
  /** Rows or cells were inserted or deleted: everything below moved, so the whole sheet must be read again. */
  structural?: boolean;
}

export interface CellSelected {
  sheet: string;
  row: number;
  col: number;
}

/** Where a sheet's marks live: its very hidden state sheet and the conditional formats reading it. */
interface MarkEntry {
  state: string;
  cfIds: string[];
  rows: number;
  cols: number;
  /** Addresses of the notes we added (ExcelApi 1.18). */
  notes?: string[];
}
type MarkRegistry = Record<string, MarkEntry>;

const SETTING_PREFIX = 'dvcheck.';
const REGISTRY_KEY = 'marks';
export const STATE_SHEET_PREFIX = 'dvcheck_marks_';
/** Range.getMergedAreasOrNullObject. */
const MERGED_AREAS_API = '1.13';
/** Extra rows the conditional formats cover below the data, so rows the user appends are marked too. */
const CF_ROW_HEADROOM = 1000;

/**
 * WorkbookHost over Office.js. Reads in row chunks sized to stay under Excel's payload limits, marks through
 * conditional formats driven by a very hidden state sheet (the user's formatting is never written), keeps settings
 * in the workbook and reports the user's edits for the live re-check.
 */
export class OfficeWorkbookHost implements WorkbookHost {
  private readonly run: XlRun;
  private readonly isSetSupported: (name: string, version: string) => boolean;
  /** Measured response size of one cell (values + numberFormat + text), refined after every chunk. */
  private bytesPerCell = INITIAL_BYTES_PER_CELL;
  /** The marks currently in each sheet's state sheet, as this session wrote them. */
  private readonly grids = new Map<string, MarkGrid>();
  /** The text of the notes this session wrote, per sheet (to rewrite only notes whose message changed). */
  private readonly noteTexts = new Map<string, Map<string, string>>();
  private readonly namesById = new Map<string, string>();
  /** The workbook has no marks of ours (known after a markFindings or clearMarks): nothing to do for no findings. */
  private registryKnownEmpty = false;
  private readonly watchedIds = new Set<string>();
  private readonly changeListeners = new Set<(c: RowsChanged) => void>();
  private readonly selectionListeners = new Set<(c: CellSelected) => void>();

  private readonly runGrouped?: XlRun;

  constructor(options: OfficeHostOptions) {
    this.run = options.run;
    this.runGrouped = options.runGrouped;
    // Minor versions compare as numbers ('1.13' is above '1.7').
    this.isSetSupported = options.isSetSupported ?? ((name, version) => name === 'ExcelApi' && Number(version.split('.')[1] ?? 0) <= 7);
  }

  /** Runs a batch, turning Excel's errors into Vietnamese ones. */
  private async excel<T>(sheet: string, batch: (ctx: XlRequestContext) => Promise<T>): Promise<T> {
    try {
      return await this.run(batch);
    } catch (e) {
      throw translateExcelError(e, sheet);
    }
  }

  async listSheets(): Promise<string[]> {
    return this.excel('', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id,items/visibility');
      await ctx.sync();
      for (const ws of sheets.items) this.namesById.set(ws.id, ws.name);
      return sheets.items
        .filter((ws) => ws.visibility === 'Visible' && !ws.name.startsWith(STATE_SHEET_PREFIX))
        .map((ws) => ws.name);
    });
  }

  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetData> {
    return this.excel(name, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load('rowIndex,columnIndex,rowCount,columnCount');
      await ctx.sync();
      const sheet: SheetData = { name, rows: [], merges: [] };
      if (used.isNullObject) return sheet;

      const firstCol = used.columnIndex;
      const cols = used.columnCount;
      const lastRow = used.rowIndex + used.rowCount - 1; // 0-based
      const start = options.rows ? Math.max(0, options.rows.first - 1) : used.rowIndex;
      const end = options.rows ? Math.min(lastRow, options.rows.last - 1) : lastRow;
      const total = Math.max(0, end - start + 1);
      if (!options.rows) {
        // A partial re-read keeps the merges of the last full read (the session replaces rows only).
        sheet.merges = this.isSetSupported('ExcelApi', MERGED_AREAS_API)
          ? await this.readMerges(ctx, ws, lastRow + 1, firstCol + cols)
          : [];
      }

      let row = start;
      while (row <= end) {
        if (options.signal?.aborted) throw new OfficeHostError('cancelled', UI.cancelled);
        const count = Math.min(rowsPerChunk(cols, this.bytesPerCell), end - row + 1);
        const range = ws.getRangeByIndexes(row, firstCol, count, cols);
        range.load('values,numberFormat,text');
        // One font name per column chunk (null when mixed): enough to spot TCVN3/VNI text typed in .VnTime fonts.
        const fonts = Array.from({ length: cols }, (_, c) => ws.getRangeByIndexes(row, firstCol + c, count, 1).format.font.load('name'));
        try {
          await ctx.sync();
        } catch (e) {
          // Excel on the web answers an oversized request with GeneralException: halve the chunk and retry.
          if (isTooLarge(e) && count > 1) {
            this.bytesPerCell = Math.max(this.bytesPerCell * 2, (PAYLOAD_BUDGET_BYTES / count / cols) * 2);
            continue;
          }
          throw e;
        }
        const values = range.values;
        const formats = range.numberFormat;
        const texts = range.text;
        const cells = count * cols;
        this.bytesPerCell = Math.max(4, jsonBytes([values, formats, texts]) / cells);
        const legacyFonts = fonts.map((f) => (isLegacyFont(f.name) ? f.name : undefined));
        for (let i = 0; i < count; i++) {
          const out: (Cell | undefined)[] = new Array(firstCol + cols);
          let any = false;
          for (let c = 0; c < cols; c++) {
            const cell = cellFromOffice(values[i][c], formats[i][c], texts[i][c]);
            if (cell) {
              if (legacyFonts[c] && cell.type === 'text') cell.font = legacyFonts[c];
              out[firstCol + c] = cell;
              any = true;
            }
          }
          sheet.rows[row + i] = any ? out : [];
        }
        row += count;
        options.onProgress?.({ sheet: name, rowsRead: row - start, rowsTotal: total });
      }
      // Dense rows array up to the last row read, so consumers can iterate without holes.
      for (let r = 0; r < sheet.rows.length; r++) if (!sheet.rows[r]) sheet.rows[r] = [];
      return sheet;
    });
  }

  /**
   * Every merged area from A1 to the used range's bottom-right corner, in one sync (ExcelApi 1.13). Excel reports
   * only areas whose top-left cell lies in the range asked about, so the range starts at A1. A response too large
   * for Excel (a sheet with tens of thousands of merges) falls back to the header rows' merges.
   */
  private async readMerges(ctx: XlRequestContext, ws: XlWorksheet, rows: number, cols: number): Promise<CellRange[]> {
    const load = async (rowCount: number) => {
      const areas = ws.getRangeByIndexes(0, 0, Math.max(1, rowCount), Math.max(1, cols)).getMergedAreasOrNullObject?.();
      if (!areas) return [];
      areas.load('address');
      await ctx.sync();
      return areas.isNullObject ? [] : parseAreaList(areas.address);
    };
    try {
      return await load(rows);
    } catch (e) {
      if (!isTooLarge(e) || rows <= HEADER_SCAN_ROWS) throw e;
      return load(HEADER_SCAN_ROWS);
    }
  }

  /**
   * Shows exactly these findings: cells whose mark changed are rewritten in the state sheets (one values call per
   * block of rows), everything else stays. Sheets absent from `findings` lose their marks.
   */
  async markFindings(findings: readonly Finding[]): Promise<void> {
    const bySheet = new Map<string, Finding[]>();
    for (const f of findings) {
      if (f.row < 1 || f.col < 0) continue;
      let list = bySheet.get(f.sheet);
      if (!list) bySheet.set(f.sheet, (list = []));
      list.push(f);
    }
    const targets = new Set<string>([...bySheet.keys(), ...this.grids.keys()]);
    if (targets.size === 0 && this.registryKnownEmpty) return;
    const protectedSheets: string[] = [];

    await this.excel([...targets][0], async (ctx) => {
      const wb = ctx.workbook;
      // 1. What exists: sheets and the registry; then protection, data extents and our formats' ids.
      const all = wb.worksheets;
      all.load('items/name,items/id');
      const registrySetting = wb.settings.getItemOrNullObject(SETTING_PREFIX + REGISTRY_KEY);
      registrySetting.load('value');
      await ctx.sync();
      const registry: MarkRegistry = parseRegistry(registrySetting.isNullObject ? undefined : registrySetting.value);
      // Sheets marked in an earlier session lose marks that no longer apply.
      for (const name of Object.keys(registry)) targets.add(name);
      const existing = new Set<string>(all.items.map((ws) => ws.name));
      const info = new Map<string, {
        ws: XlWorksheet; used: XlRange; formats?: XlConditionalFormatCollection;
      }>();
      for (const name of targets) {
        if (!existing.has(name)) continue;
        const ws = wb.worksheets.getItem(name);
        ws.protection.load('protected');
        const used = ws.getUsedRangeOrNullObject(true);
        used.load('rowIndex,rowCount,columnIndex,columnCount');
        let formats: XlConditionalFormatCollection | undefined;
        if (registry[name]?.cfIds.length) {
          formats = ws.getRange().conditionalFormats;
          formats.load('items/id');
        }
        info.set(name, { ws, used, formats });
      }
      await ctx.sync();

      // 2. State sheets and conditional formats where missing or too small.
      let registryChanged = false;
      const newFormats: { name: string; cfs: { id: string }[] }[] = [];
      const plans = new Map<string, { grid: MarkGrid; cols: number; old: MarkGrid }>();
      for (const [name, { ws, used, formats }] of info) {
        const list = bySheet.get(name) ?? [];
        if (ws.protection.protected) {
          if (list.length) protectedSheets.push(name);
          continue;
        }
        const usedRows = used.isNullObject ? 0 : used.rowIndex + used.rowCount;
        const usedCols = used.isNullObject ? 0 : used.columnIndex + used.columnCount;
        let cols = Math.max(usedCols, 1);
        let rows = Math.max(usedRows, 1);
        for (const f of list) {
          cols = Math.max(cols, f.col + 1);
          rows = Math.max(rows, f.row);
        }
        let entry: MarkEntry | undefined = registry[name];
        if (entry && !existing.has(entry.state)) entry = undefined;
        if (!entry && list.length === 0) continue; // nothing to show, nothing to clear
        let old = this.grids.get(name);
        if (!entry) {
          const state = freeStateName(existing);
          existing.add(state);
          const stateWs = wb.worksheets.add(state);
          stateWs.visibility = 'VeryHidden';
          entry = registry[name] = { state, cfIds: [], rows: 0, cols: 0 };
          registryChanged = true;
          old = new Map();
        } else if (!old) {
          // Marks from an earlier session: start from a blank state sheet.
          wb.worksheets.getItem(entry.state).getRange().clear('Contents');
          old = new Map();
        }
        if (entry.rows < rows || entry.cols < cols) {
          if (formats) deleteFormats(formats, entry.cfIds);
          entry.rows = rows + CF_ROW_HEADROOM;
          entry.cols = Math.max(cols, entry.cols);
          const area = ws.getRangeByIndexes(0, 0, entry.rows, entry.cols);
          const cfs = MARK_STYLES.map((style) => {
            const cf = area.conditionalFormats.add('Custom');
            cf.custom.rule.formula = `='${entry!.state.replace(/'/g, "''")}'!A1=${SEVERITY_CODE[style.severity]}`;
            cf.custom.format.fill.color = style.fill;
            cf.custom.format.font.color = style.font;
            cf.load('id');
            return cf;
          });
          newFormats.push({ name, cfs });
          registryChanged = true;
        }
        plans.set(name, { grid: gridFromFindings(list, entry.cols), cols: entry.cols, old });
      }
      if (newFormats.length || registryChanged) await ctx.sync();
      for (const { name, cfs } of newFormats) registry[name].cfIds = cfs.map((cf) => cf.id);

      // 3. Rewrite the rows whose marks changed, batching calls up to the payload budget per sync.
      let pendingBytes = 0;
      for (const [name, { grid, cols, old }] of plans) {
        const stateWs = wb.worksheets.getItem(registry[name].state);
        const maxRows = Math.max(1, Math.floor(PAYLOAD_BUDGET_BYTES / (cols * 2 + 4)));
        for (const block of planBlocks(changedRows(old, grid), maxRows)) {
          const values = blockValues(grid, block, cols);
          const bytes = jsonBytes(values);
          if (pendingBytes > 0 && pendingBytes + bytes > PAYLOAD_BUDGET_BYTES) {
            await ctx.sync();
            pendingBytes = 0;
          }
          stateWs.getRangeByIndexes(block.first - 1, 0, values.length, cols).values = values;
          pendingBytes += bytes;
        }
        this.grids.set(name, grid);
      }
      for (const name of [...this.grids.keys()]) if (!plans.has(name) && !info.has(name)) this.grids.delete(name);

      // 4. Notes with the messages, where Excel has them.
      if (this.isSetSupported('ExcelApi', NOTES_API_VERSION)) {
        if (pendingBytes > PAYLOAD_BUDGET_BYTES / 2) await ctx.sync();
        for (const name of plans.keys()) {
          const entry = registry[name];
          const ours = this.noteTexts.get(name) ?? new Map((entry.notes ?? []).map((a) => [a, undefined] as [string, undefined]));
          const now = await syncNotes(ctx, info.get(name)!.ws, ours, desiredNotes(bySheet.get(name) ?? []));
          this.noteTexts.set(name, now);
          const addresses = [...now.keys()];
          if (addresses.join() !== (entry.notes ?? []).join()) {
            entry.notes = addresses;
            registryChanged = true;
          }
        }
      }
      if (registryChanged) wb.settings.add(SETTING_PREFIX + REGISTRY_KEY, JSON.stringify(registry));
      await ctx.sync();
      this.registryKnownEmpty = Object.keys(registry).length === 0;
    });
    if (protectedSheets.length) throw translateExcelError({ code: 'AccessDenied' }, protectedSheets.join('", "'));
  }

  async clearMarks(sheets?: readonly string[]): Promise<void> {
    await this.excel(sheets?.[0] ?? '', async (ctx) => {
      const wb = ctx.workbook;
      const all = wb.worksheets;
      all.load('items/name,items/visibility');
      const registrySetting = wb.settings.getItemOrNullObject(SETTING_PREFIX + REGISTRY_KEY);
      registrySetting.load('value');
      await ctx.sync();
      const registry = parseRegistry(registrySetting.isNullObject ? undefined : registrySetting.value);
      const existing = new Set(all.items.map((ws) => ws.name));
      const names = sheets ? sheets.filter((s) => registry[s]) : Object.keys(registry);
      if (this.isSetSupported('ExcelApi', NOTES_API_VERSION)) {
        for (const name of names) {
          if (existing.has(name)) await removeNotes(ctx, wb.worksheets.getItem(name), registry[name].notes ?? []);
          this.noteTexts.delete(name);
        }
      }
      const collections = names
        .filter((name) => existing.has(name) && registry[name].cfIds.length)
        .map((name) => {
          const collection = wb.worksheets.getItem(name).getRange().conditionalFormats;
          collection.load('items/id');
          return { collection, ids: new Set(registry[name].cfIds) };
        });
      await ctx.sync();
      for (const { collection, ids } of collections) deleteFormats(collection, [...ids]);
      const doomed = new Set(names.map((name) => registry[name].state));
      // A full clear also removes state sheets the registry lost track of (a renamed data sheet, say).
      if (!sheets) for (const ws of all.items) if (ws.name.startsWith(STATE_SHEET_PREFIX)) doomed.add(ws.name);
      for (const state of doomed) {
        if (!existing.has(state)) continue;
        const ws = wb.worksheets.getItem(state);
        ws.visibility = 'Hidden'; // Excel refuses to delete a very hidden sheet directly on some builds
        ws.delete();
      }
      for (const name of names) {
        delete registry[name];
        this.grids.delete(name);
      }
      if (!sheets) this.grids.clear();
      wb.settings.add(SETTING_PREFIX + REGISTRY_KEY, JSON.stringify(registry));
      await ctx.sync();
      this.registryKnownEmpty = Object.keys(registry).length === 0;
    });
  }

  async applyChanges(changes: readonly CellChange[]): Promise<void> {
    const bySheet = new Map<string, CellChange[]>();
    for (const c of changes) {
      let list = bySheet.get(c.sheet);
      if (!list) bySheet.set(c.sheet, (list = []));
      list.push(c);
    }
    for (const [sheet, list] of bySheet) {
      await this.excel(sheet, async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem(sheet);
        let pending = 0;
        for (const change of list) {
          const range = ws.getRangeByIndexes(change.row - 1, change.col, 1, 1);
          if (change.fix.format !== undefined) range.numberFormat = [[change.fix.format]];
          range.values = [[change.fix.value ?? '']];
          if (change.fix.font !== undefined) range.format.font.name = change.fix.font;
          pending += 120 + jsonBytes(change.fix);
          if (pending > PAYLOAD_BUDGET_BYTES) {
            await ctx.sync();
            pending = 0;
          }
        }
        await ctx.sync();
      });
    }
  }

  // ---- repair with undo (host/office/undo) --------------------------------------------------------------------

  private repairRuns(): RepairRuns {
    const wrap = (run: XlRun): XlRun => async (batch) => {
      try {
        return await run(batch);
      } catch (e) {
        if ((e as { code?: string }).code === 'UndoNotSupported') throw e;
        throw translateExcelError(e, '');
      }
    };
    return {
      run: wrap(this.run),
      grouped: this.runGrouped && wrap(this.runGrouped),
      groupsSupported: this.isSetSupported('ExcelApi', UNDO_GROUP_API),
    };
  }

  /** Saves the cells' current state in the very hidden undo sheet, then writes the changes (one Ctrl+Z on 1.20). */
  async applyChangesWithUndo(changes: readonly CellChange[], byRule: Record<string, number>): Promise<RepairResult> {
    return applyWithUndo(this.repairRuns(), changes, byRule);
  }

  async lastRepair(): Promise<UndoSummary | undefined> {
    return lastRepairSummary(this.repairRuns().run);
  }

  async undoLastRepair(): Promise<UndoResult> {
    return undoLast(this.repairRuns());
  }

  async selectCell(sheet: string, row: number, col: number): Promise<void> {
    await this.excel(sheet, async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cellAddress(row, col)).select();
      await ctx.sync();
    });
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return this.excel('', async (ctx) => {
      const item = ctx.workbook.settings.getItemOrNullObject(SETTING_PREFIX + key);
      item.load('value');
      await ctx.sync();
      if (item.isNullObject || item.value === undefined || item.value === null) return undefined;
      try {
        return (typeof item.value === 'string' ? JSON.parse(item.value) : item.value) as T;
      } catch {
        return undefined;
      }
    });
  }

  async setSetting<T>(key: string, value: T): Promise<void> {
    await this.excel('', async (ctx) => {
      ctx.workbook.settings.add(SETTING_PREFIX + key, JSON.stringify(value));
      await ctx.sync();
    });
  }

  /** Writes a generated sheet (report, Phụ lục 01) with formats and charts (host/office/writeSheetSpec). */
  async writeSheet(spec: SheetSpec, options?: { replace?: boolean }): Promise<string> {
    try {
      return await writeSheetSpecOffice(this.run as unknown as SpecXlRun, spec, options);
    } catch (e) {
      throw translateExcelError(e, spec.name);
    }
  }

  // ---- live: the user's edits and selection ------------------------------------------------------------------

  /** Calls `listener` with the rows the user edits, in any visible sheet. Returns the unsubscribe function. */
  onRowsChanged(listener: (change: RowsChanged) => void): () => void {
    this.changeListeners.add(listener);
    void this.watchSheets().catch(() => undefined);
    return () => this.changeListeners.delete(listener);
  }

  /** Calls `listener` with the cell the user selects (the top-left cell of the selection). */
  onCellSelected(listener: (cell: CellSelected) => void): () => void {
    this.selectionListeners.add(listener);
    void this.watchSheets().catch(() => undefined);
    return () => this.selectionListeners.delete(listener);
  }

  /** Registers Excel event handlers once per sheet; they stay and dispatch to whoever listens now. */
  async watchSheets(): Promise<void> {
    await this.excel('', async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load('items/name,items/id');
      await ctx.sync();
      let added = false;
      for (const ws of sheets.items) {
        this.namesById.set(ws.id, ws.name);
        if (this.watchedIds.has(ws.id) || ws.name.startsWith(STATE_SHEET_PREFIX)) continue;
        this.watchedIds.add(ws.id);
        ws.onChanged.add(async (args) => this.dispatchChange(args.worksheetId, args.address, args.changeType));
        ws.onSelectionChanged.add(async (args) => this.dispatchSelection(args.worksheetId, args.address));
        added = true;
      }
      if (added) await ctx.sync();
    });
  }

  private dispatchChange(worksheetId: string, address: string, changeType?: string) {
    const sheet = this.namesById.get(worksheetId);
    const range = parseRangeAddress(address);
    if (!sheet || !range) return;
    const structural = changeType !== undefined && changeType !== 'RangeEdited' && changeType !== 'Unknown';
    const change: RowsChanged = { sheet, first: range.top + 1, last: range.bottom + 1 };
    if (structural) change.structural = true;
    for (const l of this.changeListeners) l(change);
  }

  private dispatchSelection(worksheetId: string, address: string) {
    const sheet = this.namesById.get(worksheetId);
    const range = parseRangeAddress(address);
    if (!sheet || !range) return;
    for (const l of this.selectionListeners) l({ sheet, row: range.top + 1, col: range.left });
  }
}

/** Deletes our conditional formats (by the ids saved when they were added); the user's own stay. */
function deleteFormats(collection: XlConditionalFormatCollection, ids: readonly string[]) {
  const doomed = new Set(ids);
  for (const cf of collection.items) if (doomed.has(cf.id)) cf.delete();
}

/** TCVN3 (.VnTime, .VnArial …) and VNI (VNI-Times …) fonts: their text is stored in legacy encodings. */
function isLegacyFont(name: string | null | undefined): name is string {
  return typeof name === 'string' && /^(\.vn|vni[-\s])/i.test(name);
}

function parseRegistry(value: unknown): MarkRegistry {
  if (typeof value !== 'string') return {};
  try {
    const parsed = JSON.parse(value) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as MarkRegistry) : {};
  } catch {
    return {};
  }
}

function freeStateName(existing: Set<string>): string {
  for (let i = 1; ; i++) if (!existing.has(STATE_SHEET_PREFIX + i)) return STATE_SHEET_PREFIX + i;
}

export type { CellRange };
