/** Hand-built sheets for the fix engine's tests (SheetData, as the hosts report it). Synthetic people only. */
import type { Cell, SheetData } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';

export const t = (s: string, font?: string, format?: string): Cell => {
  const c: Cell = { type: 'text', value: s };
  if (format) c.format = format;
  if (font) c.font = font;
  return c;
};
export const n = (v: number, format = 'General'): Cell => ({ type: 'number', value: v, format });
export const d = (y: number, m: number, day: number): Cell => ({ type: 'date', value: serialFromYmd(y, m, day), format: 'dd/mm/yyyy' });

export const AS_OF = serialFromYmd(2025, 12, 30);

export const MEMBER_HEADER = [
  'STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Dân tộc',
  'Tôn giáo', 'Số điện thoại',
];
export const COL = {
  index: 0, fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 5, officialDate: 6, branch: 7,
  ethnicity: 8, religion: 9, phone: 10,
} as const;
/** Excel row of the first member. */
export const FIRST_ROW = 4;

export interface CleanMember {
  fullName: string;
  female: boolean;
  birthYear: number;
  /** 6 random digits of the ID. */
  idTail: string;
  phone: string;
  branch: string;
}

/** The ID a member would have: registered in Ninh Bình (037), gender/century digit, year, random tail. */
export function idOf(m: CleanMember): string {
  const century = m.birthYear >= 2000 ? 2 : 0;
  return `037${century + (m.female ? 1 : 0)}${String(m.birthYear % 100).padStart(2, '0')}${m.idTail}`;
}

/** A member's clean cells, in MEMBER_HEADER order. */
export function cleanRow(m: CleanMember, index: number): Cell[] {
  return [
    n(index),
    t(m.fullName),
    t(m.female ? 'Nữ' : 'Nam'),
    d(m.birthYear, 3, 12),
    t(idOf(m), undefined, '@'),
    d(m.birthYear + 30, 5, 19),
    d(m.birthYear + 31, 5, 19),
    t(m.branch),
    t('Kinh'),
    t('Không'),
    t(m.phone, undefined, '@'),
  ];
}

export function memberSheet(rows: Cell[][], name = 'Đảng viên'): SheetData {
  return {
    name,
    rows: [[t('DANH SÁCH ĐẢNG VIÊN')], [], MEMBER_HEADER.map((h) => t(h)), ...rows],
    merges: [{ top: 0, left: 0, bottom: 0, right: MEMBER_HEADER.length - 1 }],
  };
}

export const BRANCHES = ['Chi bộ Thôn 1', 'Chi bộ Thôn 2', 'Chi bộ Thôn 3'];

/** The organisations the members belong to, so member-org-unknown stays quiet. */
export function organisationSheet(extra: Cell[][] = []): SheetData {
  return {
    name: 'Tổ chức đảng',
    rows: [
      [t('DANH SÁCH TỔ CHỨC ĐẢNG')],
      [],
      ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái'].map((h) => t(h)),
      [n(1), t('Đảng bộ xã Yên Lạc'), t('Đảng bộ cấp trên cơ sở'), t('Tỉnh ủy Ninh Bình'), t('Đang hoạt động')],
      ...BRANCHES.map((b, i) => [n(i + 2), t(b), t('Chi bộ cơ sở'), t('Đảng bộ xã Yên Lạc'), t('Đang hoạt động')]),
      ...extra,
    ],
    merges: [],
  };
}

/** Every cell of two workbooks that differs, as "sheet!row:col". */
export function differingCells(a: readonly SheetData[], b: readonly SheetData[]): string[] {
  const out: string[] = [];
  a.forEach((sa, s) => {
    const sb = b[s];
    const rows = Math.max(sa.rows.length, sb.rows.length);
    for (let r = 0; r < rows; r++) {
      const ra = sa.rows[r] ?? [];
      const rb = sb.rows[r] ?? [];
      for (let c = 0; c < Math.max(ra.length, rb.length); c++) {
        if (JSON.stringify(ra[c] ?? null) !== JSON.stringify(rb[c] ?? null)) out.push(`${sa.name}!${r + 1}:${c}`);
      }
    }
  });
  return out;
}
