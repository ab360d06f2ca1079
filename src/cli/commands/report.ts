import { existsSync } from 'fs';
import ExcelJS from 'exceljs';
import type { SheetData } from '../../core/cells';
import type { SheetSpec } from '../../core/output/sheetSpec';
import { buildBadgeSheet, computeBadgesFor } from '../../core/reports/badges';
import type { HistoryPoint } from '../../core/reports/history';
import { buildHistorySheet, addHistoryPoint, findHistory, historyPoint, readHistory } from '../../core/reports/history';
import { computeProgress, percent } from '../../core/reports/progress';
import { buildProgressSheet } from '../../core/reports/progressSheet';
import { CLI, ioReason } from '../../core/strings/cli';
import { GENERATE_CLI, HISTORY_SHEET, REPORT_HELP, noMembersTable } from '../../core/strings/reports';
import { XlsxLoadError, loadXlsxFile } from '../../host/file/loadXlsx';
import { sheetFromWorksheet } from '../../host/file/sheetFromWorksheet';
import { writeWorkbookBuffer } from '../../host/file/writeSheetSpec';
import { checkXlsxFile } from '../checkFile';
import type { CliIO } from '../io';
import { parseGenerateArgs, resolvePaths, writeOutput } from './appendix';

/** History from an earlier OUT.xlsx, else from FILE, else none. */
async function previousHistory(output: string, fromInput: () => Promise<HistoryPoint[]>): Promise<HistoryPoint[]> {
  if (existsSync(output)) {
    const previous = await loadXlsxFile(output);
    const ws = previous.getWorksheet(HISTORY_SHEET);
    if (ws) return readHistory(sheetFromWorksheet(ws));
  }
  return fromInput();
}

function pct(v: number | undefined): string {
  return (v ?? 0).toFixed(1).replace('.', ',');
}

/**
 * `dvcheck report FILE --out OUT.xlsx [--as-of YYYY-MM-DD] [--badges YEAR]`: the progress report (same engine and
 * options as `check`, so the numbers agree with `check --json`), the history sheet with one more row, the badge list.
 */
export async function runReport(argv: string[], io: CliIO): Promise<number> {
  const args = parseGenerateArgs('report', argv, ['--badges'], []);
  if ('error' in args) {
    io.stderr(args.error + '\n');
    return 2;
  }
  if (args.help) {
    io.stdout(REPORT_HELP);
    return 0;
  }
  let badgeYear: number | undefined;
  if (args.values['--badges'] !== undefined) {
    const v = args.values['--badges'];
    badgeYear = /^\d{4}$/.test(v) ? Number(v) : NaN;
    if (!(badgeYear >= 1930 && badgeYear <= 2200)) {
      io.stderr(GENERATE_CLI.badYear(v) + '\n');
      return 2;
    }
  }
  const paths = resolvePaths(args, io);
  if ('error' in paths) {
    io.stderr(paths.error + '\n');
    return 2;
  }

  let checked;
  let history: HistoryPoint[];
  try {
    checked = await checkXlsxFile(paths.input, args.file!, { asOf: args.asOf, requireTables: true });
    const host = checked.host;
    // The pane writes the history into the workbook, as "Lịch sử tiến độ (2)" beside a sheet of the user's so named.
    history = await previousHistory(paths.output, async () => (await findHistory(await host.listSheets(), (n) => host.readSheet(n)))?.points ?? []);
  } catch (e) {
    io.stderr((e instanceof XlsxLoadError ? e.message : CLI.internal(args.file!, ioReason(e))) + '\n');
    return 2;
  }
  const result = checked.result;
  if (result.members.length === 0) {
    io.stderr(noMembersTable() + '\n');
    return 2;
  }

  const report = computeProgress(result, args.asOf);
  history = addHistoryPoint(history, historyPoint(report));
  const specs: SheetSpec[] = [
    buildProgressSheet(report, { historySheet: HISTORY_SHEET, historyCount: history.length }),
    buildHistorySheet(history),
  ];
  let badgeCount = 0;
  if (badgeYear !== undefined) {
    const list = computeBadgesFor(result, badgeYear);
    badgeCount = list.entries.length;
    specs.push(buildBadgeSheet(list));
  }
  try {
    await writeOutput(paths.output, await writeWorkbookBuffer(new ExcelJS.Workbook(), specs));
  } catch (e) {
    io.stderr(CLI.outFailed(args.out!, ioReason(e)) + '\n');
    return 2;
  }
  const t = report.total;
  io.stdout(
    GENERATE_CLI.reportWritten(args.out!, t.total, pct(percent(t.reviewed, t.total)), pct(percent(t.standardised, t.total))) +
      '\n' +
      GENERATE_CLI.historyKept(history.length) +
      '\n' +
      (badgeYear !== undefined ? GENERATE_CLI.badgesWritten(badgeYear, badgeCount) + '\n' : ''),
  );
  return 0;
}
