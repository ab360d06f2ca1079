import type { Cell, SheetData } from '../../cells';
import type { FieldKey, TableInfo } from '../../fields';
import * as S from '../../strings/rules';
import type { Findings } from '../context';
import { isBlankCell } from './blank';
import { checkTextCell } from './text';

/**
 * One pass over a data row's cells, under every header column: cell-error-value, and the text hygiene rules
 * on every text cell. Leaves each column's cleaned text in `texts` for the field rules (undefined when the
 * cell is empty, blank or not text). Reused row after row: nothing is allocated for clean cells.
 */
export class RowScanner {
  /** Cleaned text of the last scanned row, by column. */
  readonly texts: (string | undefined)[] = [];
  private readonly cols: number[];
  private readonly fields: (FieldKey | null)[];
  private readonly spaces: boolean[];
  private static readonly NO_CELLS: (Cell | undefined)[] = [];

  /** digitFields: columns whose whitespace their own rule reports (spaces among an ID's digits). */
  constructor(
    private readonly sheet: SheetData,
    table: TableInfo,
    private readonly out: Findings,
    digitFields: readonly FieldKey[] = [],
  ) {
    const headers = [...table.headers].sort((a, b) => a.col - b.col);
    this.cols = headers.map((h) => h.col);
    this.fields = headers.map((h) => h.field ?? null);
    this.spaces = headers.map((h) => !(h.field && digitFields.includes(h.field)));
  }

  /** Scans Excel row `row`; returns the row's cells (index = column). */
  scan(row: number): readonly (Cell | undefined)[] {
    const cells = this.sheet.rows[row - 1] ?? RowScanner.NO_CELLS;
    const texts = this.texts;
    for (let i = 0; i < this.cols.length; i++) {
      const col = this.cols[i];
      const cell = cells[col];
      texts[col] = undefined;
      if (!cell) continue;
      if (cell.type === 'text') {
        const c0 = (cell.value as string).charCodeAt(0);
        if ((c0 > 32 && c0 !== 0xa0) || !isBlankCell(cell)) {
          texts[col] = checkTextCell(this.out, row, col, this.fields[i], cell, cell.value as string, this.spaces[i]);
        }
      } else if (cell.type === 'error') {
        this.out.add(row, col, this.fields[i], 'cell-error-value', S.cellErrorValue(String(cell.value)));
      }
    }
    return cells;
  }
}
