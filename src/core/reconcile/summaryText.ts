import { MATCH_KEY_LABELS, MEMBER_FIELD_LABELS, RECONCILE_CLI as T } from '../strings/reconcile';
import { listsAgree, type ReconcileResult } from './types';

const side = (s: 'a' | 'b') => (s === 'a' ? 'A' : 'B') as 'A' | 'B';

/**
 * The plain-text report of `dvcheck reconcile`: counts, then duplicates/ambiguous rows, only-in-A, only-in-B
 * and differences, each list cut at `limit` lines (the --out workbook has them all).
 */
export function reconcileSummaryText(result: ReconcileResult, sourceA: string, sourceB: string, limit = 50): string {
  const lines: string[] = [T.header(sourceA, sourceB), ''];
  const membersWithDiff = new Set(result.different.map((d) => d.rowA)).size;
  if (listsAgree(result)) lines.push(T.agree(result.matched));
  else {
    lines.push(
      T.counts(result.matched, result.onlyInA.length, result.onlyInB.length, result.different.length, membersWithDiff,
        result.ambiguous.length),
    );
  }
  const section = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push('', title, ...items.slice(0, limit));
    if (items.length > limit) lines.push(T.more(items.length - limit));
  };
  section(T.sectionDuplicates, [
    ...result.duplicates.map((d) => T.duplicateLine(side(d.side), MATCH_KEY_LABELS[d.by], d.value, d.rows)),
    ...result.ambiguous.map((e) =>
      e.side === 'a'
        ? T.ambiguousLine('A', e.rowA, 'B', e.rowsB, MATCH_KEY_LABELS[e.by])
        : T.ambiguousLine('B', e.rowB, 'A', e.rowsA, MATCH_KEY_LABELS[e.by]),
    ),
  ]);
  section(T.sectionOnlyA, result.onlyInA.map((e) => T.onlyLine(e.row, e.fullName, e.nationalId)));
  section(T.sectionOnlyB, result.onlyInB.map((e) => T.onlyLine(e.row, e.fullName, e.nationalId)));
  section(
    T.sectionDifferent,
    result.different.map((d) => T.diffLine(d.rowA, d.rowB, MEMBER_FIELD_LABELS[d.field], d.a, d.b)),
  );
  return lines.join('\n') + '\n';
}
