import type { Cell, SheetData } from '../../cells';
import { EMPTY_CELL, cellDisplay } from '../../cells';
import type { FieldKey, TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import type { AccountRecord } from '../../records';
import { yearOf } from '../../parse/calendar';
import { isNoMark, readRights } from '../../parse/values';
import * as S from '../../strings/rules';
import { Findings, type RuleContext } from '../context';
import { isBlankCell, placeholderAt } from '../common/blank';
import { checkAge } from '../common/age';
import { checkDateCell } from '../common/dateCell';
import { checkNationalIdCell } from '../common/nationalId';
import { NameCaseColumn, checkPersonName } from '../common/personName';
import { SplitName } from '../member/splitColumns';
import { checkPhoneCell } from '../common/phone';
import { RowScanner } from '../common/rowScanner';
import { findOldUnits, oldProvinceNamed } from '../address';
import { addressStrings } from '../../strings/address';

/**
 * Account requests (Phụ lục 01 of Kế hoạch 291-KH/BTCTW): the member table's value rules for name, birth date,
 * ID and phone, the form's required columns, and rights-invalid.
 */

export interface AccountTableResult {
  records: AccountRecord[];
  findings: Finding[];
}

const REQUIRED: readonly FieldKey[] = ['fullName', 'birthDate', 'nationalId', 'phone', 'rights'];

export function checkAccountTable(sheet: SheetData, table: TableInfo, ctx: RuleContext): AccountTableResult {
  const out = new Findings(sheet.name);
  const records = readAccounts(sheet, table, ctx, out);
  return { records, findings: out.list };
}

export function parseAccountTable(sheet: SheetData, table: TableInfo, asOf: number): AccountRecord[] {
  return readAccounts(sheet, table, { asOf }, new Findings(sheet.name));
}

function readAccounts(sheet: SheetData, table: TableInfo, ctx: RuleContext, out: Findings): AccountRecord[] {
  const c = (f: FieldKey): number => table.columns[f] ?? -1;
  const col = {
    province: c('province'), commune: c('commune'), fullName: c('fullName'), birthDate: c('birthDate'),
    nationalId: c('nationalId'), phone: c('phone'), position: c('position'), workplace: c('workplace'),
    rights: c('rights'),
  };
  const scanner = new RowScanner(sheet, table, out, ['nationalId']);
  const names = col.fullName >= 0 ? new NameCaseColumn(col.fullName, 'fullName', table.dataRows.length) : undefined;
  // A name written in parts (Họ | Chữ đệm | Tên) is joined, as in the member table.
  const splitName = table.nameSplit ? new SplitName(table.nameSplit, names, table.dataRows.length) : undefined;
  const records: AccountRecord[] = [];

  for (const row of table.dataRows) {
    const cells = scanner.scan(row);
    const text = scanner.texts;
    const cell = (k: number): Cell => (k >= 0 ? cells[k] ?? EMPTY_CELL : EMPTY_CELL);
    const rec: AccountRecord = { row };

    for (const f of REQUIRED) {
      const k = col[f as keyof typeof col];
      if (f === 'rights' && table.rightsByMark) continue; // one column per right: checked below
      if (f === 'fullName' && splitName) continue; // a name in parts: each part is required on its own (below)
      if (k >= 0 && isBlankCell(cell(k))) out.add(row, k, f, 'required', S.required(f, placeholderAt(sheet, row, k)));
    }
    if (splitName) {
      rec.fullName = splitName.read(out, row, (k) => text[k] ?? shownText(cell(k)));
    } else if (col.fullName >= 0) {
      const name = text[col.fullName] ?? shownText(cell(col.fullName));
      if (name !== undefined) {
        rec.fullName = name;
        checkPersonName(out, row, col.fullName, 'fullName', name, names, scanner.shapes[col.fullName] || undefined);
      }
    }
    if (col.birthDate >= 0) {
      const birth = checkDateCell(out, row, col.birthDate, 'birthDate', cell(col.birthDate), ctx.asOf);
      if (birth !== undefined && birth === birth) rec.birthDate = birth;
      checkAge(out, row, col.birthDate, 'birthDate', rec.birthDate, ctx.asOf);
    }
    if (col.nationalId >= 0) {
      const birthYear = rec.birthDate !== undefined ? yearOf(rec.birthDate) : undefined;
      rec.nationalId = checkNationalIdCell(out, row, col.nationalId, 'nationalId', cell(col.nationalId), birthYear, undefined);
    }
    if (col.phone >= 0) rec.phone = checkPhoneCell(out, row, col.phone, 'phone', cell(col.phone));
    if (table.rightsByMark) {
      // One column per right: the marked ones (any mark but a written no: 0, "không").
      const marked = table.rightsByMark.filter((m) => !isBlankCell(cell(m.col)) && !isNoMark(cell(m.col))).map((m) => m.right);
      if (marked.length) rec.rights = [...new Set(marked)].sort((a, b) => a - b);
      else out.add(row, col.rights, 'rights', 'required', S.required('rights'));
    } else if (col.rights >= 0) {
      const r = readRights(cell(col.rights));
      if (r?.rights) rec.rights = r.rights;
      else if (r) {
        const shown = cellDisplay(cell(col.rights)).trim();
        const message = r.dashRange && r.likely
          ? S.rightsDashRange(shown, r.dashRange, r.likely)
          : r.likely ? S.rightsLikely(shown, r.likely) : S.rightsInvalid(shown);
        out.add(row, col.rights, 'rights', 'rights-invalid', message, { suggestion: r.likely });
      }
    }
    if (col.province >= 0) rec.province = text[col.province] ?? shownText(cell(col.province));
    if (col.commune >= 0) rec.commune = text[col.commune] ?? shownText(cell(col.commune));
    checkUnits(out, row, col.province, rec.province, col.commune, rec.commune);
    if (col.position >= 0) rec.position = text[col.position] ?? shownText(cell(col.position));
    if (col.workplace >= 0) rec.workplace = text[col.workplace] ?? shownText(cell(col.workplace));
    records.push(rec);
  }
  names?.report(out);
  splitName?.report(out);
  return records;
}

/** The form asks for today's units: a province merged away, or a district where the commune goes. */
function checkUnits(out: Findings, row: number, provinceCol: number, province: string | undefined,
  communeCol: number, commune: string | undefined): void {
  const old = province !== undefined ? oldProvinceNamed(province) : undefined;
  if (old) {
    out.add(row, provinceCol, 'province', 'address-old-province',
      addressStrings.accountOldProvince(old.written, old.former, old.current, old.suggestion), { suggestion: old.suggestion });
  }
  const units = commune !== undefined ? findOldUnits(commune) : [];
  if (units.length) out.add(row, communeCol, 'commune', 'address-old-unit', addressStrings.accountOldUnit(commune!, units));
}

function shownText(cell: Cell): string | undefined {
  if (cell.type === 'empty' || cell.type === 'error') return undefined;
  const s = cellDisplay(cell).trim();
  return s || undefined;
}
