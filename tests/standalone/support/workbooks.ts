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
