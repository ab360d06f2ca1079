import type { Cell, SheetData } from '../cells';
import { EMPTY_CELL } from '../cells';

/**
 * Copy-on-write sheets: the outer row arrays are copied, a row only when one of its cells changes, so planning
 * fixes over 200,000 rows costs little more than the changed rows. The caller's sheets are never modified.
 */
export class WorkingSheets {
  readonly sheets: SheetData[];
  private readonly copiedRows = new Set<(Cell | undefined)[]>();

  constructor(original: readonly SheetData[]) {
    this.sheets = original.map((s) => ({ name: s.name, rows: s.rows.slice(), merges: s.merges }));
  }

  cell(sheet: number, row: number, col: number): Cell {
    const r = this.sheets[sheet].rows[row - 1];
    return (r && r[col]) || EMPTY_CELL;
  }

  /** Excel 1-based row, 0-based column. */
  set(sheet: number, row: number, col: number, cell: Cell): void {
    const rows = this.sheets[sheet].rows;
    let r = rows[row - 1];
    if (!r || !this.copiedRows.has(r)) {
      r = r ? r.slice() : [];
      this.copiedRows.add(r);
      while (rows.length < row - 1) rows.push([]);
      rows[row - 1] = r;
    }
    r[col] = cell;
  }
}
