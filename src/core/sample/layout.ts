import type { CellRange, SheetData } from '../cells';

/** A sheet plus the look it should have when written to a file (the file adapter applies it). */
export interface SheetLayout {
  data: SheetData;
  /** Column widths in characters, by 0-based column. */
  widths: number[];
  /** 0-based title rows (bold, centred across their merge). */
  titleRows: number[];
  /** 0-based header rows (bold, centred, wrapped, bordered). */
  headerRows: number[];
  /** The table's cells (0-based, inclusive), drawn with thin borders. */
  table?: CellRange;
  /** Rows to keep in view when scrolling (the header's last row + 1). */
  freezeRows?: number;
}
