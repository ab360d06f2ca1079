import type ExcelJS from 'exceljs';

/**
 * Per-workbook settings kept in a very hidden sheet (not listed by Excel's Unhide dialog), one key per row:
 * column A the key, columns B… the JSON value cut into pieces under Excel's 32,767-character cell limit.
 */
export const SETTINGS_SHEET = 'dvcheck_settings';
const CHUNK = 30000;

export function readSetting<T>(workbook: ExcelJS.Workbook, key: string): T | undefined {
  const ws = workbook.getWorksheet(SETTINGS_SHEET);
  if (!ws) return undefined;
  const row = findRow(ws, key);
  if (!row) return undefined;
  let json = '';
  for (let c = 2; ; c++) {
    const v = row.getCell(c).value;
    if (typeof v !== 'string' || v === '') break;
    json += v;
  }
  if (!json) return undefined;
  try {
    return JSON.parse(json) as T;
  } catch {
    return undefined;
  }
}

export function writeSetting<T>(workbook: ExcelJS.Workbook, key: string, value: T): void {
  const ws = workbook.getWorksheet(SETTINGS_SHEET) ?? workbook.addWorksheet(SETTINGS_SHEET, { state: 'veryHidden' });
  const row = findRow(ws, key) ?? ws.getRow(ws.rowCount + 1);
  const json = value === undefined ? '' : JSON.stringify(value);
  const old = row.cellCount;
  row.getCell(1).value = key;
  const pieces = json.match(new RegExp(`[\\s\\S]{1,${CHUNK}}`, 'gu')) ?? [];
  pieces.forEach((p, i) => (row.getCell(i + 2).value = p));
  for (let c = pieces.length + 2; c <= old; c++) row.getCell(c).value = null;
  row.commit();
}

function findRow(ws: ExcelJS.Worksheet, key: string): ExcelJS.Row | undefined {
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (row.getCell(1).value === key) return row;
  }
  return undefined;
}
