import type { CellRange } from '../../../core/cells';
import { cellAddress, columnLetter } from '../../../core/cells';
import { parseRangeAddress } from '../addresses';
import type { XlRequestContext, XlRun } from '../excelApi';
import { jsonBytes } from '../limits';

/**
 * A test host that behaves like Office.js where it matters to the adapter: every object is a proxy, properties
 * must be loaded and synced before they are read (else PropertyNotLoaded), writes are queued and applied at
 * sync, and each sync is one "request" whose size is measured and refused above Excel on the web's 5 MB.
 * It also models what the user sees (fills, conditional formats driven by another sheet) so tests can check
 * that marks show and that clearing them restores the look exactly. Pure TypeScript: runs in Node and in the
 * browser test page.
 */

export type FakeValue = string | number | boolean;

export class FakeOfficeError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

interface FakeCf {
  id: string;
  area: CellRange;
  formula: string;
  fill?: string;
  font?: string;
}

type Handler = (args: { address: string; worksheetId: string; type: string; source: string; changeType?: string }) => Promise<unknown>;

class SheetModel {
  values: FakeValue[][] = [];
  formats: (string | undefined)[][] = [];
  fills = new Map<string, string>();
  fontColors = new Map<string, string>();
  fontNames = new Map<string, string>();
  cfs: FakeCf[] = [];
  merges: CellRange[] = [];
  /** Cell notes by address ("E7"). */
  notes = new Map<string, string>();
  protected = false;
  visibility = 'Visible';
  changed: Handler[] = [];
  selected: Handler[] = [];
  constructor(readonly id: string, public name: string) {}

  /** Formulas by "r,c" (the fake does not compute them; values hold their last result). */
  formulas = new Map<string, string>();
  get(r: number, c: number): FakeValue {
    return this.values[r]?.[c] ?? '';
  }
  formula(r: number, c: number): string | undefined {
    return this.formulas.get(`${r},${c}`);
  }
  set(r: number, c: number, v: FakeValue) {
    (this.values[r] ??= [])[c] = v;
  }
  format(r: number, c: number): string {
    return this.formats[r]?.[c] ?? 'General';
  }
  setFormat(r: number, c: number, f: string) {
    (this.formats[r] ??= [])[c] = f === 'General' ? undefined : f;
  }
  usedArea(): CellRange | undefined {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    for (let r = 0; r < this.values.length; r++) {
      const row = this.values[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        if (row[c] === '' || row[c] === undefined) continue;
        if (r < top) top = r;
        if (r > bottom) bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      }
    }
    return bottom < 0 ? undefined : { top, left, bottom, right };
  }
}

export interface FakeStats {
  /** context.sync calls that carried at least one operation (round trips to Excel). */
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  /** Requests Excel refused as too large (the adapter must then retry smaller). */
  refused: number;
}

export interface FakeExcelOptions {
  /** Excel on the web refuses requests and responses above 5 MB. */
  maxPayloadBytes?: number;
  /** Highest ExcelApi minor version supported (7 → 1.7). */
  apiVersion?: number;
}

const DEFAULT_LIMIT = 5 * 1024 * 1024;

