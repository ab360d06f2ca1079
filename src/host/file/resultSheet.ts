import type ExcelJS from 'exceljs';
import { columnLetter, cellAddress } from '../../core/cells';
import type { Finding } from '../../core/findings';
import { GROUP_LABELS, SEVERITY_LABELS } from '../../core/findings';
import { RULES_BY_ID } from '../../core/rules/catalog';
import { RESULT_SHEET } from '../../core/strings/cli';
import { fieldName } from '../../core/strings/rules';
import { markFill } from './markStyles';

const WIDTHS = [18, 8, 11, 12, 34, 20, 80, 50];

/** Replaces the sheet "Kết quả kiểm tra" with one row per finding, a link to each cell, filters and widths. */
export function writeResultSheet(workbook: ExcelJS.Workbook, findings: readonly Finding[]): ExcelJS.Worksheet {
  removeResultSheet(workbook);
  const ws = workbook.addWorksheet(RESULT_SHEET.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = RESULT_SHEET.headers.map((header, i) => ({ header, width: WIDTHS[i] }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };

  for (const f of findings) {
    const address = cellAddress(f.row, f.col);
    const target = workbook.getWorksheet(f.sheet) ? `${quoteSheet(f.sheet)}!${address}` : undefined;
    const row = ws.addRow([
      f.sheet,
      target ? linkFormula(target, address) : address,
      SEVERITY_LABELS[f.severity],
      GROUP_LABELS[f.group],
      RULES_BY_ID.get(f.rule)?.title ?? f.rule,
      f.field ? fieldName(f.field) : '',
      f.message,
      f.suggestion ?? '',
    ]);
    row.getCell(3).fill = markFill(f.severity);
    if (target) row.getCell(2).font = { color: { argb: 'FF0563C1' }, underline: true };
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = wrappedHeight(row);
  }
  if (!findings.length) ws.addRow([RESULT_SHEET.noFindings]);
  ws.autoFilter = { from: 'A1', to: `${columnLetter(RESULT_SHEET.headers.length - 1)}${Math.max(1, ws.rowCount)}` };
  // Printed: landscape, one page wide, the header on every page (without it each column printed on its own pages).
  ws.pageSetup = {
    ...ws.pageSetup,
    paperSize: 9, // A4
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: '1:1',
  };
  return ws;
}

/** Points per wrapped line of the default 11-point font. */
const LINE_HEIGHT = 15;

/**
 * Room for the longest wrapped text of the row. Not every program grows a wrapped row when it opens the file
 * (LibreOffice keeps the default height and the messages overlap), so the height is set from the text length.
 */
function wrappedHeight(row: ExcelJS.Row): number {
  let lines = 1;
  WIDTHS.forEach((width, i) => {
    const value = row.getCell(i + 1).value;
    if (typeof value !== 'string') return;
    // ~1.1 characters of Vietnamese text per unit of column width.
    lines = Math.max(lines, Math.ceil(value.length / (width * 1.1)));
  });
  return Math.min(lines, 15) * LINE_HEIGHT;
}

export function removeResultSheet(workbook: ExcelJS.Workbook): void {
  const existing = workbook.getWorksheet(RESULT_SHEET.name);
  if (existing) workbook.removeWorksheet(existing.id);
}

/**
 * A HYPERLINK formula rather than an exceljs hyperlink: exceljs writes internal links with an external
 * relationship as well, which Excel may follow as a file path. The cached result is the address text.
 */
function linkFormula(target: string, text: string): ExcelJS.CellFormulaValue {
  const literal = (s: string) => '"' + s.replace(/"/g, '""') + '"';
  return { formula: `HYPERLINK(${literal('#' + target)},${literal(text)})`, result: text, date1904: false };
}

/** 'Đảng viên' → "'Đảng viên'" (always quoted: names with spaces or diacritics need it, others accept it). */
function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
