/**
 * Every Vietnamese sentence of the repair ("fix") engine and `dvcheck fix`, in one place for review.
 */

export const FIX_SUMMARY_LINE =
  'Sửa tự động các lỗi sửa được an toàn (khoảng trắng, phông TCVN3/VNI, CCCD và số điện thoại mất số 0, ngày dạng chữ…) và ghi ra tệp mới.';

export const FIX_CLI = {
  noFile: 'Chưa có tệp cần sửa. Ví dụ: dvcheck fix danh-sach.xlsx --out danh-sach-da-sua.xlsx',
  tooManyFiles: (files: readonly string[]) =>
    `Lệnh fix sửa một tệp mỗi lần, nhưng nhận được ${files.length} tệp (${files.join(', ')}). Hãy chạy lệnh riêng cho từng tệp.`,
  noOut:
    'Chưa có tên tệp kết quả. Hãy thêm --out TÊN_TỆP.xlsx, ví dụ: dvcheck fix danh-sach.xlsx --out danh-sach-da-sua.xlsx ' +
    '(tệp gốc không bao giờ bị sửa).',
  missingValue: (opt: string) =>
    `Tùy chọn ${opt} cần một giá trị đi kèm, ví dụ: ${EXAMPLES[opt] ?? opt}.`,
  outNotXlsx: (out: string) => `Tệp kết quả "${out}" phải có đuôi .xlsx, ví dụ: --out danh-sach-da-sua.xlsx.`,
  sameAsInput: (out: string) =>
    `Tệp kết quả "${out}" trùng với tệp cần sửa; dvcheck không bao giờ ghi đè tệp gốc. Hãy đặt tên khác cho --out.`,
  badRules: (bad: readonly string[], fixable: string) =>
    `Không sửa tự động được theo quy tắc: ${bad.join(', ')} (mã quy tắc không có, hoặc quy tắc đó cần người xem xét). ` +
    `Các quy tắc sửa tự động được:\n${fixable}`,
  ruleLine: (id: string, title: string) => `  ${id.padEnd(24)}${title}`,
  noTable: (file: string) =>
    `Tệp "${file}": không tìm thấy bảng tổ chức đảng hay bảng đảng viên nào nên không có gì để sửa. Hãy kiểm tra dòng ` +
    `tiêu đề cột (phải nằm trong 20 dòng đầu).`,
  outFailed: (file: string, reason: string) =>
    `Không ghi được tệp kết quả "${file}" (${reason}). Hãy kiểm tra thư mục có tồn tại và cho phép ghi, và tệp không đang mở trong Excel.`,
  internal: (file: string, reason: string) =>
    `Lỗi khi sửa tệp "${file}": ${reason}. Hãy báo lỗi này kèm tệp mẫu đã xóa dữ liệu cá nhân.`,
};

const EXAMPLES: Record<string, string> = {
  '--out': '--out danh-sach-da-sua.xlsx',
  '--rules': '--rules text-whitespace,date-text',
  '--as-of': '--as-of 2025-12-30',
};

/** What `dvcheck fix` prints on success. */
export const FIX_REPORT = {
  header: (file: string, asOf: string) => `Tệp: ${file} (ngày làm mốc ${asOf})`,
  changed: (cells: number) => `Đã sửa ${cells.toLocaleString('vi-VN')} ô:`,
  nothing: 'Không có ô nào cần sửa tự động.',
  ruleCount: (title: string, id: string, count: number) => `  - ${title}: ${count.toLocaleString('vi-VN')} ô [${id}]`,
  overlap: '  (một ô có nhiều lỗi được tính ở mỗi quy tắc liên quan)',
  restricted: (ids: readonly string[]) => `Chỉ sửa theo các quy tắc: ${ids.join(', ')}.`,
  skipped: (cells: number) =>
    `${cells.toLocaleString('vi-VN')} ô chứa công thức hoặc liên kết nên không sửa tự động; hãy sửa tay các ô này.`,
  suggestions: (count: number) =>
    count === 0
      ? 'Không còn gợi ý nào cần người xem xét.'
      : `Còn ${count.toLocaleString('vi-VN')} gợi ý cần người xem xét và quyết định (chi bộ gần đúng, trùng người, tỉnh cũ…); ` +
        `chạy "dvcheck check" trên tệp đã sửa để xem chi tiết.`,
  written: (file: string) => `Đã ghi tệp đã sửa: ${file}. Tệp gốc không bị thay đổi.`,
  notKept: (parts: readonly string[]) =>
    `Lưu ý: tệp gốc có ${parts.join(', ')}; bản đã sửa không giữ được phần này. Hãy chép các giá trị đã sửa sang ` +
    `tệp gốc, hoặc tạo lại phần này trong bản đã sửa.`,
  parts: { charts: 'biểu đồ', pivots: 'bảng tổng hợp (PivotTable)', macros: 'macro' },
};

export const FIX_HELP = `dvcheck fix — sửa tự động các lỗi sửa được an toàn và ghi ra một tệp mới

Cách dùng:
  dvcheck fix TỆP.xlsx --out TỆP_ĐÃ_SỬA.xlsx [--rules mã,mã] [--as-of NĂM-THÁNG-NGÀY]

Lệnh đọc TỆP.xlsx, sửa các ô có lỗi sửa được mà không cần người quyết định (khoảng trắng thừa, chữ gõ bằng phông
TCVN3/VNI, ký tự Unicode không chuẩn, viết hoa họ tên, giới tính, CCCD và số điện thoại mất số 0 hoặc lưu dạng số,
đầu số di động 11 số cũ, ngày lưu dạng chữ, giá trị danh mục và loại hình tổ chức viết khác) rồi ghi ra
TỆP_ĐÃ_SỬA.xlsx. Các ô khác, định dạng, ô gộp, độ rộng cột và các trang tính khác giữ nguyên. Tệp gốc không bao giờ
bị sửa. Những việc cần người quyết định (chi bộ không có trong danh sách, trùng người, địa chỉ tỉnh cũ…) chỉ được
đếm và để lại.

Tùy chọn:
  --out TỆP.xlsx      Tệp kết quả (bắt buộc, khác tệp gốc).
  --rules mã,mã       Chỉ sửa theo các quy tắc này (ví dụ: --rules text-whitespace,date-text).
  --as-of 2025-12-30  Ngày làm mốc kiểm tra. Mặc định: hôm nay.
  -h, --help          Xem hướng dẫn này.

Mã thoát:
  0  đã ghi tệp đã sửa
  2  tham số sai hoặc không đọc/ghi được tệp (xem thông báo)
`;
