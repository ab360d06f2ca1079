import { check, colOf, only, ser, describeFindings, MEMBER_COLUMNS } from './helpers';

// Member #1 (row 3): born 15/02/1951, admitted 02/02/1976, official 02/02/1977.

describe('date-invalid', () => {
  it.each([
    ['31/02/1980', 'không có thật'],
    ['1/5/80', 'hai chữ số năm'],
    ['05/13/1980', 'tháng trước ngày'],
    ['1980', 'đủ ngày, tháng, năm'],
    ['5/1980', 'thiếu ngày'],
    ['không rõ', 'không phải là ngày'],
  ])('fires on %s', (value, words) => {
    const f = only(check({ birthDate: value }), 'date-invalid');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('birthDate'), severity: 'error', field: 'birthDate' });
    expect(f[0].message).toContain(value);
    expect(f[0].message).toContain(words);
    expect(f[0].fix).toBeUndefined();
  });

  it('suggests the likely date for month-first text', () => {
    const f = only(check({ birthDate: '02/15/1951' }), 'date-invalid');
    expect(f[0].suggestion).toBe('15/02/1951');
  });

  it('a bare year in a number cell says the full date is needed', () => {
    const f = only(check({ birthDate: 1951 }), 'date-invalid');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('chỉ có năm');
  });

  it('does not pile date-order, age or ID-year findings on an invalid date', () => {
    const f = check({ admissionDate: '31/02/1976' });
    expect(f.map((x) => x.rule)).toEqual(['date-invalid']);
  });
});

describe('date-text', () => {
  it.each(['1951-02-15', '15/2/1951', '15.02.1951', '15-02-1951', '1951/2/15', 'ngày 15 tháng 2 năm 1951'])(
    'converts %s to a real date shown dd/mm/yyyy',
    (value) => {
      const f = only(check({ birthDate: value }), 'date-text');
      expect(f).toHaveLength(1);
      expect(f[0]).toMatchObject({
        row: 3,
        col: colOf('birthDate'),
        severity: 'warning',
        suggestion: '15/02/1951',
        fix: { value: ser('15/02/1951'), isDate: true, format: 'dd/mm/yyyy' },
      });
      expect(f[0].message).toContain(value);
    },
  );

  it('accepts text exactly dd/mm/yyyy, numbers with a date format and real dates', () => {
    expect(describeFindings(check({ birthDate: '15/02/1951' }))).toBe('');
    expect(describeFindings(check({ birthDate: { type: 'number', value: ser('15/02/1951'), format: 'dd/mm/yyyy' } }))).toBe('');
  });
});

describe('date-future', () => {
  it('fires on a date after the as-of date', () => {
    const f = only(check({ officialDate: { d: '02/02/2026' } }), 'date-future');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('officialDate'), severity: 'error' });
    expect(f[0].message).toContain('02/02/2026');
    expect(f[0].message).toContain('30/12/2025');
  });

  it('is quiet on the as-of date itself', () => {
    expect(only(check({ officialDate: { d: '30/12/2025' }, admissionDate: { d: '30/12/2024' } }), 'date-future')).toHaveLength(0);
  });
});

describe('admission-age', () => {
  it('error when admitted one month short of 18', () => {
    const f = only(check({ admissionDate: { d: '15/01/1969' }, officialDate: { d: '15/01/1970' } }), 'admission-age');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('admissionDate'), severity: 'error' });
    expect(f[0].message).toContain('17 tuổi 11 tháng');
  });

  it('quiet at exactly 18 and at exactly 60', () => {
    expect(only(check({ admissionDate: { d: '15/02/1969' }, officialDate: { d: '15/02/1970' } }), 'admission-age')).toHaveLength(0);
    expect(only(check({ admissionDate: { d: '15/02/2011' }, officialDate: { d: '15/02/2012' } }), 'admission-age')).toHaveLength(0);
  });

  it('warning when over 60', () => {
    const f = only(check({ admissionDate: { d: '15/03/2011' }, officialDate: { d: '15/03/2012' } }), 'admission-age');
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
  });
});

describe('date-order', () => {
  it('admission not after birth', () => {
    const f = check({ admissionDate: { d: '01/01/1950' }, officialDate: { d: '01/01/1951' } });
    const order = only(f, 'date-order');
    expect(order).toHaveLength(1);
    expect(order[0]).toMatchObject({ row: 3, col: colOf('admissionDate'), severity: 'error' });
    expect(order[0].message).toContain('01/01/1950');
    expect(only(f, 'admission-age')).toHaveLength(0);
    expect(only(f, 'probation-length')).toHaveLength(0);
  });

  it('official not after admission', () => {
    const f = check({ officialDate: { d: '01/01/1976' } });
    const order = only(f, 'date-order');
    expect(order).toHaveLength(1);
    expect(order[0]).toMatchObject({ col: colOf('officialDate') });
    expect(only(f, 'probation-length')).toHaveLength(0);
  });
});

