import { detectTable } from '../../../src/core/detect/detectTable';
import { isUnitName } from '../../../src/core/detect/rowPatterns';
import { makeSheet, memberRow } from './sheetBuilder';

const BASE = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'];
const FIELDS = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'branch'];

function columnsOf(extra: string[], extraFields: string[]) {
  const sheet = makeSheet('DS', [[...BASE, ...extra], ...[1, 2, 3].map((i) => memberRow(i, [...FIELDS, ...extraFields]))]);
  return detectTable(sheet)!.columns;
}

describe('"DT": điện thoại or dân tộc (both fold to "dt")', () => {
  it('alone, "ĐT" and "DT" are the phone', () => {
    expect(columnsOf(['ĐT'], ['phone'])).toMatchObject({ phone: 7 });
    expect(columnsOf(['DT'], ['phone'])).toMatchObject({ phone: 7 });
  });

  it('"DT" beside "TG" (tôn giáo) is the ethnicity', () => {
    const cols = columnsOf(['DT', 'TG'], ['ethnicity', 'religion']);
    expect(cols).toMatchObject({ ethnicity: 7, religion: 8 });
    expect(cols.phone).toBeUndefined();
  });

  it('"DT" in a table that has a "Số điện thoại" column is the ethnicity, not a second phone', () => {
    const cols = columnsOf(['DT', 'Số điện thoại'], ['ethnicity', 'phone']);
    expect(cols).toMatchObject({ ethnicity: 7, phone: 8 });
  });

  it('"ĐT" written with Đ beside "Số điện thoại" is a second phone, not the ethnicity', () => {
    const cols = columnsOf(['Số điện thoại', 'ĐT', 'TG'], ['phone', 'phone', 'religion']);
    expect(cols).toMatchObject({ phone: 7, religion: 9 });
    expect(cols.ethnicity).toBeUndefined();
  });

  it('a "Dân tộc" column already there: "DT" stays the phone', () => {
    expect(columnsOf(['Dân tộc', 'DT', 'TG'], ['ethnicity', 'phone', 'religion'])).toMatchObject({ ethnicity: 7, phone: 8, religion: 9 });
  });
});

