/**
 * Every Vietnamese sentence of the command line (dvcheck), the .xlsx file adapter, the demo and the result sheet.
 * Kept in one place so a Vietnamese reader can review the wording.
 */

export const FILE_ERRORS = {
  notFound: (file: string) =>
    `Không tìm thấy tệp "${file}". Hãy kiểm tra lại đường dẫn và tên tệp (kể cả phần đuôi .xlsx).`,
  notAFile: (file: string) => `"${file}" là một thư mục, không phải tệp Excel. Hãy chỉ ra một tệp .xlsx.`,
  unreadable: (file: string, reason: string) =>
    `Không đọc được tệp "${file}" (${reason}). Hãy kiểm tra quyền truy cập tệp rồi thử lại.`,
  empty: (file: string) => `Tệp "${file}" rỗng (0 byte). Hãy mở lại tệp gốc trong Excel và lưu thành .xlsx.`,
  encrypted: (file: string) =>
    `Tệp "${file}" được đặt mật khẩu hoặc là định dạng .xls cũ. Hãy mở tệp trong Excel, bỏ mật khẩu ` +
    `(Tệp → Thông tin → Bảo vệ sổ làm việc) hoặc chọn Lưu thành → "Sổ làm việc Excel (*.xlsx)", rồi kiểm tra lại.`,
  passwordProtected: (file: string) =>
    `Tệp "${file}" được đặt mật khẩu, nên không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → ` +
    `Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu rồi lưu), rồi kiểm tra lại.`,
  oldXls: (file: string) =>
    `Tệp "${file}" là định dạng .xls cũ (Excel 97–2003). Hãy mở tệp trong Excel, chọn Lưu thành → ` +
    `"Sổ làm việc Excel (*.xlsx)", rồi kiểm tra tệp .xlsx mới.`,
  notXlsx: (file: string) =>
    `Tệp "${file}" không phải là tệp Excel .xlsx (có thể là tệp văn bản, .csv hoặc tệp khác bị đổi đuôi). ` +
    `Hãy mở tệp trong Excel và chọn Lưu thành → "Sổ làm việc Excel (*.xlsx)".`,
  webPage: (file: string) =>
    `Tệp "${file}" thực chất là trang web (HTML/XML) chỉ mang đuôi Excel, thường gặp ở tệp tải về từ phần mềm ` +
    `trực tuyến. Hãy mở tệp trong Excel, chọn Lưu thành → "Sổ làm việc Excel (*.xlsx)", rồi kiểm tra tệp .xlsx mới.`,
  csv: (file: string) =>
    `Tệp "${file}" là tệp văn bản (.csv), không phải sổ làm việc Excel. Hãy mở tệp trong Excel, chọn Lưu thành → ` +
    `"Sổ làm việc Excel (*.xlsx)", rồi kiểm tra tệp .xlsx mới.`,
  ods: (file: string) =>
    `Tệp "${file}" là bảng tính OpenDocument (.ods, của LibreOffice hoặc WPS), không phải .xlsx. Hãy mở tệp rồi lưu ` +
    `lại dạng "Excel 2007-365 (.xlsx)", rồi kiểm tra tệp mới.`,
  lockFile: (file: string, original: string) =>
    `"${file}" là tệp khóa tạm Excel tạo ra khi tệp "${original}" đang mở, không phải danh sách; hãy chỉ ra ` +
    `tệp "${original}" (nên lưu và đóng tệp đó trong Excel trước).`,
  corrupt: (file: string) =>
    `Tệp "${file}" bị hỏng, không giải nén được (tệp tải về chưa trọn vẹn hoặc bị lỗi khi sao chép). ` +
    `Hãy lấy lại bản gốc của tệp rồi kiểm tra lại.`,
  tooLarge: (file: string, limitMb: number) =>
    `Tệp "${file}" quá lớn: dữ liệu sau khi giải nén vượt ${limitMb} MB. Hãy tách bảng thành nhiều tệp nhỏ hơn ` +
    `hoặc xóa các trang tính không cần kiểm tra.`,
  tooManyRows: (file: string, sheet: string, rows: number, limit: number) =>
    `Trang "${sheet}" trong tệp "${file}" có ${rows.toLocaleString('vi-VN')} dòng, vượt giới hạn ` +
    `${limit.toLocaleString('vi-VN')} dòng của Excel. Tệp có thể bị hỏng hoặc được tạo bất thường.`,
  aborted: 'Đã dừng đọc trang tính theo yêu cầu.',
  noSuchSheet: (sheet: string) => `Không có trang tính "${sheet}" trong tệp. Hãy kiểm tra lại tên trang tính.`,
  noSheets: (file: string) =>
    `Tệp "${file}" không có trang tính nào để kiểm tra (chỉ có trang biểu đồ, hoặc mọi trang đều bị ẩn). Nếu danh sách ` +
    `nằm trong một trang bị ẩn, hãy bỏ ẩn trang đó (chuột phải vào tên trang → Bỏ ẩn), lưu lại rồi kiểm tra lại.`,
};

