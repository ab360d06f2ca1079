/**
 * A false-positive hunt: member lists (and one organisation list) holding data that is valid but unusual — the
 * very old and the just-18, leap days and month ends, probation ending on the as-of date, ethnic-minority names
 * and the spellings offices use for ethnic groups and religions, every mobile prefix and new area codes, every
 * province code in the ID, addresses after 1 July 2025 (wards named after merged provinces, centrally-run cities),
 * statuses, words for "none" — laid out as commune offices make them. Clean rows must give no finding; where a
 * finding is due, it says what and offers the fix. All people and numbers are synthetic.
 */
import ExcelJS from 'exceljs';
import { checkBook, d, findingsOn, putRow, type Checked } from './support';

type V = ExcelJS.CellValue;
function id(prov: string, year: number, female: boolean, serial: number): string {
  const g = (year >= 2000 ? 2 : 0) + (female ? 1 : 0);
  return `${prov}${g}${String(year % 100).padStart(2, '0')}${String(serial).padStart(6, '0')}`;
}
const H = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Dân tộc', 'Tôn giáo', 'Quê quán', 'Nơi ở hiện nay', 'Số CCCD', 'Số điện thoại', 'Ngày vào Đảng', 'Ngày chính thức', 'Số thẻ đảng viên', 'Số lý lịch', 'Chi bộ', 'Loại đảng viên'];
interface P { name: string; f?: boolean; birth: Date; adm: Date; off?: V; eth?: V; rel?: V; home?: V; addr?: V; idv?: V; phone?: V; card?: V; rec?: V; type?: V; prov?: string; branch?: V; birthText?: string }
function sheet(wb: ExcelJS.Workbook, name: string, ps: P[]): void {
  const ws = wb.addWorksheet(name);
  putRow(ws, 1, ['ĐẢNG BỘ XÃ EA TIÊU']);
  putRow(ws, 2, ['DANH SÁCH ĐẢNG VIÊN']);
  putRow(ws, 4, H);
  ps.forEach((p, i) => {
    const off = p.off === undefined ? d(p.adm.getUTCFullYear() + 1, p.adm.getUTCMonth() + 1, p.adm.getUTCDate()) : p.off;
    putRow(ws, 5 + i, [i + 1, p.name, p.f ? 'Nữ' : 'Nam', p.birthText ?? p.birth, p.eth ?? 'Kinh', p.rel ?? 'Không', p.home ?? 'xã Hòa Thắng, huyện Buôn Đôn, tỉnh Đắk Lắk', p.addr ?? 'Thôn 2, xã Ea Tiêu, tỉnh Đắk Lắk', p.idv ?? id(p.prov ?? '066', p.birth.getUTCFullYear(), !!p.f, 100 + i), p.phone ?? `09${String(12000000 + i * 7)}`, p.adm, off ?? undefined, p.card === '' ? undefined : p.card ?? String(10000000 + i * 13), p.rec ?? `${String(100000 + i)}DL`, p.branch ?? 'Chi bộ Thôn 2', p.type ?? (off ? 'Chính thức' : 'Dự bị')]);
  });
}
const BOOKS: Record<string, (wb: ExcelJS.Workbook) => void> = {};
BOOKS.dates = (wb) => sheet(wb, 'DV', [
  { name: 'Nguyễn Văn Cả', birth: d(1925, 1, 1), adm: d(1945, 8, 19), off: d(1946, 2, 19) },
  { name: 'Trần Thị Tư', f: true, birth: d(1930, 12, 31), adm: d(1950, 2, 3), off: d(1950, 8, 3) },
  { name: 'Lê Văn Hai', birth: d(1940, 2, 29), adm: d(1960, 12, 31), off: d(1961, 6, 30) },
  { name: 'Phạm Văn Ba', birth: d(1941, 6, 30), adm: d(1961, 1, 1), off: d(1962, 1, 1) },
  { name: 'Hoàng Văn Bảy', birth: d(1945, 9, 2), adm: d(1965, 5, 19), off: d(1966, 5, 19) },
  { name: 'Vũ Thị Tám', f: true, birth: d(2007, 6, 1), adm: d(2025, 6, 1), off: null },
  { name: 'Đặng Văn Chín', birth: d(2007, 12, 30), adm: d(2025, 12, 30), off: null },
  { name: 'Bùi Văn Mười', birth: d(1988, 2, 29), adm: d(2012, 2, 29), off: d(2013, 2, 28) },
  { name: 'Đỗ Văn Một', birth: d(1988, 2, 29), adm: d(2012, 2, 29), off: d(2013, 3, 1) },
  { name: 'Ngô Văn Năm', birth: d(1990, 1, 31), adm: d(2015, 1, 31), off: d(2016, 1, 31) },
  { name: 'Dương Văn Sáu', birth: d(1990, 1, 31), adm: d(2015, 8, 31), off: d(2016, 8, 31) },
  { name: 'Lý Văn Tý', birth: d(1992, 3, 31), adm: d(2020, 3, 31), off: d(2021, 4, 5) },
  { name: 'Mai Văn Sửu', birth: d(1992, 5, 31), adm: d(2024, 12, 30), off: d(2025, 12, 30) },
  { name: 'Cao Văn Dần', birth: d(1965, 12, 30), adm: d(2025, 12, 29), off: null },
  { name: 'Hồ Thị Mão', f: true, birth: d(1965, 1, 10), adm: d(2024, 12, 31), off: null },
  { name: 'Tạ Văn Thìn', birth: d(2000, 1, 1), adm: d(2018, 1, 1), off: d(2019, 1, 1) },
  { name: 'Lò Thị Tỵ', f: true, birth: d(2001, 2, 28), adm: d(2019, 3, 1), off: d(2020, 3, 1) },
]);
BOOKS.names = (wb) => sheet(wb, 'DV', [
  { name: "Ksor H'Ben", f: true, birth: d(1985, 1, 1), adm: d(2010, 1, 1), eth: 'Gia Rai', rel: 'Tin Lành', prov: '064' },
  { name: 'Rơ Châm Y Ngọc', birth: d(1985, 1, 2), adm: d(2010, 1, 2), eth: 'Gia Rai', prov: '064' },
  { name: 'Nay Y Blim', birth: d(1985, 1, 3), adm: d(2010, 1, 3), eth: 'Ê-đê' },
  { name: 'Y Ngông Niê Kđăm', birth: d(1985, 1, 4), adm: d(2010, 1, 4), eth: 'Êđê' },
  { name: "H'Hen Niê", f: true, birth: d(1985, 1, 5), adm: d(2010, 1, 5), eth: 'Ê Đê' },
  { name: 'H’Hen Êban', f: true, birth: d(1985, 1, 6), adm: d(2010, 1, 6), eth: 'Ê đê' },
  { name: 'Hʼ Linh Niê', f: true, birth: d(1985, 1, 7), adm: d(2010, 1, 7), eth: 'Ê đê' },
  { name: 'Hoàng A Páo', birth: d(1985, 1, 8), adm: d(2010, 1, 8), eth: 'Mông', prov: '002' },
  { name: 'Lò Văn Giàng', birth: d(1985, 1, 9), adm: d(2010, 1, 9), eth: 'Thái', prov: '014' },
  { name: 'Thào A Sùng', birth: d(1985, 1, 10), adm: d(2010, 1, 10), eth: 'Hmông', prov: '011' },
  { name: 'Đinh Thị Hơ Nai', f: true, birth: d(1985, 1, 11), adm: d(2010, 1, 11), eth: 'Ba Na', prov: '052' },
  { name: 'Danh Sơn', birth: d(1985, 1, 12), adm: d(2010, 1, 12), eth: 'Khơ-me', rel: 'Phật giáo', prov: '091' },
  { name: 'Thạch Thị Sa Ri', f: true, birth: d(1985, 1, 13), adm: d(2010, 1, 13), eth: 'Khmer', rel: 'Phật giáo', prov: '084' },
  { name: 'Lý Tý', birth: d(1985, 1, 14), adm: d(2010, 1, 14), eth: 'Hoa', prov: '079' },
  { name: 'Tôn Nữ Thị Thanh Hương Giang', f: true, birth: d(1985, 1, 15), adm: d(2010, 1, 15), prov: '046' },
  { name: "Y Đhăm Ê Ban", birth: d(1985, 1, 16), adm: d(2010, 1, 16), eth: 'Ê-đê' },
  { name: "Kpă Y Lan", f: true, birth: d(1985, 1, 17), adm: d(2010, 1, 17), eth: 'Gia-rai', prov: '064' },
  { name: "Rah Lan Chung", birth: d(1985, 1, 18), adm: d(2010, 1, 18), eth: 'Jrai', prov: '064' },
  { name: "Kơ Sor H'Nhung", f: true, birth: d(1985, 1, 19), adm: d(2010, 1, 19), eth: 'Gia Rai', prov: '064' },
  { name: "Nông Thị Ngọc", f: true, birth: d(1985, 1, 20), adm: d(2010, 1, 20), eth: 'Tày', prov: '004' },
  { name: "Sầm Văn Pỏn", birth: d(1985, 1, 21), adm: d(2010, 1, 21), eth: 'Nùng', prov: '020' },
  { name: "Triệu Tài Vần", birth: d(1985, 1, 22), adm: d(2010, 1, 22), eth: 'Dao', prov: '010' },
  { name: "Lâm Văn Nhì", birth: d(1985, 1, 23), adm: d(2010, 1, 23), eth: 'Sán Dìu', prov: '019' },
  { name: "Thuận Thị Sa", f: true, birth: d(1985, 1, 24), adm: d(2010, 1, 24), eth: 'Chăm', rel: 'Bà-la-môn', prov: '058' },
  { name: "Quảng Đại Tiến", birth: d(1985, 1, 25), adm: d(2010, 1, 25), eth: 'Chăm (Chàm)', rel: 'Hồi giáo', prov: '058' },
  { name: "Bùi Văn Thường", birth: d(1985, 1, 26), adm: d(2010, 1, 26), eth: 'Mường', prov: '017' },
  { name: "A Lưu", birth: d(1985, 1, 27), adm: d(2010, 1, 27), eth: 'Xơ Đăng', prov: '062' },
  { name: "Y Blông", birth: d(1985, 1, 28), adm: d(2010, 1, 28), eth: 'Ba na', prov: '062' },
  { name: "K'Brăn", birth: d(1985, 2, 1), adm: d(2010, 2, 1), eth: "K'Ho", prov: '068' },
  { name: "Điểu Thị Hường", f: true, birth: d(1985, 2, 2), adm: d(2010, 2, 2), eth: 'Xtiêng', prov: '070' },
  { name: "Hồ Văn Ka Rết", birth: d(1985, 2, 3), adm: d(2010, 2, 3), eth: 'Bru-Vân Kiều', prov: '045' },
  { name: "Alăng Thị Mai", f: true, birth: d(1985, 2, 4), adm: d(2010, 2, 4), eth: 'Cơ Tu', prov: '049' },
  { name: "Mấu Thị Bích", f: true, birth: d(1985, 2, 5), adm: d(2010, 2, 5), eth: 'Raglai', prov: '058' },
]);

