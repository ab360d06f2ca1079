import { cellDisplay, isBlank, type Cell, type SheetData } from '../cells';
import { cleanUnicode, collapseWhitespace, foldDiacritics, headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import {
  isFooterLabel,
  isCountLine,
  isGroupingHeading,
  isIndexHeaderLabel,
  isNumberingToken,
  isSectionKeyword,
  isSectionNumber,
  isTitleLabel,
  isTotalLabel,
  isUnitName,
  memberTypeHeading,
  stripSectionNumber,
} from './rowPatterns';
import type { TextReader } from './legacyText';
import { branchInTitle } from './titleBranch';
import type { MemberType } from '../records';

export interface RowContext {
  /** 0-based index of the last header row; data starts below it. */
  headerRow: number;
  headerCells: HeaderCell[];
  /** 0-based columns mapped to a field. */
  mappedCols: Set<number>;
  indexCol?: number;
  /** The organisation-name column: its "Chi bộ …" values are data, not section headings. */
  orgNameCol?: number;
  /** Set for a sheet typed in a legacy font: texts are decoded before they are classified. */
  read?: TextReader;
  /**
   * Whether a header-like row (0-based) starts another list with columns of its own (detectTable.ts): the list
   * ends above it instead of reading its rows under this header.
   */
  startsBlock?: (row: number) => boolean;
}

export interface RowClassification {
  /** 1-based Excel rows. */
  dataRows: number[];
  sections: { row: number; label: string }[];
  /** Headings that give the type of the members below them ("ĐẢNG VIÊN DỰ BỊ"), 1-based rows. */
  typeSections?: { row: number; type?: MemberType }[];
  /** 0-based row where another list with its own header starts (see RowContext.startsBlock). */
  nextBlock?: number;
}

interface Entry {
  col: number;
  cell: Cell;
  text: string;
}

/** A heading names a unit; a longer line is a note ("Ấn định danh sách này có …"), not a section. */
const MAX_SECTION_LABEL = 80;

/** How many non-empty cells of a row are looked at to classify it. */
const LOOK = 5;

function isNumeric(cell: Cell): boolean {
  return cell.type === 'number' || cell.type === 'date' || cell.type === 'boolean';
}

function entryText(cell: Cell, read?: TextReader): string {
  const text = cell.type === 'text' ? (cell.value as string).trim() : cellDisplay(cell).trim();
  return read && cell.type === 'text' ? read(text) : text;
}

/** The first LOOK non-empty cells of a row (and whether they all repeat one text: an unmerged merged label). */
function firstEntries(row: (Cell | undefined)[], read?: TextReader): { entries: Entry[]; sameText: boolean } {
  const entries: Entry[] = [];
  let sameText = true;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || isBlank(cell)) continue;
    const text = entryText(cell, read);
    if (entries.length && text !== entries[0].text) sameText = false;
    if (entries.length < LOOK) entries.push({ col: c, cell, text });
    else if (!sameText) break;
  }
  return { entries, sameText };
}

/** Non-blank cells from column `from` on, counted up to `enough` (firstEntries' count, capped lower). */
function filledCount(row: (Cell | undefined)[], from: number, enough: number): number {
  let count = 0;
  for (let c = from; c < row.length && count < enough; c++) {
    const cell = row[c];
    if (cell && !isBlank(cell)) count++;
  }
  return count;
}

/**
 * Whether a column read as a field (other than the STT) holds a value from `from` on: a row with only its STT,
 * formula results in columns no rule reads (Tuổi, Tuổi Đảng) or a note is a template row, not a member.
 * Stops at the first such cell, usually the one right after the STT.
 */
function hasFieldValue(row: (Cell | undefined)[], from: number, fieldCols: FieldCols): boolean {
  for (let c = from; c < row.length; c++) {
    if (!fieldCols(c)) continue;
    const cell = row[c];
    if (cell && !isBlank(cell)) return true;
  }
  return false;
}

type FieldCols = (col: number) => boolean;

/**
 * hasFieldValue's columns: those read as a field other than the STT (any column but the STT when the user forced
 * a kind with no column recognised yet), as a lookup in an array (a Set's hash costs more, on every row).
 */
function fieldColumns(ctx: RowContext): FieldCols {
  if (ctx.mappedCols.size === 0) return (c) => c !== ctx.indexCol;
  const is = new Uint8Array(Math.max(...ctx.mappedCols) + 1);
  for (const c of ctx.mappedCols) if (c >= 0 && c !== ctx.indexCol) is[c] = 1;
  return (c) => is[c] === 1;
}

