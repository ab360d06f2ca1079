/**
 * The organisation table's own rules. Generic checks (required, whitespace, Unicode, dates) are the engine's;
 * here: parsing each data row into an OrganisationRecord, org-type-invalid and org-name-type.
 * Rules that compare rows or tables (duplicates, parents, sizes) are in ../cross.
 */
import type { SheetData } from '../../cells';
import type { TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import type { OrganisationRecord } from '../../records';
import { checkOrgNameType } from './orgNameType';
import { checkOrgType } from './orgTypeInvalid';
import { parseOrganisation } from './parseOrganisation';

export interface OrganisationCheckContext {
  /** As-of date (Excel serial); kept for rules that depend on time. */
  asOf: number;
}

export function checkOrganisationTable(
  sheet: SheetData,
  table: TableInfo,
  ctx: OrganisationCheckContext,
): { records: OrganisationRecord[]; findings: Finding[] } {
  void ctx;
  const records: OrganisationRecord[] = [];
  const findings: Finding[] = [];
  for (const row of table.dataRows) {
    const record = parseOrganisation(sheet, table, row);
    records.push(record);
    const typeFinding = checkOrgType(sheet, table, row);
    if (typeFinding) findings.push(typeFinding);
    const nameType = checkOrgNameType(sheet, table, record);
    if (nameType) findings.push(nameType);
  }
  return { records, findings };
}

export { parseOrganisation } from './parseOrganisation';
export { orgFullKey, orgBaseKey, nameKind } from './orgNames';
