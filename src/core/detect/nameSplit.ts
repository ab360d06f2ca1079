import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/** "Họ đệm", "Họ và tên đệm", "Họ lót" …: the family and middle names, the given name in a "Tên" column beside it. */
export const SURNAME_KEYS: ReadonlySet<string> = new Set([
  'ho', 'ho dem', 'ho va dem', 'ho va ten dem', 'ho ten dem', 'ho lot', 'ho va chu dem', 'ho chu dem', 'ho va ten lot',
]);
const GIVEN_KEYS: ReadonlySet<string> = new Set(['ten', 'ten goi']);
/** "Chữ đệm", "Tên đệm", "Đệm", "Tên lót": the middle of "Họ" | "Chữ đệm" | "Tên". */
export const MIDDLE_KEYS: ReadonlySet<string> = new Set(['chu dem', 'ten dem', 'dem', 'ten lot', 'chu lot', 'lot']);

/**
 * A person's name split into "Họ đệm" | "Tên", or "Họ" | "Chữ đệm" | "Tên" (plain columns, or under a merged
 * "Họ và tên"): the full name is the parts in order. `columns.fullName` becomes the first part and the parts are
 * recorded (`nameSplit`) instead of duplicate columns.
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
  const middle = candidates.find((c) => MIDDLE_KEYS.has(own(c)) && surname < c && c < given);
  const parts = middle === undefined ? [surname, given] : [surname, middle, given];
  return {
    ...mapping,
    columns: { ...mapping.columns, fullName: surname },
    duplicateColumns: mapping.duplicateColumns.filter((d) => !(d.field === 'fullName' && parts.includes(d.col))),
    nameSplit: middle === undefined ? { surname, given } : { surname, middle, given },
    score: mapping.score + 2,
  };
}
