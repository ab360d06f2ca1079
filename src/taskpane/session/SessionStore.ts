import { todaySerial } from '../../core/dates';
import type { SessionState } from './CheckSession';

/** The session state React reads with useSyncExternalStore: one immutable snapshot, replaced on every change. */
export class SessionStore {
  protected state: SessionState;
  private readonly listeners = new Set<() => void>();

  constructor(asOf?: number) {
    this.state = { phase: 'starting', sheets: [], asOf: asOf ?? todaySerial(), findings: [], rowsChecked: 0, live: false };
  }

  getState = (): SessionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  protected set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
