import type { FieldKey } from '../fields';

/**
 * The name of every field (RULES.md §2), one table for every place that names a field: rule messages, the
 * "Trường" column of the result sheet, reconciliation, and (longer where a short name is ambiguous) the pane's
 * column dropdown.
 */
export const FIELD_NAMES: Readonly<Record<FieldKey, string>> = {
  index: 'STT',
  fullName: 'Họ và tên',
  birthName: 'Họ và tên khai sinh',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  nationalId: 'Số CCCD',
  recordNumber: 'Số lý lịch',
  cardNumber: 'Số thẻ đảng viên',
  admissionDate: 'Ngày vào Đảng',
  officialDate: 'Ngày chính thức',
  branch: 'Chi bộ',
  ethnicity: 'Dân tộc',
  religion: 'Tôn giáo',
  hometown: 'Quê quán',
  address: 'Nơi ở hiện nay',
  phone: 'Số điện thoại',
  email: 'Email',
  position: 'Chức vụ',
  workplace: 'Đơn vị công tác',
  schooling: 'Trình độ giáo dục phổ thông',
  profession: 'Trình độ chuyên môn',
  politicalTheory: 'Lý luận chính trị',
  memberType: 'Loại đảng viên',
  reviewed: 'Đã rà soát',
  name: 'Tên tổ chức đảng',
  code: 'Mã tổ chức',
  type: 'Loại hình tổ chức',
  parent: 'Cấp trên trực tiếp',
  status: 'Trạng thái',
  foundedDate: 'Ngày thành lập',
  formerName: 'Tên cũ',
  secretary: 'Bí thư',
  memberCount: 'Số đảng viên',
  province: 'Tỉnh/thành phố',
  commune: 'Xã/phường',
  rights: 'Quyền khai thác, sử dụng hệ thống',
};

/** Where the column dropdown says more than the short name, to tell apart fields a header may mean. */
const LONGER_NAMES: Partial<Record<FieldKey, string>> = {
  nationalId: 'Số CCCD / định danh cá nhân',
  branch: 'Chi bộ sinh hoạt',
  memberType: 'Loại đảng viên (Chính thức / Dự bị)',
  parent: 'Trực thuộc (cấp trên trực tiếp)',
};

/** The standard header of each field, shown in the column dropdown. */
export const FIELD_LABELS: Readonly<Record<FieldKey, string>> = { ...FIELD_NAMES, ...LONGER_NAMES };
