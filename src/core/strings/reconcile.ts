/** Every Vietnamese sentence of reconciliation (đối soát): the CLI summary, the "Đối soát" sheet and the pane. */
import type { MemberField } from '../fields';
import type { MatchKey } from '../reconcile/types';
import { FIELD_NAMES } from './fields';

export const RECONCILE_SHEET = 'Đối soát';

/** Member fields by their names (one table for every message: strings/fields.ts). */
export const MEMBER_FIELD_LABELS: Readonly<Record<MemberField, string>> = FIELD_NAMES;

/** "by the national ID" … — how two rows were paired or collided. */
export const MATCH_KEY_LABELS: Record<MatchKey, string> = {
  nationalId: 'Số CCCD',
  cardNumber: 'Số thẻ đảng viên',
  recordNumber: 'Số lý lịch',
  nameBirth: 'Họ tên và ngày sinh',
};

const n = (x: number) => x.toLocaleString('vi-VN');

export const RECONCILE_SHEET_TEXT = {
  title: 'ĐỐI SOÁT HAI DANH SÁCH ĐẢNG VIÊN',
  sideLine: (side: 'A' | 'B', source: string) => `Danh sách ${side}: ${source}`,
  summary: (matched: number, onlyA: number, onlyB: number, diffFields: number, diffMembers: number, ambiguous: number) =>
    `Khớp: ${n(matched)} đảng viên · Chỉ có ở A: ${n(onlyA)} · Chỉ có ở B: ${n(onlyB)} · ` +
    `Khác nhau: ${n(diffFields)} thông tin ở ${n(diffMembers)} đảng viên · Không xác định được: ${n(ambiguous)}`,
  howTo:
    'Bấm vào ô có gạch chân để mở đúng dòng, đúng ô trong danh sách gốc. Sửa ở danh sách sai rồi đối soát lại ' +
    'cho đến khi không còn khác biệt.',
  sectionDuplicates: (count: number) => `TRÙNG LẶP VÀ KHÔNG XÁC ĐỊNH ĐƯỢC (${n(count)})`,
  duplicatesNote:
    'Các dòng dưới đây trùng khóa đối chiếu (cùng số CCCD, số thẻ, số lý lịch hoặc cùng họ tên và ngày sinh) nên ' +
    'không ghép tự động được. Hãy xác định đúng người, xóa hoặc sửa dòng thừa rồi đối soát lại.',
  sectionOnlyA: (count: number) => `CHỈ CÓ Ở A (${n(count)})`,
  sectionOnlyB: (count: number) => `CHỈ CÓ Ở B (${n(count)})`,
  sectionDifferent: (count: number) => `KHÁC NHAU (${n(count)})`,
  none: 'Không có.',
  headersDuplicates: ['Loại', 'Danh sách', 'Trùng theo', 'Giá trị', 'Các dòng'],
  duplicateInside: 'Trùng trong một danh sách',
  ambiguousMatch: 'Nhiều dòng có thể khớp',
  ambiguousValue: (row: string, others: string) => `Dòng ${row} khớp với nhiều dòng bên kia: ${others}`,
  headersOnly: ['Dòng', 'Họ và tên', 'Số CCCD'],
  headersDifferent: ['Dòng ở A', 'Dòng ở B', 'Họ và tên', 'Thông tin', 'Giá trị ở A', 'Giá trị ở B', 'Ô ở A', 'Ô ở B'],
  empty: '(trống)',
};

export const RECONCILE_SUMMARY = 'Đối soát hai danh sách đảng viên (hai tệp .xlsx): ai chỉ có ở một bên, ai khác thông tin.';

export const RECONCILE_HELP = `dvcheck reconcile — đối soát hai danh sách đảng viên

Cách dùng:
  dvcheck reconcile A.xlsx B.xlsx [--sheet-a TÊN_TRANG] [--sheet-b TÊN_TRANG] [--out KET_QUA.xlsx] [--json]

  --sheet-a, --sheet-b  Trang chứa bảng đảng viên trong tệp A, tệp B. Mặc định: bảng đảng viên đầu tiên tìm thấy.
  --out KET_QUA.xlsx    Ghi tệp đối soát (trang "Đối soát": chỉ có ở A, chỉ có ở B, khác nhau, trùng lặp),
                        mỗi dòng có liên kết tới đúng ô trong hai tệp gốc. Tệp gốc không bị sửa.
  --json                In kết quả dạng JSON (cho máy đọc).

Hai đảng viên được ghép theo số CCCD; nếu một bên thiếu hoặc sai số CCCD thì theo số thẻ đảng viên, số lý lịch,
rồi họ tên và ngày sinh. Khác biệt chỉ do cách gõ (chữ hoa/thường, khoảng trắng, "Hoà"/"Hòa", ngày gõ dạng chữ,
số CCCD lưu dạng số) không bị tính là khác.

Mã thoát: 0 hai danh sách khớp · 1 có khác biệt · 2 tham số sai hoặc không đọc được tệp, trang.
`;

