/**
 * Messages about layouts commune workbooks use: the birth date split into "Nam" | "Nữ" columns, names split
 * into "Họ đệm" | "Tên".
 */

export const birthDateBothGenders = () =>
  'Ngày sinh được ghi ở cả cột “Nam” và cột “Nữ”: chỉ ghi ngày sinh vào cột đúng giới tính của đảng viên, xóa ô còn lại.';

export const birthDateNeitherGender = () =>
  'Chưa có ngày sinh: ghi ngày sinh (dd/mm/yyyy) vào cột “Nam” hoặc cột “Nữ” theo giới tính của đảng viên.';

export const birthDateGenderDisagrees = (gender: string, column: string) =>
  `Cột “Giới tính” ghi “${gender}” nhưng ngày sinh lại ghi ở cột “${column}”. Kiểm tra lại giới tính và chuyển ngày sinh sang đúng cột.`;

export const genderBothMarked = () =>
  'Giới tính được đánh dấu ở cả cột “Nam” và cột “Nữ”: chỉ đánh dấu (x) một cột, xóa dấu ở cột còn lại.';

export const genderNotMarked = () =>
  'Chưa có giới tính: đánh dấu (x) vào cột “Nam” hoặc cột “Nữ”.';

export const typeBothMarked = () =>
  'Loại đảng viên được đánh dấu ở cả cột “Chính thức” và cột “Dự bị”: chỉ đánh dấu (x) một cột, xóa dấu ở cột còn lại.';

export const surnameMissing = () => 'Ô “Họ đệm” đang trống: ghi họ và tên đệm của đảng viên.';

export const givenNameMissing = () => 'Ô “Tên” đang trống: ghi tên của đảng viên.';

export const dateShownAsNumber = (field: string, shown: string, fixed: string) =>
  `${field} hiện là số “${shown}” vì ô mất định dạng ngày. Định dạng lại ô thành ngày dd/mm/yyyy: ${fixed}.`;
