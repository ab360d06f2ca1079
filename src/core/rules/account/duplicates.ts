/**
 * duplicate-id among account requests: one person asked for twice (in one list or in two sheets). The system
 * gives one account per ID, so the rows are merged into one that asks for every right wanted. duplicate-person:
 * the same name and birth date under another (or no) ID, most likely one person with a mistyped ID.
 */
import type { TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import type { AccountRecord } from '../../records';
import { crossStrings, rowList } from '../../strings/cross';
import { makeFinding } from '../makeFinding';
import { formatDate } from '../../dates';
import { nameKey } from '../../text/normalize';
import { duplicateGroups } from '../cross/groupBy';

export interface AccountTableInput {
  sheet: string;
  table: TableInfo;
  records: AccountRecord[];
}

type Site = { input: AccountTableInput; record: AccountRecord };

function group(tables: readonly AccountTableInput[], key: (r: AccountRecord) => string | undefined): Site[][] {
  const sites = tables.flatMap((input) => input.records.map((record) => ({ input, record })));
  return [...duplicateGroups(sites, (s) => key(s.record)).values()];
}

const refsOf = (sites: Site[]) => sites.map((o) => ({ sheet: o.input.sheet, row: o.record.row }));
const sameSheetRows = (site: Site, others: Site[]) =>
  others.filter((o) => o.input.sheet === site.input.sheet).map((o) => o.record.row);

export function checkAccountDuplicates(tables: readonly AccountTableInput[]): Finding[] {
  return [...duplicateIds(tables), ...duplicatePersons(tables)];
}

function duplicatePersons(tables: readonly AccountTableInput[]): Finding[] {
  const out: Finding[] = [];
  const key = (r: AccountRecord) =>
    r.fullName && r.birthDate !== undefined ? `${nameKey(r.fullName)}|${r.birthDate}` : undefined;
  for (const sites of group(tables, key)) {
    for (const site of sites) {
      // The rows under another ID (or none); rows with this very ID are duplicate-id's.
      const id = site.record.nationalId;
      const others = sites.filter((o) => o !== site && (!id || o.record.nationalId !== id));
      if (!others.length) continue;
      const related = sameSheetRows(site, others);
      out.push(makeFinding({
        sheet: site.input.sheet, row: site.record.row, col: site.input.table.columns.fullName ?? 0,
        field: 'fullName', rule: 'duplicate-person',
        message: crossStrings.duplicateRequestPerson(site.record.fullName!, formatDate(site.record.birthDate!),
          rowList(refsOf(others), site.input.sheet)),
        ...(related.length ? { relatedRows: related } : {}),
      }));
    }
  }
  return out;
}

function duplicateIds(tables: readonly AccountTableInput[]): Finding[] {
  const out: Finding[] = [];
  // A malformed ID has its own finding; the same typo twice proves nothing.
  const key = (r: AccountRecord) => (r.nationalId && /^\d{12}$/.test(r.nationalId) ? r.nationalId : undefined);
  for (const sites of group(tables, key)) {
    const rights = [...new Set(sites.flatMap((g) => g.record.rights ?? []))].sort((a, b) => a - b).join(', ');
    for (const site of sites) {
      const others = sites.filter((g) => g !== site);
      const related = sameSheetRows(site, others);
      out.push(makeFinding({
        sheet: site.input.sheet, row: site.record.row,
        col: site.input.table.columns.nationalId ?? site.input.table.columns.fullName ?? 0,
        field: 'nationalId', rule: 'duplicate-id',
        message: crossStrings.duplicateRequest(site.record.nationalId!, rowList(refsOf(others), site.input.sheet), rights),
        ...(related.length ? { relatedRows: related } : {}),
      }));
    }
  }
  return out;
}
