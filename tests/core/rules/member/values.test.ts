import { ser, check, colOf, only, describeFindings, MEMBER_COLUMNS } from './helpers';

describe('required', () => {
  it.each(['fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'branch'] as const)('fires on an empty %s', (field) => {
    const f = only(check({ [field]: '   ' }), 'required');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf(field), field, severity: 'error', group: 'complete' });
  });

  it('does not ask for optional fields', () => {
    expect(only(check({ email: null, phone: null, religion: null }), 'required')).toHaveLength(0);
  });
});

describe('phone-invalid', () => {
  const col = colOf('phone');

  it('restores a leading 0 lost in a number cell', () => {
    const f = only(check({ phone: 912345678 }), 'phone-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col, severity: 'warning', fix: { value: '0912345678', format: '@' } });
    expect(f[0].message).toContain('912345678');
  });

  it('converts an old 11-digit prefix', () => {
    const f = only(check({ phone: '01689123456' }), 'phone-invalid');
    expect(f[0].fix).toEqual({ value: '0389123456', format: '@' });
  });

  it('restores a landline 02x that lost its 0', () => {
    const f = only(check({ phone: 2438123456 }), 'phone-invalid');
    expect(f[0].fix).toEqual({ value: '02438123456', format: '@' });
  });

  it('reports a wrong number without a fix', () => {
    const f = only(check({ phone: '0112345678' }), 'phone-invalid');
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].message).toContain('0112345678');
  });

  it('accepts mobiles, landlines, spaces and +84', () => {
    for (const phone of ['0912345678', '0862 345 678', '02438123456', '+84 912 345 678', '0703456789']) {
      expect(only(check({ phone }), 'phone-invalid')).toHaveLength(0);
    }
  });
});

describe('email-invalid', () => {
  it('fires on a malformed address', () => {
    const f = only(check({ email: 'dv1@gmail' }), 'email-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('email'), severity: 'warning' });
    expect(f[0].message).toContain('dv1@gmail');
  });

  it('stays quiet on the words for no email ("Không có", "Không có email", "Chưa có", "Ko có"), not on other words', () => {
    for (const email of ['Không có', 'không', 'Không có email', 'Chưa có', 'Ko có', 'Có', 'Không dùng']) {
      expect([email, only(check({ email }), 'email-invalid')]).toEqual([email, /^(Có|Không dùng)$/.test(email) ? [expect.anything()] : []]);
    }
  });
});

describe('card-format, card-missing', () => {
  it('card-format: not 8 digits', () => {
    const f = only(check({ cardNumber: '1234567' }), 'card-format');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('cardNumber'), severity: 'warning' });
    expect(f[0].message).toContain('1234567');
  });

  it('"Đang làm thẻ" (a card being made) is no card yet, not a malformed number: card-missing for an official member', () => {
    expect(only(check({ cardNumber: 'Đang làm thẻ' }), 'card-format')).toHaveLength(0);
    expect(only(check({ cardNumber: 'Đang làm thẻ' }), 'card-missing')).toHaveLength(1);
    expect(only(check({ cardNumber: 'Đang làm' }), 'card-format')).toHaveLength(0);
  });

  it('card-missing: an official member without a card, where the table has the column', () => {
    const f = only(check({ cardNumber: null }), 'card-missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('cardNumber'), severity: 'warning', group: 'complete' });
  });

  it('no card-missing for a probationary member or without the column', () => {
    expect(only(check({ cardNumber: null, memberType: 'Dự bị', admissionDate: { d: '01/06/2025' }, officialDate: null }), 'card-missing')).toHaveLength(0);
    const fields = MEMBER_COLUMNS.filter((f) => f !== 'cardNumber');
    expect(only(check({}, fields), 'card-missing')).toHaveLength(0);
  });
});

describe('record-missing, record-format', () => {
  it('record-missing where the table has the column', () => {
    const f = only(check({ recordNumber: null }), 'record-missing');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('recordNumber'), severity: 'warning' });
  });

  it.each(['12345HN', '123456', '123456ABCD', '123456-HN'])('record-format on %s', (value) => {
    const f = only(check({ recordNumber: value }), 'record-format');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain(value);
  });

  it('suggests the compact form', () => {
    expect(only(check({ recordNumber: '123456 HN' }), 'record-format')[0].suggestion).toBe('123456HN');
  });

  it('accepts 6 digits and 1-3 letters', () => {
    for (const v of ['012345H', '012345HN', '012345TƯĐ'.slice(0, 8), '123456ĐB']) {
      expect(only(check({ recordNumber: v }), 'record-format')).toHaveLength(0);
    }
  });
});

