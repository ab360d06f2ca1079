/**
 * Every sentence the validation rules show users: what is wrong (naming the value), and how to fix it.
 * Values are quoted “like this”; dates are dd/mm/yyyy.
 */

import { FIELD_NAMES } from './fields';

/** A field's short name in messages ('Ô' for a finding that belongs to no field). */
export function fieldName(field: string | null | undefined): string {
  return (field && (FIELD_NAMES as Readonly<Record<string, string>>)[field]) || 'Ô';
}

/** Long values are shortened in messages so a sentence stays readable. */
function q(value: string): string {
  // Messages are NFC even when they quote decomposed text (it looks the same).
  const nfc = value.normalize('NFC');
  const v = nfc.length > 60 ? nfc.slice(0, 57) + '…' : nfc;
  return `“${v}”`;
}

/** "03/05/1980" → "ngày 3 tháng 5": which number is the day, said in words. */
function spelledDate(ddmmyyyy: string): string {
  return `ngày ${Number(ddmmyyyy.slice(0, 2))} tháng ${Number(ddmmyyyy.slice(3, 5))}`;
}

// ---- sheet level ---------------------------------------------------------------------------------

export const tableNotFound = (sheet: string) =>
  `Trang “${sheet}” không có dòng tiêu đề nào nhận ra được (Họ và tên, Ngày sinh, Số CCCD…). ` +
  'Kiểm tra lại trang tính, hoặc chỉ rõ các cột cho chương trình.';

export const columnMissing = (field: string) =>
  `Bảng thiếu cột “${fieldName(field)}” (bắt buộc). Thêm cột này, hoặc chỉ rõ cột tương ứng nếu tiêu đề được đặt tên khác.`;

export const columnDuplicate = (field: string, header: string) =>
  `Cột ${q(header)} cũng là cột “${fieldName(field)}”: chương trình chỉ đọc cột đầu tiên. Xóa hoặc đổi tên cột thừa.`;

export const formulaNoResult = (header: string, count: number) =>
  `${count > 1 ? `${count} ô` : 'Ô'} trong cột ${q(header)} chứa công thức nhưng tệp chưa lưu kết quả (tệp do phần mềm ` +
  'khác tạo, chưa được mở và lưu bằng Excel), nên chưa kiểm tra được. Mở tệp bằng Excel, bấm Lưu, rồi kiểm tra lại.';

export const cellErrorValue = (value: string) =>
  `Ô chứa giá trị lỗi ${value} (thường do công thức hỏng). Thay bằng giá trị thật.`;

// ---- any table -------------------------------------------------------------------------------------

/** placeholder: the dash the cell holds instead of a value ("-", "--"), if any. */
export const required = (field: string, placeholder?: string) =>
  placeholder
    ? `Ô “${fieldName(field)}” chỉ có dấu ${q(placeholder)}, tức là đang để trống: đây là thông tin bắt buộc, cần nhập đầy đủ.`
    : `Ô “${fieldName(field)}” đang trống: đây là thông tin bắt buộc, cần nhập đầy đủ.`;

export const officialDateRequiredByType = () =>
  'Thiếu ngày chính thức: đảng viên chính thức phải có ngày chính thức. Nhập ngày theo quyết định công nhận đảng viên chính thức.';

export const officialDateRequiredByAdmission = (admission: string) =>
  `Thiếu ngày chính thức: vào Đảng ngày ${admission}, đã quá 12 tháng dự bị. ` +
  'Nhập ngày chính thức theo quyết định, hoặc ghi rõ loại đảng viên nếu còn dự bị.';

export const textWhitespace = (value: string, fixed: string) =>
  `${q(value)} có khoảng trắng thừa (ở đầu/cuối, hai dấu cách liền nhau, dấu tab, xuống dòng hoặc dấu cách đặc biệt). Sửa thành ${q(fixed)}.`;

export const idWhitespace = (value: string, digits: string) =>
  `${q(value)} có dấu cách xen giữa các chữ số. Chỉ ghi liền các chữ số: ${q(digits)}.`;

export const textUnicode = (value: string, fixed: string, problems: string[]) =>
  `${q(value)} có ký tự không chuẩn Unicode: ${problems.join('; ')}. Chữ như vậy dễ làm sai khi tìm kiếm, so khớp. Sửa thành ${q(fixed)}.`;

