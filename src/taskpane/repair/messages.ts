import { OFFICE_ERRORS } from '../../core/strings/ui';
import { OfficeHostError } from '../../host/office/errors';

/** An error as the pane shows it: the adapters' Vietnamese messages as they are, anything else wrapped. */
export function errorText(e: unknown): string {
  if (e instanceof OfficeHostError) return e.message;
  if (e instanceof Error && (e as Error & { kind?: string }).kind) return e.message;
  return OFFICE_ERRORS.unexpected(e instanceof Error ? e.message : String(e));
}
