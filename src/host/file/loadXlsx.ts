import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import { rememberDefaultFont } from './defaultFont';
import { rememberSource } from './sheetExtensions';
import { FILE_ERRORS } from '../../core/strings/cli';
import { sniffFormat } from './sniffFormat';
import { readZipDirectory } from './zipDirectory';
import { MAX_COLUMNS, MAX_ROWS, MAX_UNZIPPED_BYTES } from './limits';

/** Why a workbook could not be opened; `message` is a complete Vietnamese sentence for the user. */
export type XlsxLoadErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'empty'
  | 'encrypted-or-xls'
  | 'not-xlsx'
  | 'corrupt'
  | 'too-large'
  | 'too-many-rows';

export class XlsxLoadError extends Error {
  constructor(
    readonly code: XlsxLoadErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxLoadError';
  }
}

/** Reads an .xlsx file from disk. `displayName` is how messages name the file (the path the user typed). */
export async function loadXlsxFile(path: string, displayName: string = path): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    const stat = await fs.stat(path);
    if (stat.isDirectory()) throw new XlsxLoadError('not-a-file', FILE_ERRORS.notAFile(displayName));
    bytes = await fs.readFile(path);
  } catch (e) {
    if (e instanceof XlsxLoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxLoadError('not-found', FILE_ERRORS.notFound(displayName));
    throw new XlsxLoadError('unreadable', FILE_ERRORS.unreadable(displayName, code ?? String(e)));
  }
  return loadXlsxBuffer(bytes, displayName);
}

/** Opens an .xlsx held in memory, refusing non-xlsx, encrypted, corrupt and oversized files with one clear message. */
export async function loadXlsxBuffer(bytes: Buffer, displayName: string): Promise<ExcelJS.Workbook> {
  const format = sniffFormat(bytes);
  if (format === 'empty') throw new XlsxLoadError('empty', FILE_ERRORS.empty(displayName));
  if (format === 'cfb') throw new XlsxLoadError('encrypted-or-xls', FILE_ERRORS.encrypted(displayName));
  if (format !== 'zip') throw new XlsxLoadError('not-xlsx', FILE_ERRORS.notXlsx(displayName));

  const entries = readZipDirectory(bytes);
  if (!entries) throw new XlsxLoadError('corrupt', FILE_ERRORS.corrupt(displayName));
  if (!entries.some((e) => /(^|\/)workbook\.xml$/i.test(e.name))) {
    throw new XlsxLoadError('not-xlsx', FILE_ERRORS.notXlsx(displayName));
  }
  const unzipped = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (unzipped > MAX_UNZIPPED_BYTES) {
    throw new XlsxLoadError('too-large', FILE_ERRORS.tooLarge(displayName, Math.round(MAX_UNZIPPED_BYTES / 1048576)));
  }

  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new XlsxLoadError('corrupt', FILE_ERRORS.corrupt(displayName));
  }
  await rememberDefaultFont(workbook, bytes);
  rememberSource(workbook, bytes);
  for (const ws of workbook.worksheets) {
    if (ws.rowCount > MAX_ROWS || ws.columnCount > MAX_COLUMNS) {
      throw new XlsxLoadError('too-many-rows', FILE_ERRORS.tooManyRows(displayName, ws.name, ws.rowCount, MAX_ROWS));
    }
  }
  return workbook;
}
