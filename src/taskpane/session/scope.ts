import type { TableInfo } from '../../core/fields';
import type { Finding } from '../../core/findings';

/** Which tables a check lists and marks. The engine always sees the whole workbook: member checks need the
 *  organisation table (member → branch), organisation checks need the members (sizes, empty organisations). */
export type CheckScope = 'organisations' | 'members' | 'all';

export function scopeFindings(result: { findings: Finding[]; tables: TableInfo[] }, scope: CheckScope): Finding[] {
  if (scope === 'all') return result.findings;
  const sheets = new Set(result.tables.filter((t) => t.kind === scope).map((t) => t.sheet));
  return result.findings.filter((f) => sheets.has(f.sheet));
}
