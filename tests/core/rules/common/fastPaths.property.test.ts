/**
 * The hand-written fast paths decide exactly what the regexes they stand in for decide: a name's case style
 * (quickStyle vs the Unicode regexes) and a text's cleanliness (the checks report the same on every string).
 */
import fc from 'fast-check';
import { nameIsCleanText, nameShape, quickStyle, regexStyle } from '../../../../src/core/rules/common/personName';
import { ASCII, cleanClass, LATIN1, NOT_CLEAN, UNICODE_ONLY } from '../../../../src/core/rules/common/text';

/** Vietnamese letters of both cases, the separators names use, and characters outside the alphabet. */
const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXYáàảãạấầẩẫậắằẳẵặÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶéèẻẽẹếềểễệÉÈẺẼẸẾỀỂỄỆíìỉĩịÍÌỈĨỊóòỏõọốồổỗộớờởỡợÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢúùủũụứừửữựÚÙỦŨỤỨỪỬỮỰýỳỷỹỵÝỲỶỸỴfjwzFJWZ';
const letter = fc.constantFrom(...Array.from(VIETNAMESE));
const separator = fc.constantFrom(' ', ' ', ' ', "'", '-', '’');
const other = fc.constantFrom('ö', 'Ö', 'ñ', 'ß', '1', '.', '\u0301', 'Ж', 'ж', '\u00a0', 'ǅ');

describe('quickStyle', () => {
  it('agrees with the regexes on names written in the Vietnamese alphabet', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 6, arbitrary: letter }, { weight: 2, arbitrary: separator }), { maxLength: 24 }), (parts) => {
        const name = parts.join('');
        expect(quickStyle(name)).toBe(regexStyle(name));
      }),
      { numRuns: 20000 },
    );
  });

  it('never contradicts them on other text (it leaves what it cannot decide to them)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(letter, separator, other), { maxLength: 24 }), (parts) => {
        const name = parts.join('');
        const quick = quickStyle(name);
        if (quick !== undefined) expect(quick).toBe(regexStyle(name));
      }),
      { numRuns: 20000 },
    );
  });

  it('decides the common names', () => {
    expect(quickStyle('Nguyễn Thị Hà')).toBe('title');
    expect(quickStyle('NGUYỄN THỊ HÀ')).toBe('upper');
    expect(quickStyle("Ksor H'Bia")).toBe('title');
    expect(quickStyle('Nguyễn văn An')).toBeUndefined();
    expect(quickStyle('Hà')).toBeUndefined();
    expect(quickStyle('Müller Hans')).toBeUndefined();
  });
});

describe('cleanClass', () => {
  // The regexes it replaced: printable ASCII words, or words of the letters Vietnamese uses, single spaces.
  const CLEAN_ASCII = /^(?:[\x21-\x7e]+ )*[\x21-\x7e]+$/;
  const V = '\\x21-\\x7e\\u00c0-\\u00c3\\u00c8-\\u00ca\\u00cc\\u00cd\\u00d2-\\u00d5\\u00d9\\u00da\\u00dd\\u00e0-\\u00e3\\u00e8-\\u00ea\\u00ec\\u00ed\\u00f2-\\u00f5\\u00f9\\u00fa\\u00fd\\u0102\\u0103\\u0110\\u0111\\u0128\\u0129\\u0168\\u0169\\u01a0\\u01a1\\u01af\\u01b0\\u1ea0-\\u1ef9';
  const CLEAN_VIETNAMESE = new RegExp(`^(?:[${V}]+ )*[${V}]+$`);
  const UNICODE_ONLY_LETTER = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/;
  const piece = fc.oneof(
    letter,
    fc.constantFrom(' ', ' ', 'a', '1', '/', '~', '\t', '\u00a0', '«', '®', 'ð', 'Ð', '\u0301', '\u00e4', '\u1efa', '\u1e9f', '\u00ff'),
  );

  it('says what the regexes said', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        const k = cleanClass(s);
        if (CLEAN_ASCII.test(s)) expect(k).toBe(ASCII);
        else if (CLEAN_VIETNAMESE.test(s)) {
          expect(k & UNICODE_ONLY ? true : false).toBe(UNICODE_ONLY_LETTER.test(s));
          expect(k & LATIN1 || k & UNICODE_ONLY).toBeTruthy();
        } else expect(k).toBe(NOT_CLEAN);
      }),
      { numRuns: 20000 },
    );
  });
});

describe('nameShape', () => {
  it('calls a name clean text only when the text checks would pass it at a glance', () => {
    const any = fc.oneof(letter, separator, other, fc.constantFrom('«', '®', 'ð', '\t', '  ', 'Ð'));
    fc.assert(
      fc.property(fc.array(any, { maxLength: 20 }), (parts) => {
        const s = parts.join('');
        if (nameIsCleanText(nameShape(s))) {
          const k = cleanClass(s);
          expect(k === ASCII || (k & UNICODE_ONLY) !== 0).toBe(true);
        }
      }),
      { numRuns: 20000 },
    );
    expect(nameIsCleanText(nameShape('Nguyễn Thị Hà'))).toBe(true);
    expect(nameIsCleanText(nameShape('Ph¹m V¨n Hµ'))).toBe(false); // TCVN3: the long way
    expect(nameIsCleanText(nameShape('Lê Thành Công'))).toBe(false); // Latin-1 letters only: may be legacy text
  });
});
