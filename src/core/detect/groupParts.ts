import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';

/**
 * A field written in parts under its own merged name ("Quê quán" over "Xã" | "Huyện" | "Tỉnh"): the first part
 * carries the field; the others are parts, not duplicate columns. Runs after the layouts that pair sub-columns
 * (Nam | Nữ, Họ đệm | Tên, Ngày | Tháng | Năm, rights), which read the duplicates first.
 * The small bonus lets this two-row reading win over the one-row reading that would leave the parts row as data.
 */
export function groupParts(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  if (!mapping.duplicateColumns.length) return mapping;
  const cellAt = (col: number | undefined) => (col === undefined ? undefined : cells.find((c) => c.col === col));
  const parts = mapping.duplicateColumns.filter((d) => {
    const cell = cellAt(d.col);
    const first = cellAt(mapping.columns[d.field]);
    return cell?.wideGroup === true && first?.wideGroup === true && cell.group === first.group;
  });
  if (!parts.length) return mapping;
  return {
    ...mapping,
    duplicateColumns: mapping.duplicateColumns.filter((d) => !parts.includes(d)),
    score: mapping.score + 1,
  };
}
