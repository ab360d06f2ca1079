import { Buffer } from 'buffer';
import ExcelJS from 'exceljs';
import type { SheetData } from '../../core/cells';
import { checkWorkbook, type CheckResult } from '../../core/engine';
import type { TableOverride } from '../../core/fields';
import { planFixes } from '../../core/fix';
import type { SheetSpec } from '../../core/output/sheetSpec';
import { buildAppendixSheet } from '../../core/reports/appendix';
import { buildBadgeSheet, computeBadgesFor } from '../../core/reports/badges';
import { buildHistorySheet, addHistoryPoint, findHistory, historyPoint } from '../../core/reports/history';
import { computeProgress } from '../../core/reports/progress';
import { buildProgressSheet } from '../../core/reports/progressSheet';
import { HISTORY_SHEET, appendixNoRows, appendixNoTable, noMembersTable } from '../../core/strings/reports';
import { STANDALONE as S } from '../../core/strings/standalone';
import { FileWorkbookHost } from '../../host/file/FileWorkbookHost';
import { loadXlsxBuffer } from '../../host/file/loadXlsx';
import { writeWorkbookBuffer } from '../../host/file/writeSheetSpec';
import { detectEntry, type SheetEntry } from '../../taskpane/session/CheckSession';
import type { AppendixOptions, Answers, FixPreview, GridWindow, Progress } from '../protocol';
import { lockedCells } from './lockedCells';

/** The same key the pane uses, so a correction made here is read by the add-in from the downloaded copy. */
const OVERRIDES_SETTING = 'tableOverrides';

type OnProgress = (p: Progress) => void;

/**
 * One opened .xlsx inside the worker: its bytes, the exceljs workbook (through the file adapter), every visible
 * sheet read once, and the last check. Everything the page downloads is built here, the same way the CLI does.
 */
export class OpenedFile {
  private last?: { result: CheckResult; asOf: number; key: string };

  private constructor(
    readonly name: string,
    private readonly bytes: Buffer,
    private readonly host: FileWorkbookHost,
    readonly sheets: SheetData[],
    readonly overrides: TableOverride[],
  ) {}

  /** Refuses non-xlsx, password-protected and corrupt files with the file adapter's Vietnamese message. */
  static async open(name: string, data: ArrayBuffer | Uint8Array, onProgress: OnProgress = () => undefined): Promise<OpenedFile> {
    const bytes = Buffer.from(data instanceof Uint8Array ? data : new Uint8Array(data));
    onProgress({ label: S.opening(name) });
    const workbook = await loadXlsxBuffer(bytes, name);
    const host = new FileWorkbookHost(workbook);
    const sheets: SheetData[] = [];
    for (const sheet of await host.listSheets()) {
      sheets.push(
        await host.readSheet(sheet, {
          onProgress: (p) => onProgress({ label: S.reading(p.sheet, p.rowsRead, p.rowsTotal), value: p.rowsTotal ? p.rowsRead / p.rowsTotal : undefined }),
        }),
      );
    }
    const saved = await host.getSetting<TableOverride[]>(OVERRIDES_SETTING).catch(() => undefined);
    return new OpenedFile(name, bytes, host, sheets, Array.isArray(saved) ? saved : []);
  }

  detect(overrides: readonly TableOverride[]): SheetEntry[] {
    return this.sheets.map((sheet) => detectEntry(sheet, overrides.find((o) => o.sheet === sheet.name)));
  }

  /** Checks every sheet (organisations first, inside the engine) and keeps the result for the downloads. */
  check(asOf: number, overrides: TableOverride[], onProgress: OnProgress = () => undefined): Answers['check'] {
    const entries = this.detect(overrides);
    const rows = entries.reduce((n, e) => n + (e.table ? e.table.dataRows.length : 0), 0);
    onProgress({ label: S.checking(rows) });
    const result = this.result(asOf, overrides);
    return { result: slim(result), rows };
  }

  /** Rows of a sheet for the preview grid. */
  window(sheet: string, firstRow: number, count: number): GridWindow {
    const data = this.sheets.find((s) => s.name === sheet);
    if (!data) throw new Error(S.noSheet(sheet));
    const first = Math.max(1, firstRow);
    const rows = data.rows.slice(first - 1, first - 1 + count);
    const colCount = data.rows.reduce((n, r) => Math.max(n, r.length), 0);
    const last = first + count - 1;
    const merges = data.merges.filter((m) => m.bottom + 1 >= first && m.top + 1 <= last);
    return { sheet, firstRow: first, rows, rowCount: data.rows.length, colCount, merges };
  }

  planFix(asOf: number, overrides: TableOverride[], rules?: string[]): FixPreview {
    const plan = planFixes(this.sheets, { asOf, overrides, rules, isLocked: lockedCells(this.host.workbook) });
    return { changes: plan.changes, countsByRule: plan.countsByRule, suggestions: plan.suggestions.length, skipped: plan.skipped.length };
  }

