import { communePlace, orgBaseKey, orgLocalKey } from '../../../../src/core/rules/organisation/orgNames';

describe('organisation name keys', () => {
  it('a unit numbered in words is the same as in digits; other words are left alone', () => {
    expect(orgBaseKey('Chi bộ Thôn Một')).toBe(orgBaseKey('Chi bộ Thôn 1'));
    expect(orgBaseKey('Xóm Bảy')).toBe(orgBaseKey('Xóm 7'));
    expect(orgBaseKey('Tổ dân phố Năm')).toBe(orgBaseKey('Tổ dân phố 5'));
    expect(orgBaseKey('Thôn Nam')).not.toBe(orgBaseKey('Thôn 5')); // south, not five
    expect(orgBaseKey('Chi bộ Xóm II')).toBe(orgBaseKey('Xóm 2'));
    expect(orgBaseKey('Khu IX')).toBe(orgBaseKey('Khu 9'));
    expect(orgBaseKey('Thôn Vi')).not.toBe(orgBaseKey('Thôn 6')); // a name, not a numeral
    expect(orgBaseKey('Thôn Ba Vì')).not.toBe(orgBaseKey('Thôn 3 Vì')); // only a last word is a number
  });

  it('the commune a committee is named after', () => {
    expect(communePlace('Đảng bộ xã Gia Viễn')).toBe('gia vien');
    expect(communePlace('Đảng ủy phường Đông Sơn')).toBe('dong son');
    expect(communePlace('Chi bộ Thôn 1')).toBeUndefined();
    expect(communePlace('Đảng bộ Công ty Xi măng')).toBeUndefined();
  });

  it('local key: the commune\'s own name or level word left out, never down to a unit word alone', () => {
    const places = ['gia vien'];
    expect(orgLocalKey('Chi bộ Quân sự xã', places)).toBe(orgBaseKey('Quân sự'));
    expect(orgLocalKey('Chi bộ Trường THCS Gia Viễn', places)).toBe(orgBaseKey('Trường THCS'));
    expect(orgLocalKey('Trạm Y tế xã Gia Viễn', places)).toBe(orgBaseKey('Trạm Y tế'));
    expect(orgLocalKey('Chi bộ Thôn Gia Viễn', places)).toBeUndefined(); // "Thôn" alone names nothing
    expect(orgLocalKey('Chi bộ Trường THCS Gia Phong', places)).toBeUndefined();
    expect(orgLocalKey('Chi bộ Thôn 1 (sáp nhập Thôn Đông, Thôn Đoài)', places)).toBe(orgBaseKey('Thôn 1'));
    expect(orgLocalKey('Chi bộ Quân sự xã (Ban CHQS)', places)).toBe(orgBaseKey('Quân sự'));
  });
});

describe('abbreviations offices write', () => {
  it.each([
    ['Chi bộ Tổ dân phố 5', 'TDP 5'], ['Chi bộ Khu phố 1', 'KP 1'], ['Chi bộ Phân xưởng 2', 'CB PX 2'],
    ['Chi bộ Trường Mầm non Gia Viễn', 'Trường MN Gia Viễn'], ['Chi bộ Trường Tiểu học Gia Viễn', 'Trường TH Gia Viễn'],
    ['Chi bộ Trường Trung học cơ sở Gia Viễn', 'Trường THCS Gia Viễn'], ['Chi bộ Trạm Y tế', 'Chi bộ TYT'],
    ['Chi bộ Ủy ban nhân dân xã', 'Chi bộ UBND xã'],
  ])('%s = %s', (long, short) => expect(orgBaseKey(short)).toBe(orgBaseKey(long)));

  it('a word that only starts like a long form is kept', () => {
    expect(orgBaseKey('Chi bộ Khu phố Mới')).not.toBe(orgBaseKey('Chi bộ Khu phố Mỏ'));
  });
});
