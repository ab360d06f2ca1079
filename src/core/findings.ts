import { z } from 'zod';
import type { FieldKey } from './fields';

export type RuleGroup = 'complete' | 'correct' | 'clean' | 'current' | 'consistent';
export type Severity = 'error' | 'warning' | 'info';

export const GROUPS: readonly RuleGroup[] = ['complete', 'correct', 'clean', 'current', 'consistent'];

/** The Vietnamese names of the five qualities, in the order the plans give them. */
export const GROUP_LABELS: Record<RuleGroup, string> = {
  complete: 'Đủ',
  correct: 'Đúng',
  clean: 'Sạch',
  current: 'Sống',
  consistent: 'Thống nhất',
};

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Lỗi',
  warning: 'Cảnh báo',
  info: 'Gợi ý',
};

/** A value to write into a cell to repair it. */
export interface CellFix {
  value: string | number | boolean | null;
  /** Number format to set with it ("@" for text IDs, "dd/mm/yyyy" for dates). */
  format?: string;
  /** Real date: value is an Excel serial. */
  isDate?: boolean;
  /** Font to set with it: text repaired from TCVN3/VNI must leave the legacy font, which would garble Unicode. */
  font?: string;
}

/** One finding. Data until the UI or the CLI formats it. */
export interface Finding {
  sheet: string;
  /** Excel 1-based row. */
  row: number;
  /** 0-based column. */
  col: number;
  field: FieldKey | null;
  rule: string;
  group: RuleGroup;
  severity: Severity;
  message: string;
  suggestion?: string;
  /** A fix that is safe to apply without a human decision. */
  fix?: CellFix;
  /** Other rows involved (duplicates). */
  relatedRows?: number[];
}

// ---- JSON contract (RULES.md §5) -------------------------------------------------------------

export const findingJsonSchema = z.object({
  sheet: z.string(),
  cell: z.string().regex(/^[A-Z]{1,3}\d+$/),
  row: z.number().int().positive(),
  column: z.string().regex(/^[A-Z]{1,3}$/),
  field: z.string().nullable(),
  rule: z.string().min(1),
  group: z.enum(['complete', 'correct', 'clean', 'current', 'consistent']),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().min(1),
  suggestion: z.string().optional(),
});

export const tableJsonSchema = z.object({
  sheet: z.string(),
  kind: z.enum(['members', 'organisations', 'accounts']),
  headerRow: z.number().int().positive(),
  firstRow: z.number().int().positive(),
  lastRow: z.number().int().nonnegative(),
  columns: z.record(z.string(), z.string().regex(/^[A-Z]{1,3}$/)),
});

export const fileReportJsonSchema = z.object({
  file: z.string(),
  tables: z.array(tableJsonSchema),
  findings: z.array(findingJsonSchema),
});

export const checkReportJsonSchema = z.object({
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  files: z.array(fileReportJsonSchema),
});

export type FindingJson = z.infer<typeof findingJsonSchema>;
export type TableJson = z.infer<typeof tableJsonSchema>;
export type CheckReportJson = z.infer<typeof checkReportJsonSchema>;
