import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/**
 * Two layouts where "Nam" | "Nữ" sub-columns stand for the gender:
 * - "Ngày, tháng, năm sinh" split into "Nam" | "Nữ": the birth date is written under the member's gender. Both
 *   sub-columns map to birthDate; instead of a duplicate column the pair is recorded (`birthDateByGender`) and
 *   the gender it implies counts as a field found.
 * - "Giới tính" split into "Nam" | "Nữ" marked with an x: the pair is recorded (`genderByMark`).
 */
export function splitBirthDateByGender(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (mapping.kind === 'organisations') return mapping;
  return genderMarks(cells, birthDateByGender(cells, mapping));
}

function ownKey(cells: HeaderCell[], col: number): string {
  return headerKey(cells.find((c) => c.col === col)?.own ?? '');
}

function groupOf(cells: HeaderCell[], col: number): string | undefined {
  return cells.find((c) => c.col === col)?.group;
}

/**
 * "Nam" / "Nữ" under the birth-date group, or the same header flattened into one row ("Ngày sinh (Nam)",
 * "Năm sinh Nữ"): the column is already a birth date, so only the last word is read.
 */
function sexOf(cells: HeaderCell[], col: number): 'nam' | 'nu' | undefined {
  const key = ownKey(cells, col);
  if (key === 'nam' || key === 'nu') return key;
  if (groupOf(cells, col)) return undefined;
  // "Ngày tháng năm" ends in "năm" (the year): a flattened label has the birth-date words before the sex.
  const m = / (nam|nu)$/.exec(key);
  return m && / sinh$/.test(key.slice(0, m.index)) ? (m[1] as 'nam' | 'nu') : undefined;
}

function birthDateByGender(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  const first = mapping.columns.birthDate;
  if (first === undefined) return mapping;
  const firstKey = sexOf(cells, first);
  if (!firstKey) return mapping;
  const other = mapping.duplicateColumns.find(
    (d) =>
      d.field === 'birthDate' &&
      sexOf(cells, d.col) === (firstKey === 'nam' ? 'nu' : 'nam') &&
      groupOf(cells, d.col) === groupOf(cells, first),
  );
  if (!other) return mapping;
  const male = firstKey === 'nam' ? first : other.col;
  const female = firstKey === 'nam' ? other.col : first;
  const gendered = mapping.columns.gender === undefined;
  return {
    ...mapping,
    duplicateColumns: mapping.duplicateColumns.filter((d) => d !== other),
    birthDateByGender: { male, female },
    score: mapping.score + (gendered ? 2 : 0),
    fieldCount: mapping.fieldCount + (gendered ? 1 : 0),
  };
}

/** "Giới tính" over "Nam" | "Nữ": the gender column is "Nam"; its "Nữ" neighbour under the same group is unmapped. */
function genderMarks(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  const male = mapping.columns.gender;
  if (male === undefined) return loneFemaleColumn(cells, mapping);
  if (ownKey(cells, male) !== 'nam') return mapping;
  const group = groupOf(cells, male);
  if (!group) return mapping;
  const female = cells.find((c) => c.col !== male && c.group === group && headerKey(c.own) === 'nu');
  if (!female) return mapping;
  // A small bonus: the two-row reading explains the "Nam" | "Nữ" row, which a one-row reading would take as data.
  return { ...mapping, genderByMark: { male, female: female.col }, score: mapping.score + 1 };
}

/**
 * No gender column but a "Nữ" column of its own, marked x for women (a common short layout): blank means Nam.
 * `male` is -1: there is no "Nam" column.
 */
function loneFemaleColumn(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (mapping.kind !== 'members' || mapping.birthDateByGender) return mapping;
  const female = cells.filter((c) => headerKey(c.own) === 'nu' && !c.group);
  if (female.length !== 1) return mapping;
  return { ...mapping, genderByMark: { male: -1, female: female[0].col } };
}
