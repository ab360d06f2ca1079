import { checkWorkbook } from '../core/engine';
import type { CheckOptions, CheckResult } from '../core/engine';
import { FileWorkbookHost } from '../host/file/FileWorkbookHost';
import { FILE_ERRORS } from '../core/strings/cli';
import { loadXlsxFile, XlsxLoadError } from '../host/file/loadXlsx';

export interface CheckedFile {
  /** The file as the user named it. */
  file: string;
  host: FileWorkbookHost;
  result: CheckResult;
}

/**
 * Opens one .xlsx (throws XlsxLoadError with a Vietnamese message when it cannot) and checks every visible sheet.
 * A workbook with no visible worksheet (only chart sheets, or every sheet hidden) has nothing to check: that is an
 * XlsxLoadError too, never a clean result.
 */
export async function checkXlsxFile(path: string, displayName: string, options: CheckOptions): Promise<CheckedFile> {
  const workbook = await loadXlsxFile(path, displayName);
  const host = new FileWorkbookHost(workbook);
  const names = await host.listSheets();
  if (!names.length) throw new XlsxLoadError('no-sheets', FILE_ERRORS.noSheets(displayName));
  const sheets = [];
  for (const name of names) sheets.push(await host.readSheet(name));
  const result = checkWorkbook(sheets, options);
  return { file: displayName, host, result };
}