/** File-system error codes in words a clerk can act on. */
const IO_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'không có quyền truy cập, hoặc tệp đang mở trong Excel',
  EPERM: 'không có quyền truy cập, hoặc tệp đang mở trong Excel',
  EBUSY: 'tệp đang mở trong Excel hoặc chương trình khác; hãy đóng tệp rồi chạy lại',
  ENOSPC: 'ổ đĩa đã đầy',
  EROFS: 'ổ đĩa chỉ cho phép đọc',
  EEXIST: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  ENOTDIR: 'một phần của đường dẫn là tệp chứ không phải thư mục',
  EISDIR: 'đường dẫn là một thư mục',
  ENAMETOOLONG: 'tên tệp hoặc đường dẫn quá dài',
  ENOENT: 'không tìm thấy thư mục',
};

/** A file-system error in words a clerk can act on, with its code for whoever helps them; any other error's message. */
export function ioReason(e: unknown): string {
  const code = e && typeof e === 'object' && 'code' in e ? String((e as { code: unknown }).code) : undefined;
  if (code && IO_WORDS[code]) return `${IO_WORDS[code]}; mã lỗi ${code}`;
  return code ?? (e instanceof Error ? e.message : String(e));
}

export const CLI = {
  unknownCommand: (name: string) => `Lệnh không hợp lệ: "${name}". Gõ "dvcheck --help" để xem các lệnh.`,
  noCommand: 'Chưa chọn lệnh. Gõ "dvcheck --help" để xem hướng dẫn.',
  unknownOption: (opt: string) => `Tùy chọn không hợp lệ: "${opt}". Gõ "dvcheck --help" để xem các tùy chọn.`,
  missingValue: (opt: string) => `Tùy chọn ${opt} cần một giá trị đi kèm, ví dụ: ${opt === '--out' ? '--out ket-qua' : '--as-of 2025-12-30'}.`,
  badAsOf: (value: string) => {
    // The way dates are written in Vietnam (30/12/2025): show the same day in the form asked for.
    const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(value);
    const [d, mo, y] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
    const real = m !== null && new Date(Date.UTC(y, mo - 1, d)).getUTCMonth() === mo - 1 && d > 0;
    const iso = real ? `${m![3]}-${m![2].padStart(2, '0')}-${m![1].padStart(2, '0')}` : '';
    return (
      `Ngày --as-of "${value}" không hợp lệ. Hãy ghi theo dạng NĂM-THÁNG-NGÀY, ví dụ: --as-of ${iso || '2025-12-30'}` +
      (iso ? ` (ngày ${m![1]} tháng ${m![2]} năm ${m![3]}).` : '.')
    );
  },
  noFiles: 'Chưa có tệp nào để kiểm tra. Ví dụ: dvcheck check danh-sach.xlsx',
  noTable: (file: string) =>
    `Tệp "${file}": không tìm thấy bảng tổ chức đảng hay bảng đảng viên nào. Hãy kiểm tra dòng tiêu đề cột ` +
    `(phải nằm trong 20 dòng đầu, có các cột như "Họ và tên", "Số CCCD", "Chi bộ" hoặc "Tên tổ chức đảng").`,
  outFailed: (file: string, reason: string) =>
    `Không ghi được tệp kết quả "${file}" (${reason}). Hãy kiểm tra thư mục --out có tồn tại và cho phép ghi.`,
  outWritten: (file: string) => `Đã ghi tệp đánh dấu kết quả: ${file}`,
  outIsFile: (dir: string) =>
    `--out "${dir}" là một tệp, không phải thư mục. Hãy chọn một thư mục để ghi bản sao đánh dấu ` +
    `(dvcheck tự tạo thư mục nếu chưa có), ví dụ: --out ket-qua.`,
  noMatch: (pattern: string) =>
    `Không có tệp nào khớp với "${pattern}". Hãy kiểm tra lại thư mục đang đứng và tên tệp (kể cả phần đuôi .xlsx).`,
  duplicateInput: (file: string, first: string) =>
    file === first
      ? `Tệp "${file}" được nêu nhiều lần; chỉ kiểm tra một lần.`
      : `"${file}" và "${first}" là cùng một tệp; chỉ kiểm tra một lần.`,
  skippedLockFile: (file: string, original: string) =>
    `Bỏ qua "${file}": đây là tệp khóa tạm Excel tạo ra khi tệp "${original}" đang mở, không phải danh sách.`,
  skippedCheckedCopy: (file: string) =>
    `Bỏ qua "${file}": đây là bản sao đánh dấu do một lần kiểm tra trước ghi vào thư mục --out, không phải danh sách gốc.`,
  nothingChecked: 'Không có tệp nào được kiểm tra. Hãy chỉ ra tệp danh sách .xlsx, ví dụ: dvcheck check danh-sach.xlsx',
  copyNotKept: (file: string, parts: readonly string[]) =>
    `Lưu ý: tệp "${file}" có ${parts.join(', ')}; bản sao đánh dấu được lưu dạng .xlsx và không giữ phần này ` +
    `(tệp gốc vẫn giữ nguyên).`,
  sameAsInput: (file: string) =>
    `Tệp kết quả "${file}" trùng với tệp đầu vào; dvcheck không bao giờ ghi đè tệp gốc. Hãy chọn thư mục --out khác.`,
  crash: (reason: string) => `dvcheck gặp lỗi không mong muốn: ${reason}. Hãy báo lỗi này cho người phát triển.`,
  internal: (file: string, reason: string) =>
    `Lỗi khi kiểm tra tệp "${file}": ${reason}. Hãy báo lỗi này kèm tệp mẫu đã xóa dữ liệu cá nhân.`,
};

