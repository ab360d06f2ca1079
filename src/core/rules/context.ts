import type { CellFix, Finding, Severity } from '../findings';
import type { FieldKey } from '../fields';
import { makeFinding } from './makeFinding';

/** What every cell and row rule gets: the as-of date and a place to put findings. */
export interface RuleContext {
  /** As-of date, Excel serial. */
  asOf: number;
}

/** Collects the findings of one sheet. Rules call `add`; nothing is allocated for valid cells. */
export class Findings {
  readonly list: Finding[] = [];

  constructor(readonly sheet: string) {}

  add(
    row: number,
    col: number,
    field: FieldKey | null,
    rule: string,
    message: string,
    extra?: { severity?: Severity; suggestion?: string; fix?: CellFix },
  ): void {
    this.list.push(
      makeFinding({
        sheet: this.sheet,
        row,
        col,
        field,
        rule,
        message,
        severity: extra?.severity,
        suggestion: extra?.suggestion,
        fix: extra?.fix,
      }),
    );
  }
}

/** A fix writing text: digit strings and dates typed as text are stored as text ("@") so Excel keeps them. */
export function textFix(value: string, font?: string): CellFix {
  const fix: CellFix = { value };
  if (looksNumeric(value)) fix.format = '@';
  if (font !== undefined) fix.font = font;
  return fix;
}

function looksNumeric(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 47 || c === 46 || c === 45 || c === 43 || c === 32 || c === 44)) return false;
  }
  return true;
}
