import type { SheetData } from './cells';
import type { TableInfo, TableKind, TableOverride } from './fields';
import type { Finding } from './findings';
import type { AccountRecord, MemberRecord, OrganisationRecord, TableRecords } from './records';
import { detectSheetTables } from './detect/detectTable';
import { columnView } from './detect/sideBySide';
import { checkOrganisationTable } from './rules/organisation';
import { crossCheck, type MemberTableInput } from './rules/cross';
import { findRepeatedLists, repeatedListFindings, repeatedRows, withoutRepeats } from './rules/cross/repeatedLists';
import { checkMemberTable } from './rules/member';
import { checkAccountTable } from './rules/account';
import { checkAccountDuplicates, type AccountTableInput } from './rules/account/duplicates';
import { checkGenericTable } from './rules/common/genericTable';
import { checkColumns, checkUncalculated, dropUncalculatedEmpties, hasContent, looksLikeList, tableNotFound } from './rules/common/sheetRules';
import { dropMergeEchoes, fillVerticalMerges } from './parse/mergedCells';

/**
 * The validation engine: detect every sheet's table, then organisations first, members second (their
 * checks use the organisation table as it stands), account requests, and last the cross-row and
 * cross-table checks. Findings come out sorted by sheet order, row, column.
 */

export interface CheckOptions {
  /** As-of date, Excel serial. */
  asOf: number;
  /** The user's corrections of detection. */
  overrides?: TableOverride[];
  /**
   * Only findings on tables of these kinds. A table of another kind that their checks depend on is still read
   * (members against the organisation table, organisation sizes from the member table) and reports nothing.
   */
  kinds?: TableKind[];
  /** table-not-found for every sheet without a table (the user asked to check those sheets). */
  requireTables?: boolean;
}

export interface CheckResult {
  tables: TableInfo[];
  findings: Finding[];
  members: TableRecords<MemberRecord>[];
  organisations: TableRecords<OrganisationRecord>[];
  accounts: TableRecords<AccountRecord>[];
}

export function checkWorkbook(sheets: SheetData[], options: CheckOptions): CheckResult {
  const { asOf } = options;
  const overrides = options.overrides ?? [];
  const findings: Finding[] = [];
  const found: { sheet: SheetData; table: TableInfo }[] = [];
  const reported = new Set<string>();
  const mergeCovers: { sheet: string; covered: Map<string, string> }[] = [];
  const withoutTable: SheetData[] = [];
  let anyTable = false;

  for (const sheet of sheets) {
    const override = overrides.find((o) => o.sheet === sheet.name);
    // Usually one table; a second block with a header of its own further down is a table of its own.
    const tables = detectSheetTables(sheet, override);
    if (!tables.length) {
      // A sheet the user marked as "not a table" is not missing one.
      if (override?.kind !== null) withoutTable.push(sheet);
      continue;
    }
    anyTable = true;
    for (const table of tables) {
      if (!wanted(table.kind, options.kinds)) continue;
      // A list beside another one on the sheet is read and checked within its own columns.
      const own = table.columnRange ? columnView(sheet, table.columnRange) : sheet;
      // Vertically merged group cells (a chi bộ over its members) are read on every row of the merge.
      const filled = fillVerticalMerges(own, table);
      if (filled.covered.size) mergeCovers.push({ sheet: sheet.name, covered: filled.covered });
      found.push({ sheet: filled.sheet, table });
      if (reports(table.kind, options.kinds)) {
        reported.add(sheet.name);
        findings.push(...checkColumns(table), ...checkUncalculated(own, table));
      }
    }
  }

  if (options.requireTables) {
    for (const sheet of missingTables(withoutTable, anyTable)) findings.push(tableNotFound(sheet.name));
  }

  const organisations: (TableRecords<OrganisationRecord> & { sheet: SheetData })[] = [];
  for (const { sheet, table } of found.filter((t) => t.table.kind === 'organisations')) {
    const result = checkOrganisationTable(sheet, table, { asOf });
    if (reported.has(sheet.name)) {
      append(findings, checkGenericTable(sheet, table, { asOf }));
      append(findings, result.findings);
    }
    organisations.push({ sheet, table, records: result.records });
  }

  const members: MemberTableInput[] = [];
  for (const { sheet, table } of found.filter((t) => t.table.kind === 'members')) {
    const result = checkMemberTable(sheet, table, { asOf });
    if (reported.has(sheet.name)) append(findings, result.findings);
    members.push({ sheet, table, records: result.records, keys: result.keys });
  }

  const accounts: AccountTableInput[] = [];
  for (const { sheet, table } of found.filter((t) => t.table.kind === 'accounts')) {
    const result = checkAccountTable(sheet, table, { asOf });
    append(findings, result.findings);
    accounts.push({ sheet: sheet.name, table, records: result.records });
  }
  append(findings, checkAccountDuplicates(accounts));

  // A list that repeats an earlier one (a copy of the sheet, a chi bộ's sheet beside the whole list) is said once;
  // its repeated members are neither duplicates of themselves nor counted twice.
  const repeats = findRepeatedLists(members);
  const repeated = repeatedRows(members, repeats);
  append(findings, repeatedListFindings(members, repeats).filter((f) => reported.has(f.sheet)));
  const cross = crossCheck({ asOf, members: withoutRepeats(members, repeated), organisations });
  append(findings, options.kinds ? cross.filter((f) => reported.has(f.sheet)) : cross);
  let all = findings;
  for (const m of mergeCovers) all = dropMergeEchoes(all, m.covered, m.sheet);
  all = dropUncalculatedEmpties(all, sheets);

  return {
    tables: found.filter((t) => reported.has(t.sheet.name)).map((t) => t.table),
    findings: sortFindings(all, sheets),
    members: members.flatMap(({ sheet, table, records }, i) => {
      if (!reported.has(sheet.name)) return [];
      const rows = repeated.get(i);
      return [rows ? { table, records, repeatedRows: rows } : { table, records }];
    }),
    organisations: organisations
      .filter((t) => reported.has(t.sheet.name))
      .map(({ table, records }) => ({ table, records })),
    accounts: accounts.map(({ table, records }) => ({ table, records })),
  };
}