  /** As `dvcheck check --out`: every finding of the last check marked (fill, note) plus the "Kết quả kiểm tra" sheet. */
  async checkedCopy(asOf: number, overrides: TableOverride[]): Promise<ArrayBuffer> {
    const result = this.result(asOf, overrides);
    await this.saveOverrides(this.host, overrides);
    await this.host.markFindings(result.findings);
    try {
      return arrayBufferOf(await this.host.writeBuffer());
    } finally {
      // The workbook stays as the user gave it, for the next download.
      await this.host.clearMarks();
    }
  }

  /** As `dvcheck fix`: the chosen rules' safe fixes written into a fresh copy of the original file. */
  async fixedCopy(asOf: number, overrides: TableOverride[], rules: string[]): Promise<Answers['fixedCopy']> {
    const workbook = await loadXlsxBuffer(this.bytes, this.name);
    const host = new FileWorkbookHost(workbook);
    const plan = planFixes(this.sheets, { asOf, overrides, rules, isLocked: lockedCells(workbook) });
    await host.applyChanges(plan.changes.map((c) => ({ sheet: c.sheet, row: c.row, col: c.col, fix: c.after })));
    // Formulas elsewhere may read the repaired cells: Excel recalculates them when the file is opened.
    if (plan.changes.length) workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
    await this.saveOverrides(host, overrides);
    return { bytes: arrayBufferOf(await host.writeBuffer()), changed: plan.changes.length };
  }

  /** As `dvcheck appendix`: Phụ lục 01 from the accounts table; rows with errors stop it unless forced. */
  async appendix(asOf: number, overrides: TableOverride[], options: AppendixOptions): Promise<Answers['appendix']> {
    const result = this.result(asOf, overrides);
    if (result.accounts.length === 0) throw new Error(appendixNoTable());
    const records = result.accounts.flatMap((t) => t.records);
    if (records.length === 0) throw new Error(appendixNoRows());
    const sheets = new Set(result.accounts.map((t) => t.table.sheet));
    const errors = result.findings.filter((f) => f.severity === 'error' && sheets.has(f.sheet));
    if (errors.length && !options.force) return { blocked: errors };
    const recordRows = new Set(records.map((r) => r.row));
    const errorRows = new Set(errors.map((f) => f.row).filter((row) => recordRows.has(row)));
    const spec = buildAppendixSheet(records, { province: options.province || undefined, commune: options.commune || undefined, errorRows });
    return { bytes: arrayBufferOf(await writeWorkbookBuffer(new ExcelJS.Workbook(), [spec])), rows: records.length };
  }

  /** As `dvcheck report`: progress sheet with its charts, the history (the file's own, one row added), badges. */
  async report(asOf: number, overrides: TableOverride[], badgeYear?: number): Promise<Answers['report']> {
    const result = this.result(asOf, overrides);
    if (result.members.length === 0) throw new Error(noMembersTable());
    const own = await findHistory(await this.host.listSheets(), (name) => this.host.readSheet(name));
    const report = computeProgress(result, asOf);
    const history = addHistoryPoint(own?.points ?? [], historyPoint(report));
    const specs: SheetSpec[] = [
      buildProgressSheet(report, { historySheet: HISTORY_SHEET, historyCount: history.length }),
      buildHistorySheet(history),
    ];
    if (badgeYear !== undefined) specs.push(buildBadgeSheet(computeBadgesFor(result, badgeYear)));
    return { bytes: arrayBufferOf(await writeWorkbookBuffer(new ExcelJS.Workbook(), specs)), members: report.total.total };
  }

  /** The check for this date and these corrections, computed once. */
  private result(asOf: number, overrides: TableOverride[]): CheckResult {
    const key = JSON.stringify(overrides);
    if (this.last && this.last.asOf === asOf && this.last.key === key) return this.last.result;
    const result = checkWorkbook(this.sheets, { asOf, overrides });
    this.last = { result, asOf, key };
    return result;
  }

  private async saveOverrides(host: FileWorkbookHost, overrides: TableOverride[]) {
    if (overrides.length || this.overrides.length) await host.setSetting(OVERRIDES_SETTING, overrides);
  }
}

/** The engine keeps each parsed sheet on its tables; the page needs only tables, records and findings. */
export function slim(result: CheckResult): CheckResult {
  return {
    tables: result.tables,
    findings: result.findings,
    members: result.members.map((t) => (t.repeatedRows ? { table: t.table, records: t.records, repeatedRows: t.repeatedRows } : { table: t.table, records: t.records })),
    organisations: result.organisations.map((t) => ({ table: t.table, records: t.records })),
    accounts: result.accounts.map((t) => ({ table: t.table, records: t.records })),
  };
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
