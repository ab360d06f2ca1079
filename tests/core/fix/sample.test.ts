import { checkWorkbook } from '../../../src/core/engine';
import { applyPlan, planFixes } from '../../../src/core/fix';
import { buildSampleWorkbook } from '../../../src/core/sample/sampleWorkbook';
import type { FaultKind } from '../../../src/core/sample/faults';
import { differingCells } from './fixSheets';

/** The planted faults the fix engine repairs on its own, and the rule each one is reported under. */
const FIXED_FAULTS: Partial<Record<FaultKind, string | string[]>> = {
  'date-text-iso': 'date-text',
  'date-text-dashes': 'date-text',
  'id-number-lost-zeros': 'id-leading-zeros-lost',
  'id-number-formatted': 'id-stored-as-number',
  'name-lower': 'name-case',
  'extra-spaces': 'text-whitespace',
  'nfd-text': 'text-unicode',
  'gender-spelling': 'gender-invalid',
  'phone-old-prefix': 'phone-invalid',
  'phone-lost-zero': 'phone-invalid',
  'ethnicity-variant': ['value-not-in-list', 'text-whitespace'],
  'legacy-encoding': 'text-legacy-encoding',
};

describe('fixing the synthetic sample workbook', () => {
  const sample = buildSampleWorkbook();
  const sheets = sample.sheets.map((l) => l.data);
  const options = { asOf: sample.asOf };
  const before = checkWorkbook(sheets, options);
  const plan = planFixes(sheets, options);
  const fixed = applyPlan(sheets, plan.changes);
  const after = checkWorkbook(fixed, options);

  it('repairs every planted fault that has a safe fix, and a check afterwards no longer finds it', () => {
    const planted = sample.faults.filter((f) => FIXED_FAULTS[f.kind]);
    expect(planted.length).toBeGreaterThan(10);
    for (const f of planted) {
      const rules = ([] as string[]).concat(FIXED_FAULTS[f.kind] as string | string[]);
      const key = (x: { row: number; rule: string; sheet: string }) => x.sheet === 'Đảng viên' && x.row === f.row && rules.includes(x.rule);
      expect({ fault: f.kind, found: before.findings.some(key) }).toEqual({ fault: f.kind, found: true });
      const changed = plan.changes.some((c) => c.row === f.row && c.rules.some((r) => rules.includes(r)));
      expect({ fault: f.kind, changed }).toEqual({ fault: f.kind, changed: true });
      expect({ fault: f.kind, left: after.findings.some(key) }).toEqual({ fault: f.kind, left: false });
    }
    expect(after.findings.filter((f) => f.fix)).toEqual([]);
  });

  it('leaves the faults that need a human, and offers their suggestions without applying them', () => {
    const human = ['duplicate-id', 'member-org-unknown', 'address-old-province', 'id-gender', 'required'];
    const count = (list: typeof before.findings, rule: string) => list.filter((f) => f.rule === rule).length;
    for (const rule of human) expect(count(after.findings, rule)).toBe(count(before.findings, rule));
    expect(plan.suggestions.length).toBeGreaterThan(0);
    expect(plan.suggestions).toEqual(after.findings.filter((f) => f.suggestion !== undefined && !f.fix));
    // A suggestion's value is never written: no change carries it where the suggesting rule is not fixable.
    for (const s of plan.suggestions) {
      const change = plan.changes.find((c) => c.sheet === s.sheet && c.row === s.row && c.col === s.col);
      if (change) expect(change.after.value).not.toBe(s.suggestion);
    }
  });

  it('touches only the changed cells, and a second run finds nothing to change', () => {
    expect(differingCells(sheets, fixed).length).toBe(plan.changes.length);
    expect(planFixes(fixed, options).changes).toEqual([]);
  });
});
