import type { Finding, RuleGroup } from '../findings';
import { GROUPS } from '../findings';
import type { MemberRecord } from '../records';
import {
  COMMITTEE_FALLBACK, GRAND_TOTAL, TABLE_LEVEL_ERRORS, UNKNOWN_BRANCH, inactiveLabel, subtotalLabel,
} from '../strings/reports';
import { headerKey, looseKey } from '../text/normalize';
import { nameKind, orgBaseKey } from '../rules/organisation/orgNames';
import type { TableInfo } from '../fields';
import type { OrgNode } from './orgTree';
import { buildReportOrgTree, committeeName } from './orgTree';
import type { ReportInput } from './reportInput';
import { errorsByRow, rowKey } from './reportInput';

/** Counts for one row of the progress report. */
export interface ProgressCounts {
  total: number;
  reviewed: number;
  /** Members with no error finding left. */
  standardised: number;
  /** Members with at least one error finding. */
  withErrors: number;
  /** Error findings per group (members' rows plus the organisation's own row). */
  groups: Record<RuleGroup, number>;
}

export type ProgressRowKind = 'organisation' | 'subtotal' | 'unknown' | 'tableLevel' | 'total';

export interface ProgressRow {
  kind: ProgressRowKind;
  label: string;
  /** Indent level (0 for top-level rows). */
  depth: number;
  counts: ProgressCounts;
}

export interface ProgressReport {
  committee: string;
  asOf: number;
  rows: ProgressRow[];
  total: ProgressCounts;
}

export function emptyCounts(): ProgressCounts {
  const groups = {} as Record<RuleGroup, number>;
  for (const g of GROUPS) groups[g] = 0;
  return { total: 0, reviewed: 0, standardised: 0, withErrors: 0, groups };
}

export function addCounts(into: ProgressCounts, from: ProgressCounts): void {
  into.total += from.total;
  into.reviewed += from.reviewed;
  into.standardised += from.standardised;
  into.withErrors += from.withErrors;
  for (const g of GROUPS) into.groups[g] += from.groups[g];
}

function addFindings(into: ProgressCounts, findings: readonly Finding[] | undefined): void {
  for (const f of findings ?? []) into.groups[f.group] += 1;
}

/** Percentage with one decimal (0 members → undefined: nothing to measure). */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((part * 1000) / whole) / 10 : undefined;
}

/**
 * A member's branch: its own cell, or, in a table without a branch column, the section row above it
 * (the way the engine reads it).
 */
function branchLocator(table: TableInfo): (m: MemberRecord) => string | undefined {
  if (table.columns.branch !== undefined || table.sections.length === 0) return (m) => m.branch;
  const sections = [...table.sections].sort((a, b) => a.row - b.row);
  return (m) => {
    let lo = 0;
    let hi = sections.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sections[mid].row < m.row) {
        found = sections[mid].label;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return m.branch ?? found;
  };
}

/**
 * Without an organisation list: one chi bộ however its name is written ("Chi bộ Thôn 1", "CB Thôn 1", "Thôn 1",
 * "CHI BỘ THÔN 1" from a title), as the checks match names against an organisation list; a đảng bộ stays apart from
 * a chi bộ of the same place.
 */
function branchKey(branch: string): string {
  const base = orgBaseKey(branch);
  if (!base) return looseKey(branch);
  return nameKind(branch) === 'committee' ? `committee ${base}` : base;
}

/** The way to show a chi bộ written several ways: its type spelled out ("Chi bộ …", not "CB …"), in mixed case. */
function labelScore(label: string): number {
  const spelled = /^(chi bo|dang bo|dang uy) /.test(headerKey(label)) ? 2 : 0;
  const mixed = label !== label.toLocaleUpperCase('vi') && label !== label.toLocaleLowerCase('vi') ? 1 : 0;
  return spelled + mixed;
}

/** The sheets whose error findings the progress report counts: those holding member or organisation tables. */
export function reportSheets(input: Pick<ReportInput, 'members' | 'organisations'>): Set<string> {
  return new Set([...input.members, ...input.organisations].map((t) => t.table.sheet));
}

/**
 * The progress report's figures from a CheckResult: one row per organisation in tree order, subtotals for
 * every đảng bộ, a row for members whose branch is unknown, a row for table-level errors, the grand total.
 * Every error finding on a member or organisation sheet is counted exactly once, so the totals agree with
 * `check --json` on the same file and as-of date.
 */
