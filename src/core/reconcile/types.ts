import type { SheetData } from '../cells';
import type { MemberField, TableInfo } from '../fields';
import type { MemberRecord } from '../records';

/** One side of a reconciliation: a member table as the engine parsed it. */
export interface ReconcileSide {
  sheet: string;
  records: MemberRecord[];
  table: TableInfo;
  /**
   * The sheet itself, when available: fields the records do not carry (birthName, schooling …) are read
   * from it, and a value the parser could not read is shown as typed instead of as empty.
   */
  data?: SheetData;
}

/** The keys tried in order to pair a member of A with a member of B. */
export type MatchKey = 'nationalId' | 'cardNumber' | 'recordNumber' | 'nameBirth';

export const MATCH_KEYS: readonly MatchKey[] = ['nationalId', 'cardNumber', 'recordNumber', 'nameBirth'];

export interface MatchedPair {
  rowA: number;
  rowB: number;
  by: MatchKey;
}

/** A member found on one side only. */
export interface OnlyInEntry {
  row: number;
  /** 12-digit text, "" when the row has no valid ID. */
  nationalId: string;
  fullName: string;
}

/** One field that differs between two matched members; values shown normalised, "" when empty. */
export interface FieldDifference {
  rowA: number;
  rowB: number;
  field: MemberField;
  a: string;
  b: string;
  /** The member's name (A's, or B's where A has none), to show beside the difference. */
  name: string;
  /** 0-based column of the field on each side (undefined: the value comes from a section row). */
  colA?: number;
  colB?: number;
}

/** A row with two or more candidates on the other side: reported, never guessed. */
export type AmbiguousEntry =
  | { side: 'a'; rowA: number; rowsB: number[]; by: MatchKey }
  | { side: 'b'; rowB: number; rowsA: number[]; by: MatchKey };

/** Rows of one side that share a key (the same ID twice …), whatever the other side holds. */
export interface InternalDuplicate {
  side: 'a' | 'b';
  by: MatchKey;
  /** The shared value, normalised (ID digits, name and birth date …). */
  value: string;
  rows: number[];
}

export interface ReconcileResult {
  a: { sheet: string };
  b: { sheet: string };
  /** Fields compared: those both tables have. */
  comparedFields: MemberField[];
  matched: number;
  pairs: MatchedPair[];
  onlyInA: OnlyInEntry[];
  onlyInB: OnlyInEntry[];
  different: FieldDifference[];
  ambiguous: AmbiguousEntry[];
  duplicates: InternalDuplicate[];
}

/** True when the two lists agree: nothing only on one side, no differences, nothing ambiguous. */
export function listsAgree(r: ReconcileResult): boolean {
  return !r.onlyInA.length && !r.onlyInB.length && !r.different.length && !r.ambiguous.length;
}
