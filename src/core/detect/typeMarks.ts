import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/**
 * "Đảng viên" (or "Loại đảng viên") over "Chính thức" | "Dự bị", each member marked x in one of them: the pair is
 * recorded (`memberTypeByMark`) so that the marks are read as the type, not as values outside the list.
 * The "Dự bị" half is left unmapped by matchHeader (isSecondHalf).
 */
export function memberTypeMarks(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  const official = mapping.columns.memberType;
  if (mapping.kind !== 'members' || official === undefined) return mapping;
  const cell = cells.find((c) => c.col === official);
  if (!cell?.group || headerKey(cell.own) !== 'chinh thuc') return mapping;
  const probationary = cells.find((c) => c.col !== official && c.group === cell.group && headerKey(c.own) === 'du bi');
  return probationary ? { ...mapping, memberTypeByMark: { official, probationary: probationary.col } } : mapping;
}
