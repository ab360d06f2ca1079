import { SessionStore } from '../taskpane/session/SessionStore';
import type { TableOverride } from '../core/fields';
import { STANDALONE as S } from '../core/strings/standalone';
import { UI } from '../core/strings/ui';
import type { CheckSession } from '../taskpane/session/CheckSession';
import { scopeFindings, type CheckScope } from '../taskpane/session/scope';
import type { Answers, AppendixOptions, GridWindow, Progress } from './protocol';
import { CancelledError, WorkerClient, type Port } from './WorkerClient';

/** What the pane's components call on a session: this page provides the same over a worker. */
export type PaneSessionApi = Pick<
  CheckSession,
  'getState' | 'subscribe' | 'findTables' | 'check' | 'cancel' | 'setAsOf' | 'clearMarks' | 'setOverride' | 'goTo' | 'dismissError' | 'dismissNotice'
>;

/**
 * The pane's components are typed with the pane's session class; they use only PaneSessionApi (checked above by
 * `implements`), so this session stands in for it. The one cast of the page.
 */
export function asPaneSession(session: PaneSessionApi): CheckSession {
  return session as unknown as CheckSession;
}

export type FileStatus = 'opening' | 'ready' | 'failed';

/**
 * One opened file: the pane's session state (tables, check, findings, selected cell) driven through the file's
 * worker. The bytes stay in this tab; they are kept to re-open the file after Cancel.
 */
export class FileSession extends SessionStore implements PaneSessionApi {
  private readonly client: WorkerClient;
  private overrides: TableOverride[] = [];
  status: FileStatus = 'opening';
  failure?: string;

  constructor(
    readonly id: number,
    readonly name: string,
    private readonly bytes: ArrayBuffer,
    makePort: () => Port,
    options: { asOf?: number } = {},
  ) {
    super(options.asOf);
    this.client = new WorkerClient(makePort, S.workerFailed);
  }

  private readonly progress = (p: Progress) => this.set({ progress: p });

  /** Opens the file in the worker; a bad file becomes this file's message, the other files are not affected. */
  async start(): Promise<void> {
    this.set({ phase: 'starting', progress: { label: S.opening(this.name) } });
    try {
      const opened = await this.client.request({ type: 'open', name: this.name, bytes: this.bytes.slice(0) }, this.progress);
      this.overrides = opened.overrides;
      this.status = 'ready';
      this.set({ phase: 'idle', progress: undefined, sheets: opened.sheets });
    } catch (e) {
      this.status = 'failed';
      this.failure = e instanceof CancelledError ? S.openCancelled(this.name) : (e as Error).message;
      this.set({ phase: 'idle', progress: undefined, error: this.failure });
    }
  }

  dispose() {
    this.client.dispose();
  }

  async findTables(): Promise<void> {
    await this.guard(async () => {
      this.set({ sheets: await this.client.request({ type: 'detect', overrides: this.overrides }) });
    });
  }

  /** The worker checks the whole workbook (organisations first); the scope limits what is listed. */
  async check(scope: CheckScope): Promise<void> {
    await this.guard(async () => {
      this.set({ phase: 'checking', progress: { label: UI.busy } });
      const { result, rows } = await this.client.request({ type: 'check', asOf: this.state.asOf, overrides: this.overrides }, this.progress);
      const sheets = await this.client.request({ type: 'detect', overrides: this.overrides });
      this.set({ result, scope, findings: scopeFindings(result, scope), rowsChecked: rows, sheets });
    });
  }

  cancel() {
    this.client.cancel();
    // Opening stopped: start() reports it. Otherwise the fresh worker holds nothing: open the file again, quietly.
    if (this.status !== 'ready') return;
    void this.client.request({ type: 'open', name: this.name, bytes: this.bytes.slice(0) }).catch(() => undefined);
  }

  setAsOf(asOf: number) {
    this.set({ asOf });
  }

  /** Nothing is marked in the user's file; the preview's marks and the results are dropped. */
  async clearMarks(): Promise<void> {
    this.set({ result: undefined, findings: [], scope: undefined, selectedCell: undefined, notice: S.marksCleared });
  }

  async setOverride(override: TableOverride): Promise<void> {
    const rest = this.overrides.filter((o) => o.sheet !== override.sheet);
    const empty = override.kind === undefined && (!override.columns || Object.keys(override.columns).length === 0);
    this.overrides = empty ? rest : [...rest, override];
    const scope = this.state.scope;
    await this.guard(async () => {
      this.set({ sheets: await this.client.request({ type: 'detect', overrides: this.overrides }), notice: S.correctionSaved });
      if (this.state.result && scope) {
        const { result, rows } = await this.client.request({ type: 'check', asOf: this.state.asOf, overrides: this.overrides }, this.progress);
        this.set({ result, findings: scopeFindings(result, scope), rowsChecked: rows });
      }
    });
  }

  async goTo(f: { sheet: string; row: number; col: number }): Promise<void> {
    this.set({ selectedCell: { sheet: f.sheet, row: f.row, col: f.col } });
  }

  dismissError() {
    this.set({ error: this.status === 'failed' ? this.failure : undefined });
  }
  dismissNotice() {
    this.set({ notice: undefined });
  }

  // ---- for the page's own panels ---------------------------------------------------------------------------

  window(sheet: string, firstRow: number, count: number): Promise<GridWindow> {
    return this.client.request({ type: 'window', sheet, firstRow, count });
  }

  planFix(rules?: string[]): Promise<Answers['planFix']> {
    return this.run(() => this.client.request({ type: 'planFix', asOf: this.state.asOf, overrides: this.overrides, rules }, this.progress));
  }

  checkedCopy(): Promise<ArrayBuffer> {
    return this.run(() => this.client.request({ type: 'checkedCopy', asOf: this.state.asOf, overrides: this.overrides }, this.progress));
  }

  fixedCopy(rules: string[]): Promise<Answers['fixedCopy']> {
    return this.run(() => this.client.request({ type: 'fixedCopy', asOf: this.state.asOf, overrides: this.overrides, rules }, this.progress));
  }

  appendix(options: AppendixOptions): Promise<Answers['appendix']> {
    return this.run(() => this.client.request({ type: 'appendix', asOf: this.state.asOf, overrides: this.overrides, options }, this.progress));
  }

  report(badgeYear?: number): Promise<Answers['report']> {
    return this.run(() => this.client.request({ type: 'report', asOf: this.state.asOf, overrides: this.overrides, badgeYear }, this.progress));
  }

  /** A download's work: the progress bar shows while it runs; its error is returned to the caller's panel. */
  private async run<T>(work: () => Promise<T>): Promise<T> {
    this.set({ phase: 'reading', progress: { label: S.building } });
    try {
      return await work();
    } finally {
      this.set({ phase: 'idle', progress: undefined });
    }
  }

  /** One operation's errors become the file's message, never an exception into React. */
  private async guard(work: () => Promise<void>): Promise<void> {
    if (this.status !== 'ready') return;
    this.set({ phase: 'reading', progress: { label: UI.busy }, error: undefined, notice: undefined });
    try {
      await work();
    } catch (e) {
      const cancelled = (e as { kind?: string }).kind === 'cancelled';
      this.set(cancelled ? { notice: UI.cancelled } : { error: (e as Error).message });
    } finally {
      this.set({ phase: 'idle', progress: undefined });
    }
  }
}
