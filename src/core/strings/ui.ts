/**
 * Every Vietnamese sentence of the Excel task pane and of the Office adapter's error messages.
 * Kept in one place so a Vietnamese reader can review the wording.
 */
const n = (x: number) => x.toLocaleString('vi-VN');

export const UI = {
  appTitle: 'Rà soát CSDL đảng viên',
  tabCheck: 'Rà soát',
  tabReports: 'Báo cáo',
  tabReconcile: 'Đối soát',
  loadingOffice: 'Đang kết nối với Excel…',

  // tables
  tablesTitle: 'Bảng tìm thấy',
  tablesReading: 'Đang tìm bảng trong sổ làm việc…',
  tablesNone:
    'Chưa tìm thấy bảng tổ chức đảng hay đảng viên nào. Hãy kiểm tra dòng tiêu đề cột (ví dụ "Họ và tên", ' +
    '"Số CCCD", "Chi bộ") nằm trong 20 dòng đầu của trang tính, rồi bấm "Tìm lại bảng".',
  tablesRefresh: 'Tìm lại bảng',
  tableSummary: (sheet: string, kind: string, headerRow: number, rows: number) =>
    `${sheet} · ${kind} · tiêu đề dòng ${headerRow} · ${n(rows)} dòng`,
  /** A further block of a sheet, with a header of its own (read as a table of its own). */
  furtherBlock: (block: number, kind: string, headerRow: number, rows: number) =>
    `Khối thứ ${block}: ${kind.toLowerCase()} · tiêu đề dòng ${headerRow} · ${n(rows)} dòng (đọc theo tiêu đề riêng của khối)`,
  tableKindLabel: 'Loại bảng',
  kindAuto: 'Tự nhận biết',
  tableNotFound: 'Không tìm thấy bảng',
  showColumns: (count: number) => `Xem và chỉnh các cột (${count})`,
  hideColumns: 'Ẩn các cột',
  columnDetected: 'tự nhận',
  columnChosen: 'đã chỉnh',
  tableNotATable: 'Không phải bảng dữ liệu',
  tableColumns: 'Các cột',
  columnHeader: (letter: string, label: string) => `Cột ${letter}: ${label || '(không có tiêu đề)'}`,
  correctionSaved: 'Đã lưu điều chỉnh vào sổ làm việc; lần sau sẽ dùng điều chỉnh này.',
  correctionReset: 'Bỏ điều chỉnh',

  // checking
  checkOrganisations: 'Kiểm tra tổ chức đảng',
  checkMembers: 'Kiểm tra đảng viên',
  checkAll: 'Kiểm tra tất cả',
  checkAllHint: 'Kiểm tra tổ chức đảng trước, rồi đến đảng viên.',
  asOfLabel: 'Tính đến ngày',
  asOfInvalid: 'Ngày không hợp lệ. Hãy chọn ngày theo lịch.',
  cancel: 'Hủy',
  progressReading: (sheet: string, read: number, total: number) =>
    `Đang đọc "${sheet}": ${n(read)}/${n(total)} dòng`,
  progressChecking: (rows: number) => `Đang kiểm tra ${n(rows)} dòng…`,
  progressMarking: 'Đang đánh dấu ô sai trên trang tính…',
  cancelled: 'Đã hủy lượt kiểm tra. Dữ liệu và đánh dấu cũ không thay đổi.',
  checkedAt: (rows: number, findings: number) =>
    `Đã kiểm tra ${n(rows)} dòng: ${findings === 0 ? 'không có lỗi nào.' : `${n(findings)} vấn đề.`}`,
  liveOn: 'Đang theo dõi: sửa ô nào, kết quả và đánh dấu được cập nhật ngay.',
  liveUpdated: (rows: number) => `Đã kiểm tra lại sau khi sửa ${n(rows)} dòng.`,
  noTablesToCheck: (kind: string) =>
    `Không có bảng ${kind.toLowerCase()} để kiểm tra. Hãy xem mục "Bảng tìm thấy" và chỉnh loại bảng nếu cần.`,

  // results
  resultsTitle: 'Kết quả',
  totalsByGroup: 'Theo nhóm tiêu chí',
  totalsBySeverity: 'Theo mức độ',
  noFindings: 'Không có vấn đề nào. Dữ liệu đạt chuẩn theo các quy tắc đã kiểm tra.',
  noMatch: 'Không có kết quả nào khớp bộ lọc.',
  groupBy: 'Nhóm theo',
  groupByRule: 'Quy tắc',
  groupByOrganisation: 'Tổ chức đảng',
  filterSeverity: 'Mức độ',
  filterGroup: 'Nhóm',
  filterRule: 'Quy tắc',
  filterOrganisation: 'Tổ chức',
  filterAll: 'Tất cả',
  filtersToggle: (active: number) => (active ? `Bộ lọc (${active})` : 'Bộ lọc'),
  search: 'Tìm trong kết quả',
  searchPlaceholder: 'Tên, số CCCD, ô, nội dung…',
  previous: 'Trước',
  next: 'Sau',
  position: (i: number, total: number) => `Vấn đề ${n(i)}/${n(total)}`,
  count: (total: number) => `${n(total)} vấn đề`,
  filtered: (shown: number, total: number) => `lọc ${n(shown)}/${n(total)}`,
  show: 'Hiện',
  hide: 'Ẩn',
  noOrganisation: '(không rõ tổ chức)',
  clearMarks: 'Xóa đánh dấu',
  clearMarksDone: 'Đã xóa đánh dấu; định dạng của các ô đã trở lại như cũ.',
  selectedCell: (address: string) => `Ô ${address} đang chọn:`,
  keyboardHint: 'Dùng phím ↑ ↓ (hoặc J, K) để chuyển giữa các vấn đề; Enter để đến ô.',
  suggestion: 'Gợi ý:',
  cellAt: (sheet: string, address: string) => `${sheet}!${address}`,
  dismiss: 'Đóng',
  retry: 'Thử lại',
  errorTitle: 'Chưa thực hiện được',
  busy: 'Đang làm việc…',
  goToCell: 'Đến ô',
  rowsLabel: 'dòng',
  findingsOfCell: (count: number) => `${count} vấn đề ở ô này`,
  notePrefix: 'Rà soát: ',
  notesUnavailable:
    'Phiên bản Excel này chưa hỗ trợ ghi chú do phần bổ trợ tạo; nội dung lỗi chỉ hiển thị trong ngăn này.',
};

