import ExcelJS from 'exceljs';
import { columnLetter } from '../../core/cells';
import { utcDateFromSerial } from '../../core/dates';
import type { ChartSpec, SheetSpec, SpecCell, SpecRange, SpecStyle } from '../../core/output/sheetSpec';
import { uniqueSheetName } from '../../core/output/sheetNames';
import { injectCharts } from './chart/injectCharts';

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const A4 = 9;

/**
 * Renders a SheetSpec into a new worksheet of an exceljs workbook (a numbered name if the name is taken;
 * never overwrites). Charts are not written here — exceljs cannot — see writeWorkbookBuffer.
 */
export function writeSheetSpec(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  options: { replace?: boolean } = {},
): ExcelJS.Worksheet {
  const existing = workbook.getWorksheet(spec.name);
  // replace: a sheet the tool owns (the history) is written again from scratch under the same name.
  const replacing = options.replace && existing ? existing : undefined;
  if (replacing) workbook.removeWorksheet(replacing.id);
  const name = options.replace ? spec.name : uniqueSheetName(spec.name, workbook.worksheets.map((w) => w.name));
  const ws = workbook.addWorksheet(name);
  // Same place among the tabs (exceljs orders sheets by orderNo, which its typings leave out).
  if (replacing) (ws as unknown as { orderNo: number }).orderNo = (replacing as unknown as { orderNo: number }).orderNo;
  for (const [col, width] of Object.entries(spec.columnWidths)) ws.getColumn(Number(col) + 1).width = width;
  for (const c of spec.cells) writeCell(ws.getCell(c.row + 1, c.col + 1), c, spec);
  for (const [row, height] of Object.entries(spec.rowHeights)) ws.getRow(Number(row) + 1).height = height;
  for (const m of spec.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.freezeRows) ws.views = [{ state: 'frozen', ySplit: spec.freezeRows, xSplit: 0 }];
  if (spec.print) {
    const p = spec.print;
    ws.pageSetup = {
      ...ws.pageSetup,
      paperSize: A4,
      orientation: p.orientation,
      ...(p.fitToWidth ? { fitToPage: true, fitToWidth: 1, fitToHeight: 0 } : {}),
      ...(p.repeatRows ? { printTitlesRow: `${p.repeatRows.first + 1}:${p.repeatRows.last + 1}` } : {}),
      // exceljs puts a "$" before each corner it is given; "A$1" becomes the absolute "$A$1" Excel expects.
      ...(p.area
        ? { printArea: `${columnLetter(p.area.left)}$${p.area.top + 1}:${columnLetter(p.area.right)}$${p.area.bottom + 1}` }
        : {}),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
  }
  return ws;
}

function writeCell(cell: ExcelJS.Cell, c: SpecCell, spec: SheetSpec): void {
  const type = c.type ?? (typeof c.value === 'number' ? 'number' : typeof c.value === 'boolean' ? 'boolean' : 'text');
  if (c.value === null || c.value === '') cell.value = type === 'text' && c.value === '' ? '' : null;
  else if (type === 'date' && typeof c.value === 'number') cell.value = utcDateFromSerial(c.value);
  else if (type === 'text') cell.value = String(c.value);
  else cell.value = c.value;
  if (c.hyperlink && c.value !== null) cell.value = { text: String(c.value), hyperlink: c.hyperlink };
  const format = c.format ?? (type === 'text' ? '@' : undefined);
  if (format) cell.numFmt = format;
  applyStyle(cell, c.style, spec.font);
}

function applyStyle(cell: ExcelJS.Cell, s: SpecStyle | undefined, font: SheetSpec['font']): void {
  const f: Partial<ExcelJS.Font> = {};
  if (font) Object.assign(f, { name: font.name, size: font.size });
  if (s?.bold) f.bold = true;
  if (s?.italic) f.italic = true;
  if (s?.size) f.size = s.size;
  if (Object.keys(f).length) cell.font = f;
  if (!s) return;
  if (s.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF' + s.fill } };
  if (s.border) cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const a: Partial<ExcelJS.Alignment> = {};
  if (s.wrap) a.wrapText = true;
  if (s.hAlign) a.horizontal = s.hAlign;
  if (s.vAlign) a.vertical = s.vAlign;
  if (s.indent) {
    a.indent = s.indent;
    a.horizontal = a.horizontal ?? 'left';
  }
  if (Object.keys(a).length) cell.alignment = a;
}

/**
 * Writes the specs as new sheets of the workbook and returns the saved .xlsx bytes with the specs' charts
 * added (exceljs cannot write charts; they are injected into the saved zip).
 */
export async function writeWorkbookBuffer(workbook: ExcelJS.Workbook, specs: readonly SheetSpec[]): Promise<Buffer> {
  const pending = new PendingCharts();
  for (const spec of specs) pending.add(spec, writeSheetSpec(workbook, spec).name);
  return pending.apply(Buffer.from(await workbook.xlsx.writeBuffer()));
}

/**
 * Charts of sheets written into an exceljs workbook, waiting for the workbook to be saved (exceljs drops them):
 * `add` after writeSheetSpec, `apply` to the saved bytes. FileWorkbookHost keeps one for its writeSheet.
 */
export class PendingCharts {
  private readonly written: { spec: SheetSpec; sheet: string }[] = [];

  add(spec: SheetSpec, sheet: string): void {
    this.written.push({ spec, sheet });
  }

  async apply(bytes: Buffer): Promise<Buffer> {
    return applyCharts(bytes, this.written);
  }
}

async function applyCharts(bytes: Buffer, written: readonly { spec: SheetSpec; sheet: string }[]): Promise<Buffer> {
  const withCharts = written.filter((w) => w.spec.charts.length > 0);
  if (withCharts.length === 0) return bytes;
  // Ranges name sheets by their spec names; a sheet may have been given a numbered name.
  const renamed = new Map(written.map((w) => [w.spec.name, w.sheet]));
  const sources = new Map(written.map((w) => [w.sheet, w.spec]));
  const targets = withCharts.map((w) => ({
    sheet: w.sheet,
    charts: w.spec.charts.map((c) => resolveChartSheets(c, w.sheet, renamed)),
  }));
  return injectCharts(bytes, targets, sources);
}

function resolveChartSheets(chart: ChartSpec, own: string, renamed: Map<string, string>): ChartSpec {
  const fix = (r: SpecRange): SpecRange => ({ ...r, sheet: r.sheet === undefined ? own : renamed.get(r.sheet) ?? r.sheet });
  return {
    ...chart,
    categories: fix(chart.categories),
    series: chart.series.map((s) => ({ ...s, values: fix(s.values) })),
  };
}