describe('weak names beside better ones (weakSynonyms.ts)', () => {
  function detect(header: string[], fields: string[]) {
    const sheet = makeSheet('DS', [header, ...[1, 2, 3].map((i) => memberRow(i, fields))]);
    return detectTable(sheet)!;
  }

  it('"Năm sinh" before "Ngày sinh": the full date is the birth date, the year column is not a duplicate', () => {
    const t = detect(['STT', 'Họ và tên', 'Năm sinh', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'], ['index', 'fullName', 'x', 'birthDate', 'nationalId', 'admissionDate', 'branch']);
    expect(t.columns.birthDate).toBe(3);
    expect(t.duplicateColumns).toEqual([]);
  });

  it('"Đơn vị" before "Chi bộ": the chi bộ column is the branch', () => {
    const t = detect(['STT', 'Họ và tên', 'Đơn vị', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ sinh hoạt'], ['index', 'fullName', 'x', 'birthDate', 'nationalId', 'admissionDate', 'branch']);
    expect(t.columns.branch).toBe(6);
    expect(t.duplicateColumns).toEqual([]);
  });

  it('alone, "Năm sinh", "Đơn vị" and "Số CMND" still map their fields', () => {
    const t = detect(['STT', 'Họ và tên', 'Năm sinh', 'Số CMND', 'Ngày vào Đảng', 'Đơn vị'], ['index', 'fullName', 'birthDate', 'nationalId', 'admissionDate', 'branch']);
    expect(t.columns).toMatchObject({ birthDate: 2, nationalId: 3, branch: 5 });
  });
});

describe('a "Tên" column beside "Họ và tên" (the given name copied to sort the list)', () => {
  it('is a sorting helper, not a duplicate of the full name', () => {
    const sheet = makeSheet('DS', [
      ['STT', 'Họ và tên', 'Tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
      [1, 'Nguyễn Văn An', 'An', '04/03/1970', '025070001234', '06/05/1995', 'Chi bộ Thôn 1'],
    ]);
    const t = detectTable(sheet)!;
    expect(t.columns.fullName).toBe(1);
    expect(t.duplicateColumns).toEqual([]);
    expect(t.nameSplit).toBeUndefined();
  });

  it('"Họ đệm" | "Tên" is still a name in two parts', () => {
    const sheet = makeSheet('DS', [
      ['STT', 'Họ đệm', 'Tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
      [1, 'Nguyễn Văn', 'An', '04/03/1970', '025070001234', '06/05/1995', 'Chi bộ Thôn 1'],
    ]);
    expect(detectTable(sheet)!.nameSplit).toEqual({ surname: 1, given: 2 });
  });
});

describe('a kind forced by the user on a sheet whose header names nothing', () => {
  it('still reads the rows under the first filled row as data', () => {
    const sheet = makeSheet('Lạ', [['Cột 1', 'Cột 2', 'Cột 3'], [1, 'Nguyễn Văn An', 'x'], [2, 'Trần Thị Bình', 'y']]);
    expect(detectTable(sheet, { sheet: 'Lạ', kind: 'members' })!.dataRows).toEqual([2, 3]);
  });
});

describe('"1 | Chi bộ Thôn 1" when the column after the STT is not read (Ghi chú, Tuổi Đảng)', () => {
  it('is still a heading, not a template row', () => {
    const sheet = makeSheet('DS', [
      ['STT', 'Ghi chú', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng'],
      [1, 'Chi bộ Thôn 1'],
      [1, null, 'Nguyễn Văn An', '04/03/1970', '025070001234', '06/05/1995'],
      [2, 'CHI BỘ THÔN 2'],
      [2, 'Chuyển đến', 'Trần Thị Bình', '08/07/1980', '025180002345', '02/01/2005'],
    ]);
    const t = detectTable(sheet)!;
    expect(t.sections.map((s) => s.label)).toEqual(['Chi bộ Thôn 1', 'CHI BỘ THÔN 2']);
    expect(t.dataRows).toEqual([3, 5]);
  });
});

describe('a section heading right under the header, in a column with no header', () => {
  it('is a heading, not the lower row of a two-row header', () => {
    const sheet = makeSheet('DS', [
      [null, 'STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng'],
      ['I. Chi bộ Thôn 1'],
      [null, 1, 'Nguyễn Văn An', '04/03/1970', '025070001234', '06/05/1995'],
      ['II. Chi bộ Thôn 2'],
      [null, 2, 'Trần Thị Bình', '08/07/1980', '025180002345', '02/01/2005'],
    ]);
    const t = detectTable(sheet)!;
    expect([t.headerRow, t.headerRows, t.columns.branch]).toEqual([1, 1, undefined]);
    expect(t.sections.map((s) => s.label)).toEqual(['Chi bộ Thôn 1', 'Chi bộ Thôn 2']);
  });
  it('"I" | "Chi bộ Thôn 1" under the STT and an unlabelled column is a heading too', () => {
    const sheet = makeSheet('DS', [
      ['STT', null, 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng'],
      ['I', 'Chi bộ Thôn 1'],
      [1, null, 'Nguyễn Văn An', '04/03/1970', '025070001234', '06/05/1995'],
    ]);
    const t = detectTable(sheet)!;
    expect([t.headerRow, t.headerRows, t.columns.branch]).toEqual([1, 1, undefined]);
    expect(t.sections.map((s) => s.label)).toEqual(['Chi bộ Thôn 1']);
  });
});

describe('a title in A1 over a table that starts in column B', () => {
  it.each([false, true])('is not the name of column A (two-row header below: %s)', (twoRows) => {
    const rows = [
      ['CHI BỘ THÔN 1'],
      [null, 'STT', 'Họ và tên', 'Quê quán', null, 'Số CCCD', 'Ngày sinh', 'Ngày vào Đảng'],
      ...(twoRows ? [[null, null, null, 'Xã', 'Tỉnh']] : []),
      [null, 1, 'Nguyễn Văn An', 'Hòa Bình', 'Phú Thọ', '025070001234', '04/03/1970', '06/05/1995'],
    ];
    const t = detectTable(makeSheet('DS', rows, twoRows ? ['D2:E2'] : []))!;
    expect(t.columns.branch).toBeUndefined();
    expect(t.sections.map((s) => s.label)).toEqual(['CHI BỘ THÔN 1']);
  });

  it('a vertically merged "STT" alone in the upper row is still a column name', () => {
    const t = detectTable(makeSheet('DS', [
      ['STT', null, null, 'Ngày sinh'],
      [null, 'Họ và tên', 'Số CCCD', 'Nam', 'Nữ', 'Ngày vào Đảng'],
      [1, 'Nguyễn Văn An', '025070001234', '04/03/1970', null, '06/05/1995'],
    ], ['A1:A2', 'D1:E1']))!;
    expect(t.columns.index).toBe(0);
    expect(t.birthDateByGender).toEqual({ male: 3, female: 4 });
  });
});

describe('the header retyped on a new page in other words', () => {
  it('does not end the list (the summary-table rule must not drop the next page)', () => {
    const sheet = makeSheet('DS', [
      ['TT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
      [1, 'Nguyễn Văn An', '04/03/1970', '025070001234', '06/05/1995', 'Chi bộ Thôn 1'],
      ['Số TT', 'Họ và tên đảng viên', 'Ngày sinh (dd/mm/yyyy)', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
      [2, 'Trần Thị Bình', '08/07/1980', '025180002345', '02/01/2005', 'Chi bộ Thôn 1'],
      [],
      ['TT', 'Chi bộ', 'Tổng số', 'Nam', 'Nữ'],
      [1, 'Chi bộ Thôn 1', 2, 1, 1],
    ]);
    expect(detectTable(sheet)!.dataRows).toEqual([2, 4]);
  });
});

describe('"Họ và tên khai sinh" as the only name column', () => {
  it('is the full name: the table is found and its names are read', () => {
    const sheet = makeSheet('DS', [
      ['STT', 'Họ và tên khai sinh', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
      ...[1, 2, 3].map((i) => memberRow(i, FIELDS)),
    ]);
    const t = detectTable(sheet)!;
    expect(t.kind).toBe('members');
    expect(t.columns).toMatchObject({ fullName: 1 });
    expect(t.columns.birthName).toBeUndefined();
  });

  it('beside "Họ và tên đang dùng" it stays the birth name', () => {
    const sheet = makeSheet('DS', [
      ['STT', 'Họ và tên khai sinh', 'Họ và tên đang dùng', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
      ...[1, 2, 3].map((i) => memberRow(i, ['index', 'fullName', 'fullName', 'birthDate', 'nationalId', 'admissionDate', 'branch'])),
    ]);
    expect(detectTable(sheet)!.columns).toMatchObject({ birthName: 1, fullName: 2 });
  });
});

describe('member type and positions in two columns', () => {
  it('"Đảng viên" over "Chính thức" | "Dự bị" is a pair of mark columns, in either order', () => {
    for (const [a, b] of [['Chính thức', 'Dự bị'], ['Dự bị', 'Chính thức']]) {
      const sheet = makeSheet(
        'DS',
        [[...BASE, 'Đảng viên', null], [...BASE.map(() => null), a, b], ...[1, 2, 3].map((i) => [...memberRow(i, FIELDS), 'x'])],
        ['H1:I1', ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((c) => `${c}1:${c}2`)],
      );
      const t = detectTable(sheet)!;
      const official = a === 'Chính thức' ? 7 : 8;
      expect(t.memberTypeByMark).toEqual({ official, probationary: 15 - official });
      expect(t.duplicateColumns).toEqual([]);
    }
  });

  it('"Chức vụ chính quyền" beside "Chức vụ Đảng" is left unread; alone it is the position', () => {
    expect(columnsOf(['Chức vụ Đảng', 'Chức vụ chính quyền'], ['position', 'position'])).toMatchObject({ position: 7 });
    const sheet = makeSheet('DS', [[...BASE, 'Chức vụ Đảng', 'Chức vụ chính quyền'], ...[1, 2, 3].map((i) => memberRow(i, FIELDS))]);
    expect(detectTable(sheet)!.duplicateColumns).toEqual([]);
    expect(columnsOf(['Chức vụ chính quyền'], ['position'])).toMatchObject({ position: 7 });
  });
});

describe('isUnitName: a heading naming a unit without "Chi bộ"', () => {
  it('tells units from people whose surnames fold to the same letters', () => {
    for (const unit of ['Bản Pá Khoang', 'Trường THCS Hy Cương', 'Công an xã', 'TRẠM Y TẾ', 'Tổ 5', 'Buôn Đôn']) expect(isUnitName(unit)).toBe(true);
    for (const person of ['Bàn Văn Sáng', 'Tô Thị Lan', 'Trương Văn Bình', 'NGUYỄN VĂN AN', 'Phó Đức Chính']) expect(isUnitName(person)).toBe(false);
  });
});
