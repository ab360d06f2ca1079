import { deserialiseUndo, serialiseUndo, type UndoCell, type UndoSummary } from '../../../core/fix/undoRecord';
import type { CellChange, RepairResult, UndoResult } from '../../WorkbookHost';
import type { XlRange, XlRequestContext, XlRun, XlWorksheet } from '../excelApi';
import { PAYLOAD_BUDGET_BYTES, jsonBytes } from '../limits';
import { clearUndoSheet, readUndoHeader, readUndoSheet, writeUndoSheet } from './undoSheet';
import { sameValue, valueToWrite } from './writeValue';

/** Cells read or written per sync: a repair of 10,000 cells is a handful of round trips, not 10,000. */
export const CELLS_PER_SYNC = 2000;
/** The ExcelApi version whose Excel.run accepts { mergeUndoGroup: true } (one Ctrl+Z step). */
export const UNDO_GROUP_API = '1.20';

export interface RepairRuns {
  run: XlRun;
  /** Excel.run({ mergeUndoGroup: true }, …), where the host has it. */
  grouped?: XlRun;
  /** ExcelApi 1.20 is supported. */
  groupsSupported: boolean;
  now?: () => string;
}

/**
 * The run to write with: grouped (one Ctrl+Z step) where supported. Excel refuses a group holding an operation it
 * cannot undo (UndoNotSupported); the writes are then done again ungrouped (writing the same values twice is harmless).
 */
function writer(runs: RepairRuns): { run: XlRun; ctrlZ: () => boolean } {
  const grouped = runs.groupsSupported ? runs.grouped : undefined;
  if (!grouped) return { run: runs.run, ctrlZ: () => false };
  let ok = true;
  const run: XlRun = async (batch) => {
    try {
      return await grouped(batch);
    } catch (e) {
      if ((e as { code?: string }).code !== 'UndoNotSupported') throw e;
      ok = false;
      return runs.run(batch);
    }
  };
  return { run, ctrlZ: () => ok };
}

/**
 * Reads what the cells hold now, saves it in the undo sheet, then writes the changes. The snapshot is taken from
 * the workbook itself right before writing, so it is exact even if the user typed since the preview.
 */
export async function applyWithUndo(runs: RepairRuns, changes: readonly CellChange[], byRule: Record<string, number>): Promise<RepairResult> {
  const { cells, formulas } = await runs.run((ctx) => snapshot(ctx, changes));
  const summary: UndoSummary = { time: (runs.now ?? (() => new Date().toISOString()))(), cells: cells.length, byRule };
  await runs.run((ctx) => writeUndoSheet(ctx, serialiseUndo({ summary, cells })));
  const w = writer(runs);
  await w.run((ctx) => writeCells(ctx, cells.map((c) => ({ cell: c, value: c.after, format: c.writeFormat, font: c.writeFont }))));
  return { written: cells.length, skippedFormulas: formulas, ctrlZ: w.ctrlZ() };
}

export async function lastRepairSummary(run: XlRun): Promise<UndoSummary | undefined> {
  return run(async (ctx) => (await readUndoHeader(ctx))?.parsed.summary);
}

/** Puts back the saved values, formats and fonts; a cell edited since the repair keeps the user's edit. */
export async function undoLast(runs: RepairRuns): Promise<UndoResult> {
  const saved = await runs.run(readUndoSheet);
  const record = saved && deserialiseUndo(saved.header, saved.parts);
  if (!record) return { restored: 0, keptEdited: 0, nothing: true };
  const { restorable, kept } = await runs.run((ctx) => stillRepaired(ctx, record.cells));
  await writer(runs).run((ctx) => writeCells(ctx, restorable.map((c) => ({ cell: c, value: c.value, format: c.format, font: c.font }))));
  await runs.run(clearUndoSheet);
  return { restored: restorable.length, keptEdited: kept };
}

// ---- internals ---------------------------------------------------------------------------------------------

interface Planned extends UndoCell {
  writeFormat?: string;
  writeFont?: string;
}

