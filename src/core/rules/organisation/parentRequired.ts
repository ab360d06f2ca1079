/**
 * An empty "Cấp trên trực tiếp" said more helpfully than `required` alone: the commune committee on top is told to
 * write its tỉnh ủy/thành ủy; a row numbered "4.1" under row "4" is offered that row's organisation, a row under a
 * heading "Các chi bộ trực thuộc Đảng bộ X" the organisation X.
 */
import { cellAt, cellDisplay, type SheetData } from '../../cells';
import { parseOrgType, UPPER_COMMITTEE } from '../../data/orgTypes';
import type { TableInfo } from '../../fields';
import { orgStrings } from '../../strings/organisation';
import { communePlace, orgBaseKey, orgLocalKey } from './orgNames';
import { cellText } from './readCell';

export interface ParentRequired {
  message: string;
  suggestion?: string;
}

/** The `required` finding's message (and suggestion) for an empty parent; undefined when the plain one fits. */
export function parentRequired(sheet: SheetData, table: TableInfo, row: number): ParentRequired | undefined {
  const name = cellText(sheet, row, table.columns.name);
  if (!name) return undefined;
  const type = cellText(sheet, row, table.columns.type);
  if ((type !== undefined && parseOrgType(type).type === UPPER_COMMITTEE) || communePlace(name) !== undefined) {
    return { message: orgStrings.topParentRequired(name) };
  }
  const rows = tableRows(sheet, table);
  const index = rows.indexOf.get(row);
  const above = index?.match(/^(\d+(?:\.\d+)*)\.\d+$/)?.[1];
  const numbered = above !== undefined ? rows.byIndex.get(above) : undefined;
  if (numbered !== undefined && numbered.row < row) {
    return { message: orgStrings.parentByNumber(name, index!, numbered.name, numbered.row), suggestion: numbered.name };
  }
  const section = sectionParent(table, row, rows);
  return section && { message: orgStrings.parentBySection(name, section.heading, section.name), suggestion: section.name };
}

interface TableRows {
  /** Each row's STT as written ("4.1", a final dot dropped). */
  indexOf: Map<number, string>;
  /** The first row numbered so, with its organisation's name. */
  byIndex: Map<string, { row: number; name: string }>;
  names: string[];
  /** Local key of a name within this table's commune. */
  key: (name: string) => string;
  /** What each heading's "trực thuộc X" was found to be (null: nothing, or more than one). */
  underHeading: Map<string, string | null>;
}

// Read once per table: an organisation table's empty parents would otherwise each scan the whole table.
const cache = new WeakMap<TableInfo, TableRows>();

function tableRows(sheet: SheetData, table: TableInfo): TableRows {
  let rows = cache.get(table);
  if (rows) return rows;
  const indexOf = new Map<number, string>();
  const byIndex = new Map<string, { row: number; name: string }>();
  const names: string[] = [];
  for (const r of table.dataRows) {
    const name = cellText(sheet, r, table.columns.name);
    if (name) names.push(name);
    if (table.columns.index === undefined) continue;
    const index = cellDisplay(cellAt(sheet, r - 1, table.columns.index)).trim().replace(/\.$/, '');
    indexOf.set(r, index);
    if (name && index && !byIndex.has(index)) byIndex.set(index, { row: r, name });
  }
  const places = names.map(communePlace).filter((p): p is string => !!p);
  rows = { indexOf, byIndex, names, key: (n) => orgLocalKey(n, places) ?? orgBaseKey(n), underHeading: new Map() };
  cache.set(table, rows);
  return rows;
}

// A heading row over a group of organisations: "II. CÁC CHI BỘ TRỰC THUỘC ĐẢNG BỘ CÔNG TY MAY".
const UNDER = /(?:trực thuộc|truc thuoc)\s+(.+)$/iu;

/** The organisation the heading above the row says its group belongs to, found among the table's names. */
function sectionParent(table: TableInfo, row: number, rows: TableRows): { heading: string; name: string } | undefined {
  const above = table.sections.filter((s) => s.row < row);
  const heading = above.length ? above.reduce((a, b) => (b.row > a.row ? b : a)).label : undefined;
  const under = heading !== undefined ? UNDER.exec(heading)?.[1] : undefined;
  if (!under) return undefined;
  if (!rows.underHeading.has(heading!)) {
    const wanted = rows.key(under);
    const found = rows.names.filter((n) => orgBaseKey(n) === orgBaseKey(under) || rows.key(n) === wanted);
    rows.underHeading.set(heading!, found.length === 1 ? found[0] : null);
  }
  const name = rows.underHeading.get(heading!);
  return name ? { heading: heading!, name } : undefined;
}
