import type { FieldKey, TableKind } from '../fields';
import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import { matchHeader } from './matchHeader';

// Date groups ("Ngày, tháng, năm" over "Vào Đảng" | "Chính thức") do cover several fields, and name them.
const DATE_GROUP = /^(ngay thang nam|ngay thang|thoi gian|ngay)( |$)/;
/** Sub-labels too generic to name a field of their own under a group ("Căn cước" over "Số"). */
const GENERIC = new Set(['so', 'ma', 'so hieu']);

/**
 * A label over sub-columns that name fields of their own, other than its own field ("THÔNG TIN CÁ NHÂN" over
 * "Họ và tên" | "Ngày sinh", or a title line "CHI BỘ THÔN 1" typed right above "Số TT" | "Ghi chú") is an
 * umbrella, not part of their names: its words must not give a field to a sub-column that names none ("Ghi chú"
 * read as the branch). Such cells are matched on their own label only.
 */
export function withoutUmbrellaGroups(cells: HeaderCell[], kind: TableKind): HeaderCell[] {
  if (!cells.some((c) => c.group)) return cells;
  const fieldsUnder = new Map<string, Set<FieldKey>>();
  for (const c of cells) {
    if (!c.group || DATE_GROUP.test(headerKey(c.group)) || GENERIC.has(headerKey(c.own))) continue;
    const field = matchHeader(c.own, kind)?.field;
    if (!field) continue;
    const set = fieldsUnder.get(c.group) ?? new Set<FieldKey>();
    set.add(field);
    fieldsUnder.set(c.group, set);
  }
  const umbrellas = [...fieldsUnder]
    .filter(([group, fields]) => {
      if (fields.size >= 2) return true;
      const own = matchHeader(group, kind)?.field;
      return own !== undefined && !fields.has(own);
    })
    .map(([group]) => group);
  if (!umbrellas.length) return cells;
  return cells.map((c) => (c.group && umbrellas.includes(c.group) ? { col: c.col, own: c.own, label: c.own } : c));
}
