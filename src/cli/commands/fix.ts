import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { formatDate, serialFromIso, todaySerial } from '../../core/dates';
import { FIXABLE_RULE_IDS, isFixableRule, planFixes, type FixPlan } from '../../core/fix';
import { RULES, ruleMeta } from '../../core/rules/catalog';
import { CLI, ioReason } from '../../core/strings/cli';
import { FIX_CLI, FIX_HELP, FIX_REPORT } from '../../core/strings/fix';
import { FileWorkbookHost } from '../../host/file/FileWorkbookHost';
import { XlsxLoadError, loadXlsxFile } from '../../host/file/loadXlsx';
import { partsNotKept } from '../../host/file/partsNotKept';
import type { CliIO } from '../io';

/**
 * `dvcheck fix FILE --out FIXED.xlsx [--rules id,id] [--as-of YYYY-MM-DD]`: plans every safe fix of the workbook,
 * writes the changed cells (value, number format, font name; every other style attribute kept) into the loaded
 * workbook and saves it as FIXED.xlsx. FILE is only read. Exit 0 written, 2 bad arguments or unreadable/unwritable file.
 */

export interface FixArgs {
  file: string;
  out: string;
  /** Excel serial. */
  asOf: number;
  rules?: string[];
}

type Parsed = FixArgs | { help: true } | { error: string };

export function parseFixArgs(argv: readonly string[], today: number = todaySerial()): Parsed {
  const files: string[] = [];
  let out: string | undefined;
  let asOf = today;
  let rules: string[] | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h' || arg === '--help') return { help: true };
    if (!arg.startsWith('--') || arg === '--') {
      if (arg !== '--') files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--out' && name !== '--rules' && name !== '--as-of') return { error: CLI.unknownOption(arg) };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value.trim() === '' || (eq < 0 && value.startsWith('--'))) return { error: FIX_CLI.missingValue(name) };
    if (name === '--out') out = value;
    else if (name === '--as-of') {
      const serial = serialFromIso(value.trim());
      if (serial === undefined) return { error: CLI.badAsOf(value) };
      asOf = serial;
    } else {
      const ids = value.split(',').map((s) => s.trim()).filter(Boolean);
      const bad = ids.filter((id) => !isFixableRule(id));
      if (!ids.length || bad.length) return { error: FIX_CLI.badRules(bad.length ? bad : [value], fixableList()) };
      rules = [...new Set([...(rules ?? []), ...ids])];
    }
  }
  if (files.length === 0) return { error: FIX_CLI.noFile };
  if (files.length > 1) return { error: FIX_CLI.tooManyFiles(files) };
  if (out === undefined) return { error: FIX_CLI.noOut };
  if (!/\.xlsx$/i.test(out)) return { error: FIX_CLI.outNotXlsx(out) };
  return { file: files[0], out, asOf, rules };
}

function fixableList(): string {
  return FIXABLE_RULE_IDS.map((id) => FIX_CLI.ruleLine(id, ruleMeta(id).title)).join('\n');
}

export async function runFix(argv: string[], io: CliIO): Promise<number> {
  const args = parseFixArgs(argv);
  if ('error' in args) {
    io.stderr(args.error + '\n');
    return 2;
  }
  if ('help' in args) {
    io.stdout(FIX_HELP);
    return 0;
  }
  const input = path.resolve(io.cwd, args.file);
  const output = path.resolve(io.cwd, args.out);
  if (await sameFile(input, output)) {
    io.stderr(FIX_CLI.sameAsInput(args.out) + '\n');
    return 2;
  }

  let workbook: ExcelJS.Workbook;
  try {
    workbook = await loadXlsxFile(input, args.file);
  } catch (e) {
    io.stderr((e instanceof XlsxLoadError ? e.message : FIX_CLI.internal(args.file, ioReason(e))) + '\n');
    return 2;
  }
  const host = new FileWorkbookHost(workbook);
  const sheets = [];
  for (const name of await host.listSheets()) sheets.push(await host.readSheet(name));
  const plan = planFixes(sheets, { asOf: args.asOf, rules: args.rules, isLocked: lockedCells(workbook) });
  if (!plan.checkAfter.tables.length) io.stderr(FIX_CLI.noTable(args.file) + '\n');

  await host.applyChanges(plan.changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, fix: c.after })));
  // Formulas elsewhere may read the repaired cells: let Excel recalculate them when the file is opened.
  if (plan.changes.length) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
  try {
    await fs.mkdir(path.dirname(output), { recursive: true });
    await host.saveAs(output);
  } catch (e) {
    io.stderr(FIX_CLI.outFailed(args.out, ioReason(e)) + '\n');
    return 2;
  }
  io.stdout(summaryText(args, plan));
  const lost = partsNotKept(workbook);
  if (lost.length) io.stdout(FIX_REPORT.notKept(lost.map((p) => FIX_REPORT.parts[p])) + '\n');
  return 0;
}

/** Cells exceljs holds as formulas or hyperlinks: writing a plain value would destroy them. */
function lockedCells(workbook: ExcelJS.Workbook): (sheet: string, row: number, col: number) => boolean {
  return (sheet, row, col) => {
    const ws = workbook.getWorksheet(sheet);
    if (!ws) return true;
    const type = ws.getCell(row, col + 1).type;
    return type === ExcelJS.ValueType.Formula || type === ExcelJS.ValueType.Hyperlink;
  };
}

function summaryText(args: FixArgs, plan: FixPlan): string {
  const lines = [FIX_REPORT.header(args.file, formatDate(args.asOf))];
  if (args.rules) lines.push(FIX_REPORT.restricted(args.rules));
  if (plan.changes.length === 0) lines.push(FIX_REPORT.nothing);
  else {
    lines.push(FIX_REPORT.changed(plan.changes.length));
    for (const rule of RULES) {
      const count = plan.countsByRule[rule.id];
      if (count) lines.push(FIX_REPORT.ruleCount(rule.title, rule.id, count));
    }
    if (plan.changes.some((c) => c.rules.length > 1)) lines.push(FIX_REPORT.overlap);
  }
  if (plan.skipped.length) lines.push(FIX_REPORT.skipped(new Set(plan.skipped.map((f) => `${f.sheet}!${f.row}:${f.col}`)).size));
  lines.push(FIX_REPORT.suggestions(plan.suggestions.length));
  lines.push(FIX_REPORT.written(args.out));
  return lines.join('\n') + '\n';
}

/** The same path, or two names of one file (a link, a different spelling on a case-insensitive disk). */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    const [x, y] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

