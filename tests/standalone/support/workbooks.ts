/** Inputs of the standalone page's tests: real .xlsx files built here (synthetic data), and broken ones. */
import * as fs from 'fs';
import * as path from 'path';
import { buildSampleWorkbook } from '../../../src/core/sample/sampleWorkbook';
import { workbookFromLayouts } from '../../../src/host/file/workbookFromLayouts';

/** The synthetic commune (organisations and ~400 members with planted mistakes) as an .xlsx file. */
export async function writeSampleXlsx(dir: string, name = 'Xã mẫu.xlsx'): Promise<string> {
  const file = path.join(dir, name);
  await workbookFromLayouts(buildSampleWorkbook().sheets).xlsx.writeFile(file);
  return file;
}

/** A text file named .xlsx, a truncated zip and an OLE file (what a password-protected .xlsx is). */
export function writeBadFiles(dir: string): { text: string; corrupt: string; encrypted: string } {
  const text = path.join(dir, 'ghi chú.xlsx');
  fs.writeFileSync(text, 'Họ và tên;Ngày sinh\nNguyễn Văn A;01/01/1970\n');
  const corrupt = path.join(dir, 'hỏng.xlsx');
  fs.writeFileSync(corrupt, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 7)]));
  const encrypted = path.join(dir, 'có mật khẩu.xlsx');
  fs.writeFileSync(encrypted, Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]));
  return { text, corrupt, encrypted };
}

/** A members table of `rows` synthetic members (the bench generator) written with exceljs's streaming writer. */
export async function writeLargeXlsx(dir: string, rows: number, name = 'Danh sách lớn.xlsx'): Promise<string> {
  const { buildBenchMembers } = await import('../../../src/core/sample/benchTable');
  const { serialFromIso, utcDateFromSerial } = await import('../../../src/core/dates');
  const ExcelJS = (await import('exceljs')).default;
  const sheet = buildBenchMembers({ rows, asOf: serialFromIso('2025-12-30')! });
  const file = path.join(dir, name);
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: true });
  const ws = writer.addWorksheet(sheet.name);
  for (const cells of sheet.rows) {
    const row = ws.addRow(cells.map((c) => (c && c.type === 'date' && typeof c.value === 'number' ? utcDateFromSerial(c.value) : c?.value ?? null)));
    cells.forEach((c, i) => {
      if (c?.type === 'date') row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
      else if (c?.format === '@') row.getCell(i + 1).numFmt = '@';
    });
    row.commit();
  }
  await writer.commit();
  return file;
}
