import ExcelJS from 'exceljs';
import type { Cell } from '../../core/cells';
import { utcDateFromSerial } from '../../core/dates';
import type { SheetLayout } from '../../core/sample/layout';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};

/** Writes SheetData (values, number formats, fonts, merges) plus layout hints into a new exceljs workbook. */
export function workbookFromLayouts(layouts: readonly SheetLayout[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const layout of layouts) {
    const { data } = layout;
    const ws = wb.addWorksheet(data.name, layout.freezeRows ? { views: [{ state: 'frozen', ySplit: layout.freezeRows }] } : {});
    layout.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
    data.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell || cell.type === 'empty') return;
        writeCell(ws.getCell(r + 1, c + 1), cell);
      });
    });
    if (layout.table) {
      const { top, left, bottom, right } = layout.table;
      for (let r = top; r <= bottom; r++) {
        for (let c = left; c <= right; c++) {
          const cell = ws.getCell(r + 1, c + 1);
          cell.style = { ...cell.style, border: THIN };
        }
      }
    }
    for (const r of layout.titleRows) {
      const row = ws.getRow(r + 1);
      row.font = { bold: true, size: 13 };
      row.alignment = { horizontal: 'center' };
    }
    for (const r of layout.headerRows) {
      const row = ws.getRow(r + 1);
      row.eachCell({ includeEmpty: true }, (cell) => {
        cell.style = {
          ...cell.style,
          font: { bold: true },
          alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
          fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
        };
      });
    }
    for (const m of data.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  return wb;
}

function writeCell(target: ExcelJS.Cell, cell: Cell): void {
  switch (cell.type) {
    case 'date':
      target.value = utcDateFromSerial(cell.value as number);
      break;
    case 'error':
      target.value = { error: cell.value as ExcelJS.CellErrorValue['error'] };
      break;
    default:
      target.value = cell.value as ExcelJS.CellValue;
  }
  const numFmt = cell.format && cell.format !== 'General' ? cell.format : cell.type === 'date' ? 'dd/mm/yyyy' : undefined;
  if (numFmt) target.numFmt = numFmt;
  if (cell.font) target.font = { name: cell.font };
}