export const RECONCILE_CLI = {
  source: (file: string, sheet: string) => `${file}, trang "${sheet}"`,
  usage:
    'Cách dùng: dvcheck reconcile A.xlsx B.xlsx [--sheet-a TÊN_TRANG] [--sheet-b TÊN_TRANG] [--out KET_QUA.xlsx] [--json]',
  needTwoFiles: 'Cần đúng hai tệp để đối soát, ví dụ: dvcheck reconcile danh-sach-CSDL.xlsx danh-sach-chi-bo.xlsx',
  unknownOption: (opt: string) =>
    `Tùy chọn không hợp lệ: "${opt}". Các tùy chọn của lệnh đối soát: --sheet-a, --sheet-b, --out, --json.`,
  missingValue: (opt: string) =>
    `Tùy chọn ${opt} cần một giá trị đi kèm, ví dụ: ${opt === '--out' ? '--out doi-soat.xlsx' : `${opt} "Đảng viên"`}.`,
  noSuchSheet: (file: string, sheet: string, sheets: string[]) =>
    `Tệp "${file}" không có trang "${sheet}". Các trang có trong tệp: ${sheets.map((s) => `"${s}"`).join(', ') || '(không có)'}. ` +
    'Hãy ghi đúng tên trang sau --sheet-a / --sheet-b.',
  notMembers: (file: string, sheet: string) =>
    `Trang "${sheet}" trong tệp "${file}" không có bảng đảng viên: không nhận ra dòng tiêu đề cột (cần các cột như ` +
    '"Họ và tên", "Ngày sinh", "Số CCCD" trong 20 dòng đầu). Hãy kiểm tra tiêu đề cột hoặc chọn trang khác.',
  noMembersTable: (file: string) =>
    `Tệp "${file}" không có bảng đảng viên nào: không trang nào có dòng tiêu đề cột như "Họ và tên", "Ngày sinh", ` +
    '"Số CCCD" trong 20 dòng đầu. Hãy kiểm tra tiêu đề cột, hoặc chỉ rõ trang bằng --sheet-a / --sheet-b.',
  outIsInput: (file: string) =>
    `Tệp kết quả "${file}" trùng với tệp đầu vào; dvcheck không ghi đè danh sách gốc. Hãy chọn tên khác sau --out.`,
  outFailed: (file: string, reason: string) =>
    `Không ghi được tệp kết quả "${file}" (${reason}). Hãy kiểm tra thư mục có tồn tại, cho phép ghi, và tệp không đang mở trong Excel.`,
  outWritten: (file: string) => `Đã ghi tệp đối soát: ${file} (trang "${RECONCILE_SHEET}").`,
  header: (a: string, b: string) => `Đối soát danh sách A: ${a}\n         với danh sách B: ${b}`,
  agree: (matched: number) => `Hai danh sách khớp nhau: ${n(matched)} đảng viên, không có khác biệt.`,
  counts: (matched: number, onlyA: number, onlyB: number, diffFields: number, diffMembers: number, ambiguous: number) =>
    [
      `Khớp: ${n(matched)} đảng viên`,
      `Chỉ có ở A: ${n(onlyA)}`,
      `Chỉ có ở B: ${n(onlyB)}`,
      `Khác nhau: ${n(diffFields)} thông tin ở ${n(diffMembers)} đảng viên`,
      `Không xác định được (trùng, nhiều dòng có thể khớp): ${n(ambiguous)}`,
    ].join('\n'),
  duplicateLine: (side: 'A' | 'B', by: string, value: string, rows: number[]) =>
    `  Trùng trong ${side} theo ${by} "${value}": các dòng ${rows.join(', ')}`,
  ambiguousLine: (side: 'A' | 'B', row: number, other: 'A' | 'B', rows: number[], by: string) =>
    `  Dòng ${row} ở ${side} khớp (theo ${by}) với nhiều dòng ở ${other}: ${rows.join(', ')}`,
  onlyLine: (row: number, name: string, id: string) =>
    `  Dòng ${row}: ${name || '(không có họ tên)'}${id ? `, CCCD ${id}` : ''}`,
  diffLine: (rowA: number, rowB: number, field: string, a: string, b: string) =>
    `  Dòng ${rowA} (A) / ${rowB} (B) — ${field}: "${a || '(trống)'}" ≠ "${b || '(trống)'}"`,
  sectionDuplicates: 'Trùng lặp và không xác định được:',
  sectionOnlyA: 'Chỉ có ở A:',
  sectionOnlyB: 'Chỉ có ở B:',
  sectionDifferent: 'Khác nhau:',
  more: (count: number) => `  … và ${n(count)} dòng nữa (danh sách đầy đủ có trong tệp --out và trong --json).`,
  hint: 'Dùng --out doi-soat.xlsx để có bảng đối soát với liên kết tới từng ô trong hai danh sách.',
};

