import { checkWorkbook } from '../core/engine';
import type { CheckOptions, CheckResult } from '../core/engine';
import { FileWorkbookHost } from '../host/file/FileWorkbookHost';
import { loadXlsxFile } from '../host/file/loadXlsx';

export interface CheckedFile {
  /** The file as the user named it. */
  file: string;
  host: FileWorkbookHost;
  result: CheckResult;
}

/** Opens one .xlsx (throws XlsxLoadError with a Vietnamese message when it cannot) and checks every visible sheet. */
export async function checkXlsxFile(path: string, displayName: string, options: CheckOptions): Promise<CheckedFile> {
  const workbook = await loadXlsxFile(path, displayName);
  const host = new FileWorkbookHost(workbook);
  const sheets = [];
  for (const name of await host.listSheets()) sheets.push(await host.readSheet(name));
  const result = checkWorkbook(sheets, options);
  return { file: displayName, host, result };
}
