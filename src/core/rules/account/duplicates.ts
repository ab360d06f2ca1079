/**
 * duplicate-id among account requests: one person asked for twice (in one list or in two sheets). The system
 * gives one account per ID, so the rows are merged into one that asks for every right wanted.
 */
import type { TableInfo } from '../../fields';
import type { Finding } from '../../findings';
import type { AccountRecord } from '../../records';
import { crossStrings, rowList } from '../../strings/cross';
import { makeFinding } from '../makeFinding';

export interface AccountTableInput {
  sheet: string;
  table: TableInfo;
  records: AccountRecord[];
}

export function checkAccountDuplicates(tables: readonly AccountTableInput[]): Finding[] {
  const byId = new Map<string, { input: AccountTableInput; record: AccountRecord }[]>();
  for (const input of tables) {
    for (const record of input.records) {
      const id = record.nationalId;
      if (!id || !/^\d{12}$/.test(id)) continue; // a malformed ID has its own finding; equal typos prove nothing
      const list = byId.get(id);
      if (list) list.push({ input, record });
      else byId.set(id, [{ input, record }]);
    }
  }
  const out: Finding[] = [];
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const rights = [...new Set(group.flatMap((g) => g.record.rights ?? []))].sort((a, b) => a - b).join(', ');
    for (const site of group) {
      const others = group.filter((g) => g !== site);
      const related = others.filter((o) => o.input.sheet === site.input.sheet).map((o) => o.record.row);
      out.push(makeFinding({
        sheet: site.input.sheet, row: site.record.row,
        col: site.input.table.columns.nationalId ?? site.input.table.columns.fullName ?? 0,
        field: 'nationalId', rule: 'duplicate-id',
        message: crossStrings.duplicateRequest(id,
          rowList(others.map((o) => ({ sheet: o.input.sheet, row: o.record.row })), site.input.sheet), rights),
        ...(related.length ? { relatedRows: related } : {}),
      }));
    }
  }
  return out;
}
