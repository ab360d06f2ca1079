import { cellAddress, columnLetter } from '../../core/cells';
import type { ChartSpec, SheetSpec, SpecCell, SpecRange, SpecStyle } from '../../core/output/sheetSpec';
import { uniqueSheetName } from '../../core/output/sheetNames';
import type { SpecXlContext, SpecXlRun, SpecXlWorksheet } from './specApi';

/** Excel column widths are in points through Office.js; a character of a 12 pt document font is about 7 points. */
const POINTS_PER_CHAR = 7;
const EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'];
const INSIDE = ['InsideHorizontal', 'InsideVertical'];
const H_ALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const V_ALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

function address(top: number, left: number, bottom: number, right: number): string {
  const a = cellAddress(top + 1, left);
  return top === bottom && left === right ? a : `${a}:${cellAddress(bottom + 1, right)}`;
}

function rangeAddress(r: SpecRange): string {
  return address(r.firstRow, r.col, r.lastRow, r.col);
}

/** Rectangle holding every cell of the spec. */
function bounds(cells: readonly SpecCell[]): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const c of cells) {
    rows = Math.max(rows, c.row + 1);
    cols = Math.max(cols, c.col + 1);
  }
  return { rows, cols };
}

/**
 * Blocks of cells sharing one style: runs of adjacent cells in a row, stacked over consecutive rows when they
 * span the same columns (a thousand bordered data rows become a handful of ranges). One range call per block,
 * all queued in one batch, keeps the request small.
 */
export function styleRuns(
  cells: readonly SpecCell[],
  font?: SheetSpec['font'],
): { address: string; style: SpecStyle; multiRow: boolean; multiCol: boolean }[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { row: number; left: number; right: number; key: string; style: SpecStyle }[] = [];
  for (const c of sorted) {
    const key = JSON.stringify({ ...(font ? { fontName: font.name, fontSize: font.size } : {}), ...(c.style ?? {}) });
    const last = runs[runs.length - 1];
    if (last && last.row === c.row && last.right === c.col - 1 && last.key === key) last.right = c.col;
    else runs.push({ row: c.row, left: c.col, right: c.col, key, style: c.style ?? {} });
  }
  type Block = { top: number; bottom: number; left: number; right: number; key: string; style: SpecStyle };
  const blocks: Block[] = [];
  const open = new Map<string, Block>();
  for (const r of runs) {
    if (r.key === '{}') continue;
    const id = `${r.left},${r.right},${r.key}`;
    const b = open.get(id);
    if (b && b.bottom === r.row - 1) {
      b.bottom = r.row;
      continue;
    }
    const block = { top: r.row, bottom: r.row, left: r.left, right: r.right, key: r.key, style: r.style };
    blocks.push(block);
    open.set(id, block);
  }
  return blocks.map((b) => ({
    address: address(b.top, b.left, b.bottom, b.right),
    style: b.style,
    multiRow: b.bottom > b.top,
    multiCol: b.right > b.left,
  }));
}

function writeValues(ws: SpecXlWorksheet, spec: SheetSpec): void {
  const { rows, cols } = bounds(spec.cells);
  if (rows === 0) return;
  const values: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(cols).fill(''));
  const formats: unknown[][] = Array.from({ length: rows }, () => new Array<unknown>(cols).fill('General'));
  for (const c of spec.cells) {
    values[c.row][c.col] = c.value === null ? '' : c.type === 'text' ? String(c.value) : c.value;
    const format = c.format ?? (c.type === 'text' ? '@' : undefined);
    if (format) formats[c.row][c.col] = format;
  }
  const range = ws.getRange(address(0, 0, rows - 1, cols - 1));
  // Formats first: a text format must be in place before "025080000123" arrives, or Excel makes it a number.
  range.numberFormat = formats;
  range.values = values;
}

function writeStyles(ws: SpecXlWorksheet, spec: SheetSpec): void {
  for (const run of styleRuns(spec.cells, spec.font)) {
    const f = ws.getRange(run.address).format;
    const s = run.style;
    if (spec.font) {
      f.font.name = spec.font.name;
      f.font.size = spec.font.size;
    }
    if (s.bold) f.font.bold = true;
    if (s.italic) f.font.italic = true;
    if (s.size) f.font.size = s.size;
    if (s.fill) f.fill.color = '#' + s.fill;
    if (s.border) {
      const inside = [...(run.multiRow ? [INSIDE[0]] : []), ...(run.multiCol ? [INSIDE[1]] : [])];
      for (const edge of [...EDGES, ...inside]) {
        const b = f.borders.getItem(edge);
        b.style = 'Continuous';
        b.color = '#000000';
      }
    }
    if (s.wrap) f.wrapText = true;
    if (s.hAlign) f.horizontalAlignment = H_ALIGN[s.hAlign];
    if (s.vAlign) f.verticalAlignment = V_ALIGN[s.vAlign];
    if (s.indent) {
      f.horizontalAlignment = H_ALIGN[s.hAlign ?? 'left'];
      f.indentLevel = s.indent;
    }
  }
}

