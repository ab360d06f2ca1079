import * as React from 'react';
import { GENERATE_PANE as P } from '../../core/strings/reports';
import { CannotWriteError } from './generateInHost';

export type ActionStatus = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; message: string } | { kind: 'error'; message: string };

/** Runs one generate action at a time and keeps its outcome as a message for the pane. */
export function useAsyncAction(): [ActionStatus, (action: () => Promise<string>) => Promise<void>] {
  const [status, setStatus] = React.useState<ActionStatus>({ kind: 'idle' });
  const run = React.useCallback(async (action: () => Promise<string>) => {
    setStatus({ kind: 'running' });
    try {
      setStatus({ kind: 'done', message: await action() });
    } catch (e) {
      const message = e instanceof CannotWriteError ? e.message : P.failed(e instanceof Error ? e.message : String(e));
      setStatus({ kind: 'error', message });
    }
  }, []);
  return [status, run];
}