const PREFIXES = ['032','033','034','035','036','037','038','039','052','056','058','059','070','076','077','078','079','081','082','083','084','085','086','087','088','089','090','091','092','093','094','096','097','098','099'];
const PHONES: V[] = [...PREFIXES.map((p, i) => `${p}${String(1234567 + i)}`), '02223 812 345', '0236 3812 345', '0292.3812.345', '028 3812 3456', '024.3812.3456', '+84 912 345 678', '+84 (0) 987 654 321', '(+84) 868 123 456', '0084 912 345 679', '84 912 345 680', '0912-345-681', '(024) 3812 3457', '+84 24 3812 3458', '0203 3812 345', '0299 3812 345'];
BOOKS.phones = (wb) => sheet(wb, 'DV', PHONES.map((ph, i) => ({ name: `Nguyễn Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh','Long','Minh'][i % 10]} ${['Anh','Bảo','Chí','Đạt','Em','Phú'][Math.floor(i / 10)]}`, birth: d(1950 + (i % 30), 1 + (i % 12), 1 + i % 28), adm: d(2005, 1 + (i % 12), 1 + i % 28), phone: ph })));
const CODES = ['001','002','004','006','008','010','011','012','014','015','017','019','020','022','024','025','026','027','030','031','033','034','035','036','037','038','040','042','044','045','046','048','049','051','052','054','056','058','060','062','064','066','067','068','070','072','074','075','077','079','080','082','083','084','086','087','089','091','092','093','094','095','096'];
BOOKS.ids = (wb) => sheet(wb, 'DV', CODES.map((code, i) => {
  const year = [1935, 1949, 1950, 1999, 2000, 2001, 2005, 2007][i % 8];
  const f = i % 2 === 1;
  return { name: `${['Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi'][i % 7]} ${f ? 'Thị' : 'Văn'} ${['An','Bình','Cúc','Dung','Giang','Hà','Hạnh','Khuê','Lan'][i % 9]}`, f, birth: d(year, 1 + (i % 12), 28), adm: d(Math.max(year + 20, 1961), 3, 3), off: d(Math.max(year + 20, 1961) + 1, 3, 3), prov: code };
}).map((p) => (p.birth.getUTCFullYear() >= 2000 ? { ...p, adm: d(2025, 12, 29), off: null } : p)));
const ADDRS: V[] = [
  'Thôn 3, xã Ea Tiêu, tỉnh Đắk Lắk', 'phường Hồng Bàng, thành phố Hải Phòng', 'Số 12 Lê Lợi, phường Thuận Hóa, thành phố Huế',
  'Tổ 5, phường Hà Giang 1, tỉnh Tuyên Quang', 'Tổ 2, phường Yên Bái, tỉnh Lào Cai', 'phường Bắc Kạn, tỉnh Thái Nguyên',
  'Tổ 7, phường Hòa Bình, tỉnh Phú Thọ', 'phường Thái Bình, tỉnh Hưng Yên', 'phường Hải Dương, thành phố Hải Phòng',
  'phường Nam Định, tỉnh Ninh Bình', 'phường Đồng Hới, tỉnh Quảng Trị', 'phường Kon Tum, tỉnh Quảng Ngãi',
  'phường Bến Tre, tỉnh Vĩnh Long', 'phường Trà Vinh, tỉnh Vĩnh Long', 'phường Sóc Trăng, thành phố Cần Thơ',
  'phường Bạc Liêu, tỉnh Cà Mau', 'đặc khu Phú Quốc, tỉnh An Giang', 'đặc khu Côn Đảo, thành phố Hồ Chí Minh',
  'Số 5 đường Quận Công, phường Sài Gòn, TP. Hồ Chí Minh', 'Ấp 3, xã Long Hựu, tỉnh Tây Ninh', 'Khóm 4, phường Vị Thanh, thành phố Cần Thơ',
  'Bản Na Hú, xã Mường Nhé, tỉnh Điện Biên', 'Buôn Ko Sia, xã Ea Kao, tỉnh Đắk Lắk', 'Làng Ia Mơ, xã Ia Pia, tỉnh Gia Lai',
  'Tổ dân phố 3, phường Thủ Dầu Một, Thành phố Hồ Chí Minh', 'xã Quan Sơn, tỉnh Thanh Hóa', 'Xóm 2, xã Thạch Hà, tỉnh Hà Tĩnh',
  'Số 1 ngõ 2 phố Huế, phường Hai Bà Trưng, thành phố Hà Nội', 'phường Vũng Tàu, TP.HCM', 'Thôn Quận, xã Yên Lạc, tỉnh Phú Thọ',
  'phường Hội An, thành phố Đà Nẵng', 'phường Tam Kỳ, Tp. Đà Nẵng', 'xã Bình Dương, tỉnh Gia Lai', 'phường Long An, tỉnh Tây Ninh',
  'xã Tiền Giang, tỉnh Đồng Tháp', 'Ấp Tân Hưng, xã Vị Thủy, thành phố Cần Thơ',
  'Khu phố 1, phường Phan Thiết, tỉnh Lâm Đồng', 'phường Quảng Ngãi, tỉnh Quảng Ngãi', 'Tổ 1, phường Tây Ninh, tỉnh Tây Ninh',
  'phường Quy Nhơn, tỉnh Gia Lai', 'Thôn Huyện, xã Đông Sơn, tỉnh Thanh Hóa', 'xã Thanh Hóa, tỉnh Quảng Trị',
  // the last two are out of date: the rules still see them
  'xã Gia Hòa, huyện Gia Viễn, tỉnh Ninh Bình', 'Thôn 1, xã Gia Hòa, tỉnh Nam Định',
];
BOOKS.addresses = (wb) => sheet(wb, 'DV', ADDRS.map((a, i) => ({ name: `Nguyễn Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh','Long','Minh'][i % 10]} ${['Anh','Bảo','Chí','Đạt','Em','Phú'][Math.floor(i / 10)]}`, birth: d(1950 + (i % 30), 1 + (i % 12), 1 + i % 28), adm: d(2005, 1 + (i % 12), 1 + i % 28), addr: a, home: i % 3 ? 'xã Yên Phong, huyện Ý Yên, tỉnh Nam Định' : 'Quảng Nam' })));
const CARDS: [V, V, V][] = [
  ['12345678', '123456DL', 'Chính thức'], [12345679, '012345HN', 'chính thức'], ['01234567', '001234ĐN', 'Đảng viên chính thức'],
  ['23456789', '123457B', 'ĐV chính thức'], ['23456790', '123458HCM', 'CT'], ['23456791', '123459 HN', 'Chính Thức'],
  ['23456792', '123460-HN', 'Chính thức'], [null, '123461QN', 'Dự bị'], [null, '123462QN', 'dự bị'], [null, '123463QN', 'Đảng viên dự bị'],
  [null, '123464QN', 'DB'], ['23456793', '123465đl', 'Chính thức'], ['23456794', '123466TW', 'CHÍNH THỨC'], [null, '123467QN', 'DỰ BỊ'],
];
BOOKS.cards = (wb) => sheet(wb, 'DV', CARDS.map(([card, rec, type], i) => ({ name: `Lê Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh','Long','Minh','Nam','Oanh','Phú','Quý'][i]}`, birth: d(1990, 1 + i % 12, 5), adm: String(type).toLowerCase().includes('b') ? d(2025, 3, 5) : d(2015, 1 + i % 12, 5), off: String(type).toLowerCase().includes('b') ? null : undefined, card: card ?? '', rec, type })));

