/**
 * One synthetic member list written as two real workbooks (A and B) for reconciliation tests. B differs from A in
 * layout (column order, header spelling, no title rows) and in how values are typed — differences the engine
 * normalises away — plus, on request, real changes that must be reported. All people and numbers are invented.
 */
import type { SheetSpec, SpecEntry } from '../../helpers/xlsx';
import { utcDate } from '../../helpers/xlsx';
import { encodeTcvn3 } from '../../../src/core/text/legacyEncode';

export interface Member {
  name: string;
  gender: 'Nam' | 'Nữ';
  birth: [number, number, number];
  id: string;
  card: string;
  admission: [number, number, number];
  branch: string;
  phone: string;
  hometown: string;
}

const d = (x: [number, number, number]) => utcDate(x[0], x[1], x[2]);
const text = (x: [number, number, number]) =>
  `${String(x[2]).padStart(2, '0')}/${String(x[1]).padStart(2, '0')}/${x[0]}`;
const plusYear = (x: [number, number, number]): [number, number, number] => [x[0] + 1, x[1], x[2]];

export const BASE: Member[] = [
  { name: 'Nguyễn Văn An', gender: 'Nam', birth: [1980, 2, 1], id: '001080000123', card: '10000001', admission: [2005, 3, 15], branch: 'Chi bộ Thôn 1', phone: '0912345678', hometown: 'Hòa Bình' },
  { name: 'Trần Thị Bình', gender: 'Nữ', birth: [1975, 6, 15], id: '037175000257', card: '10000002', admission: [2000, 10, 10], branch: 'Chi bộ Thôn 2', phone: '0987654321', hometown: 'Ninh Bình' },
  { name: 'Lê Văn Hòa', gender: 'Nam', birth: [1985, 11, 20], id: '038085001122', card: '10000003', admission: [2010, 9, 2], branch: 'Chi bộ Thôn 1', phone: '0977111222', hometown: 'Thanh Hóa' },
  { name: 'Phạm Thị Thúy', gender: 'Nữ', birth: [1990, 4, 3], id: '040190003344', card: '10000004', admission: [2015, 5, 19], branch: 'Chi bộ Thôn 3', phone: '0966333444', hometown: 'Nghệ An' },
  { name: 'Hoàng Văn Dũng', gender: 'Nam', birth: [1970, 7, 7], id: '001070005566', card: '10000005', admission: [1995, 2, 3], branch: 'Chi bộ Thôn 2', phone: '0355666777', hometown: 'Hà Nội' },
  { name: 'Vũ Thị Hương', gender: 'Nữ', birth: [1982, 12, 12], id: '034182007788', card: '10000006', admission: [2008, 11, 7], branch: 'Chi bộ Thôn 3', phone: '0388777888', hometown: 'Thái Bình' },
  { name: 'Đặng Văn Nam', gender: 'Nam', birth: [1978, 3, 25], id: '036078009900', card: '10000007', admission: [2003, 6, 1], branch: 'Chi bộ Thôn 1', phone: '0399888999', hometown: 'Nam Định' },
  { name: 'Bùi Thị Lan', gender: 'Nữ', birth: [1988, 8, 30], id: '035188002468', card: '10000008', admission: [2012, 12, 20], branch: 'Chi bộ Thôn 2', phone: '0868123456', hometown: 'Hà Nam' },
  { name: 'Đỗ Văn Hải', gender: 'Nam', birth: [1965, 2, 14], id: '031065001357', card: '10000009', admission: [1990, 2, 14], branch: 'Chi bộ Thôn 3', phone: '0905123456', hometown: 'Hải Phòng' },
  { name: 'Hồ Thị Hạnh', gender: 'Nữ', birth: [1992, 9, 9], id: '042192008642', card: '10000010', admission: [2018, 9, 2], branch: 'Chi bộ Thôn 1', phone: '0915222333', hometown: 'Hà Tĩnh' },
  { name: 'Ngô Văn Khoa', gender: 'Nam', birth: [1960, 1, 1], id: '001060004321', card: '10000011', admission: [1985, 1, 1], branch: 'Chi bộ Thôn 2', phone: '0904555666', hometown: 'Hà Nội' },
];

