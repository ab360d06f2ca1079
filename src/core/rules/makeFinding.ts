import type { Finding, Severity, CellFix } from '../findings';
import type { FieldKey } from '../fields';
import { ruleMeta } from './catalog';

/** Builds a finding with the group and severity from the catalog (severity may be lowered for two-level rules). */
export function makeFinding(args: {
  sheet: string;
  row: number;
  col: number;
  field: FieldKey | null;
  rule: string;
  message: string;
  severity?: Severity;
  suggestion?: string;
  fix?: CellFix;
  relatedRows?: number[];
}): Finding {
  const meta = ruleMeta(args.rule);
  const f: Finding = {
    sheet: args.sheet,
    row: args.row,
    col: args.col,
    field: args.field,
    rule: args.rule,
    group: meta.group,
    severity: args.severity ?? meta.severity,
    message: args.message,
  };
  if (args.suggestion !== undefined) f.suggestion = args.suggestion;
  if (args.fix !== undefined) f.fix = args.fix;
  if (args.relatedRows !== undefined) f.relatedRows = args.relatedRows;
  return f;
}
