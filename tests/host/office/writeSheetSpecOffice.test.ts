import type { SpecXlContext, SpecXlRange, SpecXlSeries, SpecXlWorksheet } from '../../../src/host/office/specApi';
import { styleRuns, writeSheetSpecOffice } from '../../../src/host/office/writeSheetSpec';
import { parseAddress } from '../../../src/core/cells';
import { buildAppendixSheet } from '../../../src/core/reports/appendix';
import { buildProgressSheet } from '../../../src/core/reports/progressSheet';
import { computeProgress } from '../../../src/core/reports/progress';
import { serialFromYmd } from '../../../src/core/dates';
import { APPENDIX_HEADERS } from '../../../src/core/strings/reports';
import { communeOrgs, input, member, table } from '../../core/reports/fakeInput';

/** A small recording fake of the Office.js calls the writer makes. */
class FakeSheet {
  log: string[] = [];
  cells = new Map<string, { value?: unknown; format?: unknown }>();
  charts: { type: string; title: string; series: { name: string; values: string; x: string }[]; position: string }[] = [];
  constructor(public name: string, private readonly noPageLayout: boolean) {}

  api(): SpecXlWorksheet {
    const sheet = this;
    const fmt = (address: string): SpecXlRange['format'] => {
      const rec = (k: string) => (v: unknown) => sheet.log.push(`${address} ${k}=${JSON.stringify(v)}`);
      const obj = (prefix: string, keys: string[]) => {
        const o = {} as Record<string, unknown>;
        for (const k of keys) Object.defineProperty(o, k, { set: rec(prefix + k), get: () => undefined });
        return o;
      };
      return {
        ...(obj('', ['wrapText', 'horizontalAlignment', 'verticalAlignment', 'indentLevel', 'columnWidth', 'rowHeight']) as object),
        font: obj('font.', ['bold', 'italic', 'size', 'name']),
        fill: obj('fill.', ['color']),
        borders: { getItem: (edge: string) => obj(`border.${edge}.`, ['style', 'color']) },
      } as unknown as SpecXlRange['format'];
    };
    const range = (address: string): SpecXlRange & { address: string } => {
      const r = {
        address,
        sheet: sheet.name,
        set values(v: unknown[][]) {
          sheet.log.push(`${address} values`);
          v.forEach((row, i) => row.forEach((x, j) => sheet.cell(i, j).value = x));
        },
        set numberFormat(v: unknown[][]) {
          sheet.log.push(`${address} numberFormat`);
          v.forEach((row, i) => row.forEach((x, j) => sheet.cell(i, j).format = x));
        },
        get values() { return []; },
        get numberFormat() { return []; },
        clear: (what?: string) => sheet.log.push(`${address} clear ${what}`),
        merge: () => sheet.log.push(`${address} merge`),
        format: fmt(address),
      };
      return r as unknown as SpecXlRange & { address: string };
    };
    const layoutLog = (k: string) => (v: unknown) => {
      if (sheet.noPageLayout) throw new Error('ApiNotFound');
      sheet.log.push(`layout.${k}=${JSON.stringify(v)}`);
    };
    return {
      name: sheet.name,
      getRange: range,
      freezePanes: { freezeRows: (n: number) => sheet.log.push(`freeze ${n}`) },
      charts: {
        add: (type: string, source: SpecXlRange) => {
          const chart = { type, title: '', series: [] as { name: string; values: string; x: string }[], position: '' };
          sheet.charts.push(chart);
          const series = (): SpecXlSeries => {
            const s = { name: '', values: '', x: '' };
            chart.series.push(s);
            return {
              set name(n: string) { s.name = n; },
              get name() { return s.name; },
              setValues: (r: SpecXlRange) => (s.values = `${(r as any).sheet}!${(r as any).address}`),
              setXAxisValues: (r: SpecXlRange) => (s.x = `${(r as any).sheet}!${(r as any).address}`),
            };
          };
          void source;
          let firstSeries: SpecXlSeries | undefined;
          return {
            title: { set text(t: string) { chart.title = t; }, get text() { return chart.title; } },
            legend: { position: '' },
            axes: { valueAxis: { maximum: 0, minimum: 0 } },
            series: { getItemAt: () => (firstSeries ??= series()), add: () => series() },
            setPosition: (a: string, b?: string) => (chart.position = `${a}:${b}`),
          };
        },
      },
      pageLayout: {
        set orientation(v: string) { layoutLog('orientation')(v); },
        set paperSize(v: string) { layoutLog('paperSize')(v); },
        set zoom(v: object) { layoutLog('zoom')(v); },
        get orientation() { return ''; },
        get paperSize() { return ''; },
        get zoom() { return {}; },
        setPrintTitleRows: (rows: string) => layoutLog('printTitleRows')(rows),
        setPrintArea: (area: string) => layoutLog('printArea')(area),
      },
    } as unknown as SpecXlWorksheet;
  }

  cell(r: number, c: number): { value?: unknown; format?: unknown } {
    const k = `${r},${c}`;
    if (!this.cells.has(k)) this.cells.set(k, {});
    return this.cells.get(k)!;
  }
}

class FakeContext {
  sheets: FakeSheet[] = [];
  syncs = 0;
  constructor(names: string[], private readonly noPageLayout = false) {
    this.sheets = names.map((n) => new FakeSheet(n, noPageLayout));
  }
  get ctx(): SpecXlContext {
    const self = this;
    const find = (n: string) => self.sheets.find((s) => s.name === n)!;
    return {
      workbook: {
        worksheets: {
          get items() { return self.sheets.map((s) => ({ name: s.name })); },
          load: () => undefined,
          add: (name: string) => {
            const s = new FakeSheet(name, self.noPageLayout);
            self.sheets.push(s);
            return s.api();
          },
          getItem: (name: string) => find(name).api(),
          getItemOrNullObject: (name: string) => ({ ...find(name).api(), isNullObject: !find(name) }),
        },
      },
      sync: async () => { self.syncs++; },
    };
  }
  run = async <T>(batch: (c: SpecXlContext) => Promise<T>): Promise<T> => batch(this.ctx);
}

