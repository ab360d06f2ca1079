/**
 * Realistic workbooks: built with exceljs the way commune offices make them (titles, merged headers, numbering
 * rows, signature blocks, legacy fonts …), written to disk, read back through the file adapter and checked.
 * All people, numbers and places are synthetic.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FileWorkbookHost } from '../../src/host/file/FileWorkbookHost';
import { loadXlsxFile } from '../../src/host/file/loadXlsx';
import { checkWorkbook, type CheckResult } from '../../src/core/engine';
import { serialFromYmd } from '../../src/core/dates';
import type { Finding } from '../../src/core/findings';
import type { SheetData } from '../../src/core/cells';
import { makeTempDir } from '../helpers/xlsx';

export const AS_OF = serialFromYmd(2025, 12, 30);

export interface Checked {
  file: string;
  sheets: SheetData[];
  result: CheckResult;
}

/** Writes the workbook, reads it back as dvcheck does and checks every sheet. */
export async function checkBook(wb: ExcelJS.Workbook, name = 'book.xlsx'): Promise<Checked> {
  const file = path.join(makeTempDir('dvcheck-real-'), name);
  await wb.xlsx.writeFile(file);
  if (process.env.KEEP_BOOKS) await wb.xlsx.writeFile(path.join(process.env.KEEP_BOOKS, name));
  const host = new FileWorkbookHost(await loadXlsxFile(file));
  const sheets: SheetData[] = [];
  for (const n of await host.listSheets()) sheets.push(await host.readSheet(n));
  const result = checkWorkbook(sheets, { asOf: AS_OF });
  if (process.env.DUMP_FINDINGS) {
    // eslint-disable-next-line no-console
    console.log(JSON.stringify({ tables: result.tables.map(({ headers, dataRows, ...t }) => ({ ...t, rows: dataRows.length, headers: headers.map((h) => `${h.col}:${h.label}=${h.field ?? ''}`) })), findings: result.findings.map(brief) }, null, 1));
  }
  return { file, sheets, result };
}

/** "E12 id-format" — a compact form for assertions and dumps. */
export function brief(f: Finding): string {
  return `${f.sheet}!${cellName(f)} ${f.rule}`;
}

function cellName(f: Finding): string {
  let s = '';
  let n = f.col + 1;
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s + f.row;
}

/** Findings on one sheet as "A12 rule" strings (sorted). */
export function findingsOn(result: CheckResult, sheet: string, filter: (f: Finding) => boolean = () => true): string[] {
  return result.findings
    .filter((f) => f.sheet === sheet && filter(f))
    .map((f) => `${cellName(f)} ${f.rule}`)
    .sort();
}

/** Rules found on one Excel row of a sheet. */
export function rulesOnRow(result: CheckResult, sheet: string, row: number): string[] {
  return result.findings.filter((f) => f.sheet === sheet && f.row === row).map((f) => f.rule).sort();
}

/** UTC midnight: how exceljs writes a calendar date. */
export function d(y: number, m: number, day: number): Date {
  return new Date(Date.UTC(y, m - 1, day));
}

/** Writes a row of values starting at column A; Dates get dd/mm/yyyy. */
export function putRow(ws: ExcelJS.Worksheet, row: number, values: (ExcelJS.CellValue | undefined)[], from = 1): void {
  values.forEach((v, i) => {
    if (v === undefined || v === null) return;
    const cell = ws.getCell(row, from + i);
    cell.value = v;
    if (v instanceof Date) cell.numFmt = 'dd/mm/yyyy';
  });
}

/** Thin borders on a block, bold header cells: what a printed list looks like (styles must not confuse reading). */
export function boxed(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) {
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
}

/** Every cell of a block in one font (a sheet typed in .VnTime, VNI-Times …). */
export function fontBlock(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number, name: string, bold = false): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).font = { name, bold };
}
