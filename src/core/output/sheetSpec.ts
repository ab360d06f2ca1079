/**
 * A host-neutral description of a sheet to write: values with their types and number formats, styles,
 * merges, sizes, print setup and charts. Report builders (core/reports) produce it; the writers in
 * host/file (exceljs) and host/office (Office.js) render it. Rows and columns are 0-based, as in SheetData.
 */

export type SpecValue = string | number | boolean | null;

export type HAlign = 'left' | 'center' | 'right';
export type VAlign = 'top' | 'middle' | 'bottom';

export interface SpecStyle {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  /** Background colour, "RRGGBB". */
  fill?: string;
  /** Thin border on all four sides. */
  border?: boolean;
  wrap?: boolean;
  hAlign?: HAlign;
  vAlign?: VAlign;
  /** Indent level (Excel's indent steps). */
  indent?: number;
}

export interface SpecCell {
  row: number;
  col: number;
  value: SpecValue;
  /**
   * text: stored as text even when it looks like a number (IDs, phones; format "@");
   * date: value is an Excel serial day number; number/boolean as they are. Default: by the value's JS type.
   */
  type?: 'text' | 'number' | 'date' | 'boolean';
  /** Excel number format ("@", "dd/mm/yyyy", "0.0"). */
  format?: string;
  style?: SpecStyle;
  /** A link target (URL, or "#'Sheet'!A1" inside the workbook). */
  hyperlink?: string;
}

export interface SpecMerge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface PrintSetup {
  orientation: 'portrait' | 'landscape';
  paper: 'A4';
  /** Shrink to one page wide (any number of pages tall). */
  fitToWidth?: boolean;
  /** Rows repeated at the top of every printed page, 0-based inclusive. */
  repeatRows?: { first: number; last: number };
  /** What to print, when not the whole used range (helper cells for charts stay off paper). */
  area?: SpecMerge;
}

/** A column of cells on some sheet: the categories or the values of a chart series. */
export interface SpecRange {
  /** Defaults to the sheet that carries the chart. */
  sheet?: string;
  col: number;
  firstRow: number;
  lastRow: number;
}

export interface ChartSeriesSpec {
  /** Series name shown in the legend. */
  name: string;
  values: SpecRange;
}

export interface ChartSpec {
  type: 'bar' | 'line';
  title: string;
  categories: SpecRange;
  series: ChartSeriesSpec[];
  /** Top-left cell and size in cells where the chart is drawn. */
  anchor: { row: number; col: number; rows: number; cols: number };
  /** Value axis from 0 to this (e.g. 100 for percentages). */
  maxValue?: number;
  /** The categories are dates (serial numbers) shown in this format, e.g. "dd/mm/yyyy"; otherwise they are text. */
  dateCategories?: string;
}

export interface SheetSpec {
  name: string;
  cells: SpecCell[];
  merges: SpecMerge[];
  /** 0-based column → width in characters. */
  columnWidths: Record<number, number>;
  /** 0-based row → height in points. */
  rowHeights: Record<number, number>;
  print?: PrintSetup;
  charts: ChartSpec[];
  /** Freeze the rows above this 0-based row (the header stays visible while scrolling). */
  freezeRows?: number;
  /** Font of every written cell (official documents use Times New Roman). */
  font?: { name: string; size: number };
}

export const DOCUMENT_FONT = { name: 'Times New Roman', size: 12 };

export function emptySheetSpec(name: string): SheetSpec {
  return { name, cells: [], merges: [], columnWidths: {}, rowHeights: {}, charts: [], font: DOCUMENT_FONT };
}
