import type { CheckResult } from '../../core/engine';
import { currentMembers } from '../../core/records';
import { foldDiacritics } from '../../core/text/normalize';
import type { ChosenMember } from './generateInHost';

/**
 * Finding members for Phụ lục 01 by name or ID. Only members the lists hold today are offered (not those who died,
 * moved out or were struck off), each once even when a repeated list holds them again.
 */

export interface SearchableMember {
  sheet: string;
  member: ChosenMember['member'];
  /** Name without diacritics, then the ID: what a query is looked for in. */
  key: string;
}

/** Folded once per check result: typing then scans plain strings (200,000 members stay responsive). */
export function memberSearchIndex(result: CheckResult | undefined): SearchableMember[] {
  return (result?.members ?? []).flatMap((t) =>
    currentMembers(t).map((m) => ({ sheet: t.table.sheet, member: m, key: `${foldDiacritics(m.fullName ?? '')} ${m.nationalId ?? ''}` })),
  );
}

/** Up to `limit` members matching the query (2 letters at least), leaving out those already chosen. */
export function findMembers(index: readonly SearchableMember[], query: string, chosen: readonly ChosenMember[], limit: number): ChosenMember[] {
  const q = foldDiacritics(query.trim());
  if (q.length < 2) return [];
  const out: ChosenMember[] = [];
  for (const s of index) {
    if (out.length >= limit) break;
    if (!s.key.includes(q)) continue;
    if (chosen.some((c) => c.sheet === s.sheet && c.member.row === s.member.row)) continue;
    out.push({ sheet: s.sheet, member: s.member, rights: [2] });
  }
  return out;
}
