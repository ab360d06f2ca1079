import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/** "Họ đệm", "Họ và tên đệm", "Họ lót" …: the family and middle names, the given name in a "Tên" column beside it. */
export const SURNAME_KEYS: ReadonlySet<string> = new Set([
  'ho', 'ho dem', 'ho va dem', 'ho va ten dem', 'ho ten dem', 'ho lot', 'ho va chu dem', 'ho chu dem', 'ho va ten lot',
]);
const GIVEN_KEYS: ReadonlySet<string> = new Set(['ten', 'ten goi']);

/**
 * A person's name split into "Họ đệm" | "Tên" (two columns, or both under a merged "Họ và tên"): the full name is
 * both parts. `columns.fullName` becomes the first part and the pair is recorded (`nameSplit`) instead of a
 * duplicate column.
 */
export function splitFullName(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (mapping.kind === 'organisations') return mapping;
  const first = mapping.columns.fullName;
  if (first === undefined) return mapping;
  const candidates = [first, ...mapping.duplicateColumns.filter((d) => d.field === 'fullName').map((d) => d.col)];
  const own = (col: number) => headerKey(cells.find((c) => c.col === col)?.own ?? '');
  const surname = candidates.find((c) => SURNAME_KEYS.has(own(c)));
  const given = candidates.find((c) => GIVEN_KEYS.has(own(c)));
  if (surname === undefined || given === undefined || given <= surname) return mapping;
  return {
    ...mapping,
    columns: { ...mapping.columns, fullName: surname },
    duplicateColumns: mapping.duplicateColumns.filter((d) => !(d.field === 'fullName' && (d.col === given || d.col === surname))),
    nameSplit: { surname, given },
    score: mapping.score + 2,
  };
}