export const UNICODE_PROBLEM_NAMES = {
  nfc: 'dấu thanh, dấu mũ tách rời khỏi chữ (chưa chuẩn hóa dạng NFC)',
  zeroWidth: 'ký tự ẩn không có độ rộng',
  eth: 'chữ “Ð” (Eth) thay cho “Đ”',
  softHyphen: 'dấu gạch nối ẩn (soft hyphen)',
} as const;

export const textLegacyEncoding = (value: string, encoding: string, converted: string) =>
  `${q(value)} được gõ bằng bảng mã cũ, ${encoding}, nên chỉ đọc được với phông cũ. Chuyển sang Unicode: ${q(converted)}.`;

// ---- dates -----------------------------------------------------------------------------------------------

export const dateText = (field: string, value: string, fixed: string) =>
  `${fieldName(field)} ${q(value)} là chữ, không phải ngày thật. Chuyển thành ngày thật, hiển thị dạng dd/mm/yyyy: ${fixed}.`;

export const dateInvalid = {
  notDate: (field: string, value: string) =>
    `${fieldName(field)} ${q(value)} không phải là ngày. Nhập ngày dạng dd/mm/yyyy, ví dụ 01/05/1980.`,
  notDateLikely: (field: string, value: string, likely: string) =>
    `${fieldName(field)} ${q(value)} không phải là ngày (các chữ số viết liền). Có thể là ${likely}; kiểm tra lại và nhập dạng dd/mm/yyyy.`,
  impossible: (field: string, value: string) =>
    `${fieldName(field)} ${q(value)} là ngày không có thật (ngày hoặc tháng vượt quá giới hạn). Kiểm tra lại trên giấy tờ gốc.`,
  twoDigitYear: (field: string, value: string) =>
    `${fieldName(field)} ${q(value)} chỉ có hai chữ số năm nên không rõ thế kỷ. Nhập đủ năm bốn chữ số, dạng dd/mm/yyyy.`,
  monthFirst: (field: string, value: string, likely: string) =>
    `${fieldName(field)} ${q(value)} ghi tháng trước ngày (kiểu Mỹ): tháng không thể lớn hơn 12. Có thể là ${likely}; kiểm tra lại và nhập dạng dd/mm/yyyy.`,
  swapped: (field: string, stored: string, likely: string) =>
    `${fieldName(field)}: Excel lưu ô này là ngày ${stored} (${spelledDate(stored)}), nhưng nhiều khả năng đã gõ ${likely}. Trong bảng, ngày nào có số ngày lớn hơn 12 đều nằm ở dạng chữ (Excel không đọc được), còn mọi ngày thật đều có số ngày không quá 12: Excel của máy nhập liệu đọc tháng trước ngày (kiểu Mỹ) nên đã đảo ngày và tháng. Đối chiếu giấy tờ gốc rồi nhập lại dạng dd/mm/yyyy.`,
  yearOnly: (field: string, value: string) =>
    `${fieldName(field)} ${q(value)} chỉ có năm, thiếu ngày và tháng. Cần ghi đủ ngày, tháng, năm dạng dd/mm/yyyy theo giấy tờ gốc.`,
  yearAsDate: (field: string, year: string, shownAs: string) =>
    `${fieldName(field)} chỉ có năm ${q(year)}, nhập vào ô định dạng ngày nên Excel hiện thành ${shownAs}. Cần ghi đủ ngày, tháng, năm dạng dd/mm/yyyy theo giấy tờ gốc.`,
  monthYear: (field: string, value: string) =>
    `${fieldName(field)} ${q(value)} thiếu ngày. Cần ghi đủ ngày, tháng, năm dạng dd/mm/yyyy theo giấy tờ gốc.`,
};

export const dateFuture = (field: string, date: string, asOf: string) =>
  `${fieldName(field)} ${date} ở sau ngày rà soát ${asOf}. Kiểm tra lại ngày, tháng, năm.`;

// ---- names -------------------------------------------------------------------------------------------

export const nameHasDigits = (field: string, value: string) =>
  `${fieldName(field)} ${q(value)} có chữ số. Họ tên chỉ gồm chữ cái; ghi đúng như trên thẻ căn cước.`;
export const nameHasSymbols = (field: string, value: string) =>
  `${fieldName(field)} ${q(value)} có ký hiệu lạ. Họ tên chỉ gồm chữ cái; ghi đúng như trên thẻ căn cước.`;
