import type { Cell, SheetData } from '../../../src/core/cells';
import { serialFromYmd } from '../../../src/core/dates';
import { reconcileMembers } from '../../../src/core/reconcile/reconcileMembers';
import { phoneText, textCompareKey, nameCompareKey, validNationalId } from '../../../src/core/reconcile/normalizeValue';
import type { ReconcileSide } from '../../../src/core/reconcile/types';
import { encodeTcvn3 } from '../../../src/core/text/legacyEncode';
import { side, tableOf } from './helpers';

const text = (value: string): Cell => ({ type: 'text', value });

/** A sheet whose data rows (from Excel row 2) hold the given texts in columns 0, 1, 2 … */
function sheetOf(name: string, rows: string[][]): SheetData {
  return { name, rows: [[], ...rows.map((r) => r.map(text))], merges: [] };
}

describe('normalised values', () => {
  it('phones: country code, separators and a lost leading zero are not differences', () => {
    expect(phoneText('+84 912 345 678')).toBe('0912345678');
    expect(phoneText('84912345678')).toBe('0912345678');
    expect(phoneText('0912.345.678')).toBe('0912345678');
    expect(phoneText('912345678')).toBe('0912345678');
    expect(phoneText('2438253456')).toBe('02438253456');
    expect(phoneText('0912345679')).not.toBe(phoneText('0912345678'));
  });

  it('national IDs are match keys only as 12 digits', () => {
    expect(validNationalId('001 080 000 123')).toBe('001080000123');
    expect(validNationalId('123456789')).toBeUndefined();
    expect(validNationalId('00108000012A')).toBeUndefined();
  });

  it('names ignore case, spaces and tone placement but keep other diacritics', () => {
    expect(nameCompareKey('  LÊ  VĂN HOÀ ')).toBe(nameCompareKey('Lê Văn Hòa'));
    expect(nameCompareKey('Phạm Thị Thuý'.normalize('NFD'))).toBe(nameCompareKey('Phạm Thị Thúy'));
    expect(nameCompareKey('Nguyễn Thị Hà')).not.toBe(nameCompareKey('Nguyễn Thị Hạ'));
    expect(nameCompareKey('Nguyễn Thị Ha')).not.toBe(nameCompareKey('Nguyễn Thị Hà'));
  });

  it('free text also ignores spacing around punctuation, not words', () => {
    expect(textCompareKey('Thôn 1,xã Hoà Bình')).toBe(textCompareKey('thôn 1, xã  Hòa Bình'));
    expect(textCompareKey('Thôn 1, xã Hòa Bình')).not.toBe(textCompareKey('Thôn 2, xã Hòa Bình'));
    expect(textCompareKey('Yên Thành - Yên Mô - Ninh Bình.')).toBe(textCompareKey('Yên Thành, Yên Mô, Ninh Bình'));
    expect(textCompareKey('Yên Thành, Yên Mô, Ninh Bình')).not.toBe(textCompareKey('Yên Thành, Ninh Bình'));
  });
});

