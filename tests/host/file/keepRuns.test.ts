import { keepRuns } from '../../../src/host/file/FileWorkbookHost';

describe('keepRuns: repaired text over rich-text runs', () => {
  const bold = { bold: true };
  it('a case change keeps each letter in its run', () => {
    expect(keepRuns([{ text: 'NGUYỄN ', font: bold }, { text: 'văn an' }], 'Nguyễn Văn An')).toEqual({
      richText: [{ text: 'Nguyễn ', font: bold }, { text: 'Văn An' }],
    });
  });
  it('spaces removed or replaced (tab, non-breaking, double, leading, trailing)', () => {
    expect(keepRuns([{ text: ' Lê\u00a0 ', font: bold }, { text: 'Văn\tCường  ' }], 'Lê Văn Cường')).toEqual({
      richText: [{ text: 'Lê ', font: bold }, { text: 'Văn Cường' }],
    });
  });
  it('any other change (letters converted, NFC) is no overlay: the caller writes plain text', () => {
    expect(keepRuns([{ text: 'Hä vµ ', font: bold }, { text: 'tªn' }], 'Họ và tên')).toBeUndefined();
    expect(keepRuns([{ text: 'Thu\u0301y', font: bold }], 'Thúy')).toBeUndefined();
  });
});
