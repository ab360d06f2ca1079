import { check, colOf, only, describeFindings, memberTable, AS_OF } from './helpers';
import { checkMemberTable } from '../../../../src/core/rules/member';

// Row 3 of the helper table is member #1: a woman born 15/02/1951.

describe('name-invalid', () => {
  it.each([
    ['Nguyễn Văn 2', 'chữ số'],
    ['Nguyễn Văn A.', 'ký hiệu'],
    ['Nguyễn (Văn) An', 'ký hiệu'],
    ['Hùng', 'một từ'],
    ["Hùng'", 'một từ'],
  ])('fires on %s', (name, words) => {
    const f = only(check({ fullName: name, gender: 'Nữ' }), 'name-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('fullName'), severity: 'error', field: 'fullName', group: 'correct' });
    expect(f[0].message).toContain(name);
    expect(f[0].message).toContain(words);
  });

  it('accepts ethnic-minority names with apostrophes and one-letter given names', () => {
    for (const name of ["H'Hen Niê", 'Ksor H’Bia', 'Nguyễn Văn A', 'Lò Thị Ơn', "K'Brăn", 'K’Điệp', 'KʼSửu']) {
      expect(only(check({ fullName: name }), 'name-invalid')).toHaveLength(0);
    }
  });
});

describe('name-case', () => {
  it('fixes an all lower-case name to the column style without touching letters or tone marks', () => {
    const f = only(check({ fullName: 'nguyễn thị thuý' }), 'name-case');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('fullName'), severity: 'warning', fix: { value: 'Nguyễn Thị Thuý' } });
    expect(f[0].message).toContain('nguyễn thị thuý');
  });

  it('fixes a name in UPPER CASE when the column is in Title Case, and the reverse', () => {
    const { sheet, table } = memberTable(5, { 2: { fullName: 'NGUYỄN THỊ HOÀ' } });
    const f = only(checkMemberTable(sheet, table, { asOf: AS_OF }).findings, 'name-case');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 4, fix: { value: 'Nguyễn Thị Hoà' } });

    const upper: Record<number, Record<string, string>> = {};
    for (let i = 0; i < 5; i++) upper[i] = { fullName: i === 3 ? 'Trần Văn Hùng' : 'TRẦN VĂN HÙNG' };
    const g = only(checkMemberTable(memberTable(5, upper).sheet, memberTable(5, upper).table, { asOf: AS_OF }).findings, 'name-case');
    expect(g).toHaveLength(1);
    expect(g[0]).toMatchObject({ row: 5, fix: { value: 'TRẦN VĂN HÙNG' } });
  });

  it('the modifier-letter apostrophe ʼ (U+02BC) of minority names is an apostrophe, not a letter making "mixed" case', () => {
    expect(describeFindings(check({ fullName: 'HʼNhi Niê' }))).toBe('');
    const f = only(check({ fullName: 'hʼnhi niê' }), 'name-case');
    expect(f.map((x) => x.fix?.value)).toEqual(['HʼNhi Niê']);
  });

  it('stays quiet on a consistent column and when both styles are equally common', () => {
    expect(only(check({}), 'name-case')).toHaveLength(0);
    const half = { 0: { fullName: 'TRẦN VĂN AN' }, 1: { fullName: 'Nguyễn Thị Bình' } };
    const { sheet, table } = memberTable(2, half);
    expect(only(checkMemberTable(sheet, table, { asOf: AS_OF }).findings, 'name-case')).toHaveLength(0);
  });
});

