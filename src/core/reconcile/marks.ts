import type { TableInfo } from '../fields';
import type { Finding } from '../findings';
import { MEMBER_FIELD_LABELS, RECONCILE_MARKS as M } from '../strings/reconcile';
import type { ReconcileResult } from './types';

/** Rule IDs of the reconciliation marks (finding-shaped, so hosts mark and restore them like the check's). */
export const RECONCILE_RULES = {
  different: 'reconcile-different',
  onlyHere: 'reconcile-only',
  ambiguous: 'reconcile-ambiguous',
} as const;

export interface MarkSide {
  sheet: string;
  table: TableInfo;
}

function mark(side: MarkSide, row: number, col: number | undefined, rule: string, message: string, field: Finding['field'], related?: number[]): Finding {
  return {
    sheet: side.sheet,
    row,
    col: col ?? side.table.columns.fullName ?? 0,
    field,
    rule,
    group: 'consistent',
    severity: 'warning',
    message,
    ...(related ? { relatedRows: related } : {}),
  };
}

/**
 * Marks for both lists: each differing cell (on both sides, naming the other side's value), the name cell of
 * every member found on one side only, and every ambiguous row.
 */
export function reconcileMarks(result: ReconcileResult, a: MarkSide, b: MarkSide): Finding[] {
  const out: Finding[] = [];
  for (const d of result.different) {
    const label = MEMBER_FIELD_LABELS[d.field];
    out.push(mark(a, d.rowA, d.colA, RECONCILE_RULES.different, M.different(label, 'B', b.sheet, d.rowB, d.b), d.field, [d.rowB]));
    out.push(mark(b, d.rowB, d.colB, RECONCILE_RULES.different, M.different(label, 'A', a.sheet, d.rowA, d.a), d.field, [d.rowA]));
  }
  for (const e of result.onlyInA) out.push(mark(a, e.row, undefined, RECONCILE_RULES.onlyHere, M.onlyHere('B', b.sheet), 'fullName'));
  for (const e of result.onlyInB) out.push(mark(b, e.row, undefined, RECONCILE_RULES.onlyHere, M.onlyHere('A', a.sheet), 'fullName'));
  for (const e of result.ambiguous) {
    if (e.side === 'a') out.push(mark(a, e.rowA, undefined, RECONCILE_RULES.ambiguous, M.ambiguous('B', b.sheet, e.rowsB), 'fullName', e.rowsB));
    else out.push(mark(b, e.rowB, undefined, RECONCILE_RULES.ambiguous, M.ambiguous('A', a.sheet, e.rowsA), 'fullName', e.rowsA));
  }
  return out;
}
