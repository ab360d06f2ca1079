import type { SheetData } from '../cells';
import { FIELDS_BY_KIND, type FieldKey, type TableInfo, type TableOverride } from '../fields';
import { classifyRows } from './classifyRows';
import { findHeader, firstFilledRow, type HeaderChoice } from './findHeader';
import { splitBySpan } from './splitBySpan';
import { titleBranch } from './titleBranch';
import { assignFields, splitLayouts, matchHeaders, type ColumnMapping, type MappedHeader } from './mapColumns';

/**
 * Finds the table in a sheet: the header row (one row, or two with a merged group row) in the first 20 rows,
 * the kind of table from the columns it has, and the data rows below it.
 * Returns undefined when nothing looks like a table, or when the user's override says it is not one.
 * An override whose sheet is not this sheet is ignored.
 */
export function detectTable(sheet: SheetData, override?: TableOverride): TableInfo | undefined {
  const own = override && override.sheet === sheet.name ? override : undefined;
  if (own?.kind === null) return undefined;
  const forcedKind = own?.kind ?? undefined;
  const header = findHeader(sheet, forcedKind) ?? (forcedKind ? firstFilledRow(sheet, forcedKind) : undefined);
  if (!header) return undefined;

  const mapping = own?.columns ? withColumnOverrides(header, own.columns) : header.mapping;
  const mappedCols = new Set(Object.values(mapping.columns).concat(mapping.duplicateColumns.map((d) => d.col)));
  const { dataRows, sections: sectionRows } = classifyRows(sheet, {
    headerRow: header.row,
    headerCells: header.cells,
    mappedCols,
    indexCol: mapping.columns.index,
    orgNameCol: mapping.kind === 'organisations' ? mapping.columns.name : undefined,
    read: header.read,
  });

  // No branch column and no section rows: the chi bộ named in the title block, if any, is every member's branch.
  const fromTitle =
    mapping.kind === 'members' && mapping.columns.branch === undefined && !sectionRows.length && dataRows.length
      ? titleBranch(sheet, header.row - header.rows + 1, header.read)
      : undefined;
  const sections = fromTitle ? [fromTitle] : sectionRows;
  const headerRow = header.row + 1; // Excel row
  const table: TableInfo = {
    sheet: sheet.name,
    kind: mapping.kind,
    headerRow,
    headerRows: header.rows,
    firstRow: dataRows.length ? dataRows[0] : headerRow + 1,
    lastRow: dataRows.length ? dataRows[dataRows.length - 1] : headerRow,
    columns: mapping.columns,
    headers: mapping.headers,
    duplicateColumns: mapping.duplicateColumns,
    dataRows,
    sections,
    ...(mapping.birthDateByGender ? { birthDateByGender: mapping.birthDateByGender } : {}),
    ...(mapping.genderByMark ? { genderByMark: mapping.genderByMark } : {}),
    ...(mapping.nameSplit ? { nameSplit: mapping.nameSplit } : {}),
    ...(mapping.rightsByMark ? { rightsByMark: mapping.rightsByMark } : {}),
    ...(mapping.birthDateParts ? { birthDateParts: mapping.birthDateParts } : {}),
    ...(mapping.dateParts ? { dateParts: mapping.dateParts } : {}),
  };
  return { ...table, ...splitBySpan(sheet, header.cells, table) };
}

/** Every sheet's table, in sheet order; sheets without one (or overridden as not a table) are left out. */
export function detectTables(sheets: SheetData[], overrides: TableOverride[] = []): TableInfo[] {
  const tables: TableInfo[] = [];
  for (const sheet of sheets) {
    const table = detectTable(sheet, overrides.find((o) => o.sheet === sheet.name));
    if (table) tables.push(table);
  }
  return tables;
}

/**
 * The user's column choices win over detection: a column set to a field takes that field (another detected
 * column with the same field becomes a duplicate); a column set to null is ignored.
 */
function withColumnOverrides(header: HeaderChoice, columns: Record<number, FieldKey | null>): ColumnMapping {
  const kind = header.mapping.kind;
  const mapped: MappedHeader[] = matchHeaders(header.cells, kind);
  for (const [colText, field] of Object.entries(columns)) {
    const col = Number(colText);
    if (!Number.isInteger(col) || col < 0) continue;
    if (field !== null && !FIELDS_BY_KIND[kind].includes(field)) continue; // a field of another kind of table
    let h = mapped.find((m) => m.col === col);
    if (!h) {
      h = { col, label: '' };
      mapped.push(h);
    }
    if (field === null) {
      delete h.field;
      delete h.quality;
    } else {
      h.field = field;
      h.quality = 'user';
    }
  }
  mapped.sort((a, b) => a.col - b.col);
  return splitLayouts(header.cells, assignFields(kind, mapped));
}
