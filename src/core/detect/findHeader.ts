import type { SheetData } from '../cells';
import type { TableKind } from '../fields';
import { headerMerges, singleRowHeader, twoRowHeader, type HeaderCell } from './headerLayout';
import { legacyReader, sheetLegacyEncoding, type TextReader } from './legacyText';
import { mapColumns, qualifies, type ColumnMapping } from './mapColumns';
import { isSectionNumber } from './rowPatterns';

/** The header is looked for in the first rows only; titles, dates and blank rows may sit above it. */
export const HEADER_SEARCH_ROWS = 20;

/** On equal scores the kind with the most telling columns wins (rights only exist in account requests). */
const KIND_ORDER: readonly TableKind[] = ['accounts', 'members', 'organisations'];

export interface HeaderChoice {
  /** 0-based index of the (last) header row. */
  row: number;
  rows: 1 | 2;
  cells: HeaderCell[];
  mapping: ColumnMapping;
  /** Set when the sheet is typed in a legacy font: how to read its texts as Unicode. */
  read?: TextReader;
}

/**
 * The best header in the first rows: every row is tried as a one-row header and as the lower row of a two-row
 * header, under every table kind; the highest score wins, earlier and simpler headers on ties.
 * With `kind` given (the user's override) only that kind is tried and one column named exactly is enough.
 */
export function findHeader(sheet: SheetData, kind?: TableKind): HeaderChoice | undefined {
  const found = searchHeader(sheet, kind);
  if (found) return found;
  // Old workbooks typed in TCVN3/VNI ("Hä vµ tªn"): only looked for when nothing was found in Unicode.
  const encoding = sheetLegacyEncoding(sheet, HEADER_SEARCH_ROWS);
  return encoding ? searchHeader(sheet, kind, legacyReader(encoding)) : undefined;
}

/**
 * The header of another list further down a sheet, whose first row is `row` (0-based): a one-row header there, or
 * a two-row header whose group row it is. Read the way the sheet's first header was (`read`).
 */
export function findHeaderAt(sheet: SheetData, row: number, kind?: TableKind, read?: TextReader): HeaderChoice | undefined {
  return searchHeader(sheet, kind, read, row, Math.min(row + 1, sheet.rows.length - 1));
}

function searchHeader(
  sheet: SheetData,
  kind?: TableKind,
  read?: TextReader,
  first = 0,
  last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) - 1,
): HeaderChoice | undefined {
  const merges = headerMerges(sheet, last);
  const kinds = kind ? [kind] : KIND_ORDER;
  let best: HeaderChoice | undefined;
  for (let row = first; row <= last; row++) {
    if (!sheet.rows[row]?.length) continue;
    const own = singleRowHeader(sheet, row, read, merges);
    const layouts: [1 | 2, HeaderCell[]][] = [[1, own]];
    // The lower row of a two-row header has sub-labels (two at least); a lone text under a header is a heading
    // ("I. Chi bộ Thôn 1", "I | Chi bộ Thôn 1") or a note, and must not be read into it.
    const heading = own.length === 2 && isSectionNumber(own[0].own); // "I | Chi bộ Thôn 1"
    if (row > first && sheet.rows[row - 1]?.length && own.length >= 2 && !heading) layouts.push([2, twoRowHeader(sheet, row, merges, read)]);
    for (const [rows, cells] of layouts) {
      for (const k of kinds) {
        const mapping = mapColumns(cells, k);
        const acceptable = kind ? mapping.exactCount > 0 : qualifies(mapping);
        if (acceptable && (!best || mapping.score > best.mapping.score)) best = { row, rows, cells, mapping, read };
      }
    }
  }
  return best;
}

/** The first non-blank row in the header search area, as a one-row header (a forced kind with nothing matched). */
export function firstFilledRow(sheet: SheetData, kind: TableKind): HeaderChoice | undefined {
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length) - 1;
  for (let row = 0; row <= last; row++) {
    const cells = singleRowHeader(sheet, row);
    if (cells.length) return { row, rows: 1, cells, mapping: mapColumns(cells, kind) };
  }
  return undefined;
}
