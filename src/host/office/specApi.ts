/**
 * The slice of Office.js the SheetSpec writer uses, as structural types (the real Excel API satisfies them;
 * so does the small fake in the tests). Property and method names are Office.js's own.
 */

export interface SpecXlContext {
  workbook: { worksheets: SpecXlWorksheets };
  sync(): Promise<void>;
}

export type SpecXlRun = <T>(batch: (context: SpecXlContext) => Promise<T>) => Promise<T>;

export interface SpecXlWorksheets {
  items: { name: string }[];
  load(props: string): unknown;
  add(name: string): SpecXlWorksheet;
  getItem(name: string): SpecXlWorksheet;
  getItemOrNullObject(name: string): SpecXlWorksheet & { isNullObject: boolean };
}

export interface SpecXlWorksheet {
  name: string;
  getRange(address: string): SpecXlRange;
  freezePanes: { freezeRows(count: number): void };
  charts: { add(type: string, sourceData: SpecXlRange, seriesBy?: string): SpecXlChart };
  pageLayout?: {
    orientation: string;
    paperSize: string;
    zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
    setPrintTitleRows(rows: string): void;
    setPrintArea(area: string): void;
  };
}

export interface SpecXlRange {
  values: unknown[][];
  numberFormat: unknown[][];
  clear(applyTo?: string): void;
  merge(across?: boolean): void;
  format: {
    font: { bold: boolean; italic: boolean; size: number; name: string };
    fill: { color: string };
    borders: { getItem(index: string): { style: string; color: string } };
    wrapText: boolean;
    horizontalAlignment: string;
    verticalAlignment: string;
    indentLevel: number;
    columnWidth: number;
    rowHeight: number;
  };
}

export interface SpecXlChart {
  title: { text: string };
  legend: { position: string };
  axes: { valueAxis: { maximum: number; minimum: number } };
  series: {
    getItemAt(index: number): SpecXlSeries;
    add(name?: string): SpecXlSeries;
  };
  setPosition(startCell: string, endCell?: string): void;
}

export interface SpecXlSeries {
  name: string;
  setValues(range: SpecXlRange): void;
  setXAxisValues(range: SpecXlRange): void;
}
