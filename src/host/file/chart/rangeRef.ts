import { columnLetter } from '../../../core/cells';
import type { SpecRange } from '../../../core/output/sheetSpec';

/** 'Báo cáo tiến độ'!$N$7:$N$12 — an absolute reference as chart formulas write it. */
export function rangeFormula(range: SpecRange, defaultSheet: string): string {
  const sheet = (range.sheet ?? defaultSheet).replace(/'/g, "''");
  const col = columnLetter(range.col);
  return `'${sheet}'!$${col}$${range.firstRow + 1}:$${col}$${range.lastRow + 1}`;
}
