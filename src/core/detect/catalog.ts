import type { FieldKey, TableKind } from '../fields';

/**
 * The column catalog: every header name users write for each field (RULES.md §2 and the variants seen in commune
 * workbooks). Names are written as users type them; matching goes through `headerKey`, so case, spaces,
 * punctuation and diacritics do not matter ("Ho va ten" = "HỌ VÀ TÊN" = "Họ  và\ntên").
 *
 * `names` also match inside a longer label ("Ngày sinh (dd/mm/yyyy)"); the longest name found wins.
 * `exactNames` match only the whole label: short or ambiguous words ("TT", "Đơn vị", "Chính thức") that would
 * otherwise catch unrelated columns. Any name whose key is shorter than 3 characters is exact-only anyway.
 * A field may have several entries when its names differ between table kinds.
 */
export interface ColumnSpec {
  field: FieldKey;
  kinds: readonly TableKind[];
  names: readonly string[];
  exactNames?: readonly string[];
}

const ALL: readonly TableKind[] = ['members', 'organisations', 'accounts'];
const PEOPLE: readonly TableKind[] = ['members', 'accounts'];
const MEMBERS: readonly TableKind[] = ['members'];
const ORGS: readonly TableKind[] = ['organisations'];
const ACCOUNTS: readonly TableKind[] = ['accounts'];

