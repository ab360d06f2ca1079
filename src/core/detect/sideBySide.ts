import type { SheetData } from '../cells';
import type { ColumnRange } from '../fields';
import type { HeaderChoice } from './findHeader';

/**
 * Two lists side by side on one sheet (the organisations beside the members, two chi bộ's lists, a small count by
 * chi bộ beside the list), a blank column between them: one header row holds both. Read as one table, the second
 * list's columns are duplicates and its rows are lost. The second list starts at a labelled column after a column
 * with no label whose field the header already has ("STT" again, "Tên tổ chức đảng" beside "Chi bộ").
 * Returns that column, or undefined (the common case, decided from the header alone).
 */
export function besideStart(header: HeaderChoice): number | undefined {
  const dups = header.mapping.duplicateColumns;
  if (!dups.length) return undefined;
  const cells = header.cells;
  for (let i = 1; i < cells.length; i++) {
    const prev = cells[i - 1];
    const col = cells[i].col;
    if (col > prev.col + (prev.span ?? 1) && dups.some((d) => d.col === col)) return col;
  }
  return undefined;
}

/** Fields the columns from `from` on add to the header (not duplicates of fields found left of it). */
export function addsFields(header: HeaderChoice, from: number): boolean {
  return Object.values(header.mapping.columns).some((col) => col !== undefined && col >= from);
}

/**
 * The part of a sheet between two columns (0-based, inclusive), at the same row and column numbers, so that
 * findings name the sheet's own cells. Only built for a sheet with lists side by side.
 */
export function columnView(sheet: SheetData, range: ColumnRange): SheetData {
  const { left, right } = range;
  const rows = sheet.rows.map((row) => {
    if (left === 0) return row.length > right + 1 ? row.slice(0, right + 1) : row;
    const out: SheetData['rows'][number] = [];
    const end = Math.min(row.length - 1, right);
    for (let c = left; c <= end; c++) if (row[c]) out[c] = row[c];
    return out;
  });
  const inside = (col: number) => col >= left && col <= right;
  const view: SheetData = { name: sheet.name, rows, merges: sheet.merges.filter((m) => inside(m.left) && inside(m.right)) };
  const uncalculated = sheet.uncalculated?.filter((u) => inside(u.col));
  if (uncalculated?.length) view.uncalculated = uncalculated;
  return view;
}