export class FakeExcel {
  readonly sheets: SheetModel[] = [];
  readonly settings = new Map<string, unknown>();
  stats: FakeStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, refused: 0 };
  selection: { sheet: string; address: string } | undefined;
  activeSheet: string | undefined;
  readonly maxPayloadBytes: number;
  readonly apiVersion: number;
  private nextId = 1;

  constructor(options: FakeExcelOptions = {}) {
    this.maxPayloadBytes = options.maxPayloadBytes ?? DEFAULT_LIMIT;
    this.apiVersion = options.apiVersion ?? 7;
  }

  /** Excel.run: a fresh context, the batch, a final sync. */
  run: XlRun = async (batch) => {
    const ctx = new FakeContext(this);
    const result = await batch(ctx as unknown as XlRequestContext);
    await ctx.sync();
    return result;
  };

  /** Runs made with Excel.run({ mergeUndoGroup: true }) (ExcelApi 1.20): each is one Ctrl+Z step in Excel. */
  undoGroups = 0;

  /** Excel.run({ mergeUndoGroup: true }, batch): refused below ExcelApi 1.20, as Excel would not know the option. */
  runGrouped: XlRun = async (batch) => {
    if (this.apiVersion < 20) throw new FakeOfficeError('InvalidArgument', 'mergeUndoGroup needs ExcelApi 1.20.');
    this.undoGroups++;
    return this.run(batch);
  };

  isSetSupported = (name: string, version: string): boolean => {
    const minor = Number(version.split('.')[1] ?? 0);
    return name === 'ExcelApi' && minor <= this.apiVersion;
  };

  resetStats() {
    this.stats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, refused: 0 };
  }

  // ---- seeding and inspection (what the "user" does and sees) --------------------------------------------

  addSheet(name: string, rows: (FakeValue | null | undefined)[][], formats?: (string | undefined)[][]): SheetModel {
    const sheet = new SheetModel(`{sheet-${this.nextId++}}`, name);
    rows.forEach((row, r) => row.forEach((v, c) => v !== null && v !== undefined && v !== '' && sheet.set(r, c, v)));
    formats?.forEach((row, r) => row.forEach((f, c) => f && sheet.setFormat(r, c, f)));
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** The user merges cells ("H4:H6"); the values stay as seeded (only the top-left one should hold a value). */
  mergeCells(sheet: string, address: string) {
    this.sheet(sheet).merges.push(parseRangeAddress(address)!);
  }

  setFont(sheet: string, address: string, name: string) {
    forEachCell(parseRangeAddress(address)!, (r, c) => this.sheet(sheet).fontNames.set(`${r},${c}`, name));
  }

  setFill(sheet: string, address: string, color: string) {
    forEachCell(parseRangeAddress(address)!, (r, c) => this.sheet(sheet).fills.set(`${r},${c}`, color));
  }

  /** A user's own conditional format (must survive our clearMarks). */
  addUserConditionalFormat(sheet: string, address: string, formula: string, fill: string) {
    this.sheet(sheet).cfs.push({ id: `{user-cf-${this.nextId++}}`, area: parseRangeAddress(address)!, formula, fill });
  }

  /** A note the user wrote (must survive our marks and their removal). */
  addUserNote(sheet: string, address: string, text: string) {
    this.sheet(sheet).notes.set(address, text);
  }

  value(sheet: string, address: string): FakeValue {
    const r = parseRangeAddress(address)!;
    return this.sheet(sheet).get(r.top, r.left);
  }

  /** The user types into a cell: the value changes and onChanged handlers fire, as in Excel. */
  async userEdit(sheet: string, address: string, value: FakeValue | null) {
    const s = this.sheet(sheet);
    const r = parseRangeAddress(address)!;
    forEachCell(r, (row, col) => s.set(row, col, value ?? ''));
    await fire(s.changed, { address, worksheetId: s.id, type: 'WorksheetChanged', source: 'Local', changeType: 'RangeEdited' });
  }

  /** The user inserts rows above Excel row `at`: cells, their looks and conditional formats move down, as in Excel. */
  async userInsertRows(sheet: string, at: number, count: number) {
    const s = this.sheet(sheet);
    const r0 = at - 1;
    s.values.splice(r0, 0, ...Array.from({ length: count }, () => []));
    s.formats.splice(r0, 0, ...Array.from({ length: count }, () => []));
    const shiftMap = (m: Map<string, string>) => {
      const moved = [...m].map(([k, v]) => {
        const [r, c] = k.split(',').map(Number);
        return [`${r >= r0 ? r + count : r},${c}`, v] as [string, string];
      });
      m.clear();
      for (const [k, v] of moved) m.set(k, v);
    };
    shiftMap(s.fills);
    shiftMap(s.fontColors);
    shiftMap(s.fontNames);
    for (const cf of s.cfs) {
      if (cf.area.top >= r0) cf.area = { ...cf.area, top: cf.area.top + count, bottom: cf.area.bottom + count };
      else if (cf.area.bottom >= r0) cf.area = { ...cf.area, bottom: cf.area.bottom + count };
    }
    await fire(s.changed, { address: `${at}:${at + count - 1}`, worksheetId: s.id, type: 'WorksheetChanged', source: 'Local', changeType: 'RowInserted' });
  }

  async userSelect(sheet: string, address: string) {
    const s = this.sheet(sheet);
    this.activeSheet = sheet;
    this.selection = { sheet, address };
    await fire(s.selected, { address, worksheetId: s.id, type: 'WorksheetSelectionChanged', source: 'Local' });
  }

  /** The fill the user sees: the first conditional format whose formula holds, else the cell's own fill. */
  displayedFill(sheet: string, row: number, col: number): string | undefined {
    const s = this.sheet(sheet);
    for (const cf of [...s.cfs].reverse()) {
      if (!inside(cf.area, row, col)) continue;
      if (this.evaluate(cf, row, col)) return cf.fill;
    }
    return s.fills.get(`${row},${col}`);
  }

  /** Everything about a sheet's look (fills, fonts, number formats, conditional formats) as one comparable string. */
  formatSnapshot(sheet: string): string {
    const s = this.sheet(sheet);
    const sorted = (m: Map<string, string>) => [...m.entries()].sort();
    return JSON.stringify({
      fills: sorted(s.fills),
      fontColors: sorted(s.fontColors),
      fontNames: sorted(s.fontNames),
      formats: s.formats,
      cfs: s.cfs.map(({ area, formula, fill, font }) => ({ area, formula, fill, font })),
      notes: [...s.notes.entries()].sort(),
      visibleSheets: this.sheets.map((x) => `${x.name}:${x.visibility}`),
    });
  }

  /** Supports the formulas the adapter writes: ='State sheet'!A1=3 (relative to the format's top-left cell). */
  private evaluate(cf: FakeCf, row: number, col: number): boolean {
    const m = /^='?((?:[^']|'')+?)'?!\$?([A-Z]+)\$?(\d+)=(\d+)$/.exec(cf.formula);
    if (!m) return false;
    const target = this.sheets.find((x) => x.name === m[1].replace(/''/g, "'"));
    if (!target) return false;
    const ref = parseRangeAddress(`${m[2]}${m[3]}`)!;
    const v = target.get(ref.top + row - cf.area.top, ref.left + col - cf.area.left);
    return v === Number(m[4]);
  }

  // ---- used by the proxies ---------------------------------------------------------------------------------

  newId(prefix: string) {
    return `{${prefix}-${this.nextId++}}`;
  }
  find(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }
}

