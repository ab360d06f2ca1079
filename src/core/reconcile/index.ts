/**
 * Reconciliation (đối soát) of two member lists: pairing, field-by-field comparison, the RULES.md §6 JSON,
 * the "Đối soát" sheet, the marks on both lists and the CLI's text summary.
 */
export { reconcileMembers } from './reconcileMembers';
export { listsAgree, MATCH_KEYS, sheetSide, tableAt } from './types';
export type {
  AmbiguousEntry, FieldDifference, InternalDuplicate, MatchKey, MatchedPair, OnlyInEntry, ReconcileResult, ReconcileSide,
} from './types';
export { reconcileJsonSchema, toReconcileJson, type ReconcileJson } from './schema';
export { buildReconcileSheet, cellLink, type SheetSideRef } from './reconcileSheet';
export { reconcileMarks, RECONCILE_RULES, type MarkSide } from './marks';
export { reconcileSummaryText } from './summaryText';
