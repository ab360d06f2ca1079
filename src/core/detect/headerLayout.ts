import { cellAt, cellDisplay, isBlank, type CellRange, type SheetData } from '../cells';
import { cleanUnicode, collapseWhitespace, headerKey } from '../text/normalize';
import { isTitleLabel } from './rowPatterns';
import type { TextReader } from './legacyText';

/** One header column of a candidate header: its own label and, with a two-row header, the group label above. */
export interface HeaderCell {
  col: number;
  own: string;
  group?: string;
  /** What the user reads: group and own label together. */
  label: string;
  /** The group label spans several columns (a merge, or one label over empty cells with sub-labels). */
  wideGroup?: boolean;
  /** Columns the label's merge spans with no sub-label under it ("Họ và tên" over "Nguyễn Văn" | "An"); 1 when absent. */
  span?: number;
}

const AS_IS: TextReader = (s) => s;

/** A cell's text as a header label: NFC, spaces and line breaks collapsed; '' when blank. */
export function cellLabel(sheet: SheetData, row: number, col: number, read: TextReader = AS_IS): string {
  const cell = cellAt(sheet, row, col);
  if (isBlank(cell)) return '';
  return collapseWhitespace(cleanUnicode(read(cellDisplay(cell))));
}

/** Merges that can touch a header (the first rows only), so big sheets with many merges stay cheap. */
export function headerMerges(sheet: SheetData, lastRow: number): CellRange[] {
  return sheet.merges.filter((m) => m.top <= lastRow);
}

function mergeAt(merges: CellRange[], row: number, col: number): CellRange | undefined {
  return merges.find((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right);
}

/** Labels in a row, counted up to `enough`. */
function labelCount(sheet: SheetData, row: number, read: TextReader, enough: number): number {
  let n = 0;
  for (let c = 0; c < rowWidth(sheet, row) && n < enough; c++) if (cellLabel(sheet, row, c, read)) n++;
  return n;
}

/** Headers wider than this are not real tables (a stray value far to the right must not slow the search). */
const MAX_HEADER_COLS = 256;

function rowWidth(sheet: SheetData, row: number): number {
  return Math.min(sheet.rows[row]?.length ?? 0, MAX_HEADER_COLS);
}

/** Header cells of a one-row header at `row` (0-based). */
export function singleRowHeader(sheet: SheetData, row: number, read: TextReader = AS_IS, merges: CellRange[] = []): HeaderCell[] {
  const cells: HeaderCell[] = [];
  for (let c = 0; c < rowWidth(sheet, row); c++) {
    const own = cellLabel(sheet, row, c, read);
    if (own) cells.push(withSpan({ col: c, own, label: own }, merges.length ? mergeAt(merges, row, c) : undefined));
  }
  return cells;
}

/** A label merged across columns records how many (splitBySpan.ts reads the parts under it). */
function withSpan(cell: HeaderCell, merge: CellRange | undefined): HeaderCell {
  if (merge && merge.left === cell.col && merge.right > merge.left) cell.span = merge.right - merge.left + 1;
  return cell;
}

/**
 * Header cells of a two-row header whose last row is `row` (0-based), the group row above it.
 * A group label spans its merge, or (merge not recorded) the empty cells to its right that have sub-labels.
 * A label that spans both rows (a vertical merge, or a group-row label with nothing under it) is a one-row name.
 */
export function twoRowHeader(sheet: SheetData, row: number, merges: CellRange[], read: TextReader = AS_IS): HeaderCell[] {
  const g = row - 1;
  const width = Math.max(rowWidth(sheet, g), rowWidth(sheet, row));
  // A lone text in the row above ("CHI BỘ THÔN 1" in A1 over a table starting in column B) is a title, not the
  // name of the column under it.
  const titleLine = labelCount(sheet, g, read, 2) < 2;
  const cells: HeaderCell[] = [];
  for (let c = 0; c < width; c++) {
    const own = cellLabel(sheet, row, c, read);
    const merge = mergeAt(merges, g, c);
    let group = '';
    let wide = false;
    if (merge) {
      const text = cellLabel(sheet, merge.top, merge.left, read);
      // Spans both rows, or nothing under it: a one-row name, counted once at the merge's first column.
      if (merge.bottom >= row || !own) {
        if (text && c === merge.left && !(titleLine && merge.bottom < row)) cells.push(withSpan({ col: c, own: text, label: text }, merge));
        continue;
      }
      group = text;
      if (text && merge.right > merge.left) wide = true;
    } else {
      const above = cellLabel(sheet, g, c, read);
      if (above && !own) {
        if (!titleLine) cells.push({ col: c, own: above, label: above });
        continue;
      }
      group = above;
      if (!group) {
        group = implicitGroup(sheet, g, row, c, merges, read);
        wide = group !== '';
      } else {
        // A label written once over the sub-labels to its right, its merge not recorded.
        wide = c + 1 < width && !cellLabel(sheet, g, c + 1, read) && cellLabel(sheet, row, c + 1, read) !== '';
      }
    }
    if (!own) continue;
    if (!group) cells.push({ col: c, own, label: own });
    else cells.push(wide ? { col: c, own, group, label: group + ' ' + own, wideGroup: true } : { col: c, own, group, label: group + ' ' + own });
  }
  return withoutTitleGroups(cells);
}

/**
 * A title line right above a one-row header ("DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1", merged across or not) is no
 * group label: a group never covers every column, and a title reads as one. Its words would otherwise name
 * fields in unrelated columns ("Ghi chú" under a title naming a chi bộ read as the branch).
 */
function withoutTitleGroups(cells: HeaderCell[]): HeaderCell[] {
  const first = cells[0]?.group;
  const coversAll = first !== undefined && cells.every((c) => c.group === first);
  if (!coversAll && !cells.some((c) => c.group && isTitleLabel(headerKey(c.group)))) return cells;
  return cells.map((c) => (c.group && (coversAll || isTitleLabel(headerKey(c.group))) ? { col: c.col, own: c.own, label: c.own } : c));
}

/**
 * A group label written once with its merge not recorded: walk left over empty group cells that all have
 * sub-labels; the first group-row label found is the group when it has a sub-label of its own.
 */
function implicitGroup(
  sheet: SheetData,
  g: number,
  row: number,
  col: number,
  merges: CellRange[],
  read: TextReader,
): string {
  for (let c = col - 1; c >= 0; c--) {
    if (!cellLabel(sheet, row, c, read)) return '';
    if (mergeAt(merges, g, c)) return '';
    const above = cellLabel(sheet, g, c, read);
    if (above) return above;
  }
  return '';
}
