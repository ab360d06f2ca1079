import { cellAddress } from '../cells';
import type { TableInfo } from '../fields';
import type { SheetSpec, SpecStyle } from '../output/sheetSpec';
import { SpecBuilder } from '../output/specBuilder';
import { MATCH_KEY_LABELS, MEMBER_FIELD_LABELS, RECONCILE_SHEET, RECONCILE_SHEET_TEXT as T } from '../strings/reconcile';
import type { ReconcileResult } from './types';

/** One list as the "Đối soát" sheet refers to it. */
export interface SheetSideRef {
  /** How the sheet names the list to the user ("danh-sach.xlsx, trang Đảng viên"). */
  source: string;
  sheet: string;
  table: TableInfo;
  /** Path of the list's workbook relative to the result file, when it is another file; absent: same workbook. */
  file?: string;
}

const COLS = 8;
const TITLE: SpecStyle = { bold: true, size: 14 };
const SECTION: SpecStyle = { bold: true, fill: 'D9E1F2' };
const HEADER: SpecStyle = { bold: true, border: true, fill: 'F2F2F2', wrap: true, vAlign: 'middle' };
const BODY: SpecStyle = { border: true, vAlign: 'top', wrap: true };
const DIFF: SpecStyle = { ...BODY, fill: 'FFF2CC' };

/** "#'Đảng viên'!E12", or "A.xlsx#'Đảng viên'!E12" for a list in another workbook. */
export function cellLink(side: SheetSideRef, row: number, col: number): string {
  return `${side.file ?? ''}#'${side.sheet.replace(/'/g, "''")}'!${cellAddress(row, col)}`;
}

function rowCol(side: SheetSideRef): number {
  return side.table.columns.fullName ?? side.table.columns.nationalId ?? 0;
}

/**
 * The "Đối soát" sheet: a summary, then duplicates and ambiguous rows (first: they must be settled before the
 * rest can be trusted), members only in A, only in B, and every differing field. Each row links to the rows and
 * cells of both lists.
 */
export function buildReconcileSheet(
  result: ReconcileResult,
  a: SheetSideRef,
  b: SheetSideRef,
  name: string = RECONCILE_SHEET,
): SheetSpec {
  const s = new SpecBuilder(name);
  const sides = { a, b };
  let r = 0;
  const membersWithDiff = new Set(result.different.map((d) => d.rowA)).size;
  s.mergedLine(r++, 0, COLS - 1, T.title, TITLE);
  s.mergedLine(r++, 0, COLS - 1, T.sideLine('A', a.source));
  s.mergedLine(r++, 0, COLS - 1, T.sideLine('B', b.source));
  s.mergedLine(
    r++, 0, COLS - 1,
    T.summary(result.matched, result.onlyInA.length, result.onlyInB.length, result.different.length, membersWithDiff,
      result.ambiguous.length),
    { bold: true },
  );
  s.mergedLine(r++, 0, COLS - 1, T.howTo, { italic: true, wrap: true });
  s.height(r - 1, 30);

  const headers = (labels: readonly string[]) => {
    labels.forEach((label, c) => s.set(r, c, label, { style: HEADER }));
    r++;
  };
  const link = (col: number, side: 'a' | 'b', row: number, value: string | number, c?: number, style = BODY) =>
    s.set(r, col, value, {
      style,
      hyperlink: cellLink(sides[side], row, c ?? rowCol(sides[side])),
      ...(typeof value === 'string' ? { type: 'text' as const } : {}),
    });
  const text = (col: number, value: string, style = BODY) => s.set(r, col, value, { style, type: 'text' });

  // ---- duplicates and ambiguous rows -------------------------------------------------------
  r++;
  const dupCount = result.duplicates.length + result.ambiguous.length;
  s.mergedLine(r++, 0, COLS - 1, T.sectionDuplicates(dupCount), SECTION);
  if (!dupCount) s.set(r++, 0, T.none, { style: { italic: true } });
  else {
    s.mergedLine(r++, 0, COLS - 1, T.duplicatesNote, { italic: true, wrap: true });
    s.height(r - 1, 30);
    headers(T.headersDuplicates);
    for (const d of result.duplicates) {
      text(0, T.duplicateInside);
      text(1, d.side.toUpperCase());
      text(2, MATCH_KEY_LABELS[d.by]);
      text(3, d.value);
      link(4, d.side, d.rows[0], d.rows.join(', '));
      r++;
    }
    for (const e of result.ambiguous) {
      const [side, row, others] = e.side === 'a' ? (['a', e.rowA, e.rowsB] as const) : (['b', e.rowB, e.rowsA] as const);
      const other = side === 'a' ? 'b' : 'a';
      text(0, T.ambiguousMatch);
      link(1, side, row, `${side.toUpperCase()} ${row}`);
      text(2, MATCH_KEY_LABELS[e.by]);
      text(3, T.ambiguousValue(`${side.toUpperCase()} ${row}`, `${other.toUpperCase()} ${others.join(', ')}`));
      link(4, other, others[0], `${other.toUpperCase()} ${others.join(', ')}`);
      r++;
    }
  }

  // ---- only in A, only in B ----------------------------------------------------------------
  for (const side of ['a', 'b'] as const) {
    const list = side === 'a' ? result.onlyInA : result.onlyInB;
    r++;
    s.mergedLine(r++, 0, COLS - 1, side === 'a' ? T.sectionOnlyA(list.length) : T.sectionOnlyB(list.length), SECTION);
    if (!list.length) {
      s.set(r++, 0, T.none, { style: { italic: true } });
      continue;
    }
    headers(T.headersOnly);
    for (const e of list) {
      link(0, side, e.row, e.row);
      text(1, e.fullName);
      text(2, e.nationalId);
      r++;
    }
  }

  // ---- differences -------------------------------------------------------------------------
  r++;
  s.mergedLine(r++, 0, COLS - 1, T.sectionDifferent(result.different.length), SECTION);
  if (!result.different.length) s.set(r++, 0, T.none, { style: { italic: true } });
  else {
    headers(T.headersDifferent);
    for (const d of result.different) {
      link(0, 'a', d.rowA, d.rowA);
      link(1, 'b', d.rowB, d.rowB);
      text(2, d.name);
      text(3, MEMBER_FIELD_LABELS[d.field]);
      link(4, 'a', d.rowA, d.a || T.empty, d.colA, DIFF);
      link(5, 'b', d.rowB, d.b || T.empty, d.colB, DIFF);
      link(6, 'a', d.rowA, cellAddress(d.rowA, d.colA ?? rowCol(a)), d.colA);
      link(7, 'b', d.rowB, cellAddress(d.rowB, d.colB ?? rowCol(b)), d.colB);
      r++;
    }
  }

  s.widths([14, 12, 28, 26, 32, 32, 10, 10]);
  return s.spec;
}
