import { hasMisplacedTone, repairToneInWord, repairToneMarks } from '../../../src/core/text/toneRepair';
import { generatedNames, vietnameseSyllables } from './wordLists';

describe('misplaced tone marks', () => {
  it.each([
    ['baỏ', 'bảo'],
    ['lựơng', 'lượng'],
    ['nghịêm', 'nghiệm'],
    ['đaị', 'đại'],
    ['ĐAỊ', 'ĐẠI'],
    ['Ngừơi', 'Người'],
    ['qúa', 'quá'],
    ['gìa', 'già'],
  ])('%s → %s', (typo, fixed) => {
    expect(repairToneInWord(typo)).toBe(fixed);
    expect(hasMisplacedTone(`chữ ${typo} sai`)).toBe(true);
    expect(repairToneMarks(`chữ ${typo} sai`)).toBe(`chữ ${fixed} sai`);
  });

  it('never touches a correctly spelled syllable in either tone style', () => {
    const words = [...vietnameseSyllables(), 'hoà', 'hòa', 'thuý', 'thúy', 'khoẻ', 'khỏe'];
    expect(words.filter((w) => repairToneInWord(w) !== undefined)).toEqual([]);
    for (const n of generatedNames(2000)) {
      expect(repairToneMarks(n)).toBe(n);
      expect(hasMisplacedTone(n)).toBe(false);
    }
  });

  it('leaves words that are not Vietnamese alone', () => {
    expect(repairToneMarks('café naïve Müller Ðảm 12/5')).toBe('café naïve Müller Ðảm 12/5');
  });
});
