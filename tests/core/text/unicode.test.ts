import fc from 'fast-check';
import { encodeTcvn3 } from '../../../src/core/text/legacyEncode';
import { fixUnicode, hasUnicodeProblem, unicodeProblems } from '../../../src/core/text/unicode';
import { generatedNames, vietnameseSyllables } from './wordLists';

const none = { nfd: false, zeroWidth: false, lookAlike: false, softHyphen: false };

describe('unicodeProblems', () => {
  it('finds nothing in plain ASCII or clean Vietnamese', () => {
    for (const s of ['', 'Nguyen Van An', '12/05/1980', 'Nguyễn Văn An', 'Hoà Bình', 'Thúy']) {
      expect(unicodeProblems(s)).toEqual(none);
      expect(hasUnicodeProblem(s)).toBe(false);
    }
  });

  it('finds decomposed text, zero-width characters, Ð/ð and stray soft hyphens', () => {
    expect(unicodeProblems('Ho\u0300a')).toEqual({ ...none, nfd: true });
    expect(unicodeProblems('Nguyễn\u200BVăn')).toEqual({ ...none, zeroWidth: true });
    expect(unicodeProblems('\uFEFFChi bộ')).toEqual({ ...none, zeroWidth: true });
    expect(unicodeProblems('Ðảm')).toEqual({ ...none, lookAlike: true });
    expect(unicodeProblems('ðức')).toEqual({ ...none, lookAlike: true });
    expect(unicodeProblems('Nguy\u00ADễn')).toEqual({ ...none, softHyphen: true });
    for (const s of ['Ho\u0300a', 'Nguyễn\u200BVăn', 'Ðảm', 'Nguy\u00ADễn']) expect(hasUnicodeProblem(s)).toBe(true);
  });

  it('leaves TCVN3 text to the legacy rule: its soft hyphen is ư and its Ð is é', () => {
    expect(unicodeProblems('®\u00ADîc')).toEqual(none);
    expect(unicodeProblems('Tr\u00AD\u00EAng')).toEqual(none);
    expect(unicodeProblems('ngä Ðn', '.VnTime')).toEqual(none); // hypothetical TCVN3 cell whose font says so
    expect(hasUnicodeProblem('®\u00ADîc')).toBe(false);
    expect(fixUnicode('®\u00ADîc')).toBe('®\u00ADîc');
  });

  it('is silent on every clean Vietnamese syllable and generated name', () => {
    const words = [...vietnameseSyllables(), ...generatedNames(2000)];
    expect(words.filter((w) => hasUnicodeProblem(w) || hasUnicodeProblem(w.toUpperCase()))).toEqual([]);
  });
});

describe('fixUnicode', () => {
  it('repairs each problem', () => {
    expect(fixUnicode('Ho\u0300a Bi\u0300nh')).toBe('Hòa Bình');
    expect(fixUnicode('Nguyễn\u200B Văn\u2060 An\uFEFF')).toBe('Nguyễn Văn An');
    expect(fixUnicode('Ðảm ðang')).toBe('Đảm đang');
    expect(fixUnicode('Nguy\u00ADễn')).toBe('Nguyễn');
    expect(fixUnicode('plain ascii')).toBe('plain ascii');
  });

  it('leaves nothing for hasUnicodeProblem and is idempotent (property)', () => {
    const piece = fc.constantFrom('a', 'o\u0302', '\u0301', 'Ð', 'ð', '\u00AD', '\u200B', '\uFEFF', 'ư', 'Nguyễn', ' ', '®', 'î', 'c');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        const fixed = fixUnicode(s);
        expect(fixUnicode(fixed)).toBe(fixed);
        expect(hasUnicodeProblem(fixed)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('never changes a clean name, nor TCVN3-encoded names', () => {
    for (const n of generatedNames(1000)) {
      expect(fixUnicode(n)).toBe(n);
      const legacy = encodeTcvn3(n);
      if (legacy.includes('\u00AD')) expect(fixUnicode(legacy)).toBe(legacy);
    }
  });
});