/** Accepted as written: the list's spellings and the usual ones (any apostrophe), Bahnar for Ba Na. */
const ETH: V[] = ['Ê-đê', 'Êđê', 'Ê Đê', 'Ba Na', 'Bahnar', 'Mông', "H'Mông", 'Hmông', 'HʼMông', 'H’Mông', 'Khơ-me', 'Khmer', 'Khơ Me', 'Mường', 'Tày', 'Nùng', 'Thái', 'Dao', 'Sán Dìu', 'Chăm', 'Hoa', 'Jrai', 'K’Ho', 'KʼHo', 'Cơ Ho', "M'Nông", 'MʼNông', 'Mnông', 'X’Tiêng', 'Stiêng', 'Cơ Tu', 'Tà Ôi', 'Sán Chay', 'Pà Thẻn', 'Lô Lô', 'Hà Nhì', 'Hrê', 'H’rê', 'Kinh'];
const REL: V[] = ['Không', 'Phật giáo', 'Công giáo', 'Tin Lành', 'Cao Đài', 'Hòa Hảo', 'Phật giáo Hòa Hảo', 'Phật giáo Hoà Hảo', 'Hồi giáo', 'Thiên Chúa giáo', 'Bà La Môn', 'Tứ Ân Hiếu Nghĩa', 'Bửu Sơn Kỳ Hương'];
/** Other spellings: each gets value-not-in-list with the list's value to use. */
const VARIANTS: [string, string, V][] = [
  ['Dân tộc', 'Ê Đê', 'Ê-Đê'], ['Dân tộc', 'Ba Na', 'Ba-Na'], ['Dân tộc', 'Gia Rai', 'Gia-Rai'], ['Dân tộc', 'Khơ Me', 'Khơ-Me'],
  ['Dân tộc', 'Sán Chay', 'Cao Lan'], ['Dân tộc', 'Sán Chay', 'Sán Chỉ'], ['Dân tộc', 'Chăm', 'Chàm'], ['Dân tộc', 'Bru Vân Kiều', 'Bru - Vân Kiều'],
  ['Tôn giáo', 'Tin Lành', 'Tin lành'], ['Tôn giáo', 'Cao Đài', 'Cao đài'], ['Tôn giáo', 'Phật giáo', 'Phật Giáo'], ['Tôn giáo', 'Phật giáo', 'Đạo Phật'],
  ['Tôn giáo', 'Hồi giáo', 'Islam'], ['Tôn giáo', 'Phật giáo', 'Phật giáo Nam tông Khmer'],
];
const LIST_NAMES = ['An', 'Bình', 'Cường', 'Dũng', 'Giang', 'Hải', 'Hùng', 'Khánh', 'Long', 'Minh'];
BOOKS.lists = (wb) => sheet(wb, 'DV', [
  ...ETH.map((e, i) => ({ eth: e, rel: REL[i % REL.length] })),
  ...VARIANTS.map(([h, , v]) => (h === 'Dân tộc' ? { eth: v } : { rel: v })),
].map((p, i) => ({ ...p, name: `Phạm Văn ${LIST_NAMES[i % 10]} ${['Anh','Bảo','Chí','Đạt','Em','Phú'][Math.floor(i / 10)]}`, birth: d(1960 + (i % 30), 1 + (i % 12), 1 + i % 28), adm: d(2010, 1 + (i % 12), 1 + i % 28) })));
BOOKS.textDates = (wb) => sheet(wb, 'DV', [
  ['29/02/1988', '29/02/2012', '28/02/2013'], ['31/12/1960', '31/12/1990', '31/12/1991'], ['01/01/1930', '19/05/1950', '19/11/1950'],
  ['30/06/1975', '29/02/2024', '28/02/2025'], ['15/08/1980', '30/12/2024', ''], ['31/01/2007', '31/01/2025', ''],
  ['30/12/2007', '30/12/2025', ''], ['28/02/2007', '28/02/2025', ''],
  // admitted 12 months and a day before the as-of date, still "Dự bị": overdue
  ['15/08/1981', '29/12/2024', ''],
].map(([b, a, o], i) => ({ birthText: b, name: `Vũ Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh','Long'][i]}`, birth: d(+b.slice(6), +b.slice(3, 5), +b.slice(0, 2)), adm: a as unknown as Date, off: o || null, type: o ? 'Chính thức' : 'Dự bị' }))); // birth text below

