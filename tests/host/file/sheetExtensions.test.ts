/**
 * Drop-down lists and formats of a sheet as Excel 2010+ writes them (a list on another sheet, kept in the sheet's
 * extLst) must survive the --out copy and the fixed copy; exceljs alone drops them, rewrites "H2:H100" as
 * overlapping ranges, and cannot save a conditional format whose formula names another sheet at all.
 * The package is written by hand, as Excel writes it. All values are synthetic.
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import JSZip from 'jszip';
import { runCliCaptured } from '../../helpers/cli';
import { makeTempDir } from '../../helpers/xlsx';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const num = (ref: string, v: number, s?: number) => `<c r="${ref}"${s === undefined ? '' : ` s="${s}"`}><v>${v}</v></c>`;

/** 1960-03-12 etc. as Excel serials. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 864e5;

const CF_EXT =
  `<ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="${X14}"><x14:conditionalFormattings>` +
  `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="expression" priority="1" id="{00000000-0000-0000-0000-0000000000A1}">` +
  `<xm:f>COUNTIF(DM!$A:$A,$C2)=0</xm:f><x14:dxf><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></x14:dxf></x14:cfRule>` +
  `<xm:sqref>C2:C100</xm:sqref></x14:conditionalFormatting></x14:conditionalFormattings></ext>`;
const DV_EXT =
  `<ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="${X14}"><x14:dataValidations count="1" xmlns:xm="${XM}">` +
  `<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"><x14:formula1><xm:f>DM!$A$1:$A$2</xm:f></x14:formula1>` +
  `<xm:sqref>C2:C100</xm:sqref></x14:dataValidation></x14:dataValidations></ext>`;
const DV_MAIN = `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" sqref="H2:H100"><formula1>"Chi bộ Thôn 1,Chi bộ Thôn 2"</formula1></dataValidation></dataValidations>`;

async function excelLikeBook(file: string, exts = CF_EXT + DV_EXT): Promise<void> {
  const header = ['STT', 'Họ và tên', 'Giới tính', 'Ngày sinh', 'Số CCCD', 'Ngày vào Đảng', 'Ngày chính thức', 'Chi bộ'];
  const people: [string, string, number, string, number, number][] = [
    ['Nguyễn Văn An', 'nam', serial(1960, 3, 12), '037060001234', serial(1985, 2, 3), serial(1986, 2, 3)],
    ['Trần Thị Bình', 'Nữ', serial(1972, 7, 5), '037172002345', serial(1998, 5, 19), serial(1999, 5, 19)],
    ['Lê Văn Cường', 'Nam', serial(1975, 11, 20), '037075003456', serial(2000, 9, 2), serial(2001, 9, 2)],
  ];
  const rows = [`<row r="1">${header.map((h, i) => inline(`${'ABCDEFGH'[i]}1`, h)).join('')}</row>`];
  people.forEach(([name, gender, birth, id, admission, official], i) => {
    const r = i + 2;
    rows.push(`<row r="${r}">${num(`A${r}`, i + 1)}${inline(`B${r}`, name)}${inline(`C${r}`, gender)}${num(`D${r}`, birth, 1)}` +
      `${inline(`E${r}`, id)}${num(`F${r}`, admission, 1)}${num(`G${r}`, official, 1)}${inline(`H${r}`, 'Chi bộ Thôn 1')}</row>`);
  });
  const sheet = (body: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}">${body}</worksheet>`;
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>');
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews>` +
    '<sheets><sheet name="DS" sheetId="1" r:id="rId1"/><sheet name="DM" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
    `<Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  zip.file('xl/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>` +
    '<fonts count="1"><font><sz val="13"/><name val="Times New Roman"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>');
  zip.file('xl/worksheets/sheet1.xml', sheet(`<sheetData>${rows.join('')}</sheetData>${DV_MAIN}<extLst>${exts}</extLst>`));
  zip.file('xl/worksheets/sheet2.xml', sheet(`<sheetData><row r="1">${inline('A1', 'Nam')}</row><row r="2">${inline('A2', 'Nữ')}</row></sheetData>`));
  await fs.writeFile(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

async function sheetXml(file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await fs.readFile(file));
  const wb = await zip.file('xl/workbook.xml')!.async('string');
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  const id = /<sheet\b[^>]*name="DS"[^>]*r:id="([^"]*)"/.exec(wb)![1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]*)"`).exec(rels)?.[1]
    ?? new RegExp(`<Relationship\\b[^>]*Target="([^"]*)"[^>]*Id="${id}"`).exec(rels)![1];
  return zip.file(path.posix.join('xl', target.replace(/^\/?xl\//, '')))!.async('string');
}

describe('(y) drop-down lists and formats kept in the sheet\'s extLst (Excel 2010+)', () => {
  const dir = makeTempDir('dvcheck-ext-');
  beforeAll(() => excelLikeBook(path.join(dir, 'ds.xlsx')));

  function expectKept(xml: string, format = true): void {
    expect(xml).toContain('<xm:f>DM!$A$1:$A$2</xm:f>');
    if (format) expect(xml).toContain('<xm:f>COUNTIF(DM!$A:$A,$C2)=0</xm:f>');
    expect(xml.match(/<dataValidation\b[^>]*sqref="[^"]*"/g)).toEqual([expect.stringContaining('sqref="H2:H100"')]);
    // One extLst, the worksheet's last element.
    expect(xml.match(/<extLst>/g)).toHaveLength(1);
    expect(xml.trimEnd()).toMatch(/<\/extLst><\/worksheet>$/);
  }

  it('check --out writes the marked copy, with the lists and the format of the original', async () => {
    const run = await runCliCaptured(['check', 'ds.xlsx', '--out', 'out', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1); // C2 "nam"
    expectKept(await sheetXml(path.join(dir, 'out', 'ds.checked.xlsx')));
  });

  it('fix writes the fixed copy, with the lists and the format of the original', async () => {
    const run = await runCliCaptured(['fix', 'ds.xlsx', '--out', 'fixed.xlsx', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const xml = await sheetXml(path.join(dir, 'fixed.xlsx'));
    expectKept(xml);
    expect(xml).toMatch(/<c r="C2"[^>]*t="(s|inlineStr|str)"/);
    const check = JSON.parse((await runCliCaptured(['check', 'fixed.xlsx', '--json', '--as-of', '2025-12-30'], dir)).stdout);
    expect(check.files[0].findings).toEqual([]);
  });

  it('without a conditional format (the copy could be saved before): the lists are kept, "H2:H100" is not split into overlapping ranges', async () => {
    await excelLikeBook(path.join(dir, 'dv.xlsx'), DV_EXT);
    const run = await runCliCaptured(['check', 'dv.xlsx', '--out', 'out', '--as-of', '2025-12-30'], dir);
    expect(run.stderr).toBe('');
    expectKept(await sheetXml(path.join(dir, 'out', 'dv.checked.xlsx')), false);
  });
});
