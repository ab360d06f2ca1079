import type { SheetData } from '../cells';
import { FIELDS_BY_KIND, type ColumnRange, type FieldKey, type TableInfo, type TableOverride } from '../fields';
import { addsFields, besideStart, columnView } from './sideBySide';
import { classifyRows } from './classifyRows';
import { findHeader, findHeaderAt, firstFilledRow, type HeaderChoice } from './findHeader';
import { singleRowHeader } from './headerLayout';
import type { TextReader } from './legacyText';
import { splitBySpan } from './splitBySpan';
import { datedTypeColumn } from './datedTypeColumn';
import { titleBranch } from './titleBranch';
import { assignFields, mapColumns, qualifies, splitLayouts, matchHeaders, type ColumnMapping, type MappedHeader } from './mapColumns';

/**
 * Finds the table in a sheet: the header row (one row, or two with a merged group row) in the first 20 rows,
 * the kind of table from the columns it has, and the data rows below it (up to another block's header: the
 * first of detectSheetTables).
 * Returns undefined when nothing looks like a table, or when the user's override says it is not one.
 * An override whose sheet is not this sheet is ignored.
 */
export function detectTable(sheet: SheetData, override?: TableOverride): TableInfo | undefined {
  return detectSheetTables(sheet, override)[0];
}

/** At most this many lists are read from one sheet (a sheet holds one, sometimes two or three blocks). */
const MAX_BLOCKS = 10;

/**
 * Every list of a sheet: the table under the header in the first rows and, when a header with other columns
 * starts a second block further down ("II. ĐẢNG VIÊN DỰ BỊ" over its own "STT | Họ và tên | Ngày sinh | Chi bộ …"),
 * that block as a table of its own, read by its own header. The user's override applies to the first table.
 */
export function detectSheetTables(sheet: SheetData, override?: TableOverride): TableInfo[] {
  return detectIn(sheet, override, { left: 0, right: Number.MAX_SAFE_INTEGER });
}

/** The lists of the columns `range` of a sheet (all of them, unless lists stand side by side). */
function detectIn(sheet: SheetData, override: TableOverride | undefined, range: ColumnRange): TableInfo[] {
  const own = override && override.sheet === sheet.name ? override : undefined;
  if (own?.kind === null) return [];
  const forcedKind = own?.kind ?? undefined;
  const header = findHeader(sheet, forcedKind) ?? (forcedKind ? firstFilledRow(sheet, forcedKind) : undefined);
  if (!header) return [];
  // Two lists side by side: each is read from its own columns (the user's column choices keep one table).
  const beside = own?.columns ? undefined : besideStart(header);
  if (beside !== undefined) {
    const leftRange = { left: range.left, right: beside - 1 };
    const rightRange = { left: beside, right: range.right };
    const right = detectIn(columnView(sheet, rightRange), undefined, rightRange);
    // Columns that only repeat the list's fields are no list of their own; a list with new fields only if one is found there.
    if (right.length || !addsFields(header, beside)) return [...detectIn(columnView(sheet, leftRange), override, leftRange), ...right];
  }
  const mapping = own?.columns ? withColumnOverrides(header, own.columns) : header.mapping;
  const tables: TableInfo[] = [];
  let block: Block | undefined = { header, mapping, titleFrom: 0, userColumns: own?.columns };
  let inherited: { row: number; label: string } | undefined;
  while (block && tables.length < MAX_BLOCKS) {
    const { table, nextBlock } = readBlock(sheet, block, inherited);
    // A later block with no title of its own continues the chi bộ in force at the end of the block before it.
    inherited = table.sections.length ? table.sections[table.sections.length - 1] : undefined;
    tables.push(table);
    const next = nextBlock === undefined ? undefined : findHeaderAt(sheet, nextBlock, mapping.kind, header.read);
    block = next ? { header: next, mapping: next.mapping, titleFrom: table.lastRow } : undefined;
  }
  const sideBySide = range.left > 0 || range.right < Number.MAX_SAFE_INTEGER;
  return sideBySide ? tables.map((t) => ({ ...t, columnRange: range })) : tables;
}

interface Block {
  header: HeaderChoice;
  mapping: ColumnMapping;
  /** 0-based row from which a title above the header may name the block's chi bộ. */
  titleFrom: number;
  /** The user's column choices (the first block's): detection does not second-guess them. */
  userColumns?: Record<number, FieldKey | null>;
}

/**
 * One list: its data rows under the header, up to the header of another block (`nextBlock`).
 * `inherited`: the chi bộ in force at the end of the block before, for a later block with no title of its own.
 */
function readBlock(sheet: SheetData, block: Block, inherited?: { row: number; label: string }): { table: TableInfo; nextBlock?: number } {
  const { header, mapping } = block;
  const mappedCols = new Set(Object.values(mapping.columns).concat(mapping.duplicateColumns.map((d) => d.col)));
  const { dataRows, sections: sectionRows, typeSections, nextBlock } = classifyRows(sheet, {
    headerRow: header.row,
    headerCells: header.cells,
    mappedCols,
    indexCol: mapping.columns.index,
    orgNameCol: mapping.kind === 'organisations' ? mapping.columns.name : undefined,
    read: header.read,
    startsBlock: (row) => startsBlock(sheet, row, mapping, header.read),
  });

  // No branch column and no section row above the first member: the chi bộ named in the title block, if any, is
  // the branch of the members above the first section (of every member when there is none).
  const fromTitle =
    mapping.kind === 'members' && mapping.columns.branch === undefined && dataRows.length && !(sectionRows.length && sectionRows[0].row < dataRows[0])
      ? titleBranch(sheet, header.row - header.rows + 1, header.read, block.titleFrom) ?? inherited
      : undefined;
  const sections = fromTitle ? [fromTitle, ...sectionRows] : sectionRows;
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
    ...(mapping.memberTypeByMark ? { memberTypeByMark: mapping.memberTypeByMark } : {}),
    ...(typeSections && mapping.kind === 'members' && mapping.columns.memberType === undefined ? { typeSections } : {}),
  };
  const read = { ...table, ...splitBySpan(sheet, header.cells, table) };
  const dated = read.columns.memberType !== undefined && block.userColumns?.[read.columns.memberType] === undefined ? datedTypeColumn(sheet, read) : undefined;
  return { table: { ...read, ...dated }, ...(nextBlock !== undefined ? { nextBlock } : {}) };
}

/** Fields in other columns that make a new header (one could be a retyped label read another way). */
const MOVED_FIELDS = 2;

/**
 * A header-like row under a list starts another block when it is a header of the same kind of table in itself
 * whose fields sit in other columns: read under the first header, its rows would be a flood of false findings
 * (dates in the gender column …). The list's own header repeated on a new page moves no field.
 */
function startsBlock(sheet: SheetData, row: number, mapping: ColumnMapping, read?: TextReader): boolean {
  const other = mapColumns(singleRowHeader(sheet, row, read), mapping.kind);
  if (!qualifies(other)) return false;
  let moved = 0;
  for (const [field, col] of Object.entries(other.columns) as [FieldKey, number][]) {
    const was = mapping.columns[field];
    if (was !== undefined && was !== col) moved++;
  }
  return moved >= MOVED_FIELDS;
}

/** Every sheet's tables, in sheet order; sheets without one (or overridden as not a table) are left out. */
export function detectTables(sheets: SheetData[], overrides: TableOverride[] = []): TableInfo[] {
  return sheets.flatMap((sheet) => detectSheetTables(sheet, overrides.find((o) => o.sheet === sheet.name)));
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
