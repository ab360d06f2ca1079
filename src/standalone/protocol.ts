import type { Cell, CellRange } from '../core/cells';
import type { CheckResult } from '../core/engine';
import type { TableOverride } from '../core/fields';
import type { Finding } from '../core/findings';
import type { PlannedChange } from '../core/fix';
import type { SheetEntry } from '../taskpane/session/CheckSession';

/**
 * Messages between the page and its worker (one worker per opened file). Every request carries an id; the
 * worker answers once with the same id (result or a Vietnamese error) and may send progress before that.
 */

/** A result without the parsed sheets the engine keeps on its member/organisation tables (they stay in the worker). */
export type SlimResult = CheckResult;

export interface GridWindow {
  sheet: string;
  /** Excel 1-based first row of `rows`. */
  firstRow: number;
  rows: (Cell | undefined)[][];
  /** Rows and columns the sheet has in all. */
  rowCount: number;
  colCount: number;
  merges: CellRange[];
}

export interface FixPreview {
  changes: PlannedChange[];
  countsByRule: Record<string, number>;
  suggestions: number;
  skipped: number;
}

export interface AppendixOptions {
  province?: string;
  commune?: string;
  /** Write even when rows have errors (they are flagged in the sheet), as `dvcheck appendix --force`. */
  force?: boolean;
}

export type Request =
  | { type: 'open'; name: string; bytes: ArrayBuffer }
  | { type: 'detect'; overrides: TableOverride[] }
  | { type: 'check'; asOf: number; overrides: TableOverride[] }
  | { type: 'window'; sheet: string; firstRow: number; count: number }
  | { type: 'planFix'; asOf: number; overrides: TableOverride[]; rules?: string[] }
  | { type: 'checkedCopy'; asOf: number; overrides: TableOverride[] }
  | { type: 'fixedCopy'; asOf: number; overrides: TableOverride[]; rules: string[] }
  | { type: 'appendix'; asOf: number; overrides: TableOverride[]; options: AppendixOptions }
  | { type: 'report'; asOf: number; overrides: TableOverride[]; badgeYear?: number };

export interface OpenAnswer {
  sheets: SheetEntry[];
  overrides: TableOverride[];
}

/** Answers by request type. */
export interface Answers {
  open: OpenAnswer;
  detect: SheetEntry[];
  check: { result: SlimResult; rows: number };
  window: GridWindow;
  planFix: FixPreview;
  checkedCopy: ArrayBuffer;
  fixedCopy: { bytes: ArrayBuffer; changed: number };
  appendix: { bytes: ArrayBuffer; rows: number } | { blocked: Finding[] };
  report: { bytes: ArrayBuffer; members: number };
}

export interface Progress {
  label: string;
  value?: number;
}

export type WorkerMessage =
  | { id: number; kind: 'progress'; progress: Progress }
  | { id: number; kind: 'done'; answer: unknown }
  | { id: number; kind: 'failed'; message: string };