export const HELP = `dvcheck — rà soát dữ liệu tổ chức đảng và đảng viên trong tệp Excel (.xlsx)

Cách dùng:
  dvcheck check TỆP.xlsx [TỆP2.xlsx ...] [--json] [--as-of NĂM-THÁNG-NGÀY] [--out THƯ_MỤC]
  dvcheck <lệnh> --help
  dvcheck --help

Lệnh:
{commands}

Tùy chọn của lệnh check:
  --json              In kết quả dạng JSON (cho máy đọc) thay vì bản tóm tắt tiếng Việt.
  --as-of 2025-12-30  Ngày làm mốc kiểm tra (ngày tương lai, quá hạn dự bị, tuổi). Mặc định: hôm nay.
  --out THƯ_MỤC       Ghi bản sao đã đánh dấu vào THƯ_MỤC/<tên tệp>.checked.xlsx: ô lỗi tô đỏ, ô cảnh báo
                      tô vàng, kèm ghi chú và trang "Kết quả kiểm tra". Tệp gốc không bao giờ bị sửa.
                      Chạy lại thì bản sao cũ được thay bằng bản mới; bản sao của tệp .xlsm là .xlsx (không
                      kèm macro).
  Có thể ghi *.xlsx để kiểm tra mọi tệp trong thư mục; tệp khóa tạm "~$..." của Excel được bỏ qua.
  -h, --help          Xem hướng dẫn này.

Mã thoát:
  0  không có lỗi (có thể còn cảnh báo)
  1  có lỗi cần sửa trước khi nhập vào CSDL
  2  có tệp không đọc được hoặc tham số sai (xem thông báo)

Ví dụ:
  dvcheck check danh-sach-dang-vien.xlsx
  dvcheck check to-chuc.xlsx dang-vien.xlsx --out ket-qua
  dvcheck check danh-sach.xlsx --json --as-of 2025-12-30 > ket-qua.json
`;