export const COLUMN_CATALOG: readonly ColumnSpec[] = [
  {
    field: 'index',
    kinds: ALL,
    names: ['STT', 'Số thứ tự', 'Thứ tự', 'Số TT'],
    exactNames: ['TT', 'Số', 'S.T.T', 'No'],
  },

  // People (members and account requests)
  {
    field: 'fullName',
    kinds: PEOPLE,
    names: [
      'Họ và tên', 'Họ tên', 'Họ và tên đang dùng', 'Họ tên đang dùng', 'Họ và tên thường dùng',
      'Họ và tên đảng viên', 'Họ tên đảng viên', 'Họ, chữ đệm và tên', 'Họ chữ đệm và tên',
    ],
    // "Họ đệm" | "Tên", "Họ" | "Chữ đệm" | "Tên": a name split in columns (nameSplit.ts joins them).
    exactNames: [
      'Tên đảng viên', 'Tên', 'Họ', 'Họ đệm', 'Họ và đệm', 'Họ và tên đệm', 'Họ tên đệm', 'Họ lót', 'Họ và chữ đệm', 'Họ, chữ đệm',
      'Chữ đệm', 'Tên đệm', 'Đệm', 'Tên lót', 'Chữ lót', 'Lót',
    ],
  },
  {
    field: 'birthDate',
    kinds: PEOPLE,
    names: [
      'Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Ngày/tháng/năm sinh', 'Sinh ngày', 'NTNS',
      'Năm sinh', 'Ngày tháng sinh', 'Ng.sinh', 'N.sinh', 'Ng/sinh',
    ],
    exactNames: ['Sinh', 'NS'],
  },
  {
    field: 'nationalId',
    kinds: PEOPLE,
    names: [
      'Số CCCD', 'CCCD', 'CCCD/CMND', 'CMND/CCCD', 'Số CMND/CCCD', 'Số CCCD/CMND', 'Số định danh',
      'Số định danh cá nhân', 'Mã định danh', 'Mã số định danh', 'Mã định danh cá nhân', 'Định danh cá nhân',
      // ĐDCN: định danh cá nhân.
      'Số ĐDCN', 'Mã ĐDCN', 'ĐDCN', 'Số định danh CN',
      'Căn cước', 'Số căn cước', 'Căn cước công dân', 'Số căn cước công dân', 'Số thẻ căn cước', 'CMND', 'Số CMND',
      'Chứng minh nhân dân', 'Số chứng minh nhân dân', 'Số CMTND', 'CMTND', 'Số CCCD/Định danh',
    ],
    exactNames: ['Số CC', 'Định danh'],
  },
  {
    field: 'phone',
    kinds: PEOPLE,
    names: [
      'Số điện thoại', 'SĐT', 'Điện thoại', 'Số ĐT', 'Điện thoại liên hệ', 'Điện thoại di động', 'Số di động',
      'Di động', 'ĐTDĐ', 'Số điện thoại di động',
    ],
    exactNames: ['ĐT', 'ĐTLH'],
  },
  {
    field: 'workplace',
    kinds: PEOPLE,
    names: ['Đơn vị công tác', 'Nơi công tác', 'Cơ quan công tác', 'Nơi làm việc', 'Cơ quan, đơn vị công tác'],
    exactNames: ['Cơ quan', 'Cơ quan, đơn vị'],
  },

  // Members
  {
    field: 'birthName',
    kinds: MEMBERS,
    names: ['Họ và tên khai sinh', 'Họ tên khai sinh', 'Tên khai sinh'],
  },
  {
    field: 'gender',
    kinds: MEMBERS,
    names: ['Giới tính', 'Nam/Nữ', 'Nam, nữ', 'Nam hoặc nữ'],
    exactNames: ['Phái', 'Giới', 'GT'],
  },
  {
    field: 'recordNumber',
    kinds: MEMBERS,
    names: ['Số lý lịch', 'Số LL', 'Lý lịch số', 'Số LLĐV', 'Số lý lịch đảng viên', 'Số hồ sơ lý lịch'],
    exactNames: ['Lý lịch', 'LL'],
  },
  {
    field: 'cardNumber',
    kinds: MEMBERS,
    names: [
      'Số thẻ', 'Số thẻ ĐV', 'Số thẻ Đảng', 'Số thẻ đảng viên', 'Thẻ Đảng', 'Thẻ đảng viên', 'Thẻ ĐV', 'Số thẻ đảng',
    ],
  },
  {
    field: 'admissionDate',
    kinds: MEMBERS,
    names: [
      'Ngày vào Đảng', 'Ngày kết nạp', 'Ngày vào đảng (dự bị)', 'Ngày vào Đảng dự bị', 'Ngày kết nạp Đảng',
      'Ngày kết nạp vào Đảng', 'Vào Đảng', 'Kết nạp', 'Ngày tháng năm vào Đảng', 'Kết nạp Đảng',
      'Ngày kết nạp dự bị', 'Kết nạp dự bị', 'Vào Đảng dự bị',
      // "Ngày tháng năm" over "Dự bị" | "Chính thức": the day the member became a probationary member.
      'Ngày dự bị', 'Ngày vào dự bị',
    ],
  },
  {
    field: 'officialDate',
    kinds: MEMBERS,
    names: [
      'Ngày chính thức', 'Ngày công nhận chính thức', 'Ngày được công nhận chính thức', 'Công nhận chính thức',
      'Ngày vào Đảng chính thức', 'Ngày chuyển chính thức', 'Chuyển chính thức', 'Ngày đảng viên chính thức',
      'Ngày tháng năm chính thức', 'Ngày kết nạp chính thức', 'Kết nạp chính thức', 'Vào Đảng chính thức',
      // Abbreviated in narrow printed columns ("N.chính thức"); "Chính thức" alone is the member type.
      'N.chính thức', 'Ng.chính thức', 'Ngày CT', 'Ngày c.thức', 'N.c.thức',
      // "Công nhận" alone in a member list is the recognition as official member (ĐVCT: đảng viên chính thức).
      'Ngày công nhận', 'Ngày công nhận ĐVCT', 'Ngày CNCT', 'Ngày chuyển ĐVCT', 'Công nhận ĐVCT', 'Ngày vào Đảng CT',
      'Ngày công nhận đảng viên chính thức', 'Ngày được công nhận đảng viên chính thức',
      'Ngày được công nhận là đảng viên chính thức', 'Công nhận đảng viên chính thức',
    ],
  },
  {
    field: 'branch',
    kinds: MEMBERS,
    names: [
      'Chi bộ', 'Chi bộ sinh hoạt', 'Sinh hoạt tại chi bộ', 'Chi bộ đang sinh hoạt', 'Tổ chức đảng', 'Tên chi bộ',
      'Đơn vị sinh hoạt', 'Nơi sinh hoạt', 'Sinh hoạt đảng', 'Tổ chức đảng sinh hoạt', 'Chi bộ, đảng bộ',
      'Đảng bộ, chi bộ', 'Tổ chức cơ sở đảng', 'Tên tổ chức đảng',
    ],
    exactNames: ['Đơn vị', 'TCĐ', 'Chi, đảng bộ', 'CB'],
  },
  // "DT" (folds like "ĐT", the phone) is the ethnicity when it stands by the religion (abbreviations.ts).
  { field: 'ethnicity', kinds: MEMBERS, names: ['Dân tộc', 'D.tộc'] },
  { field: 'religion', kinds: MEMBERS, names: ['Tôn giáo', 'T.giáo'], exactNames: ['TG'] },
  { field: 'hometown', kinds: MEMBERS, names: ['Quê quán', 'Nguyên quán', 'Q.quán'], exactNames: ['Quê', 'QQ'] },
  {
    field: 'address',
    kinds: MEMBERS,
    names: [
      'Nơi ở hiện nay', 'Chỗ ở hiện nay', 'Nơi ở hiện tại', 'Chỗ ở hiện tại', 'Nơi thường trú', 'Địa chỉ',
      'Nơi cư trú', 'Địa chỉ thường trú', 'Hộ khẩu thường trú', 'Thường trú', 'Địa chỉ liên hệ', 'Nơi ở',
      'Chỗ ở', 'Địa chỉ cư trú', 'Nơi đăng ký thường trú', 'Trú quán', 'HKTT', 'Hộ khẩu',
    ],
  },
  {
    field: 'email',
    kinds: MEMBERS,
    names: ['Email', 'E-mail', 'Thư điện tử', 'Địa chỉ email', 'Địa chỉ thư điện tử', 'Địa chỉ e-mail'],
    exactNames: ['Mail'],
  },
  {
    field: 'position',
    kinds: MEMBERS,
    names: ['Chức vụ', 'Chức danh', 'Chức vụ đảng', 'Chức vụ chính quyền', 'Chức vụ hiện nay'],
  },
  {
    field: 'schooling',
    kinds: MEMBERS,
    names: [
      'Trình độ văn hóa', 'Văn hóa', 'GDPT', 'Giáo dục phổ thông', 'Trình độ giáo dục phổ thông', 'Trình độ GDPT',
      'Học vấn', 'Trình độ học vấn', 'TĐVH', 'Trình độ VH',
    ],
    exactNames: ['VH'],
  },
  {
    field: 'profession',
    kinds: MEMBERS,
    names: [
      'Chuyên môn, nghiệp vụ', 'Trình độ chuyên môn', 'Chuyên môn', 'Trình độ chuyên môn nghiệp vụ', 'CMNV',
      'Trình độ CMNV', 'Trình độ CM',
    ],
    // "Trình độ" over "GDPT" | "CM" | "LLCT" (the umbrella group is dropped, the sub-label stands alone).
    exactNames: ['CM'],
  },
  {
    field: 'politicalTheory',
    kinds: MEMBERS,
    names: ['LLCT', 'Lý luận chính trị', 'Trình độ LLCT', 'Trình độ lý luận chính trị', 'Lý luận CT'],
    // "Trình độ" over "Văn hóa" | "Chuyên môn" | "Lý luận".
    exactNames: ['Chính trị', 'Lý luận'],
  },
  {
    field: 'memberType',
    kinds: MEMBERS,
    names: [
      'Loại đảng viên', 'Chính thức/Dự bị', 'Dự bị/Chính thức', 'Đảng viên dự bị', 'Chính thức hay dự bị',
      'Loại ĐV', 'Đảng viên chính thức/dự bị', 'Đảng viên CT/DB', 'ĐV CT/DB', 'Chính thức, dự bị',
    ],
    exactNames: ['Chính thức', 'Dự bị', 'Loại', 'CT/DB', 'DB/CT'],
  },
  {
    field: 'reviewed',
    kinds: MEMBERS,
    names: ['Đã rà soát', 'Rà soát', 'Đã kiểm tra', 'Đã xác minh', 'Đã đối chiếu'],
    exactNames: ['Kiểm tra'],
  },

  {
    // Exports of the member management software list everyone ever registered: "Đang sinh hoạt", "Đã chuyển đi",
    // "Từ trần", "Xóa tên" (parse/values.ts readMemberLeft).
    field: 'status',
    kinds: MEMBERS,
    names: [
      'Trạng thái', 'Tình trạng', 'Trạng thái sinh hoạt', 'Tình trạng sinh hoạt', 'Trạng thái đảng viên',
      'Tình trạng đảng viên', 'Trạng thái hồ sơ',
    ],
  },

  // Organisations
  {
    field: 'name',
    kinds: ORGS,
    names: [
      'Tên tổ chức đảng', 'Tên chi bộ', 'Tên TCĐ', 'Tổ chức cơ sở đảng', 'Tên tổ chức', 'Tên tổ chức cơ sở đảng',
      'Tên chi bộ, đảng bộ', 'Tên đảng bộ, chi bộ', 'Tên đơn vị', 'Tên đảng bộ', 'Tên TCCSĐ', 'Tên TCCS đảng',
    ],
    exactNames: ['Tên', 'Tên gọi', 'Tổ chức đảng', 'Chi bộ, đảng bộ', 'Đảng bộ, chi bộ', 'TCĐ', 'Tổ chức', 'Chi bộ', 'Đảng bộ'],
  },
  {
    field: 'code',
    kinds: ORGS,
    names: ['Mã TCĐ', 'Mã tổ chức', 'Mã tổ chức đảng', 'Mã chi bộ', 'Mã đơn vị'],
    exactNames: ['Mã', 'Mã số'],
  },
  {
    field: 'type',
    kinds: ORGS,
    names: [
      'Loại hình', 'Loại tổ chức', 'Loại hình tổ chức', 'Loại hình tổ chức đảng', 'Loại TCĐ', 'Loại tổ chức đảng',
      // longer than the name's "Tổ chức cơ sở đảng" inside it, so the type wins
      'Loại hình tổ chức cơ sở đảng', 'Loại hình TCCSĐ', 'Hình thức tổ chức',
    ],
    exactNames: ['Loại'],
  },
  {
    field: 'parent',
    kinds: ORGS,
    names: [
      'Trực thuộc', 'Cấp trên', 'Cấp ủy cấp trên', 'Đảng bộ cấp trên', 'Cấp trên trực tiếp', 'Tổ chức đảng cấp trên',
      'Đơn vị cấp trên', 'Thuộc đảng bộ',
    ],
    exactNames: ['Thuộc'],
  },
  {
    field: 'status',
    kinds: ORGS,
    names: ['Trạng thái', 'Tình trạng', 'Tình trạng hoạt động', 'Trạng thái hoạt động'],
  },
  {
    field: 'foundedDate',
    kinds: ORGS,
    names: ['Ngày thành lập', 'Thành lập', 'Ngày quyết định thành lập', 'Ngày tháng năm thành lập'],
  },
  {
    field: 'formerName',
    kinds: ORGS,
    names: ['Tên cũ', 'Tên trước đây', 'Tên gọi cũ', 'Tên trước khi sáp nhập', 'Tên trước khi đổi'],
  },
  {
    field: 'secretary',
    kinds: ORGS,
    names: ['Bí thư', 'Bí thư chi bộ', 'Họ tên bí thư', 'Họ và tên bí thư', 'Bí thư đảng ủy', 'Bí thư cấp ủy'],
  },
  {
    field: 'memberCount',
    kinds: ORGS,
    names: [
      'Số đảng viên', 'Tổng số đảng viên', 'Số lượng đảng viên', 'Tổng số ĐV', 'Số ĐV', 'Số lượng ĐV',
      'Tổng số',
    ],
    exactNames: ['Đảng viên', 'Số lượng'],
  },

  // Account requests (Phụ lục 01)
  {
    field: 'province',
    kinds: ACCOUNTS,
    names: ['Tỉnh/thành phố', 'Tỉnh, thành phố', 'Tỉnh/TP', 'Tỉnh thành'],
    exactNames: ['Tỉnh'],
  },
  {
    field: 'commune',
    kinds: ACCOUNTS,
    names: ['Xã/phường', 'Xã, phường', 'Xã/phường/đặc khu', 'Xã, phường, đặc khu', 'Đơn vị hành chính cấp xã'],
    exactNames: ['Xã', 'Phường'],
  },
  {
    field: 'position',
    kinds: ACCOUNTS,
    names: ['Vị trí công tác', 'Chức vụ', 'Chức danh', 'Vị trí việc làm'],
    exactNames: ['Vị trí'],
  },
  {
    field: 'rights',
    kinds: ACCOUNTS,
    names: [
      'Quyền khai thác, sử dụng hệ thống', 'Quyền khai thác', 'Quyền sử dụng', 'Quyền khai thác sử dụng',
      'Quyền truy cập', 'Quyền khai thác, sử dụng', 'Quyền đề nghị cấp', 'Quyền được cấp', 'Đề nghị cấp quyền',
      'Phân quyền', 'Nhóm quyền',
    ],
    exactNames: ['Quyền'],
  },
];