describe('probation-length', () => {
  it('error when less than 12 months', () => {
    const f = only(check({ officialDate: { d: '01/02/1977' } }), 'probation-length');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('officialDate'), severity: 'error' });
    expect(f[0].message).toContain('02/02/1977');
  });

  it('warning when more than a week after the 12 months end, suggesting that day', () => {
    const f = only(check({ officialDate: { d: '10/02/1977' } }), 'probation-length');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'warning', suggestion: '02/02/1977' });
  });

  it('quiet within a week, and for admissions before 1961', () => {
    expect(only(check({ officialDate: { d: '09/02/1977' } }), 'probation-length')).toHaveLength(0);
    expect(only(check({ admissionDate: { d: '01/01/1960' }, officialDate: { d: '01/06/1960' } }), 'probation-length')).toHaveLength(0);
  });
});

describe('probation-overdue', () => {
  it('a probationary member admitted more than 12 months ago', () => {
    const f = only(check({ memberType: 'Dự bị', admissionDate: { d: '01/12/2024' }, officialDate: null }), 'probation-overdue');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('memberType'), severity: 'warning', group: 'current' });
    expect(f[0].message).toContain('01/12/2024');
  });

  it('quiet within the 12 months', () => {
    const f = check({ memberType: 'Dự bị', admissionDate: { d: '01/06/2025' }, officialDate: null, cardNumber: null });
    expect(only(f, 'probation-overdue')).toHaveLength(0);
    expect(only(f, 'card-missing')).toHaveLength(0);
  });
});

describe('a text date before 1900', () => {
  it('is not offered a conversion Excel cannot hold; the age rule speaks', () => {
    const f = check({ birthDate: '2/5/1899' });
    expect(only(f, 'date-text')).toHaveLength(0);
    expect(only(f, 'age-implausible')).toHaveLength(1);
    expect(only(check({ birthDate: '2/5/1920', nationalId: '037020000257', admissionDate: { d: '01/01/1946' }, officialDate: { d: '01/01/1947' } }), 'date-text')).toHaveLength(1);
  });
});

describe('a year typed into a date cell', () => {
  it('is date-invalid naming the year and the 1905 date Excel shows, and nothing is judged from that 1905 date', () => {
    const f = check({ birthDate: { type: 'date', value: 1951, format: 'dd/mm/yyyy' } });
    expect(f.map((x) => x.rule)).toEqual(['date-invalid']);
    expect(f[0]).toMatchObject({ col: colOf('birthDate'), severity: 'error' });
    expect(f[0].message).toContain('“1951”');
    expect(f[0].message).toContain('04/05/1905');
    expect(check({ admissionDate: { type: 'number', value: 1976, format: 'd/m/yyyy' } }).map((x) => x.rule)).toEqual(['date-invalid']);
  });
});

describe('age-implausible', () => {
  it('older than 110', () => {
    const f = only(check({ birthDate: { d: '01/01/1900' }, nationalId: '037100000257' }), 'age-implausible');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('birthDate'), severity: 'error' });
    expect(f[0].message).toContain('125');
  });

  it('younger than 18', () => {
    const f = only(check({ birthDate: { d: '01/01/2010' }, nationalId: '037310000257' }), 'age-implausible');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('15');
  });
});

describe('officialDate required', () => {
  it('for an official member', () => {
    const f = only(check({ officialDate: null }), 'required');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ row: 3, col: colOf('officialDate'), field: 'officialDate' });
  });

  it('without a member type column, when admission is more than 12 months before the as-of date', () => {
    const fields = MEMBER_COLUMNS.filter((f) => f !== 'memberType');
    const f = only(check({ officialDate: null }, fields), 'required');
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('02/02/1976');
    expect(only(check({ officialDate: null, admissionDate: { d: '01/03/2025' } }, fields), 'required')).toHaveLength(0);
  });

  it('not for a probationary member', () => {
    expect(only(check({ officialDate: null, memberType: 'Dự bị', admissionDate: { d: '01/03/2025' } }), 'required')).toHaveLength(0);
  });

  it('"Dự bị" written in the official-date column is no date yet, said in words: the member is probationary', () => {
    const fields = MEMBER_COLUMNS.filter((f) => f !== 'memberType');
    for (const note of ['Dự bị', 'DB', 'Đang dự bị']) {
      const f = check({ officialDate: note, cardNumber: null, admissionDate: { d: '01/03/2010' } }, fields);
      expect([note, f.map((x) => `${x.rule} ${x.field}`)]).toEqual([note, ['probation-overdue admissionDate']]);
    }
    // The type column says official: the official date is still missing.
    expect(only(check({ officialDate: 'Dự bị' }), 'required').map((x) => x.field)).toEqual(['officialDate']);
    expect(only(check({ officialDate: 'Không rõ' }), 'date-invalid')).toHaveLength(1);
  });

  it('not for a probationary member written "DB" or "Đảng viên dự bị": overdue probation instead, and the spelling suggested', () => {
    for (const memberType of ['DB', 'Đảng viên dự bị', 'ĐV dự bị']) {
      const f = check({ officialDate: null, cardNumber: null, memberType, admissionDate: { d: '01/03/2010' } });
      expect([memberType, f.map((x) => [x.rule, x.suggestion]).sort()]).toEqual([
        memberType,
        [['probation-overdue', undefined], ['value-not-in-list', 'Dự bị']],
      ]);
    }
    expect(only(check({ officialDate: null, memberType: 'CT' }), 'required')).toHaveLength(1);
  });
});