function firstFilledCol(row: (Cell | undefined)[]): number {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell && !isBlank(cell)) return c;
  }
  return -1;
}

/** Every non-empty cell is a numbering token ("1 2 3 …", "(1) (2) …", "A B C …"), at least three of them. */
function isNumberingRow(row: (Cell | undefined)[]): boolean {
  let count = 0;
  for (const cell of row) {
    if (!cell || isBlank(cell)) continue;
    if (cell.type === 'number') {
      const n = cell.value as number;
      if (!Number.isInteger(n) || n < 0 || n > 999) return false;
    } else if (cell.type !== 'text' || !isNumberingToken(cell.value as string)) return false;
    count++;
  }
  return count >= 3;
}

/** Every non-empty cell is a note in brackets ("(Nam/Nữ)", "(dd/mm/yyyy)"), at least two of them. */
function isNoteRow(row: (Cell | undefined)[]): boolean {
  let count = 0;
  for (const cell of row) {
    if (!cell || isBlank(cell)) continue;
    if (cell.type !== 'text' || !/^\s*\(.*\)\s*$/s.test(cell.value as string)) return false;
    count++;
  }
  return count >= 2;
}

/** "VD", "Ví dụ:" in the STT column: the example row a template keeps under its header. */
function isExampleRow(first: Entry, ctx: RowContext): boolean {
  return first.col === ctx.indexCol && first.cell.type === 'text' && /^(vd|ví dụ|vi du|mẫu|mau)\s*[:.]?$/iu.test(first.text);
}

function horizontalMergeStarts(sheet: SheetData, fromRow: number): Set<number> {
  const starts = new Set<number>();
  for (const m of sheet.merges) if (m.top > fromRow && m.right > m.left) starts.add(m.top * 20000 + m.left);
  return starts;
}

/**
 * One pass over the rows under the header: keeps data rows, records section headings, and leaves out blank
 * rows, a numbering row under the header, repeated headers, totals, titles and the signature block.
 * Only a row's first few cells are read and normalised, so a 200,000-row sheet stays linear and cheap.
 */
