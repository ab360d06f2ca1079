/// <reference lib="webworker" />
import type { Request, WorkerMessage } from '../protocol';
import { failureMessage, handleRequest, type WorkerState } from './handleRequest';

/**
 * Entry of the worker bundle (inlined into the page and started from a Blob URL): parsing and checking run here,
 * so a 50,000-member workbook never freezes the page. Requests are handled one at a time, in order.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const state: WorkerState = {};
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  const post = (message: WorkerMessage, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  queue = queue.then(async () => {
    try {
      const { answer, transfer } = await handleRequest(state, request, (progress) => post({ id, kind: 'progress', progress }));
      post({ id, kind: 'done', answer }, transfer);
    } catch (e) {
      post({ id, kind: 'failed', message: failureMessage(e) });
    }
  });
};
