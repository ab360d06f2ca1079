import type { Cell } from '../cells';
import { formatDate } from '../dates';
import type { CellFix } from '../findings';
import { RULES } from '../rules/catalog';
import type { PlannedChange } from './planFixes';

/**
 * What a preview of the fixes shows: changes grouped by rule (each change once, under its main rule),
 * and each value as the user reads it (dates dd/mm/yyyy).
 */

export interface ChangeGroup {
  rule: string;
  changes: PlannedChange[];
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

/** The rule a change is listed under: the most severe of its rules (a TCVN3 name in lower case is a legacy repair). */
export function mainRule(change: PlannedChange): string {
  let best = change.rules[0];
  for (const r of change.rules) if (rank(r) < rank(best)) best = r;
  return best;
}

function rank(rule: string): number {
  const meta = RULES.find((r) => r.id === rule);
  return meta ? SEVERITY_RANK[meta.severity] : 3;
}

/** Groups in catalog order; a change repairing several findings sits once, under its main rule. */
export function changesByRule(changes: readonly PlannedChange[]): ChangeGroup[] {
  const byRule = new Map<string, PlannedChange[]>();
  for (const c of changes) {
    const rule = mainRule(c);
    const list = byRule.get(rule);
    if (list) list.push(c);
    else byRule.set(rule, [c]);
  }
  const order = new Map(RULES.map((r, i) => [r.id, i]));
  return [...byRule]
    .sort(([a], [b]) => (order.get(a) ?? RULES.length) - (order.get(b) ?? RULES.length))
    .map(([rule, list]) => ({ rule, changes: list }));
}

/** A cell's value as shown in a preview. */
export function shownCell(cell: Cell): string {
  if (cell.value === null) return '';
  if (cell.type === 'date' && typeof cell.value === 'number') return formatDate(cell.value);
  return String(cell.value);
}

/** A fix's value as shown in a preview. */
export function shownFix(fix: CellFix): string {
  if (fix.value === null) return '';
  if (fix.isDate && typeof fix.value === 'number') return formatDate(fix.value);
  return String(fix.value);
}
