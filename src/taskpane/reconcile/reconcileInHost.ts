import type { SheetData } from '../../core/cells';
import { checkWorkbook } from '../../core/engine';
import { reconcileMarks } from '../../core/reconcile/marks';
import { reconcileMembers } from '../../core/reconcile/reconcileMembers';
import { buildReconcileSheet } from '../../core/reconcile/reconcileSheet';
import { sheetSide, type ReconcileResult, type ReconcileSide } from '../../core/reconcile/types';
import { RECONCILE_PANE as P } from '../../core/strings/reconcile';
import type { WorkbookHost } from '../../host/WorkbookHost';
import type { SheetEntry } from '../session/CheckSession';

/** A problem the user can fix (wrong sheet chosen); its message is a Vietnamese sentence. */
export class ReconcileInputError extends Error {}

export interface HostReconcileOutcome {
  result: ReconcileResult;
  /** The sheet written ("Đối soát", or a numbered name), undefined when the host cannot write sheets. */
  sheetWritten?: string;
}

async function memberSide(host: WorkbookHost, sheet: string, asOf: number): Promise<ReconcileSide> {
  const data: SheetData = await host.readSheet(sheet);
  const side = sheetSide(data, checkWorkbook([data], { asOf, kinds: ['members'] }).members);
  if (!side) throw new ReconcileInputError(P.notMembers(sheet));
  return side;
}

/**
 * Reconcile two member sheets of the open workbook: detect and parse both, compare, write the "Đối soát" sheet
 * (where the host can) and mark the differing cells in both sheets with the check's restorable marks.
 */
export async function reconcileInHost(
  host: WorkbookHost,
  sheetA: string,
  sheetB: string,
  asOf: number,
): Promise<HostReconcileOutcome> {
  if (sheetA === sheetB) throw new ReconcileInputError(P.sameSheet);
  const a = await memberSide(host, sheetA, asOf);
  const b = await memberSide(host, sheetB, asOf);
  const result = reconcileMembers(a, b);
  let sheetWritten: string | undefined;
  if (host.writeSheet) {
    const spec = buildReconcileSheet(
      result,
      { source: P.source(sheetA), sheet: sheetA, table: a.table },
      { source: P.source(sheetB), sheet: sheetB, table: b.table },
    );
    sheetWritten = await host.writeSheet(spec);
  }
  await host.markFindings(reconcileMarks(result, a, b));
  return { result, sheetWritten };
}

/**
 * The two sheets chosen at first: member lists, then sheets with no table found (a pasted export the detector
 * missed); '' where there is no such sheet. The user can still pick any sheet.
 */
export function defaultPair(names: readonly string[], entries: readonly SheetEntry[]): [string, string] {
  const kind = new Map(entries.map((e) => [e.sheet, e.table?.kind]));
  const rank = (n: string) => (kind.get(n) === 'members' ? 0 : kind.get(n) === undefined ? 1 : 2);
  // Sheet order within a rank; an organisation list or account requests is no default (reconciling one fails).
  const offered = names.filter((n) => rank(n) === 0).concat(names.filter((n) => rank(n) === 1));
  return [offered[0] ?? '', offered[1] ?? ''];
}
