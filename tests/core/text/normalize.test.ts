import fc from 'fast-check';
import {
  cleanUnicode,
  collapseWhitespace,
  editDistance,
  foldDiacritics,
  hasBadWhitespace,
  headerKey,
  isNfc,
  looseKey,
  nameKey,
} from '../../../src/core/text/normalize';
import { fixUnicode } from '../../../src/core/text/unicode';
import { generatedNames, vietnameseSyllables } from './wordLists';

// Strings made of the characters that cause trouble in real cells.
const trouble = fc.constantFrom(
  'a', 'o', 'u', 'y', 'D', 'Đ', 'đ', 'Ð', 'ð', 'ô', 'ơ', 'ư', 'à', 'ạ', 'ễ', 'Ỹ', ' ', '  ', '\t', '\n', '\u00A0',
  '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', '\u0302', '\u031B', '\u0306', '\u200B', '\u200C', '\u200D',
  '\u2060', '\uFEFF', '\u00AD', '«', '®', 'µ', '1', '-', 'İ',
);
const messy = fc.array(trouble, { maxLength: 24 }).map((parts) => parts.join(''));
const anyText = fc.oneof(messy, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 }));
const syllables = vietnameseSyllables();
const vietnameseText = fc
  .array(fc.constantFrom(...syllables), { minLength: 1, maxLength: 6 })
  .chain((words) => fc.constantFrom(words.join(' '), words.join(' ').normalize('NFD'), words.join(' ').toUpperCase()));

describe('collapseWhitespace', () => {
  it('collapses runs of every kind of space and trims', () => {
    expect(collapseWhitespace('  Nguyễn\u00A0\u00A0Văn \t\n An  ')).toBe('Nguyễn Văn An');
  });
  it('is idempotent and leaves nothing for hasBadWhitespace', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = collapseWhitespace(s);
        expect(collapseWhitespace(once)).toBe(once);
        expect(hasBadWhitespace(once)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('cleanUnicode and fixUnicode', () => {
  it('are idempotent and give NFC without zero-width characters', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        for (const f of [cleanUnicode, (x: string) => fixUnicode(x)]) {
          const once = f(s);
          expect(f(once)).toBe(once);
          expect(isNfc(once)).toBe(true);
          expect(once).not.toMatch(/[\u200B-\u200D\u2060\uFEFF]/);
        }
      }),
      { numRuns: 3000 },
    );
  });
  it('cleanUnicode maps the Icelandic Eth to Đ/đ and composes decomposed text', () => {
    expect(cleanUnicode('Ðảm ðức ho\u0300a\u200B')).toBe('Đảm đức hòa');
    expect(cleanUnicode('a\u200B\u0301')).toBe('á');
  });
});

describe('foldDiacritics', () => {
  it('folds Vietnamese to plain lower-case ASCII', () => {
    expect(foldDiacritics('Ngày Vào ĐẢNG')).toBe('ngay vao dang');
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(foldDiacritics(s)).toMatch(/^[a-z ]*$/);
      }),
      { numRuns: 2000 },
    );
  });
  it('never leaves a combining mark, whatever the input', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(foldDiacritics(s)).not.toMatch(/\p{M}/u);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('keys', () => {
  it('headerKey and looseKey ignore case, diacritics, spacing and punctuation', () => {
    expect(headerKey('  Ngày vào Đảng (chính thức) ')).toBe('ngay vao dang chinh thuc');
    expect(looseKey('Chi bộ  Thôn 1')).toBe(looseKey('chi bo thon 1'));
  });

  it('nameKey is equal across tone placement and case, different when a diacritic differs', () => {
    expect(nameKey('Thuý')).toBe(nameKey('Thúy'));
    expect(nameKey('Hoà')).toBe(nameKey('Hòa'));
    expect(nameKey('NGUYỄN THỊ THUỶ')).toBe(nameKey('Nguyễn  Thị Thủy'));
    expect(nameKey('Khoẻ')).toBe(nameKey('khỏe'));
    expect(nameKey('Hà')).not.toBe(nameKey('Hạ'));
    expect(nameKey('Hà')).not.toBe(nameKey('Ha'));
    expect(nameKey('Thuý')).not.toBe(nameKey('Thuỳ'));
    expect(nameKey('Ðào')).toBe(nameKey('Đào'));
  });

  it('nameKey: the two tone styles of any generated name compare equal', () => {
    const oldToNew: [RegExp, string][] = [
      [/oà/g, 'òa'], [/oá/g, 'óa'], [/oả/g, 'ỏa'], [/oã/g, 'õa'], [/oạ/g, 'ọa'],
      [/uý/g, 'úy'], [/uỳ/g, 'ùy'], [/uỷ/g, 'ủy'], [/uỹ/g, 'ũy'], [/uỵ/g, 'ụy'], [/oẻ/g, 'ỏe'], [/oè/g, 'òe'],
    ];
    for (const name of generatedNames(3000)) {
      const other = oldToNew.reduce((s, [re, to]) => s.replace(re, to), name);
      expect(nameKey(other)).toBe(nameKey(name));
    }
  });

  it('editDistance counts single-letter edits', () => {
    expect(editDistance('Chi bộ', 'Chi bộ')).toBe(0);
    expect(editDistance('Đảng', 'Đăng')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
