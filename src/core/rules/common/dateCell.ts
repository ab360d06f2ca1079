import type { Cell } from '../../cells';
import { cellDisplay } from '../../cells';
import type { FieldKey } from '../../fields';
import { formatDate } from '../../dates';
import { readDate } from '../../parse/dates';
import * as S from '../../strings/rules';
import type { Findings } from '../context';

/**
 * date-invalid, date-text and date-future on one cell.
 * Returns the date's serial, undefined for an empty cell, NaN for a value that is not a valid date
 * (so row rules skip it instead of piling on).
 */
export function checkDateCell(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  cell: Cell,
  asOf: number,
): number | undefined {
  const read = readDate(cell);
  if (!read) return undefined;
  if (read.serial === undefined) {
    const shown = cellDisplay(cell).trim();
    out.add(row, col, field, 'date-invalid', invalidMessage(field, shown, read.issue, read.likely), {
      suggestion: read.likely !== undefined ? formatDate(read.likely) : undefined,
    });
    return NaN;
  }
  const serial = read.serial;
  if (read.issue === 'text-form') {
    const fixed = formatDate(serial);
    out.add(row, col, field, 'date-text', S.dateText(field, cellDisplay(cell).trim(), fixed), {
      suggestion: fixed,
      fix: { value: serial, isDate: true, format: 'dd/mm/yyyy' },
    });
  }
  if (serial > asOf) out.add(row, col, field, 'date-future', S.dateFuture(field, formatDate(serial), formatDate(asOf)));
  return serial;
}

function invalidMessage(field: FieldKey, shown: string, issue: string | undefined, likely: number | undefined): string {
  const D = S.dateInvalid;
  switch (issue) {
    case 'impossible':
      return D.impossible(field, shown);
    case 'two-digit-year':
      return D.twoDigitYear(field, shown);
    case 'month-first':
      return D.monthFirst(field, shown, formatDate(likely as number));
    case 'year-only':
      return D.yearOnly(field, shown);
    case 'month-year':
      return D.monthYear(field, shown);
    default:
      return likely !== undefined ? D.notDateLikely(field, shown, formatDate(likely)) : D.notDate(field, shown);
  }
}