export function classifyRows(sheet: SheetData, ctx: RowContext): RowClassification {
  // Sized at once for every row under the header, then cut to length: grown one push at a time, a 200,000-row
  // list is copied some thirty times, each copy in fresh memory.
  const dataRows: number[] = new Array<number>(Math.max(0, sheet.rows.length - ctx.headerRow - 1)).fill(0);
  let dataCount = 0;
  const sections: { row: number; label: string }[] = [];
  const isHeaderLabel = headerLabelTest(ctx.headerCells);
  const merged = horizontalMergeStarts(sheet, ctx.headerRow);
  const fieldCols = fieldColumns(ctx);
  let underHeader = true; // the next non-blank row may be a column-numbering row
  let inFooter = false; // below a signature line: short rows are signatures and names of signers
  let nextBlock: number | undefined;
  const types: { row: number; type?: MemberType }[] = [];
  // A heading names the members' organisation (a section), or groups them otherwise: by type ("ĐẢNG VIÊN DỰ BỊ",
  // recorded for a table with no type column) or by tổ đảng (left out).
  const addHeading = (row: number, label: string): void => {
    const key = headerKey(label);
    const type = memberTypeHeading(key);
    if (type) types.push({ row, type });
    else if (!isGroupingHeading(key)) {
      sections.push({ row, label });
      // The next chi bộ starts untyped: its members are not the previous one's "ĐẢNG VIÊN DỰ BỊ".
      if (types.length && types[types.length - 1].type) types.push({ row });
    }
  };

  for (let r = ctx.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row || !row.length) continue;
    // Most rows start with a number (STT): decided from the first cells that hold a field's value, read only as
    // far as the tests below need (a number then one more cell), nothing built.
    if (!underHeader) {
      const f = firstFilledCol(row);
      if (f < 0) continue;
      if (isNumeric(row[f]!)) {
        const filled = filledCount(row, f, 3);
        if (inFooter && filled < 3) continue;
        inFooter = false;
        // An STT and one label may be a heading numbered 1, 2 … ("1 | Chi bộ Thôn 1"): read below.
        if (filled !== 2 || !isNumberingCol(f, ctx)) {
          if (hasFieldValue(row, f, fieldCols)) dataRows[dataCount++] = r + 1; // else a numbered but empty template row
          continue;
        }
      }
    }
    const { entries, sameText } = firstEntries(row, ctx.read);
    if (!entries.length) continue;
    const count = entries.length;
    const first = entries[0];

    // Under the header: the column numbering, a row of notes ("(dd/mm/yyyy)", "(Đủ 12 số)"), a template's example row.
    if (underHeader && (isNumberingRow(row) || isNoteRow(row) || isExampleRow(first, ctx))) continue;
    underHeader = false;

    if (isNumeric(first.cell)) {
      if (inFooter && count < 3) continue;
      inFooter = false;
      const heading = count === 2 && isNumberingCol(first.col, ctx) ? numberedHeading(entries[1], r, merged, ctx) : undefined;
      if (heading !== undefined) {
        addHeading(r + 1, heading);
        continue;
      }
      if (hasFieldValue(row, first.col, fieldCols)) dataRows[dataCount++] = r + 1; // else a numbered but empty template row
      continue;
    }

    // Keys are computed only when a cheap test says a pattern may apply (most rows are plain data).
    const keys: (string | undefined)[] = [];
    const keyOf = (i: number): string => (keys[i] ??= isNumeric(entries[i].cell) ? '' : headerKey(entries[i].text));
    const firstThree = entries.slice(0, 3);

    const headerHits = firstThree.filter((e, i) => !isNumeric(e.cell) && isHeaderLabel(e, () => keyOf(i))).length;
    if (headerHits >= 2 || (headerHits === 1 && count === 1 && first.col !== ctx.indexCol)) {
      if (count >= 3 && ctx.startsBlock?.(r)) {
        nextBlock = r;
        break;
      }
      underHeader = true; // a printed list repeats its header (and numbering) on each page
      continue;
    }
    // "TT | Chi bộ | Tổng số | Nam | Nữ" under the list: another table (a summary) starts; the list has ended.
    // The list's own header retyped on a new page ("Số TT | Họ và tên đảng viên | …") only starts a new page.
    if (dataCount && count >= 3 && isIndexHeaderLabel(first.text)) {
      if (ctx.startsBlock?.(r)) {
        nextBlock = r;
        break;
      }
      const retyped = firstThree.filter((e, i) => !isNumeric(e.cell) && looselyRepeats(ctx.headerCells, e.col, keyOf(i))).length >= 2;
      if (!retyped) break;
      underHeader = true;
      continue;
    }
    if (entries.slice(0, 2).some((e) => !isNumeric(e.cell) && isTotalLabel(e.text))) continue;
    const numbered = first.col === ctx.indexCol && isNumberingToken(first.text); // an STT: a member's row
    if (count < LOOK && !numbered && firstThree.some((_, i) => isFooterLabel(keyOf(i)))) {
      inFooter = true;
      continue;
    }
    const label = singleLabel(entries, sameText);
    // "DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 2" under the list (after its signatures, too): the next chi bộ's list follows
    // under the same header; its members belong to it.
    if (label && ctx.orgNameCol === undefined && isTitleLabel(keyOf(label.entry === first ? 0 : 1))) {
      const branch = branchInTitle(collapseWhitespace(cleanUnicode(label.entry.text)));
      if (branch) {
        addHeading(r + 1, branch);
        inFooter = false;
        continue;
      }
    }
    if (inFooter && count < 3) continue;
    inFooter = false;

    if (label && /\p{L}/u.test(label.entry.text) && !isNumberingToken(label.entry.text)) {
      if (isTitleLabel(keyOf(label.entry === first ? 0 : 1))) continue;
      const text = collapseWhitespace(cleanUnicode(label.entry.text));
      if (isCountLine(text)) continue; // "Có 3 đồng chí" between groups
      const stripped = stripSectionNumber(text);
      const isSection =
        stripped.numbered ||
        label.numbered ||
        label.repeated ||
        merged.has(r * 20000 + label.entry.col) ||
        label.entry.col === ctx.indexCol ||
        !ctx.mappedCols.has(label.entry.col) ||
        (label.entry.col !== ctx.orgNameCol && isSectionKeyword(headerKey(stripped.label))) ||
        // Alone on an unnumbered row of a numbered list, a unit's name is a heading, not a member.
        (count === 1 && ctx.indexCol !== undefined && ctx.orgNameCol === undefined && isUnitName(stripped.label));
      if (isSection && stripped.label && stripped.label.length <= MAX_SECTION_LABEL) {
        addHeading(r + 1, stripped.label);
        continue;
      }
    }
    if (!hasFieldValue(row, first.col, fieldCols)) continue;
    dataRows[dataCount++] = r + 1;
  }
  // A heading with no data row under it (a note after the list) is not a section.
  dataRows.length = dataCount;
  const last = dataCount ? dataRows[dataCount - 1] : 0;
  return {
    dataRows,
    sections: sections.filter((s) => s.row < last),
    ...(types.some((t) => t.type && t.row < last) ? { typeSections: types.filter((t) => t.row < last) } : {}),
    ...(nextBlock !== undefined ? { nextBlock } : {}),
  };
}

