import type { SheetData } from '../cells';
import { cellAt } from '../cells';
import { formatDate, isValidYmd, serialFromYmd } from '../dates';
import { GROUPS } from '../findings';
import type { SheetSpec, SpecStyle } from '../output/sheetSpec';
import { SpecBuilder } from '../output/specBuilder';
import { HISTORY_HEADERS, HISTORY_SHEET, HISTORY_TITLE } from '../strings/reports';
import { headerKey } from '../text/normalize';
import type { ProgressReport } from './progress';
import { percent } from './progress';

/** One past report: the row it left in "Lịch sử tiến độ". */
export interface HistoryPoint {
  /** Excel serial day. */
  date: number;
  total: number;
  reviewed: number;
  reviewedPct?: number;
  standardised: number;
  standardisedPct?: number;
  errors: number;
}

export const HISTORY_HEADER_ROW = 2; // 0-based: title, blank line, header
const BORDER: SpecStyle = { border: true, vAlign: 'middle' };

export function historyPoint(report: ProgressReport): HistoryPoint {
  const t = report.total;
  return {
    date: report.asOf,
    total: t.total,
    reviewed: t.reviewed,
    reviewedPct: percent(t.reviewed, t.total),
    standardised: t.standardised,
    standardisedPct: percent(t.standardised, t.total),
    errors: GROUPS.reduce((s, g) => s + t.groups[g], 0),
  };
}

/**
 * The history with this report's point: a report run again for the same day replaces that day's row (a trend of two
 * points on one day says nothing), and the rows stay in date order whatever as-of date a run was given.
 */
export function addHistoryPoint(history: readonly HistoryPoint[], point: HistoryPoint): HistoryPoint[] {
  return [...history.filter((p) => p.date !== point.date), point].sort((a, b) => a.date - b.date);
}

function numberAt(sheet: SheetData, r: number, c: number): number | undefined {
  const cell = cellAt(sheet, r, c);
  if (cell.type === 'number' || cell.type === 'date') return cell.value as number;
  if (cell.type === 'text') {
    const n = Number(String(cell.value).replace(',', '.').trim());
    return Number.isFinite(n) && String(cell.value).trim() !== '' ? n : undefined;
  }
  return undefined;
}

function dateAt(sheet: SheetData, r: number, c: number): number | undefined {
  const cell = cellAt(sheet, r, c);
  if (cell.type === 'number' || cell.type === 'date') return Math.floor(cell.value as number);
  if (cell.type !== 'text') return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(String(cell.value).trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidYmd(y, mo, d) ? serialFromYmd(y, mo, d) : undefined;
}

function historyHeaderRow(sheet: SheetData): number {
  const wanted = headerKey(HISTORY_HEADERS[0]);
  return sheet.rows.findIndex((_, r) => {
    const c = cellAt(sheet, r, 0);
    return c.type === 'text' && headerKey(String(c.value)) === wanted;
  });
}

/** The sheet is a history an earlier report wrote (its header is there), not a sheet of the user's with that name. */
export function isHistorySheet(sheet: SheetData): boolean {
  return historyHeaderRow(sheet) >= 0;
}

/**
 * The history an earlier report left in a workbook: the first sheet named like it ("Lịch sử tiến độ" or, beside a
 * sheet of the user's so named, "Lịch sử tiến độ (2)") that holds the history's header.
 */
export async function findHistory(
  names: readonly string[],
  read: (name: string) => Promise<SheetData>,
): Promise<{ name: string; points: HistoryPoint[] } | undefined> {
  for (const name of names.filter(isHistorySheetName)) {
    const sheet = await read(name);
    if (isHistorySheet(sheet)) return { name, points: readHistory(sheet) };
  }
  return undefined;
}

/** "Lịch sử tiến độ", or the numbered name it got beside a sheet of the user's so named ("Lịch sử tiến độ (2)"). */
export function isHistorySheetName(name: string): boolean {
  const key = name.normalize('NFC').toLowerCase();
  const base = HISTORY_SHEET.toLowerCase();
  return key === base || (key.startsWith(base + ' (') && /^ \(\d+\)$/.test(key.slice(base.length)));
}

/** Reads the rows an earlier report left in a "Lịch sử tiến độ" sheet (header found by its first label). */
export function readHistory(sheet: SheetData): HistoryPoint[] {
  const headerRow = historyHeaderRow(sheet);
  if (headerRow < 0) return [];
  const points: HistoryPoint[] = [];
  for (let r = headerRow + 1; r < sheet.rows.length; r++) {
    const date = dateAt(sheet, r, 0);
    if (date === undefined) continue;
    points.push({
      date,
      total: numberAt(sheet, r, 1) ?? 0,
      reviewed: numberAt(sheet, r, 2) ?? 0,
      reviewedPct: numberAt(sheet, r, 3),
      standardised: numberAt(sheet, r, 4) ?? 0,
      standardisedPct: numberAt(sheet, r, 5),
      errors: numberAt(sheet, r, 6) ?? 0,
    });
  }
  return points;
}

/** The history sheet: every report so far, one row each, oldest first. */
export function buildHistorySheet(points: readonly HistoryPoint[], name: string = HISTORY_SHEET): SheetSpec {
  const b = new SpecBuilder(name);
  b.mergedLine(0, 0, HISTORY_HEADERS.length - 1, HISTORY_TITLE, { bold: true, hAlign: 'center' });
  HISTORY_HEADERS.forEach((h, c) =>
    b.set(HISTORY_HEADER_ROW, c, h, { type: 'text', style: { ...BORDER, bold: true, wrap: true, hAlign: 'center', fill: 'D9E1F2' } }),
  );
  points.forEach((p, i) => {
    const r = HISTORY_HEADER_ROW + 1 + i;
    b.set(r, 0, p.date, { type: 'date', format: 'dd/mm/yyyy', style: { ...BORDER, hAlign: 'center' } });
    const values = [p.total, p.reviewed, p.reviewedPct ?? null, p.standardised, p.standardisedPct ?? null, p.errors];
    values.forEach((v, k) => b.set(r, k + 1, v, { type: 'number', format: k === 2 || k === 4 ? '0.0' : '0', style: BORDER }));
  });
  b.widths([14, 12, 12, 12, 14, 12, 10]);
  b.height(HISTORY_HEADER_ROW, 45);
  b.spec.freezeRows = HISTORY_HEADER_ROW + 1;
  // One page wide: printed without it, the last two columns fell onto a page of their own.
  b.spec.print = {
    orientation: 'portrait',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: { first: HISTORY_HEADER_ROW, last: HISTORY_HEADER_ROW },
  };
  return b.spec;
}

/** Excel rows (0-based) of the history points in a sheet built by buildHistorySheet. */
export function historyDataRows(count: number): { firstRow: number; lastRow: number } {
  return { firstRow: HISTORY_HEADER_ROW + 1, lastRow: HISTORY_HEADER_ROW + count };
}

/** Category labels the line chart shows. */
export function historyLabel(p: HistoryPoint): string {
  return formatDate(p.date);
}
