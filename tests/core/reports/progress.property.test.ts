import fc from 'fast-check';
import { GROUPS, type RuleGroup, type Severity } from '../../../src/core/findings';
import type { OrgType } from '../../../src/core/records';
import type { ProgressCounts, ProgressRow } from '../../../src/core/reports/progress';
import { computeProgress } from '../../../src/core/reports/progress';
import { finding, input, member, org, table } from './fakeInput';

const TYPES: OrgType[] = ['Đảng bộ cơ sở', 'Chi bộ cơ sở', 'Đảng bộ bộ phận', 'Chi bộ trực thuộc'];

const workbook = fc
  .record({
    orgs: fc.array(fc.record({ parent: fc.nat(), type: fc.constantFrom(...TYPES) }), { minLength: 0, maxLength: 12 }),
    members: fc.array(fc.record({ branch: fc.nat(), reviewed: fc.boolean() }), { maxLength: 60 }),
    findings: fc.array(
      fc.record({
        sheet: fc.constantFrom('ĐV', 'TC', 'Khác'),
        row: fc.integer({ min: 1, max: 70 }),
        group: fc.constantFrom<RuleGroup>(...GROUPS),
        severity: fc.constantFrom<Severity>('error', 'warning', 'info'),
      }),
      { maxLength: 80 },
    ),
    reviewedColumn: fc.boolean(),
  })
  .map((w) => {
    // Organisation i's parent is an earlier one (or the province: a root); numbers keep names distinct.
    const orgs = w.orgs.map((o, i) =>
      org(i + 2, `${o.type.startsWith('Chi') ? 'Chi bộ' : 'Đảng bộ'} Đơn vị ${i + 1}`, o.type,
        i === 0 || o.parent % (i + 1) === i ? 'Tỉnh ủy Ninh Bình' : `${w.orgs[o.parent % i].type.startsWith('Chi') ? 'Chi bộ' : 'Đảng bộ'} Đơn vị ${(o.parent % i) + 1}`),
    );
    const members = w.members.map((m, i) =>
      member(i + 2, m.branch % (orgs.length + 2) < orgs.length ? orgs[m.branch % (orgs.length + 2)].name : m.branch % 2 ? 'Chi bộ Lạ' : undefined, { reviewed: m.reviewed }),
    );
    return {
      data: input({
        organisations: orgs.length ? [{ table: table('TC', 'organisations', orgs.length), records: orgs }] : [],
        members: [{ table: table('ĐV', 'members', members.length, w.reviewedColumn ? { reviewed: 5 } : {}), records: members }],
        findings: w.findings.map((f) => finding(f.sheet, f.row, f.group, f.severity)),
      }),
      members,
    };
  });

function add(rows: ProgressRow[]): ProgressCounts {
  const s: ProgressCounts = { total: 0, reviewed: 0, standardised: 0, withErrors: 0, groups: { complete: 0, correct: 0, clean: 0, current: 0, consistent: 0 } };
  for (const r of rows) {
    s.total += r.counts.total;
    s.reviewed += r.counts.reviewed;
    s.standardised += r.counts.standardised;
    s.withErrors += r.counts.withErrors;
    for (const g of GROUPS) s.groups[g] += r.counts.groups[g];
  }
  return s;
}

describe('computeProgress invariants (random workbooks)', () => {
  it('totals add up, subtotals equal their subtree, every error on the data sheets is counted once', () => {
    let withSubtotals = 0;
    let withUnknown = 0;
    fc.assert(
      fc.property(workbook, ({ data, members }) => {
        const r = computeProgress(data, 46000);
        if (r.rows.some((x) => x.kind === 'subtotal')) withSubtotals++;
        if (r.rows.some((x) => x.kind === 'unknown')) withUnknown++;
        const body = r.rows.filter((x) => x.kind !== 'subtotal' && x.kind !== 'total');
        expect(add(body)).toEqual(r.total);
        expect(r.total.total).toBe(members.length);
        for (const row of r.rows) {
          expect(row.counts.standardised + row.counts.withErrors).toBe(row.counts.total);
          expect(row.counts.reviewed).toBeLessThanOrEqual(row.counts.total);
        }
        const counted = GROUPS.reduce((n, g) => n + r.total.groups[g], 0);
        const dataSheets = new Set([...data.members, ...data.organisations].map((t) => t.table.sheet));
        const expected = data.findings.filter((f) => f.severity === 'error' && dataSheets.has(f.sheet)).length;
        expect(counted).toBe(expected);
        r.rows.forEach((row, j) => {
          if (row.kind !== 'subtotal') return;
          const start = r.rows.findIndex((x) => x.kind === 'organisation' && `Cộng ${x.label}` === row.label);
          expect(start).toBeGreaterThanOrEqual(0);
          const subtree = r.rows.slice(start, j).filter((x) => x.kind === 'organisation');
          expect(subtree.slice(1).every((x) => x.depth > r.rows[start].depth)).toBe(true);
          expect(row.counts).toEqual(add(subtree));
        });
      }),
      { numRuns: 200 },
    );
    // The generator does reach the interesting shapes.
    expect(withSubtotals).toBeGreaterThan(10);
    expect(withUnknown).toBeGreaterThan(10);
  });
});
