import * as path from 'path';
import { mkdirSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import { loadXlsxFile, XlsxLoadError } from '../../../src/host/file/loadXlsx';
import { cfbBytes, makeTempDir, memberSheet, truncatedZip, writeBytes, writeWorkbook } from '../../helpers/xlsx';

async function loadError(file: string): Promise<XlsxLoadError> {
  try {
    await loadXlsxFile(file, path.basename(file));
  } catch (e) {
    if (e instanceof XlsxLoadError) return e;
    throw e;
  }
  throw new Error('expected the file to be refused');
}

describe('loadXlsxFile', () => {
  const dir = makeTempDir();
  let good: string;
  beforeAll(async () => {
    good = await writeWorkbook(dir, 'good.xlsx', [memberSheet()]);
  });

  it('opens a real workbook', async () => {
    const wb = await loadXlsxFile(good);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đảng viên']);
  });

  it('refuses a missing file, naming it', async () => {
    const e = await loadError(path.join(dir, 'khong-co.xlsx'));
    expect(e.code).toBe('not-found');
    expect(e.message).toContain('khong-co.xlsx');
  });

  it('refuses a directory', async () => {
    const sub = path.join(dir, 'thu-muc.xlsx');
    mkdirSync(sub);
    expect((await loadError(sub)).code).toBe('not-a-file');
  });

  it('refuses an OLE compound file, saying which: password-protected, an old .xls, or (neither stream found) either', async () => {
    const e = await loadError(writeBytes(dir, 'mat-khau.xlsx', cfbBytes('EncryptedPackage')));
    expect(e.code).toBe('encrypted-or-xls');
    expect(e.message).toContain('"mat-khau.xlsx" được đặt mật khẩu, nên không đọc được');
    expect(e.message).toContain('Mã hóa bằng mật khẩu');
    const xls = await loadError(writeBytes(dir, 'cu.xls', cfbBytes('Workbook')));
    expect(xls.code).toBe('encrypted-or-xls');
    expect(xls.message).toContain('"cu.xls" là định dạng .xls cũ (Excel 97–2003)');
    expect(xls.message).not.toContain('mật khẩu');
    const unknown = await loadError(writeBytes(dir, 'la.xlsx', cfbBytes(null)));
    expect(unknown.message).toContain('được đặt mật khẩu hoặc là định dạng .xls cũ');
  });

  it('refuses a text file renamed to .xlsx', async () => {
    const e = await loadError(writeBytes(dir, 'van-ban.xlsx', 'Họ và tên;Ngày sinh\nNguyễn Văn A;01/01/1980\n'));
    expect(e.code).toBe('not-xlsx');
  });

  it('refuses an empty file', async () => {
    expect((await loadError(writeBytes(dir, 'rong.xlsx', ''))).code).toBe('empty');
  });

  it('refuses a truncated zip as corrupt', async () => {
    const e = await loadError(writeBytes(dir, 'hong.xlsx', truncatedZip(good)));
    expect(e.code).toBe('corrupt');
    expect(e.message).toContain('hỏng');
  });

  it('refuses a zip that is not a workbook', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<w:document/>');
    const bytes = await zip.generateAsync({ type: 'nodebuffer' });
    expect((await loadError(writeBytes(dir, 'word.xlsx', bytes))).code).toBe('not-xlsx');
  });

  it('refuses a zip bomb before inflating it', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    // 800 MB of zeros would be slow to build; declare the size instead by patching the central directory.
    zip.file('xl/worksheets/sheet1.xml', 'x'.repeat(1000));
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const cd = bytes.lastIndexOf(Buffer.from('xl/worksheets/sheet1.xml')) - 46;
    expect(bytes.readUInt32LE(cd)).toBe(0x02014b50);
    bytes.writeUInt32LE(0xf0000000, cd + 24);
    expect((await loadError(writeBytes(dir, 'bom.xlsx', bytes))).code).toBe('too-large');
  });

  it('refuses a sheet claiming more rows than Excel allows', async () => {
    const zip = await JSZip.loadAsync(readFileSync(good));
    const sheetPath = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const xml = await zip.file(sheetPath)!.async('string');
    // Move the last row far below Excel's 1,048,576-row limit.
    const patched = xml.replace(/<row r="10"([^>]*)>(.*?)<\/row>/, (_m, attrs: string, cells: string) =>
      `<row r="2000000"${attrs}>${cells.replace(/r="([A-Z]+)10"/g, 'r="$12000000"')}</row>`,
    );
    expect(patched).not.toBe(xml);
    zip.file(sheetPath, patched);
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    const e = await loadError(writeBytes(dir, 'qua-dai.xlsx', bytes));
    expect(e.code).toBe('too-many-rows');
    expect(e.message).toContain('Đảng viên');
  });

  it('names a web page saved with an Excel name (HTML or XML exported by web systems), with or without a BOM', async () => {
    for (const [name, text] of [
      ['tai-ve.xlsx', '<html><body><table><tr><td>Họ và tên</td></tr></table></body></html>'],
      ['tai-ve-bom.xls', '\ufeff\r\n<html xmlns:x="urn:schemas-microsoft-com:office:excel"><table></table></html>'],
      ['xml-2003.xls', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'],
    ]) {
      const e = await loadError(writeBytes(dir, name, text));
      expect(e.code).toBe('not-xlsx');
      expect(e.message).toContain('thực chất là trang web');
      expect(e.message).toContain(name);
    }
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<html><table></table></html>', 'utf16le')]);
    expect((await loadError(writeBytes(dir, 'utf16.xls', utf16))).message).toContain('trang web');
  });

  it('names a .csv and an OpenDocument spreadsheet for what they are', async () => {
    expect((await loadError(writeBytes(dir, 'danh-sach.csv', 'STT,Họ và tên\n1,Nguyễn Văn A\n'))).message).toContain('.csv');
    const zip = new JSZip();
    zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet');
    zip.file('content.xml', '<office:document-content/>');
    const e = await loadError(writeBytes(dir, 'danh-sach.ods', await zip.generateAsync({ type: 'nodebuffer' })));
    expect(e.code).toBe('not-xlsx');
    expect(e.message).toContain('OpenDocument');
  });

  it("recognises Excel's lock file ~$name.xlsx and names the workbook it stands for", async () => {
    const lock = Buffer.alloc(165);
    lock.write('\u0005admin', 0, 'latin1');
    const e = await loadError(writeBytes(dir, '~$danh-sach.xlsx', lock));
    expect(e.code).toBe('lock-file');
    expect(e.message).toContain('"danh-sach.xlsx"');
  });

  it('finds a file stored under its NFD name when the name is typed in NFC (and the reverse)', async () => {
    const nfd = 'Danh sách đảng viên.xlsx'.normalize('NFD');
    writeBytes(dir, nfd, readFileSync(good));
    const wb = await loadXlsxFile(path.join(dir, nfd.normalize('NFC')));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đảng viên']);
    writeBytes(dir, 'Sổ tay.xlsx'.normalize('NFC'), readFileSync(good));
    await expect(loadXlsxFile(path.join(dir, 'Sổ tay.xlsx'.normalize('NFD')))).resolves.toBeDefined();
  });
});
