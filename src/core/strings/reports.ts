/** Every Vietnamese sentence of the generated documents (Phụ lục 01, progress report, badge list). */

// ---- Phụ lục 01 -----------------------------------------------------------------------------
export const APPENDIX_SHEET = 'Phụ lục 01';
export const APPENDIX_TITLES = [
  'PHỤ LỤC 01',
  'BIỂU MẪU ĐỀ NGHỊ CẤP TÀI KHOẢN KHAI THÁC, SỬ DỤNG HỆ THỐNG CSDL ĐẢNG VIÊN 4.0',
  '(Kèm theo Kế hoạch số 291-KH/BTCTW, ngày 04/12/2025 của Ban Tổ chức Trung ương)',
] as const;
/** The form's ten columns, in order, with the exact texts of RULES.md §2. */
export const APPENDIX_HEADERS = [
  'STT',
  'Tỉnh/thành phố',
  'Xã/phường',
  'Họ và tên',
  'Ngày sinh',
  'Số CCCD',
  'Số điện thoại',
  'Vị trí công tác',
  'Đơn vị công tác',
  'Quyền khai thác, sử dụng hệ thống',
] as const;
export const RIGHTS_LABELS: Record<number, string> = {
  1: 'Quản trị hệ thống',
  2: 'Nhập liệu',
  3: 'Chuyển sinh hoạt Đảng',
  4: 'Làm thẻ Đảng',
  5: 'Làm huy hiệu Đảng',
};
export const APPENDIX_RIGHTS_LEGEND =
  'Quyền khai thác, sử dụng hệ thống: ' +
  [1, 2, 3, 4, 5].map((n) => `(${n}) ${RIGHTS_LABELS[n]}`).join('; ') +
  '.';
export const APPENDIX_NOTE = 'Lưu ý: Có thể lựa chọn một hoặc nhiều lựa chọn trên';
export const appendixNoRows = (): string =>
  'Không có dòng nào trong bảng đề nghị cấp tài khoản (Phụ lục 01). Hãy nhập danh sách người cần cấp tài khoản rồi tạo lại.';
export const appendixNoTable = (): string =>
  'Không tìm thấy bảng đề nghị cấp tài khoản trong tệp: cần một trang có các cột Họ và tên, Ngày sinh, Số CCCD, ' +
  'Số điện thoại, Quyền khai thác, sử dụng hệ thống.';
export const appendixRowsWithErrors = (n: number): string =>
  `${n} dòng còn lỗi. Hãy sửa các lỗi dưới đây rồi tạo lại, hoặc vẫn tạo Phụ lục 01 khi còn lỗi (dòng lỗi sẽ được tô màu vàng).`;
export const appendixForcedNote = (n: number): string =>
  `Có ${n} dòng còn lỗi được đưa vào theo yêu cầu (tô màu vàng): cần sửa trước khi gửi.`;

// ---- progress report ------------------------------------------------------------------------
export const PROGRESS_SHEET = 'Báo cáo tiến độ';
export const PARTY_NAME = 'ĐẢNG CỘNG SẢN VIỆT NAM';
export const PROGRESS_TITLE = 'BÁO CÁO TIẾN ĐỘ LÀM SẠCH, CHUẨN HÓA DỮ LIỆU ĐẢNG VIÊN';
export const progressAsOf = (date: string): string => `Số liệu tính đến ngày ${date}`;
export const PROGRESS_HEADERS = [
  'Tổ chức đảng',
  'Tổng số đảng viên',
  'Đã rà soát',
  'Tỷ lệ rà soát (%)',
  'Đạt chuẩn (không còn lỗi)',
  'Tỷ lệ đạt chuẩn (%)',
  'Còn lỗi',
  'Đủ',
  'Đúng',
  'Sạch',
  'Sống',
  'Thống nhất',
] as const;
export const PROGRESS_GROUP_CAPTION = 'Số lỗi theo nhóm';
export const UNKNOWN_BRANCH = 'Chưa xác định chi bộ';
export const TABLE_LEVEL_ERRORS = 'Lỗi chung của bảng (tiêu đề, cột)';
export const inactiveLabel = (org: string, status: string | undefined): string => `${org} (${(status ?? 'giải thể').toLowerCase()})`;
export const subtotalLabel = (org: string): string => `Cộng ${org}`;
export const GRAND_TOTAL = 'Tổng cộng';
export const COMMITTEE_FALLBACK = 'ĐẢNG BỘ';
export const targetReviewed = (pct: string, missing: number): string =>
  `Mục tiêu 100% hồ sơ đảng viên được rà soát: đã đạt ${pct}%` +
  (missing > 0 ? `, còn ${missing} hồ sơ chưa rà soát.` : ', đã hoàn thành.');
