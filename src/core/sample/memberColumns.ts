import type { Cell } from '../cells';
import { formatDate } from '../dates';
import type { SampleMember } from './members';

/** The twenty member columns the sample and the bench write, in sheet order, with their usual headers. */
export const MEMBER_COLUMNS = [
  ['index', 'STT'],
  ['fullName', 'Họ và tên'],
  ['gender', 'Giới tính'],
  ['birthDate', 'Ngày sinh'],
  ['nationalId', 'Số CCCD'],
  ['ethnicity', 'Dân tộc'],
  ['religion', 'Tôn giáo'],
  ['hometown', 'Quê quán'],
  ['address', 'Nơi thường trú'],
  ['phone', 'Số điện thoại'],
  ['admissionDate', 'Ngày vào Đảng'],
  ['officialDate', 'Ngày chính thức'],
  ['cardNumber', 'Số thẻ đảng viên'],
  ['recordNumber', 'Số lý lịch'],
  ['branch', 'Chi bộ'],
  ['memberType', 'Loại đảng viên'],
  ['schooling', 'Trình độ giáo dục phổ thông'],
  ['profession', 'Trình độ chuyên môn'],
  ['politicalTheory', 'Lý luận chính trị'],
  ['position', 'Chức vụ'],
] as const;

export type MemberColumnKey = (typeof MEMBER_COLUMNS)[number][0];
export type MemberCells = Partial<Record<MemberColumnKey, Cell>>;

export const text = (value: string, format?: string): Cell | undefined =>
  value === '' ? undefined : format ? { type: 'text', value, format } : { type: 'text', value };
export const realDate = (serial: number): Cell => ({ type: 'date', value: serial, format: 'dd/mm/yyyy' });
export const textDate = (serial: number): Cell => ({ type: 'text', value: formatDate(serial) });

/** A member's cells as a careful clerk would type them (dates real or dd/mm/yyyy text, numbers as text). */
export function memberCells(m: SampleMember, index: number, datesAsText: boolean): MemberCells {
  const date = datesAsText ? textDate : realDate;
  const cells: MemberCells = {
    index: { type: 'number', value: index, format: 'General' },
    fullName: text(m.fullName),
    gender: text(m.female ? 'Nữ' : 'Nam'),
    birthDate: date(m.birth),
    nationalId: text(m.nationalId, '@'),
    ethnicity: text(m.ethnicity),
    religion: text(m.religion),
    hometown: text(m.hometown),
    address: text(m.address),
    phone: text(m.phone, '@'),
    admissionDate: date(m.admission),
    officialDate: m.official === undefined ? undefined : date(m.official),
    cardNumber: m.cardNumber ? text(m.cardNumber, '@') : undefined,
    recordNumber: text(m.recordNumber, '@'),
    branch: text(m.branch),
    memberType: text(m.memberType),
    schooling: text(m.schooling, '@'),
    profession: text(m.profession),
    politicalTheory: text(m.politicalTheory),
    position: text(m.position),
  };
  return cells;
}
