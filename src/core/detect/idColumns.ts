import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { MappedHeader } from './mapColumns';

/** "Số CMND", "CMTND", "Chứng minh nhân dân": the 9-digit card replaced by the CCCD. */
const OLD_ID = /(^| )(cmnd|cmtnd|chung minh)( |$)/;
const NEW_ID = /(^| )(cccd|can cuoc|dinh danh|ddcn)( |$)/;

/**
 * A table that kept its old "Số CMND" column beside "Số CCCD": the CCCD column is the national ID; the CMND
 * column is history (its 9-digit numbers are not errors, and it is not a duplicate column).
 * Only when both kinds of column are there: a lone CMND column is still the ID column (and its numbers are
 * reported as id-legacy-cmnd).
 */
export function preferCurrentId(cells: HeaderCell[], mapped: MappedHeader[]): MappedHeader[] {
  const ids = mapped.filter((h) => h.field === 'nationalId' && h.quality !== 'user');
  if (ids.length < 2) return mapped;
  const isOld = (h: MappedHeader) => {
    const key = headerKey(cells.find((c) => c.col === h.col)?.label ?? h.label);
    return OLD_ID.test(key) && !NEW_ID.test(key);
  };
  if (!ids.some((h) => !isOld(h))) return mapped;
  return mapped.map((h) => (ids.includes(h) && isOld(h) ? { col: h.col, label: h.label } : h));
}
