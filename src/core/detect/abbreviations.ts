import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { MappedHeader } from './mapColumns';

/**
 * Two-letter abbreviations that fold to the same key and so need their neighbours to be read.
 * "ĐT" is the phone (điện thoại), but the party record form abbreviates "Dân tộc | Tôn giáo" as "DT | TG", and
 * headers are compared without diacritics. A "DT" column next to the religion column, or in a table that has
 * another phone column, is the ethnicity.
 */
export function resolveAbbreviations(cells: HeaderCell[], mapped: MappedHeader[]): MappedHeader[] {
  const i = mapped.findIndex((h) => h.field === 'phone' && h.quality === 'exact' && isDt(cells, h.col));
  if (i < 0) return mapped;
  const byReligion = [mapped[i - 1], mapped[i + 1]].some((h) => h?.field === 'religion' && Math.abs(h.col - mapped[i].col) === 1);
  const otherPhone = mapped.some((h, k) => k !== i && h.field === 'phone');
  const hasEthnicity = mapped.some((h) => h.field === 'ethnicity');
  if (hasEthnicity || !(byReligion || otherPhone)) return mapped;
  return mapped.map((h, k) => (k === i ? { ...h, field: 'ethnicity' } : h));
}

function isDt(cells: HeaderCell[], col: number): boolean {
  const cell = cells.find((c) => c.col === col);
  // Written with Đ it can only be điện thoại ("Dân tộc" has no Đ).
  return cell !== undefined && !cell.group && headerKey(cell.own) === 'dt' && !/[đĐ]/.test(cell.own);
}
