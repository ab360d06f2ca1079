import { promises as fs } from 'fs';
import * as path from 'path';
import { isoFromSerial, formatDate } from '../../core/dates';
import type { FileReportJson } from '../../core/report/json';
import { checkReportToJson, fileReportToJson } from '../../core/report/json';
import { summarizeFile } from '../../core/report/summary';
import { CHECK_HELP, CLI, SUMMARY, ioReason } from '../../core/strings/cli';
import { FIX_REPORT } from '../../core/strings/fix';
import { XlsxLoadError } from '../../host/file/loadXlsx';
import { partsNotKept } from '../../host/file/partsNotKept';
import type { CliIO } from '../io';
import { checkXlsxFile } from '../checkFile';
import { expandInputs } from '../inputs';
import { checkedCopyPath, isCheckedCopyIn, pathKey } from '../outputPath';
import { parseCheckArgs } from './checkArgs';

/**
 * `dvcheck check FILE... [--json] [--as-of YYYY-MM-DD] [--out DIR]` (RULES.md §5).
 * Exit 0 no errors, 1 errors found, 2 a file could not be read or bad arguments; other files are still checked.
 * Excel's "~$" lock files and, with --out DIR, the copies an earlier run wrote into DIR are skipped with a note.
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
  const outDir = args.outDir === undefined ? undefined : path.resolve(io.cwd, args.outDir);
  if (outDir !== undefined && (await fs.stat(outDir).catch(() => undefined))?.isFile()) {
    io.stderr(CLI.outIsFile(args.outDir!) + '\n');
    return 2;
  }

  const inputs = await expandInputs(args.files, io.cwd);
  for (const line of [...inputs.unmatched, ...inputs.notes]) io.stderr(line + '\n');
  let unreadable = inputs.unmatched.length > 0;
  let errorsFound = false;
  let checkedAny = false;
  const reports: FileReportJson[] = [];
  // A copy an earlier run wrote into the --out folder (*.xlsx --out . run twice) is a result, not a list.
  const files = inputs.files.filter(({ file, fullPath }) => {
    const copy = outDir !== undefined && isCheckedCopyIn(outDir, fullPath);
    if (copy) io.stderr(CLI.skippedCheckedCopy(file.normalize('NFC')) + '\n');
    return !copy;
  });
  // No copy may take the place of an input, even one checked later.
  const taken = new Set(files.map((f) => pathKey(f.fullPath)));
  if (!args.json) io.stdout(SUMMARY.asOf(formatDate(args.asOf)) + '\n\n');

  for (const { file, fullPath } of files) {
    // Every line a person reads names the file in NFC; the JSON keeps the path as given, so tools can open it.
    const shown = file.normalize('NFC');
    let checked;
    try {
      checked = await checkXlsxFile(fullPath, shown, { asOf: args.asOf, requireTables: true });
    } catch (e) {
      if (e instanceof XlsxLoadError && e.code === 'lock-file') {
        io.stderr(CLI.skippedLockFile(shown, path.basename(shown).slice(2)) + '\n');
        continue;
      }
      unreadable = true;
      io.stderr((e instanceof XlsxLoadError ? e.message : CLI.internal(shown, ioReason(e))) + '\n');
      continue;
    }
    checkedAny = true;
    const { tables, findings } = checked.result;
    if (!tables.length) io.stderr(CLI.noTable(shown) + '\n');
    if (findings.some((f) => f.severity === 'error')) errorsFound = true;

    if (args.json) reports.push(fileReportToJson(file, tables, findings));
    else io.stdout(summarizeFile(shown, tables, findings, { outHint: !outDir }));

    if (outDir !== undefined) {
      const target = checkedCopyPath(outDir, file, taken);
      const shownTarget = path.relative(io.cwd, target) || target;
      if (pathKey(target) === pathKey(fullPath)) {
        io.stderr(CLI.sameAsInput(shownTarget) + '\n');
        unreadable = true;
      } else {
        try {
          await fs.mkdir(outDir, { recursive: true });
          await checked.host.markFindings(findings);
          await checked.host.saveAs(target);
          if (!args.json) io.stdout(CLI.outWritten(shownTarget) + '\n');
          const lost = partsNotKept(checked.host.workbook);
          if (lost.length) {
            const line = CLI.copyNotKept(shown, lost.map((p) => FIX_REPORT.parts[p])) + '\n';
            if (args.json) io.stderr(line);
            else io.stdout(line);
          }
        } catch (e) {
          io.stderr(CLI.outFailed(shownTarget, ioReason(e)) + '\n');
          unreadable = true;
        }
      }
    }

    if (!args.json) io.stdout('\n');
  }

  if (!checkedAny && !unreadable) {
    io.stderr(CLI.nothingChecked + '\n');
    unreadable = true;
  }
  if (args.json) io.stdout(JSON.stringify(checkReportToJson(isoFromSerial(args.asOf), reports), null, 2) + '\n');
  return unreadable ? 2 : errorsFound ? 1 : 0;
}