export const targetStandardised = (pct: string, missing: number): string =>
  `Mục tiêu 100% dữ liệu đảng viên được chuẩn hóa: đã đạt ${pct}%` +
  (missing > 0 ? `, còn ${missing} đảng viên có dữ liệu còn lỗi.` : ', đã hoàn thành.');
export const PROGRESS_NOTE =
  'Ghi chú: "Đã rà soát" là số đảng viên có đánh dấu ở cột Đã rà soát (nếu danh sách không có cột này: số đảng viên ' +
  'không còn lỗi). "Đạt chuẩn" là đảng viên không còn lỗi nào. Các cột Đủ, Đúng, Sạch, Sống, Thống nhất là số lỗi ' +
  'theo từng nhóm, gồm cả lỗi của chính tổ chức đảng trong danh sách tổ chức.';
export const CHART_BAR_TITLE = 'Tỷ lệ đạt chuẩn theo tổ chức đảng (%)';
export const CHART_BAR_SERIES = 'Tỷ lệ đạt chuẩn (%)';
export const CHART_LINE_TITLE = 'Xu hướng tiến độ qua các lần báo cáo (%)';
export const CHART_LINE_REVIEWED = 'Tỷ lệ rà soát (%)';
export const CHART_LINE_STANDARDISED = 'Tỷ lệ đạt chuẩn (%)';
export const noMembersTable = (): string =>
  'Không tìm thấy danh sách đảng viên trong tệp: cần một trang có các cột Họ và tên, Ngày sinh, Số CCCD, Ngày vào Đảng, Chi bộ.';

// ---- history ----------------------------------------------------------------------------------
export const HISTORY_SHEET = 'Lịch sử tiến độ';
export const HISTORY_TITLE = 'LỊCH SỬ TIẾN ĐỘ LÀM SẠCH, CHUẨN HÓA DỮ LIỆU ĐẢNG VIÊN';
export const HISTORY_HEADERS = [
  'Ngày báo cáo',
  'Tổng số đảng viên',
  'Đã rà soát',
  'Tỷ lệ rà soát (%)',
  'Đạt chuẩn (không còn lỗi)',
  'Tỷ lệ đạt chuẩn (%)',
  'Số lỗi',
] as const;

// ---- party badges -------------------------------------------------------------------------------
export const BADGE_SHEET = 'Huy hiệu Đảng';
export const badgeTitle = (year: number): string => `DANH SÁCH ĐẢNG VIÊN ĐỦ TUỔI ĐẢNG XÉT TẶNG HUY HIỆU ĐẢNG NĂM ${year}`;
export const BADGE_HEADERS = [
  'STT',
  'Họ và tên',
  'Ngày sinh',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Chi bộ',
  'Số thẻ đảng viên',
  'Ngày tròn tuổi Đảng',
  'Đợt trao tặng',
] as const;
export const badgeMilestone = (years: number, count: number): string =>
  `Huy hiệu ${years} năm tuổi Đảng (${count} đồng chí)`;
export const badgeRound = (date: string, count: number): string => `Đợt ${date} (${count} đồng chí)`;
export const badgeNote = (year: number): string =>
  `Cách tính: tuổi Đảng tính từ ngày vào Đảng đến ngày tròn năm trong năm ${year} (chưa trừ thời gian không sinh ` +
  'hoạt Đảng, nếu có, cần đối chiếu hồ sơ). Mỗi đồng chí được xếp vào đợt trao tặng đầu tiên vào hoặc sau ngày tròn ' +
  `tuổi Đảng: 03/02, 19/05, 02/09, 07/11; ai tròn tuổi Đảng sau ngày 07/11/${year} được xếp đợt 03/02/${year + 1} ` +
  `nhưng vẫn có tên trong danh sách năm ${year}. Các mốc: 30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90 năm (không có 35 năm).`;
