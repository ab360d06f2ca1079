import type { RuleGroup, Severity } from '../findings';

/**
 * Every rule's identity (RULES.md §3). IDs, groups and severities are a contract with other tools:
 * add rules freely, never rename these. Where a rule has two severities, `severity` is the stronger one
 * and the finding carries its own.
 */
export interface RuleMeta {
  id: string;
  group: RuleGroup;
  severity: Severity;
  /** Short Vietnamese title for lists and filters. */
  title: string;
  /** The rule has a safe automatic fix. */
  fixable: boolean;
}

const m = (id: string, group: RuleGroup, severity: Severity, title: string, fixable = false): RuleMeta => ({
  id, group, severity, title, fixable,
});

export const RULES: readonly RuleMeta[] = [
  // sheet level
  m('table-not-found', 'complete', 'error', 'Không tìm thấy bảng dữ liệu'),
  m('column-missing', 'complete', 'error', 'Thiếu cột bắt buộc'),
  m('column-duplicate', 'consistent', 'warning', 'Hai cột cùng một trường'),
  m('cell-error-value', 'correct', 'error', 'Ô chứa giá trị lỗi'),
  m('formula-no-result', 'complete', 'warning', 'Công thức chưa được tính'),
  // any table
  m('required', 'complete', 'error', 'Thiếu giá trị bắt buộc'),
  m('text-whitespace', 'clean', 'warning', 'Khoảng trắng thừa', true),
  m('text-unicode', 'clean', 'warning', 'Ký tự Unicode không chuẩn', true),
  m('text-legacy-encoding', 'clean', 'error', 'Chữ gõ bằng phông cũ (TCVN3/VNI)', true),
  m('date-invalid', 'correct', 'error', 'Ngày không hợp lệ'),
  m('date-text', 'clean', 'warning', 'Ngày lưu dạng chữ', true),
  m('date-future', 'correct', 'error', 'Ngày ở tương lai'),
  // members
  m('name-invalid', 'correct', 'error', 'Họ tên không hợp lệ'),
  m('name-case', 'clean', 'warning', 'Họ tên viết hoa không thống nhất', true),
  m('gender-invalid', 'correct', 'error', 'Giới tính không hợp lệ', true),
  m('id-format', 'correct', 'error', 'Số CCCD không đủ 12 chữ số'),
  m('id-legacy-cmnd', 'current', 'error', 'Còn dùng CMND 9 số'),
  m('id-leading-zeros-lost', 'clean', 'error', 'Số CCCD mất số 0 ở đầu', true),
  m('id-stored-as-number', 'clean', 'warning', 'Số CCCD lưu dạng số', true),
  m('id-province', 'correct', 'error', 'Mã tỉnh trong số CCCD không đúng'),
  m('id-birth-year', 'consistent', 'error', 'Số CCCD không khớp năm sinh'),
  m('id-gender', 'consistent', 'error', 'Số CCCD không khớp giới tính'),
  m('phone-invalid', 'correct', 'warning', 'Số điện thoại không hợp lệ', true),
  m('card-format', 'correct', 'warning', 'Số thẻ đảng viên không đủ 8 chữ số'),
  m('card-missing', 'complete', 'warning', 'Đảng viên chính thức chưa có số thẻ'),
  m('record-missing', 'complete', 'warning', 'Chưa có số lý lịch'),
  m('record-format', 'correct', 'warning', 'Số lý lịch không đúng dạng'),
  m('email-invalid', 'correct', 'warning', 'Email không hợp lệ'),
  m('value-not-in-list', 'correct', 'warning', 'Giá trị ngoài danh mục', true),
  m('admission-age', 'consistent', 'error', 'Tuổi vào Đảng không hợp lệ'),
  m('date-order', 'consistent', 'error', 'Thứ tự ngày không hợp lý'),
  m('probation-length', 'consistent', 'error', 'Thời gian dự bị không đúng 12 tháng'),
  m('probation-overdue', 'current', 'warning', 'Quá hạn chuyển chính thức'),
  m('age-implausible', 'correct', 'error', 'Tuổi không hợp lý'),
  m('duplicate-id', 'clean', 'error', 'Trùng số CCCD'),
  m('duplicate-card', 'clean', 'error', 'Trùng số thẻ hoặc số lý lịch'),
  m('duplicate-person', 'clean', 'warning', 'Có thể trùng người'),
  m('members-repeated', 'clean', 'warning', 'Danh sách lặp lại danh sách khác'),
  m('member-org-unknown', 'consistent', 'error', 'Chi bộ không có trong danh sách tổ chức'),
  m('member-org-inactive', 'consistent', 'error', 'Chi bộ đã giải thể/giải tán'),
  m('address-old-unit', 'current', 'warning', 'Địa chỉ còn đơn vị cấp huyện'),
  m('address-old-province', 'current', 'warning', 'Địa chỉ còn tên tỉnh cũ'),
  // organisations
  m('org-type-invalid', 'correct', 'error', 'Loại hình tổ chức không hợp lệ', true),
  m('org-name-type', 'consistent', 'warning', 'Tên và loại hình không khớp'),
  m('org-duplicate', 'clean', 'error', 'Trùng tổ chức'),
  m('org-parent-unknown', 'consistent', 'error', 'Cấp trên không có trong danh sách'),
  m('org-hierarchy', 'consistent', 'error', 'Quan hệ cấp trên không hợp lệ'),
  m('org-size', 'consistent', 'warning', 'Số đảng viên không phù hợp loại hình'),
  m('org-empty', 'current', 'warning', 'Tổ chức không có đảng viên'),
  m('org-member-count', 'consistent', 'warning', 'Số đảng viên ghi khác bảng đảng viên'),
  // account requests
  m('rights-invalid', 'correct', 'error', 'Quyền khai thác không hợp lệ'),
  // reconciliation marks (đối soát): not emitted by the check, but marked and listed like its findings
  m('reconcile-different', 'consistent', 'warning', 'Khác với danh sách đối soát'),
  m('reconcile-only', 'consistent', 'warning', 'Chỉ có ở một danh sách'),
  m('reconcile-ambiguous', 'consistent', 'warning', 'Đối soát chưa xác định được'),
];

export const RULES_BY_ID: ReadonlyMap<string, RuleMeta> = new Map(RULES.map((r) => [r.id, r]));

export function ruleMeta(id: string): RuleMeta {
  const meta = RULES_BY_ID.get(id);
  if (!meta) throw new Error(`Unknown rule: ${id}`);
  return meta;
}