/** The STT column, or (no STT in the header) any column with no header: an unlabelled numbering column. */
function isNumberingCol(col: number, ctx: RowContext): boolean {
  return ctx.indexCol === undefined ? !ctx.mappedCols.has(col) : col === ctx.indexCol;
}

/**
 * The label of "1 | Chi bộ Thôn 1" (an arabic number in the STT column, then one text): a heading when it names a
 * unit or is merged across the table; '' for a grouping heading ("2 | Đảng viên dự bị"); undefined for a member
 * with only a name filled in. An organisation's name is data, never a heading.
 */
function numberedHeading(e: Entry, r: number, merged: Set<number>, ctx: RowContext): string | undefined {
  if (e.cell.type !== 'text' || e.col === ctx.orgNameCol) return undefined;
  const label = stripSectionNumber(collapseWhitespace(cleanUnicode(e.text))).label;
  if (!label || label.length > MAX_SECTION_LABEL) return undefined;
  const key = headerKey(label);
  return merged.has(r * 20000 + e.col) || isSectionKeyword(key) ? label : undefined;
}

/**
 * Whether a cell repeats the header label of its column (a printed list repeats its header on each page).
 * Its key is computed only when its first letter and length could match one of the labels.
 */
function headerLabelTest(cells: HeaderCell[]): (e: Entry, key: () => string) => boolean {
  const byCol = new Map<number, { keys: string[]; firsts: string; min: number; max: number }>();
  for (const h of cells) {
    const texts = [h.own, ...(h.group ? [h.group] : [])];
    const keys = texts.map(headerKey).filter((k) => k);
    byCol.set(h.col, {
      keys,
      firsts: keys.map((k) => k[0]).join(''),
      min: Math.min(...texts.map((t) => t.length)),
      max: Math.max(...texts.map((t) => t.length)),
    });
  }
  return (e, key) => {
    const h = byCol.get(e.col);
    if (!h || e.text.length < h.min - 4 || e.text.length > h.max + 8) return false;
    const ch = e.text[0].toLowerCase();
    if (!h.firsts.includes(ch < '\x80' ? ch : foldDiacritics(ch))) return false;
    return h.keys.includes(key());
  };
}

/** A label that names its column's header in other words: one holds the other's words ("Số TT" and "TT"). */
function looselyRepeats(cells: HeaderCell[], col: number, key: string): boolean {
  const h = cells.find((c) => c.col === col);
  if (!h || !key) return false;
  return [h.own, h.group ?? ''].some((label) => {
    const k = headerKey(label);
    return k !== '' && (` ${key} `.includes(` ${k} `) || ` ${k} `.includes(` ${key} `));
  });
}

/**
 * The row's one label: alone, after a section number ("I" | "Chi bộ Thôn 1"), before a count, or repeated
 * across a merge.
 */
function singleLabel(
  entries: Entry[],
  sameText: boolean,
): { entry: Entry; numbered: boolean; repeated: boolean } | undefined {
  if (entries.length === 1) return { entry: entries[0], numbered: false, repeated: false };
  if (sameText) return { entry: entries[0], numbered: false, repeated: true };
  if (entries.length === 2 && isSectionNumber(entries[0].text) && !isNumeric(entries[1].cell)) {
    return { entry: entries[1], numbered: true, repeated: false };
  }
  // "Chi bộ Thôn 1" | 25: a heading with its member count.
  if (entries.length === 2 && !isNumeric(entries[0].cell) && isNumeric(entries[1].cell)) {
    return { entry: entries[0], numbered: false, repeated: false };
  }
  return undefined;
}
