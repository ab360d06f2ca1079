import { detectTable } from '../../../src/core/detect/detectTable';
import { encodeTcvn3, encodeVni } from '../../../src/core/text/legacyEncode';
import { makeSheet, memberRow, type V } from './sheetBuilder';

// Old workbooks typed with UniKey in TCVN3 (ABC, .VnTime) or VNI mode: Excel shows "Hä vµ tªn". The table must
// still be found, its headers shown in Unicode, its sections named in Unicode.
const FIELDS = ['index', 'fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate'];
const HEADER = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng'];

function typedIn(encode: (s: string) => string, rows: V[][]): V[][] {
  return rows.map((r) => r.map((v) => (typeof v === 'string' ? encode(v) : v)));
}

describe.each([
  ['TCVN3', encodeTcvn3],
  ['VNI', encodeVni],
])('a member list typed in %s', (_, encode) => {
  const rows: V[][] = [
    ['ĐẢNG BỘ XÃ AN HÒA'],
    ['DANH SÁCH ĐẢNG VIÊN'],
    HEADER,
    ['Chi bộ Thôn Đông'],
    ...[1, 2].map((i) => memberRow(i, FIELDS)),
    ['Chi bộ Thôn Tây'],
    ...[3].map((i) => memberRow(i, FIELDS)),
    [null, 'Tổng cộng'],
    [null, 'Người lập biểu'],
  ];

  it('finds the header, reads it in Unicode and names the sections in Unicode', () => {
    const t = detectTable(makeSheet('DS', typedIn(encode, rows), ['A4:F4', 'A7:F7']))!;
    expect(t).toMatchObject({ kind: 'members', headerRow: 3, headerRows: 1 });
    expect(t.columns).toEqual({ index: 0, fullName: 1, gender: 2, birthDate: 3, nationalId: 4, admissionDate: 5 });
    expect(t.headers[1].label).toBe('Họ và tên');
    expect(t.sections).toEqual([{ row: 4, label: 'Chi bộ Thôn Đông' }, { row: 7, label: 'Chi bộ Thôn Tây' }]);
    expect(t.dataRows).toEqual([5, 6, 8]);
  });
});
