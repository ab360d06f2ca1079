import type { Cell, SheetData } from '../../cells';
import type { FieldKey, PartDateField, TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import type { MemberRecord, MemberType } from '../../records';
import { yearOf } from '../../parse/calendar';
import { readGender, readMemberLeft, readMemberType, readReviewed } from '../../parse/values';
import { checkCurrentAddress, type AddressIssue } from '../address';
import { addressStrings } from '../../strings/address';
import { foldDiacritics } from '../../text/normalize';
import * as S from '../../strings/rules';
import { Findings, textFix, type RuleContext } from '../context';
import { bareYear, checkDateCell } from '../common/dateCell';
import { checkEmail, isEmail } from '../common/email';
import { checkNationalIdCell } from '../common/nationalId';
import { NameCaseColumn, checkPersonName } from '../common/personName';
import { checkPhoneCell } from '../common/phone';
import { RowScanner } from '../common/rowScanner';
import { notYetOfficial, placeholderAt, saysNone } from '../common/blank';
import { newMemberKeys, setMemberKeys, type MemberKeys } from '../cross/memberKeys';
import { checkListCell } from './listValues';
import { checkCardCell, checkRecordCell } from './partyNumbers';
import { checkMemberRow, isOfficialMember, type MemberColumns } from './rowRules';
import { readSplitBirthDate } from './splitBirthDate';
import { checkSwappedDates } from './swappedDates';
import { datePartsBlank, readDateParts } from './dateParts';
import { cellOf, isBlankAt } from './rowCells';
import { readGenderMarks, readTypeMarks, SplitName } from './splitColumns';

/**
 * The member table: every data row read once into a MemberRecord, with the cell rules of each field and the
 * row rules that compare fields. Cross-row rules (duplicates, members against organisations) are in ../cross.
 */

export interface MemberTableResult {
  records: MemberRecord[];
  findings: Finding[];
  /** The records' keys for the duplicate checks, filled as each row was read. */
  keys: MemberKeys;
}

/** Fields whose empty cell is a `required` finding (officialDate is conditional, see rowRules). */
const REQUIRED: readonly FieldKey[] = ['fullName', 'gender', 'birthDate', 'nationalId', 'admissionDate', 'branch'];

export function checkMemberTable(sheet: SheetData, table: TableInfo, ctx: RuleContext): MemberTableResult {
  const out = new Findings(sheet.name);
  const keys = newMemberKeys(table.dataRows.length);
  const records = readMembers(sheet, table, ctx, out, keys);
  return { records, findings: out.list, keys };
}

/** The records alone (reports, reconciliation): the same reading, findings discarded. */
export function parseMemberTable(sheet: SheetData, table: TableInfo, asOf: number): MemberRecord[] {
  return readMembers(sheet, table, { asOf }, new Findings(sheet.name));
}

function readMembers(sheet: SheetData, table: TableInfo, ctx: RuleContext, out: Findings, keys?: MemberKeys): MemberRecord[] {
  const c = (f: FieldKey): number => table.columns[f] ?? -1;
  const col = {
    fullName: c('fullName'), birthName: c('birthName'), gender: c('gender'), birthDate: c('birthDate'),
    nationalId: c('nationalId'), recordNumber: c('recordNumber'), cardNumber: c('cardNumber'),
    admissionDate: c('admissionDate'), officialDate: c('officialDate'), branch: c('branch'),
    ethnicity: c('ethnicity'), religion: c('religion'), hometown: c('hometown'), address: c('address'),
    phone: c('phone'), email: c('email'), position: c('position'), workplace: c('workplace'),
    schooling: c('schooling'), politicalTheory: c('politicalTheory'), memberType: c('memberType'),
    reviewed: c('reviewed'), status: c('status'),
  };
  const rowCols: MemberColumns = {
    birthDate: col.birthDate, admissionDate: col.admissionDate, officialDate: col.officialDate,
    memberType: col.memberType, cardNumber: col.cardNumber,
  };
  const scanner = new RowScanner(sheet, table, out, ['nationalId', 'cardNumber']);
  const fullNames = col.fullName >= 0 ? new NameCaseColumn(col.fullName, 'fullName', table.dataRows.length) : undefined;
  const birthNames = col.birthName >= 0 ? new NameCaseColumn(col.birthName, 'birthName', table.dataRows.length) : undefined;
  const sections = col.branch < 0 ? table.sections : [];
  let section = -1;
  // The member type marked under "Chính thức" | "Dự bị", or given by the heading above ("ĐẢNG VIÊN DỰ BỊ").
  const typeMarks = table.memberTypeByMark;
  const types = col.memberType < 0 ? table.typeSections ?? [] : [];
  let typeSection = -1;
  // One record per data row, in an array of that size from the start (a growing array copies itself).
  const records = new Array<MemberRecord>(table.dataRows.length);
  let count = 0;
  const asOf = ctx.asOf;
  const split = table.birthDateByGender;
  // Dates over "Ngày" | "Tháng" | "Năm" sub-columns (dateParts.ts); a table that only knows birthDateParts is the same.
  const dateParts = table.dateParts ?? (table.birthDateParts ? { birthDate: table.birthDateParts } : undefined);
  const birthParts = dateParts?.birthDate;
  const admissionParts = dateParts?.admissionDate;
  const officialParts = dateParts?.officialDate;
  const marks = table.genderByMark;
  const nameSplit = table.nameSplit;
  const splitName = nameSplit ? new SplitName(nameSplit, fullNames, table.dataRows.length) : undefined;
  // Fields spread over sub-columns are required in their own way (splitBirthDate.ts, dateParts.ts, splitColumns.ts).
  const required = REQUIRED.map((field) => ({ field, col: c(field) })).filter(
    (r) =>
      r.col >= 0 &&
      !(split && r.field === 'birthDate') &&
      !dateParts?.[r.field as PartDateField] &&
      !(marks && r.field === 'gender') &&
      !(nameSplit && r.field === 'fullName'),
  );
  const addressMemo = new Map<string, AddressIssue[]>();
  // "Nơi ở hiện nay" over "Thôn, xóm" | "Xã/Phường" | "Huyện/Quận" | "Tỉnh/TP": the parts after the first one.
  const addressParts = addressPartColumns(table, col.address);

  // The row being read, for the helpers that take a column: made once per table. A closure made inside readRow
  // would move its cells and texts into a context object allocated on every row.
  const current: { cells: readonly (Cell | undefined)[]; text: readonly (string | undefined)[] } = { cells: [], text: scanner.texts };
  const textAt = (k: number): string | undefined => current.text[k] ?? displayText(cellOf(current.cells, k));
  const blankAt = (k: number): boolean => isBlankAt(current.cells, current.text, k);
  const cellAtCol = (k: number): Cell => cellOf(current.cells, k);

  // A function called once per row rather than one long loop: V8 re-optimises a function that a rare branch
  // deoptimised, while a loop that deoptimises mid-table may run the rest of 200,000 rows unoptimised.
  const readRow = (row: number): void => {
    const cells = scanner.scan(row);
    const text = scanner.texts;
    current.cells = cells;
    const rec = newMemberRecord(row);

    for (let i = 0; i < required.length; i++) {
      const k = required[i].col;
      if (isBlankAt(cells, text, k)) {
        out.add(row, k, required[i].field, 'required', S.required(required[i].field, placeholderAt(sheet, row, k)));
      }
    }

    if (splitName) {
      rec.fullName = splitName.read(out, row, textAt);
    } else if (col.fullName >= 0) {
      rec.fullName = personName(out, row, col.fullName, 'fullName', cellOf(cells, col.fullName), text[col.fullName], fullNames, scanner.shapes[col.fullName]);
    }
    if (col.birthName >= 0) personName(out, row, col.birthName, 'birthName', cellOf(cells, col.birthName), text[col.birthName], birthNames, scanner.shapes[col.birthName]);
    if (marks) rec.gender = readGenderMarks(out, row, marks, blankAt);
    else if (col.gender >= 0) rec.gender = gender(out, row, col.gender, cellOf(cells, col.gender), text[col.gender]);

    let birth: number | undefined;
    if (birthParts) {
      birth = readDateParts(out, row, 'birthDate', birthParts, cells, asOf, true);
    } else if (split) {
      const read = readSplitBirthDate(out, row, split, cellAtCol, blankAt, asOf, rec.gender);
      birth = read.birth;
      rec.gender ??= read.gender;
    } else if (col.birthDate >= 0) {
      birth = checkDateCell(out, row, col.birthDate, 'birthDate', cellOf(cells, col.birthDate), asOf);
    }
    if (birth !== undefined && birth === birth) rec.birthDate = birth;
    const admission = admissionParts
      ? readDateParts(out, row, 'admissionDate', admissionParts, cells, asOf, true)
      : col.admissionDate >= 0
        ? checkDateCell(out, row, col.admissionDate, 'admissionDate', cellOf(cells, col.admissionDate), asOf)
        : undefined;
    if (admission !== undefined && admission === admission) rec.admissionDate = admission;
    // The official date is conditional: its absence is judged by the row rules. "Dự bị" or "Chưa" written in its
    // place says there is none yet (and, with no type column, that the member is probationary).
    const notYet = !officialParts && col.officialDate >= 0 ? notYetOfficial(cellOf(cells, col.officialDate)) : undefined;
    const official = officialParts
      ? readDateParts(out, row, 'officialDate', officialParts, cells, asOf, false)
      : col.officialDate >= 0 && !notYet
        ? checkDateCell(out, row, col.officialDate, 'officialDate', cellOf(cells, col.officialDate), asOf)
        : undefined;
    if (official !== undefined && official === official) rec.officialDate = official;

    if (col.nationalId >= 0) {
      // A birth "date" that is only a year (a "Năm sinh" column) still says which year the ID must carry.
      const birthYear =
        rec.birthDate !== undefined ? yearOf(rec.birthDate) : birth !== birth && !split && !birthParts && col.birthDate >= 0 ? bareYear(cellOf(cells, col.birthDate)) : undefined;
      rec.nationalId = checkNationalIdCell(out, row, col.nationalId, 'nationalId', cellOf(cells, col.nationalId), birthYear, rec.gender);
    }
    if (typeMarks) {
      rec.memberType = readTypeMarks(out, row, typeMarks, blankAt);
    } else if (col.memberType >= 0) {
      rec.memberType = checkListCell(out, row, col.memberType, 'memberType', cellOf(cells, col.memberType), text[col.memberType]) as
        | MemberType
        | undefined;
    } else if (types.length) {
      while (typeSection + 1 < types.length && types[typeSection + 1].row < row) typeSection++;
      if (typeSection >= 0) rec.memberType = types[typeSection].type;
    }
    if (notYet === 'probationary') rec.memberType ??= 'Dự bị';
    for (let i = 0; i < OTHER_LISTS.length; i++) {
      const f = OTHER_LISTS[i];
      const k = col[f];
      if (k >= 0 && !isBlankAt(cells, text, k)) {
        const v = checkListCell(out, row, k, f, cellOf(cells, k), text[k]);
        if (f === 'ethnicity') rec.ethnicity = v ?? text[k];
        else if (f === 'religion') rec.religion = v ?? text[k];
      }
    }

    if (col.branch >= 0) rec.branch = text[col.branch] ?? displayText(cellOf(cells, col.branch));
    else if (sections.length) {
      while (section + 1 < sections.length && sections[section + 1].row < row) section++;
      if (section >= 0) rec.branch = sections[section].label;
    }

    // An optional phone written "Không có" is no number (in Phụ lục 01 the phone is required: not there).
    if (col.phone >= 0 && !saysNone(cellOf(cells, col.phone))) rec.phone = checkPhoneCell(out, row, col.phone, 'phone', cellOf(cells, col.phone));
    if (col.email >= 0) {
      const e = text[col.email] ?? displayText(cellOf(cells, col.email));
      if (e && isEmail(e)) rec.email = e;
      else if (e && !saysNone(cellOf(cells, col.email))) {
        // "Không có", "Không có email": no address, not a malformed one.
        checkEmail(out, row, col.email, 'email', e);
        rec.email = e;
      }
    }
    if (col.cardNumber >= 0) rec.cardNumber = checkCardCell(out, row, col.cardNumber, cellOf(cells, col.cardNumber));
    if (col.recordNumber >= 0) {
      if (isBlankAt(cells, text, col.recordNumber) || saysNone(cellOf(cells, col.recordNumber))) out.add(row, col.recordNumber, 'recordNumber', 'record-missing', S.recordMissing());
      else rec.recordNumber = checkRecordCell(out, row, col.recordNumber, cellOf(cells, col.recordNumber), text[col.recordNumber]);
    }
    if (addressParts.length) {
      rec.address = readAddressParts(out, row, col.address, addressParts, textAt, addressMemo);
    } else if (col.address >= 0) {
      const a = text[col.address];
      if (a) {
        rec.address = a;
        const issues = addressIssues(a, addressMemo);
        for (let i = 0; i < issues.length; i++) {
          out.add(row, col.address, 'address', issues[i].rule, issues[i].message, { suggestion: issues[i].suggestion });
        }
      }
    }
    if (col.hometown >= 0) rec.hometown = text[col.hometown] ?? displayText(cellOf(cells, col.hometown));
    if (col.position >= 0) rec.position = text[col.position] ?? displayText(cellOf(cells, col.position));
    if (col.workplace >= 0) rec.workplace = text[col.workplace] ?? displayText(cellOf(cells, col.workplace));
    if (col.reviewed >= 0) rec.reviewed = readReviewed(cellOf(cells, col.reviewed));
    if (col.status >= 0) {
      const st = text[col.status] ?? displayText(cellOf(cells, col.status));
      if (st) {
        rec.left = readMemberLeft(st);
        // Some lists keep "Chính thức" / "Dự bị" under "Trạng thái": the member type, when no column says it.
        if (rec.memberType === undefined && !rec.left) rec.memberType = readMemberType(st).memberType;
      }
    }

    const officialBlank = officialParts ? datePartsBlank(cells, officialParts) : col.officialDate >= 0 && (notYet !== undefined || isBlankAt(cells, text, col.officialDate));
    checkMemberRow(out, rec, rowCols, asOf, officialBlank);
    const noCard = col.cardNumber >= 0 && rec.cardNumber === undefined && (isBlankAt(cells, text, col.cardNumber) || saysNone(cellOf(cells, col.cardNumber)));
    if (noCard && !rec.left && isOfficialMember(rec, asOf)) {
      out.add(row, col.cardNumber, 'cardNumber', 'card-missing', S.cardMissing());
    }
    if (keys) setMemberKeys(keys, count, rec);
    records[count++] = rec;
  };
  const rows = table.dataRows;
  for (let i = 0; i < rows.length; i++) readRow(rows[i]);
  checkSwappedDates(out, sheet, rows, [
    { field: 'birthDate', col: birthParts || split ? -1 : col.birthDate },
    { field: 'admissionDate', col: admissionParts ? -1 : col.admissionDate },
    { field: 'officialDate', col: officialParts ? -1 : col.officialDate },
  ]);
  fullNames?.report(out);
  splitName?.report(out);
  birthNames?.report(out);
  return records;
}

const OTHER_LISTS = ['ethnicity', 'religion', 'politicalTheory', 'schooling'] as const;

/** Every record with the same fields in the same order: one hidden class, fast to build and to read. */
function newMemberRecord(row: number): MemberRecord {
  return {
    row, fullName: undefined, gender: undefined, birthDate: undefined, nationalId: undefined, cardNumber: undefined,
    recordNumber: undefined, admissionDate: undefined, officialDate: undefined, branch: undefined, memberType: undefined,
    phone: undefined, email: undefined, ethnicity: undefined, religion: undefined, address: undefined,
    hometown: undefined, position: undefined, workplace: undefined, reviewed: false, left: undefined,
  };
}

interface AddressPart {
  col: number;
  /** Under "Huyện/Quận", "Quận/Huyện", "Thị xã": a district-level unit, whatever the value says. */
  district: boolean;
}

/** The address's sub-columns after its first (a merged "Nơi ở hiện nay" over its parts), in column order. */
function addressPartColumns(table: TableInfo, first: number): AddressPart[] {
  if (first < 0) return [];
  const dup = new Set(table.duplicateColumns.map((d) => d.col));
  return table.headers
    .filter((h) => h.field === 'address' && h.col !== first && !dup.has(h.col))
    .map((h) => ({ col: h.col, district: DISTRICT_PART.test(foldDiacritics(h.label)) }));
}

const DISTRICT_PART = /(^|[^a-z])(huyen|quan|thi xa)([^a-z]|$)/;

/**
 * An address written over parts: read as one text ("Thôn 1, Gia Viễn, Hà Nam") for the address rules, and a value
 * under a "Huyện/Quận" part is a district-level unit even without the word "huyện".
 */
function readAddressParts(
  out: Findings, row: number, first: number, parts: AddressPart[], textAt: (col: number) => string | undefined,
  memo: Map<string, AddressIssue[]>,
): string | undefined {
  const values: string[] = [];
  const head = textAt(first);
  if (head) values.push(head);
  let districtReported = false;
  for (const p of parts) {
    const v = textAt(p.col);
    if (!v) continue;
    values.push(v);
    if (p.district) {
      districtReported = true;
      out.add(row, p.col, 'address', 'address-old-unit', addressStrings.oldUnit([v]));
    }
  }
  if (!values.length) return undefined;
  const address = values.join(', ');
  for (const issue of addressIssues(address, memo)) {
    if (districtReported && issue.rule === 'address-old-unit') continue;
    out.add(row, first, 'address', issue.rule, issue.message, { suggestion: issue.suggestion });
  }
  return address;
}

/** Addresses repeat (a village's members share one): each distinct text is analysed once per table. */
function addressIssues(text: string, memo: Map<string, AddressIssue[]>): AddressIssue[] {
  let issues = memo.get(text);
  if (issues === undefined) {
    issues = checkCurrentAddress(text);
    if (memo.size < 100000) memo.set(text, issues);
  }
  return issues;
}

/** A non-text value of a text column as the user sees it; undefined when empty. */
function displayText(cell: Cell): string | undefined {
  if (cell.type === 'empty' || cell.type === 'error') return undefined;
  const s = cell.type === 'text' ? (cell.value as string).trim() : String(cell.text ?? cell.value);
  return s || undefined;
}

function personName(
  out: Findings,
  row: number,
  col: number,
  field: FieldKey,
  cell: Cell,
  text: string | undefined,
  caseColumn: NameCaseColumn | undefined,
  shape: number | undefined,
): string | undefined {
  const value = text ?? displayText(cell);
  if (value === undefined) return undefined;
  // The scan decided the shape of the text it handed over (0 when it left that to the name rules).
  checkPersonName(out, row, col, field, value, caseColumn, shape || undefined);
  return value;
}

function gender(out: Findings, row: number, col: number, cell: Cell, text: string | undefined) {
  const value = text ?? displayText(cell);
  if (value === undefined) return undefined;
  const g = readGender(value);
  if (g.exact) return g.gender;
  if (g.gender) {
    out.add(row, col, 'gender', 'gender-invalid', S.genderFixable(value, g.gender), { suggestion: g.gender, fix: textFix(g.gender) });
    return g.gender;
  }
  out.add(row, col, 'gender', 'gender-invalid', S.genderInvalid(value));
  return undefined;
}
