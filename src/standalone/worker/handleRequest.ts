import { XlsxLoadError } from '../../host/file/loadXlsx';
import { STANDALONE as S } from '../../core/strings/standalone';
import type { Progress, Request } from '../protocol';
import { OpenedFile } from './openedFile';

/** The worker's state: the one file it holds. */
export interface WorkerState {
  file?: OpenedFile;
}

/**
 * Runs one request against the worker's file; returns the answer and the buffers to transfer (not copy).
 * Throws an Error whose message is a complete Vietnamese sentence.
 */
export async function handleRequest(
  state: WorkerState,
  req: Request,
  progress: (p: Progress) => void,
): Promise<{ answer: unknown; transfer: ArrayBuffer[] }> {
  if (req.type === 'open') {
    state.file = await OpenedFile.open(req.name, req.bytes, progress);
    return plain({ sheets: state.file.detect(state.file.overrides), overrides: state.file.overrides });
  }
  const file = state.file;
  if (!file) throw new Error(S.unexpected('no file'));
  switch (req.type) {
    case 'detect':
      return plain(file.detect(req.overrides));
    case 'check':
      return plain(file.check(req.asOf, req.overrides, progress));
    case 'window':
      return plain(file.window(req.sheet, req.firstRow, req.count));
    case 'planFix':
      progress({ label: S.checking(0) });
      return plain(file.planFix(req.asOf, req.overrides, req.rules));
    case 'checkedCopy': {
      progress({ label: S.building });
      const bytes = await file.checkedCopy(req.asOf, req.overrides);
      return { answer: bytes, transfer: [bytes] };
    }
    case 'fixedCopy': {
      progress({ label: S.building });
      const out = await file.fixedCopy(req.asOf, req.overrides, req.rules);
      return { answer: out, transfer: [out.bytes] };
    }
    case 'appendix': {
      progress({ label: S.building });
      const out = await file.appendix(req.asOf, req.overrides, req.options);
      return { answer: out, transfer: 'bytes' in out ? [out.bytes] : [] };
    }
    case 'report': {
      progress({ label: S.building });
      const out = await file.report(req.asOf, req.overrides, req.badgeYear);
      return { answer: out, transfer: [out.bytes] };
    }
  }
}

function plain(answer: unknown) {
  return { answer, transfer: [] };
}

/** What the user reads when a request fails: the adapter's own sentence, or a generic one with the detail. */
export function failureMessage(e: unknown): string {
  if (e instanceof XlsxLoadError) return e.message;
  if (e instanceof Error && /[À-ỹ]/.test(e.message)) return e.message;
  return S.unexpected(e instanceof Error ? e.message : String(e));
}
