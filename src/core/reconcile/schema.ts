import { z } from 'zod';
import { MEMBER_FIELDS } from '../fields';
import type { ReconcileResult } from './types';

// ---- JSON contract (RULES.md §6) -------------------------------------------------------------

const row = z.number().int().positive();

const onlyInJsonSchema = z.strictObject({
  row,
  nationalId: z.string().regex(/^(\d{12})?$/),
  fullName: z.string(),
});

/**
 * A row of A and its candidates in B. A row of A with two or more candidates gives one entry listing them all;
 * where two rows of A compete for one row of B (the same ID twice in A), each of them gives an entry naming that
 * row of B, so every entry keeps the §6 shape { rowA, rowsB }.
 */
const ambiguousJsonSchema = z.strictObject({ rowA: row, rowsB: z.array(row).min(1) });

export const reconcileJsonSchema = z.strictObject({
  a: z.strictObject({ file: z.string(), sheet: z.string() }),
  b: z.strictObject({ file: z.string(), sheet: z.string() }),
  matched: z.number().int().nonnegative(),
  onlyInA: z.array(onlyInJsonSchema),
  onlyInB: z.array(onlyInJsonSchema),
  different: z.array(
    z.strictObject({ rowA: row, rowB: row, field: z.enum(MEMBER_FIELDS), a: z.string(), b: z.string() }),
  ),
  ambiguous: z.array(ambiguousJsonSchema),
});

export type ReconcileJson = z.infer<typeof reconcileJsonSchema>;

/** The §6 shape of a result: exactly its keys, nothing internal. */
export function toReconcileJson(result: ReconcileResult, fileA: string, fileB: string): ReconcileJson {
  return {
    a: { file: fileA, sheet: result.a.sheet },
    b: { file: fileB, sheet: result.b.sheet },
    matched: result.matched,
    onlyInA: result.onlyInA.map((e) => ({ row: e.row, nationalId: e.nationalId, fullName: e.fullName })),
    onlyInB: result.onlyInB.map((e) => ({ row: e.row, nationalId: e.nationalId, fullName: e.fullName })),
    different: result.different.map((d) => ({ rowA: d.rowA, rowB: d.rowB, field: d.field, a: d.a, b: d.b })),
    ambiguous: result.ambiguous
      .flatMap((e) => (e.side === 'a' ? [{ rowA: e.rowA, rowsB: e.rowsB }] : e.rowsA.map((rowA) => ({ rowA, rowsB: [e.rowB] }))))
      .sort((x, y) => x.rowA - y.rowA || x.rowsB[0] - y.rowsB[0]),
  };
}