function inside(a: CellRange, r: number, c: number) {
  return r >= a.top && r <= a.bottom && c >= a.left && c <= a.right;
}

function forEachCell(a: CellRange, f: (r: number, c: number) => void) {
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) f(r, c);
}

async function fire(handlers: Handler[], args: Parameters<Handler>[0]) {
  for (const h of handlers) await h(args);
}

function addressOf(a: CellRange, sheet?: string) {
  const tl = cellAddress(a.top + 1, a.left);
  const br = cellAddress(a.bottom + 1, a.right);
  const ref = tl === br ? tl : `${tl}:${br}`;
  return sheet ? `${/[^A-Za-z0-9_]/.test(sheet) ? `'${sheet.replace(/'/g, "''")}'` : sheet}!${ref}` : ref;
}

/** The text Excel would display, for the formats the fixtures use. */
function displayText(v: FakeValue, format: string): string {
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v !== 'number') return v;
  if (/^0+$/.test(format)) return String(Math.round(v)).padStart(format.length, '0');
  if (/[dy]/i.test(format) && /m/i.test(format)) {
    const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(v) * 86400000);
    const p = (x: number) => String(x).padStart(2, '0');
    return `${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  if (format === 'General' && Math.abs(v) >= 1e11) return v.toExponential(5).replace('e+', 'E+');
  return String(v);
}

// ---- proxies ---------------------------------------------------------------------------------------------------

interface Op {
  bytes: number;
  run(): void;
}

class FakeContext {
  readonly workbook: WorkbookProxy;
  queue: Op[] = [];
  responseBytes = 0;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(bytes: number, run: () => void) {
    this.queue.push({ bytes, run });
  }
  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    await Promise.resolve();
    if (ops.length === 0) return;
    const stats = this.excel.stats;
    stats.syncs++;
    const request = 200 + ops.reduce((n, op) => n + op.bytes, 0);
    stats.totalRequestBytes += request;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, request);
    if (request > this.excel.maxPayloadBytes) {
      stats.refused++;
      throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    }
    this.responseBytes = 200;
    for (const op of ops) op.run();
    if (this.responseBytes > this.excel.maxPayloadBytes) {
      stats.refused++;
      // Excel on the web reports an oversized response as a general exception.
      throw new FakeOfficeError('GeneralException', 'The response payload size has exceeded the limit.');
    }
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, this.responseBytes);
  }
}

abstract class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}

  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the ` +
          `containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.loaded.get(name) as T;
  }

  load(props?: string | string[]): this {
    const list = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(40 + list.join(',').length, () => {
      const { __size, items, ...plain } = this.fetch(list);
      // The response carries the plain values and, for collections, the items' loaded properties (__size).
      this.ctx.responseBytes += jsonBytes(plain) + (__size === undefined ? 0 : jsonBytes(__size));
      for (const [k, v] of Object.entries(plain)) this.loaded.set(k, v);
      if (items !== undefined) this.loaded.set('items', items);
    });
    return this;
  }

  /** Reads the properties from the model at sync time. */
  protected abstract fetch(props: string[]): Record<string, unknown>;
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(ctx: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
  }
}

class WorksheetCollectionProxy extends Proxy {
  get items(): WorksheetProxy[] {
    return this.prop('items');
  }
  getItem(name: string) {
    return new WorksheetProxy(this.ctx, name, false);
  }
  getItemOrNullObject(name: string) {
    return new WorksheetProxy(this.ctx, name, true);
  }
  add(name: string) {
    this.ctx.enqueue(60 + name.length, () => {
      const xl = this.ctx.excel;
      if (xl.find(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} already exists.`);
      xl.sheets.push(new SheetModel(xl.newId('sheet'), name));
    });
    return new WorksheetProxy(this.ctx, name, false);
  }
  protected fetch(props: string[]) {
    const sub = props.filter((p) => p.startsWith('items/')).map((p) => p.slice(6));
    const items = this.ctx.excel.sheets.map((s) => {
      const p = new WorksheetProxy(this.ctx, s.name, false);
      p.prime(sub);
      return p;
    });
    const response = this.ctx.excel.sheets.map((s) => sub.map((k) => (s as unknown as Record<string, unknown>)[k]));
    return { items, __size: response };
  }
}

