import type { HeaderCell } from './headerLayout';
import type { ColumnMapping } from './mapColumns';
import { groupField } from './matchHeader';

/**
 * A field written in parts under its own merged name ("Quê quán" over "Xã" | "Huyện" | "Tỉnh"): the first part
 * carries the field; the others are parts, not duplicate columns. Runs after the layouts that pair sub-columns
 * (Nam | Nữ, Họ đệm | Tên, Ngày | Tháng | Năm, rights), which read the duplicates first.
 * A small bonus (once) lets a two-row reading that explains a merged group win over the one-row reading of the row
 * above, which would leave the sub-labels row as data.
 */
export function groupParts(cells: HeaderCell[], mapping: ColumnMapping): ColumnMapping {
  // The lower row of a merged group is read as sub-labels: the reading that leaves it as data is worse.
  const explains = cells.some((c) => c.wideGroup && c.group && groupField(c.own, mapping.kind, c.group));
  const bonus = explains ? 1 : 0;
  if (!mapping.duplicateColumns.length) return bonus ? { ...mapping, score: mapping.score + bonus } : mapping;
  const cellAt = (col: number | undefined) => (col === undefined ? undefined : cells.find((c) => c.col === col));
  const parts = mapping.duplicateColumns.filter((d) => {
    const cell = cellAt(d.col);
    const first = cellAt(mapping.columns[d.field]);
    return cell?.wideGroup === true && first?.wideGroup === true && cell.group === first.group;
  });
  if (!parts.length) return bonus ? { ...mapping, score: mapping.score + bonus } : mapping;
  return {
    ...mapping,
    duplicateColumns: mapping.duplicateColumns.filter((d) => !parts.includes(d)),
    score: mapping.score + 1,
  };
}
