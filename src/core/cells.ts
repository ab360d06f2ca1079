/**
 * The cell model: what a sheet holds, as both hosts (Office.js and .xlsx files) can report it.
 * Rows and columns inside SheetData are 0-based; everything shown to users or written to JSON is
 * Excel's 1-based row and column letters.
 */

export type CellType = 'empty' | 'text' | 'number' | 'date' | 'boolean' | 'error';

export interface Cell {
  type: CellType;
  /** text: the string; number: the number; date: Excel serial day number (may carry a time fraction);
   *  boolean: true/false; error: the error text such as "#N/A"; empty: null. */
  value: string | number | boolean | null;
  /** Excel number format ("General", "@", "dd/mm/yyyy", "000000000000" …). */
  format?: string;
  /** The text Excel displays, when the host knows it (Office.js `text`). */
  text?: string;
  /** Font name, when the host knows it (needed for TCVN3 ".VnTimeH" capitals). */
  font?: string;
  /** A copy of a vertical merge's top-left cell under it, for reading only (core/parse/mergedCells.ts). */
  merged?: true;
}

export interface CellRange {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  /** rows[r][c] is Excel row r+1, column c+1. Missing entries are empty cells. */
  rows: (Cell | undefined)[][];
  merges: CellRange[];
  /**
   * Formula cells whose result the file does not hold (0-based), left out of `rows`: a file written by other
   * software and never saved by Excel. Only the file host knows them.
   */
  uncalculated?: { row: number; col: number }[];
}

export const EMPTY_CELL: Cell = Object.freeze({ type: 'empty', value: null }) as Cell;

export function cellAt(sheet: SheetData, row: number, col: number): Cell {
  const r = sheet.rows[row];
  return (r && r[col]) || EMPTY_CELL;
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel address of a 1-based row and 0-based column: (12, 4) → "E12". */
export function cellAddress(row: number, col: number): string {
  return columnLetter(col) + row;
}

/** "E12" → { row: 12, col: 4 } (row 1-based, col 0-based). */
export function parseAddress(address: string): { row: number; col: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) throw new Error(`Bad cell address: ${address}`);
  return { row: Number(m[2]), col: columnIndex(m[1]) };
}

export function isBlank(cell: Cell): boolean {
  if (cell.type === 'empty') return true;
  if (cell.type === 'text') {
    // Most texts start with a printable ASCII character other than '-': not blank, no trimmed copy needed.
    const c0 = (cell.value as string).charCodeAt(0);
    if (c0 > 32 && c0 < 127 && c0 !== 45) return false;
    const t = (cell.value as string).trim();
    return t === '' || isDashes(t);
  }
  return false;
}

/**
 * Dashes and spaces only ("-", "--", "—", " – "): offices type a dash for "nothing here", so a placeholder is an
 * empty cell to detection and to every rule (rules/common/blank.ts says the same for the row scan).
 */
function isDashes(s: string): boolean {
  let dash = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDashCode(c)) dash = true;
    else if (c !== 32 && c !== 0xa0 && c !== 9) return false;
  }
  return dash;
}

/** '-', the Unicode hyphens and dashes (‐ ‑ ‒ – — ―) and the minus sign: what a placeholder dash is made of. */
export function isDashCode(c: number): boolean {
  return c === 45 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212;
}

/** The cell as the user sees it, for messages and text rules. */
export function cellDisplay(cell: Cell): string {
  if (cell.text !== undefined && cell.type !== 'text') return cell.text;
  if (cell.value === null) return '';
  return String(cell.value);
}
