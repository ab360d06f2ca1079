import { cellAddress } from '../../core/cells';
import { mainRule, type ChangeGroup, type PlannedChange } from '../../core/fix';

/**
 * Which planned changes the user keeps: rules and single cells switched off. Pure, so the list, the counts and
 * the apply button agree.
 */
export interface Selection {
  offRules: ReadonlySet<string>;
  offCells: ReadonlySet<string>;
}

export const NO_SELECTION_OFF: Selection = { offRules: new Set(), offCells: new Set() };

export function changeKey(c: { sheet: string; row: number; col: number }): string {
  return `${c.sheet}!${cellAddress(c.row, c.col)}`;
}

export function isChosen(sel: Selection, change: PlannedChange): boolean {
  return !sel.offRules.has(mainRule(change)) && !sel.offCells.has(changeKey(change));
}

export function chosenChanges(sel: Selection, changes: readonly PlannedChange[]): PlannedChange[] {
  return changes.filter((c) => isChosen(sel, c));
}

/** true, false or 'mixed' for a rule's checkbox. */
export function ruleState(sel: Selection, group: ChangeGroup): boolean | 'mixed' {
  if (sel.offRules.has(group.rule)) return false;
  const off = group.changes.filter((c) => sel.offCells.has(changeKey(c))).length;
  return off === 0 ? true : off === group.changes.length ? false : 'mixed';
}

export function toggleRule(sel: Selection, group: ChangeGroup, on: boolean): Selection {
  const offRules = new Set(sel.offRules);
  const offCells = new Set(sel.offCells);
  for (const c of group.changes) offCells.delete(changeKey(c));
  if (on) offRules.delete(group.rule);
  else offRules.add(group.rule);
  return { offRules, offCells };
}

export function toggleCell(sel: Selection, group: ChangeGroup, change: PlannedChange, on: boolean): Selection {
  const offRules = new Set(sel.offRules);
  const offCells = new Set(sel.offCells);
  if (on && offRules.has(group.rule)) {
    // Ticking one cell of a switched-off rule: the rule comes back with only that cell.
    offRules.delete(group.rule);
    for (const c of group.changes) offCells.add(changeKey(c));
  }
  const key = changeKey(change);
  if (on) offCells.delete(key);
  else offCells.add(key);
  return { offRules, offCells };
}
