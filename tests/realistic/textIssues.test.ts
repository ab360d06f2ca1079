/**
 * Text issues seen in real workbooks: a soft hyphen typed between two words of a Unicode name, Icelandic Ð typed
 * for Đ, and TCVN3 text whose bytes also read as valid Unicode but whose cell is in a .Vn font.
 */
import ExcelJS from 'exceljs';
import { fixUnicode } from '../../src/core/text/unicode';
import { checkBook, d, putRow, type Checked } from './support';

describe('text issues in member names', () => {
  let c: Checked;
  const on = (row: number) => c.result.findings.filter((f) => f.row === row && f.col === 1).map((f) => [f.rule, f.suggestion]);
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DV');
    putRow(ws, 1, ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ']);
    const rest = (i: number) => ['Nam', d(1970, 1, 1 + i), `03707000${1000 + i}`, d(1995, 1, 1), d(1996, 1, 1), 'Chi bộ 1'];
    putRow(ws, 2, [1, 'Nguyễn Văn\u00ADĐức', ...rest(1)]);
    putRow(ws, 3, [2, 'Nguy\u00ADễn Văn Hòa', ...rest(2)]);
    putRow(ws, 4, [3, 'Ðinh Văn Tùng', ...rest(3)]);
    putRow(ws, 5, [4, 'Vò Minh An', ...rest(4)]);
    ws.getCell('B5').font = { name: '.VnArial' };
    putRow(ws, 6, [5, 'NguyÔn V¨n Th\u00ADêng', ...rest(5)]);
    ws.getCell('B6').font = { name: '.VnTime' };
    putRow(ws, 7, [6, 'Vò Minh An', ...rest(6)]); // the same text in a Unicode font is a real name
    c = await checkBook(wb, 'text.xlsx');
  });

  it('a soft hyphen between two syllables becomes a space, never a join; inside a word it is dropped', () => {
    expect(on(2)).toEqual([['text-unicode', 'Nguyễn Văn Đức']]);
    expect(on(3)).toEqual([['text-unicode', 'Nguyễn Văn Hòa']]);
    expect(fixUnicode('Văn\u00ADĐức')).toBe('Văn Đức');
    expect(fixUnicode(fixUnicode('Văn\u00ADĐức'))).toBe('Văn Đức');
  });

  it('Icelandic Ð in a Unicode name is a look-alike of Đ', () => {
    expect(on(4)).toEqual([['text-unicode', 'Đinh Văn Tùng']]);
  });

  it('in a .Vn font the font is the evidence: "Vò Minh An" is TCVN3 for "Vũ Minh An"; the soft hyphen of TCVN3 is ư', () => {
    expect(on(5)).toEqual([['text-legacy-encoding', 'Vũ Minh An']]);
    expect(on(6)).toEqual([['text-legacy-encoding', 'Nguyễn Văn Thường']]);
    expect(on(7)).toEqual([]);
  });
});
