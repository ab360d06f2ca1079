import { readIdCell, idBirthYear, idGender, idProvince, paddedIdAgrees } from '../../../src/core/parse/nationalId';
import { displayedDigits } from '../../../src/core/parse/numberFormat';
import { readPhone } from '../../../src/core/parse/phone';

describe('national IDs through the number format', () => {
  it('a number formatted 000000000000 shows its 12 digits', () => {
    expect(readIdCell({ type: 'number', value: 37153000257, format: '000000000000' })).toMatchObject({
      digits: '037153000257', isNumber: true, paddedByFormat: true,
    });
    expect(displayedDigits(37153000257, 'General', undefined)).toBe('37153000257');
    expect(displayedDigits(37153000257, 'General', '037153000257')).toBe('037153000257');
    expect(displayedDigits(1.5, 'General', undefined)).toBeUndefined();
  });

  it('text: digits with spaces or dots, letters', () => {
    expect(readIdCell({ type: 'text', value: '037 153 000 257' })).toMatchObject({ digits: '037153000257', hasWhitespace: true, hasSeparators: false });
    expect(readIdCell({ type: 'text', value: '037.153.000.257' })).toMatchObject({ digits: '037153000257', hasSeparators: true });
    expect(readIdCell({ type: 'text', value: '037153000257' })).toMatchObject({ digits: '037153000257', hasWhitespace: false });
    expect(readIdCell({ type: 'text', value: 'CCCD 0371' })).toMatchObject({ notDigits: true });
    expect(readIdCell({ type: 'text', value: '  ' })).toBeUndefined();
  });

  it('reads what 12 digits encode (037153000257: a woman born 1953 in Ninh Bình)', () => {
    expect(idProvince('037153000257')).toBe('Ninh Bình');
    expect(idBirthYear('037153000257')).toBe(1953);
    expect(idGender('037153000257')).toBe('Nữ');
    expect(idBirthYear('001205000001')).toBe(2005);
    expect(idGender('001205000001')).toBe('Nam');
    expect(idBirthYear('001499000001')).toBe(2199);
    expect(idProvince('003153000257')).toBeUndefined();
  });

  it('pads a number that lost its zeros only when it agrees with the row', () => {
    expect(paddedIdAgrees('37153000257', 1953, 'Nữ')).toBe('037153000257');
    expect(paddedIdAgrees('37153000257', 1953, undefined)).toBe('037153000257');
    expect(paddedIdAgrees('37153000257', 1954, 'Nữ')).toBeUndefined();
    expect(paddedIdAgrees('37153000257', 1953, 'Nam')).toBeUndefined();
    expect(paddedIdAgrees('37153000257', undefined, undefined)).toBeUndefined();
    expect(paddedIdAgrees('3153000257', 1953, 'Nữ')).toBeUndefined(); // 003: no such province
    expect(paddedIdAgrees('1153000257', 1953, 'Nữ')).toBe('001153000257');
  });
});

describe('phones', () => {
  const text = (value: string) => readPhone({ type: 'text', value });
  it('valid mobiles and landlines', () => {
    for (const p of ['0321234567', '0521234567', '0701234567', '0761234567', '0811234567', '0901234567', '02438123456']) {
      expect(text(p)).toMatchObject({ kind: 'valid', normalized: p });
    }
    expect(text('0912.345.678')).toMatchObject({ kind: 'valid', normalized: '0912345678' });
    expect(text('+84 912 345 678')).toMatchObject({ kind: 'valid', normalized: '0912345678' });
  });

  it('lost zero and old prefixes', () => {
    expect(readPhone({ type: 'number', value: 912345678 })).toMatchObject({ kind: 'lost-zero', normalized: '0912345678' });
    for (const [old, now] of [['01201234567', '0701234567'], ['01991234567', '0591234567'], ['01861234567', '0561234567'], ['01291234567', '0821234567']]) {
      expect(text(old)).toMatchObject({ kind: 'old-prefix', normalized: now });
    }
    expect(readPhone({ type: 'number', value: 1681234567 })).toMatchObject({ kind: 'old-prefix', normalized: '0381234567' });
  });

  it('invalid numbers', () => {
    for (const p of ['0311234567', '0501234567', '0711234567', '0801234567', '091234567', '09123456789', '0912345678 / 0987654321', 'không có']) {
      expect(text(p)?.kind).toBe('invalid');
    }
    expect(text('')).toBeUndefined();
  });
});
