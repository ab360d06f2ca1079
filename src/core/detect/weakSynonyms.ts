import type { FieldKey } from '../fields';
import { headerKey } from '../text/normalize';
import type { HeaderCell } from './headerLayout';
import type { MappedHeader } from './mapColumns';

/**
 * Names that stand for a field only when nothing better is there. A table that kept its old "Số CMND" column
 * beside "Số CCCD", a "Năm sinh" beside "Ngày sinh", an "Đơn vị" beside "Chi bộ", a "Tên" (for sorting) beside
 * "Họ và tên", a "Chức vụ chính quyền" beside "Chức vụ Đảng", "Nơi thường trú" beside "Nơi ở hiện nay": the better
 * column is the field; the other is left unread (its 9-digit numbers or bare years are not errors, and it is not a duplicate column).
 * Alone, a weak name still maps its field.
 */
const WEAK: readonly { field: FieldKey; weak: RegExp; strong: RegExp }[] = [
  { field: 'nationalId', weak: /(^| )(cmnd|cmtnd|chung minh)( |$)/, strong: /(^| )(cccd|can cuoc|dinh danh|ddcn)( |$)/ },
  { field: 'birthDate', weak: /^(nam sinh|sinh)$/, strong: /(^| )ngay( |$)/ },
  { field: 'branch', weak: /^(don vi|tcd)$/, strong: /(^| )chi bo( |$)/ },
  // "Họ và tên" | "Tên": the given name copied beside the full name to sort the list by it.
  { field: 'fullName', weak: /^(ten|ten goi)$/, strong: /(^| )(ho va ten|ho ten|ho chu dem va ten|ho va chu dem va ten)( |$)/ },
  // "Chức vụ Đảng" | "Chức vụ chính quyền" (or "đoàn thể"): the party position is the field; the others are no
  // second copy of it to delete.
  { field: 'position', weak: /^chuc (vu|danh) (chinh quyen|doan the|chinh quyen doan the|khac)$/, strong: /^chuc (vu|danh)( dang)?$/ },
  // "Nơi thường trú" | "Nơi ở hiện nay", both in the member software's export and in the population data: two
  // addresses, not a copy; where the member lives now is the one checked.
  { field: 'address', weak: /(^| )(thuong tru|ho khau|hktt)( |$)/, strong: /^(noi|cho) o( hien (nay|tai))?$/ },
];

export function preferStrongNames(cells: HeaderCell[], mapped: MappedHeader[]): MappedHeader[] {
  let out = mapped;
  for (const { field, weak, strong } of WEAK) {
    const cols = out.filter((h) => h.field === field && h.quality !== 'user');
    if (cols.length < 2) continue;
    const keyOf = (h: MappedHeader) => headerKey(cells.find((c) => c.col === h.col)?.label ?? h.label);
    const isWeak = (h: MappedHeader) => weak.test(keyOf(h)) && !strong.test(keyOf(h));
    if (!cols.some((h) => strong.test(keyOf(h)))) continue;
    out = out.map((h) => (cols.includes(h) && isWeak(h) ? { col: h.col, label: h.label } : h));
  }
  return out;
}
