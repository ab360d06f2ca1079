/**
 * Every Vietnamese sentence of the standalone page (dist/standalone/index.html): opening files, the preview grid,
 * the downloads. The check itself uses the pane's sentences (strings/ui.ts).
 */
const n = (x: number) => x.toLocaleString('vi-VN');

export const STANDALONE = {
  title: 'Rà soát CSDL đảng viên — trang dùng không cần cài đặt',
  privacy: 'Tệp chỉ được đọc trên máy này: không tải lên mạng, không gửi đi đâu cả.',
  openFiles: 'Mở tệp Excel…',
  dropHint: 'Kéo thả một hay nhiều tệp .xlsx vào đây, hoặc bấm "Mở tệp Excel…".',
  dropHere: 'Thả tệp vào đây',
  noFiles: 'Chưa mở tệp nào. Trang này kiểm tra danh sách tổ chức đảng, đảng viên và đề nghị cấp tài khoản như phần bổ trợ Excel.',
  filesLabel: 'Các tệp đã mở',
  closeFile: (name: string) => `Đóng tệp ${name}`,

  opening: (file: string) => `Đang mở tệp "${file}"…`,
  reading: (sheet: string, read: number, total: number) => `Đang đọc "${sheet}": ${n(read)}/${n(total)} dòng`,
  checking: (rows: number) => `Đang kiểm tra ${n(rows)} dòng…`,
  building: 'Đang tạo tệp…',
  openCancelled: (file: string) => `Đã hủy mở tệp "${file}". Bấm "Mở tệp Excel…" để mở lại khi cần.`,
  noSheet: (sheet: string) => `Không có trang tính "${sheet}" trong tệp.`,
  workerFailed:
    'Phần kiểm tra không chạy được trong trình duyệt này (Web Worker bị chặn hoặc hết bộ nhớ). Hãy đóng bớt các tệp ' +
    'đang mở, mở trang bằng Chrome, Edge hoặc Firefox bản mới rồi mở lại tệp.',
  unexpected: (detail: string) => `Có lỗi không mong đợi: ${detail}. Hãy đóng tệp, mở lại và thử lại.`,
  marksCleared: 'Đã bỏ đánh dấu trên bảng xem trước. Tệp gốc của bạn không bị thay đổi.',
  correctionSaved: 'Đã áp dụng điều chỉnh; điều chỉnh được lưu vào các tệp tải về để lần sau dùng lại.',

  // preview grid
  previewTitle: 'Xem trước trang tính',
  previewEmpty: 'Bấm vào một vấn đề trong danh sách kết quả để xem ô đó giữa các ô xung quanh.',
  previewSheet: 'Trang tính',
  previewRows: (first: number, last: number, total: number) => `Dòng ${n(first)}–${n(last)} trên ${n(total)}`,
  previewUp: 'Lên',
  previewDown: 'Xuống',
  previewLoading: 'Đang tải…',

  // downloads
  downloadsTitle: 'Tải về',
  downloadsHint: 'Mỗi tệp tải về là một bản sao mới; tệp gốc trên máy không bị sửa.',
  needCheck: 'Hãy bấm "Kiểm tra tất cả" trước khi tải các tệp dưới đây.',
  checkedCopy: 'Bản đã kiểm tra (ô sai tô màu, có ghi chú)',
  checkedCopyHint: 'Giống lệnh dvcheck check --out: ô sai được tô đỏ/vàng, có ghi chú nội dung lỗi và trang "Kết quả kiểm tra".',
  fixTitle: 'Bản đã sửa tự động',
  fixHint: 'Chỉ sửa những lỗi an toàn (khoảng trắng, chữ hoa, ngày tháng, mã cũ…). Chọn loại lỗi cần sửa rồi tải về.',
  fixPreview: 'Xem trước các thay đổi',
  fixNothing: 'Không có ô nào cần sửa tự động.',
  fixRule: (title: string, count: number) => `${title} (${n(count)} ô)`,
  fixChange: (place: string, before: string, after: string) => `${place}: "${before}" → "${after}"`,
  fixMore: (count: number) => `… và ${n(count)} ô khác`,
  fixSummary: (cells: number, suggestions: number) =>
    `${n(cells)} ô sẽ được sửa. ${suggestions ? `${n(suggestions)} vấn đề cần người kiểm tra tự quyết (không sửa tự động).` : ''}`.trim(),
  fixSkipped: (count: number) => `${n(count)} ô có công thức hoặc liên kết được giữ nguyên.`,
  fixDownload: (count: number) => `Tải bản đã sửa (${n(count)} ô)`,
  fixNoRule: 'Hãy chọn ít nhất một loại lỗi cần sửa.',
  fixDone: (file: string, count: number) => `Đã tạo "${file}": sửa ${n(count)} ô.`,
  appendixTitle: 'Phụ lục 01 (đề nghị cấp tài khoản)',
  appendixProvince: 'Tỉnh/thành phố',
  appendixCommune: 'Xã/phường',
  appendixDownload: 'Tải Phụ lục 01',
  appendixBlocked: (rows: number) =>
    `${n(rows)} dòng của bảng đề nghị cấp tài khoản còn lỗi. Hãy sửa trong tệp rồi mở lại, hoặc đánh dấu "Vẫn tạo" để tạo với các dòng lỗi được tô màu.`,
  appendixForce: 'Vẫn tạo khi còn lỗi (các dòng lỗi được tô màu)',
  appendixDone: (file: string, rows: number) => `Đã tạo "${file}" với ${n(rows)} dòng.`,
  reportTitle: 'Báo cáo tiến độ',
  reportBadges: 'Kèm danh sách Huy hiệu Đảng năm',
  reportDownload: 'Tải báo cáo tiến độ',
  reportDone: (file: string, members: number) => `Đã tạo "${file}" (${n(members)} đảng viên).`,
  checkedDone: (file: string) => `Đã tạo "${file}".`,
  badYear: 'Năm không hợp lệ: hãy nhập năm có 4 chữ số, ví dụ 2026.',

  fileNames: {
    checked: (base: string) => `${base}.checked.xlsx`,
    fixed: (base: string) => `${base}.fixed.xlsx`,
    appendix: (base: string) => `${base}.phu-luc-01.xlsx`,
    report: (base: string) => `${base}.bao-cao-tien-do.xlsx`,
  },
};
