import ExcelJS from 'exceljs';

/** Cells exceljs holds as formulas or hyperlinks: writing a plain value would destroy them (as `dvcheck fix`). */
export function lockedCells(workbook: ExcelJS.Workbook): (sheet: string, row: number, col: number) => boolean {
  return (sheet, row, col) => {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) return true;
    const type = ws.getCell(row, col + 1).type;
    return type === ExcelJS.ValueType.Formula || type === ExcelJS.ValueType.Hyperlink;
  };
}
