import type { FieldKey } from '../fields';

/**
 * A catalog name found inside a longer label names the column's subject only when nothing else in the label
 * says the column is about something else: "Ngày cấp CCCD" is a date (the ID's issue date), "Số QĐ kết nạp" a
 * decision number, "Chi bộ cũ" a former branch, "SĐT người thân" a relative's phone.
 * `key` is the label's key, `name` the catalog key found in it.
 */
export function plausiblePartial(key: string, name: string, field: FieldKey): boolean {
  const at = (' ' + key + ' ').indexOf(' ' + name + ' ');
  // Right after the name: "Địa chỉ cũ", "Ngày sinh của con"; a note further on ("Quê quán (xã, tỉnh cũ)") is not.
  // (A former name is an old value already: "Tên cũ (trước sáp nhập)".)
  if (field !== 'formerName' && OTHER_SUBJECT.test(key.slice(at + name.length).trim())) return false;
  if (at > 0) {
    // The head word says what kind of value the column holds; the name found after it only says about what.
    const head = HEAD.exec(key)?.[1];
    if (head && !HEAD_FIELDS[head].has(field)) return false;
  }
  return true;
}

/**
 * "Ngày cấp" or "Nơi cấp" under "Căn cước công dân": the head word says the column holds a date or a place about
 * the field, not the field's value.
 */
export function isAspect(ownKey: string, field: FieldKey): boolean {
  const head = HEAD.exec(ownKey)?.[1];
  return head !== undefined && !HEAD_FIELDS[head].has(field);
}

// Old values and other people: "cũ", "trước" (before), "người thân", "người giới thiệu", "vợ", "chồng", "cha",
// "mẹ", "con", "bố mẹ" — right after the name found; a second admission ("Ngày vào Đảng lần thứ hai", for a member
// re-admitted) is not the admission the rules check.
const OTHER_SUBJECT = /^(cua )?(cu|truoc|nguoi than|nguoi gioi thieu|vo|chong|cha|me|con|bo me|vo chong|lan (thu )?(hai|2|ba|3))( |$)/;

const DATES: ReadonlySet<FieldKey> = new Set<FieldKey>(['birthDate', 'admissionDate', 'officialDate', 'foundedDate']);
const PLACES: ReadonlySet<FieldKey> = new Set<FieldKey>(['hometown', 'address', 'branch', 'workplace']);
const NUMBERS: ReadonlySet<FieldKey> = new Set<FieldKey>([
  'index', 'nationalId', 'recordNumber', 'cardNumber', 'phone', 'memberCount', 'code',
]);

const PEOPLE: ReadonlySet<FieldKey> = new Set<FieldKey>(['fullName', 'birthName', 'secretary']);

// "Tại chi bộ" after "Ngày vào Đảng" or "Ngày chính thức" in the software's export: where that happened, not the
// member's chi bộ today.
const HEAD = /^(ngay|thang|thoi gian|noi|so|ma|nguoi|tai)\b/;
const HEAD_FIELDS: Record<string, ReadonlySet<FieldKey>> = {
  tai: new Set<FieldKey>(),
  ngay: DATES,
  thang: DATES,
  'thoi gian': DATES,
  noi: PLACES,
  so: NUMBERS,
  ma: NUMBERS,
  nguoi: PEOPLE,
};