class WorksheetProxy extends Proxy {
  readonly protection: ProtectionProxy;
  readonly onChanged: { add: (h: Handler) => { remove(): void } };
  readonly onSelectionChanged: { add: (h: Handler) => { remove(): void } };
  constructor(ctx: FakeContext, private readonly sheetName: string, private readonly orNull: boolean) {
    super(ctx);
    this.protection = new ProtectionProxy(ctx, () => this.model());
    const events = (list: (s: SheetModel) => Handler[]) => ({
      add: (h: Handler) => {
        this.ctx.enqueue(80, () => list(this.model()).push(h));
        return { remove: () => this.ctx.enqueue(40, () => {
          const l = list(this.model());
          l.splice(l.indexOf(h), 1);
        }) };
      },
    });
    this.onChanged = events((s) => s.changed);
    this.onSelectionChanged = events((s) => s.selected);
  }
  model(): SheetModel {
    const s = this.ctx.excel.find(this.sheetName);
    if (!s) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${this.sheetName}`);
    return s;
  }
  /** Loaded as part of a collection. */
  prime(props: string[]) {
    const s = this.model();
    for (const p of props) this.loaded.set(p, (s as unknown as Record<string, unknown>)[p]);
  }
  get id(): string {
    return this.prop('id');
  }
  /** ExcelApi 1.18 only, as in Excel: older versions have no notes property. */
  get notes(): NoteCollectionProxy | undefined {
    return this.ctx.excel.apiVersion >= 18 ? new NoteCollectionProxy(this.ctx, () => this.model()) : undefined;
  }
  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.ctx.enqueue(40 + v.length, () => (this.model().name = v));
  }
  get visibility(): string {
    return this.prop('visibility');
  }
  set visibility(v: string) {
    this.ctx.enqueue(50, () => (this.model().visibility = v));
  }
  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  protected fetch(props: string[]) {
    const s = this.ctx.excel.find(this.sheetName);
    if (!s) {
      if (this.orNull) return { isNullObject: true };
      this.model();
    }
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) out[p] = (s as unknown as Record<string, unknown>)[p];
    return out;
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean) {
    return new RangeProxy(this.ctx, () => this.model(), (s) => s.usedArea(), true);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number) {
    return new RangeProxy(this.ctx, () => this.model(), () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }), false);
  }
  getRange(address?: string) {
    const area = address ? parseRangeAddress(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 };
    if (!area) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
    return new RangeProxy(this.ctx, () => this.model(), () => area, false);
  }
  activate() {
    this.ctx.enqueue(40, () => (this.ctx.excel.activeSheet = this.model().name));
  }
  delete() {
    this.ctx.enqueue(40, () => {
      const xl = this.ctx.excel;
      const s = this.model();
      if (s.visibility === 'VeryHidden') throw new FakeOfficeError('InvalidOperation', 'Cannot delete a very hidden sheet.');
      xl.sheets.splice(xl.sheets.indexOf(s), 1);
      // Formulas that pointed at the sheet now point nowhere, as in Excel.
      for (const other of xl.sheets) for (const cf of other.cfs) if (cf.formula.includes(`${s.name}'!`)) cf.formula = '=#REF!';
    });
  }
}

class ProtectionProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly model: () => SheetModel) {
    super(ctx);
  }
  get protected(): boolean {
    return this.prop('protected');
  }
  protected fetch() {
    return { protected: this.model().protected };
  }
}

class RangeProxy extends Proxy {
  readonly conditionalFormats: ConditionalFormatCollectionProxy;
  readonly format: { font: FontProxy };
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetModel,
    private readonly area: (s: SheetModel) => CellRange | undefined,
    private readonly orNull: boolean,
  ) {
    super(ctx);
    this.conditionalFormats = new ConditionalFormatCollectionProxy(ctx, sheet, () => this.resolve().area);
    const font = new FontProxy(ctx, () => this.resolve(), (bytes, apply) => this.write(bytes, apply));
    this.format = { font };
  }

  private resolve(): { s: SheetModel; area: CellRange } {
    const s = this.sheet();
    const area = this.area(s);
    if (!area) throw new FakeOfficeError('ItemNotFound', 'The range is empty.');
    return { s, area };
  }

  private write(bytes: number, apply: (s: SheetModel, a: CellRange) => void) {
    this.ctx.enqueue(bytes, () => {
      const { s, area } = this.resolve();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'The cell or chart is on a protected sheet.');
      apply(s, area);
    });
  }

  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  get address(): string {
    return this.prop('address');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get text(): string[][] {
    return this.prop('text');
  }
  get values(): FakeValue[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.write(jsonBytes(v), (s, a) => {
      checkShape(v, a);
      forEachCell(a, (r, c) => {
        const x = v[r - a.top][c - a.left];
        // As in Excel, a leading apostrophe marks text and is not part of the value.
        if (typeof x === 'string' && x.startsWith("'")) s.set(r, c, x.slice(1));
        else if (x !== null && x !== undefined) s.set(r, c, x as FakeValue);
      });
    });
  }
  get numberFormat(): string[][] {
    return this.prop('numberFormat');
  }
  get formulas(): FakeValue[][] {
    return this.prop('formulas');
  }
  set numberFormat(v: unknown[][]) {
    this.write(jsonBytes(v), (s, a) => {
      checkShape(v, a);
      forEachCell(a, (r, c) => {
        const x = v[r - a.top][c - a.left];
        if (typeof x === 'string') s.setFormat(r, c, x);
      });
    });
  }
  select() {
    this.ctx.enqueue(40, () => {
      const { s, area } = this.resolve();
      this.ctx.excel.selection = { sheet: s.name, address: addressOf(area) };
    });
  }
  clear(applyTo = 'All') {
    this.write(50, (s, a) => {
      const used = s.usedArea();
      if (!used) return;
      const box = {
        top: Math.max(a.top, used.top), left: Math.max(a.left, used.left),
        bottom: Math.min(a.bottom, used.bottom), right: Math.min(a.right, used.right),
      };
      if (applyTo === 'All' || applyTo === 'Contents') forEachCell(box, (r, c) => s.set(r, c, ''));
    });
  }
  getMergedAreasOrNullObject() {
    return new MergedAreasProxy(this.ctx, () => this.resolve());
  }

  protected fetch(props: string[]) {
    const s = this.sheet();
    const area = this.area(s);
    if (!area) {
      if (this.orNull) return { isNullObject: true };
      this.resolve();
    }
    const a = area!;
    const cells = (a.bottom - a.top + 1) * (a.right - a.left + 1);
    if (props.some((p) => ['values', 'text', 'numberFormat'].includes(p)) && cells > 5_000_000) {
      throw new FakeOfficeError('GeneralException', 'The range exceeds the 5 million cell limit.');
    }
    const grid = <T>(f: (r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = a.top; r <= a.bottom; r++) {
        const row: T[] = [];
        for (let c = a.left; c <= a.right; c++) row.push(f(r, c));
        out.push(row);
      }
      return out;
    };
    const out: Record<string, unknown> = { isNullObject: false };
    for (const p of props) {
      if (p === 'values') out.values = grid((r, c) => s.get(r, c));
      else if (p === 'formulas') out.formulas = grid((r, c) => s.formula(r, c) ?? s.get(r, c));
      else if (p === 'numberFormat') out.numberFormat = grid((r, c) => s.format(r, c));
      else if (p === 'text') out.text = grid((r, c) => displayText(s.get(r, c), s.format(r, c)));
      else if (p === 'address') out.address = addressOf(a, s.name);
      else if (p === 'rowIndex') out.rowIndex = a.top;
      else if (p === 'columnIndex') out.columnIndex = a.left;
      else if (p === 'rowCount') out.rowCount = a.bottom - a.top + 1;
      else if (p === 'columnCount') out.columnCount = a.right - a.left + 1;
      else throw new FakeOfficeError('InvalidArgument', `The fake does not know range property ${p}`);
    }
    return out;
  }
}