describe('gender-invalid', () => {
  it.each([
    ['nu', 'Nữ'],
    ['NỮ', 'Nữ'],
    ['Nu', 'Nữ'],
  ])('fixes the variant %s', (value, fixed) => {
    const f = only(check({ gender: value }), 'gender-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('gender'), severity: 'error', fix: { value: fixed } });
    expect(f[0].message).toContain(value);
  });

  it('fixes "nam" to Nam', () => {
    const f = only(check({ gender: 'nam', nationalId: '037053100007' }), 'gender-invalid');
    expect(f[0].fix).toEqual({ value: 'Nam' });
  });

  it('reports an unreadable gender without a fix', () => {
    const f = only(check({ gender: 'X' }), 'gender-invalid');
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
  });
});

describe('national ID', () => {
  const col = colOf('nationalId');

  it('id-format: 11 digits of text', () => {
    const f = only(check({ nationalId: '03715100025' }), 'id-format');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col, severity: 'error', field: 'nationalId' });
    expect(f[0].message).toContain('03715100025');
    expect(f[0].message).toContain('11 chữ số');
  });

  it('id-format on 11 digits of text that pad to an ID agreeing with the row: the padded ID suggested, not fixed', () => {
    const [f] = only(check({ nationalId: '37151000257' }), 'id-format');
    expect([f.suggestion, f.fix]).toEqual(['037151000257', undefined]);
    expect(f.message).toContain('mất số 0');
    expect(only(check({ nationalId: '37160000257' }), 'id-format')[0].suggestion).toBeUndefined();
  });

  it('id-format skips the birth-year and gender checks', () => {
    const f = check({ nationalId: '0371' });
    expect(only(f, 'id-format')).toHaveLength(1);
    expect(only(f, 'id-birth-year')).toHaveLength(0);
    expect(only(f, 'id-gender')).toHaveLength(0);
  });

  it('id-legacy-cmnd: 9 digits', () => {
    const f = only(check({ nationalId: '012345678' }), 'id-legacy-cmnd');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col, severity: 'error', group: 'current' });
    expect(f[0].message).toContain('012345678');
  });

  it('id-leading-zeros-lost: a General number of 11 digits that pads to an ID agreeing with the row', () => {
    const f = check({ nationalId: 37151000257 });
    const lost = only(f, 'id-leading-zeros-lost');
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatchObject({ row: 3, col, severity: 'error', fix: { value: '037151000257', format: '@' } });
    expect(lost[0].message).toContain('37151000257');
    expect(only(f, 'id-format')).toHaveLength(0);
  });

  it('a number that pads to an ID disagreeing with the birth year is id-format, not a fix', () => {
    const f = check({ nationalId: 37180000257 });
    expect(only(f, 'id-leading-zeros-lost')).toHaveLength(0);
    expect(only(f, 'id-format')).toHaveLength(1);
  });

  it('id-stored-as-number: a number shown as 12 digits by its format keeps its zeros', () => {
    const f = check({ nationalId: { type: 'number', value: 37151000257, format: '000000000000' } });
    const stored = only(f, 'id-stored-as-number');
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ severity: 'warning', fix: { value: '037151000257', format: '@' } });
    expect(only(f, 'id-leading-zeros-lost')).toHaveLength(0);
    expect(only(f, 'id-format')).toHaveLength(0);
  });

  it('id-province: an unknown province code, the message mentioning births abroad', () => {
    const f = only(check({ nationalId: '003151000257' }), 'id-province');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('003');
    expect(f[0].message).toContain('nước ngoài');
  });

  it('id-birth-year: digits 4-6 against the birth date', () => {
    const f = only(check({ nationalId: '037160000257' }), 'id-birth-year');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col, severity: 'error', group: 'consistent' });
    expect(f[0].message).toContain('1960');
    expect(f[0].message).toContain('1951');
  });

  it('id-birth-year reads the century digit (2/3 = 2000s)', () => {
    const f = check({ nationalId: '037305000257', birthDate: { d: '01/01/2005' }, admissionDate: { d: '01/06/2024' }, officialDate: { d: '01/06/2025' } });
    expect(only(f, 'id-birth-year')).toHaveLength(0);
    expect(only(f, 'id-gender')).toHaveLength(0);
  });

  it('id-gender: digit 4 against the gender column', () => {
    const f = only(check({ nationalId: '037051000257' }), 'id-gender');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('Nam');
    expect(f[0].message).toContain('Nữ');
  });

  it('spaces among the digits are text-whitespace with the digits as fix, and the ID is still checked', () => {
    const f = check({ nationalId: '037 151 000 257' });
    const ws = only(f, 'text-whitespace');
    expect(ws).toHaveLength(1);
    expect(ws[0].fix).toEqual({ value: '037151000257', format: '@' });
    expect(f.filter((x) => x.rule.startsWith('id-'))).toHaveLength(0);
  });

  it('dots or dashes among the digits: id-format with the digits suggested, and what the digits encode still checked', () => {
    const f = check({ nationalId: '037.060.000.257' });
    expect(only(f, 'id-format')).toMatchObject([{ suggestion: '037060000257' }]);
    expect(only(f, 'id-gender')).toHaveLength(1);
    expect(only(f, 'id-birth-year')).toHaveLength(1);
    expect(only(check({ nationalId: '003-151-000-257' }), 'id-province')).toHaveLength(1);
    expect(check({ nationalId: '037-151-000-257' }).map((x) => x.rule)).toEqual(['id-format']);
  });

  it("a visible apostrophe pasted in front of the ID ('037…) is part of the value: id-format with the digits suggested", () => {
    const f = check({ nationalId: "'037151000257" });
    expect(f.map((x) => [x.rule, x.suggestion])).toEqual([['id-format', '037151000257']]);
    expect(f[0].message).toContain("nháy '");
    expect(only(check({ nationalId: "'037160000257" }), 'id-birth-year')).toHaveLength(1);
  });

  it('stays quiet on a valid text ID', () => {
    expect(describeFindings(check({ nationalId: '037151000257' }))).toBe('');
  });
});
