import type { Cell } from '../../../src/core/cells';
import { isNoMark, readGender, readMemberType, readReviewed, readRights, isSchooling, likelySchooling } from '../../../src/core/parse/values';
import { matchList } from '../../../src/core/parse/lists';
import { ETHNIC_GROUPS, RELIGIONS } from '../../../src/core/data/lists';
import { serialFromYmd } from '../../../src/core/dates';

describe('gender', () => {
  it('exact, variants, unreadable', () => {
    expect(readGender('Nam')).toEqual({ gender: 'Nam', exact: true });
    expect(readGender('Nữ')).toEqual({ gender: 'Nữ', exact: true });
    for (const v of ['nam', 'NAM', ' Nam giới']) expect(readGender(v.trim())).toEqual({ gender: 'Nam', exact: false });
    for (const v of ['nu', 'NỮ', 'Nu', 'nữ']) expect(readGender(v)).toEqual({ gender: 'Nữ', exact: false });
    expect(readGender('x').gender).toBeUndefined();
    expect(readGender('1').gender).toBeUndefined();
  });
});

describe('member type', () => {
  it('exact and variants', () => {
    expect(readMemberType('Chính thức')).toEqual({ memberType: 'Chính thức', exact: true, fixable: false });
    expect(readMemberType('dự bị')).toEqual({ memberType: 'Dự bị', exact: false, fixable: true });
    expect(readMemberType('DB')).toEqual({ memberType: 'Dự bị', exact: false, fixable: false });
  });
});

describe('reviewed marks', () => {
  it.each(['x', 'X', 'có', 'Có', '✓', 'v', '1', 'TRUE', 'Đã rà soát'])('%s is reviewed', (v) =>
    expect(readReviewed({ type: 'text', value: v })).toBe(true));
  it('booleans and numbers', () => {
    expect(readReviewed({ type: 'boolean', value: true })).toBe(true);
    expect(readReviewed({ type: 'number', value: 1 })).toBe(true);
    expect(readReviewed({ type: 'number', value: 0 })).toBe(false);
  });
  it.each(['', 'không', 'chưa', '0'])('%j is not', (v) => expect(readReviewed({ type: 'text', value: v })).toBe(false));
});

describe('rights', () => {
  const text = (value: string) => readRights({ type: 'text', value });
  it.each([
    ['1, 2', [1, 2]], ['1;2', [1, 2]], ['1,2,5', [1, 2, 5]], ['5, 1, 1', [1, 5]], ['1 2', [1, 2]], ['2. Nhập liệu', [2]],
    ['Nhập liệu, Làm thẻ Đảng', [2, 4]], ['1 và 3', [1, 3]],
    // Dots and dashes between the numbers, as typed in Phụ lục 01: every number is a right, none dropped.
    ['2.3', [2, 3]], ['2 - 3', [2, 3]], ['1.2.3', [1, 2, 3]], ['2. 4', [2, 4]],
    // The column's word repeated before the numbers; a range said in words.
    ['Quyền 2, 3', [2, 3]], ['QUYỀN: 1', [1]], ['từ 1 đến 3', [1, 2, 3]], ['2 đến 5', [2, 3, 4, 5]],
  ])('%s → %j', (v, rights) => expect(text(v as string)).toEqual({ rights }));
  it('numbers', () => {
    expect(readRights({ type: 'number', value: 1 })).toEqual({ rights: [1] });
    expect(readRights({ type: 'number', value: 1.2 })).toEqual({ likely: '1, 2' });
    expect(readRights({ type: 'number', value: 7 })).toEqual({ likely: undefined });
  });
  it('"1-3" is a range or rights 1 and 3: not read, the range offered', () => {
    expect(text('1-3')).toEqual({ likely: '1, 2, 3', dashRange: [1, 3] });
    expect(text('2 – 5')).toEqual({ likely: '2, 3, 4, 5', dashRange: [2, 5] });
  });
  it('"Tất cả" is every right: asked, all five suggested', () => {
    expect(text('Tất cả')).toEqual({ likely: '1, 2, 3, 4, 5' });
    expect(text('toàn bộ các quyền')).toEqual({ likely: '1, 2, 3, 4, 5' });
  });
  it('invalid text', () => {
    expect(text('6')?.rights).toBeUndefined();
    expect(text('tất cả')?.rights).toBeUndefined();
    expect(readRights({ type: 'empty', value: null })).toBeUndefined();
  });
});