export const badgeMissingAdmission = (n: number): string =>
  `Có ${n} đảng viên chưa có ngày vào Đảng hợp lệ nên chưa xét được: hãy bổ sung trong danh sách đảng viên.`;
export const badgeNone = (year: number): string => `Không có đảng viên nào tròn mốc tuổi Đảng xét huy hiệu trong năm ${year}.`;

// ---- command line (dvcheck appendix / report) ---------------------------------------------------
export const GENERATE_CLI = {
  missingFile: (cmd: string) => `Chưa chỉ ra tệp dữ liệu. Ví dụ: dvcheck ${cmd} danh-sach.xlsx --out ket-qua.xlsx`,
  tooManyFiles: (cmd: string) => `Lệnh ${cmd} chỉ nhận một tệp dữ liệu. Hãy chạy lệnh riêng cho từng tệp.`,
  missingOut: (cmd: string) => `Chưa chỉ ra tệp kết quả. Hãy thêm --out, ví dụ: dvcheck ${cmd} danh-sach.xlsx --out ket-qua.xlsx`,
  outNotXlsx: (out: string) => `Tệp kết quả "${out}" phải có đuôi .xlsx, ví dụ: --out bao-cao.xlsx`,
  outIsInput: (out: string) =>
    `Tệp kết quả "${out}" trùng với tệp dữ liệu; dvcheck không bao giờ ghi đè tệp gốc. Hãy chọn tên khác cho --out.`,
  badYear: (v: string) => `Năm --badges "${v}" không hợp lệ. Hãy ghi năm bốn chữ số, ví dụ: --badges 2026.`,
  findingLine: (sheet: string, cell: string, message: string) => `  Trang "${sheet}", ô ${cell}: ${message}`,
  appendixWritten: (out: string, n: number) => `Đã ghi Phụ lục 01 (${n} người đề nghị cấp tài khoản) vào tệp: ${out}`,
  appendixForceHint: 'Sửa các lỗi trên trong tệp dữ liệu rồi chạy lại, hoặc thêm --force để vẫn tạo Phụ lục 01 (dòng lỗi được tô vàng).',
  reportWritten: (out: string, total: number, reviewed: string, standardised: string) =>
    `Đã ghi báo cáo tiến độ vào tệp: ${out} (${total} đảng viên; đã rà soát ${reviewed}%; đạt chuẩn ${standardised}%).`,
  historyKept: (n: number) => `Lịch sử tiến độ: ${n} lần báo cáo (kể cả lần này).`,
  badgesWritten: (year: number, n: number) => `Danh sách xét tặng Huy hiệu Đảng năm ${year}: ${n} đồng chí.`,
};

export const APPENDIX_HELP = `dvcheck appendix — tạo Phụ lục 01 (đề nghị cấp tài khoản CSDL đảng viên 4.0)

Cách dùng:
  dvcheck appendix TỆP.xlsx --out KẾT_QUẢ.xlsx [--province TÊN] [--commune TÊN] [--force] [--as-of NĂM-THÁNG-NGÀY]

Đọc bảng đề nghị cấp tài khoản trong TỆP.xlsx, kiểm tra từng dòng (họ tên, ngày sinh, số CCCD, số điện thoại,
quyền 1-5), rồi ghi tệp mới KẾT_QUẢ.xlsx có trang "Phụ lục 01" đúng mẫu.
  --province, --commune  tên tỉnh/thành phố, xã/phường dùng cho các dòng còn để trống.
  --force                vẫn tạo khi còn dòng lỗi (dòng lỗi được tô vàng); không có --force thì dừng và liệt kê lỗi.
Mã thoát: 0 đã ghi tệp; 1 còn dòng lỗi (chưa ghi); 2 tham số sai hoặc không đọc được tệp.
`;

