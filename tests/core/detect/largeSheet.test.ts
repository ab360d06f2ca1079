import type { Cell, SheetData } from '../../../src/core/cells';
import { detectTable } from '../../../src/core/detect/detectTable';

// 200,000 members in one sheet with a section heading every 1,000 rows: detection must finish in one pass.
// (Timings go to `npm run bench`; this test checks the result on a sheet of that size.)
describe('detectTable on a 200,000-row sheet', () => {
  it('classifies every row', () => {
    const text = (value: string): Cell => ({ type: 'text', value });
    const num = (value: number): Cell => ({ type: 'number', value });
    const rows: (Cell | undefined)[][] = [
      [text('DANH SÁCH ĐẢNG VIÊN')],
      ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Dân tộc'].map(text),
    ];
    const sections: number[] = [];
    for (let i = 1; i <= 200_000; i++) {
      if (i % 1000 === 1) {
        rows.push([text(`Chi bộ ${Math.ceil(i / 1000)}`)]);
        sections.push(rows.length);
      }
      rows.push([num(i), text('Nguyễn Văn An'), text('Nam'), text('01/01/1970'), text('037070000001'),
        text('01/01/1995'), text('01/01/1996'), text('Kinh')]);
    }
    const sheet: SheetData = { name: 'Lớn', rows, merges: [] };
    const t = detectTable(sheet)!;
    expect(t.dataRows).toHaveLength(200_000);
    expect(t.sections.map((s) => s.row)).toEqual(sections);
    expect(t.lastRow).toBe(rows.length);
  });
});
