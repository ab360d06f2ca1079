import { OFFICE_ERRORS } from '../../core/strings/ui';
import type { XlError } from './excelApi';

export type OfficeErrorKind =
  | 'payload' | 'protected' | 'editMode' | 'unsupported' | 'sheetMissing' | 'busy' | 'general' | 'cancelled';

/** An Excel failure already turned into a Vietnamese message the pane can show as is. */
export class OfficeHostError extends Error {
  constructor(readonly kind: OfficeErrorKind, message: string, readonly code?: string) {
    super(message);
    this.name = 'OfficeHostError';
  }
}

const PAYLOAD_CODES = new Set([
  'RequestPayloadSizeLimitExceeded', 'ResponsePayloadSizeLimitExceeded', 'PayloadTooLarge',
  'RangeExceedsLimit', 'OperationCellsExceedLimit',
]);

export function errorCode(e: unknown): string | undefined {
  const x = e as XlError | undefined;
  return x?.code ?? x?.debugInfo?.code;
}

/** Excel signals "too much at once" in several ways; GeneralException is what Excel on the web sends most often. */
export function isTooLarge(e: unknown): boolean {
  const code = errorCode(e);
  return code !== undefined && (PAYLOAD_CODES.has(code) || code === 'GeneralException');
}

/** Turns whatever Excel threw into an OfficeHostError with a Vietnamese message saying what to do. */
export function translateExcelError(e: unknown, sheet = ''): OfficeHostError {
  if (e instanceof OfficeHostError) return e;
  const code = errorCode(e);
  const message = String((e as XlError | undefined)?.message ?? e ?? '');
  switch (code) {
    case 'InvalidOperationInCellEditMode':
      return new OfficeHostError('editMode', OFFICE_ERRORS.editMode, code);
    case 'AccessDenied':
      return new OfficeHostError('protected', OFFICE_ERRORS.protectedSheet(sheet), code);
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedFeature':
    case 'UnsupportedOperation':
      return new OfficeHostError('unsupported', OFFICE_ERRORS.unsupported, code);
    case 'ItemNotFound':
      return new OfficeHostError('sheetMissing', OFFICE_ERRORS.sheetMissing(sheet), code);
    case 'Conflict':
    case 'ActivityLimitReached':
    case 'ServiceNotAvailable':
      return new OfficeHostError('busy', OFFICE_ERRORS.busy, code);
    default:
      if (code && PAYLOAD_CODES.has(code)) return new OfficeHostError('payload', OFFICE_ERRORS.payloadTooLarge, code);
      if (/protect/i.test(message)) return new OfficeHostError('protected', OFFICE_ERRORS.protectedSheet(sheet), code);
      return new OfficeHostError('general', OFFICE_ERRORS.general(code ?? ''), code);
  }
}
