import * as path from 'path';
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { XMLParser } from 'fast-xml-parser';
import type ExcelJS from 'exceljs';
import { checkReportJsonSchema, GROUPS } from '../../src/core/findings';
import { buildSampleWorkbook, SAMPLE_AS_OF_ISO } from '../../src/core/sample/sampleWorkbook';
import { collapseWhitespace } from '../../src/core/text/normalize';
import { PROGRESS_HEADERS, HISTORY_HEADERS } from '../../src/core/strings/reports';
import { workbookFromLayouts } from '../../src/host/file/workbookFromLayouts';
import { runCliCaptured } from '../helpers/cli';
import { makeTempDir, readBack } from '../helpers/xlsx';

const REPORT = 'Báo cáo tiến độ';
const HISTORY = 'Lịch sử tiến độ';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });

interface ReportRow {
  row: number;
  label: string;
  indent: number;
  values: number[]; // columns B..L
}

function reportRows(ws: ExcelJS.Worksheet): ReportRow[] {
  const rows: ReportRow[] = [];
  for (let r = 7; r <= ws.rowCount; r++) {
    const label = ws.getCell(r, 1).value;
    if (typeof label !== 'string' || typeof ws.getCell(r, 2).value !== 'number') continue;
    const values = Array.from({ length: 11 }, (_, k) => ws.getCell(r, k + 2).value as number);
    rows.push({ row: r, label, indent: ws.getCell(r, 1).alignment?.indent ?? 0, values });
  }
  return rows;
}

const key = (s: unknown): string => collapseWhitespace(String(s ?? '')).normalize('NFC');

