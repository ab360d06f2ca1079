import type { FieldKey, TableKind } from '../fields';

/** Names of table kinds, as the task pane and reports show them. */
export const KIND_LABELS: Record<TableKind, string> = {
  members: 'Danh sách đảng viên',
  organisations: 'Danh sách tổ chức đảng',
  accounts: 'Đề nghị cấp tài khoản (Phụ lục 01)',
};

/** The standard header of each field (RULES.md §2), shown in the column dropdown. */
export const FIELD_LABELS: Record<FieldKey, string> = {
  index: 'STT',
  fullName: 'Họ và tên',
  birthName: 'Họ và tên khai sinh',
  gender: 'Giới tính',
  birthDate: 'Ngày sinh',
  nationalId: 'Số CCCD / định danh cá nhân',
  recordNumber: 'Số lý lịch',
  cardNumber: 'Số thẻ đảng viên',
  admissionDate: 'Ngày vào Đảng',
  officialDate: 'Ngày chính thức',
  branch: 'Chi bộ sinh hoạt',
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
  memberType: 'Loại đảng viên (Chính thức / Dự bị)',
  reviewed: 'Đã rà soát',
  name: 'Tên tổ chức đảng',
  code: 'Mã tổ chức',
  type: 'Loại hình tổ chức',
  parent: 'Trực thuộc (cấp trên)',
  status: 'Trạng thái',
  foundedDate: 'Ngày thành lập',
  formerName: 'Tên cũ',
  secretary: 'Bí thư',
  memberCount: 'Số đảng viên',
  province: 'Tỉnh/thành phố',
  commune: 'Xã/phường',
  rights: 'Quyền khai thác, sử dụng hệ thống',
};

/** Where a kind names a field differently (Phụ lục 01 says "Vị trí công tác"). */
const KIND_FIELD_LABELS: Partial<Record<TableKind, Partial<Record<FieldKey, string>>>> = {
  accounts: { position: 'Vị trí công tác' },
};

export function fieldLabel(field: FieldKey, kind?: TableKind): string {
  return (kind && KIND_FIELD_LABELS[kind]?.[field]) || FIELD_LABELS[field];
}

/** The dropdown entry that leaves a column out of the check. */
export const IGNORE_COLUMN_LABEL = '(Không kiểm tra cột này)';
