import { RULES } from '../rules/catalog';

/** The rules with a safe automatic fix (RULES.md §3), in catalog order. */
export const FIXABLE_RULE_IDS: readonly string[] = RULES.filter((r) => r.fixable).map((r) => r.id);

const FIXABLE = new Set(FIXABLE_RULE_IDS);

export function isFixableRule(id: string): boolean {
  return FIXABLE.has(id);
}
