import { planFixes } from '../../../src/core/fix';
import { serialFromYmd } from '../../../src/core/dates';
import { encodeTcvn3 } from '../../../src/core/text/legacyEncode';
import type { CellChange } from '../../../src/host/WorkbookHost';
import { OfficeWorkbookHost } from '../../../src/host/office/OfficeWorkbookHost';
import { FakeExcel } from '../../../src/host/office/testing/FakeExcel';
import { MEMBER_SHEET, seedCommuneWorkbook } from '../../../src/host/office/testing/seedWorkbook';

export const AS_OF = serialFromYmd(2025, 12, 30);

/**
 * The seeded commune workbook with one repairable fault of each kind a repair touches differently: text with
 * spaces, a phone typed as text without its leading zero in a General cell, an ID stored as a number, a date typed
 * as text, a lower-case gender, and a name typed in TCVN3 with a .VnTime font.
 */
/** One cell changed before the check: 0-based row and column, the value, and a number format or font if any. */
export interface Fault {
  row: number;
  col: number;
  value: string | number;
  format?: string;
  font?: string;
}

export const FAULTS: readonly Fault[] = [
  { row: 4, col: 1, value: '  Trần   Thị Bình ' }, // B5: whitespace
  { row: 5, col: 8, value: '903123456', format: 'General' }, // I6: phone lost its 0, text in a General cell
  { row: 7, col: 4, value: 37068005678, format: 'General' }, // E8: ID as a number, leading zero lost
  { row: 9, col: 3, value: '8.8.1985', format: 'General' }, // D10: date typed as text
  { row: 8, col: 1, value: encodeTcvn3('Vũ Thị Giang'), font: '.VnTime' }, // B9: TCVN3 text in a TCVN3 font
];

export function addFaults(excel: FakeExcel) {
  const s = excel.sheet(MEMBER_SHEET);
  for (const f of FAULTS) {
    s.set(f.row, f.col, f.value);
    if (f.format) s.setFormat(f.row, f.col, f.format);
    if (f.font) s.fontNames.set(`${f.row},${f.col}`, f.font);
  }
}

export function faultyWorkbook(apiVersion = 7): FakeExcel {
  const excel = new FakeExcel({ apiVersion });
  seedCommuneWorkbook(excel);
  addFaults(excel);
  return excel;
}

export function hostOver(excel: FakeExcel): OfficeWorkbookHost {
  return new OfficeWorkbookHost({ run: excel.run, isSetSupported: excel.isSetSupported, runGrouped: excel.runGrouped });
}

/** The plan the pane makes: every sheet read through the host, then the fix engine. */
export async function planThrough(host: OfficeWorkbookHost) {
  const names = await host.listSheets();
  const sheets = [];
  for (const n of names) sheets.push(await host.readSheet(n));
  return planFixes(sheets, { asOf: AS_OF });
}

export function toChanges(plan: ReturnType<typeof planFixes>): CellChange[] {
  return plan.changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, fix: c.after }));
}

/** Everything undo must put back, per sheet: values with their JS types, number formats, fonts (Calibri when unset). */
export function cellState(excel: FakeExcel, sheet: string): string {
  const s = excel.sheet(sheet);
  const rows: unknown[] = [];
  for (let r = 0; r < Math.max(s.values.length, s.formats.length); r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 12; c++) {
      const v = s.get(r, c);
      row.push([typeof v, v, s.format(r, c), s.fontNames.get(`${r},${c}`) ?? 'Calibri']);
    }
    rows.push(row);
  }
  return JSON.stringify(rows);
}
