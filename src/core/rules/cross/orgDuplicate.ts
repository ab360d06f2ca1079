/** org-duplicate: the same organisation name twice under the same parent ("Chi bộ Thôn 1" = "Thôn 1"). */
import type { Finding } from '../../findings';
import { crossStrings, rowList } from '../../strings/cross';
import { makeFinding } from '../makeFinding';
import { orgBaseKey } from '../organisation/orgNames';
import { duplicateGroups, MAX_RELATED } from './groupBy';
import type { OrgIndex } from './orgIndex';
import { NO_PARENT, type OrgTree } from './orgTree';

export function checkOrgDuplicates(index: OrgIndex, tree: OrgTree): Finding[] {
  const groups = duplicateGroups(index.entries, (e) => {
    const p = tree.parent[e.index];
    // Same parent: the same organisation found in the table, or the same text when it is outside the table.
    const parentKey = p !== NO_PARENT ? `#${p}` : `?${orgBaseKey(e.record.parent ?? '')}`;
    // A dissolved organisation and a new one of the same name are not a duplicate listing.
    return `${e.baseKey}|${parentKey}|${e.record.active ? 'active' : 'inactive'}`;
  });
  const out: Finding[] = [];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    for (const e of group) {
      const others = group.filter((o) => o !== e);
      const refs = others.map((o) => ({ sheet: o.sheet.name, row: o.record.row }));
      const related = others.filter((o) => o.sheet === e.sheet).slice(0, MAX_RELATED).map((o) => o.record.row);
      out.push(makeFinding({
        sheet: e.sheet.name, row: e.record.row, col: e.table.columns.name ?? 0, field: 'name', rule: 'org-duplicate',
        message: crossStrings.orgDuplicate(e.name, e.record.parent ?? '', rowList(refs, e.sheet.name)),
        ...(related.length ? { relatedRows: related } : {}),
      }));
    }
  }
  return out;
}