describe('schooling', () => {
  it('class over system', () => {
    for (const v of ['12/12', '9/12', '10/10', '7/10', '9/9']) expect(isSchooling(v)).toBe(true);
    for (const v of ['13/12', '0/12', '12/11', '12', 'Lớp 12/12', '12/12/2025']) expect(isSchooling(v)).toBe(false);
  });
  it('likely values', () => {
    expect(likelySchooling({ type: 'text', value: 'Lớp 12/12' }, 'Lớp 12/12')).toBe('12/12');
    expect(likelySchooling({ type: 'number', value: 9 }, '9')).toBe('9/12');
    expect(likelySchooling({ type: 'date', value: serialFromYmd(2025, 12, 9) }, '')).toBe('9/12');
    // A US-locale file makes "9/12" 12 September; Office.js reports a date as a number with a date format.
    expect(likelySchooling({ type: 'date', value: serialFromYmd(2025, 9, 12) }, '')).toBe('9/12');
    expect(likelySchooling({ type: 'number', value: serialFromYmd(2025, 7, 10), format: 'm/d/yyyy' }, '')).toBe('7/10');
    expect(likelySchooling({ type: 'date', value: serialFromYmd(2025, 9, 13) }, '')).toBeUndefined();
  });
});

describe('code lists', () => {
  it('accepted spellings, fixable variants, suggestions', () => {
    expect(matchList(ETHNIC_GROUPS, 'Khmer')).toMatchObject({ value: 'Khơ Me', exact: true });
    expect(matchList(ETHNIC_GROUPS, 'khơ-me')).toMatchObject({ value: 'Khơ Me', exact: false, fixable: true });
    expect(matchList(ETHNIC_GROUPS, 'EDE')).toMatchObject({ value: 'Ê Đê', fixable: true });
    expect(matchList(ETHNIC_GROUPS, 'Mường ')).toMatchObject({ value: 'Mường', fixable: true });
    expect(matchList(ETHNIC_GROUPS, 'Muongg')).toMatchObject({ value: 'Mường', fixable: false });
    expect(matchList(ETHNIC_GROUPS, 'Người Kinh').value).toBeUndefined();
    expect(matchList(RELIGIONS, 'Phật giáo Hoà Hảo')).toMatchObject({ exact: true });
    expect(matchList(RELIGIONS, 'Thiên Chúa')).toMatchObject({ value: 'Công giáo', fixable: false });
  });

  it('a spelling with an apostrophe is accepted with any of the three (\' ’ ʼ), Bahnar is Ba Na, Cao Lan and Sán Chỉ suggest Sán Chay', () => {
    for (const s of ["H'Mông", 'H’Mông', 'HʼMông', "K'Ho", 'KʼHo', 'MʼNông', 'XʼTiêng', 'Hʼrê']) {
      expect([s, matchList(ETHNIC_GROUPS, s).exact]).toEqual([s, true]);
    }
    expect(matchList(ETHNIC_GROUPS, 'Bahnar')).toMatchObject({ value: 'Ba Na', exact: true });
    expect(matchList(ETHNIC_GROUPS, 'Cao Lan')).toMatchObject({ value: 'Sán Chay', exact: false, fixable: false });
    expect(matchList(ETHNIC_GROUPS, 'Sán Chỉ')).toMatchObject({ value: 'Sán Chay', exact: false, fixable: false });
  });

  it('every ethnic group folds to its own key (no two groups collide)', () => {
    expect(ETHNIC_GROUPS.values).toHaveLength(54);
    for (const v of ETHNIC_GROUPS.values) {
      expect(matchList(ETHNIC_GROUPS, v.toLowerCase())).toMatchObject({ value: v });
    }
  });
});

describe('isNoMark', () => {
  it('0, "không", "ko", FALSE are a written no; x, 1, ✓ are not', () => {
    expect([{ type: 'number', value: 0 }, { type: 'text', value: 'Không' }, { type: 'text', value: 'ko' }, { type: 'boolean', value: false }]
      .map((c) => isNoMark(c as Cell))).toEqual([true, true, true, true]);
    expect([{ type: 'text', value: 'x' }, { type: 'number', value: 1 }, { type: 'text', value: '✓' }]
      .map((c) => isNoMark(c as Cell))).toEqual([false, false, false]);
  });
});
