import * as path from 'path';
import { buildSampleWorkbook, SAMPLE_AS_OF_ISO } from '../../src/core/sample/sampleWorkbook';
import type { FaultKind } from '../../src/core/sample/faults';
import { checkReportJsonSchema } from '../../src/core/findings';
import { workbookFromLayouts } from '../../src/host/file/workbookFromLayouts';
import { runCliCaptured } from '../helpers/cli';
import { makeTempDir } from '../helpers/xlsx';

/** The rule each planted fault is meant to trigger on its row. */
const EXPECTED: Record<FaultKind, string[]> = {
  'date-text-iso': ['date-text'],
  'date-text-dashes': ['date-text'],
  'id-number-lost-zeros': ['id-leading-zeros-lost'],
  'id-number-formatted': ['id-stored-as-number'],
  'id-cmnd': ['id-legacy-cmnd'],
  'name-lower': ['name-case'],
  'extra-spaces': ['text-whitespace'],
  'nfd-text': ['text-unicode'],
  'gender-spelling': ['gender-invalid'],
  'phone-old-prefix': ['phone-invalid'],
  'phone-lost-zero': ['phone-invalid'],
  'address-district': ['address-old-unit'],
  'address-old-province': ['address-old-province'],
  'branch-unknown': ['member-org-unknown'],
  'duplicate-id': ['duplicate-id'],
  'probation-overdue': ['probation-overdue'],
  'birth-missing': ['required'],
  'ethnicity-variant': ['value-not-in-list', 'text-whitespace'],
  'id-gender-mismatch': ['id-gender'],
  'legacy-encoding': ['text-legacy-encoding'],
};

describe('the demo sample, checked end to end from an .xlsx file', () => {
  it('finds every planted fault on its row and no error on clean rows', async () => {
    const dir = makeTempDir();
    const sample = buildSampleWorkbook();
    await workbookFromLayouts(sample.sheets).xlsx.writeFile(path.join(dir, 'mau.xlsx'));
    const run = await runCliCaptured(['check', 'mau.xlsx', '--json', '--as-of', SAMPLE_AS_OF_ISO], dir);
    expect(run.code).toBe(1);
    const report = checkReportJsonSchema.parse(JSON.parse(run.stdout));
    const [file] = report.files;
    expect(file.tables.map((t) => [t.sheet, t.kind, t.headerRow])).toEqual([
      ['Tổ chức đảng', 'organisations', 6],
      ['Đảng viên', 'members', 8],
    ]);
    const rulesAt = new Map<number, string[]>();
    for (const f of file.findings.filter((x) => x.sheet === 'Đảng viên')) {
      rulesAt.set(f.row, [...(rulesAt.get(f.row) ?? []), f.rule]);
    }
    const missed = sample.faults.filter((f) => !EXPECTED[f.kind].some((rule) => rulesAt.get(f.row)?.includes(rule)));
    expect(missed).toEqual([]);

    const faultRows = new Set(sample.faults.map((f) => f.row));
    const unexpected = file.findings.filter(
      (f) => f.sheet === 'Đảng viên' && f.severity === 'error' && !faultRows.has(f.row) && f.rule !== 'duplicate-id',
    );
    expect(unexpected).toEqual([]);
  });
});