export const ADDED: Member = {
  name: 'Lý Thị Mai', gender: 'Nữ', birth: [1995, 5, 5], id: '027195004321', card: '10000012', admission: [2020, 5, 19],
  branch: 'Chi bộ Thôn 3', phone: '0833444555', hometown: 'Bắc Ninh',
};

/** List A: title rows, the usual header, real dates, IDs as text. Data starts at row 5 (BASE[i] on row 5 + i). */
export function sheetA(members: Member[], name = 'Danh sách CSDL'): SheetSpec {
  return {
    name,
    rows: [
      ['ĐẢNG BỘ XÃ YÊN LẠC'],
      ['DANH SÁCH ĐẢNG VIÊN (XUẤT TỪ CSDL)'],
      [],
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số thẻ đảng viên', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Số điện thoại', 'Quê quán'],
      ...members.map((m, i) => [
        i + 1, m.name, m.gender, d(m.birth), m.id, m.card, d(m.admission), d(plusYear(m.admission)), m.branch, m.phone, m.hometown,
      ]),
    ],
  };
}

/**
 * How B types member i's values, each way the engine must see as equal: upper case, extra spaces, NFD, other tone
 * placement, a date as text, an ID as a number (with and without a 12-digit format), a phone that lost its zero,
 * lower-case gender and branch, text typed in the TCVN3 legacy font.
 */
export function typedInB(m: Member, i: number): Record<string, SpecEntry> {
  const row: Record<string, SpecEntry> = {
    name: m.name, gender: m.gender, birth: d(m.birth), id: m.id, card: m.card, admission: d(m.admission),
    official: d(plusYear(m.admission)), branch: m.branch, phone: m.phone, hometown: m.hometown,
  };
  switch (i) {
    case 0:
      row.name = m.name.toUpperCase();
      row.id = { v: Number(m.id), numFmt: '000000000000' };
      break;
    case 1:
      row.birth = text(m.birth);
      row.name = '  ' + m.name.replace(/ /g, '   ') + ' ';
      row.branch = ' ' + m.branch.replace(' ', '  ');
      break;
    case 2:
      row.name = m.name.replace('Hòa', 'Hoà');
      row.hometown = m.hometown.replace('Hóa', 'Hoá');
      break;
    case 3:
      row.name = m.name.normalize('NFD');
      row.admission = `${m.admission[2]}/${m.admission[1]}/${m.admission[0]}`; // 19/5/2015: no zero padding
      break;
    case 4:
      row.id = { v: Number(m.id) };
      row.gender = m.gender.toLowerCase();
      break;
    case 5:
      row.phone = { v: Number(m.phone) };
      break;
    case 7:
      row.branch = m.branch.toLowerCase();
      break;
    case 9:
      // The committee's old list typed in TCVN3 (.VnTime): mojibake in Excel, the same name once converted.
      row.name = { v: encodeTcvn3(m.name), font: '.VnTime' };
      row.hometown = { v: encodeTcvn3(m.hometown), font: '.VnTime' };
      break;
    case 8:
      row.hometown = m.hometown.replace(' ', '   ');
      row.phone = m.phone.replace(/(\d{4})(\d{3})(\d{3})/, '$1 $2 $3');
      break;
  }
  return row;
}

/** List B: no title, other header spellings and column order, rows in another order. Header on row 1. */
export function sheetB(rows: Record<string, SpecEntry>[], name = 'Danh sách chi bộ'): SheetSpec {
  const order = ['id', 'name', 'birth', 'gender', 'branch', 'admission', 'official', 'phone', 'card', 'hometown'];
  return {
    name,
    rows: [
      ['TT', 'Số định danh cá nhân', 'Họ tên', 'Ngày tháng năm sinh', 'Giới tính', 'Chi bộ sinh hoạt', 'Ngày kết nạp', 'Ngày chính thức', 'SĐT', 'Số thẻ ĐV', 'Quê quán'],
      ...rows.map((r, i) => [i + 1, ...order.map((k) => r[k])]),
    ],
  };
}

/** B's rows for the base list with only presentation differences, in reverse order. */
export function presentationOnlyB(members: Member[] = BASE): Record<string, SpecEntry>[] {
  return members.map((m, i) => typedInB(m, i)).reverse();
}
