import { isBlank, type Cell, type SheetData } from '../../cells';
import { REQUIRED_FIELDS, type TableInfo } from '../../fields';
import { looksLikeDate } from '../../parse/dates';
import type { Finding } from '../../findings';
import * as S from '../../strings/rules';
import { makeFinding } from '../makeFinding';

/** Sheet-level rules: table-not-found, column-missing, column-duplicate, formula-no-result. */

export function tableNotFound(sheet: string): Finding {
  return makeFinding({ sheet, row: 1, col: 0, field: null, rule: 'table-not-found', message: S.tableNotFound(sheet) });
}

/** Rows read to judge a sheet without a table: a list shows itself in its first rows. */
const LIST_PROBE_ROWS = 500;
/** Rows with a date or an ID that make a list of people (an example row in the instructions is one). */
const LIST_MIN_ROWS = 3;

/** Whether any cell of the sheet holds a value. */
export function hasContent(sheet: SheetData): boolean {
  return sheet.rows.some((row) => row?.some((cell) => cell && !isBlank(cell)));
}

/**
 * Whether a sheet without a recognised header still holds a list of people: rows with a date or a 9-12 digit
 * number (a birth date, a CCCD). Totals and counts by chi bộ have neither.
 */
export function looksLikeList(sheet: SheetData): boolean {
  let rows = 0;
  for (let r = 0; r < Math.min(sheet.rows.length, LIST_PROBE_ROWS) && rows < LIST_MIN_ROWS; r++) {
    if (sheet.rows[r]?.some((cell) => cell !== undefined && (looksLikeDate(cell) || isIdLike(cell)))) rows++;
  }
  return rows >= LIST_MIN_ROWS;
}

function isIdLike(cell: Cell): boolean {
  if (cell.type === 'number') return Number.isInteger(cell.value) && (cell.value as number) >= 1e7 && (cell.value as number) < 1e12;
  return cell.type === 'text' && /^\s*'?\d{9,12}\s*$/.test(cell.value as string);
}

/** column-missing at the header row, first table column; a member table whose branch comes from section rows has one. */
export function checkColumns(table: TableInfo): Finding[] {
  const out: Finding[] = [];
  const firstCol = table.headers.length ? Math.min(...table.headers.map((h) => h.col)) : 0;
  for (const field of REQUIRED_FIELDS[table.kind]) {
    if (table.columns[field] !== undefined) continue;
    if (field === 'branch' && table.sections.length > 0) continue;
    // Implied by the Nam | Nữ birth-date columns, or marked in Nam | Nữ (or a lone Nữ) columns.
    if (field === 'gender' && (table.birthDateByGender || table.genderByMark)) continue;
    out.push(makeFinding({
      sheet: table.sheet, row: table.headerRow, col: firstCol, field, rule: 'column-missing', message: S.columnMissing(field),
    }));
  }
  for (const dup of table.duplicateColumns) {
    const header = table.headers.find((h) => h.col === dup.col)?.label ?? '';
    out.push(makeFinding({
      sheet: table.sheet, row: table.headerRow, col: dup.col, field: dup.field, rule: 'column-duplicate',
      message: S.columnDuplicate(dup.field, header),
    }));
  }
  return out;
}

/**
 * formula-no-result: once per column the rules read (not STT, not the columns they ignore), at its first formula
 * cell whose result the file does not hold.
 */
export function checkUncalculated(sheet: SheetData, table: TableInfo): Finding[] {
  if (!sheet.uncalculated) return [];
  const rows = new Set(table.dataRows);
  const byCol = new Map<number, { row: number; count: number }>();
  for (const u of sheet.uncalculated) {
    if (!rows.has(u.row + 1)) continue;
    const seen = byCol.get(u.col);
    if (seen) seen.count++;
    else byCol.set(u.col, { row: u.row + 1, count: 1 });
  }
  const out: Finding[] = [];
  for (const h of table.headers) {
    const at = byCol.get(h.col);
    if (!at || !h.field || h.field === 'index') continue;
    out.push(makeFinding({
      sheet: table.sheet, row: at.row, col: h.col, field: h.field, rule: 'formula-no-result',
      message: S.formulaNoResult(h.label, at.count),
    }));
  }
  return out;
}

/** An empty-cell finding (required) on a formula whose result is unknown says something false: formula-no-result covers it. */
export function dropUncalculatedEmpties(findings: Finding[], sheets: SheetData[]): Finding[] {
  const cells = new Set<string>();
  for (const sh of sheets) for (const u of sh.uncalculated ?? []) cells.add(`${sh.name}\u0000${u.row + 1}\u0000${u.col}`);
  if (!cells.size) return findings;
  return findings.filter((f) => f.rule !== 'required' || !cells.has(`${f.sheet}\u0000${f.row}\u0000${f.col}`));
}