describe('dvcheck report', () => {
  const dir = makeTempDir();
  const sample = buildSampleWorkbook();

  beforeAll(async () => {
    await workbookFromLayouts(sample.sheets).xlsx.writeFile(path.join(dir, 'mau.xlsx'));
  });

  it('writes the report whose numbers agree with check --json on the same file and date', async () => {
    const run = await runCliCaptured(['report', 'mau.xlsx', '--out', 'bc.xlsx', '--as-of', SAMPLE_AS_OF_ISO], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const ws = (await readBack(path.join(dir, 'bc.xlsx'))).getWorksheet(REPORT)!;
    expect(ws.getCell('A3').value).toBe('BÁO CÁO TIẾN ĐỘ LÀM SẠCH, CHUẨN HÓA DỮ LIỆU ĐẢNG VIÊN');
    expect(ws.getCell('A1').value).toBe('ĐẢNG BỘ XÃ YÊN THÀNH');
    expect(ws.getCell('A4').value).toBe('Số liệu tính đến ngày 30/12/2025');
    expect((ws.getRow(6).values as unknown[]).slice(1, 13)).toEqual([...PROGRESS_HEADERS]);

    const check = checkReportJsonSchema.parse(
      JSON.parse((await runCliCaptured(['check', 'mau.xlsx', '--json', '--as-of', SAMPLE_AS_OF_ISO], dir)).stdout),
    ).files[0];
    const dataSheets = new Set(check.tables.filter((t) => t.kind !== 'accounts').map((t) => t.sheet));
    const errors = check.findings.filter((f) => f.severity === 'error' && dataSheets.has(f.sheet));
    const members = check.tables.find((t) => t.kind === 'members')!;
    const total = reportRows(ws).find((r) => r.label === 'Tổng cộng')!;
    // Per group: the number of error findings of check --json.
    GROUPS.forEach((g, k) => expect(total.values[6 + k]).toBe(errors.filter((f) => f.group === g).length));
    // Members with at least one error, and the rest standardised.
    const memberRowsWithErrors = new Set(errors.filter((f) => f.sheet === members.sheet && f.row >= members.firstRow).map((f) => f.row));
    expect(total.values[5]).toBe(memberRowsWithErrors.size);
    expect(total.values[3]).toBe(total.values[0] - memberRowsWithErrors.size);
    expect(total.values[4]).toBe(Math.round((total.values[3] * 1000) / total.values[0]) / 10);
    // No reviewed column in the sample: reviewed = checked with no errors.
    expect(total.values[1]).toBe(total.values[3]);
  });

  it('counts per organisation the members listed under it; subtotals sum their children', async () => {
    const wb = await readBack(path.join(dir, 'bc.xlsx'));
    const rows = reportRows(wb.getWorksheet(REPORT)!);
    // The members sheet of the input, counted independently by its "Chi bộ" column.
    const input = await readBack(path.join(dir, 'mau.xlsx'));
    const ms = input.getWorksheet('Đảng viên')!;
    let headerRow = 0;
    let branchCol = 0;
    ms.eachRow((row, r) => row.eachCell((c, col) => {
      if (!headerRow && key(c.value) === 'Chi bộ') [headerRow, branchCol] = [r, col];
    }));
    const byBranch = new Map<string, number>();
    let listed = 0;
    for (let r = headerRow + 1; r <= ms.rowCount; r++) {
      if (typeof ms.getCell(r, 1).value !== 'number') continue; // member rows carry their STT
      listed++;
      const b = key(ms.getCell(r, branchCol).value);
      byBranch.set(b, (byBranch.get(b) ?? 0) + 1);
    }
    const orgRows = rows.filter((r) => !r.label.startsWith('Cộng ') && r.label !== 'Tổng cộng' && r.label !== 'Chưa xác định chi bộ');
    let matched = 0;
    for (const r of orgRows) {
      const name = r.label.replace(/ \((giải thể|giải tán)\)$/, '');
      expect([r.label, r.values[0]]).toEqual([r.label, byBranch.get(name) ?? 0]);
      matched += r.values[0];
    }
    const unknown = rows.find((r) => r.label === 'Chưa xác định chi bộ')?.values[0] ?? 0;
    expect(matched + unknown).toBe(listed);
    expect(rows.find((r) => r.label === 'Tổng cộng')!.values[0]).toBe(listed);

    const subtotals = rows.filter((r) => r.label.startsWith('Cộng '));
    expect(subtotals.length).toBeGreaterThanOrEqual(2); // the company đảng bộ and its partial đảng bộ
    for (const s of subtotals) {
      const start = rows.findIndex((r) => r.label === s.label.slice('Cộng '.length));
      const end = rows.indexOf(s);
      const children = rows.slice(start, end).filter((r) => !r.label.startsWith('Cộng '));
      expect(children.slice(1).every((c) => c.indent > rows[start].indent)).toBe(true);
      for (const k of [0, 1, 3, 5, 6, 7, 8, 9, 10]) {
        expect(s.values[k]).toBe(children.reduce((sum, c) => sum + c.values[k], 0));
      }
    }
  });

  it('carries a native bar chart whose series reference the organisations\' percentages', async () => {
    const bytes = readFileSync(path.join(dir, 'bc.xlsx'));
    const zip = await JSZip.loadAsync(bytes);
    const charts = Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(1); // one history point: no trend line yet
    const chart = parser.parse(await zip.file(charts[0])!.async('string'))['c:chartSpace']['c:chart'];
    const ser = chart['c:plotArea']['c:barChart']['c:ser'];
    const catRef: string = ser['c:cat']['c:strRef']['c:f'];
    const valRef: string = ser['c:val']['c:numRef']['c:f'];
    const m = /^'Báo cáo tiến độ'!\$([A-Z]+)\$(\d+):\$\1\$(\d+)$/.exec(catRef)!;
    expect(m).not.toBeNull();
    const ws = (await readBack(path.join(dir, 'bc.xlsx'))).getWorksheet(REPORT)!;
    const valCol = /^'Báo cáo tiến độ'!\$([A-Z]+)\$/.exec(valRef)![1];
    const rows = reportRows(ws);
    for (let r = Number(m[2]); r <= Number(m[3]); r++) {
      const label = ws.getCell(`${m[1]}${r}`).value;
      const reportRow = rows.find((x) => x.label === label)!;
      expect(ws.getCell(`${valCol}${r}`).value).toBe(reportRow.values[4]);
    }
    expect(Number(m[3]) - Number(m[2]) + 1).toBe(rows.filter((x) => !x.label.startsWith('Cộng ') && x.label !== 'Tổng cộng' && x.values[0] > 0).length);
  });

  it('appends one history row per report, keeps the earlier ones, and adds the trend line from two points', async () => {
    const run = await runCliCaptured(['report', 'mau.xlsx', '--out', 'bc.xlsx', '--as-of', '2026-01-06', '--badges', '2026'], dir);
    expect(run.code).toBe(0);
    const wb = await readBack(path.join(dir, 'bc.xlsx'));
    const h = wb.getWorksheet(HISTORY)!;
    expect((h.getRow(3).values as unknown[]).slice(1)).toEqual([...HISTORY_HEADERS]);
    expect(h.getCell('A4').value).toEqual(new Date(Date.UTC(2025, 11, 30)));
    expect(h.getCell('A5').value).toEqual(new Date(Date.UTC(2026, 0, 6)));
    expect(h.getCell('A6').value).toBeNull();
    const total = reportRows(wb.getWorksheet(REPORT)!).find((r) => r.label === 'Tổng cộng')!;
    expect([h.getCell('B5').value, h.getCell('C5').value, h.getCell('D5').value, h.getCell('E5').value, h.getCell('F5').value])
      .toEqual([total.values[0], total.values[1], total.values[2], total.values[3], total.values[4]]);
    expect(h.getCell('G5').value).toBe(total.values.slice(6).reduce((a, b) => a + b, 0));

    const zip = await JSZip.loadAsync(readFileSync(path.join(dir, 'bc.xlsx')));
    const xmls = await Promise.all(
      Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')),
    );
    const line = xmls.map((x) => parser.parse(x)['c:chartSpace']['c:chart']['c:plotArea']).find((p) => p['c:lineChart']);
    expect(line).toBeDefined();
    const refs = [line['c:lineChart']['c:ser']].flat().map((s: any) => s['c:val']['c:numRef']['c:f']);
    expect(refs).toEqual(["'Lịch sử tiến độ'!$D$4:$D$5", "'Lịch sử tiến độ'!$F$4:$F$5"]);
    // The trend's categories are the report dates: numbers shown dd/mm/yyyy, cached for viewers that do not recalculate.
    const cat = [line['c:lineChart']['c:ser']].flat()[0]['c:cat']['c:numRef'];
    expect(cat['c:f']).toBe("'Lịch sử tiến độ'!$A$4:$A$5");
    expect(cat['c:numCache']['c:formatCode']).toBe('dd/mm/yyyy');
    expect([cat['c:numCache']['c:pt']].flat().map((p: any) => Number(p['c:v']))).toEqual([46021, 46028]);

    // The badge sheet came with --badges.
    expect(wb.getWorksheet('Huy hiệu Đảng')!.getCell('A1').value).toBe('DANH SÁCH ĐẢNG VIÊN ĐỦ TUỔI ĐẢNG XÉT TẶNG HUY HIỆU ĐẢNG NĂM 2026');
    expect(run.stdout).toContain('Lịch sử tiến độ: 2 lần báo cáo');
  });

  it('a report run again for the same day replaces that day\'s history row; an earlier as-of date goes in date order', async () => {
    // bc.xlsx holds 30/12/2025 and 06/01/2026 (the test above).
    const again = await runCliCaptured(['report', 'mau.xlsx', '--out', 'bc.xlsx', '--as-of', '2026-01-06'], dir);
    expect(again.code).toBe(0);
    let h = (await readBack(path.join(dir, 'bc.xlsx'))).getWorksheet(HISTORY)!;
    expect([h.getCell('A4').value, h.getCell('A5').value, h.getCell('A6').value]).toEqual([
      new Date(Date.UTC(2025, 11, 30)), new Date(Date.UTC(2026, 0, 6)), null,
    ]);
    expect(again.stdout).toContain('Lịch sử tiến độ: 2 lần báo cáo');
    const earlier = await runCliCaptured(['report', 'mau.xlsx', '--out', 'bc.xlsx', '--as-of', '2025-12-23'], dir);
    expect(earlier.code).toBe(0);
    h = (await readBack(path.join(dir, 'bc.xlsx'))).getWorksheet(HISTORY)!;
    expect([h.getCell('A4').value, h.getCell('A5').value, h.getCell('A6').value]).toEqual([
      new Date(Date.UTC(2025, 11, 23)), new Date(Date.UTC(2025, 11, 30)), new Date(Date.UTC(2026, 0, 6)),
    ]);
  });

  /** The sample workbook with a history sheet (one report row) as the pane writes it; `before` adds sheets first. */
  async function writeWithHistory(file: string, sheet: string, row: unknown[], before?: (wb: ExcelJS.Workbook) => void): Promise<void> {
    const wb = workbookFromLayouts(sample.sheets);
    before?.(wb);
    const h = wb.addWorksheet(sheet);
    h.getRow(3).values = [...HISTORY_HEADERS];
    h.getRow(4).values = row as ExcelJS.CellValue[];
    await wb.xlsx.writeFile(path.join(dir, file));
  }

  it('reads the history from FILE when OUT does not exist yet (the pane wrote it into the workbook)', async () => {
    await writeWithHistory('co-lich-su.xlsx', HISTORY, ['23/12/2025', 396, 300, 75.8, 300, 75.8, 140]);
    const run = await runCliCaptured(['report', 'co-lich-su.xlsx', '--out', 'bc-moi.xlsx', '--as-of', SAMPLE_AS_OF_ISO], dir);
    expect(run.code).toBe(0);
    const out = (await readBack(path.join(dir, 'bc-moi.xlsx'))).getWorksheet(HISTORY)!;
    expect(out.getCell('A4').value).toEqual(new Date(Date.UTC(2025, 11, 23)));
    expect(out.getCell('C4').value).toBe(300);
    expect(out.getCell('A5').value).toEqual(new Date(Date.UTC(2025, 11, 30)));
    expect(out.getCell('A6').value).toBeNull();
  });

  it('reads the pane\'s numbered history from FILE, not a sheet of the user\'s that bears the history\'s name', async () => {
    await writeWithHistory('lich-su-2.xlsx', `${HISTORY} (2)`, ['16/12/2025', 396, 280, 70.7, 280, 70.7, 150], (wb) => {
      wb.addWorksheet(HISTORY).getCell('A1').value = 'Ghi chép riêng của văn phòng';
    });
    const run = await runCliCaptured(['report', 'lich-su-2.xlsx', '--out', 'bc-2.xlsx', '--as-of', SAMPLE_AS_OF_ISO], dir);
    expect(run.code).toBe(0);
    const out = (await readBack(path.join(dir, 'bc-2.xlsx'))).getWorksheet(HISTORY)!;
    expect([out.getCell('A4').value, out.getCell('C4').value]).toEqual([new Date(Date.UTC(2025, 11, 16)), 280]);
    expect(out.getCell('A5').value).toEqual(new Date(Date.UTC(2025, 11, 30)));
    expect(out.getCell('A6').value).toBeNull();
  });

  it('refuses a bad year and writing over the input (exit 2)', async () => {
    expect((await runCliCaptured(['report', 'mau.xlsx', '--out', 'x.xlsx', '--badges', '26'], dir)).code).toBe(2);
    expect((await runCliCaptured(['report', 'mau.xlsx', '--out', 'mau.xlsx'], dir)).code).toBe(2);
  });
});
