import type { SheetData } from '../../core/cells';
import { SessionStore } from './SessionStore';
import { detectSheetTables } from '../../core/detect/detectTable';
import { checkWorkbook, type CheckResult } from '../../core/engine';
import type { TableInfo, TableKind, TableOverride } from '../../core/fields';
import type { Finding } from '../../core/findings';
import { OFFICE_ERRORS, UI } from '../../core/strings/ui';
import type { WorkbookHost } from '../../host/WorkbookHost';
import { OfficeHostError } from '../../host/office/errors';
import { scopeFindings, type CheckScope } from './scope';

/** What an adapter may add for the live check (OfficeWorkbookHost has both). */
export interface RowsEdit {
  sheet: string;
  first: number;
  last: number;
  /** Rows or cells inserted or deleted: the whole sheet is read again. */
  structural?: boolean;
}

export interface LiveHooks {
  onRowsChanged(listener: (c: RowsEdit) => void): () => void;
  onCellSelected(listener: (c: { sheet: string; row: number; col: number }) => void): () => void;
  /** Starts watching sheets added since the last call. */
  watchSheets?(): Promise<void>;
}

export type Phase = 'starting' | 'idle' | 'reading' | 'checking' | 'marking';

export interface Progress {
  label: string;
  /** 0..1, or undefined for an indeterminate bar. */
  value?: number;
}

export interface SheetEntry {
  sheet: string;
  /** The sheet's table (its first block, the one the user's corrections apply to). */
  table?: TableInfo;
  /** Further blocks of the sheet with a header of their own, each read as a table too. */
  moreBlocks?: TableInfo[];
  override?: TableOverride;
}

/** What the pane shows of a sheet: its table, any further block, the user's corrections. */
export function detectEntry(sheet: SheetData, override?: TableOverride): SheetEntry {
  const [table, ...more] = detectSheetTables(sheet, override);
  return more.length ? { sheet: sheet.name, table, moreBlocks: more, override } : { sheet: sheet.name, table, override };
}

export interface SessionState {
  phase: Phase;
  progress?: Progress;
  sheets: SheetEntry[];
  asOf: number;
  scope?: CheckScope;
  result?: CheckResult;
  /** The findings of the last check, limited to its scope. */
  findings: Finding[];
  rowsChecked: number;
  error?: string;
  notice?: string;
  live: boolean;
  selectedCell?: { sheet: string; row: number; col: number };
}

export const OVERRIDES_SETTING = 'tableOverrides';
const EDIT_DEBOUNCE_MS = 300;

/**
 * The pane's logic, without React: reads the workbook through the host, detects tables (with the user's saved
 * corrections), runs the engine organisations first, marks the findings, and re-checks the rows the user edits.
 */
