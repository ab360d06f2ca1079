import type { Cell, SheetData } from '../../cells';
import type { FieldKey, TableInfo } from '../../fields';
import * as S from '../../strings/rules';
import type { Findings } from '../context';
import { isBlankCell } from './blank';
import { checkTextCell, cleanText } from './text';

/** Clean texts remembered per column: list-like columns (gender, religion, branch) repeat a few values. */
const RECENT = 8;
/** After this many texts, a column whose texts rarely repeat stops remembering them. */
const TRIAL = 512;
/**
 * Beyond the recent slots, up to this many clean texts per column by value (a branch or a village written on
 * every row cycles through more values than the slots hold). Font stored with each; NO_FONT for none.
 */
const KNOWN = 2048;
const NO_FONT = '\u0000';

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
  /** Per header column: recent clean texts (RECENT slots), lookups and hits, whether still worth it. */
  private readonly recent: (string | undefined)[][];
  private readonly recentFonts: (string | undefined)[][];
  private readonly known: Map<string, string>[];
  private readonly lookups: number[];
  private readonly hits: number[];
  private readonly useRecent: boolean[];
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
    this.recent = headers.map(() => new Array<string | undefined>(RECENT).fill(undefined));
    this.recentFonts = headers.map(() => new Array<string | undefined>(RECENT).fill(undefined));
    this.known = headers.map(() => new Map<string, string>());
    this.lookups = headers.map(() => 0);
    this.hits = headers.map(() => 0);
    this.useRecent = headers.map(() => true);
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
        const s = cell.value as string;
        const c0 = s.charCodeAt(0);
        // A merged copy is read, not reported: its top-left cell carries the findings.
        if (cell.merged) texts[col] = isBlankCell(cell) ? undefined : cleanText(s);
        else if ((c0 > 32 && c0 !== 0xa0) || !isBlankCell(cell)) texts[col] = this.checkText(i, row, col, cell, s);
      } else if (cell.type === 'error') {
        this.out.add(row, col, this.fields[i], 'cell-error-value', S.cellErrorValue(String(cell.value)));
      }
    }
    return cells;
  }

  private checkText(i: number, row: number, col: number, cell: Cell, s: string): string {
    if (!this.useRecent[i]) return checkTextCell(this.out, row, col, this.fields[i], cell, s, this.spaces[i]);
    const recent = this.recent[i];
    const fonts = this.recentFonts[i];
    for (let k = 0; k < RECENT; k++) {
      // The font matters: the same bytes in a .VnTime font are TCVN3 text.
      if (recent[k] === s && fonts[k] === cell.font) {
        this.hits[i]++;
        return s;
      }
    }
    const known = this.known[i];
    if (known.get(s) === (cell.font ?? NO_FONT)) {
      this.hits[i]++;
      return s;
    }
    const cleaned = checkTextCell(this.out, row, col, this.fields[i], cell, s, this.spaces[i]);
    if (cleaned === s) {
      recent[this.lookups[i] % RECENT] = s;
      fonts[this.lookups[i] % RECENT] = cell.font;
      if (known.size < KNOWN) known.set(s, cell.font ?? NO_FONT);
    }
    if (++this.lookups[i] === TRIAL && this.hits[i] < TRIAL / 4) this.useRecent[i] = false;
    return cleaned;
  }
}
