import type ExcelJS from 'exceljs';
import type { Severity } from '../../core/findings';

/** Excel's own "light red fill" / "yellow fill" / a light blue, so marks look like conditional formatting users know. */
export const MARK_FILL_ARGB: Record<Severity, string> = {
  error: 'FFFFC7CE',
  warning: 'FFFFEB9C',
  info: 'FFDDEBF7',
};

export function markFill(severity: Severity): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: MARK_FILL_ARGB[severity] } };
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export function worstSeverity(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}