export class CheckSession extends SessionStore {
  private readonly cache = new Map<string, SheetData>();
  private sheetOrder: string[] = [];
  private overrides: TableOverride[] = [];
  private abort?: AbortController;
  private pending = new Map<string, { first: number; last: number; whole: boolean }>();
  private timer?: ReturnType<typeof setTimeout>;
  private unsubscribe: (() => void)[] = [];
  private busy: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly host: WorkbookHost & Partial<LiveHooks>,
    options: { asOf?: number; debounceMs?: number } = {},
  ) {
    super(options.asOf);
    this.debounceMs = options.debounceMs ?? EDIT_DEBOUNCE_MS;
  }
  private readonly debounceMs: number;

  /** Loads the saved corrections, reads the workbook and lists the tables found. */
  async start(): Promise<void> {
    if (this.host.onCellSelected) {
      this.unsubscribe.push(this.host.onCellSelected((cell) => this.set({ selectedCell: cell })));
    }
    try {
      this.overrides = (await this.host.getSetting<TableOverride[]>(OVERRIDES_SETTING)) ?? [];
    } catch {
      this.overrides = [];
    }
    await this.findTables();
  }

  dispose() {
    this.abort?.abort();
    if (this.timer) clearTimeout(this.timer);
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
  }

  /** Reads every visible sheet again and detects the tables. */
  async findTables(): Promise<void> {
    await this.guard(async (signal) => {
      await this.readAll(signal);
      this.set({ phase: 'idle', progress: undefined, sheets: this.detect() });
    });
  }

  /** Checks the workbook; the scope limits which tables' findings are listed and marked. */
  async check(scope: CheckScope): Promise<void> {
    await this.guard(async (signal) => {
      await this.readAll(signal);
      const sheets = this.detect();
      await this.runEngine(scope, sheets);
      if (signal.aborted) return;
      this.set({ sheets });
      await this.mark(this.state.findings);
      this.startLive();
    });
  }

  cancel() {
    this.abort?.abort();
  }

  setAsOf(asOf: number) {
    this.set({ asOf });
  }

  async clearMarks(): Promise<void> {
    await this.guard(async () => {
      this.stopLive();
      await this.host.clearMarks();
      this.set({ phase: 'idle', progress: undefined, notice: UI.clearMarksDone, live: false });
    });
  }

  /** Saves a correction of a table's kind or columns and applies it to what is shown (and re-checks). */
  async setOverride(override: TableOverride): Promise<void> {
    const rest = this.overrides.filter((o) => o.sheet !== override.sheet);
    const empty = override.kind === undefined && (!override.columns || Object.keys(override.columns).length === 0);
    this.overrides = empty ? rest : [...rest, override];
    await this.guard(async () => {
      await this.host.setSetting(OVERRIDES_SETTING, this.overrides);
      const sheets = this.detect();
      this.set({ sheets, notice: UI.correctionSaved });
      if (this.state.result && this.state.scope) {
        await this.runEngine(this.state.scope, sheets);
        await this.mark(this.state.findings);
      }
    });
  }

  async goTo(f: { sheet: string; row: number; col: number }): Promise<void> {
    try {
      await this.host.selectCell(f.sheet, f.row, f.col);
      this.set({ selectedCell: { sheet: f.sheet, row: f.row, col: f.col } });
    } catch (e) {
      this.set({ error: messageOf(e) });
    }
  }

  dismissError() {
    this.set({ error: undefined });
  }
  dismissNotice() {
    this.set({ notice: undefined });
  }

  // ---- internals -----------------------------------------------------------------------------------------

  /** One operation at a time; errors become the pane's message, never an exception into React. */
  private async guard(work: (signal: AbortSignal) => Promise<void>): Promise<void> {
    // The controller exists from the moment the work is asked for, so Cancel works even before it starts.
    const controller = new AbortController();
    this.abort = controller;
    const run = async () => {
      const signal = controller.signal;
      if (signal.aborted) {
        this.set({ notice: UI.cancelled });
        return;
      }
      this.set({ error: undefined, notice: undefined });
      try {
        await work(signal);
      } catch (e) {
        const cancelled = signal.aborted || (e as { kind?: string }).kind === 'cancelled';
        this.set(cancelled ? { notice: UI.cancelled, error: undefined } : { error: messageOf(e) });
      } finally {
        this.set({ phase: 'idle', progress: undefined });
      }
    };
    const next = this.busy.then(run, run);
    this.busy = next;
    await next;
  }

  private async readAll(signal: AbortSignal) {
    this.set({ phase: 'reading', progress: { label: UI.tablesReading } });
    const names = await this.host.listSheets();
    this.sheetOrder = names;
    this.cache.clear();
    for (const name of names) {
      if (signal.aborted) throw Object.assign(new Error(UI.cancelled), { kind: 'cancelled' });
      const data = await this.host.readSheet(name, {
        signal,
        onProgress: (p) =>
          this.set({
            progress: {
              label: UI.progressReading(p.sheet, p.rowsRead, p.rowsTotal),
              value: p.rowsTotal ? p.rowsRead / p.rowsTotal : undefined,
            },
          }),
      });
      this.cache.set(name, data);
    }
  }

  private sheetsInOrder(): SheetData[] {
    return this.sheetOrder.map((n) => this.cache.get(n)).filter((s): s is SheetData => !!s);
  }

  private detect(): SheetEntry[] {
    return this.sheetsInOrder().map((sheet) => detectEntry(sheet, this.overrides.find((o) => o.sheet === sheet.name)));
  }

  private async runEngine(scope: CheckScope, entries: SheetEntry[]): Promise<CheckResult> {
    const rows = entries
      .flatMap((e) => (e.table ? [e.table, ...(e.moreBlocks ?? [])] : []))
      .reduce((n, t) => n + (inScope(t.kind, scope) ? t.dataRows.length : 0), 0);
    this.set({ phase: 'checking', progress: { label: UI.progressChecking(rows) } });
    await yieldToPaint();
    if (this.abort?.signal.aborted) throw Object.assign(new Error(UI.cancelled), { kind: 'cancelled' });
    const result = checkWorkbook(this.sheetsInOrder(), { asOf: this.state.asOf, overrides: this.overrides });
    this.set({ result, scope, findings: scopeFindings(result, scope), rowsChecked: rows });
    return result;
  }

  private async mark(findings: readonly Finding[]) {
    this.set({ phase: 'marking', progress: { label: UI.progressMarking } });
    await this.host.markFindings(findings);
  }

  private startLive() {
    if (this.state.live) {
      void this.host.watchSheets?.().catch(() => undefined); // sheets added since the first check
      return;
    }
    if (!this.host.onRowsChanged) return;
    this.unsubscribe.push(this.host.onRowsChanged((c) => this.queueEdit(c)));
    this.set({ live: true });
  }

  private stopLive() {
    // Keep the selection listener; drop the edit listener by re-subscribing selection only.
    for (const u of this.unsubscribe) u();
    this.unsubscribe = [];
    if (this.host.onCellSelected) {
      this.unsubscribe.push(this.host.onCellSelected((cell) => this.set({ selectedCell: cell })));
    }
    this.set({ live: false });
  }

  private queueEdit(c: RowsEdit) {
    if (!this.cache.has(c.sheet)) return;
    const cur = this.pending.get(c.sheet);
    const whole = !!c.structural || !!cur?.whole;
    this.pending.set(c.sheet, cur
      ? { first: Math.min(cur.first, c.first), last: Math.max(cur.last, c.last), whole }
      : { first: c.first, last: c.last, whole });
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flushEdits(), this.debounceMs);
  }

  /** Re-reads the edited rows, re-runs the engine on the cached workbook and updates marks and counts. */
  async flushEdits(): Promise<void> {
    this.timer = undefined;
    const edits = [...this.pending];
    this.pending.clear();
    if (!edits.length) return;
    await this.guard(async (signal) => {
      let rows = 0;
      for (const [sheet, range] of edits) {
        if (!this.cache.has(sheet)) continue;
        if (range.whole) {
          // Inserted or deleted rows move everything below: read the sheet again.
          const fresh = await this.host.readSheet(sheet, { signal });
          rows += range.last - range.first + 1;
          this.cache.set(sheet, fresh);
          continue;
        }
        const fresh = await this.host.readSheet(sheet, { rows: { first: range.first, last: range.last }, signal });
        const cached = this.cache.get(sheet)!;
        for (let r = range.first - 1; r <= range.last - 1; r++) cached.rows[r] = fresh.rows[r] ?? [];
        // Trailing rows the user cleared: keep the array dense.
        for (let r = 0; r < cached.rows.length; r++) if (!cached.rows[r]) cached.rows[r] = [];
        rows += range.last - range.first + 1;
      }
      const scope = this.state.scope;
      const sheets = this.detect();
      this.set({ sheets });
      if (!scope || !this.state.result) return;
      const result = checkWorkbook(this.sheetsInOrder(), { asOf: this.state.asOf, overrides: this.overrides });
      const findings = scopeFindings(result, scope);
      this.set({ result, findings });
      await this.host.markFindings(findings);
      this.set({ notice: UI.liveUpdated(rows) });
    });
  }
}

function inScope(kind: TableKind, scope: CheckScope) {
  return scope === 'all' || kind === scope;
}

function messageOf(e: unknown): string {
  if (e instanceof OfficeHostError) return e.message;
  if (e instanceof Error && (e as Error & { kind?: string }).kind) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return OFFICE_ERRORS.unexpected(detail);
}

/** Lets the browser paint the progress bar before the engine's synchronous work. */
function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
