import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { XMLParser } from 'fast-xml-parser';
import type { SheetSpec } from '../../../src/core/output/sheetSpec';
import { SpecBuilder } from '../../../src/core/output/specBuilder';
import { writeWorkbookBuffer } from '../../../src/host/file/writeSheetSpec';
import { FileWorkbookHost } from '../../../src/host/file/FileWorkbookHost';

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

function dataSheet(): SheetSpec {
  const b = new SpecBuilder('Số liệu');
  b.set(0, 0, 'Tổ chức', { type: 'text' });
  b.set(0, 1, 'Tỷ lệ', { type: 'text' });
  ['Chi bộ Thôn 1', 'Chi bộ Thôn 2', "Chi bộ Trường's"].forEach((name, i) => {
    b.set(i + 1, 0, name, { type: 'text' });
    b.set(i + 1, 1, 40 + i * 10, { type: 'number', format: '0.0' });
  });
  b.spec.charts.push({
    type: 'bar',
    title: 'Tỷ lệ đạt chuẩn',
    categories: { col: 0, firstRow: 1, lastRow: 3 },
    series: [{ name: 'Tỷ lệ (%)', values: { col: 1, firstRow: 1, lastRow: 3 } }],
    anchor: { row: 5, col: 0, rows: 15, cols: 6 },
    maxValue: 100,
  });
  return b.spec;
}

function historySheet(): SheetSpec {
  const b = new SpecBuilder('Lịch sử');
  b.set(0, 0, 'Ngày', { type: 'text' });
  [46000, 46007, 46014].forEach((d, i) => {
    b.set(i + 1, 0, d, { type: 'date', format: 'dd/mm/yyyy' });
    b.set(i + 1, 1, 10 * (i + 1), { type: 'number' });
    b.set(i + 1, 2, 20 * (i + 1), { type: 'number' });
  });
  return b.spec;
}

async function build(): Promise<{ zip: JSZip; bytes: Buffer }> {
  const data = dataSheet();
  data.charts.push({
    type: 'line',
    title: 'Xu hướng',
    categories: { sheet: 'Lịch sử', col: 0, firstRow: 1, lastRow: 3 },
    series: [
      { name: 'A', values: { sheet: 'Lịch sử', col: 1, firstRow: 1, lastRow: 3 } },
      { name: 'B', values: { sheet: 'Lịch sử', col: 2, firstRow: 1, lastRow: 3 } },
    ],
    anchor: { row: 5, col: 7, rows: 15, cols: 6 },
  });
  const bytes = await writeWorkbookBuffer(new ExcelJS.Workbook(), [data, historySheet()]);
  return { zip: await JSZip.loadAsync(bytes), bytes };
}

