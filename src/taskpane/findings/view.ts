import { cellAddress } from '../../core/cells';
import type { CheckResult } from '../../core/engine';
import { GROUPS, type Finding, type RuleGroup, type Severity } from '../../core/findings';
import { RULES_BY_ID } from '../../core/rules/catalog';
import { UI } from '../../core/strings/ui';
import { foldDiacritics } from '../../core/text/normalize';

/** Pure helpers behind the findings list: organisation of a finding, filters, grouping, totals. */

export interface FindingFilters {
  severity?: Severity;
  group?: RuleGroup;
  rule?: string;
  organisation?: string;
  search: string;
}

export type GroupBy = 'rule' | 'organisation';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const key = (sheet: string, row: number) => `${sheet}\u0000${row}`;

/** The organisation a finding belongs to: a member row's branch, or an organisation row's own name. */
export function organisationLookup(result?: Pick<CheckResult, 'members' | 'organisations'>): (f: Finding) => string {
  const map = new Map<string, string>();
  for (const t of result?.members ?? []) for (const r of t.records) if (r.branch) map.set(key(t.table.sheet, r.row), r.branch);
  for (const t of result?.organisations ?? []) for (const r of t.records) if (r.name) map.set(key(t.table.sheet, r.row), r.name);
  return (f) => map.get(key(f.sheet, f.row)) ?? UI.noOrganisation;
}

export function ruleTitle(rule: string): string {
  return RULES_BY_ID.get(rule)?.title ?? rule;
}

export function findingPlace(f: Finding): string {
  return UI.cellAt(f.sheet, cellAddress(f.row, f.col));
}

const fold = (s: string) => foldDiacritics(s.normalize('NFC')).toLowerCase();

export function filterFindings(findings: readonly Finding[], filters: FindingFilters, orgOf: (f: Finding) => string): Finding[] {
  const words = fold(filters.search).split(/\s+/).filter(Boolean);
  return findings.filter((f) => {
    if (filters.severity && f.severity !== filters.severity) return false;
    if (filters.group && f.group !== filters.group) return false;
    if (filters.rule && f.rule !== filters.rule) return false;
    if (filters.organisation && orgOf(f) !== filters.organisation) return false;
    if (words.length) {
      const hay = fold(`${findingPlace(f)} ${cellAddress(f.row, f.col)} ${ruleTitle(f.rule)} ${f.message} ${f.suggestion ?? ''} ${orgOf(f)}`);
      if (!words.every((w) => hay.includes(w))) return false;
    }
    return true;
  });
}

export type ListRow =
  | { type: 'header'; key: string; label: string; count: number }
  | { type: 'finding'; key: string; finding: Finding; position: number };

/** Rows of the virtual list (group headers and findings) and the findings in display order (for next/previous). */
export function buildRows(findings: readonly Finding[], groupBy: GroupBy, orgOf: (f: Finding) => string): { rows: ListRow[]; order: Finding[] } {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const g = groupBy === 'rule' ? f.rule : orgOf(f);
    let list = groups.get(g);
    if (!list) groups.set(g, (list = []));
    list.push(f);
  }
  const labels = [...groups.keys()].map((g) => ({ g, label: groupBy === 'rule' ? ruleTitle(g) : g }));
  if (groupBy === 'rule') {
    // Errors first, then by how many findings the rule has.
    const rank = (g: string) => SEVERITIES.indexOf(groups.get(g)!.reduce<Severity>((s, f) => (SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(s) ? f.severity : s), 'info'));
    labels.sort((a, b) => rank(a.g) - rank(b.g) || groups.get(b.g)!.length - groups.get(a.g)!.length || a.label.localeCompare(b.label, 'vi'));
  } else {
    labels.sort((a, b) => (a.g === UI.noOrganisation ? 1 : b.g === UI.noOrganisation ? -1 : a.label.localeCompare(b.label, 'vi')));
  }
  const rows: ListRow[] = [];
  const order: Finding[] = [];
  for (const { g, label } of labels) {
    const list = groups.get(g)!;
    rows.push({ type: 'header', key: `h:${g}`, label, count: list.length });
    for (const f of list) {
      rows.push({ type: 'finding', key: `f:${f.sheet}:${f.row}:${f.col}:${f.rule}:${order.length}`, finding: f, position: order.length });
      order.push(f);
    }
  }
  return { rows, order };
}

export function totals(findings: readonly Finding[]) {
  const byGroup = Object.fromEntries(GROUPS.map((g) => [g, 0])) as Record<RuleGroup, number>;
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) {
    byGroup[f.group]++;
    bySeverity[f.severity]++;
  }
  return { byGroup, bySeverity };
}

/** Rules and organisations that occur, for the filter dropdowns. */
export function filterChoices(findings: readonly Finding[], orgOf: (f: Finding) => string) {
  const rules = [...new Set(findings.map((f) => f.rule))].sort((a, b) => ruleTitle(a).localeCompare(ruleTitle(b), 'vi'));
  const organisations = [...new Set(findings.map(orgOf))].sort((a, b) => a.localeCompare(b, 'vi'));
  return { rules, organisations };
}