export const nameSingleWord = (field: string, value: string) =>
  `${fieldName(field)} ${q(value)} chỉ có một từ. Ghi đủ họ, tên đệm và tên như trên thẻ căn cước.`;

export const CASE_STYLE_NAMES = {
  title: 'viết hoa chữ cái đầu mỗi từ',
  upper: 'viết hoa toàn bộ',
} as const;

export const nameCaseLower = (value: string, fixed: string) =>
  `Họ tên ${q(value)} viết thường toàn bộ. Sửa thành ${q(fixed)} (chỉ đổi chữ hoa/thường, giữ nguyên chữ và dấu).`;
export const nameCaseMixed = (value: string, fixed: string, style: 'title' | 'upper') =>
  `Họ tên ${q(value)} viết hoa lẫn lộn; cột này ${CASE_STYLE_NAMES[style]}. Sửa thành ${q(fixed)} (giữ nguyên chữ và dấu).`;
export const nameCaseStyle = (value: string, fixed: string, style: 'title' | 'upper') =>
  `Họ tên ${q(value)} khác kiểu viết của cột (phần lớn ${CASE_STYLE_NAMES[style]}). Sửa thành ${q(fixed)} cho thống nhất.`;

// ---- gender, lists ---------------------------------------------------------------------------------------

export const genderFixable = (value: string, fixed: string) =>
  `Giới tính ${q(value)} chưa viết đúng chuẩn. Sửa thành “${fixed}”.`;
export const genderInvalid = (value: string) =>
  `Giới tính ${q(value)} không hợp lệ. Chỉ ghi “Nam” hoặc “Nữ”.`;

export const valueNotInList = (field: string, value: string, allowed: string) =>
  `${fieldName(field)} ${q(value)} không có trong danh mục (${allowed}). Chọn đúng giá trị trong danh mục.`;
export const valueVariant = (field: string, value: string, canonical: string) =>
  `${fieldName(field)} ${q(value)} chưa viết đúng như danh mục. Sửa thành “${canonical}”.`;
export const valueLikely = (field: string, value: string, likely: string) =>
  `${fieldName(field)} ${q(value)} không có trong danh mục. Có phải là “${likely}”? Kiểm tra lại và sửa cho đúng danh mục.`;

export const ALLOWED_HINTS: Readonly<Record<string, string>> = {
  ethnicity: '54 dân tộc: Kinh, Tày, Thái, Mường, Khơ Me, Hoa, Nùng, Mông, Dao…',
  religion: 'Không, Phật giáo, Công giáo, Phật giáo Hòa Hảo, Cao Đài, Tin Lành, Hồi giáo…',
  politicalTheory: 'Sơ cấp, Trung cấp, Cao cấp, Cử nhân',
  schooling: 'dạng lớp/hệ như 12/12, 9/12, 10/10, 7/10',
  memberType: 'Chính thức, Dự bị',
};

export const schoolingDate = (value: string, likely: string) =>
  `Trình độ giáo dục phổ thông bị Excel đổi thành ngày ${q(value)}. Có lẽ là “${likely}”: định dạng ô là Văn bản (Text) rồi nhập lại.`;

// ---- national ID -------------------------------------------------------------------------------------

export const idFormat = (value: string, digitCount: number) =>
  `Số CCCD ${q(value)} có ${digitCount} chữ số; số CCCD phải đủ 12 chữ số. Kiểm tra lại trên thẻ căn cước.`;
export const idNotDigits = (value: string) =>
  `Số CCCD ${q(value)} có ký tự không phải chữ số. Số CCCD gồm đúng 12 chữ số; kiểm tra lại trên thẻ căn cước.`;
export const idSeparators = (value: string, digits: string) =>
  `Số CCCD ${q(value)} có dấu chấm hoặc gạch. Chỉ ghi liền 12 chữ số: ${q(digits)}.`;
export const idQuoted = (value: string, digits: string) =>
  `Số CCCD ${q(value)} có dấu nháy ' ở đầu nằm trong giá trị của ô (thường do dán từ tệp khác), nên không khớp khi tra cứu. Chỉ ghi 12 chữ số: ${q(digits)}, ô định dạng Văn bản (Text).`;
export const idLooksPadded = (value: string, padded: string) =>
  `Số CCCD ${q(value)} có ${value.length} chữ số; số CCCD phải đủ 12 chữ số. Có thể ô đã mất số 0 ở đầu (${q(padded)}) — đối chiếu với thẻ căn cước.`;
