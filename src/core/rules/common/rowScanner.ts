import { EMPTY_CELL, isDashCode, type Cell, type SheetData } from '../../cells';
import type { FieldKey, TableInfo } from '../../fields';
import * as S from '../../strings/rules';
import type { Findings } from '../context';
import { isBlankCell } from './blank';
import { nameIsCleanText, nameShape } from './personName';
import { checkTextCell, cleanText, hasUnicodeOnlyLetter } from './text';
import { legacyFontEncoding } from '../../text/legacy';

/** After this many texts, a column whose texts rarely repeat stops remembering them. */
const TRIAL = 512;
/**
 * Up to this many clean texts remembered per column (list-like columns — gender, religion, a branch or a village
 * written on every row — repeat a few values), each with the font it was checked in.
 */
const KNOWN = 2048;
/**
 * Slots per column of a small direct-mapped cache in front of the known texts, chosen by a text's length and three
 * of its characters: a hit costs one comparison of equal texts, where the map must first hash the whole text
 * (each cell's string is a new one, its hash not yet computed).
 */
const RECENT = 256;

/** A clean text met before in the column: its first instance (later rules compare it by identity) and font. */
interface KnownText {
  text: string;
  font: string | undefined;
}

/**
 * One pass over a data row's cells, under every header column: cell-error-value, and the text hygiene rules
 * on every text cell. Leaves each column's cleaned text in `texts` for the field rules (undefined when the
 * cell is empty, blank or not text). Reused row after row: nothing is allocated for clean cells.
 */
