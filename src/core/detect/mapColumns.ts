import type { FieldKey, TableInfo, TableKind } from '../fields';
import { splitDatesInParts } from './dateParts';
import type { HeaderCell } from './headerLayout';
import { matchHeader, type MatchQuality } from './matchHeader';
import { splitBirthDateByGender } from './genderSplit';
import { splitFullName } from './nameSplit';
import { splitRights } from './rightsSplit';
import { resolveAbbreviations } from './abbreviations';
import { groupParts } from './groupParts';
import { withoutUmbrellaGroups } from './umbrellaGroups';
import { preferStrongNames } from './weakSynonyms';
import { memberTypeMarks } from './typeMarks';

/** Layouts that spread one field over sub-columns (Nam | Nữ, Họ đệm | Tên, Họ | Chữ đệm | Tên, Ngày | Tháng | Năm). */
export function splitLayouts(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  const dated = splitDatesInParts(cells, splitBirthDateByGender(cells, mapping));
  return groupParts(cells, splitRights(cells, memberTypeMarks(cells, splitFullName(cells, dated))));
}

/** A header column with the field it maps to and how sure we are (`user` = set by the user's override). */
export interface MappedHeader {
  col: number;
  label: string;
  field?: FieldKey;
  quality?: MatchQuality | 'user';
}

export type ColumnMapping = Pick<TableInfo, 'kind' | 'headers' | 'columns' | 'duplicateColumns' | 'dateParts'> & {
  /** Exact matches count 2, partial 1; duplicates count nothing. */
  score: number;
  /** Distinct fields found. */
  fieldCount: number;
  /** Fields found by a whole-label match (or set by the user). */
  exactCount: number;
  /** Birth date split into Nam | Nữ sub-columns (see genderSplit.ts). */
  birthDateByGender?: { male: number; female: number };
  genderByMark?: { male: number; female: number };
  nameSplit?: { surname: number; given: number; middle?: number };
  rightsByMark?: { col: number; right: number }[];
  birthDateParts?: { day: number; month: number; year: number };
  memberTypeByMark?: { official: number; probationary: number };
};

const PRIORITY: Record<NonNullable<MappedHeader['quality']>, number> = { user: 0, exact: 1, partial: 2 };

/**
 * Gives each field to one column: the user's choice first, then exact matches, then partial ones, each in
 * column order. A further column for a field already taken is a duplicate.
 */
export function assignFields(kind: TableKind, mapped: MappedHeader[]): ColumnMapping {
  const columns: Partial<Record<FieldKey, number>> = {};
  const duplicateColumns: { field: FieldKey; col: number }[] = [];
  let score = 0;
  let fieldCount = 0;
  let exactCount = 0;
  const ranked = mapped
    .filter((h) => h.field !== undefined)
    .sort((a, b) => PRIORITY[a.quality ?? 'partial'] - PRIORITY[b.quality ?? 'partial'] || a.col - b.col);
  for (const h of ranked) {
    const field = h.field as FieldKey;
    if (columns[field] === undefined) {
      columns[field] = h.col;
      fieldCount++;
      score += h.quality === 'partial' ? 1 : 2;
      if (h.quality !== 'partial') exactCount++;
    } else {
      duplicateColumns.push({ field, col: h.col });
    }
  }
  duplicateColumns.sort((a, b) => a.col - b.col);
  const headers = mapped.map((h) => (h.field ? { col: h.col, label: h.label, field: h.field } : { col: h.col, label: h.label }));
  return { kind, headers, columns, duplicateColumns, score, fieldCount, exactCount };
}

/** Header cells matched against the catalog of one table kind. */
export function matchHeaders(cells: HeaderCell[], kind: TableKind): MappedHeader[] {
  return withoutUmbrellaGroups(cells, kind).map((cell) => {
    const match = matchHeader(cell.own, kind, cell.group, cell.wideGroup);
    return match
      ? { col: cell.col, label: cell.label, field: match.field, quality: match.quality }
      : { col: cell.col, label: cell.label };
  });
}

export function mapColumns(header: HeaderCell[], kind: TableKind): ColumnMapping {
  const cells = withoutUmbrellaGroups(header, kind);
  const mapped = matchHeaders(cells, kind);
  const resolved = kind === 'organisations' ? mapped : preferStrongNames(cells, kind === 'members' ? birthNameAlone(resolveAbbreviations(cells, mapped)) : mapped);
  return splitLayouts(cells, assignFields(kind, resolved));
}

/**
 * A list whose only name column is "Họ và tên khai sinh" names each member by it: that column is the full name
 * (read and checked as one), not a birth name beside a missing name column. Beside "Họ và tên (đang dùng)" it stays
 * the birth name.
 */
function birthNameAlone(mapped: MappedHeader[]): MappedHeader[] {
  if (mapped.some((h) => h.field === 'fullName')) return mapped;
  const i = mapped.findIndex((h) => h.field === 'birthName');
  return i < 0 ? mapped : mapped.map((h, k) => (k === i ? { ...h, field: 'fullName' } : h));
}

/** Fewest distinct fields for a row to count as a table header. */
export const MIN_FIELDS = 3;

/** The columns that make a table of this kind (decided by columns, never by the sheet's name). */
export function qualifies(mapping: ColumnMapping): boolean {
  const has = (f: FieldKey) => mapping.columns[f] !== undefined;
  if (mapping.fieldCount < MIN_FIELDS) return false;
  switch (mapping.kind) {
    case 'members':
      return has('fullName') && (has('birthDate') || has('nationalId') || has('admissionDate'));
    case 'accounts':
      return has('fullName') && has('rights') && (has('nationalId') || has('birthDate') || has('phone'));
    case 'organisations':
      return has('name') && (has('type') || has('parent'));
  }
}
