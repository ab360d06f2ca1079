import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import type { SheetData } from '../../core/cells';
import { todaySerial } from '../../core/dates';
import { detectTable } from '../../core/detect/detectTable';
import { checkWorkbook } from '../../core/engine';
import { reconcileMembers } from '../../core/reconcile/reconcileMembers';
import { buildReconcileSheet, type SheetSideRef } from '../../core/reconcile/reconcileSheet';
import { toReconcileJson } from '../../core/reconcile/schema';
import { reconcileSummaryText } from '../../core/reconcile/summaryText';
import { listsAgree, sheetSide, type ReconcileSide } from '../../core/reconcile/types';
import { ioReason } from '../../core/strings/cli';
import { RECONCILE_CLI as T, RECONCILE_HELP } from '../../core/strings/reconcile';
import { FileWorkbookHost } from '../../host/file/FileWorkbookHost';
import { loadXlsxFile, XlsxLoadError } from '../../host/file/loadXlsx';
import { writeSheetSpec } from '../../host/file/writeSheetSpec';
import type { CliIO } from '../io';
import { pathKey } from '../outputPath';

interface ReconcileArgs {
  files: [string, string];
  sheetA?: string;
  sheetB?: string;
  out?: string;
  json: boolean;
}

type Parsed = ReconcileArgs | { help: true } | { error: string };

const VALUE_OPTIONS = ['--sheet-a', '--sheet-b', '--out'] as const;

export function parseReconcileArgs(argv: readonly string[]): Parsed {
  const files: string[] = [];
  const values: Partial<Record<(typeof VALUE_OPTIONS)[number], string>> = {};
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--json') {
      json = true;
      continue;
    }
    if (!arg.startsWith('--')) {
      files.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as (typeof VALUE_OPTIONS)[number];
    if (!VALUE_OPTIONS.includes(name)) return { error: T.unknownOption(arg) };
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '' || (eq < 0 && value.startsWith('--'))) return { error: T.missingValue(name) };
    values[name] = value;
  }
  if (files.length !== 2) return { error: T.needTwoFiles };
  return {
    files: [files[0], files[1]],
    sheetA: values['--sheet-a'],
    sheetB: values['--sheet-b'],
    out: values['--out'],
    json,
  };
}

/** A failure the user can fix: its Vietnamese message goes to stderr, exit code 2. */
class UsageError extends Error {}

interface LoadedSide {
  side: ReconcileSide;
  fullPath: string;
  display: string;
}

const sameName = (x: string, y: string) => x.normalize('NFC').trim().toLowerCase() === y.normalize('NFC').trim().toLowerCase();

/** Opens a file and parses its members table: the named sheet, or the first sheet holding one. */
async function loadSide(io: CliIO, file: string, sheetName: string | undefined, asOf: number): Promise<LoadedSide> {
  const fullPath = path.resolve(io.cwd, file);
  const host = new FileWorkbookHost(await loadXlsxFile(fullPath, file));
  const names = await host.listSheets();
  let data: SheetData | undefined;
  if (sheetName !== undefined) {
    const name = names.find((n) => n === sheetName) ?? names.find((n) => sameName(n, sheetName));
    if (!name) throw new UsageError(T.noSuchSheet(file, sheetName, names));
    data = await host.readSheet(name);
    if (detectTable(data)?.kind !== 'members') throw new UsageError(T.notMembers(file, name));
  } else {
    for (const name of names) {
      const sheet = await host.readSheet(name);
      if (detectTable(sheet)?.kind === 'members') {
        data = sheet;
        break;
      }
    }
    if (!data) throw new UsageError(T.noMembersTable(file));
  }
  // Every list of the sheet: a second block under its own header (the probationary members) is no other list.
  const side = sheetSide(data, checkWorkbook([data], { asOf, kinds: ['members'] }).members);
  if (!side) throw new UsageError(T.notMembers(file, data.name));
  return { side, fullPath, display: file };
}