export function computeProgress(input: ReportInput, asOf: number, committee?: string): ProgressReport {
  const errors = errorsByRow(input.findings);
  const used = new Set<Finding>(); // findings already counted on a row of an organisation or a member
  /**
   * The error findings on a row of a table. Two lists side by side share their rows: a finding belongs to the list
   * whose columns hold it, not to the member or organisation on the same row of the other list.
   */
  const rowErrors = (table: TableInfo, row: number): Finding[] | undefined => {
    const list = errors.get(rowKey(table.sheet, row));
    if (!list) return undefined;
    const range = table.columnRange;
    const mine = range ? list.filter((f) => f.col >= range.left && f.col <= range.right) : list;
    for (const f of mine) used.add(f);
    return mine;
  };
  const { roots, all, find } = buildReportOrgTree(input.organisations);
  const own = new Map<OrgNode, ProgressCounts>(all.map((n) => [n, emptyCounts()]));
  const unknown = emptyCounts();
  // Without an organisation table, members are grouped by their branch as written.
  const byBranchName = new Map<string, { label: string; counts: ProgressCounts }>();

  for (const n of all) addFindings(own.get(n)!, rowErrors(n.table, n.record.row));

  for (const t of input.members) {
    const hasReviewedColumn = t.table.columns.reviewed !== undefined;
    const branchOf = branchLocator(t.table);
    // A section row ("Chi bộ Thôn 1" above its members) carries its own findings (member-org-unknown once per section).
    for (const s of t.table.sections) addFindings(countsFor(s.label), rowErrors(t.table, s.row));
    for (const m of t.records) {
      const found = rowErrors(t.table, m.row);
      const counts = countsFor(branchOf(m));
      // A member an earlier list already holds (members-repeated) is counted there, and one who died or moved out
      // is no longer a member of the chi bộ; the row's errors still count (the record is still cleaned).
      if (t.repeatedRows?.has(m.row) || m.left) {
        addFindings(counts, found);
        continue;
      }
      counts.total += 1;
      const clean = !found || found.length === 0;
      if (clean) counts.standardised += 1;
      else counts.withErrors += 1;
      if (hasReviewedColumn ? m.reviewed : clean) counts.reviewed += 1;
      addFindings(counts, found);
    }
  }

  function countsFor(branch: string | undefined): ProgressCounts {
    if (all.length > 0) {
      const node = find(branch);
      return node ? own.get(node)! : unknown;
    }
    if (!branch) return unknown;
    const k = branchKey(branch);
    let entry = byBranchName.get(k);
    if (!entry) byBranchName.set(k, (entry = { label: branch, counts: emptyCounts() }));
    else if (labelScore(branch) > labelScore(entry.label)) entry.label = branch;
    return entry.counts;
  }

  // Errors elsewhere on the member and organisation sheets (header row: column-missing …). Other sheets
  // (account requests, notes, earlier reports) are not part of the member data and are not counted.
  const tableLevel = emptyCounts();
  const dataSheets = reportSheets(input);
  for (const f of input.findings) {
    if (f.severity !== 'error' || !dataSheets.has(f.sheet) || used.has(f)) continue;
    tableLevel.groups[f.group] += 1;
  }

  const rows: ProgressRow[] = [];
  const singleRoot = roots.length === 1;
  const walk = (n: OrgNode): ProgressCounts => {
    const sum = emptyCounts();
    addCounts(sum, own.get(n)!);
    const label = n.record.active ? n.name : inactiveLabel(n.name, n.record.status);
    rows.push({ kind: 'organisation', label, depth: n.depth, counts: own.get(n)! });
    for (const c of n.children) addCounts(sum, walk(c));
    // The single top committee's subtotal would repeat the grand total.
    if (n.children.length > 0 && !(singleRoot && n.depth === 0)) {
      rows.push({ kind: 'subtotal', label: subtotalLabel(n.name), depth: n.depth, counts: sum });
    }
    return sum;
  };
  for (const r of roots) walk(r);
  for (const { label, counts } of byBranchName.values()) rows.push({ kind: 'organisation', label, depth: 0, counts });
  if (unknown.total > 0 || Object.values(unknown.groups).some((v) => v > 0)) {
    rows.push({ kind: 'unknown', label: UNKNOWN_BRANCH, depth: 0, counts: unknown });
  }
  if (Object.values(tableLevel.groups).some((v) => v > 0)) {
    rows.push({ kind: 'tableLevel', label: TABLE_LEVEL_ERRORS, depth: 0, counts: tableLevel });
  }

  const total = emptyCounts();
  for (const r of rows) if (r.kind !== 'subtotal') addCounts(total, r.counts);
  rows.push({ kind: 'total', label: GRAND_TOTAL, depth: 0, counts: total });

  return { committee: committee ?? committeeName(roots) ?? COMMITTEE_FALLBACK, asOf, rows, total };
}
