import type { FieldKey, TableKind } from '../fields';
import { FIELD_LABELS } from './fields';

/** Names of table kinds, as the task pane and reports show them. */
export const KIND_LABELS: Record<TableKind, string> = {
  members: 'Danh sách đảng viên',
  organisations: 'Danh sách tổ chức đảng',
  accounts: 'Đề nghị cấp tài khoản (Phụ lục 01)',
};

export { FIELD_LABELS };

/** Where a kind names a field differently (Phụ lục 01 says "Vị trí công tác"). */
const KIND_FIELD_LABELS: Partial<Record<TableKind, Partial<Record<FieldKey, string>>>> = {
  accounts: { position: 'Vị trí công tác' },
};

export function fieldLabel(field: FieldKey, kind?: TableKind): string {
  return (kind && KIND_FIELD_LABELS[kind]?.[field]) || FIELD_LABELS[field];
}

/** The dropdown entry that leaves a column out of the check. */
export const IGNORE_COLUMN_LABEL = '(Không kiểm tra cột này)';