/** Notes on the cells marked in the two lists. */
export const RECONCILE_MARKS = {
  different: (field: string, otherSide: 'A' | 'B', otherSheet: string, otherRow: number, otherValue: string) =>
    `Đối soát: ${field} khác với danh sách ${otherSide} (trang "${otherSheet}", dòng ${otherRow}): ở đó là ` +
    `"${otherValue || '(trống)'}". Hãy xem giấy tờ gốc để biết bên nào đúng rồi sửa bên sai.`,
  onlyHere: (otherSide: 'A' | 'B', otherSheet: string) =>
    `Đối soát: đảng viên này không có trong danh sách ${otherSide} (trang "${otherSheet}"). Hãy bổ sung vào danh ` +
    'sách kia, hoặc kiểm tra số CCCD, số thẻ, họ tên và ngày sinh nếu đã có nhưng ghi khác.',
  ambiguous: (otherSide: 'A' | 'B', otherSheet: string, rows: number[]) =>
    `Đối soát: dòng này khớp với nhiều dòng trong danh sách ${otherSide} (trang "${otherSheet}", dòng ` +
    `${rows.join(', ')}), không ghép tự động được. Hãy xóa hoặc sửa dòng trùng rồi đối soát lại.`,
};

/** The pane's "Đối soát" tab. */
export const RECONCILE_PANE = {
  source: (sheet: string) => `trang "${sheet}"`,
  intro:
    'Chọn hai trang chứa danh sách đảng viên (ví dụ: danh sách xuất từ CSDL đảng viên và danh sách của chi bộ) để ' +
    'tìm người chỉ có ở một bên và thông tin khác nhau.',
  sheetA: 'Danh sách A',
  sheetB: 'Danh sách B',
  choose: 'Chọn trang…',
  run: 'Đối soát',
  running: 'Đang đối soát…',
  sameSheet: 'Hãy chọn hai trang khác nhau.',
  noSheets: 'Sổ làm việc cần ít nhất hai trang để đối soát.',
  notMembers: (sheet: string) =>
    `Trang "${sheet}" không có bảng đảng viên: không nhận ra dòng tiêu đề cột (cần các cột như "Họ và tên", ` +
    '"Ngày sinh", "Số CCCD" trong 20 dòng đầu). Hãy kiểm tra tiêu đề cột hoặc chọn trang khác.',
  failed: (reason: string) => `Không đối soát được: ${reason}. Hãy thử lại; nếu vẫn lỗi, hãy báo kèm tệp mẫu đã xóa dữ liệu cá nhân.`,
  counts: (matched: number, onlyA: number, onlyB: number, diff: number, ambiguous: number) =>
    `Khớp ${n(matched)} · Chỉ có ở A ${n(onlyA)} · Chỉ có ở B ${n(onlyB)} · Khác nhau ${n(diff)} thông tin · ` +
    `Không xác định được ${n(ambiguous)}`,
  agree: 'Hai danh sách khớp nhau, không có khác biệt.',
  sheetWritten: (name: string) => `Đã ghi kết quả vào trang "${name}" và tô màu các ô khác nhau ở cả hai danh sách.`,
  cannotWrite: 'Không ghi được trang kết quả trong môi trường này; kết quả chỉ hiển thị dưới đây.',
  differencesTitle: 'Khác nhau',
  onlyATitle: 'Chỉ có ở A',
  onlyBTitle: 'Chỉ có ở B',
  ambiguousTitle: 'Trùng lặp, không xác định được',
  moreRows: (count: number) => `… và ${n(count)} dòng nữa, xem trang "Đối soát".`,
  rowPair: (rowA: number, rowB: number) => `Dòng ${rowA} (A) / ${rowB} (B)`,
  row: (row: number) => `Dòng ${row}`,
};
