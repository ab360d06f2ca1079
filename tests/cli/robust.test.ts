import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { checkReportJsonSchema, type CheckReportJson } from '../../src/core/findings';
import { runCliCaptured } from '../helpers/cli';
import { makeTempDir, memberSheet, organisationSheet, writeBytes, writeWorkbook } from '../helpers/xlsx';

/**
 * The command line on the files offices really have: patterns Windows does not expand, Excel's lock files, a file
 * named twice, names differing only by case, macro workbooks, chart-only workbooks, re-runs into the same folder.
 */
const AS_OF = '2025-12-30';

function parseReport(stdout: string): CheckReportJson {
  return checkReportJsonSchema.parse(JSON.parse(stdout));
}

/** Excel's owner file: a length byte, the user name, padding; 165 bytes. */
function lockFileBytes(): Buffer {
  const b = Buffer.alloc(165);
  b.write('\u0005admin', 0, 'latin1');
  return b;
}

/** A workbook holding one chart sheet and no worksheet (what "Move chart → New sheet" leaves when data is elsewhere). */
async function chartOnlyWorkbook(): Promise<Buffer> {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/chartsheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets>` +
      '<sheet name="Biểu đồ" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      `<Relationship Id="rId1" Type="${rel}/chartsheet" Target="chartsheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    'xl/chartsheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><chartsheet xmlns="${ns}" xmlns:r="${rel}"><sheetViews><sheetView workbookViewId="0"/></sheetViews></chartsheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** The .xlsx with a macro project added and its workbook part declared macro-enabled: an .xlsm. */
async function asXlsm(xlsx: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(readFileSync(xlsx));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  zip.file('xl/vbaProject.bin', Buffer.from('synthetic macro project'));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('dvcheck check on the files offices really have', () => {
  let dir: string;
  let ds: string;

  beforeEach(async () => {
    dir = makeTempDir('dvcheck-robust-');
    ds = await writeWorkbook(dir, 'ds.xlsx', [organisationSheet(), memberSheet()]);
  });

  it('expands *.xlsx itself (Windows passes it unexpanded), leaving out the ~$ lock file; a pattern matching nothing is named', async () => {
    copyFileSync(ds, path.join(dir, 'to-chuc.xlsx'));
    writeBytes(dir, '~$ds.xlsx', lockFileBytes());
    const run = await runCliCaptured(['check', '*.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(parseReport(run.stdout).files.map((f) => f.file)).toEqual(['ds.xlsx', 'to-chuc.xlsx']);

    const none = await runCliCaptured(['check', 'khong-co-*.xlsx', 'ds.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(none.code).toBe(2);
    expect(none.stderr.trim().split('\n')).toEqual([expect.stringContaining('Không có tệp nào khớp với "khong-co-*.xlsx"')]);
    expect(parseReport(none.stdout).files.map((f) => f.file)).toEqual(['ds.xlsx']);
  });

  it('skips the ~$ lock file of a workbook open in Excel with a note, not as an unreadable file', async () => {
    writeBytes(dir, '~$ds.xlsx', lockFileBytes());
    const run = await runCliCaptured(['check', '~$ds.xlsx', 'ds.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1); // the errors of ds.xlsx, not 2
    expect(run.stderr.trim().split('\n')).toEqual([expect.stringContaining('Bỏ qua "~$ds.xlsx": đây là tệp khóa tạm Excel')]);
    expect(parseReport(run.stdout).files.map((f) => f.file)).toEqual(['ds.xlsx']);

    const alone = await runCliCaptured(['check', '~$ds.xlsx', '--as-of', AS_OF], dir);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('Không có tệp nào được kiểm tra');
  });

  it('checks a file named twice once (its JSON entry too)', async () => {
    const run = await runCliCaptured(['check', 'ds.xlsx', './ds.xlsx', '--out', 'kq', '--json', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"./ds.xlsx" và "ds.xlsx" là cùng một tệp; chỉ kiểm tra một lần.');
    expect(parseReport(run.stdout).files).toHaveLength(1);
    expect(readdirSync(path.join(dir, 'kq'))).toEqual(['ds.checked.xlsx']);
  });

  it('refuses an --out that is a file with one line, before checking anything', async () => {
    writeFileSync(path.join(dir, 'ket-qua'), 'not a folder');
    const run = await runCliCaptured(['check', 'ds.xlsx', 'ds.xlsx', '--out', 'ket-qua', '--as-of', AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual(['--out "ket-qua" là một tệp, không phải thư mục. Hãy chọn một thư mục để ghi bản sao đánh dấu (dvcheck tự tạo thư mục nếu chưa có), ví dụ: --out ket-qua.']);
    expect(run.stdout).toBe('');
  });

  it('reports a workbook with only chart sheets as having nothing to check (exit 2), never as clean', async () => {
    writeBytes(dir, 'bieu-do.xlsx', await chartOnlyWorkbook());
    const run = await runCliCaptured(['check', 'bieu-do.xlsx', 'ds.xlsx', '--json', '--as-of', AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Tệp "bieu-do.xlsx" không có trang tính nào để kiểm tra');
    expect(parseReport(run.stdout).files.map((f) => f.file)).toEqual(['ds.xlsx']);
  });

  it('names the checked copy of an .xlsm NAME.checked.xlsx and says the macros are not in it', async () => {
    writeBytes(dir, 'macro.xlsm', await asXlsm(ds));
    const run = await runCliCaptured(['check', 'macro.xlsm', '--out', 'kq', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(readdirSync(path.join(dir, 'kq'))).toEqual(['macro.checked.xlsx']);
    expect(run.stdout).toContain('Lưu ý: tệp "macro.xlsm" có macro; bản sao đánh dấu được lưu dạng .xlsx');
    const json = await runCliCaptured(['check', 'macro.xlsm', '--out', 'kq2', '--json', '--as-of', AS_OF], dir);
    expect(parseReport(json.stdout).files).toHaveLength(1);
    expect(json.stderr).toContain('có macro');
  });

  it('keeps the copies of DS.xlsx and ds.xlsx apart (one file on Windows and macOS disks)', async () => {
    mkdirSync(path.join(dir, 'a'));
    mkdirSync(path.join(dir, 'b'));
    copyFileSync(ds, path.join(dir, 'a', 'DS.xlsx'));
    copyFileSync(ds, path.join(dir, 'b', 'ds.xlsx'));
    const run = await runCliCaptured(['check', 'a/DS.xlsx', 'b/ds.xlsx', '--out', 'kq', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(readdirSync(path.join(dir, 'kq')).sort()).toEqual(['DS.checked.xlsx', 'ds-2.checked.xlsx']);
  });

  it('run twice with *.xlsx --out . : the first run\'s copy is skipped, not checked into NAME.checked.checked.xlsx', async () => {
    const first = await runCliCaptured(['check', '*.xlsx', '--out', '.', '--as-of', AS_OF], dir);
    expect(first.code).toBe(1);
    const again = await runCliCaptured(['check', 'ds.checked.xlsx', 'ds.xlsx', '--out', '.', '--as-of', AS_OF], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('Bỏ qua "ds.checked.xlsx": đây là bản sao đánh dấu');
    expect(readdirSync(dir).sort()).toEqual(['ds.checked.xlsx', 'ds.xlsx']);
    expect(again.stdout.match(/^Tệp: /gm)).toHaveLength(1);
  });

  it('finds a name stored in NFD when typed in NFC and names it in NFC', async () => {
    const nfc = 'Danh sách đảng viên.xlsx';
    copyFileSync(ds, path.join(dir, nfc.normalize('NFD')));
    const run = await runCliCaptured(['check', nfc, '--out', 'kq', '--as-of', AS_OF], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Tệp: ${nfc}`);
    expect(readdirSync(path.join(dir, 'kq'))).toEqual(['Danh sách đảng viên.checked.xlsx'.normalize('NFC')]);
    // A shell glob hands over the NFD name: people still read it in NFC.
    const nfd = await runCliCaptured(['check', nfc.normalize('NFD'), '--as-of', AS_OF], dir);
    expect(nfd.stdout).toContain(`Tệp: ${nfc}`);
    expect(nfd.stdout.normalize('NFC')).toBe(nfd.stdout);
  });

  it('shows a date typed dd/mm/yyyy for --as-of in the form it asks for', async () => {
    const run = await runCliCaptured(['check', 'ds.xlsx', '--as-of', '30/12/2025'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--as-of 2025-12-30 (ngày 30 tháng 12 năm 2025)');
  });

  it('says in Vietnamese why an output could not be written', async () => {
    writeFileSync(path.join(dir, 'tep'), 'a file, not a folder');
    const run = await runCliCaptured(['fix', 'ds.xlsx', '--out', 'tep/da-sua.xlsx', '--as-of', AS_OF], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('một phần của đường dẫn là tệp chứ không phải thư mục');
    const report = await runCliCaptured(['report', 'ds.xlsx', '--out', 'tep/bao-cao.xlsx', '--as-of', AS_OF], dir);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('một phần của đường dẫn là tệp chứ không phải thư mục');
    expect(report.stderr).not.toMatch(/not a directory/);
  });

  it('report and reconcile create a missing output folder, as check and fix do', async () => {
    const report = await runCliCaptured(['report', 'ds.xlsx', '--out', 'moi/bao-cao.xlsx', '--as-of', AS_OF], dir);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(existsSync(path.join(dir, 'moi', 'bao-cao.xlsx'))).toBe(true);
    copyFileSync(ds, path.join(dir, 'ds2.xlsx'));
    const rec = await runCliCaptured(['reconcile', 'ds.xlsx', 'ds2.xlsx', '--out', 'moi2/doi-soat.xlsx'], dir);
    expect(rec.stderr).toBe('');
    expect(existsSync(path.join(dir, 'moi2', 'doi-soat.xlsx'))).toBe(true);
  });

  it('report refuses an --out that names the input in another case', async () => {
    const run = await runCliCaptured(['report', 'ds.xlsx', '--out', 'DS.XLSX', '--as-of', AS_OF], dir);
    expect(run.code).toBe(2);
    expect(existsSync(path.join(dir, 'DS.XLSX'))).toBe(false);
  });
});