describe('fields read from the sheet', () => {
  it('compares fields the records do not carry (political theory) when both sheets have the column', () => {
    const mk = (sheet: string, theory: string): ReconcileSide => {
      const s = side(sheet, [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123' }], ['fullName', 'nationalId', 'politicalTheory']);
      return { ...s, data: sheetOf(sheet, [['Nguyễn Văn An', '001080000123', theory]]) };
    };
    expect(reconcileMembers(mk('A', 'Trung cấp'), mk('B', ' trung  cấp')).different).toEqual([]);
    // Typed in the TCVN3 legacy font: the same value once converted.
    expect(reconcileMembers(mk('A', 'Trung cấp'), mk('B', encodeTcvn3('Trung cấp'))).different).toEqual([]);
    expect(reconcileMembers(mk('A', 'Trung cấp'), mk('B', 'Cao cấp')).different.map((d) => [d.field, d.a, d.b])).toEqual([
      ['politicalTheory', 'Trung cấp', 'Cao cấp'],
    ]);
  });

  it('list values compare on the list: accepted spellings and usual variants are one value, another value is not', () => {
    const mk = (sheet: string, ethnicity: string, religion: string, theory: string): ReconcileSide => {
      const fields = ['fullName', 'nationalId', 'ethnicity', 'religion', 'politicalTheory'] as const;
      const s = side(sheet, [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123', ethnicity, religion }], [...fields]);
      return { ...s, data: sheetOf(sheet, [['Nguyễn Văn An', '001080000123', ethnicity, religion, theory]]) };
    };
    const diff = (a: ReconcileSide, b: ReconcileSide) => reconcileMembers(a, b).different.map((d) => [d.field, d.a, d.b]);
    expect(diff(mk('A', 'Kinh', 'Phật giáo', 'Trung cấp'), mk('B', 'Kinh (Việt)', 'Đạo Phật', 'TC'))).toEqual([]);
    expect(diff(mk('A', 'Khơ Me', 'Không', 'Cao cấp'), mk('B', 'Khmer', 'không', 'Cao cấp LLCT'))).toEqual([]);
    expect(diff(mk('A', 'Kinh', 'Không', 'Sơ cấp'), mk('B', 'Tày', 'Công giáo', 'Trung cấp'))).toEqual([
      ['ethnicity', 'Kinh', 'Tày'],
      ['religion', 'Không', 'Công giáo'],
      ['politicalTheory', 'Sơ cấp', 'Trung cấp'],
    ]);
  });

  it('shows a value the parser could not read as typed, never as empty', () => {
    const birth = serialFromYmd(1980, 2, 1);
    const a = side('A', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123', birthDate: birth }], ['fullName', 'nationalId', 'birthDate']);
    const bSide = side('B', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123' }], ['fullName', 'nationalId', 'birthDate']);
    const b = { ...bSide, data: sheetOf('B', [['Nguyễn Văn An', '001080000123', '31/02/1980']]) };
    expect(reconcileMembers(a, b).different.map((d) => [d.field, d.a, d.b])).toEqual([['birthDate', '01/02/1980', '31/02/1980']]);
  });

  it('shows an unreadable date written over Ngày | Tháng | Năm as its three parts, not the day alone', () => {
    const birth = serialFromYmd(1980, 2, 1);
    const a = side('A', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123', birthDate: birth }], ['fullName', 'nationalId', 'birthDate']);
    const bSide = side('B', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123' }], ['fullName', 'nationalId', 'birthDate']);
    const b: ReconcileSide = {
      ...bSide,
      table: { ...bSide.table, dateParts: { birthDate: { day: 2, month: 3, year: 4 } } },
      data: sheetOf('B', [['Nguyễn Văn An', '001080000123', '31', '02', '1980']]),
    };
    expect(reconcileMembers(a, b).different.map((d) => [d.field, d.a, d.b])).toEqual([['birthDate', '01/02/1980', '31/02/1980']]);
  });

  it('compares the branch of a table that names it in section rows', () => {
    const a = side('A', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123', branch: 'Chi bộ Thôn 1' }], ['fullName', 'nationalId', 'branch']);
    const b = side('B', [{ fullName: 'Nguyễn Văn An', nationalId: '001080000123', branch: 'Chi bộ Thôn 2' }], ['fullName', 'nationalId']);
    b.table = { ...tableOf('B', ['fullName', 'nationalId'], [3]), sections: [{ row: 2, label: 'Chi bộ Thôn 2' }] };
    const r = reconcileMembers(a, b);
    expect(r.comparedFields).toContain('branch');
    expect(r.different.map((d) => [d.field, d.a, d.b, d.colB])).toEqual([['branch', 'Chi bộ Thôn 1', 'Chi bộ Thôn 2', undefined]]);
  });
});
