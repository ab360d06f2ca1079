import type { Prng } from './prng';

/** Common Vietnamese name parts, for synthetic people only (no real person is described). */
const SURNAMES = [
  'Nguyễn', 'Nguyễn', 'Nguyễn', 'Trần', 'Trần', 'Lê', 'Lê', 'Phạm', 'Phạm', 'Hoàng', 'Vũ', 'Vũ', 'Đỗ', 'Bùi',
  'Đặng', 'Ngô', 'Dương', 'Đinh', 'Lương', 'Trịnh', 'Phan', 'Đoàn', 'Mai', 'Tạ', 'Hà', 'Lại', 'Cao', 'Kiều',
];
const MIDDLE_MALE = ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Xuân', 'Hữu', 'Công', 'Thanh', 'Ngọc', 'Mạnh', 'Đình', 'Trọng'];
const MIDDLE_FEMALE = ['Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Ngọc', 'Hồng', 'Minh', 'Phương', 'Kim', 'Thùy', 'Mai'];
const GIVEN_MALE = [
  'An', 'Bình', 'Cường', 'Dũng', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hòa', 'Hùng', 'Huy', 'Khánh', 'Kiên', 'Long',
  'Lâm', 'Mạnh', 'Minh', 'Nam', 'Nghĩa', 'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Thắng', 'Thành', 'Thịnh', 'Tiến',
  'Toàn', 'Trung', 'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Tư', 'Khoa', 'Lợi', 'Thuận', 'Hưng', 'Chiến',
];
const GIVEN_FEMALE = [
  'Anh', 'Bích', 'Chi', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Hồng', 'Huệ', 'Hương',
  'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'Minh', 'Nga', 'Ngọc', 'Nhung', 'Oanh', 'Phương', 'Quyên', 'Thảo', 'Thủy',
  'Thúy', 'Trang', 'Tuyết', 'Vân', 'Yến', 'Xuân', 'Thoa', 'Hường', 'Nhàn', 'Lý',
];

export function syntheticName(prng: Prng, female: boolean): string {
  const middle = female ? MIDDLE_FEMALE : MIDDLE_MALE;
  const given = female ? GIVEN_FEMALE : GIVEN_MALE;
  return `${prng.pick(SURNAMES)} ${prng.pick(middle)} ${prng.pick(given)}`;
}
