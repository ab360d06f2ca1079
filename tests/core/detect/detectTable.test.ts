import { detectTable, detectTables } from '../../../src/core/detect/detectTable';
import { makeSheet, member, memberRow, type V } from './sheetBuilder';

const TITLES: V[][] = [
  ['ĐẢNG BỘ XÃ AN HÒA', null, null, null, 'ĐẢNG CỘNG SẢN VIỆT NAM'],
  ['ĐẢNG ỦY', null, null, null, 'An Hòa, ngày 12 tháng 10 năm 2025'],
  [],
  ['DANH SÁCH ĐẢNG VIÊN'],
];

const FIELDS = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'officialDate', 'branch'];
const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'];

function members(from: number, count: number, fields = FIELDS): V[][] {
  return Array.from({ length: count }, (_, k) => memberRow(from + k, fields));
}

describe('detectTable: one-row headers', () => {
  it('finds the header under title rows and keeps only member rows', () => {
    const sheet = makeSheet('DS', [
      ...TITLES,
      HEADER,
      ...members(1, 10),
      [],
      [null, 'Tổng cộng: 10 đảng viên'],
      [],
      [null, 'Người lập biểu', null, null, null, 'T/M ĐẢNG ỦY'],
      [null, '(Ký, ghi rõ họ tên)', null, null, null, 'BÍ THƯ'],
      [],
      [null, 'Trần Văn Lập', null, null, null, 'Lê Văn Thư'],
    ], ['A4:H4']);
    const t = detectTable(sheet)!;
    expect(t).toMatchObject({ sheet: 'DS', kind: 'members', headerRow: 5, headerRows: 1, firstRow: 6, lastRow: 15 });
    expect(t.dataRows).toEqual([6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
    expect(t.columns).toEqual({
      index: 0, fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 5, officialDate: 6, branch: 7,
    });
    expect(t.headers[5]).toEqual({ col: 5, label: 'Ngày vào Đảng', field: 'admissionDate' });
    expect(t.duplicateColumns).toEqual([]);
    expect(t.sections).toEqual([]);
  });

  it('reads headers typed without diacritics', () => {
    const header = ['TT', 'Ho va ten', 'Gioi tinh', 'Ngay sinh', 'So CCCD', 'Ngay vao Dang', 'Ngay chinh thuc', 'Chi bo sinh hoat'];
    const t = detectTable(makeSheet('khong dau', [['DANH SACH DANG VIEN'], [], header, ...members(1, 3)]))!;
    expect(t.kind).toBe('members');
    expect(t.headerRow).toBe(3);
    expect(Object.keys(t.columns).sort()).toEqual([...FIELDS].sort());
    expect(t.dataRows).toEqual([4, 5, 6]);
  });

  it('reads UPPER CASE headers with line breaks and double spaces', () => {
    const header = ['STT', 'HỌ  VÀ  TÊN', 'GIỚI\nTÍNH', 'NGÀY\r\nSINH', 'SỐ  CCCD', 'NGÀY\nVÀO ĐẢNG', 'NGÀY CHÍNH\nTHỨC', ' CHI BỘ '];
    const t = detectTable(makeSheet('HOA', [header, ...members(1, 4)]))!;
    expect(t.headerRow).toBe(1);
    expect(t.columns.admissionDate).toBe(5);
    expect(t.columns.officialDate).toBe(6);
    expect(t.columns.branch).toBe(7);
    expect(t.headers[5].label).toBe('NGÀY VÀO ĐẢNG');
    expect(t.firstRow).toBe(2);
    expect(t.lastRow).toBe(5);
  });

  it('keeps unknown columns in headers without a field', () => {
    const header = [...HEADER, 'Ghi chú', 'Nơi sinh', 'Xếp loại 2024'];
    const t = detectTable(makeSheet('DS', [header, ...members(1, 2).map((r) => [...r, 'x', 'Hà Nội', 'HTTNV'])]))!;
    expect(t.headers.slice(8)).toEqual([
      { col: 8, label: 'Ghi chú' }, { col: 9, label: 'Nơi sinh' }, { col: 10, label: 'Xếp loại 2024' },
    ]);
    expect(Object.keys(t.columns)).toHaveLength(8);
  });

  it('reports a second column for a taken field as a duplicate', () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Địa chỉ', 'Điện thoại', 'Nơi ở hiện nay', 'SĐT'];
    const t = detectTable(makeSheet('DS', [header, [1, 'Lê Văn An', '01/01/1970', '037070000001', 'Thôn 1', '0912345678', 'Thôn 1', '0912345678']]))!;
    expect(t.columns.address).toBe(4);
    expect(t.columns.phone).toBe(5);
    expect(t.duplicateColumns).toEqual([{ field: 'address', col: 6 }, { field: 'phone', col: 7 }]);
  });

  it('gives a field to the exact match before a partial one', () => {
    const header = ['STT', 'Điện thoại cơ quan', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại'];
    const t = detectTable(makeSheet('DS', [header, [1, '02433334444', 'Lê Văn An', '01/01/1970', '037070000001', '0912345678']]))!;
    expect(t.columns.phone).toBe(5);
    expect(t.duplicateColumns).toEqual([{ field: 'phone', col: 1 }]);
  });
});

describe('detectTable: two-row headers', () => {
  // Row 5: group labels; row 6: sub-labels; STT, Họ và tên, Chi bộ span both rows.
  const group: V[] = ['STT', 'Họ và tên', 'Giới tính', 'Ngày tháng năm sinh', 'Số CCCD', 'Ngày tháng', null, 'Chi bộ'];
  const sub: V[] = [null, null, null, null, null, 'Vào Đảng', 'Chính thức', null];
  const merges = ['A5:A6', 'B5:B6', 'C5:C6', 'D5:D6', 'E5:E6', 'F5:G5', 'H5:H6'];

  it.each([
    ['with merges recorded', merges],
    ['with no merges recorded', []],
  ])('reads "Ngày tháng" over "Vào Đảng" / "Chính thức" %s', (_, m) => {
    const sheet = makeSheet('DV', [...TITLES, group, sub, [1, 2, 3, 4, 5, 6, 7, 8], ...members(1, 5)], m as string[]);
    const t = detectTable(sheet)!;
    expect(t).toMatchObject({ kind: 'members', headerRow: 6, headerRows: 2, firstRow: 8, lastRow: 12 });
    expect(t.columns).toMatchObject({ admissionDate: 5, officialDate: 6, branch: 7, birthDate: 3, index: 0 });
    expect(t.columns.memberType).toBeUndefined();
    expect(t.headers.find((h) => h.col === 6)).toEqual({ col: 6, label: 'Ngày tháng Chính thức', field: 'officialDate' });
    expect(t.headers.find((h) => h.col === 1)).toEqual({ col: 1, label: 'Họ và tên', field: 'fullName' });
  });

  it('reads "Ngày, tháng, năm" over Sinh / Vào Đảng / Chính thức and "Số" over CCCD / Thẻ ĐV / Lý lịch', () => {
    const g: V[] = ['TT', 'Họ và tên', 'Ngày, tháng, năm', null, null, 'Số', null, null, 'Chi bộ', 'Giới tính', null];
    const s: V[] = [null, null, 'Sinh', 'Vào Đảng', 'Chính thức', 'CCCD', 'Thẻ ĐV', 'Lý lịch', null, 'Nam', 'Nữ'];
    const row: V[] = [1, 'Phạm Thị Lan', '02/03/1960', '03/02/1990', '03/02/1991', '037160000123', '12345678', '123456AB', 'Chi bộ Thôn 1', null, 'x'];
    for (const m of [['A1:A2', 'B1:B2', 'C1:E1', 'F1:H1', 'I1:I2', 'J1:K1'], []]) {
      const t = detectTable(makeSheet('DV', [g, s, ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)', '(11)'], row], m))!;
      expect(t.headerRows).toBe(2);
      expect(t.columns).toEqual({
        index: 0, fullName: 1, birthDate: 2, admissionDate: 3, officialDate: 4, nationalId: 5, cardNumber: 6,
        recordNumber: 7, branch: 8, gender: 9,
      });
      expect(t.duplicateColumns).toEqual([]);
      expect(t.headers.find((h) => h.col === 10)).toEqual({ col: 10, label: 'Giới tính Nữ' });
      expect(t.dataRows).toEqual([4]);
    }
  });

  it('does not take a merged title row above a one-row header for a group row', () => {
    const sheet = makeSheet('DV', [['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1'], HEADER, ...members(1, 3)], ['A1:H1']);
    const t = detectTable(sheet)!;
    expect(t.headerRows).toBe(1);
    expect(t.headerRow).toBe(2);
    expect(t.headers[1].label).toBe('Họ và tên');
  });
});

describe('detectTable: rows inside the table', () => {
  it('leaves out numbering rows, repeated headers, totals and titles of a printed list', () => {
    const sheet = makeSheet('In', [
      HEADER,
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ...members(1, 3),
      ['DANH SÁCH ĐẢNG VIÊN (tiếp theo)'],
      HEADER,
      ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'],
      ...members(4, 2),
      [null, 'Cộng', null, null, null, null, null, null],
      [null, 'TỔNG SỐ: 5'],
    ]);
    const t = detectTable(sheet)!;
    expect(t.dataRows).toEqual([3, 4, 5, 9, 10]);
    expect(t.lastRow).toBe(10);
    expect(t.sections).toEqual([]);
  });

  it('records chi bộ headings as sections when the list has no branch column', () => {
    const fields = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate'];
    const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng'];
    const sheet = makeSheet('Theo chi bộ', [
      ['DANH SÁCH ĐẢNG VIÊN ĐẢNG BỘ XÃ AN HÒA'],
      header,
      ['I. CHI BỘ THÔN ĐÔNG'],
      ...members(1, 2, fields),
      ['II. Chi bộ Thôn Tây:'],
      ...members(3, 2, fields),
      [null, 'Đảng bộ bộ phận Khu 2'],
      ...members(5, 1, fields),
      ['Chi bộ Trường THCS', 'Chi bộ Trường THCS', 'Chi bộ Trường THCS', 'Chi bộ Trường THCS', 'Chi bộ Trường THCS', 'Chi bộ Trường THCS'],
      ...members(6, 1, fields),
    ], ['A1:F1', 'A3:F3', 'A6:F6']);
    const t = detectTable(sheet)!;
    expect(t.columns.branch).toBeUndefined();
    expect(t.sections).toEqual([
      { row: 3, label: 'CHI BỘ THÔN ĐÔNG' },
      { row: 6, label: 'Chi bộ Thôn Tây' },
      { row: 9, label: 'Đảng bộ bộ phận Khu 2' },
      { row: 11, label: 'Chi bộ Trường THCS' },
    ]);
    expect(t.dataRows).toEqual([4, 5, 7, 8, 10, 12]);
  });

  it('records a heading followed by its member count as a section', () => {
    const sheet = makeSheet('DS', [
      HEADER,
      [null, 'Chi bộ Thôn 1', null, null, null, null, null, 2],
      ...members(1, 2),
      ['Chi bộ Thôn 2 (1 đảng viên):'],
      ...members(3, 1),
    ]);
    const t = detectTable(sheet)!;
    expect(t.sections).toEqual([{ row: 2, label: 'Chi bộ Thôn 1' }, { row: 5, label: 'Chi bộ Thôn 2' }]);
    expect(t.dataRows).toEqual([3, 4, 6]);
  });

  it('leaves headings by member type out of the data without taking them for branches', () => {
    const sheet = makeSheet('DS', [
      HEADER,
      ['A. ĐẢNG VIÊN CHÍNH THỨC'],
      ...members(1, 2),
      ['B. Đảng viên dự bị'],
      ...members(3, 1),
    ], ['A2:H2', 'A5:H5']);
    const t = detectTable(sheet)!;
    expect(t.sections).toEqual([]);
    expect(t.dataRows).toEqual([3, 4, 6]);
  });

  it('records "I | Chi bộ …" sections in a list that also has a branch column', () => {
    const sheet = makeSheet('DS', [
      HEADER,
      ['I', 'Chi bộ Thôn 1'],
      ...members(1, 2),
      ['II', 'Chi bộ Thôn 2'],
      ...members(3, 2),
    ]);
    const t = detectTable(sheet)!;
    expect(t.sections).toEqual([{ row: 2, label: 'Chi bộ Thôn 1' }, { row: 5, label: 'Chi bộ Thôn 2' }]);
    expect(t.dataRows).toEqual([3, 4, 6, 7]);
  });

  it('keeps a member row with only a name filled in, even when the surname looks like a heading word', () => {
    const sheet = makeSheet('DS', [
      HEADER,
      ...members(1, 2),
      [3, 'Tô Văn Hải'],
      [null, 'Tống Thị Hà'],
      [null, 'Bàn Văn Phù'],
      [6, 'Trương Công Minh', 'Nam'],
      [7],
      [8],
    ]);
    const t = detectTable(sheet)!;
    expect(t.dataRows).toEqual([2, 3, 4, 5, 6, 7]);
    expect(t.sections).toEqual([]);
  });

  it('ends at the signature block but not at a member who is a secretary', () => {
    const header = [...HEADER, 'Chức vụ'];
    const m = member(1);
    const sheet = makeSheet('DS', [
      header,
      [1, m.fullName, m.gender, m.birthDate, m.nationalId, m.admissionDate, m.officialDate, m.branch, 'Bí thư chi bộ'],
      [2, 'Bí thư', 'Nam', '01/01/1970'],
      ['3', 'Lê Văn Ba', 'Bí thư'],
      [],
      [null, null, null, null, null, 'An Hòa, ngày … tháng … năm 2025'],
      [null, 'XÁC NHẬN CỦA ĐẢNG ỦY', null, null, null, 'NGƯỜI LẬP BIỂU'],
      [],
      [null, 'Nguyễn Văn Xác', null, null, null, 'Lê Thị Lập'],
    ]);
    const t = detectTable(sheet)!;
    expect(t.dataRows).toEqual([2, 3, 4]);
    expect(t.lastRow).toBe(4);
  });

  it('does not take notes under the list for sections', () => {
    const sheet = makeSheet('DS', [
      HEADER,
      ...members(1, 2),
      ['Ấn định danh sách này có 02 đảng viên.'],
      ['Chi bộ đề nghị Đảng ủy xem xét.'],
    ], ['A4:H4']);
    const t = detectTable(sheet)!;
    expect(t.dataRows).toEqual([2, 3]);
    expect(t.sections).toEqual([]);
  });

  it('gives firstRow after the header and lastRow at the header when there are no data rows', () => {
    const t = detectTable(makeSheet('Trống', [HEADER, [], ['Tổng cộng']]))!;
    expect(t.dataRows).toEqual([]);
    expect(t.firstRow).toBe(2);
    expect(t.lastRow).toBe(1);
  });
});

describe('detectTable: table kinds', () => {
  it('finds an organisation table', () => {
    const sheet = makeSheet('Tổ chức', [
      ['ĐẢNG BỘ XÃ AN HÒA'],
      ['DANH SÁCH TỔ CHỨC ĐẢNG TRỰC THUỘC'],
      [],
      ['STT', 'Tên tổ chức đảng', 'Mã TCĐ', 'Loại hình', 'Trực thuộc', 'Trạng thái', 'Bí thư', 'Số đảng viên'],
      [1, 'Đảng bộ xã An Hòa', '01', 'Đảng bộ cấp trên cơ sở', 'Tỉnh ủy Ninh Bình', 'Đang hoạt động', 'Lê Văn A', 120],
      [2, 'Chi bộ Thôn 1', '0101', 'Chi bộ cơ sở', 'Đảng bộ xã An Hòa', 'Đang hoạt động', 'Trần Văn B', 25],
      [3, 'Chi bộ Thôn 2', '0102', 'Chi bộ cơ sở', 'Đảng bộ xã An Hòa', 'Giải thể', null, 0],
    ]);
    const t = detectTable(sheet)!;
    expect(t.kind).toBe('organisations');
    expect(t.headerRow).toBe(4);
    expect(t.columns).toEqual({ index: 0, name: 1, code: 2, type: 3, parent: 4, status: 5, secretary: 6, memberCount: 7 });
    expect(t.dataRows).toEqual([5, 6, 7]);
  });

  it('finds an organisation table whose name column is headed "Chi bộ", with name-only rows as data', () => {
    const sheet = makeSheet('TC', [
      ['STT', 'Chi bộ', 'Loại hình', 'Cấp trên', 'Số ĐV'],
      [1, 'Chi bộ Thôn 1', 'Chi bộ trực thuộc', 'Đảng bộ xã An Hòa', 12],
      [2, 'Chi bộ Thôn 2'],
      [null, 'Chi bộ Thôn 3'],
    ]);
    const t = detectTable(sheet)!;
    expect(t.kind).toBe('organisations');
    expect(t.columns).toEqual({ index: 0, name: 1, type: 2, parent: 3, memberCount: 4 });
    expect(t.dataRows).toEqual([2, 3, 4]);
    expect(t.sections).toEqual([]);
  });

  it('finds an account request table with the exact Phụ lục 01 headers', () => {
    const sheet = makeSheet('Phụ lục 01', [
      [null, null, null, null, null, null, null, null, 'Phụ lục 01'],
      ['DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN KHAI THÁC, SỬ DỤNG HỆ THỐNG'],
      ['(Kèm theo Kế hoạch số 291-KH/BTCTW)'],
      ['STT', 'Tỉnh/thành phố', 'Xã/phường', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Vị trí công tác',
        'Đơn vị công tác', 'Quyền khai thác, sử dụng hệ thống'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)', '(9)', '(10)'],
      [1, 'Ninh Bình', 'Xã An Hòa', 'Lê Thị Thu', '01/02/1985', '037185000123', '0912345678', 'Chuyên viên', 'Văn phòng Đảng ủy', '1, 2'],
      [2, 'Ninh Bình', 'Xã An Hòa', 'Phạm Văn Nam', '11/12/1990', '037090000456', '0987654321', 'Bí thư chi bộ', 'Chi bộ Thôn 1', '2'],
    ], ['A2:J2', 'A3:J3']);
    const t = detectTable(sheet)!;
    expect(t.kind).toBe('accounts');
    expect(t.columns).toEqual({
      index: 0, province: 1, commune: 2, fullName: 3, birthDate: 4, nationalId: 5, phone: 6, position: 7,
      workplace: 8, rights: 9,
    });
    expect(t.dataRows).toEqual([6, 7]);
  });

  it('finds a header on row 20, the last row searched', () => {
    const t = detectTable(makeSheet('S', [...Array.from({ length: 19 }, () => ['…']), HEADER, ...members(1, 2)]))!;
    expect(t.headerRow).toBe(20);
    expect(t.dataRows).toEqual([21, 22]);
  });

  it('tells an account request from a member list by its rights column', () => {
    const header = ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Số điện thoại', 'Chức vụ', 'Quyền khai thác'];
    const row = [1, 'Lê Thị Thu', '01/02/1985', '037185000123', '0912345678', 'Văn thư', '2'];
    expect(detectTable(makeSheet('TK', [header, row]))?.kind).toBe('accounts');
    expect(detectTable(makeSheet('DV', [header.slice(0, 6), row.slice(0, 6)]))?.kind).toBe('members');
  });

  it('decides by columns, not by the sheet name', () => {
    const t = detectTable(makeSheet('Tổ chức đảng', [HEADER, ...members(1, 1)]))!;
    expect(t.kind).toBe('members');
  });

  it.each([
    ['an empty sheet', []],
    ['a title and a paragraph', [['BÁO CÁO TÌNH HÌNH'], [], ['Trong quý, chi bộ đã kết nạp 3 đảng viên.']]],
    ['a summary of numbers', [['Chỉ tiêu', 'Số lượng'], ['Đảng viên', 120], ['Chi bộ', 8]]],
    ['a list of people without party columns', [['STT', 'Họ và tên', 'Ghi chú'], [1, 'Lê Văn An', 'x']]],
    ['a header below row 20', [...Array.from({ length: 20 }, () => ['…']), HEADER, ...members(1, 2)]],
  ])('returns undefined for %s', (_, rows) => {
    expect(detectTable(makeSheet('S', rows as V[][]))).toBeUndefined();
  });

  it('lists the tables of a workbook in sheet order, skipping sheets without one', () => {
    const tables = detectTables([
      makeSheet('Ghi chú', [['Hướng dẫn nhập liệu']]),
      makeSheet('Đảng viên', [HEADER, ...members(1, 2)]),
      makeSheet('Tổ chức', [['Tên chi bộ', 'Loại hình', 'Cấp trên'], ['Chi bộ Thôn 1', 'Chi bộ trực thuộc', 'Đảng bộ xã']]),
    ]);
    expect(tables.map((t) => [t.sheet, t.kind])).toEqual([['Đảng viên', 'members'], ['Tổ chức', 'organisations']]);
  });
});