describe('chart injection into a saved xlsx', () => {
  it('adds chart and drawing parts, wired through rels and content types', async () => {
    const { zip } = await build();
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/charts/chart2.xml', 'xl/drawings/drawing1.xml']));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    expect(types).toContain('PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"');
    expect(types).toContain('PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"');

    // The sheet "Số liệu" is sheet1: its <drawing> points (via its rels) at drawing1, which points at both charts.
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const drawingId = /<drawing r:id="([^"]+)"\/>/.exec(sheet)![1];
    const sheetRels = parser.parse(await zip.file('xl/worksheets/_rels/sheet1.xml.rels')!.async('string'));
    const rels = [sheetRels.Relationships.Relationship].flat();
    expect(rels.find((r: Record<string, string>) => r['@Id'] === drawingId)['@Target']).toBe('../drawings/drawing1.xml');
    const drawingRels = parser.parse(await zip.file('xl/drawings/_rels/drawing1.xml.rels')!.async('string'));
    const targets = [drawingRels.Relationships.Relationship].flat().map((r: Record<string, string>) => r['@Target']);
    expect(targets.sort()).toEqual(['../charts/chart1.xml', '../charts/chart2.xml']);
    // <drawing> must come after pageMargins/pageSetup (schema order) — Excel refuses the file otherwise.
    expect(sheet.indexOf('<drawing')).toBeGreaterThan(sheet.indexOf('<pageMargins'));
    expect(parser.parse(sheet)).toBeTruthy();
  });

  it('writes a bar chart and a line chart whose series reference the right ranges, with caches', async () => {
    const { zip } = await build();
    const bar = parser.parse(await zip.file('xl/charts/chart1.xml')!.async('string'))['c:chartSpace']['c:chart'];
    const barChart = bar['c:plotArea']['c:barChart'];
    expect(barChart['c:barDir']['@val']).toBe('bar');
    const ser = barChart['c:ser'];
    expect(ser['c:cat']['c:strRef']['c:f']).toBe("'Số liệu'!$A$2:$A$4");
    expect(ser['c:val']['c:numRef']['c:f']).toBe("'Số liệu'!$B$2:$B$4");
    const pts = [ser['c:cat']['c:strRef']['c:strCache']['c:pt']].flat().map((p: Record<string, unknown>) => p['c:v']);
    expect(pts).toEqual(['Chi bộ Thôn 1', 'Chi bộ Thôn 2', "Chi bộ Trường's"]);
    const vals = [ser['c:val']['c:numRef']['c:numCache']['c:pt']].flat().map((p: Record<string, unknown>) => Number(p['c:v']));
    expect(vals).toEqual([40, 50, 60]);
    expect(bar['c:plotArea']['c:valAx']['c:scaling']['c:max']['@val']).toBe('100');

    const line = parser.parse(await zip.file('xl/charts/chart2.xml')!.async('string'))['c:chartSpace']['c:chart'];
    const lineSers = [line['c:plotArea']['c:lineChart']['c:ser']].flat();
    expect(lineSers.map((s: Record<string, any>) => s['c:val']['c:numRef']['c:f'])).toEqual([
      "'Lịch sử'!$B$2:$B$4",
      "'Lịch sử'!$C$2:$C$4",
    ]);
    expect(lineSers[0]['c:cat']['c:strRef']['c:f']).toBe("'Lịch sử'!$A$2:$A$4");
    const dates = [lineSers[0]['c:cat']['c:strRef']['c:strCache']['c:pt']].flat().map((p: Record<string, unknown>) => p['c:v']);
    expect(dates[0]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('still opens with exceljs after injection, cells intact', async () => {
    const { bytes } = await build();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Số liệu', 'Lịch sử']);
    expect(wb.getWorksheet('Số liệu')!.getCell('A2').value).toBe('Chi bộ Thôn 1');
    expect(wb.getWorksheet('Số liệu')!.getCell('B4').value).toBe(60);
    // And a second round trip through exceljs and injection does not break it.
    const again = await writeWorkbookBuffer(wb, [dataSheet()]);
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.load(again as unknown as ArrayBuffer);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Số liệu', 'Lịch sử', 'Số liệu (2)']);
    const zip2 = await JSZip.loadAsync(again);
    expect(Object.keys(zip2.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).length).toBeGreaterThanOrEqual(1);
  });

  it('FileWorkbookHost.writeSheet keeps the charts for the saved bytes; replace rewrites its own sheet', async () => {
    const host = new FileWorkbookHost(new ExcelJS.Workbook());
    expect(await host.writeSheet(historySheet())).toBe('Lịch sử');
    expect(await host.writeSheet(historySheet(), { replace: true })).toBe('Lịch sử');
    expect(await host.writeSheet(dataSheet())).toBe('Số liệu');
    expect(await host.writeSheet(dataSheet())).toBe('Số liệu (2)');
    expect(await host.listSheets()).toEqual(['Lịch sử', 'Số liệu', 'Số liệu (2)']);
    const zip = await JSZip.loadAsync(await host.writeBuffer());
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(2);
    const second = await zip.file('xl/charts/chart2.xml')!.async('string');
    expect(second).toContain("'Số liệu (2)'!$B$2:$B$4");
  });
});