/** Worksheet proxies by name for one context; missing sheets are null. */
async function sheetsOf(ctx: XlRequestContext, names: Iterable<string>): Promise<Map<string, XlWorksheet | null>> {
  const out = new Map<string, XlWorksheet>();
  for (const n of new Set(names)) {
    const ws = ctx.workbook.worksheets.getItemOrNullObject(n);
    ws.load('name');
    out.set(n, ws);
  }
  await ctx.sync();
  const result = new Map<string, XlWorksheet | null>();
  for (const [n, ws] of out) result.set(n, ws.isNullObject ? null : ctx.workbook.worksheets.getItem(n));
  return result;
}

function cell(ws: XlWorksheet, row: number, col: number): XlRange {
  return ws.getRangeByIndexes(row - 1, col, 1, 1);
}

async function snapshot(ctx: XlRequestContext, changes: readonly CellChange[]): Promise<{ cells: Planned[]; formulas: number }> {
  const sheets = await sheetsOf(ctx, changes.map((c) => c.sheet));
  const cells: Planned[] = [];
  let formulas = 0;
  for (let first = 0; first < changes.length; first += CELLS_PER_SYNC) {
    const batch = changes.slice(first, first + CELLS_PER_SYNC).flatMap((change) => {
      const ws = sheets.get(change.sheet);
      if (!ws) return [];
      const range = cell(ws, change.row, change.col).load('values,numberFormat,formulas');
      const font = change.fix.font !== undefined ? range.format.font.load('name') : undefined;
      return [{ change, range, font }];
    });
    await ctx.sync();
    for (const { change, range, font } of batch) {
      const formula = (range as unknown as { formulas: unknown[][] }).formulas[0][0];
      // A formula is never overwritten: its result would be lost for good.
      if (typeof formula === 'string' && formula.startsWith('=')) {
        formulas++;
        continue;
      }
      const now = range.values[0][0];
      const format = String(range.numberFormat[0][0] ?? 'General');
      const fix = change.fix;
      const writeFormat = fix.format ?? (fix.isDate ? 'dd/mm/yyyy' : undefined);
      const planned: Planned = {
        sheet: change.sheet, row: change.row, col: change.col,
        value: now === '' || now === undefined ? null : (now as string | number | boolean),
        format, after: fix.value, writeFormat,
      };
      if (font) {
        planned.font = font.name ?? undefined;
        planned.writeFont = fix.font;
      }
      cells.push(planned);
    }
  }
  return { cells, formulas };
}

async function stillRepaired(ctx: XlRequestContext, cells: readonly UndoCell[]): Promise<{ restorable: UndoCell[]; kept: number }> {
  const sheets = await sheetsOf(ctx, cells.map((c) => c.sheet));
  const restorable: UndoCell[] = [];
  let kept = 0;
  for (let first = 0; first < cells.length; first += CELLS_PER_SYNC) {
    const batch = cells.slice(first, first + CELLS_PER_SYNC).map((c) => {
      const ws = sheets.get(c.sheet);
      return { c, range: ws ? cell(ws, c.row, c.col).load('values') : undefined };
    });
    await ctx.sync();
    for (const { c, range } of batch) {
      if (range && sameValue(range.values[0][0], c.after)) restorable.push(c);
      else kept++;
    }
  }
  return { restorable, kept };
}

interface Write {
  cell: UndoCell;
  value: UndoCell['value'];
  format?: string;
  font?: string;
}

/** Format first, then the value (so text lands in a text cell), then the font; one sync per chunk. */
async function writeCells(ctx: XlRequestContext, writes: readonly Write[]): Promise<void> {
  if (!writes.length) return;
  const sheets = await sheetsOf(ctx, writes.map((w) => w.cell.sheet));
  let count = 0;
  let bytes = 0;
  for (const w of writes) {
    const ws = sheets.get(w.cell.sheet);
    if (!ws) continue;
    const range = cell(ws, w.cell.row, w.cell.col);
    if (w.format !== undefined) range.numberFormat = [[w.format]];
    range.values = [[valueToWrite(w.value, w.format ?? w.cell.format)]];
    if (w.font !== undefined) range.format.font.name = w.font;
    count++;
    bytes += 160 + jsonBytes(w.value);
    if (count >= CELLS_PER_SYNC || bytes > PAYLOAD_BUDGET_BYTES) {
      await ctx.sync();
      count = 0;
      bytes = 0;
    }
  }
  await ctx.sync();
}