describe('value-not-in-list', () => {
  it('fixes a case or diacritics variant', () => {
    const cases: [string, string, string][] = [
      ['ethnicity', 'kinh', 'Kinh'],
      ['ethnicity', 'Tay', 'Tày'],
      ['ethnicity', 'khome', 'Khơ Me'],
      ['religion', 'phật giáo', 'Phật giáo'],
      ['religion', 'khong', 'Không'],
      ['politicalTheory', 'trung cap', 'Trung cấp'],
      ['memberType', 'chinh thuc', 'Chính thức'],
    ];
    for (const [field, value, fixed] of cases) {
      const f = only(check({ [field]: value }), 'value-not-in-list');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({ row: 3, col: colOf(field as never), severity: 'warning', fix: { value: fixed }, suggestion: fixed });
      expect(f[0].message).toContain(value);
    }
  });

  it('suggests, without fixing, a likely value', () => {
    const f = only(check({ politicalTheory: 'Trung cấp LLCT' }), 'value-not-in-list');
    expect(f[0]).toMatchObject({ suggestion: 'Trung cấp' });
    expect(f[0].fix).toBeUndefined();
    const g = only(check({ memberType: 'CT' }), 'value-not-in-list');
    expect(g[0].suggestion).toBe('Chính thức');
    // Abbreviations and old words clerks write.
    for (const [field, value, likely] of [
      ['politicalTheory', 'TC', 'Trung cấp'], ['politicalTheory', 'SC', 'Sơ cấp'], ['politicalTheory', 'CC', 'Cao cấp'],
      ['politicalTheory', 'CN', 'Cử nhân'], ['politicalTheory', 'TC LLCT', 'Trung cấp'], ['memberType', 'ĐV chính thức', 'Chính thức'], ['religion', 'Ko', 'Không'],
      ['religion', 'Lương', 'Không'], ['ethnicity', 'Mèo', 'Mông'],
    ]) {
      const h = only(check({ [field]: value }), 'value-not-in-list');
      expect([value, h.map((x) => [x.suggestion, x.fix])]).toEqual([value, [[likely, undefined]]]);
    }
  });

  it('reports values outside the list', () => {
    expect(only(check({ politicalTheory: 'Đại học' }), 'value-not-in-list')).toHaveLength(1);
    expect(only(check({ ethnicity: 'Xyz' }), 'value-not-in-list')).toHaveLength(1);
    expect(only(check({ schooling: '13/12' }), 'value-not-in-list')).toHaveLength(1);
  });

  it('schooling made a date by Excel suggests the class back', () => {
    const f = only(check({ schooling: { d: '09/12/2025' } }), 'value-not-in-list');
    expect(f[0].suggestion).toBe('9/12');
    expect(f[0].message).toContain('09/12/2025');
  });

  it('a date in the schooling column is quoted as a date, whether the host says date or number with a date format', () => {
    const office = only(check({ schooling: { type: 'number', value: ser('09/12/2025'), format: 'dd/mm/yyyy' } }), 'value-not-in-list');
    expect([office[0].suggestion, office[0].message]).toEqual(['9/12', expect.stringContaining('09/12/2025')]);
    const none = only(check({ schooling: { d: '13/09/2025' } }), 'value-not-in-list');
    expect(none[0].suggestion).toBeUndefined();
    expect(none[0].message).toContain('13/09/2025');
  });

  it('accepts usual variants and other religions by name', () => {
    for (const [field, value] of [
      ['ethnicity', 'Khmer'], ['ethnicity', "H'Mông"], ['ethnicity', 'Ê-đê'], ['ethnicity', 'Kinh (Việt)'],
      ['religion', 'Phật giáo Hoà Hảo'], ['religion', 'Bửu Sơn Kỳ Hương'], ['schooling', '7/10'], ['schooling', '9/9'],
    ]) {
      expect(describeFindings(only(check({ [field]: value }), 'value-not-in-list'))).toBe('');
    }
  });
});