/**
 * The sheets reported as table-not-found. Beside the tables of a workbook, an empty sheet, the instructions or a
 * summary by chi bộ are no missed list: only a sheet that holds a list of people (looksLikeList) is. A workbook
 * with no table at all is reported on each sheet that holds anything (on every sheet when all are empty).
 */
function missingTables(sheets: SheetData[], anyTable: boolean): SheetData[] {
  if (anyTable) return sheets.filter(looksLikeList);
  const filled = sheets.filter(hasContent);
  return filled.length ? filled : sheets;
}

/** Findings on this kind of table are asked for (every kind when `kinds` is not given). */
function reports(kind: TableKind, kinds: readonly TableKind[] | undefined): boolean {
  return !kinds || kinds.includes(kind);
}

/** Read this kind of table: its findings are asked for, or the checks asked for compare with it. */
function wanted(kind: TableKind, kinds: readonly TableKind[] | undefined): boolean {
  if (reports(kind, kinds)) return true;
  return (kind === 'organisations' && kinds!.includes('members')) || (kind === 'members' && kinds!.includes('organisations'));
}

/** push(...big) overflows the stack for hundreds of thousands of findings. */
function append(to: Finding[], from: readonly Finding[]): void {
  for (let i = 0; i < from.length; i++) to.push(from[i]);
}

/**
 * Findings sorted by sheet order, row, column (stable, so a cell's findings keep the order the rules gave them),
 * with one finding per cell and rule: two rule sets reporting the same thing (a shared generic check) say it once.
 * Findings that name related rows (duplicates) are all kept.
 */
export function sortFindings(findings: Finding[], sheets: readonly SheetData[]): Finding[] {
  const order = new Map<string, number>();
  sheets.forEach((s, i) => order.set(s.name, i));
  // Sheet order looked up once per finding, not twice per comparison.
  const keyed = findings.map((f, i) => ({ f, sheet: order.get(f.sheet) ?? 0, i }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.f.row - b.f.row || a.f.col - b.f.col || a.i - b.i);
  const out: Finding[] = [];
  let cellStart = 0; // first finding of the current cell in out
  for (let k = 0; k < keyed.length; k++) {
    const f = keyed[k].f;
    const prev = out.length ? out[out.length - 1] : undefined;
    if (!prev || prev.sheet !== f.sheet || prev.row !== f.row || prev.col !== f.col) cellStart = out.length;
    else if (f.relatedRows === undefined && sameRuleIn(out, cellStart, f.rule)) continue;
    out.push(f);
  }
  return out;
}

/** A finding of this rule among out[from…] (one cell's findings: a handful). */
function sameRuleIn(out: readonly Finding[], from: number, rule: string): boolean {
  for (let i = from; i < out.length; i++) if (out[i].rule === rule) return true;
  return false;
}
