/**
 * The preview's choices (rules and single cells switched off) and what an accepted suggestion writes.
 */
import { changesByRule, planFixes } from '../../src/core/fix';
import type { Finding } from '../../src/core/findings';
import { chosenChanges, NO_SELECTION_OFF, ruleState, toggleCell, toggleRule } from '../../src/taskpane/repair/selection';
import { suggestionFix } from '../../src/taskpane/repair/suggestionFix';
import { faultyWorkbook, hostOver, planThrough } from '../host/office/undoSupport';

let plan: ReturnType<typeof planFixes>;
beforeAll(async () => {
  plan = await planThrough(hostOver(faultyWorkbook()));
});

test('switching a rule off drops exactly its changes; one cell back on brings only that cell', () => {
  const groups = changesByRule(plan.changes);
  const g = groups[0];
  let sel = toggleRule(NO_SELECTION_OFF, g, false);
  expect(ruleState(sel, g)).toBe(false);
  expect(chosenChanges(sel, plan.changes)).toEqual(plan.changes.filter((c) => !g.changes.includes(c)));
  sel = toggleCell(sel, g, g.changes[0], true);
  expect(chosenChanges(sel, plan.changes)).toEqual(plan.changes.filter((c) => !g.changes.includes(c) || c === g.changes[0]));
  expect(ruleState(sel, g)).toBe(g.changes.length === 1 ? true : 'mixed');
  sel = toggleRule(sel, g, true);
  expect(chosenChanges(sel, plan.changes)).toEqual(plan.changes);
});

test('switching single cells off counts them out, and the rule shows mixed', () => {
  const g = changesByRule(plan.changes).find((x) => x.changes.length > 0)!;
  const sel = toggleCell(NO_SELECTION_OFF, g, g.changes[0], false);
  expect(chosenChanges(sel, plan.changes)).toHaveLength(plan.changes.length - 1);
  expect(ruleState(sel, g)).toBe(g.changes.length === 1 ? false : 'mixed');
});

const finding = (suggestion: string, col = 3): Finding => ({
  sheet: 'S', row: 5, col, field: null, rule: 'x', group: 'correct', severity: 'error', message: 'm', suggestion,
});

test('suggestions: a date goes in as a date, digits with a leading zero as text, advice is not written', () => {
  expect(suggestionFix(finding('12/03/1980'), undefined)).toEqual({ value: 29292, format: 'dd/mm/yyyy', isDate: true });
  expect(suggestionFix(finding('0912345678'), undefined)).toEqual({ value: '0912345678', format: '@' });
  expect(suggestionFix(finding('Chi bộ Thôn Tây'), undefined)).toEqual({ value: 'Chi bộ Thôn Tây' });
  expect(suggestionFix(finding('Kiểm tra lại. Có thể là hai người khác nhau'), undefined)).toBeUndefined();
  expect(suggestionFix(finding('Chi bộ Thôn Tây', -1), undefined)).toBeUndefined();
});
