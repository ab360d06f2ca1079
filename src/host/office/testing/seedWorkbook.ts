import { addMonths, serialFromYmd, ymdFromSerial } from '../../../core/dates';
import type { FakeExcel, FakeValue } from './FakeExcel';

/**
 * A small synthetic commune workbook for the adapter, session and browser tests: an organisation sheet and a
 * member sheet with a title above the header, real dates, IDs as text, and a handful of known faults.
 * Every name and number is invented.
 */
export const ORG_SHEET = 'Tổ chức đảng';
export const MEMBER_SHEET = 'Đảng viên';

const D = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const DATE = 'dd/mm/yyyy';

export function seedCommuneWorkbook(excel: FakeExcel) {
  const orgs: FakeValue[][] = [
    ['DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC ĐẢNG BỘ XÃ AN BÌNH'],
    [],
    ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái'],
    [1, 'Đảng bộ xã An Bình', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động'],
    [2, 'Chi bộ Thôn Đông', 'Chi bộ cơ sở', 'Đảng bộ xã An Bình', 'Đang hoạt động'],
    [3, 'Chi bộ Thôn Tây', 'Chi bộ cơ sở', 'Đảng bộ xã An Bình', 'Đang hoạt động'],
  ];
  excel.addSheet(ORG_SHEET, orgs);

  const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Số điện thoại'];
  type Row = [string, string, number, string, number, number, string, string];
  const people: Row[] = [
    ['Nguyễn Văn An', 'Nam', D(1970, 3, 12), '037070001234', D(1995, 5, 19), D(1996, 5, 19), 'Chi bộ Thôn Đông', '0912345678'],
    ['Trần Thị Bình', 'Nữ', D(1975, 7, 2), '037175002345', D(2000, 2, 3), D(2001, 2, 3), 'Chi bộ Thôn Đông', '0987654321'],
    ['Lê Văn Cường', 'nam', D(1980, 1, 20), '037080003456', D(2005, 9, 2), D(2006, 9, 2), 'Chi bộ Thôn Đông', '0903123456'],
    ['Phạm Thị Dung', 'Nữ', D(1982, 11, 30), '03718200456', D(2008, 3, 26), D(2009, 3, 26), 'Chi bộ Thôn Đông', '0976111222'],
    ['Hoàng Văn Em', 'Nam', D(1968, 4, 15), '037068005678', D(1990, 12, 22), D(1991, 12, 22), 'Chi bộ Thôn Tây', '0913555666'],
    ['Vũ Thị Giang', 'Nữ', D(1990, 6, 6), '037190006789', D(2015, 1, 9), D(2016, 1, 9), 'Chi bộ Thôn Tây', '12345'],
    ['Đặng Văn Hải', 'Nam', D(1985, 8, 8), '037085007890', D(2010, 10, 10), D(2011, 10, 10), 'Chi bộ Thôn Tây', '0934777888'],
    ['Bùi Thị Lan', 'Nữ', D(1978, 2, 14), '037178008901', D(2003, 6, 1), D(2004, 6, 1), 'Chi bộ Thôn Bắc', '0945999000'],
  ];
  const rows: FakeValue[][] = [['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ AN BÌNH'], ['(Tính đến ngày 30/12/2025)'], header];
  const formats: (string | undefined)[][] = [[], [], []];
  people.forEach((p, i) => {
    rows.push([i + 1, ...p]);
    formats.push([undefined, undefined, undefined, DATE, '@', DATE, DATE, undefined, '@']);
  });
  excel.addSheet(MEMBER_SHEET, rows, formats);
  // The user's own look, which marks must never destroy.
  excel.setFill(MEMBER_SHEET, 'A3:I3', '#D9E1F2');
  excel.setFill(MEMBER_SHEET, 'B8', '#E2EFDA');
}

/**
 * The bench's workbook: one member sheet of `rows` rows × 20 columns, about 5% of rows with one fault.
 * Deterministic (no randomness) so runs compare.
 */
export function seedLargeMemberSheet(excel: FakeExcel, rows: number, name = 'Đảng viên', branches?: readonly string[]): void {
  const header = [
    'STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Số lý lịch', 'Số thẻ đảng viên', 'Ngày vào Đảng',
    'Ngày chính thức', 'Chi bộ', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Nơi thường trú', 'Số điện thoại', 'Email',
    'Chức vụ', 'Đơn vị công tác', 'Lý luận chính trị', 'Loại đảng viên',
  ];
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
  const middle = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Quang', 'Ngọc', 'Hữu'];
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hải', 'Hương', 'Khánh', 'Lan', 'Long', 'Mai', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Thảo'];
  const data: FakeValue[][] = [['DANH SÁCH ĐẢNG VIÊN'], [], header];
  const formats: (string | undefined)[][] = [[], [], []];
  const rowFormat = [undefined, undefined, undefined, DATE, '@', '@', '@', DATE, DATE, undefined, undefined, undefined, undefined, undefined, '@'];
  for (let i = 0; i < rows; i++) {
    const female = i % 2 === 1;
    // Birth dates cycle over 50 years with a stride that never pairs the same name with the same date twice.
    const birth = D(1950, 1, 1) + ((i * 37) % 17500);
    const year = ymdFromSerial(birth).year;
    const admission = addMonths(birth, 300) + (i % 200);
    const id = `037${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`;
    const name = `${family[i % 10]} ${middle[(i >> 3) % 8]} ${given[(i * 7) % 16]}`;
    const row: FakeValue[] = [
      i + 1, name, female ? 'Nữ' : 'Nam', birth, id, `${String(100000 + (i % 900000))}ĐT`, String(10000000 + i),
      admission, addMonths(admission, 12), branches ? branches[i % branches.length] : `Chi bộ ${1 + (i % 40)}`, 'Kinh', 'Không', 'Ninh Bình', 'xã An Bình, tỉnh Ninh Bình',
      `09${String(10000000 + i).slice(0, 8)}`, '', 'Đảng viên', 'Thôn Đông', 'Sơ cấp', 'Chính thức',
    ];
    // About 5% of rows carry one fault each, spread over the sheet.
    if (i % 20 === 7) {
      const kind = (i / 20) % 4 | 0;
      if (kind === 0) row[4] = id.slice(1); // 11-digit ID
      else if (kind === 1) row[2] = 'nam nữ'; // gender
      else if (kind === 2) row[14] = '12345'; // phone
      else row[1] = `${name} 2`; // digit in a name
    }
    data.push(row);
    formats.push(rowFormat);
  }
  excel.addSheet(name, data, formats);
}