/** Errors from Excel, each with what to do. */
export const OFFICE_ERRORS = {
  payloadTooLarge:
    'Excel báo dữ liệu gửi/nhận quá lớn (giới hạn 5 MB của Excel trên web). Phần bổ trợ đã thử chia nhỏ nhưng ' +
    'không được. Hãy xóa các cột, dòng trống hoặc định dạng thừa ở cuối trang tính rồi thử lại.',
  protectedSheet: (sheet: string) =>
    `Trang tính "${sheet}" đang được bảo vệ nên không đánh dấu được ô sai. Hãy bỏ bảo vệ (thẻ Xem lại → ` +
    `Bỏ bảo vệ trang tính) rồi kiểm tra lại. Kết quả vẫn hiển thị đầy đủ trong ngăn này.`,
  editMode:
    'Excel đang ở chế độ sửa ô (con trỏ đang nằm trong một ô). Hãy nhấn Enter hoặc Esc để thoát khỏi ô đó rồi thử lại.',
  unsupported:
    'Phiên bản Excel này quá cũ: phần bổ trợ cần Excel 2021, Microsoft 365 hoặc Excel trên web ' +
    '(bộ API ExcelApi 1.7 trở lên). Hãy cập nhật Office rồi mở lại.',
  sheetMissing: (sheet: string) =>
    `Không tìm thấy trang tính "${sheet}" (có thể đã bị đổi tên hoặc xóa). Hãy bấm "Tìm lại bảng".`,
  busy: 'Excel đang bận (đang tính toán hoặc có hộp thoại đang mở). Hãy đợi một lát rồi thử lại.',
  general: (detail: string) =>
    `Excel báo lỗi khi thực hiện thao tác${detail ? ` (${detail})` : ''}. Hãy lưu sổ làm việc, đóng rồi mở lại ` +
    `ngăn rà soát và thử lại.`,
  notInExcel:
    'Ngăn rà soát phải chạy trong Excel. Hãy mở Excel, chọn Trang đầu → Rà soát dữ liệu (xem hướng dẫn cài đặt trong README).',
  unexpected: (detail: string) =>
    `Có lỗi không mong muốn: ${detail}. Hãy đóng rồi mở lại ngăn rà soát; nếu lỗi lặp lại, hãy báo cho người hỗ trợ kỹ thuật.`,
};
