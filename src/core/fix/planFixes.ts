import type { Cell, SheetData } from '../cells';
import { EMPTY_CELL } from '../cells';
import type { CellFix, Finding } from '../findings';
import type { FieldKey } from '../fields';
import { checkWorkbook, type CheckOptions, type CheckResult } from '../engine';
import { cellFromFix, fixBetween, sameCell } from './cellFromFix';
import { isFixableRule } from './fixableRules';
import { mergeFixes, valueOrder } from './mergeFixes';
import { WorkingSheets } from './workingSheets';

/**
 * The fix engine: every safe fix the rules offer, computed for the whole workbook at once.
 *
 * Only cells with an enabled fixable finding in the first check are ever changed. Each such cell gets the merged
 * fix of its findings (mergeFixes); the workbook is then checked again and a cell still carrying an enabled
 * fixable finding is fixed again, until nothing changes. So a check of the result has none of the fixed findings,
 * and planning again on the result changes nothing (idempotent).
 */

export interface PlannedChange {
  sheet: string;
  /** Excel 1-based row, 0-based column. */
  row: number;
  col: number;
  field: FieldKey | null;
  /** Rules whose findings the change repairs, most specific first. */
  rules: string[];
  /** Those findings' messages, for the preview. */
  messages: string[];
  before: Cell;
  /** What to write: the value always; number format, date flag and font only where they change. */
  after: CellFix;
}

export interface FixPlan {
  changes: PlannedChange[];
  /** Number of changed cells each rule took part in. */
  countsByRule: Record<string, number>;
  /** Findings a human must decide (a suggestion but no safe fix), left for one-by-one acceptance; never applied. */
  suggestions: Finding[];
  /** Cells with an enabled fix that the plan left alone because the host cannot write them (formulas, links). */
  skipped: Finding[];
  /** The check of the workbook with every change applied. */
  checkAfter: CheckResult;
}

export interface FixOptions extends CheckOptions {
  /** Only these rules' fixes; every fixable rule when absent. */
  rules?: readonly string[];
  /** Cells the host cannot safely overwrite (a formula, a hyperlink): never changed, reported as skipped. */
  isLocked?: (sheet: string, row: number, col: number) => boolean;
}

/** Passes beyond the first are rare (a fix revealing another fix in the same cell); this bounds a misbehaving rule. */
const MAX_PASSES = 6;

interface Entry {
  sheet: number;
  row: number;
  col: number;
  field: FieldKey | null;
  rules: string[];
  messages: string[];
}

export function planFixes(sheets: readonly SheetData[], options: FixOptions): FixPlan {
  const enabled = options.rules ? new Set(options.rules) : undefined;
  const isEnabled = (f: Finding) => f.fix !== undefined && isFixableRule(f.rule) && (!enabled || enabled.has(f.rule));
  const working = new WorkingSheets(sheets);
  const sheetIndex = new Map(sheets.map((s, i) => [s.name, i]));
  const keyOf = (f: Finding) => `${sheetIndex.get(f.sheet)}:${f.row}:${f.col}`;

  let result = checkWorkbook(working.sheets, options);
  const { scope, skipped } = cellsInScope(result.findings, isEnabled, keyOf, options.isLocked);
  const entries = new Map<string, Entry>();

  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const byCell = new Map<string, Finding[]>();
    for (const f of result.findings) {
      if (!isEnabled(f)) continue;
      const key = keyOf(f);
      if (!scope.has(key)) continue;
      const list = byCell.get(key);
      if (list) list.push(f);
      else byCell.set(key, [f]);
    }
    let changed = 0;
    for (const [key, found] of byCell) {
      const f = found[0];
      const sheet = sheetIndex.get(f.sheet) as number;
      const before = working.cell(sheet, f.row, f.col);
      const after = cellFromFix(before, mergeFixes(found));
      if (sameCell(before, after)) continue;
      working.set(sheet, f.row, f.col, after);
      changed++;
      let entry = entries.get(key);
      if (!entry) {
        entry = { sheet, row: f.row, col: f.col, field: f.field, rules: [], messages: [] };
        entries.set(key, entry);
      }
      for (const x of found) {
        if (entry.rules.includes(x.rule)) continue;
        entry.rules.push(x.rule);
        entry.messages.push(x.message);
      }
    }
    if (changed === 0) break;
    result = checkWorkbook(working.sheets, options);
  }

  const changes: PlannedChange[] = [];
  const countsByRule: Record<string, number> = {};
  for (const e of entries.values()) {
    const before = cellAt(sheets[e.sheet], e.row, e.col);
    const after = working.cell(e.sheet, e.row, e.col);
    if (sameCell(before, after)) continue;
    const order = e.rules.map((r, i) => ({ r, m: e.messages[i] })).sort((a, b) => valueOrder(a.r) - valueOrder(b.r));
    changes.push({
      sheet: sheets[e.sheet].name,
      row: e.row,
      col: e.col,
      field: e.field,
      rules: order.map((o) => o.r),
      messages: order.map((o) => o.m),
      before,
      after: fixBetween(before, after),
    });
    for (const r of e.rules) countsByRule[r] = (countsByRule[r] ?? 0) + 1;
  }
  changes.sort((a, b) => (sheetIndex.get(a.sheet) as number) - (sheetIndex.get(b.sheet) as number) || a.row - b.row || a.col - b.col);
  const suggestions = result.findings.filter((f) => f.fix === undefined && f.suggestion !== undefined);
  return { changes, countsByRule, suggestions, skipped, checkAfter: result };
}

/**
 * The cells a plan may change: those with an enabled fixable finding, except locked cells and cells that also
 * carry a disabled fix needing a font change (legacy text): any rewrite of their text converts it, and without the
 * font change the converted text would be garbled.
 */
function cellsInScope(
  findings: readonly Finding[],
  isEnabled: (f: Finding) => boolean,
  keyOf: (f: Finding) => string,
  isLocked: FixOptions['isLocked'],
): { scope: Set<string>; skipped: Finding[] } {
  const scope = new Set<string>();
  const blocked = new Set<string>();
  const skipped: Finding[] = [];
  for (const f of findings) {
    if (isEnabled(f)) {
      if (isLocked?.(f.sheet, f.row, f.col)) skipped.push(f);
      else scope.add(keyOf(f));
    } else if (f.fix?.font !== undefined) blocked.add(keyOf(f));
  }
  for (const key of blocked) scope.delete(key);
  return { scope, skipped };
}

/** Excel 1-based row, 0-based column. */
function cellAt(sheet: SheetData, row: number, col: number): Cell {
  const r = sheet.rows[row - 1];
  return (r && r[col]) || EMPTY_CELL;
}

/** The sheets with the chosen changes written (a copy; used by tests, the CLI's preview and the standalone page). */
export function applyPlan(sheets: readonly SheetData[], changes: readonly PlannedChange[]): SheetData[] {
  const working = new WorkingSheets(sheets);
  const index = new Map(sheets.map((s, i) => [s.name, i]));
  for (const c of changes) {
    const sheet = index.get(c.sheet);
    if (sheet !== undefined) working.set(sheet, c.row, c.col, cellFromFix(working.cell(sheet, c.row, c.col), c.after));
  }
  return working.sheets;
}
