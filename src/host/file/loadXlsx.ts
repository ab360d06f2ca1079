import { promises as fs } from 'fs';
import * as nodePath from 'path';
import ExcelJS from 'exceljs';
import { rememberDefaultFont } from './defaultFont';
import { rememberSource } from './sheetExtensions';
import { FILE_ERRORS, ioReason } from '../../core/strings/cli';
import { compoundFileKind, sniffFormat } from './sniffFormat';
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
  | 'lock-file'
  | 'no-sheets'
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

/** Excel's owner file "~$name.xlsx", written beside a workbook while it is open: a few hundred bytes, never a workbook. */
const LOCK_FILE_MAX_BYTES = 4096;

export function isExcelLockFileName(file: string): boolean {
  return nodePath.basename(file).startsWith('~$');
}

/**
 * Reads an .xlsx file from disk. `displayName` is how messages name the file (the path the user typed).
 * A name typed in one Unicode form (NFC, as Vietnamese keyboards type) finds the file stored in the other (NFD, as
 * files copied from a Mac often are).
 */
export async function loadXlsxFile(path: string, displayName: string = path): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    const found = await existingSpelling(path);
    const stat = await fs.stat(found);
    if (stat.isDirectory()) throw new XlsxLoadError('not-a-file', FILE_ERRORS.notAFile(displayName));
    if (isExcelLockFileName(found) && stat.size < LOCK_FILE_MAX_BYTES) {
      throw new XlsxLoadError('lock-file', FILE_ERRORS.lockFile(displayName, nodePath.basename(found).slice(2)));
    }
    bytes = await fs.readFile(found);
  } catch (e) {
    if (e instanceof XlsxLoadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new XlsxLoadError('not-found', FILE_ERRORS.notFound(displayName));
    throw new XlsxLoadError('unreadable', FILE_ERRORS.unreadable(displayName, ioReason(e)));
  }
  return loadXlsxBuffer(bytes, displayName);
}

/** `path` when it exists, else its NFC or NFD spelling when that one does. */
export async function existingSpelling(path: string): Promise<string> {
  for (const candidate of [path, path.normalize('NFC'), path.normalize('NFD')]) {
    try {
      await fs.access(candidate);
      return candidate;
    } catch {
      // try the next spelling
    }
  }
  return path;
}

/** Opens an .xlsx held in memory, refusing non-xlsx, encrypted, corrupt and oversized files with one clear message. */
export async function loadXlsxBuffer(bytes: Buffer, displayName: string): Promise<ExcelJS.Workbook> {
  const format = sniffFormat(bytes);
  if (format === 'empty') throw new XlsxLoadError('empty', FILE_ERRORS.empty(displayName));
  if (format === 'cfb') {
    const kind = compoundFileKind(bytes);
    const message = kind === 'encrypted' ? FILE_ERRORS.passwordProtected : kind === 'xls' ? FILE_ERRORS.oldXls : FILE_ERRORS.encrypted;
    throw new XlsxLoadError('encrypted-or-xls', message(displayName));
  }
  if (format === 'markup') throw new XlsxLoadError('not-xlsx', FILE_ERRORS.webPage(displayName));
  if (format !== 'zip') {
    const csv = /\.(csv|txt)$/i.test(displayName);
    throw new XlsxLoadError('not-xlsx', csv ? FILE_ERRORS.csv(displayName) : FILE_ERRORS.notXlsx(displayName));
  }

  const entries = readZipDirectory(bytes);
  if (!entries) throw new XlsxLoadError('corrupt', FILE_ERRORS.corrupt(displayName));
  if (!entries.some((e) => /(^|\/)workbook\.xml$/i.test(e.name))) {
    const ods = entries.some((e) => e.name === 'mimetype') && entries.some((e) => e.name === 'content.xml');
    throw new XlsxLoadError('not-xlsx', ods ? FILE_ERRORS.ods(displayName) : FILE_ERRORS.notXlsx(displayName));
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
