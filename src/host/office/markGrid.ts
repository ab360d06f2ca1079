import type { Finding, Severity } from '../../core/findings';

/**
 * The marks of one sheet as numbers in a very hidden "state" sheet with the same layout: 3 error, 2 warning,
 * 1 info, 0 none. Conditional formats on the data sheet colour a cell from its state cell, so the user's own
 * formatting is never touched and removing the formats and the state sheet restores the look exactly.
 */
export const SEVERITY_CODE: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const MARK_STYLES: { severity: Severity; fill: string; font: string }[] = [
  { severity: 'error', fill: '#FFC7CE', font: '#9C0006' },
  { severity: 'warning', fill: '#FFEB9C', font: '#7F6000' },
  { severity: 'info', fill: '#DDEBF7', font: '#1F4E79' },
];

/** row (1-based) → codes per column (0-based). Only rows with a mark are present. */
export type MarkGrid = Map<number, Uint8Array>;

export function gridFromFindings(findings: readonly Finding[], columns: number): MarkGrid {
  const grid: MarkGrid = new Map();
  for (const f of findings) {
    if (f.row < 1 || f.col < 0 || f.col >= columns) continue;
    let codes = grid.get(f.row);
    if (!codes) grid.set(f.row, (codes = new Uint8Array(columns)));
    codes[f.col] = Math.max(codes[f.col], SEVERITY_CODE[f.severity]);
  }
  return grid;
}

/** Rows whose codes differ between two grids, ascending. */
export function changedRows(before: MarkGrid, after: MarkGrid): number[] {
  const rows = new Set<number>();
  for (const [row, codes] of after) {
    const old = before.get(row);
    if (!old || !sameCodes(old, codes)) rows.add(row);
  }
  for (const row of before.keys()) if (!after.has(row)) rows.add(row);
  return [...rows].sort((a, b) => a - b);
}

function sameCodes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface RowBlock {
  first: number;
  last: number;
}

/**
 * Groups changed rows into blocks of at most `maxRows` rows, each written with one values call. Close rows share a
 * block (rows in between are rewritten with their current codes); rows far apart start a new block so a live edit
 * at row 10 and one at row 40,000 do not rewrite everything between.
 */
export function planBlocks(rows: readonly number[], maxRows: number, maxGap = 200): RowBlock[] {
  const blocks: RowBlock[] = [];
  for (const row of rows) {
    const cur = blocks[blocks.length - 1];
    if (cur && row - cur.last <= maxGap && row - cur.first < maxRows) cur.last = row;
    else blocks.push({ first: row, last: row });
  }
  return blocks;
}

/** The state values for a block of rows. */
export function blockValues(grid: MarkGrid, block: RowBlock, columns: number): number[][] {
  const out: number[][] = [];
  for (let r = block.first; r <= block.last; r++) {
    const codes = grid.get(r);
    out.push(codes ? Array.from(codes) : new Array<number>(columns).fill(0));
  }
  return out;
}
