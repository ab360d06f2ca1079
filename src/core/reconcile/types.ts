import type { SheetData } from '../cells';
import type { MemberField, TableInfo } from '../fields';
import type { MemberRecord } from '../records';

/** One side of a reconciliation: a member table as the engine parsed it. */
export interface ReconcileSide {
  sheet: string;
  records: MemberRecord[];
  /** The sheet's (first) member list. */
  table: TableInfo;
  /**
   * Every member list of the sheet, when it holds more than one (chính thức, then dự bị under a header of its own
   * with other columns): each row is read through the list it belongs to.
   */
  tables?: TableInfo[];
  /**
   * The sheet itself, when available: fields the records do not carry (birthName, schooling …) are read
   * from it, and a value the parser could not read is shown as typed instead of as empty.
   */
  data?: SheetData;
}

/** The member lists found in one sheet, as one side: every block's members, in row order. */
export function sheetSide(
  sheet: SheetData,
  lists: readonly { table: TableInfo; records: MemberRecord[] }[],
): ReconcileSide | undefined {
  const own = lists.filter((l) => l.table.sheet === sheet.name && l.table.kind === 'members');
  if (!own.length) return undefined;
  const base = { sheet: sheet.name, table: own[0].table, data: sheet };
  if (own.length === 1) return { ...base, records: own[0].records };
  const records = own.flatMap((l) => l.records).sort((x, y) => x.row - y.row);
  return { ...base, records, tables: own.map((l) => l.table) };
}

/** The list a row of the side belongs to. */
export function tableAt(side: ReconcileSide, row: number): TableInfo {
  if (!side.tables) return side.table;
  return side.tables.find((t) => row >= t.firstRow && row <= t.lastRow) ?? side.table;
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
