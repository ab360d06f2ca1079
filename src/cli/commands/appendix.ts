import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { cellAddress } from '../../core/cells';
import { serialFromIso, todaySerial } from '../../core/dates';
import type { Finding } from '../../core/findings';
import type { AccountRecord } from '../../core/records';
import { buildAppendixSheet } from '../../core/reports/appendix';
import { CLI, ioReason } from '../../core/strings/cli';
import { APPENDIX_HELP, GENERATE_CLI, appendixNoRows, appendixNoTable, appendixRowsWithErrors } from '../../core/strings/reports';
import { XlsxLoadError } from '../../host/file/loadXlsx';
import { writeWorkbookBuffer } from '../../host/file/writeSheetSpec';
import { checkXlsxFile } from '../checkFile';
import type { CliIO } from '../io';
import { pathKey } from '../outputPath';

/** Options shared by `appendix` and `report`: one input file, --out, and named values or flags. */
export interface GenerateArgs {
  file?: string;
  out?: string;
  asOf: number;
  values: Record<string, string>;
  flags: Set<string>;
  help: boolean;
}

/** Parses `FILE --out OUT [--name value] [--flag]`; `--name=value` works too. Returns a Vietnamese error on misuse. */
export function parseGenerateArgs(
  cmd: string,
  argv: readonly string[],
  valueOptions: readonly string[],
  flagOptions: readonly string[],
): GenerateArgs | { error: string } {
  const out: GenerateArgs = { asOf: todaySerial(), values: {}, flags: new Set(), help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--') && arg !== '-h') {
      if (out.file !== undefined) return { error: GENERATE_CLI.tooManyFiles(cmd) };
      out.file = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (name === '--help' || name === '-h') {
      out.help = true;
    } else if (flagOptions.includes(name)) {
      out.flags.add(name);
    } else if (name === '--out' || name === '--as-of' || valueOptions.includes(name)) {
      const value = eq > 0 ? arg.slice(eq + 1) : argv[i + 1] !== undefined && !argv[i + 1].startsWith('--') ? argv[++i] : undefined;
      if (value === undefined || value.trim() === '') return { error: CLI.missingValue(name) };
      if (name === '--out') out.out = value;
      else if (name === '--as-of') {
        const serial = serialFromIso(value.trim());
        if (serial === undefined) return { error: CLI.badAsOf(value) };
        out.asOf = serial;
      } else out.values[name] = value.trim();
    } else {
      return { error: CLI.unknownOption(arg) };
    }
  }
  if (out.help) return out;
  if (out.file === undefined) return { error: GENERATE_CLI.missingFile(cmd) };
  if (out.out === undefined) return { error: GENERATE_CLI.missingOut(cmd) };
  if (!/\.xlsx$/i.test(out.out)) return { error: GENERATE_CLI.outNotXlsx(out.out) };
  return out;
}

/** Resolves FILE and OUT, refusing to write over the input. */
export function resolvePaths(args: GenerateArgs, io: CliIO): { input: string; output: string } | { error: string } {
  const input = path.resolve(io.cwd, args.file!);
  const output = path.resolve(io.cwd, args.out!);
  // DS.XLSX names ds.xlsx on Windows and macOS: never let the output take the input's place.
  if (pathKey(input) === pathKey(output)) return { error: GENERATE_CLI.outIsInput(args.out!) };
  return { input, output };
}

export function findingLines(findings: readonly Finding[]): string {
  return findings.map((f) => GENERATE_CLI.findingLine(f.sheet, cellAddress(f.row, f.col), f.message)).join('\n') + '\n';
}


/** Writes an output file, creating its folder first as `check --out` and `fix --out` do. */
export async function writeOutput(file: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
}

/**
 * `dvcheck appendix FILE --out OUT.xlsx [--province ...] [--commune ...] [--force]`: the Phụ lục 01 sheet from the
 * accounts table in FILE. Rows with errors stop it (listed on stderr, exit 1) unless --force, never silently.
 */
export async function runAppendix(argv: string[], io: CliIO): Promise<number> {
  const args = parseGenerateArgs('appendix', argv, ['--province', '--commune'], ['--force']);
  if ('error' in args) {
    io.stderr(args.error + '\n');
    return 2;
  }
  if (args.help) {
    io.stdout(APPENDIX_HELP);
    return 0;
  }
  const paths = resolvePaths(args, io);
  if ('error' in paths) {
    io.stderr(paths.error + '\n');
    return 2;
  }
  let checked;
  try {
    checked = await checkXlsxFile(paths.input, args.file!, { asOf: args.asOf });
  } catch (e) {
    io.stderr((e instanceof XlsxLoadError ? e.message : CLI.internal(args.file!, ioReason(e))) + '\n');
    return 2;
  }
  const { accounts, findings } = checked.result;
  if (accounts.length === 0) {
    io.stderr(appendixNoTable() + '\n');
    return 2;
  }
  const records: AccountRecord[] = accounts.flatMap((t) => t.records);
  if (records.length === 0) {
    io.stderr(appendixNoRows() + '\n');
    return 2;
  }
  const sheets = new Set(accounts.map((t) => t.table.sheet));
  const errors = findings.filter((f) => f.severity === 'error' && sheets.has(f.sheet));
  const recordRows = new Set(records.map((r) => r.row));
  const errorRows = new Set<number>(errors.map((f) => f.row).filter((row) => recordRows.has(row)));
  if (errors.length > 0) {
    io.stderr(appendixRowsWithErrors(new Set(errors.map((f) => f.row)).size) + '\n' + findingLines(errors));
    if (!args.flags.has('--force')) {
      io.stderr(GENERATE_CLI.appendixForceHint + '\n');
      return 1;
    }
  }
  const spec = buildAppendixSheet(records, {
    province: args.values['--province'],
    commune: args.values['--commune'],
    errorRows,
  });
  try {
    await writeOutput(paths.output, await writeWorkbookBuffer(new ExcelJS.Workbook(), [spec]));
  } catch (e) {
    io.stderr(CLI.outFailed(args.out!, ioReason(e)) + '\n');
    return 2;
  }
  io.stdout(GENERATE_CLI.appendixWritten(args.out!, records.length) + '\n');
  return 0;
}
