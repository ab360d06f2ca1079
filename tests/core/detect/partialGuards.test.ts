import { matchHeader } from '../../../src/core/detect/matchHeader';
import type { FieldKey, TableKind } from '../../../src/core/fields';

// Labels whose words contain a field's name but whose column holds something else, and their near misses
// that must still match.
const CASES: [TableKind, string, FieldKey | undefined][] = [
  ['members', 'Ngày cấp CCCD', undefined],
  ['members', 'Nơi cấp CCCD', undefined],
  ['members', 'Ngày cấp thẻ Đảng', undefined],
  ['members', 'Số QĐ kết nạp', undefined],
  ['members', 'Người giới thiệu vào Đảng', undefined],
  ['members', 'Nơi vào Đảng', undefined],
  ['members', 'Họ tên người giới thiệu', undefined],
  ['members', 'SĐT người thân', undefined],
  ['members', 'Số điện thoại của con', undefined],
  ['members', 'Năm sinh vợ', undefined],
  ['members', 'Chi bộ cũ', undefined],
  ['members', 'Địa chỉ cũ', undefined],
  ['members', 'Nơi ở trước 1/7/2025', undefined],
  ['organisations', 'Số QĐ thành lập', undefined],
  // still matched
  ['members', 'Quê quán (xã, tỉnh cũ)', 'hometown'],
  ['members', 'Chi bộ (mới)', 'branch'],
  ['members', 'Ngày vào Đảng (dd/mm/yyyy)', 'admissionDate'],
  ['members', 'Thời gian vào Đảng', 'admissionDate'],
  ['members', 'Ngày QĐ kết nạp', 'admissionDate'],
  ['members', 'Số CCCD (mã định danh)', 'nationalId'],
  ['members', 'Mã số định danh cá nhân', 'nationalId'],
  ['members', 'Số điện thoại (Zalo)', 'phone'],
  ['members', 'Nơi sinh hoạt đảng', 'branch'],
  ['members', 'Ngày công nhận', 'officialDate'],
  ['members', 'Ngày vào Đảng CT', 'officialDate'],
  ['organisations', 'Tên cũ (nếu có)', 'formerName'],
  ['organisations', 'Tên tổ chức đảng cấp trên', 'parent'],
  ['organisations', 'Ngày thành lập (QĐ)', 'foundedDate'],
];

describe('partial header matches about another subject', () => {
  it.each(CASES)('%s: "%s" → %s', (kind, label, field) => {
    expect(matchHeader(label, kind)?.field).toBe(field);
  });
});