const ORG_ROWS: V[][] = [
  ['Đảng bộ xã Ea Tiêu', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Đắk Lắk', 'Thành lập mới'],
  ['Chi bộ Buôn Ko Sia', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Buôn Kŏ Êmông', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đổi tên'],
  ['Chi bộ Thôn 1', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Thôn 10', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Sáp nhập'],
  ['Chi bộ thôn Hoà Bình', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Thôn 2A', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Thôn 2B', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Khối cơ quan Đảng - Mặt trận - Đoàn thể', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Trường Mầm non Hoa Sen', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
  ['Chi bộ Buôn Ea Tiêu', 'Chi bộ cơ sở', 'Đảng bộ xã Ea Tiêu', 'Đang hoạt động'],
];
const ORG_MEMBERS: [string, string][] = [
  ['Chi bộ Buôn Ko Sia', "Y Bhim Niê"], ['Buôn Ko Sia', "H'Lim Êban"], ['CB buôn Ko Sia', "Y Kông Ayun"],
  ['Chi bộ Buôn Kŏ Êmông', 'Y Phun Mlô'], ['Buôn Kŏ Êmông', "H’Nhi Mlô"], ['Chi bộ buôn Kŏ Êmông', 'Y Dhơk Ksơr'],
  ['Chi bộ Thôn 1', 'Nguyễn Văn Một'], ['Thôn 1', 'Nguyễn Văn Hai'], ['Chi bộ Thôn 01', 'Nguyễn Văn Ba'],
  ['Chi bộ Thôn 10', 'Trần Văn Một'], ['Thôn 10', 'Trần Văn Hai'], ['Chi bộ thôn 10', 'Trần Văn Ba'],
  ['Chi bộ thôn Hòa Bình', 'Lê Văn Một'], ['Thôn Hoà Bình', 'Lê Văn Hai'], ['Chi bộ Thôn Hoà Bình', 'Lê Văn Ba'],
  ['Chi bộ Thôn 2A', 'Phạm Văn Một'], ['Thôn 2A', 'Phạm Văn Hai'], ['Chi bộ thôn 2a', 'Phạm Văn Ba'],
  ['Chi bộ Thôn 2B', 'Phạm Văn Bốn'], ['Thôn 2B', 'Phạm Văn Năm'], ['Chi bộ Thôn 2B', 'Phạm Văn Sáu'],
  ['Chi bộ Khối cơ quan Đảng - Mặt trận - Đoàn thể', 'Vũ Văn Một'], ['Khối cơ quan Đảng, Mặt trận, Đoàn thể', 'Vũ Văn Hai'], ['CB Khối cơ quan Đảng - Mặt trận - Đoàn thể', 'Vũ Văn Ba'],
  ['Chi bộ Trường Mầm non Hoa Sen', 'Đỗ Thị Một'], ['Trường MN Hoa Sen', 'Đỗ Thị Hai'], ['Chi bộ Trường Mầm non Hoa Sen', 'Đỗ Thị Ba'],
  ['Chi bộ Buôn Ea Tiêu', 'Y Một Niê'], ['Buôn Ea Tiêu', 'Y Hai Niê'], ['Chi bộ buôn Ea Tiêu', 'Y Ba Niê'],
];
BOOKS.orgs = (wb) => {
  const ws = wb.addWorksheet('Tổ chức');
  putRow(ws, 1, ['DANH SÁCH TỔ CHỨC ĐẢNG']);
  putRow(ws, 3, ['STT', 'Tên tổ chức đảng', 'Loại hình', 'Trực thuộc', 'Trạng thái']);
  ORG_ROWS.forEach((r, i) => putRow(ws, 4 + i, [i + 1, ...r]));
  sheet(wb, 'Đảng viên', ORG_MEMBERS.map(([branch, name], i) => ({ name, f: name.includes('Thị') || name.startsWith('H'), birth: d(1960 + i, 1 + (i % 12), 10), adm: d(1990 + i, 2, 3), branch })));
};

function plain(wb: ExcelJS.Workbook, name: string, header: string[], rows: V[][]): void {
  const ws = wb.addWorksheet(name);
  putRow(ws, 1, ['ĐẢNG BỘ PHƯỜNG HỒNG BÀNG']);
  putRow(ws, 3, header);
  rows.forEach((r, i) => putRow(ws, 4 + i, [i + 1, ...r]));
}
const MISC: [V, V, V, V][] = [
  ['nguyenvana@gmail.com', '12/12', 'Sơ cấp', 'Bí thư chi bộ'], ['a.b-c@haiphong.gov.vn', '10/10', 'Trung cấp', 'Phó Bí thư'],
  ['tran_thi+1@yahoo.com.vn', '7/10', 'Cao cấp', 'Chi ủy viên'], ['NguyenVanB@Gmail.com', '9/12', 'Cử nhân', 'Đảng viên'],
  ['le.van.c@hp.edu.vn', '12/12 BTVH', 'Chưa qua đào tạo', 'Trưởng thôn'], ['phamvand1990@outlook.com', '12/12 (bổ túc)', 'Không', ''],
  ['x@y.vn', '12/12', 'Sơ cấp LLCT', ''], ['', '4/10', 'sơ cấp', ''], ['', '9/9', 'Trung cấp LLCT', ''], ['', 'Lớp 12/12', 'Cử nhân chính trị', ''],
];
BOOKS.misc = (wb) => plain(wb, 'DV', ['STT', 'Họ và tên', 'Nam/Nữ', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Email', 'Trình độ GDPT', 'Lý luận chính trị', 'Chức vụ'],
  MISC.map((m, i) => [`Hoàng Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh','Long','Minh'][i]}`, 'Nam', d(1970 + i, 5, 5), id('031', 1970 + i, false, 500 + i), d(2000 + i, 6, 6), d(2001 + i, 6, 6), 'Chi bộ Tổ dân phố 1', ...m]));
const UPPER: [string, boolean][] = [['KSOR H\'BEN', true], ['HʼHEN NIÊ', true], ['Y NGÔNG NIÊ KĐĂM', false], ['NGUYỄN THỊ THUÝ', true], ['TÔN NỮ THỊ THANH HƯƠNG GIANG', true], ['LÝ TÝ', false], ['H’LINH ÊBAN', true], ['THẠCH THỊ SA RI', true], ['NGUYỄN VĂN A', false], ['ĐINH Y', false]];
BOOKS.upper = (wb) => plain(wb, 'DV', ['STT', 'HỌ VÀ TÊN', 'GIỚI TÍNH', 'NGÀY SINH', 'SỐ CCCD', 'NGÀY VÀO ĐẢNG', 'NGÀY CHÍNH THỨC', 'CHI BỘ'],
  UPPER.map(([n, f], i) => [n, f ? 'Nữ' : 'Nam', d(1970 + i, 5, 5), id('066', 1970 + i, f, 600 + i), d(2000 + i, 6, 6), d(2001 + i, 6, 6), 'Chi bộ Buôn Ea Tiêu']));

const STATUS: [V, Date, Date, V, V][] = [
  ['Từ trần', d(1910, 3, 3), d(1930, 2, 3), d(1930, 8, 3), 'Chính thức'], ['Đã từ trần (2019)', d(1912, 3, 3), d(1935, 2, 3), d(1935, 9, 3), 'Chính thức'],
  ['Miễn sinh hoạt', d(1930, 3, 3), d(1955, 2, 3), d(1956, 2, 3), 'Chính thức'], ['Đang sinh hoạt', d(1990, 3, 3), d(2015, 2, 3), d(2016, 2, 3), 'Chính thức'],
  ['Chuyển đi', d(1990, 3, 4), d(2023, 2, 3), null, 'Dự bị'], ['Chuyển sinh hoạt tạm thời', d(1990, 3, 5), d(2025, 2, 3), null, 'Dự bị'],
  ['Đã chuyển chính thức', d(1990, 3, 6), d(2015, 2, 3), d(2016, 2, 3), 'Chính thức'], ['Hy sinh', d(1920, 3, 7), d(1945, 2, 3), d(1945, 8, 3), 'Chính thức'],
  ['Từ trần', d(1995, 3, 8), d(2024, 2, 3), null, 'Dự bị'],
];
BOOKS.status = (wb) => plain(wb, 'DV', ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ', 'Tình trạng', 'Loại đảng viên', 'Số thẻ đảng viên'],
  STATUS.map(([st, b, a, o, t], i) => [`Đào Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh','Long'][i]}`, 'Nam', b, id('033', b.getUTCFullYear(), false, 800 + i), a, o, 'Chi bộ Thôn 1', st, t, o ? String(30000000 + i) : undefined]));
BOOKS.leap = (wb) => sheet(wb, 'DV', [
  { name: 'Kha Văn Nhuận', birth: d(2004, 2, 29), adm: d(2022, 2, 28), off: d(2023, 2, 28) },
  { name: 'Kha Văn Nhuận Hai', birth: d(2004, 2, 29), adm: d(2022, 3, 1), off: d(2023, 3, 1) },
  { name: 'Kha Thị Cuối', f: true, birth: d(2005, 8, 31), adm: d(2023, 8, 31), off: d(2024, 8, 31) },
  { name: 'Kha Thị Cuối Hai', f: true, birth: d(1985, 3, 31), adm: d(2024, 3, 31), off: d(2025, 3, 31) },
  { name: 'Kha Văn Tháng', birth: d(1985, 5, 31), adm: d(2023, 5, 31), off: d(2024, 5, 31) },
  { name: 'Kha Văn Sáu Mươi', birth: d(1965, 12, 31), adm: d(2025, 12, 30), off: null },
  { name: 'Kha Văn Tuần', birth: d(1985, 1, 2), adm: d(2020, 1, 2), off: d(2021, 1, 9) },
  { name: 'Kha Văn Sớm', birth: d(1940, 1, 2), adm: d(1960, 12, 20), off: d(1961, 12, 20) },
]);

const HEADERS2 = ['TT', 'Họ tên đảng viên', 'Nam/Nữ', 'Ngày, tháng, năm sinh', 'Số CMND/CCCD', 'Ngày kết nạp vào Đảng', 'Ngày được công nhận đảng viên chính thức', 'Số thẻ Đảng', 'Số LL', 'Thuộc chi bộ', 'Điện thoại liên hệ', 'Nơi ở hiện tại', 'Nơi sinh', 'Quê quán', 'Dân tộc', 'Tôn giáo', 'Ghi chú'];
BOOKS.headers = (wb) => plain(wb, 'DV', HEADERS2, Array.from({ length: 8 }, (_, i) => [`Lưu Văn ${['An','Bình','Cường','Dũng','Giang','Hải','Hùng','Khánh'][i]}`, 'Nam', d(1970 + i, 5, 5), id('031', 1970 + i, false, 900 + i), d(2000 + i, 6, 6), d(2001 + i, 6, 6), String(40000000 + i), `${200000 + i}HP`, 'Chi bộ Tổ dân phố 1', `09${12345000 + i}`, 'Tổ 1, phường Hồng Bàng, thành phố Hải Phòng', 'huyện Tiên Lãng, tỉnh Hải Phòng', 'xã Tiên Minh, huyện Tiên Lãng, Hải Phòng', 'Kinh', 'Không', i === 0 ? 'Chuyển đến từ Đảng bộ phường Lê Chân' : '']));


const LATIN1 = ['Ngô Thành Tâm', 'Lê Thái Hà', 'Hà Thúy Tiên', 'Mã Thái Hoà', 'Tô Hà Châu', 'Lê Kiên Tâm', 'Tào Thái Lê', 'Châu Thành Tâm', 'Lâm Thúy Hà', 'Lê Tô Mì', 'Hà Trà My', 'Lê Ý Nhi', 'Tô Thì Mâu', 'Kiên Hà Lê', 'Châu Ái Mê'];
BOOKS.latin1 = (wb) => sheet(wb, 'DV', LATIN1.map((n, i) => ({ name: n, f: /Thúy|Ý|Mì|My|Nhi|Mê|Hà$/.test(n), birth: d(1970 + i, 2, 2), adm: d(2000 + i, 3, 3), addr: ['Tân Hà, Châu Thành, Tây Ninh', 'Ấp Mỹ Hà, xã Châu Thành, tỉnh An Giang', 'Thôn Tân Lê, xã Hà Lâm, tỉnh Lâm Đồng'][i % 3], home: 'Châu Thành, Tây Ninh' })));

const UPPER_L1 = ['HOÀNG THÚY HÀ', 'TÔ HOÀI TÂM', 'MÃ THÁI HOÀ', 'LÊ HOÀNG TÂM', 'CHÂU HOÀI AN', 'HOÀNG KHOÁ', 'ĐOÀN THÀNH TÂM', 'LÊ TOÁN', 'HOÀNG LÊ', 'HÀ KHOÁI', 'NGÔ THÚY HOÀ', 'TÔ THÀNH HOÀI'];
BOOKS.upperLatin1 = (wb) => plain(wb, 'DV', ['STT', 'HỌ VÀ TÊN', 'GIỚI TÍNH', 'NGÀY SINH', 'SỐ CCCD', 'NGÀY VÀO ĐẢNG', 'NGÀY CHÍNH THỨC', 'CHI BỘ', 'QUÊ QUÁN', 'NƠI Ở HIỆN NAY'],
  UPPER_L1.map((n, i) => [n, 'Nam', d(1970 + i, 5, 5), id('038', 1970 + i, false, 600 + i), d(2000 + i, 6, 6), d(2001 + i, 6, 6), 'CHI BỘ THÔN HOÀNG HÀ', 'THÀNH HOÁ', 'THÔN TÂN HOÀ, XÃ HOÀNG HOÁ, TỈNH THANH HOÁ']));

const NONE: [V, V, V, V][] = [['Không có', 'Chưa có', '-', 'Không'], ['Chưa cấp', '—', 'Không có', ''], ['-', 'Chưa có thẻ', 'không', 'Ko có'], ['Đang làm thẻ', '', '', 'chưa có'], ['', 'Không', 'Không có email', '0']];
BOOKS.none = (wb) => plain(wb, 'DV', ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Loại đảng viên', 'Chi bộ', 'Số thẻ đảng viên', 'Số điện thoại', 'Email', 'Ghi chú'],
  NONE.map(([card, phone, email, note], i) => [`Khổng Văn ${['An','Bình','Cường','Dũng','Giang'][i]}`, 'Nam', d(1990 + i, 5, 5), id('019', 1990 + i, false, 990 + i), d(2025, 6, 6), '', 'Dự bị', 'Chi bộ Thôn 1', card, phone, email, note]));


async function check(name: string): Promise<Checked> {
  const wb = new ExcelJS.Workbook();
  BOOKS[name](wb);
  return checkBook(wb, `unusual-${name}.xlsx`);
}

/** The sheets a book's rows were read from: every column found, every row read. */
function tablesOf(c: Checked): string[] {
  return c.result.tables.map((t) => `${t.sheet}:${t.kind}:${t.dataRows.length}`);
}

describe('valid but unusual member data gives no finding', () => {
  it.each([
    ['dates', 'the very old (born 1925, admitted 1945), admissions before 1961, the just-18, leap days, month ends, probation ending on the as-of date'],
    ['names', "ethnic-minority names (Ksor H'Ben, Y Ngông Niê Kđăm, Hʼ Linh Niê, K'Brăn), two-word and six-word names"],
    ['phones', 'every mobile prefix, landlines with the new area codes, +84 and 0084 forms'],
    ['ids', 'every province code, men and women born in the 1900s and 2000s'],
    ['upper', 'a list in UPPER CASE, minority names with the three apostrophes'],
    ['upperLatin1', 'UPPER CASE names made only of letters TCVN3/VNI text is also made of (HOÀNG, KHOÁ)'],
    ['latin1', 'Title Case names made only of Latin-1 letters'],
    ['status', 'members who died (born 1910), moved out or are exempt, kept in the list'],
    ['leap', 'born 29/02, admitted on 28/02 eighteen years later; month ends; probation a week late'],
    ['headers', 'the headers offices write (Họ tên đảng viên, Số CMND/CCCD, Ngày được công nhận đảng viên chính thức, Số LL …)'],
    ['none', 'the words for none yet: "Chưa có", "Không có email", "Đang làm thẻ" for a probationary member'],
  ])('%s: %s', async (name) => {
    const c = await check(name);
    expect(c.result.tables.length).toBeGreaterThan(0);
    expect(findingsOn(c.result, 'DV')).toEqual([]);
  });

  it('an organisation list and members naming their chi bộ every way (Buôn Kŏ Êmông, Hoà/Hòa, Thôn 1 and Thôn 10, 2A/2a, Trường MN): no finding', async () => {
    const c = await check('orgs');
    expect(tablesOf(c)).toEqual(['Tổ chức:organisations:11', `Đảng viên:members:${ORG_MEMBERS.length}`]);
    expect(c.result.findings.map((f) => `${f.sheet} ${f.rule} ${f.row}`)).toEqual([]);
  });
});

describe('valid but unusual data: where a finding is due, it is right and says how to fix', () => {
  it('addresses after 1 July 2025 (wards named after merged provinces, the six cities, đặc khu) are quiet; a district and a merged province are still seen', async () => {
    const c = await check('addresses');
    const row = (i: number) => 5 + i;
    expect(findingsOn(c.result, 'DV')).toEqual([`H${row(ADDRS.length - 2)} address-old-unit`, `H${row(ADDRS.length - 1)} address-old-province`]);
    expect(c.result.findings[1].suggestion).toBe('tỉnh Ninh Bình');
  });

  it('probation: 12 months to the day is on time; still "Dự bị" 12 months and a day after admission is overdue, naming the day they ended', async () => {
    const c = await check('dates');
    expect(findingsOn(c.result, 'DV')).toEqual([]);
    const t = await check('textDates');
    // Dates typed as text dd/mm/yyyy are accepted; the one member admitted 12 months and a day ago is overdue.
    expect(findingsOn(t.result, 'DV')).toEqual(['P13 probation-overdue']);
    expect(t.result.findings[0].message).toContain('29/12/2025');
  });

  it('list values: accepted spellings are quiet; every other spelling gets the list value to use', async () => {
    const c = await check('lists');
    const first = 5 + ETH.length;
    const got = c.result.findings.map((f) => [f.row, f.rule, f.suggestion]);
    expect(got).toEqual(VARIANTS.map(([, value], i) => [first + i, 'value-not-in-list', value]));
  });

  it('member types, card and record numbers: the list spellings and 8-digit cards (text or number) are quiet; other spellings get a suggestion', async () => {
    const c = await check('cards');
    expect(findingsOn(c.result, 'DV')).toEqual([
      'N10 record-format', 'N11 record-format', 'P10 value-not-in-list', 'P13 value-not-in-list', 'P14 value-not-in-list',
      'P15 value-not-in-list', 'P17 value-not-in-list', 'P18 value-not-in-list', 'P6 value-not-in-list', 'P7 value-not-in-list',
      'P8 value-not-in-list', 'P9 value-not-in-list',
    ]);
    expect(c.result.findings.every((f) => f.suggestion)).toBe(true);
  });

  it('emails of every shape are quiet; schooling and theory written with extra words get the list value', async () => {
    const c = await check('misc');
    expect(findingsOn(c.result, 'DV', (f) => f.rule === 'email-invalid')).toEqual([]);
    expect(c.result.findings.map((f) => f.suggestion)).toEqual(['12/12', '12/12', 'Sơ cấp', 'Sơ cấp', 'Trung cấp', '12/12', 'Cử nhân']);
  });
});