export const idLegacyCmnd = (value: string) =>
  `${q(value)} là số CMND 9 số, không còn giá trị từ 01/01/2025. Thay bằng số CCCD / định danh cá nhân 12 chữ số.`;
export const idLeadingZerosLost = (value: string, padded: string) =>
  `Số CCCD ${q(value)} bị Excel lưu dạng số nên mất số 0 ở đầu. Sửa thành ${q(padded)} và lưu dạng văn bản.`;
export const idStoredAsNumber = (value: string) =>
  `Số CCCD ${q(value)} đang lưu dạng số: Excel có thể làm mất số 0 ở đầu, hiện 1,23E+11 và làm sai khi tra cứu. Lưu lại dạng văn bản.`;
export const idProvince = (id: string, code: string) =>
  `Số CCCD ${q(id)} có mã tỉnh ${code} không thuộc 63 mã tỉnh nơi đăng ký khai sinh. ` +
  'Người đăng ký khai sinh ở nước ngoài thì ba số đầu là mã quốc gia; nếu không, kiểm tra lại trên thẻ căn cước.';
export const idBirthYear = (id: string, idYear: number, birthYear: number) =>
  `Số CCCD ${q(id)} ứng với năm sinh ${idYear} (số thứ 4 đến 6), nhưng ngày sinh ghi năm ${birthYear}. Kiểm tra lại số CCCD hoặc ngày sinh.`;
export const idGender = (id: string, idGenderValue: string, gender: string) =>
  `Số CCCD ${q(id)} ứng với giới tính ${idGenderValue} (số thứ 4), nhưng cột giới tính ghi ${gender}. Kiểm tra lại số CCCD hoặc giới tính.`;

// ---- phone, email, card, record --------------------------------------------------------------------------

export const phoneLostZero = (value: string, fixed: string) =>
  `Số điện thoại ${q(value)} mất số 0 ở đầu (ô lưu dạng số). Sửa thành ${q(fixed)} và lưu dạng văn bản.`;
export const phoneNoDigits = (value: string) =>
  `Ô số điện thoại ghi ${q(value)}, không có chữ số nào. Nhập số điện thoại; nếu đảng viên không có số, để trống ô.`;
export const phoneOldLandline = (value: string, now: string) =>
  `Số điện thoại ${q(value)} là số cố định Hà Nội theo mã vùng cũ 04 (đổi thành 024 từ năm 2017). Số mới là ${q(now)}; kiểm tra số còn dùng rồi sửa.`;
export const phoneNoZero = (value: string, fixed: string) =>
  `Số điện thoại ${q(value)} thiếu số 0 ở đầu. Sửa thành ${q(fixed)}.`;
export const phoneStoredAsNumber = (value: string, fixed: string) =>
  `Số điện thoại ${q(value)} đang lưu dạng số nên không giữ được số 0 ở đầu: khi sao chép, xuất dữ liệu hoặc tra cứu sẽ thành số khác. Lưu lại dạng văn bản: ${q(fixed)}.`;
export const phoneWithWords = (value: string, digits: string) =>
  `Ô số điện thoại ${q(value)} có chữ hoặc ký hiệu kèm theo số. Chỉ ghi các chữ số: ${q(digits)}; ghi chú (nếu cần) ghi sang cột khác.`;
export const phoneOldPrefix = (value: string, fixed: string) =>
  `Số điện thoại ${q(value)} còn đầu số 11 số cũ (đã đổi năm 2018). Sửa thành số mới ${q(fixed)}.`;
export const phoneInvalid = (value: string) =>
  `Số điện thoại ${q(value)} không hợp lệ: số di động có 10 chữ số (03x, 05x, 07x, 08x, 09x), số cố định có 11 chữ số bắt đầu bằng 02. Kiểm tra lại; mỗi ô chỉ ghi một số.`;
export const phoneSeveral = (value: string, count: number, first: string) =>
  `Ô số điện thoại ghi ${count === 2 ? 'hai' : count} số: ${q(value)}. Mỗi ô chỉ ghi một số: giữ lại một số (số dùng để liên lạc, là số của chính đảng viên), ví dụ ${q(first)}; số còn lại ghi vào cột ghi chú nếu cần.`;

