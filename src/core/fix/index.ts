/** The fix engine's public API. */
export { planFixes, applyPlan, type FixPlan, type FixOptions, type PlannedChange } from './planFixes';
export { FIXABLE_RULE_IDS, isFixableRule } from './fixableRules';
export { cellFromFix, sameCell, fixBetween } from './cellFromFix';
export { changesByRule, mainRule, shownCell, shownFix, type ChangeGroup } from './preview';