export class RowScanner {
  /** Cleaned text of the last scanned row, by column. */
  readonly texts: (string | undefined)[] = [];
  /**
   * For person-name columns: the nameShape of the last row's name when the scan decided it (its one pass over
   * the name serves both the text checks and the name rules), else 0.
   */
  readonly shapes: number[] = [];
  private readonly cols: number[];
  private readonly fields: (FieldKey | null)[];
  private readonly spaces: boolean[];
  /** Per header column: clean texts met, lookups and hits, whether still worth it. */
  private readonly known: Map<string, KnownText>[];
  /** RECENT slots per header column (column i at i × RECENT): known texts met lately. */
  private readonly recent: (KnownText | undefined)[];
  private readonly lookups: number[];
  private readonly hits: number[];
  private readonly remember: boolean[];
  /** Columns of person names, by header index, and their sheet columns. */
  private readonly names: boolean[];
  private readonly nameCols: number[];
  /** Whether the scanned row shows that its legacy font is only left-over formatting (undefined: not yet looked). */
  private unicodeTyped: boolean | undefined;
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
    this.known = headers.map(() => new Map<string, KnownText>());
    this.recent = new Array<KnownText | undefined>(headers.length * RECENT).fill(undefined);
    this.lookups = headers.map(() => 0);
    this.hits = headers.map(() => 0);
    this.remember = headers.map(() => true);
    this.names = this.fields.map((f) => f === 'fullName' || f === 'birthName');
    this.nameCols = this.cols.filter((_, i) => this.names[i]);
  }

  /**
   * Scans Excel row `row`; returns the row's cells (index = column), a blank text cell (spaces or placeholder
   * dashes only) given as an empty cell, so that every rule reading the row treats "-" exactly as nothing.
   */
  scan(row: number): readonly (Cell | undefined)[] {
    const cells = this.sheet.rows[row - 1] ?? RowScanner.NO_CELLS;
    // The sheet's own row, copied only when a blank text cell must read as empty (rare; the sheet stays as read).
    let read: readonly (Cell | undefined)[] = cells;
    const texts = this.texts;
    for (let i = 0; i < this.nameCols.length; i++) this.shapes[this.nameCols[i]] = 0;
    this.unicodeTyped = undefined;
    for (let i = 0; i < this.cols.length; i++) {
      const col = this.cols[i];
      const cell = cells[col];
      texts[col] = undefined;
      if (!cell) continue;
      if (cell.type === 'text') {
        const s = cell.value as string;
        // A merged copy is read, not reported: its top-left cell carries the findings.
        if (cell.merged) {
          if (!isBlankCell(cell)) texts[col] = cleanText(s);
          else read = asEmpty(read, cells, col);
          continue;
        }
        // A text met before is clean and not blank, known without reading a character of it (reading one makes
        // a concatenated string copy itself into one piece).
        const known = this.remember[i] ? this.lookup(i, s) : undefined;
        if (known !== undefined && known.font === cell.font) {
          this.hits[i]++;
          texts[col] = known.text;
          continue;
        }
        const c0 = s.charCodeAt(0);
        if ((c0 > 32 && c0 !== 0xa0 && !isDashCode(c0)) || !isBlankCell(cell)) texts[col] = this.checkText(i, row, col, this.judged(cells, cell), s);
        else read = asEmpty(read, cells, col);
      } else if (cell.type === 'error') {
        this.out.add(row, col, this.fields[i], 'cell-error-value', S.cellErrorValue(String(cell.value)));
      }
    }
    return read;
  }

  /**
   * The cell as its text is to be judged. A row typed later into cells still formatted in .VnTime or VNI-Times
   * (Excel keeps a cell's font when one types over it) holds Unicode: a legacy-font cell of the row with a letter
   * only Unicode has (ă, đ, ơ, ạ …) shows it. Its other texts are then judged without the font, so that "Không"
   * or "Thái" is not read as TCVN3 "Khụng", "Thỏi"; real TCVN3 ("Kh«ng") is still found by its own codes.
   */
  private judged(cells: readonly (Cell | undefined)[], cell: Cell): Cell {
    if (cell.font === undefined || !legacyFontEncoding(cell.font)) return cell;
    if (this.unicodeTyped === undefined) {
      this.unicodeTyped = false;
      for (const col of this.cols) {
        const c = cells[col];
        if (c?.type === 'text' && legacyFontEncoding(c.font) && hasUnicodeOnlyLetter(c.value as string)) {
          this.unicodeTyped = true;
          break;
        }
      }
    }
    return this.unicodeTyped ? { ...cell, font: undefined } : cell;
  }

  /** The column's known text equal to s, if any: its recent slot first, then the map (which refills the slot). */
  private lookup(i: number, s: string): KnownText | undefined {
    const slot = i * RECENT + recentSlot(s);
    const recent = this.recent[slot];
    if (recent !== undefined && recent.text === s) return recent;
    const known = this.known[i].get(s);
    if (known !== undefined) this.recent[slot] = known;
    return known;
  }

  /**
   * A text met before in the column is clean without a look (one hash lookup; a few slots compared first cost
   * more, as equal texts are mostly different strings). The first instance is returned, so that the rules'
   * own memos (addresses, list values) find it by identity.
   */
  private checkText(i: number, row: number, col: number, cell: Cell, s: string): string {
    if (this.names[i]) {
      const shape = nameShape(s);
      if (nameIsCleanText(shape)) {
        this.shapes[col] = shape;
        return s;
      }
    }
    if (!this.remember[i]) return checkTextCell(this.out, row, col, this.fields[i], cell, s, this.spaces[i]);
    // Not met before in this font (scan() looked): checked, and remembered when clean.
    const cleaned = checkTextCell(this.out, row, col, this.fields[i], cell, s, this.spaces[i]);
    const known = this.known[i];
    if (cleaned === s && known.size < KNOWN && !known.has(s)) {
      const entry = { text: s, font: cell.font };
      known.set(s, entry);
      this.recent[i * RECENT + recentSlot(s)] = entry;
    }
    if (++this.lookups[i] === TRIAL && this.hits[i] < TRIAL / 4) this.remember[i] = false;
    return cleaned;
  }
}

/** A text's slot among RECENT: its length, first, middle and last characters (NaN for '' counts as 0). */
function recentSlot(s: string): number {
  const n = s.length;
  return (n * 31 + s.charCodeAt(0) * 7 + s.charCodeAt(n >> 1) * 3 + s.charCodeAt(n - 1)) & (RECENT - 1);
}

/** `read` with column `col` empty: a copy of the sheet's row the first time, then the same copy. */
function asEmpty(read: readonly (Cell | undefined)[], cells: readonly (Cell | undefined)[], col: number): readonly (Cell | undefined)[] {
  const copy = read === cells ? cells.slice() : (read as (Cell | undefined)[]);
  copy[col] = EMPTY_CELL;
  return copy;
}
