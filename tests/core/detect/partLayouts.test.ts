/** Detection of names in three columns and of dates over "Ngày" | "Tháng" | "Năm" (any member date). */
import { detectTable } from '../../../src/core/detect/detectTable';
import { makeSheet } from './sheetBuilder';

const ROW = [1, 'Nguyễn', 'Văn', 'An', 'Nam', '04/03/1970', '025070001234', '06/05/1995', 'Chi bộ Thôn 1'];

describe('"Họ" | "Chữ đệm" | "Tên"', () => {
  it.each(['Chữ đệm', 'Tên đệm', 'Đệm', 'Tên lót', 'CHU DEM'])('plain columns with "%s" in the middle', (middle) => {
    const sheet = makeSheet('DS', [['STT', 'Họ', middle, 'Tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'], ROW]);
    const t = detectTable(sheet)!;
    expect(t.nameSplit).toEqual({ surname: 1, middle: 2, given: 3 });
    expect(t.columns.fullName).toBe(1);
    expect(t.duplicateColumns).toEqual([]);
  });

  it('under "Họ và tên" merged over the three', () => {
    const sheet = makeSheet(
      'DS',
      [
        ['STT', 'Họ và tên', null, null, 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'],
        [null, 'Họ', 'Chữ đệm', 'Tên'],
        ROW,
      ],
      ['B1:D1', 'A1:A2', 'E1:E2', 'F1:F2', 'G1:G2', 'H1:H2', 'I1:I2'],
    );
    const t = detectTable(sheet)!;
    expect(t.headerRow).toBe(2);
    expect(t.nameSplit).toEqual({ surname: 1, middle: 2, given: 3 });
    expect(t.duplicateColumns).toEqual([]);
  });

  it('"Họ và tên" merged over three columns holding "Nguyễn" | "Văn" | "An" with no sub-labels (the data decide)', () => {
    const names = [['Nguyễn', 'Văn', 'An'], ['Trần', null, 'Bình'], ['Lê', 'Thị Thu', 'Hà']];
    const rows = names.map((n, i) => [i + 1, ...n, '04/03/1970', `02507000123${i}`, '06/05/1995', 'Chi bộ 1']);
    const split = makeSheet('DS', [['STT', 'Họ và tên', null, null, 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'], ...rows], ['B1:D1']);
    expect(detectTable(split)!.nameSplit).toEqual({ surname: 1, middle: 2, given: 3 });
    const wide = rows.map((r) => [r[0], names[r[0] as number - 1].filter((x) => x).join(' '), null, null, ...r.slice(4)]);
    const widened = makeSheet('DS', [['STT', 'Họ và tên', null, null, 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'], ...wide], ['B1:D1']);
    expect(detectTable(widened)!.nameSplit).toBeUndefined();
  });

  it('a middle-name column not between "Họ" and "Tên" is no part of the name', () => {
    const sheet = makeSheet('DS', [['STT', 'Họ', 'Tên', 'Chữ đệm', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Chi bộ'], ROW]);
    const t = detectTable(sheet)!;
    expect(t.nameSplit).toEqual({ surname: 1, given: 2 });
    expect(t.duplicateColumns).toEqual([{ field: 'fullName', col: 3 }]);
  });
});

describe('dates over "Ngày" | "Tháng" | "Năm"', () => {
  const header = (dates: string[]) => {
    const top: (string | null)[] = ['STT', 'Họ và tên', 'Số CCCD'];
    const sub: (string | null)[] = [null, null, null];
    const merges = ['A1:A2', 'B1:B2', 'C1:C2'];
    for (const label of dates) {
      const at = top.length;
      top.push(label, null, null);
      sub.push('Ngày', 'Tháng', 'Năm');
      merges.push(`${String.fromCharCode(65 + at)}1:${String.fromCharCode(67 + at)}1`);
    }
    return { top, sub, merges };
  };

  it('"Ngày vào Đảng" and "Ngày chính thức" in parts beside a single birth date', () => {
    const { top, sub, merges } = header(['Ngày vào Đảng', 'Ngày chính thức']);
    top.push('Ngày sinh', 'Chi bộ');
    merges.push('J1:J2', 'K1:K2');
    const sheet = makeSheet('DS', [top, sub, [1, 'Nguyễn Văn An', '025070001234', 6, 5, 1995, 6, 5, 1996, '04/03/1970', 'Chi bộ 1']], merges);
    const t = detectTable(sheet)!;
    expect(t.dateParts).toEqual({ admissionDate: { day: 3, month: 4, year: 5 }, officialDate: { day: 6, month: 7, year: 8 } });
    expect(t.birthDateParts).toBeUndefined();
    expect(t.columns).toMatchObject({ admissionDate: 3, officialDate: 6, birthDate: 9 });
    expect(t.duplicateColumns).toEqual([]);
  });

  it('"Ngày vào Đảng" merged over three number columns with no sub-labels (the data decide)', () => {
    const sheet = makeSheet(
      'DS',
      [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', null, null, 'Chi bộ'],
        ...[1, 2, 3].map((i) => [i, 'Nguyễn Văn An', '04/03/1970', `02507000123${i}`, i + 1, 5, 1995, 'Chi bộ 1']),
      ],
      ['E1:G1'],
    );
    const t = detectTable(sheet)!;
    expect(t.dateParts).toEqual({ admissionDate: { day: 4, month: 5, year: 6 } });
    expect(t.columns.admissionDate).toBe(4);
  });

  it('the same merge over a real date stays one date column', () => {
    const sheet = makeSheet(
      'DS',
      [
        ['STT', 'Họ và tên', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', null, null, 'Chi bộ'],
        ...[1, 2, 3].map((i) => [i, 'Nguyễn Văn An', '04/03/1970', `02507000123${i}`, '06/05/1995', null, null, 'Chi bộ 1']),
      ],
      ['E1:G1'],
    );
    expect(detectTable(sheet)!.dateParts).toBeUndefined();
  });
});