/**
 * `dvcheck reconcile A.xlsx B.xlsx [--sheet-a NAME] [--sheet-b NAME] [--out R.xlsx] [--json]` (RULES.md §6).
 * Exit 0 the lists agree, 1 they differ, 2 bad arguments or an unreadable file or sheet.
 */
export async function runReconcile(argv: string[], io: CliIO): Promise<number> {
  const args = parseReconcileArgs(argv);
  if ('help' in args) {
    io.stdout(RECONCILE_HELP);
    return 0;
  }
  if ('error' in args) {
    io.stderr(args.error + '\n' + T.usage + '\n');
    return 2;
  }
  const asOf = todaySerial();
  let a: LoadedSide;
  let b: LoadedSide;
  try {
    a = await loadSide(io, args.files[0], args.sheetA, asOf);
    b = await loadSide(io, args.files[1], args.sheetB, asOf);
  } catch (e) {
    if (e instanceof XlsxLoadError || e instanceof UsageError) {
      io.stderr(e.message + '\n');
      return 2;
    }
    throw e;
  }

  const result = reconcileMembers(a.side, b.side);
  const sourceA = T.source(a.display, a.side.sheet);
  const sourceB = T.source(b.display, b.side.sheet);
  if (args.json) io.stdout(JSON.stringify(toReconcileJson(result, a.display, b.display), null, 2) + '\n');
  else io.stdout(reconcileSummaryText(result, sourceA, sourceB) + (args.out ? '' : '\n' + T.hint + '\n'));

  if (args.out) {
    const outPath = path.resolve(io.cwd, args.out);
    if ([a.fullPath, b.fullPath].some((p) => pathKey(p) === pathKey(outPath))) {
      io.stderr(T.outIsInput(args.out) + '\n');
      return 2;
    }
    try {
      await writeReconcileWorkbook(outPath, result, [a, b], [sourceA, sourceB]);
    } catch (e) {
      io.stderr(T.outFailed(args.out, ioReason(e)) + '\n');
      return 2;
    }
    if (!args.json) io.stdout(T.outWritten(args.out) + '\n');
  }
  return listsAgree(result) ? 0 : 1;
}

/** The reconciliation workbook: one sheet "Đối soát" whose links open the right cell of each source file. */
async function writeReconcileWorkbook(
  outPath: string,
  result: ReturnType<typeof reconcileMembers>,
  sides: [LoadedSide, LoadedSide],
  sources: [string, string],
): Promise<void> {
  const ref = (s: LoadedSide, source: string): SheetSideRef => ({
    source,
    sheet: s.side.sheet,
    table: s.side.table,
    file: path.relative(path.dirname(outPath), s.fullPath) || path.basename(s.fullPath),
  });
  const spec = buildReconcileSheet(result, ref(sides[0], sources[0]), ref(sides[1], sources[1]));
  const workbook = new ExcelJS.Workbook();
  const ws = writeSheetSpec(workbook, spec);
  // Links into another workbook: Excel's HYPERLINK("[file]'Sheet'!E12") opens the file at that cell.
  for (const c of spec.cells) {
    if (!c.hyperlink || c.value === null) continue;
    const hash = c.hyperlink.indexOf('#');
    const target = `[${c.hyperlink.slice(0, hash)}]${c.hyperlink.slice(hash + 1)}`;
    const label = typeof c.value === 'number' ? String(c.value) : `"${String(c.value).replace(/"/g, '""')}"`;
    const cell = ws.getCell(c.row + 1, c.col + 1);
    cell.value = { formula: `HYPERLINK("${target.replace(/"/g, '""')}",${label})`, result: c.value as string | number };
    cell.font = { ...(cell.font ?? {}), color: { argb: 'FF0563C1' }, underline: true };
  }
  await fs.mkdir(path.dirname(outPath), { recursive: true });
  await fs.writeFile(outPath, Buffer.from(await workbook.xlsx.writeBuffer()));
}