const record = { row: 3, fullName: 'Nguyễn Văn An', birthDate: serialFromYmd(1980, 5, 1), nationalId: '025080000123', phone: '0912345678', rights: [1, 2] };

describe('SheetSpec through Office.js', () => {
  it('writes a new numbered sheet with formats before values, IDs as text, in few batches', async () => {
    const fake = new FakeContext(['Phụ lục 01']);
    const name = await writeSheetSpecOffice(fake.run, buildAppendixSheet([record]));
    expect(name).toBe('Phụ lục 01 (2)');
    const sheet = fake.sheets.find((s) => s.name === name)!;
    const fmtAt = sheet.log.findIndex((l) => l.endsWith('numberFormat'));
    const valAt = sheet.log.findIndex((l) => l.endsWith(' values'));
    expect(fmtAt).toBeGreaterThanOrEqual(0);
    expect(fmtAt).toBeLessThan(valAt);
    expect(APPENDIX_HEADERS.map((_, c) => sheet.cell(4, c).value)).toEqual([...APPENDIX_HEADERS]);
    expect(sheet.cell(5, 5)).toEqual({ value: '025080000123', format: '@' });
    expect(sheet.cell(5, 9).value).toBe('1, 2');
    expect(sheet.cell(5, 4)).toEqual({ value: serialFromYmd(1980, 5, 1), format: 'dd/mm/yyyy' });
    expect(sheet.log).toContain('A1:J1 merge');
    expect(sheet.log).toContain('A5:J5 border.EdgeTop.style="Continuous"');
    expect(sheet.log).toContain('layout.orientation="Landscape"');
    expect(sheet.log).toContain('layout.printTitleRows="$5:$5"');
    expect(fake.syncs).toBe(3); // list sheets, write everything, print setup
  });

  it('keeps the sheet when the page layout API is missing', async () => {
    const fake = new FakeContext([], true);
    await expect(writeSheetSpecOffice(fake.run, buildAppendixSheet([record]))).resolves.toBe('Phụ lục 01');
  });

  it('rewrites its own sheet in place with replace', async () => {
    const fake = new FakeContext(['Lịch sử tiến độ']);
    const spec = buildAppendixSheet([record], { sheetName: 'Lịch sử tiến độ' });
    await expect(writeSheetSpecOffice(fake.run, spec, { replace: true })).resolves.toBe('Lịch sử tiến độ');
    expect(fake.sheets).toHaveLength(1);
    expect(fake.sheets[0].log[0]).toBe('A:XFD clear All');
  });

  it('adds the bar and line charts with their series ranges, the trend on the history sheet', async () => {
    const orgs = communeOrgs();
    const members = [member(2, 'Chi bộ Thôn Đông'), member(3, 'Chi bộ Giáo viên')];
    const report = computeProgress(
      input({
        organisations: [{ table: table('TC', 'organisations', orgs.length), records: orgs }],
        members: [{ table: table('ĐV', 'members', 2), records: members }],
      }),
      serialFromYmd(2026, 3, 2),
    );
    const fake = new FakeContext(['Lịch sử tiến độ']);
    const name = await writeSheetSpecOffice(fake.run, buildProgressSheet(report, { historyCount: 3 }));
    const charts = fake.sheets.find((s) => s.name === name)!.charts;
    expect(charts.map((c) => c.type)).toEqual(['BarClustered', 'LineMarkers']);
    expect(charts[0].series).toEqual([{ name: 'Tỷ lệ đạt chuẩn (%)', values: 'Báo cáo tiến độ!O7:O8', x: 'Báo cáo tiến độ!N7:N8' }]);
    expect(charts[1].series.map((s) => s.values)).toEqual(['Lịch sử tiến độ!D4:D6', 'Lịch sử tiến độ!F4:F6']);
    expect(charts[1].series[0].x).toBe('Lịch sử tiến độ!A4:A6');
  });

  it('styles a long list with a handful of blocks that cover every cell exactly once', () => {
    const many = Array.from({ length: 300 }, (_, i) => ({ ...record, row: i + 3, fullName: `Người ${i}` }));
    const spec = buildAppendixSheet(many);
    const runs = styleRuns(spec.cells, spec.font);
    expect(runs.length).toBeLessThan(40);
    const covered = new Map<string, number>();
    for (const r of runs) {
      const [a, b = a] = r.address.split(':');
      const from = parseAddress(a);
      const to = parseAddress(b);
      for (let row = from.row; row <= to.row; row++) {
        for (let col = from.col; col <= to.col; col++) covered.set(`${row},${col}`, (covered.get(`${row},${col}`) ?? 0) + 1);
      }
    }
    expect([...covered.values()].every((n) => n === 1)).toBe(true);
    expect(covered.size).toBe(new Set(spec.cells.map((c) => `${c.row + 1},${c.col}`)).size);
    // Each block's cells really share the style written for it.
    for (const r of runs) {
      const [a, b = a] = r.address.split(':');
      const from = parseAddress(a);
      const to = parseAddress(b);
      for (const c of spec.cells) {
        if (c.row + 1 >= from.row && c.row + 1 <= to.row && c.col >= from.col && c.col <= to.col) {
          expect(c.style ?? {}).toEqual(r.style);
        }
      }
    }
  });
});