export const emailInvalid = (value: string) =>
  `Email ${q(value)} không đúng dạng (ví dụ ten@gmail.com). Kiểm tra lại.`;

export const cardFormat = (value: string) =>
  `Số thẻ đảng viên ${q(value)} không đủ 8 chữ số. Kiểm tra lại trên thẻ đảng viên.`;
export const cardMissing = () =>
  'Đảng viên chính thức chưa có số thẻ đảng viên. Nhập số thẻ (8 chữ số), hoặc đề nghị làm thẻ đảng.';
export const recordMissing = () => 'Chưa có số lý lịch đảng viên. Nhập số lý lịch (6 chữ số và ký hiệu của đảng bộ).';
export const recordFormat = (value: string) =>
  `Số lý lịch ${q(value)} không đúng dạng 6 chữ số và 1-3 chữ cái ký hiệu (ví dụ 012345HN). Kiểm tra lại trên lý lịch đảng viên.`;

// ---- row rules -------------------------------------------------------------------------------------------

function ageText(months: number): string {
  const y = Math.floor(months / 12);
  const m = months % 12;
  return m ? `${y} tuổi ${m} tháng` : `${y} tuổi`;
}

export const admissionTooYoung = (months: number) =>
  `Vào Đảng khi mới ${ageText(months)}, chưa đủ 18 tuổi. Kiểm tra lại ngày sinh và ngày vào Đảng.`;
export const admissionOver60 = (months: number) =>
  `Vào Đảng khi đã ${ageText(months)}, quá 60 tuổi: cần có văn bản đồng ý của cấp có thẩm quyền. Kiểm tra lại ngày sinh và ngày vào Đảng.`;

export const admissionNotAfterBirth = (admission: string, birth: string) =>
  `Ngày vào Đảng ${admission} không sau ngày sinh ${birth}. Kiểm tra lại hai ngày này.`;
export const officialNotAfterAdmission = (official: string, admission: string) =>
  `Ngày chính thức ${official} không sau ngày vào Đảng ${admission}. Kiểm tra lại hai ngày này.`;

export const probationShort = (official: string, admission: string, expected: string) =>
  `Ngày chính thức ${official} chưa đủ 12 tháng dự bị kể từ ngày vào Đảng ${admission} (đủ 12 tháng vào ngày ${expected}). Kiểm tra lại.`;
export const probationLong = (official: string, admission: string, expected: string) =>
  `Ngày chính thức ${official} lệch quá một tuần so với ngày đủ 12 tháng dự bị (${expected}, vào Đảng ${admission}). ` +
  'Ngày chính thức là ngày hết 12 tháng dự bị, kể cả khi chi bộ họp xét muộn. Kiểm tra lại.';

export const probationOverdue = (admission: string, due: string) =>
  `Đảng viên dự bị vào Đảng ngày ${admission}, đã quá hạn xét chuyển chính thức (${due}). Cập nhật loại đảng viên và ngày chính thức, hoặc làm thủ tục xét.`;

export const ageTooOld = (years: number) =>
  `Ngày sinh cho tuổi ${years}, trên 110 tuổi: có thể sai năm sinh. Kiểm tra lại.`;
export const ageTooYoung = (years: number) =>
  `Ngày sinh cho tuổi ${years}, chưa đủ 18 tuổi: không thể là đảng viên. Kiểm tra lại năm sinh.`;

export const rightsInvalid = (value: string) =>
  `Quyền khai thác ${q(value)} không hợp lệ. Ghi một hoặc nhiều số từ 1 đến 5, cách nhau bằng dấu phẩy ` +
  '(1 Quản trị hệ thống, 2 Nhập liệu, 3 Chuyển sinh hoạt Đảng, 4 Làm thẻ Đảng, 5 Làm huy hiệu Đảng).';
export const rightsDashRange = (value: string, [from, to]: [number, number], range: string) =>
  `Quyền khai thác ${q(value)} chưa rõ: từ ${from} đến ${to} (“${range}”) hay chỉ quyền ${from} và ${to}? ` +
  'Ghi rõ từng số, cách nhau bằng dấu phẩy, và định dạng ô là Văn bản.';

export const rightsLikely = (value: string, likely: string) =>
  `Quyền khai thác ${q(value)} không đúng dạng: có lẽ là “${likely}”. Ghi các số từ 1 đến 5, cách nhau bằng dấu phẩy, và định dạng ô là Văn bản.`;
