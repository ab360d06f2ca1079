import type ExcelJS from 'exceljs';
import type { Cell } from '../../core/cells';
import { serialFromUtcDate } from '../../core/dates';
import { legacyFontEncoding } from '../../core/text/legacy';

/**
 * One exceljs cell → the core cell model. Rich text and hyperlinks become their plain text, a formula its
 * cached result (we never recalculate), a Date (exceljs gives calendar dates at UTC midnight, 1904 system
 * already applied) an Excel serial. A cell without a font of its own shows in defaultFont, the workbook's.
 */
export function cellFromExcel(cell: ExcelJS.Cell, defaultFont?: string): Cell | undefined {
  const value = plainValue(cell.value);
  if (value === undefined) return undefined;
  const numFmt = cell.numFmt;
  const font = richTextFont(cell.value) ?? cell.font?.name ?? defaultFont;
  const out: Cell = value;
  if (numFmt) out.format = numFmt;
  else if (value.type === 'number' || value.type === 'date') out.format = 'General';
  if (font) out.font = font;
  return out;
}

/** A formula with no cached result (the file was never calculated by Excel): its value is unknown, not empty. */
export function isUncalculatedFormula(cell: ExcelJS.Cell): boolean {
  const v = cell.value as unknown;
  if (!v || typeof v !== 'object' || !('formula' in v || 'sharedFormula' in v)) return false;
  const r = (v as { result?: unknown }).result;
  return r === undefined || r === null;
}

/** The value part of a cell (no format/font); undefined for an empty cell. */
export function plainValue(v: ExcelJS.CellValue | undefined): Cell | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v === '' ? undefined : { type: 'text', value: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { type: 'number', value: v } : { type: 'error', value: '#NUM!' };
  if (typeof v === 'boolean') return { type: 'boolean', value: v };
  if (v instanceof Date) {
    const serial = serialFromUtcDate(v);
    return Number.isFinite(serial) ? { type: 'date', value: serial } : { type: 'error', value: '#VALUE!' };
  }
  if (typeof v === 'object') {
    const o = v as unknown as Record<string, unknown>;
    if ('error' in o) return { type: 'error', value: String(o.error) };
    if ('richText' in o) return textCell(richTextToPlain(o.richText));
    if ('formula' in o || 'sharedFormula' in o || 'result' in o) {
      return plainValue(o.result as ExcelJS.CellValue | undefined);
    }
    if ('text' in o) {
      // A hyperlink: its text, itself plain or rich.
      const t = o.text;
      if (t && typeof t === 'object' && 'richText' in t) return textCell(richTextToPlain((t as { richText: unknown }).richText));
      return textCell(t === undefined || t === null ? '' : String(t));
    }
  }
  return undefined;
}

/**
 * The font rich text shows in, when a run carries a legacy one (.VnTime, VNI-Times): each run has its own font,
 * the cell's is only a default, and text typed in TCVN3 often sits in runs of an otherwise Unicode cell.
 */
function richTextFont(v: ExcelJS.CellValue | undefined): string | undefined {
  const runs = v && typeof v === 'object' && 'richText' in v ? (v as ExcelJS.CellRichTextValue).richText : undefined;
  if (!Array.isArray(runs)) return undefined;
  for (const run of runs) {
    const name = run.font?.name;
    if (name && legacyFontEncoding(name) && /\S/.test(run.text)) return name;
  }
  return undefined;
}

function textCell(s: string): Cell | undefined {
  return s === '' ? undefined : { type: 'text', value: s };
}

function richTextToPlain(runs: unknown): string {
  if (!Array.isArray(runs)) return '';
  return runs.map((r) => (r && typeof r === 'object' && 'text' in r ? String((r as { text: unknown }).text) : '')).join('');
}
