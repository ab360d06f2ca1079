import { promises as fs } from 'fs';
import { existingSpelling } from './loadXlsx';
import { readZipDirectory } from './zipDirectory';

export type LostPart = 'charts' | 'pivots' | 'macros';

/** Parts of an .xlsx/.xlsm the workbook library does not carry over to a copy it writes (charts, pivot tables, macros). */
export async function partsNotKept(file: string): Promise<LostPart[]> {
  const entries = readZipDirectory(await fs.readFile(await existingSpelling(file))) ?? [];
  const has = (re: RegExp) => entries.some((e) => re.test(e.name));
  const lost: LostPart[] = [];
  if (has(/^xl\/charts\/chart\d*\.xml$/i)) lost.push('charts');
  if (has(/^xl\/pivotTables\//i)) lost.push('pivots');
  if (has(/^xl\/vbaProject\.bin$/i)) lost.push('macros');
  return lost;
}