export const REPORT_HELP = `dvcheck report — báo cáo tiến độ làm sạch, chuẩn hóa dữ liệu đảng viên

Cách dùng:
  dvcheck report TỆP.xlsx --out BÁO_CÁO.xlsx [--as-of NĂM-THÁNG-NGÀY] [--badges NĂM]

Kiểm tra TỆP.xlsx như lệnh check rồi ghi BÁO_CÁO.xlsx: trang "Báo cáo tiến độ" (theo từng tổ chức đảng, có biểu đồ),
trang "Lịch sử tiến độ" (nếu BÁO_CÁO.xlsx đã có trang này thì giữ các dòng cũ và thêm một dòng mới).
  --badges NĂM   thêm trang danh sách đảng viên đủ tuổi Đảng xét tặng Huy hiệu Đảng trong năm đó.
Mã thoát: 0 đã ghi tệp; 2 tham số sai hoặc không đọc được tệp.
`;

// ---- task pane ("Báo cáo" tab) ---------------------------------------------------------------------
export const GENERATE_PANE = {
  appendixTitle: 'Phụ lục 01 — đề nghị cấp tài khoản',
  appendixIntro: 'Tạo trang "Phụ lục 01" đúng mẫu Kế hoạch 291-KH/BTCTW, sẵn sàng in khổ A4 ngang.',
  sourceAccounts: (n: number) => `Từ bảng đề nghị cấp tài khoản trong sổ (${n} người)`,
  sourceMembers: 'Chọn đảng viên trong danh sách',
  noAccountsTable: 'Sổ chưa có bảng đề nghị cấp tài khoản: hãy chọn đảng viên trong danh sách bên dưới.',
  province: 'Tỉnh/thành phố',
  commune: 'Xã/phường',
  placeHint: 'Nhập một lần, dùng cho mọi dòng còn để trống (được ghi nhớ trong sổ).',
  search: 'Tìm đảng viên (họ tên hoặc số CCCD)',
  add: 'Thêm',
  remove: 'Bỏ',
  chosen: (n: number) => `Đã chọn ${n} người`,
  rights: 'Quyền',
  noneChosen: 'Chưa chọn ai. Gõ tên hoặc số CCCD để tìm rồi bấm "Thêm".',
  errorsTitle: (n: number) => `${n} lỗi cần xem trước khi tạo`,
  rightsMissing: (name: string) => `${name}: chưa chọn quyền khai thác nào. Hãy đánh dấu ít nhất một quyền (1-5).`,
  force: 'Vẫn tạo khi còn lỗi (dòng lỗi được tô vàng để sửa trước khi gửi)',
  createAppendix: 'Tạo Phụ lục 01',
  appendixDone: (sheet: string, n: number) => `Đã tạo trang "${sheet}" với ${n} người.`,
  progressTitle: 'Báo cáo tiến độ làm sạch, chuẩn hóa dữ liệu',
  progressIntro: 'Tạo trang báo cáo theo từng tổ chức đảng (có biểu đồ) và thêm một dòng vào trang "Lịch sử tiến độ".',
  needCheck: 'Hãy bấm "Kiểm tra" ở thẻ Kiểm tra trước: báo cáo dùng kết quả kiểm tra mới nhất.',
  noMembers: 'Kết quả kiểm tra chưa có danh sách đảng viên nào nên chưa lập được báo cáo.',
  createProgress: 'Tạo báo cáo tiến độ',
  progressDone: (sheet: string, points: number, reviewed: string, standardised: string) =>
    `Đã tạo trang "${sheet}": đã rà soát ${reviewed}%, đạt chuẩn ${standardised}%. Lịch sử có ${points} lần báo cáo.`,
  badgesTitle: 'Danh sách xét tặng Huy hiệu Đảng',
  badgeYear: 'Năm xét tặng',
  badYear: 'Hãy nhập năm bốn chữ số, ví dụ 2026.',
  createBadges: 'Tạo danh sách Huy hiệu Đảng',
  badgesDone: (sheet: string, year: number, n: number) => `Đã tạo trang "${sheet}": ${n} đồng chí đủ tuổi Đảng xét tặng năm ${year}.`,
  working: 'Đang tạo…',
  cannotWrite: 'Chương trình chưa ghi được trang mới vào sổ này (phiên bản Excel không hỗ trợ).',
  failed: (reason: string) => `Không tạo được: ${reason}. Hãy thử lại; nếu vẫn lỗi, hãy lưu sổ và mở lại.`,
};