function writeLayout(ws: SpecXlWorksheet, spec: SheetSpec): void {
  for (const m of spec.merges) ws.getRange(address(m.top, m.left, m.bottom, m.right)).merge(false);
  for (const [col, width] of Object.entries(spec.columnWidths)) {
    const letter = columnLetter(Number(col));
    ws.getRange(`${letter}:${letter}`).format.columnWidth = width * POINTS_PER_CHAR;
  }
  for (const [row, height] of Object.entries(spec.rowHeights)) {
    const r = Number(row) + 1;
    ws.getRange(`${r}:${r}`).format.rowHeight = height;
  }
  if (spec.freezeRows) ws.freezePanes.freezeRows(spec.freezeRows);
}

function writeChart(ctx: SpecXlContext, ws: SpecXlWorksheet, chart: ChartSpec): void {
  const sheetOf = (r: SpecRange): SpecXlWorksheet => (r.sheet && r.sheet !== ws.name ? ctx.workbook.worksheets.getItem(r.sheet) : ws);
  const rangeOf = (r: SpecRange) => sheetOf(r).getRange(rangeAddress(r));
  const first = chart.series[0];
  const c = ws.charts.add(chart.type === 'bar' ? 'BarClustered' : 'LineMarkers', rangeOf(first.values), 'Columns');
  chart.series.forEach((s, i) => {
    const series = i === 0 ? c.series.getItemAt(0) : c.series.add(s.name);
    series.name = s.name;
    series.setValues(rangeOf(s.values));
    series.setXAxisValues(rangeOf(chart.categories));
  });
  c.title.text = chart.title;
  c.legend.position = 'Bottom';
  if (chart.maxValue !== undefined) {
    c.axes.valueAxis.minimum = 0;
    c.axes.valueAxis.maximum = chart.maxValue;
  }
  const a = chart.anchor;
  c.setPosition(cellAddress(a.row + 1, a.col), cellAddress(a.row + a.rows, a.col + a.cols - 1));
}

/**
 * Renders a SheetSpec into the open workbook through Office.js: a new sheet (numbered name when taken; never
 * overwrites) or, with `replace`, the tool's own sheet cleared and rewritten. Values and formats go in one range
 * call, styles in one call per run of equal cells, all in one batch; print setup in a second batch because older
 * Excel versions lack the page layout API (the sheet is kept without it).
 */
export async function writeSheetSpecOffice(run: SpecXlRun, spec: SheetSpec, options: { replace?: boolean } = {}): Promise<string> {
  const name = await run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load('items/name');
    await ctx.sync();
    const names = sheets.items.map((s) => s.name);
    let ws: SpecXlWorksheet;
    let sheetName: string;
    if (options.replace && names.includes(spec.name)) {
      sheetName = spec.name;
      ws = sheets.getItem(sheetName);
      ws.getRange('A:XFD').clear('All');
    } else {
      sheetName = uniqueSheetName(spec.name, names);
      ws = sheets.add(sheetName);
    }
    writeValues(ws, spec);
    writeStyles(ws, spec);
    writeLayout(ws, spec);
    for (const chart of spec.charts) writeChart(ctx, ws, chart);
    await ctx.sync();
    return sheetName;
  });
  if (spec.print) {
    const p = spec.print;
    try {
      await run(async (ctx) => {
        const layout = ctx.workbook.worksheets.getItem(name).pageLayout;
        if (!layout) return;
        layout.orientation = p.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.paperSize = 'A4';
        if (p.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        if (p.repeatRows) layout.setPrintTitleRows(`$${p.repeatRows.first + 1}:$${p.repeatRows.last + 1}`);
        if (p.area) layout.setPrintArea(address(p.area.top, p.area.left, p.area.bottom, p.area.right));
        await ctx.sync();
      });
    } catch {
      // ExcelApi 1.9 missing (Excel 2016/2019): the sheet is complete; the user sets printing by hand.
    }
  }
  return name;
}
