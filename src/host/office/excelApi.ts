/**
 * The slice of the Office.js Excel API the adapter uses, as structural types. The real `Excel.run` satisfies them,
 * and so does the in-repo test host (testing/FakeExcel.ts); the adapter compiles without the office-js globals,
 * which lets the Node bench drive it against the test host.
 */

export interface XlLoadable {
  load(props?: string | string[]): this;
}

export interface XlRequestContext {
  workbook: XlWorkbook;
  sync(): Promise<void>;
}

export type XlRun = <T>(batch: (context: XlRequestContext) => Promise<T>) => Promise<T>;

export interface XlWorkbook {
  worksheets: XlWorksheetCollection;
  settings: XlSettingCollection;
}

export interface XlWorksheetCollection extends XlLoadable {
  items: XlWorksheet[];
  getItem(name: string): XlWorksheet;
  getItemOrNullObject(name: string): XlWorksheet;
  add(name: string): XlWorksheet;
}

export type XlVisibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface XlWorksheet extends XlLoadable {
  readonly id: string;
  name: string;
  visibility: XlVisibility | string;
  readonly isNullObject: boolean;
  readonly protection: { readonly protected: boolean } & XlLoadable;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getRange(address?: string): XlRange;
  activate(): void;
  delete(): void;
  /** ExcelApi 1.18: cell notes. Absent (undefined) on older Excel. */
  readonly notes?: XlNoteCollection;
  readonly onChanged: XlEventSource<XlWorksheetChangedArgs>;
  readonly onSelectionChanged: XlEventSource<XlSelectionChangedArgs>;
}

export interface XlEventSource<A> {
  add(handler: (args: A) => Promise<unknown>): unknown;
}

export interface XlWorksheetChangedArgs {
  address: string;
  worksheetId: string;
  /** "RangeEdited", or a structural change ("RowInserted", "RowDeleted", "ColumnInserted", …). */
  changeType?: string;
}

export interface XlSelectionChangedArgs {
  address: string;
  worksheetId: string;
}

export interface XlRange extends XlLoadable {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  values: unknown[][];
  numberFormat: unknown[][];
  readonly text: string[][];
  readonly isNullObject: boolean;
  readonly conditionalFormats: XlConditionalFormatCollection;
  readonly format: { readonly font: { name: string } & XlLoadable };
  select(): void;
  clear(applyTo?: 'All' | 'Formats' | 'Contents' | string): void;
  getMergedAreasOrNullObject?(): XlRangeAreas;
}

export interface XlRangeAreas extends XlLoadable {
  readonly address: string;
  readonly isNullObject: boolean;
}

export interface XlConditionalFormatCollection extends XlLoadable {
  readonly items: XlConditionalFormat[];
  add(type: 'Custom' | string): XlConditionalFormat;
}

export interface XlConditionalFormat extends XlLoadable {
  readonly id: string;
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: { color: string }; readonly font: { color: string } };
  };
  delete(): void;
}

export interface XlNoteCollection {
  add(cellAddress: string, content: string): unknown;
  getItemOrNullObject(cellAddress: string): XlNote;
}

export interface XlNote extends XlLoadable {
  readonly content: string;
  readonly isNullObject: boolean;
  delete(): void;
}

export interface XlSettingCollection {
  add(key: string, value: unknown): unknown;
  getItemOrNullObject(key: string): XlSetting;
}

export interface XlSetting extends XlLoadable {
  readonly value: unknown;
  readonly isNullObject: boolean;
  delete(): void;
}

/** The error Office.js rejects with (OfficeExtension.Error): a code, a message, sometimes debug info. */
export interface XlError {
  code?: string;
  message?: string;
  debugInfo?: { code?: string; message?: string; errorLocation?: string };
}
