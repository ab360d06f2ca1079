import type { TableInfo } from '../fields';
import type { Finding, RuleGroup } from '../findings';
import { GROUPS, GROUP_LABELS, SEVERITY_LABELS } from '../findings';
import { cellAddress } from '../cells';
import { KIND_LABELS, SUMMARY } from '../strings/cli';

/** Short Vietnamese text summary of one checked file, for the terminal. */

export interface SummaryOptions {
  /** How many findings to list after the counts. */
  firstFindings?: number;
  /** Mention --out/--json when findings were cut (not when a marked copy is being written anyway). */
  outHint?: boolean;
}

interface Counts {
  errors: number;
  warnings: number;
  infos: number;
}

export function summarizeFile(
  file: string,
  tables: readonly TableInfo[],
  findings: readonly Finding[],
  options: SummaryOptions = {},
): string {
  const limit = options.firstFindings ?? 10;
  const lines: string[] = [SUMMARY.fileHeader(file)];
  if (!tables.length) lines.push(SUMMARY.noTables);
  for (const t of tables) {
    lines.push(SUMMARY.table(t.sheet, KIND_LABELS[t.kind], t.headerRow, t.firstRow, t.lastRow, t.dataRows.length));
  }
  if (!findings.length) {
    lines.push(SUMMARY.clean);
    return lines.join('\n') + '\n';
  }
  for (const sheet of sheetOrder(tables, findings)) {
    const own = findings.filter((f) => f.sheet === sheet);
    if (!own.length) continue;
    const c = count(own);
    lines.push(SUMMARY.sheetTotals(sheet, c.errors, c.warnings, c.infos));
    for (const g of GROUPS) {
      const gc = count(own.filter((f) => f.group === g));
      if (gc.errors || gc.warnings) lines.push(SUMMARY.groupLine(GROUP_LABELS[g as RuleGroup], gc.errors, gc.warnings));
    }
  }
  const total = count(findings);
  lines.push(SUMMARY.total(total.errors, total.warnings));
  const shown = [...findings].sort(bySeverityThenPlace).slice(0, limit);
  lines.push(SUMMARY.firstFindings(shown.length, findings.length));
  for (const f of shown) {
    lines.push(SUMMARY.findingLine(cellAddress(f.row, f.col), f.sheet, SEVERITY_LABELS[f.severity], f.message));
    if (f.suggestion) lines.push(SUMMARY.suggestionLine(f.suggestion));
  }
  if (shown.length < findings.length && options.outHint !== false) lines.push(SUMMARY.moreInOut);
  return lines.join('\n') + '\n';
}

export function countBySeverity(findings: readonly Finding[]): Counts {
  return count(findings);
}

function count(findings: readonly Finding[]): Counts {
  const c: Counts = { errors: 0, warnings: 0, infos: 0 };
  for (const f of findings) {
    if (f.severity === 'error') c.errors++;
    else if (f.severity === 'warning') c.warnings++;
    else c.infos++;
  }
  return c;
}

function sheetOrder(tables: readonly TableInfo[], findings: readonly Finding[]): string[] {
  const seen = new Set<string>();
  for (const t of tables) seen.add(t.sheet);
  for (const f of findings) seen.add(f.sheet);
  return [...seen];
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then in the engine's order (sheet, row, column) — a stable sort keeps that order. */
function bySeverityThenPlace(a: Finding, b: Finding): number {
  return SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity];
}
