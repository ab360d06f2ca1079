import { isBlank, type Cell, type SheetData } from '../cells';
import type { FieldKey, TableInfo } from '../fields';
import type { Finding } from '../findings';

/**
 * Vertically merged cells in a table's data rows ("Chi bộ Thôn 1" written once and merged down over its members):
 * for reading, the value of the merge's top-left cell applies to every row of the merge. Only columns whose
 * values name a group of rows are filled (chi bộ, parent, place, workplace …), never a person's own data.
 */
const FILL_FIELDS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'branch', 'parent', 'type', 'status', 'workplace', 'position', 'hometown', 'address', 'province', 'commune',
  'ethnicity', 'religion', 'memberType',
]);

export interface FilledSheet {
  sheet: SheetData;
  /** "row,col" (1-based row, 0-based col) of every filled cell → the same for the merge's top-left cell. */
  covered: Map<string, string>;
}

export function fillVerticalMerges(sheet: SheetData, table: TableInfo): FilledSheet {
  const covered = new Map<string, string>();
  if (!sheet.merges.length) return { sheet, covered };
  const cols = new Set(table.headers.filter((h) => h.field && FILL_FIELDS.has(h.field)).map((h) => h.col));
  // 0-based: data rows are below the header row (Excel row headerRow = index headerRow - 1).
  const merges = sheet.merges.filter((m) => m.bottom > m.top && m.top >= table.headerRow && cols.has(m.left));
  if (!merges.length) return { sheet, covered };
  const rows = sheet.rows.slice();
  for (const m of merges) {
    const top = sheet.rows[m.top]?.[m.left];
    if (!top || isBlank(top)) continue;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      if (rows[r] === sheet.rows[r]) rows[r] = (sheet.rows[r] ?? []).slice();
      const row = rows[r] as (Cell | undefined)[];
      const here = row[m.left];
      if (here && !isBlank(here)) continue;
      row[m.left] = { ...top, merged: true };
      covered.set(`${r + 1},${m.left}`, `${m.top + 1},${m.left}`);
    }
  }
  return { sheet: { ...sheet, rows }, covered };
}

/**
 * A cell rule reports a merge once, at its top-left cell: the same rule on a filled cell below is dropped (its fix
 * would write into a cell Excel hides). Row rules about the member (an unknown chi bộ) stay on every row.
 */
export function dropMergeEchoes(findings: Finding[], covered: Map<string, string>, sheet: string): Finding[] {
  if (!covered.size) return findings;
  const atTop = new Set<string>();
  for (const f of findings) if (f.sheet === sheet) atTop.add(`${f.row},${f.col},${f.rule}`);
  return findings.filter((f) => {
    if (f.sheet !== sheet) return true;
    const top = covered.get(`${f.row},${f.col}`);
    return top === undefined || !atTop.has(`${top},${f.rule}`);
  });
}