/** Range.format.font: `name` is the range's font when every cell has the same one, else null (as in Excel). */
class FontProxy extends Proxy {
  constructor(
    ctx: FakeContext,
    private readonly range: () => { s: SheetModel; area: CellRange },
    private readonly write: (bytes: number, apply: (s: SheetModel, a: CellRange) => void) => void,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.prop('name');
  }
  set name(v: string) {
    this.write(40 + v.length, (s, a) => forEachCell(a, (r, c) => s.fontNames.set(`${r},${c}`, v)));
  }
  protected fetch() {
    const { s, area } = this.range();
    const names = new Set<string>();
    forEachCell(area, (r, c) => names.add(s.fontNames.get(`${r},${c}`) ?? 'Calibri'));
    return { name: names.size === 1 ? [...names][0] : null };
  }
}

function checkShape(v: unknown[][], a: CellRange) {
  const rows = a.bottom - a.top + 1;
  const cols = a.right - a.left + 1;
  if (v.length !== rows || v.some((row) => row.length !== cols)) {
    throw new FakeOfficeError('InvalidArgument', 'The number of rows or columns in the input array doesn\'t match the size or dimensions of the range.');
  }
}

class MergedAreasProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly range: () => { s: SheetModel; area: CellRange }) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  get address(): string {
    return this.prop('address');
  }
  /**
   * As Excel does: only areas whose top-left cell lies in the range, cut to the range (office-js issues #3611,
   * #1590); an Excel without ExcelApi 1.13 refuses the call.
   */
  protected fetch() {
    if (this.ctx.excel.apiVersion < 13) throw new FakeOfficeError('ApiNotFound', 'getMergedAreasOrNullObject needs ExcelApi 1.13.');
    const { s, area } = this.range();
    const hits = s.merges
      .filter((m) => inside(area, m.top, m.left))
      .map((m) => ({ top: m.top, left: m.left, bottom: Math.min(m.bottom, area.bottom), right: Math.min(m.right, area.right) }));
    if (!hits.length) return { isNullObject: true };
    return { isNullObject: false, address: hits.map((m) => addressOf(m, s.name)).join(', ') };
  }
}

class ConditionalFormatCollectionProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly sheet: () => SheetModel, private readonly area: () => CellRange) {
    super(ctx);
  }
  get items(): ConditionalFormatProxy[] {
    return this.prop('items');
  }
  add(type: string) {
    const holder: { id?: string } = {};
    this.ctx.enqueue(60, () => {
      if (type !== 'Custom') throw new FakeOfficeError('InvalidArgument', `The fake supports custom formats only`);
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'The cell or chart is on a protected sheet.');
      holder.id = this.ctx.excel.newId('cf');
      s.cfs.push({ id: holder.id, area: this.area(), formula: '' });
    });
    return new ConditionalFormatProxy(this.ctx, this.sheet, () => holder.id);
  }
  protected fetch(props: string[]) {
    const s = this.sheet();
    const a = this.area();
    const hits = s.cfs.filter((cf) => cf.area.top <= a.bottom && cf.area.bottom >= a.top && cf.area.left <= a.right && cf.area.right >= a.left);
    const items = hits.map((cf) => {
      const p = new ConditionalFormatProxy(this.ctx, this.sheet, () => cf.id);
      if (props.includes('items/id')) p.primeId(cf.id);
      return p;
    });
    return { items, __size: hits.map((cf) => cf.id) };
  }
}

