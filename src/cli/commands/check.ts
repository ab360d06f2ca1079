import { promises as fs } from 'fs';
import * as path from 'path';
import { isoFromSerial, formatDate } from '../../core/dates';
import type { FileReportJson } from '../../core/report/json';
import { checkReportToJson, fileReportToJson } from '../../core/report/json';
import { summarizeFile } from '../../core/report/summary';
import { CHECK_HELP, CLI, SUMMARY } from '../../core/strings/cli';
import { XlsxLoadError } from '../../host/file/loadXlsx';
import type { CliIO } from '../io';
import { checkXlsxFile } from '../checkFile';
import { checkedCopyPath } from '../outputPath';
import { parseCheckArgs } from './checkArgs';

/**
 * `dvcheck check FILE... [--json] [--as-of YYYY-MM-DD] [--out DIR]` (RULES.md §5).
 * Exit 0 no errors, 1 errors found, 2 a file could not be read or bad arguments; other files are still checked.
 */
export async function runCheck(argv: string[], io: CliIO): Promise<number> {
  const args = parseCheckArgs(argv);
  if ('error' in args) {
    io.stderr(args.error + '\n');
    return 2;
  }
  if (args.help) {
    io.stdout(CHECK_HELP);
    return 0;
  }

  let unreadable = false;
  let errorsFound = false;
  const reports: FileReportJson[] = [];
  const taken = new Set<string>();
  if (!args.json) io.stdout(SUMMARY.asOf(formatDate(args.asOf)) + '\n\n');

  for (const file of args.files) {
    const fullPath = path.resolve(io.cwd, file);
    let checked;
    try {
      checked = await checkXlsxFile(fullPath, file, { asOf: args.asOf, requireTables: true });
    } catch (e) {
      unreadable = true;
      io.stderr((e instanceof XlsxLoadError ? e.message : CLI.internal(file, errorText(e))) + '\n');
      continue;
    }
    const { tables, findings } = checked.result;
    if (!tables.length) io.stderr(CLI.noTable(file) + '\n');
    if (findings.some((f) => f.severity === 'error')) errorsFound = true;

    if (args.json) reports.push(fileReportToJson(file, tables, findings));
    else io.stdout(summarizeFile(file, tables, findings, { outHint: !args.outDir }));

    if (args.outDir) {
      const outDir = path.resolve(io.cwd, args.outDir);
      const target = checkedCopyPath(outDir, file, taken);
      if (path.resolve(target) === fullPath) {
        io.stderr(CLI.sameAsInput(target) + '\n');
        unreadable = true;
      } else {
        try {
          await fs.mkdir(outDir, { recursive: true });
          await checked.host.markFindings(findings);
          await checked.host.saveAs(target);
          if (!args.json) io.stdout(CLI.outWritten(path.relative(io.cwd, target) || target) + '\n');
        } catch (e) {
          io.stderr(CLI.outFailed(target, errorText(e)) + '\n');
          unreadable = true;
        }
      }
    }

    if (!args.json) io.stdout('\n');
  }

  if (args.json) io.stdout(JSON.stringify(checkReportToJson(isoFromSerial(args.asOf), reports), null, 2) + '\n');
  return unreadable ? 2 : errorsFound ? 1 : 0;
}

function errorText(e: unknown): string {
  if (e && typeof e === 'object' && 'code' in e && typeof (e as { code: unknown }).code === 'string') {
    return (e as { code: string }).code;
  }
  return e instanceof Error ? e.message : String(e);
}
