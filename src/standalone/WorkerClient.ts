import type { Answers, Progress, Request, WorkerMessage } from './protocol';

/** Something that answers requests in order, with progress: a Web Worker, or an in-process stand-in in tests. */
export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

interface Pending {
  resolve(answer: unknown): void;
  reject(error: Error): void;
  onProgress?: (p: Progress) => void;
}

/** Thrown for requests dropped by cancel(); the session shows "cancelled", not an error. */
export class CancelledError extends Error {
  readonly kind = 'cancelled';
}

/**
 * The page's side of one file's worker. `cancel()` stops the worker mid-work (the engine's synchronous loop
 * cannot be interrupted otherwise) and starts a fresh one, which the session re-opens from the kept bytes.
 */
export class WorkerClient {
  private port: Port;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly makePort: () => Port) {
    this.port = this.connect();
  }

  request<T extends Request['type']>(
    request: Extract<Request, { type: T }>,
    onProgress?: (p: Progress) => void,
    transfer: Transferable[] = [],
  ): Promise<Answers[T]> {
    const id = this.nextId++;
    return new Promise<Answers[T]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: unknown) => void, reject, onProgress });
      this.port.postMessage({ id, request }, transfer);
    });
  }

  /** Drops every request under way and restarts the worker (empty: the caller opens the file again). */
  cancel(): void {
    this.port.terminate();
    for (const p of this.pending.values()) p.reject(new CancelledError('cancelled'));
    this.pending.clear();
    this.port = this.connect();
  }

  dispose(): void {
    this.port.terminate();
    this.pending.clear();
  }

  private connect(): Port {
    const port = this.makePort();
    port.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const msg = event.data;
      const p = this.pending.get(msg.id);
      if (!p) return;
      if (msg.kind === 'progress') p.onProgress?.(msg.progress);
      else {
        this.pending.delete(msg.id);
        if (msg.kind === 'done') p.resolve(msg.answer);
        else p.reject(new Error(msg.message));
      }
    };
    return port;
  }
}
