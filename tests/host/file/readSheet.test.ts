import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';
import { loadXlsxFile } from '../../../src/host/file/loadXlsx';
import { cellAt } from '../../../src/core/cells';
import { formatDate, serialFromYmd } from '../../../src/core/dates';
import { makeTempDir, memberSheet, organisationSheet, writeWorkbook, utcDate } from '../../helpers/xlsx';

describe('FileWorkbookHost.readSheet', () => {
  const dir = makeTempDir();
  let host: FileWorkbookHost;

  beforeAll(async () => {
    const extra = [
      [6, { v: { richText: [{ text: 'Đỗ ', font: { bold: true } }, { text: 'Thị Mai' }] } }, 'Nữ', utcDate(1992, 2, 29), '037192001111', utcDate(2018, 5, 19), utcDate(2019, 5, 19),
        { v: { text: 'Chi bộ Thôn 2', hyperlink: 'https://example.invalid/' } }, '0911000111', { v: 'Thôn 2', font: '.VnTime' }],
      [7, 'Bùi Văn Tư', true, { v: { formula: 'DATE(1970,1,1)', result: utcDate(1970, 1, 1) }, numFmt: 'dd/mm/yyyy' }],
    ];
    const file = await writeWorkbook(dir, 'members.xlsx', [
      organisationSheet(),
      memberSheet(extra),
      { name: 'Ẩn', rows: [['bí mật']], state: 'hidden' },
    ]);
    host = new FileWorkbookHost(await loadXlsxFile(file));
  });

  it('lists visible sheets only, in tab order', async () => {
    expect(await host.listSheets()).toEqual(['Tổ chức đảng', 'Đảng viên']);
  });

  it('reads text, numbers, dates, formulas, errors, rich text and hyperlinks', async () => {
    const s = await host.readSheet('Đảng viên');
    // Row 6 (0-based 5): first data row.
    expect(cellAt(s, 5, 1)).toMatchObject({ type: 'text', value: 'Nguyễn Thị Lan' });
    expect(cellAt(s, 5, 3)).toMatchObject({ type: 'date', value: serialFromYmd(1953, 4, 12) });
    expect(formatDate(cellAt(s, 5, 3).value as number)).toBe('12/04/1953');
    expect(cellAt(s, 5, 4)).toMatchObject({ type: 'text', value: '037153000257' });
    // Text dates stay text.
    expect(cellAt(s, 6, 3)).toMatchObject({ type: 'text', value: '05/06/1980' });
    // IDs stored as numbers, with and without the twelve-zero format.
    expect(cellAt(s, 7, 4)).toMatchObject({ type: 'number', value: 37075001234, format: 'General' });
    expect(cellAt(s, 8, 4)).toMatchObject({ type: 'number', value: 37190005678, format: '000000000000' });
    // Formula → cached result; error cell.
    expect(cellAt(s, 9, 1)).toMatchObject({ type: 'text', value: 'Hoàng Văn Nam' });
    expect(cellAt(s, 9, 8)).toMatchObject({ type: 'error', value: '#N/A' });
    // Rich text and hyperlink → plain text; font name kept.
    expect(cellAt(s, 10, 1)).toMatchObject({ type: 'text', value: 'Đỗ Thị Mai' });
    expect(cellAt(s, 10, 3)).toMatchObject({ type: 'date', value: serialFromYmd(1992, 2, 29) });
    expect(cellAt(s, 10, 7)).toMatchObject({ type: 'text', value: 'Chi bộ Thôn 2' });
    expect(cellAt(s, 10, 9)).toMatchObject({ type: 'text', value: 'Thôn 2', font: '.VnTime' });
    expect(cellAt(s, 11, 2)).toMatchObject({ type: 'boolean', value: true });
    expect(cellAt(s, 11, 3)).toMatchObject({ type: 'date', value: serialFromYmd(1970, 1, 1) });
    expect(cellAt(s, 5, 3).format).toBe('dd/mm/yyyy');
  });

  it('reports merges 0-based and leaves merged-over cells empty', async () => {
    const s = await host.readSheet('Đảng viên');
    expect(s.merges).toContainEqual({ top: 3, left: 5, bottom: 3, right: 6 }); // F4:G4 "Ngày tháng"
    expect(s.merges).toContainEqual({ top: 3, left: 0, bottom: 4, right: 0 }); // A4:A5
    expect(cellAt(s, 3, 5)).toMatchObject({ type: 'text', value: 'Ngày tháng' });
    expect(cellAt(s, 3, 6).type).toBe('empty');
    expect(cellAt(s, 4, 0).type).toBe('empty');
    expect(cellAt(s, 4, 5)).toMatchObject({ value: 'Vào Đảng' });
    // Every row up to the last is an array, blank ones included.
    expect(Array.isArray(s.rows[2])).toBe(true);
  });

  it('reads only the rows asked for and reports progress', async () => {
    const progress: number[] = [];
    const s = await host.readSheet('Đảng viên', { rows: { first: 7, last: 8 }, onProgress: (p) => progress.push(p.rowsRead) });
    expect(cellAt(s, 5, 1).type).toBe('empty');
    expect(cellAt(s, 6, 1).value).toBe('Trần Văn Minh');
    expect(cellAt(s, 7, 1).value).toBe('Lê Văn Hùng');
    expect(cellAt(s, 8, 1).type).toBe('empty');
    expect(progress[progress.length - 1]).toBe(2);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(host.readSheet('Đảng viên', { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('says which sheet is missing', async () => {
    await expect(host.readSheet('Không có')).rejects.toThrow('Không có');
  });
});
