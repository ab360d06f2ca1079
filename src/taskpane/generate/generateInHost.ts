import type { CheckResult } from '../../core/engine';
import type { TableOverride } from '../../core/fields';
import type { Finding } from '../../core/findings';
import type { AccountRecord, MemberRecord } from '../../core/records';
import { buildAppendixSheet } from '../../core/reports/appendix';
import { buildBadgeSheet, computeBadgesFor } from '../../core/reports/badges';
import { buildHistorySheet, addHistoryPoint, findHistory, historyPoint } from '../../core/reports/history';
import type { ProgressReport } from '../../core/reports/progress';
import { computeProgress } from '../../core/reports/progress';
import { buildProgressSheet } from '../../core/reports/progressSheet';
import { GENERATE_PANE as P } from '../../core/strings/reports';
import type { WorkbookHost } from '../../host/WorkbookHost';
import { OVERRIDES_SETTING } from '../session/CheckSession';

/** Setting under which the province and commune typed for Phụ lục 01 are remembered. */
export const PLACE_SETTING = 'appendixPlace';
/** Fields of an account row whose member findings also make the Phụ lục row wrong. */
const ACCOUNT_FIELDS = new Set(['fullName', 'birthDate', 'nationalId', 'phone', 'rights']);

export class CannotWriteError extends Error {
  constructor() {
    super(P.cannotWrite);
  }
}

function writer(host: WorkbookHost): NonNullable<WorkbookHost['writeSheet']> {
  if (!host.writeSheet) throw new CannotWriteError();
  return host.writeSheet.bind(host);
}

/**
 * The sheets the tool writes are output, not data: they are marked "not a table" so the next check neither
 * reads the badge list as members nor reports the report sheet as a table it could not find.
 */
export async function excludeFromChecks(host: WorkbookHost, sheets: readonly string[]): Promise<void> {
  const overrides = (await host.getSetting<TableOverride[]>(OVERRIDES_SETTING)) ?? [];
  const rest = overrides.filter((o) => !sheets.includes(o.sheet));
  await host.setSetting(OVERRIDES_SETTING, [...rest, ...sheets.map((sheet) => ({ sheet, kind: null }))]);
}

/** A person chosen in the pane from a members table, with the rights ticked for them. */
export interface ChosenMember {
  sheet: string;
  member: MemberRecord;
  rights: number[];
}

export interface AppendixRow {
  record: AccountRecord;
  /** Errors of this row (from the engine's account or member rules, or a right not chosen). */
  errors: { sheet: string; row: number; col: number; message: string }[];
}

export type ErrorItem = AppendixRow['errors'][number];

/**
 * Rows of the accounts tables with their error findings, and the tables' own errors (a missing column, say),
 * which concern every row and are listed too.
 */
export function rowsFromAccounts(result: CheckResult): { rows: AppendixRow[]; tableErrors: ErrorItem[] } {
  const sheets = new Set(result.accounts.map((t) => t.table.sheet));
  const bySheetRow = new Map<string, ErrorItem[]>();
  for (const f of result.findings) {
    if (f.severity !== 'error' || !sheets.has(f.sheet)) continue;
    const k = `${f.sheet}\u0000${f.row}`;
    const list = bySheetRow.get(k) ?? [];
    list.push({ sheet: f.sheet, row: f.row, col: f.col, message: f.message });
    bySheetRow.set(k, list);
  }
  const rows = result.accounts.flatMap((t) =>
    t.records.map((record) => {
      const k = `${t.table.sheet}\u0000${record.row}`;
      const errors = bySheetRow.get(k) ?? [];
      bySheetRow.delete(k);
      return { record, errors };
    }),
  );
  return { rows, tableErrors: [...bySheetRow.values()].flat() };
}

/** Rows for members chosen in the pane: the member rules' errors on the fields the form carries, and the rights. */
export function rowsFromMembers(result: CheckResult | undefined, chosen: readonly ChosenMember[]): AppendixRow[] {
  return chosen.map(({ sheet, member: m, rights }) => {
    const errors = (result?.findings ?? [])
      .filter((f) => f.severity === 'error' && f.sheet === sheet && f.row === m.row && f.field !== null && ACCOUNT_FIELDS.has(f.field))
      .map((f) => ({ sheet: f.sheet, row: f.row, col: f.col, message: f.message }));
    if (rights.length === 0) errors.push({ sheet, row: m.row, col: 0, message: P.rightsMissing(m.fullName ?? `#${m.row}`) });
    const record: AccountRecord = {
      row: m.row, fullName: m.fullName, birthDate: m.birthDate, nationalId: m.nationalId, phone: m.phone,
      position: m.position, workplace: m.workplace, rights: [...rights].sort((a, b) => a - b),
    };
    return { record, errors };
  });
}

/** Writes the Phụ lục 01 sheet (a new, numbered name when taken); rows with errors are flagged in it. */
export async function writeAppendix(
  host: WorkbookHost,
  rows: readonly AppendixRow[],
  place: { province?: string; commune?: string },
): Promise<string> {
  const write = writer(host);
  const errorRows = new Set(rows.filter((r) => r.errors.length > 0).map((r) => r.record.row));
  const name = await write(buildAppendixSheet(rows.map((r) => r.record), { ...place, errorRows }));
  await host.setSetting(PLACE_SETTING, place);
  await excludeFromChecks(host, [name]);
  return name;
}

/** Appends this report to "Lịch sử tiến độ" (rewritten in place) and writes a new report sheet with its charts. */
export async function writeProgressReport(
  host: WorkbookHost,
  result: CheckResult,
  asOf: number,
): Promise<{ sheet: string; report: ProgressReport; points: number }> {
  const write = writer(host);
  const report = computeProgress(result, asOf);
  // The history an earlier report wrote is rewritten in place; a sheet of the user's that happens to bear its name is
  // never written over: the history then gets a numbered name of its own ("Lịch sử tiến độ (2)"), found next time.
  const found = await findHistory(await host.listSheets(), (name) => host.readSheet(name));
  const owned = found?.name;
  const history = addHistoryPoint(found?.points ?? [], historyPoint(report));
  // History first: the trend chart refers to it.
  const historySheet = await write(buildHistorySheet(history, owned), { replace: owned !== undefined });
  const sheet = await write(buildProgressSheet(report, { historySheet, historyCount: history.length }));
  await excludeFromChecks(host, [historySheet, sheet]);
  return { sheet, report, points: history.length };
}

export async function writeBadgeList(host: WorkbookHost, result: CheckResult, year: number): Promise<{ sheet: string; count: number }> {
  const write = writer(host);
  const list = computeBadgesFor(result, year);
  const sheet = await write(buildBadgeSheet(list));
  await excludeFromChecks(host, [sheet]);
  return { sheet, count: list.entries.length };
}