class ConditionalFormatProxy extends Proxy {
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string } } };
  constructor(ctx: FakeContext, private readonly sheet: () => SheetModel, private readonly cfId: () => string | undefined) {
    super(ctx);
    const setter = (apply: (cf: FakeCf, v: string) => void) => (v: string) =>
      this.ctx.enqueue(40 + v.length, () => apply(this.model(), v));
    const rule = {} as { formula: string };
    Object.defineProperty(rule, 'formula', { set: setter((cf, v) => (cf.formula = v)) });
    const fill = {} as { color: string };
    Object.defineProperty(fill, 'color', { set: setter((cf, v) => (cf.fill = v)) });
    const font = {} as { color: string };
    Object.defineProperty(font, 'color', { set: setter((cf, v) => (cf.font = v)) });
    this.custom = { rule, format: { fill, font } };
  }
  primeId(id: string) {
    this.loaded.set('id', id);
  }
  private model(): FakeCf {
    const id = this.cfId();
    const cf = this.sheet().cfs.find((x) => x.id === id);
    if (!cf) throw new FakeOfficeError('ItemNotFound', 'The conditional format does not exist.');
    return cf;
  }
  get id(): string {
    return this.prop('id');
  }
  delete() {
    this.ctx.enqueue(40, () => {
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'The cell or chart is on a protected sheet.');
      s.cfs.splice(s.cfs.indexOf(this.model()), 1);
    });
  }
  protected fetch(props: string[]) {
    const out: Record<string, unknown> = {};
    for (const p of props) {
      if (p === 'id') out.id = this.model().id;
      else throw new FakeOfficeError('InvalidArgument', `The fake does not know conditional format property ${p}`);
    }
    return out;
  }
}

class NoteCollectionProxy {
  constructor(private readonly ctx: FakeContext, private readonly sheet: () => SheetModel) {}
  add(address: string, content: string) {
    this.ctx.enqueue(60 + jsonBytes(content), () => {
      const s = this.sheet();
      if (s.protected) throw new FakeOfficeError('AccessDenied', 'The cell or chart is on a protected sheet.');
      if (s.notes.has(address)) throw new FakeOfficeError('InvalidArgument', `The cell ${address} already has a note.`);
      s.notes.set(address, content);
    });
  }
  getItemOrNullObject(address: string) {
    return new NoteProxy(this.ctx, this.sheet, address);
  }
}

class NoteProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly sheet: () => SheetModel, private readonly address: string) {
    super(ctx);
  }
  get content(): string {
    return this.prop('content');
  }
  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  delete() {
    this.ctx.enqueue(40, () => {
      if (!this.sheet().notes.delete(this.address)) throw new FakeOfficeError('ItemNotFound', 'The note does not exist.');
    });
  }
  protected fetch() {
    const text = this.sheet().notes.get(this.address);
    return text === undefined ? { isNullObject: true } : { isNullObject: false, content: text };
  }
}

class SettingCollectionProxy {
  constructor(private readonly ctx: FakeContext) {}
  add(key: string, value: unknown) {
    this.ctx.enqueue(40 + key.length + jsonBytes(value), () => this.ctx.excel.settings.set(key, value));
  }
  getItemOrNullObject(key: string) {
    return new SettingProxy(this.ctx, key);
  }
}

class SettingProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly key: string) {
    super(ctx);
  }
  get value(): unknown {
    return this.prop('value');
  }
  get isNullObject(): boolean {
    return this.prop('isNullObject');
  }
  delete() {
    this.ctx.enqueue(40, () => this.ctx.excel.settings.delete(this.key));
  }
  protected fetch() {
    const settings = this.ctx.excel.settings;
    return settings.has(this.key) ? { isNullObject: false, value: settings.get(this.key) } : { isNullObject: true };
  }
}

export { columnLetter };
