/** Table kinds and canonical field keys (RULES.md §2). These keys appear in the JSON output. */

export type TableKind = 'members' | 'organisations' | 'accounts';

export const MEMBER_FIELDS = [
  'index', 'fullName', 'birthName', 'gender', 'birthDate', 'nationalId', 'recordNumber', 'cardNumber',
  'admissionDate', 'officialDate', 'branch', 'ethnicity', 'religion', 'hometown', 'address', 'phone', 'email',
  'position', 'workplace', 'schooling', 'profession', 'politicalTheory', 'memberType', 'reviewed', 'status',
] as const;

export const ORGANISATION_FIELDS = [
  'index', 'name', 'code', 'type', 'parent', 'status', 'foundedDate', 'formerName', 'secretary', 'memberCount',
] as const;

/** Phụ lục 01 columns, in the form's order. */
export const ACCOUNT_FIELDS = [
  'index', 'province', 'commune', 'fullName', 'birthDate', 'nationalId', 'phone', 'position', 'workplace', 'rights',
] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];
export type OrganisationField = (typeof ORGANISATION_FIELDS)[number];
export type AccountField = (typeof ACCOUNT_FIELDS)[number];
export type FieldKey = MemberField | OrganisationField | AccountField;

export const FIELDS_BY_KIND: Record<TableKind, readonly FieldKey[]> = {
  members: MEMBER_FIELDS,
  organisations: ORGANISATION_FIELDS,
  accounts: ACCOUNT_FIELDS,
};

/** Columns a table must have (RULES.md §2). officialDate is conditional and handled by the rules. */
export const REQUIRED_FIELDS: Record<TableKind, readonly FieldKey[]> = {
  members: ['fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'branch'],
  organisations: ['name', 'type', 'parent'],
  accounts: ['fullName', 'birthDate', 'nationalId', 'phone', 'rights'],
};

/** A date written over three sub-columns "Ngày" | "Tháng" | "Năm" (0-based columns). */
export interface DateParts {
  day: number;
  month: number;
  year: number;
}

/** The member dates that users write in three sub-columns. */
export const PART_DATE_FIELDS = ['birthDate', 'admissionDate', 'officialDate'] as const;
export type PartDateField = (typeof PART_DATE_FIELDS)[number];

/** A table found in a sheet. Rows are Excel's 1-based rows; columns are 0-based indices. */
export interface TableInfo {
  sheet: string;
  kind: TableKind;
  /** The (last) header row. */
  headerRow: number;
  /** 1 or 2 (a merged group row above the header row). */
  headerRows: number;
  firstRow: number;
  lastRow: number;
  /** field → 0-based column of its first occurrence. */
  columns: Partial<Record<FieldKey, number>>;
  /** Every header cell: its column, its full label (group + own label), and the field it maps to. */
  headers: { col: number; label: string; field?: FieldKey }[];
  /** Further columns that map to a field already taken (column-duplicate). */
  duplicateColumns: { field: FieldKey; col: number }[];
  /** Data rows between firstRow and lastRow (blank, title, section and total rows left out), 1-based. */
  dataRows: number[];
  /**
   * Section rows inside the table ("Chi bộ Thôn 1" on a row of its own, the members listed below it).
   * When the table has no branch column, a member's branch is the label of the nearest section above.
   */
  sections: { row: number; label: string }[];
  /**
   * "Ngày, tháng, năm sinh" split into "Nam" | "Nữ" sub-columns: the birth date is written under the member's
   * gender. `columns.birthDate` is the first of the two; the gender is implied by which one is filled.
   */
  birthDateByGender?: { male: number; female: number };
  /**
   * "Giới tính" split into "Nam" | "Nữ" marked with an x: `columns.gender` is the "Nam" column. A lone "Nữ" column
   * (marked for women, blank for men) has male = -1 and no gender column.
   */
  genderByMark?: { male: number; female: number };
  /**
   * The name split into "Họ đệm" | "Tên", or into "Họ" | "Chữ đệm" | "Tên" (`middle`, which may be empty for a
   * person without one): `columns.fullName` is the first column; the full name is the parts joined by spaces.
   */
  nameSplit?: { surname: number; given: number; middle?: number };
  /** Phụ lục 01 with one column per right marked x: each column and its right (1-5); `columns.rights` is the first. */
  rightsByMark?: { col: number; right: number }[];
  /** "Ngày, tháng, năm sinh" over "Ngày" | "Tháng" | "Năm": the birth date in three columns; `columns.birthDate` is the day. */
  birthDateParts?: DateParts;
  /**
   * Every date written over "Ngày" | "Tháng" | "Năm" sub-columns ("Ngày vào Đảng" too): `columns[field]` is the day.
   * `birthDateParts` is the same as `dateParts.birthDate`, kept for its readers.
   */
  dateParts?: Partial<Record<PartDateField, DateParts>>;
  /**
   * The member type marked x under "Đảng viên" over "Chính thức" | "Dự bị": `columns.memberType` is the "Chính thức"
   * column; the type is the marked column.
   */
  memberTypeByMark?: { official: number; probationary: number };
  /**
   * Headings "ĐẢNG VIÊN CHÍNH THỨC" / "ĐẢNG VIÊN DỰ BỊ" inside a member table with no member-type column: the type of
   * the members listed below each (1-based rows); an entry with no type (a chi bộ heading) ends the type in force.
   */
  typeSections?: { row: number; type?: 'Chính thức' | 'Dự bị' }[];
  /**
   * Set when the list shares its rows with another list beside it (two lists side by side, a blank column
   * between): the 0-based columns, inclusive, that are this list's. Its rows are read and checked within them only.
   */
  columnRange?: ColumnRange;
}

export interface ColumnRange {
  left: number;
  right: number;
}

/** A user's correction of what detection found, remembered in the workbook. */
export interface TableOverride {
  sheet: string;
  kind?: TableKind | null; // null: not a table
  /** 0-based column → field (or null to ignore the column). */
  columns?: Record<number, FieldKey | null>;
}