export const CHECK_HELP = `dvcheck check — kiểm tra bảng tổ chức đảng và bảng đảng viên trong tệp .xlsx

Cách dùng:
  dvcheck check TỆP.xlsx [TỆP2.xlsx ...] [--json] [--as-of NĂM-THÁNG-NGÀY] [--out THƯ_MỤC]

  --json              In kết quả dạng JSON.
  --as-of 2025-12-30  Ngày làm mốc kiểm tra. Mặc định: hôm nay.
  --out THƯ_MỤC       Ghi bản sao đã đánh dấu (THƯ_MỤC/<tên tệp>.checked.xlsx, chạy lại thì thay bản cũ).
                      Tệp gốc không bị sửa.
  Có thể ghi *.xlsx để kiểm tra mọi tệp trong thư mục.

Mã thoát: 0 không có lỗi · 1 có lỗi · 2 tệp không đọc được hoặc tham số sai.
`;

export const COMMAND_SUMMARY_CHECK = 'Kiểm tra các bảng trong một hay nhiều tệp .xlsx và báo lỗi, cảnh báo.';

/** The sheet listing every finding in a checked copy. */
export const RESULT_SHEET = {
  name: 'Kết quả kiểm tra',
  headers: ['Trang tính', 'Ô', 'Mức độ', 'Nhóm', 'Quy tắc', 'Trường', 'Nội dung', 'Gợi ý'],
  noFindings: 'Không phát hiện lỗi hay cảnh báo nào.',
};

export const SUMMARY = {
  fileHeader: (file: string) => `Tệp: ${file}`,
  asOf: (date: string) => `Ngày làm mốc kiểm tra: ${date}`,
  noTables: '  Không tìm thấy bảng dữ liệu nào.',
  table: (sheet: string, kindLabel: string, headerRow: number, firstRow: number, lastRow: number, count: number) =>
    `  Trang "${sheet}": ${kindLabel}, dòng tiêu đề ${headerRow}, dữ liệu dòng ${firstRow}–${lastRow} (${count} dòng)`,
  sheetTotals: (sheet: string, errors: number, warnings: number, infos: number) =>
    `  Trang "${sheet}": ${errors} lỗi, ${warnings} cảnh báo` + (infos ? `, ${infos} gợi ý` : ''),
  groupLine: (group: string, errors: number, warnings: number) => `    ${group}: ${errors} lỗi, ${warnings} cảnh báo`,
  firstFindings: (n: number, total: number) =>
    n < total ? `  ${n} phát hiện đầu tiên (trên tổng số ${total}):` : `  Các phát hiện:`,
  findingLine: (cell: string, sheet: string, severity: string, message: string) =>
    `    • ${sheet}!${cell} [${severity}] ${message}`,
  suggestionLine: (s: string) => `        Gợi ý: ${s}`,
  clean: '  Không phát hiện lỗi hay cảnh báo nào.',
  total: (errors: number, warnings: number) => `  Tổng cộng: ${errors} lỗi, ${warnings} cảnh báo.`,
  moreInOut: '  Dùng --out THƯ_MỤC để có bản sao đánh dấu từng ô và danh sách đầy đủ, hoặc --json cho máy đọc.',
};

export const KIND_LABELS: Record<'members' | 'organisations' | 'accounts', string> = {
  members: 'bảng đảng viên',
  organisations: 'bảng tổ chức đảng',
  accounts: 'bảng đề nghị cấp tài khoản (Phụ lục 01)',
};

export const DEMO = {
  wroteSample: (file: string) => `Đã tạo tệp mẫu (dữ liệu giả lập, không phải người thật): ${file}`,
  checking: 'Đang kiểm tra tệp mẫu...',
  done: (file: string) => `Xong. Mở tệp ${file} trong Excel để xem các ô được tô màu và trang "Kết quả kiểm tra".`,
};

