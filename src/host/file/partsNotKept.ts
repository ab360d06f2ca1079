import type ExcelJS from 'exceljs';
import { sourceOf } from './sheetExtensions';
import { readZipDirectory } from './zipDirectory';

export type LostPart = 'charts' | 'pivots' | 'macros';

/**
 * Parts of the .xlsx/.xlsm a workbook was read from that the workbook library does not carry over to a copy it
 * writes (charts, pivot tables, macros), from the bytes loadXlsx kept (the file is not read again).
 */
export function partsNotKept(workbook: ExcelJS.Workbook): LostPart[] {
  const source = sourceOf(workbook);
  const entries = (source && readZipDirectory(source)) ?? [];
  const has = (re: RegExp) => entries.some((e) => re.test(e.name));
  const lost: LostPart[] = [];
  if (has(/^xl\/charts\/chart\d*\.xml$/i)) lost.push('charts');
  if (has(/^xl\/pivotTables\//i)) lost.push('pivots');
  if (has(/^xl\/vbaProject\.bin$/i)) lost.push('macros');
  return lost;
}
