import type { Answers, Progress, Request, WorkerMessage } from './protocol';

/** Something that answers requests in order, with progress: a Web Worker, or an in-process stand-in in tests. */
export interface Port {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
  /** A worker that died (out of memory, say) or could not load. */
  onerror?: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

/** A port that refuses every request with one message: the browser would not start a worker. */
export function refusingPort(message: string): Port {
  const port: Port = {
    onmessage: null,
    postMessage(data: unknown) {
      const { id } = data as { id: number };
      setTimeout(() => port.onmessage?.({ data: { id, kind: 'failed', message } } as MessageEvent));
    },
    terminate() {},
  };
  return port;
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

  constructor(
    private readonly makePort: () => Port,
    /** What the user reads when the worker cannot start or dies. */
    private readonly crashMessage: string,
  ) {
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
    let port: Port;
    try {
      port = this.makePort();
    } catch {
      port = refusingPort(this.crashMessage);
    }
    port.onerror = (event) => {
      event.preventDefault?.();
      for (const p of this.pending.values()) p.reject(new Error(this.crashMessage));
      this.pending.clear();
    };
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
