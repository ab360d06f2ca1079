import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/**
 * "Ngày, tháng, năm sinh" split into "Nam" | "Nữ": a common Vietnamese layout where the birth date is written
 * under the column of the member's gender. Both sub-columns map to birthDate; instead of a duplicate column
 * the pair is recorded (`birthDateByGender`) and the gender it implies counts as a field found.
 */
export function splitBirthDateByGender(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (mapping.kind === 'organisations') return mapping;
  const first = mapping.columns.birthDate;
  if (first === undefined) return mapping;
  const own = (col: number): string => headerKey(cells.find((c) => c.col === col)?.own ?? '');
  const group = (col: number): string | undefined => cells.find((c) => c.col === col)?.group;
  const firstKey = own(first);
  if (firstKey !== 'nam' && firstKey !== 'nu') return mapping;
  const other = mapping.duplicateColumns.find(
    (d) => d.field === 'birthDate' && own(d.col) === (firstKey === 'nam' ? 'nu' : 'nam') && group(d.col) === group(first),
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
