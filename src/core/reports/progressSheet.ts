import { formatDate } from '../dates';
import { GROUPS } from '../findings';
import type { ChartSpec, SheetSpec, SpecStyle } from '../output/sheetSpec';
import { SpecBuilder } from '../output/specBuilder';
import {
  CHART_BAR_SERIES, CHART_BAR_TITLE, CHART_LINE_REVIEWED, CHART_LINE_STANDARDISED, CHART_LINE_TITLE,
  HISTORY_SHEET, PARTY_NAME, PROGRESS_HEADERS, PROGRESS_NOTE, PROGRESS_SHEET, PROGRESS_TITLE, progressAsOf,
  targetReviewed, targetStandardised,
} from '../strings/reports';
import { historyDataRows } from './history';
import type { ProgressReport, ProgressRow } from './progress';
import { percent } from './progress';

export const PROGRESS_HEADER_ROW = 5; // 0-based
const LAST_COL = PROGRESS_HEADERS.length - 1;
/** Helper cells the bar chart reads (organisations in one contiguous block), right of the table, not printed. */
export const CHART_DATA_COL = LAST_COL + 2;
const BORDER: SpecStyle = { border: true, vAlign: 'middle' };
const ROW_STYLE: Record<ProgressRow['kind'], SpecStyle> = {
  organisation: BORDER,
  unknown: { ...BORDER, italic: true },
  tableLevel: { ...BORDER, italic: true },
  subtotal: { ...BORDER, bold: true, fill: 'EDEDED' },
  total: { ...BORDER, bold: true, fill: 'D9E1F2' },
};

export interface ProgressSheetOptions {
  sheetName?: string;
  historySheet?: string;
  /** History points including this report's; the trend chart appears from two points on. */
  historyCount?: number;
}

function pctText(v: number | undefined): string {
  return (v ?? 0).toFixed(1).replace('.', ',');
}

/** The progress report sheet: header block, one row per organisation, footer with the targets, charts. */
export function buildProgressSheet(report: ProgressReport, options: ProgressSheetOptions = {}): SheetSpec {
  const b = new SpecBuilder(options.sheetName ?? PROGRESS_SHEET);
  b.mergedLine(0, 0, 3, report.committee.toLocaleUpperCase('vi'), { bold: true, hAlign: 'center', wrap: true });
  b.mergedLine(0, 7, LAST_COL, PARTY_NAME, { bold: true, hAlign: 'center' });
  b.mergedLine(2, 0, LAST_COL, PROGRESS_TITLE, { bold: true, size: 14, hAlign: 'center' });
  b.mergedLine(3, 0, LAST_COL, progressAsOf(formatDate(report.asOf)), { italic: true, hAlign: 'center' });
  PROGRESS_HEADERS.forEach((h, c) =>
    b.set(PROGRESS_HEADER_ROW, c, h, { type: 'text', style: { ...BORDER, bold: true, wrap: true, hAlign: 'center', fill: 'D9E1F2' } }),
  );
  b.height(PROGRESS_HEADER_ROW, 48);

  let row = PROGRESS_HEADER_ROW + 1;
  const chartRows: { label: string; pct: number | undefined }[] = [];
  for (const r of report.rows) {
    const style = ROW_STYLE[r.kind];
    const c = r.counts;
    b.set(row, 0, r.label, { type: 'text', style: { ...style, wrap: true, indent: r.depth } });
    const values: (number | undefined)[] = [
      c.total, c.reviewed, percent(c.reviewed, c.total), c.standardised, percent(c.standardised, c.total), c.withErrors,
      ...GROUPS.map((g) => c.groups[g]),
    ];
    values.forEach((v, k) =>
      b.set(row, k + 1, v ?? null, { type: 'number', format: k === 2 || k === 4 ? '0.0' : '0', style }),
    );
    if ((r.kind === 'organisation' || r.kind === 'unknown') && c.total > 0) {
      chartRows.push({ label: r.label, pct: percent(c.standardised, c.total) });
    }
    row++;
  }

  row++;
  const t = report.total;
  b.mergedLine(row++, 0, LAST_COL, targetReviewed(pctText(percent(t.reviewed, t.total)), t.total - t.reviewed), { bold: true });
  b.mergedLine(row++, 0, LAST_COL, targetStandardised(pctText(percent(t.standardised, t.total)), t.withErrors), { bold: true });
  b.mergedLine(row++, 0, LAST_COL, PROGRESS_NOTE, { italic: true, wrap: true });
  b.height(row - 1, 45);
  const lastPrintedRow = row - 1;

  const charts: ChartSpec[] = [];
  row++;
  if (chartRows.length > 0) {
    // Copy the organisations' names and percentages into one block the chart can reference.
    b.set(PROGRESS_HEADER_ROW, CHART_DATA_COL, PROGRESS_HEADERS[0], { type: 'text', style: { bold: true } });
    b.set(PROGRESS_HEADER_ROW, CHART_DATA_COL + 1, PROGRESS_HEADERS[5], { type: 'text', style: { bold: true, wrap: true } });
    chartRows.forEach(({ label, pct }, i) => {
      b.set(PROGRESS_HEADER_ROW + 1 + i, CHART_DATA_COL, label, { type: 'text' });
      b.set(PROGRESS_HEADER_ROW + 1 + i, CHART_DATA_COL + 1, pct ?? null, { type: 'number', format: '0.0' });
    });
    const first = PROGRESS_HEADER_ROW + 1;
    const last = PROGRESS_HEADER_ROW + chartRows.length;
    const height = Math.max(16, Math.ceil(chartRows.length * 1.3) + 5);
    charts.push({
      type: 'bar',
      title: CHART_BAR_TITLE,
      categories: { col: CHART_DATA_COL, firstRow: first, lastRow: last },
      series: [{ name: CHART_BAR_SERIES, values: { col: CHART_DATA_COL + 1, firstRow: first, lastRow: last } }],
      anchor: { row, col: 0, rows: height, cols: 6 },
      maxValue: 100,
    });
    b.spec.columnWidths[CHART_DATA_COL] = 30;
    b.spec.columnWidths[CHART_DATA_COL + 1] = 12;
  }
  const historyCount = options.historyCount ?? 0;
  if (historyCount >= 2) {
    const sheet = options.historySheet ?? HISTORY_SHEET;
    const { firstRow, lastRow } = historyDataRows(historyCount);
    charts.push({
      type: 'line',
      title: CHART_LINE_TITLE,
      categories: { sheet, col: 0, firstRow, lastRow },
      series: [
        { name: CHART_LINE_REVIEWED, values: { sheet, col: 3, firstRow, lastRow } },
        { name: CHART_LINE_STANDARDISED, values: { sheet, col: 5, firstRow, lastRow } },
      ],
      anchor: { row, col: 6, rows: 16, cols: 6 },
      maxValue: 100,
      dateCategories: 'dd/mm/yyyy',
    });
  }
  b.spec.charts = charts;

  b.widths([40, 11, 11, 11, 13, 11, 9, 8, 8, 8, 8, 10]);
  const chartBottom = Math.max(lastPrintedRow, ...charts.map((c) => c.anchor.row + c.anchor.rows));
  b.spec.print = {
    orientation: 'landscape',
    paper: 'A4',
    fitToWidth: true,
    repeatRows: { first: PROGRESS_HEADER_ROW, last: PROGRESS_HEADER_ROW },
    area: { top: 0, left: 0, bottom: chartBottom, right: LAST_COL },
  };
  b.spec.freezeRows = PROGRESS_HEADER_ROW + 1;
  return b.spec;
}
