import * as React from 'react';

export type TaskStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'failed'; text: string };

/** One panel's action: busy while it runs, then its Vietnamese outcome (or the worker's error message). */
export function useTask(): [TaskStatus, (work: () => Promise<string | undefined>) => Promise<void>] {
  const [status, setStatus] = React.useState<TaskStatus>({ kind: 'idle' });
  const run = React.useCallback(async (work: () => Promise<string | undefined>) => {
    setStatus({ kind: 'busy' });
    try {
      const text = await work();
      setStatus(text ? { kind: 'done', text } : { kind: 'idle' });
    } catch (e) {
      const cancelled = (e as { kind?: string }).kind === 'cancelled';
      setStatus(cancelled ? { kind: 'idle' } : { kind: 'failed', text: (e as Error).message });
    }
  }, []);
  return [status, run];
}
