import { cellAt, cellDisplay, isBlank } from '../cells';
import type { MemberField } from '../fields';
import type { MemberRecord } from '../records';
import { ETHNIC_GROUPS, POLITICAL_THEORY, RELIGIONS, type CodeList } from '../data/lists';
import {
  branchCompareKey, cardKey, listCompareKey, dateText, digitText, displayText, emailText, nameCompareKey, phoneText, recordNumberText,
  textCompareKey, unicodeText,
} from './normalizeValue';
import { tableAt, type ReconcileSide } from './types';

/** How a field's values are normalised for comparison. */
type FieldKind =
  | 'name' | 'date' | 'digits' | 'card' | 'phone' | 'record' | 'canonical' | 'branch' | 'email' | 'text'
  | 'ethnicity' | 'religion' | 'politicalTheory';

/** Code lists whose accepted spellings and usual variants are one value ("Khmer" = "Khơ Me", "TC" = "Trung cấp"). */
const LISTS: Partial<Record<FieldKind, CodeList>> = {
  ethnicity: ETHNIC_GROUPS,
  religion: RELIGIONS,
  politicalTheory: POLITICAL_THEORY,
};

/** Fields carried by MemberRecord, parsed by the engine. */
const RECORD_FIELDS: Partial<Record<MemberField, FieldKind>> = {
  fullName: 'name',
  gender: 'canonical',
  birthDate: 'date',
  nationalId: 'digits',
  recordNumber: 'record',
  cardNumber: 'card',
  admissionDate: 'date',
  officialDate: 'date',
  branch: 'branch',
  ethnicity: 'ethnicity',
  religion: 'religion',
  hometown: 'text',
  address: 'text',
  phone: 'phone',
  email: 'email',
  position: 'text',
  workplace: 'text',
  memberType: 'canonical',
};

/** Fields the records do not carry: read from the sheet when it is at hand. */
const SHEET_FIELDS: Partial<Record<MemberField, FieldKind>> = {
  birthName: 'name',
  schooling: 'text',
  profession: 'text',
  politicalTheory: 'politicalTheory',
};

// Not compared: `index` (STT is a position in the list) and `reviewed` (a working mark of one list, not member data).

/** A field's value on one row: `key` compares, `shown` is displayed; both "" when empty. */
export interface FieldValue {
  key: string;
  shown: string;
}

const EMPTY: FieldValue = { key: '', shown: '' };

function sideHasField(side: ReconcileSide, field: MemberField): boolean {
  return (side.tables ?? [side.table]).some((table) => {
    if (RECORD_FIELDS[field]) {
      if (table.columns[field] !== undefined) return true;
      return field === 'branch' && (table.sections?.length ?? 0) > 0;
    }
    return !!SHEET_FIELDS[field] && !!side.data && table.columns[field] !== undefined;
  });
}

/** The field's column on a row (0-based), undefined where the row's list has none. */
export function fieldColumn(side: ReconcileSide, row: number, field: MemberField): number | undefined {
  return tableAt(side, row).columns[field];
}

/** The fields both sides have, in the order of RULES.md §2. */
export function comparableFields(a: ReconcileSide, b: ReconcileSide, order: readonly MemberField[]): MemberField[] {
  return order.filter((f) => sideHasField(a, f) && sideHasField(b, f));
}

/** Kinds of free text that may have been typed in a legacy font. */
const TEXT_KINDS = new Set<FieldKind>(['name', 'branch', 'text', 'ethnicity', 'religion', 'politicalTheory']);

function fromText(kind: FieldKind, text: string, font?: string): FieldValue {
  const shown = displayText(TEXT_KINDS.has(kind) ? unicodeText(text, font) : text);
  if (!shown) return EMPTY;
  switch (kind) {
    case 'name':
      return { key: nameCompareKey(shown), shown };
    case 'branch':
      return { key: branchCompareKey(shown), shown };
    case 'digits': {
      const d = digitText(shown);
      return { key: d, shown: d };
    }
    case 'card': {
      const d = digitText(shown);
      return { key: cardKey(d), shown: d };
    }
    case 'phone': {
      const p = phoneText(shown);
      return { key: p, shown: p };
    }
    case 'record': {
      const r = recordNumberText(shown);
      return { key: r, shown: r };
    }
    case 'email': {
      const e = emailText(shown);
      return { key: e, shown: e };
    }
    default: {
      const list = LISTS[kind];
      return { key: list ? listCompareKey(list, shown) : textCompareKey(shown), shown };
    }
  }
}

/** What the cell holds as typed, for a value the parser could not read (never shown as empty). */
function rawCellValue(side: ReconcileSide, row: number, col: number | undefined): FieldValue {
  if (!side.data || col === undefined) return EMPTY;
  const cell = cellAt(side.data, row - 1, col);
  if (isBlank(cell)) return EMPTY;
  const shown = displayText(cell.type === 'text' ? unicodeText(cellDisplay(cell), cell.font) : cellDisplay(cell));
  return shown ? { key: 'raw:' + textCompareKey(shown), shown } : EMPTY;
}

/**
 * The value as stored, before any normalisation: the record's value, or the cell's for fields the records do
 * not carry. Two equal raw values are equal however they normalise, which spares most of the work.
 */
export function rawFieldValue(side: ReconcileSide, rec: MemberRecord, field: MemberField): unknown {
  const value = (rec as unknown as Record<string, unknown>)[field];
  if (value !== undefined && value !== null && value !== '') return value;
  const col = fieldColumn(side, rec.row, field);
  if (!side.data || col === undefined) return undefined;
  const cell = cellAt(side.data, rec.row - 1, col);
  return cell.type === 'empty' ? undefined : cell.value;
}

/** The normalised value of a field on a row. */
export function memberFieldValue(side: ReconcileSide, rec: MemberRecord, field: MemberField): FieldValue {
  const col = fieldColumn(side, rec.row, field);
  const recordKind = RECORD_FIELDS[field];
  if (!recordKind) {
    const sheetKind = SHEET_FIELDS[field];
    const raw = rawCellValue(side, rec.row, col);
    return sheetKind && raw.shown ? fromText(sheetKind, raw.shown) : EMPTY;
  }
  const value = (rec as unknown as Record<string, unknown>)[field];
  if (value === undefined || value === null || value === '') return rawValue(side, rec.row, field, col);
  if (recordKind === 'date') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return rawValue(side, rec.row, field, col);
    const d = dateText(value);
    return { key: d, shown: d };
  }
  if (recordKind === 'canonical') {
    const s = displayText(String(value));
    return { key: s.toLowerCase(), shown: s };
  }
  return fromText(recordKind, String(value), cellFont(side, rec.row, col));
}

/** rawCellValue, or for a date written over Ngày | Tháng | Năm its three parts as typed ("31/2/2005"). */
function rawValue(side: ReconcileSide, row: number, field: MemberField, col: number | undefined): FieldValue {
  const dateParts = tableAt(side, row).dateParts;
  const parts = dateParts?.[field as keyof NonNullable<typeof dateParts>];
  if (!parts) return rawCellValue(side, row, col);
  const shown = [parts.day, parts.month, parts.year].map((k) => rawCellValue(side, row, k).shown);
  if (shown.every((p) => !p)) return EMPTY;
  const joined = shown.join('/');
  return { key: 'raw:' + textCompareKey(joined), shown: joined };
}

function cellFont(side: ReconcileSide, row: number, col: number | undefined): string | undefined {
  return side.data && col !== undefined ? cellAt(side.data, row - 1, col).font : undefined;
}
