import source from 'standalone-worker-source';
import type { Port } from './WorkerClient';

let url: string | undefined;

/** A worker from the inlined bundle through one Blob URL: works from file:// where a worker file would be refused. */
export function startBlobWorker(): Port {
  url ??= URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(url);
}
