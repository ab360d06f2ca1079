import fc from 'fast-check';
import type { Cell } from '../../../src/core/cells';
import { checkWorkbook } from '../../../src/core/engine';
import { FIXABLE_RULE_IDS, applyPlan, planFixes } from '../../../src/core/fix';
import { encodeTcvn3, encodeVni } from '../../../src/core/text/legacyEncode';
import {
  AS_OF, BRANCHES, COL, FIRST_ROW, cleanRow, differingCells, memberSheet, n, organisationSheet, t, type CleanMember,
} from './fixSheets';

/**
 * Property tests over random dirty member lists: whatever mix of whitespace, NFD, case, legacy encodings, IDs and
 * phones as numbers, text dates and list variants, fixing is idempotent, leaves no fixable finding, touches only
 * cells that had one, and never changes a name's letters or tone marks beyond the encoding repair.
 */

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đỗ', 'Bùi', 'Đặng', 'Ngô', 'Dương', 'Lương', 'Trịnh'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Xuân', 'Thùy', 'Quang'];
// Both tone placements (Thuý/Thúy, Hoà/Hòa) are legal spellings and must survive as typed.
const GIVEN = ['An', 'Bình', 'Cường', 'Thuý', 'Thúy', 'Hoà', 'Hòa', 'Hương', 'Khoa', 'Quỳnh', 'Nguyệt', 'Tuấn', 'Yến', 'Giang'];

type NameDirt = 'spaces' | 'nbsp' | 'nfd' | 'lower' | 'upper' | 'tcvn3' | 'tcvn3H' | 'vni';

const member = fc.record({
  fullName: fc.tuple(fc.constantFrom(...SURNAMES), fc.constantFrom(...MIDDLE), fc.constantFrom(...GIVEN)).map((p) => p.join(' ')),
  female: fc.boolean(),
  birthYear: fc.integer({ min: 1940, max: 1990 }),
  idTail: fc.integer({ min: 0, max: 999999 }).map((x) => String(x).padStart(6, '0')),
  phone: fc.tuple(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 0, max: 9999999 })).map(([p, x]) => `03${p}${String(x).padStart(7, '0')}`),
  branch: fc.constantFrom(...BRANCHES),
});

const dirt = fc.record({
  name: fc.subarray<NameDirt>(['spaces', 'nbsp', 'nfd', 'lower', 'upper', 'tcvn3', 'tcvn3H', 'vni'], { maxLength: 2 }),
  id: fc.constantFrom('none', 'number', 'formatted', 'spaces'),
  gender: fc.constantFrom('none', 'lower', 'upper', 'plain'),
  birth: fc.constantFrom('none', 'iso', 'dmy'),
  phone: fc.constantFrom('none', 'number', 'oldPrefix'),
  ethnicity: fc.constantFrom('none', 'KINH', ' Kinh ', 'kinh'),
});

type Dirt = typeof dirt extends fc.Arbitrary<infer T> ? T : never;

function dirtyName(name: string, kinds: NameDirt[]): Cell {
  let s = name;
  if (kinds.includes('lower')) s = s.toLowerCase();
  if (kinds.includes('upper')) s = s.toUpperCase();
  let font: string | undefined;
  if (kinds.includes('tcvn3H')) [s, font] = [encodeTcvn3(s), '.VnTimeH'];
  else if (kinds.includes('tcvn3')) [s, font] = [encodeTcvn3(s), '.VnTime'];
  else if (kinds.includes('vni')) [s, font] = [encodeVni(s), 'VNI-Times'];
  else if (kinds.includes('nfd')) s = s.normalize('NFD');
  if (kinds.includes('spaces')) s = ` ${s.replace(' ', '  ')}`;
  if (kinds.includes('nbsp')) s = s.replace(' ', '\u00a0');
  return t(s, font);
}

function dirtyRow(m: CleanMember, x: Dirt, index: number): Cell[] {
  const cells = cleanRow(m, index);
  cells[COL.fullName] = dirtyName(m.fullName, x.name);
  const id = cells[COL.nationalId].value as string;
  if (x.id === 'number') cells[COL.nationalId] = n(Number(id));
  if (x.id === 'formatted') cells[COL.nationalId] = n(Number(id), '000000000000');
  if (x.id === 'spaces') cells[COL.nationalId] = t(` ${id} `, undefined, '@');
  const g = m.female ? 'Nữ' : 'Nam';
  if (x.gender !== 'none') cells[COL.gender] = t(x.gender === 'lower' ? g.toLowerCase() : x.gender === 'upper' ? g.toUpperCase() : m.female ? 'nu' : 'nam');
  if (x.birth === 'iso') cells[COL.birthDate] = t(`${m.birthYear}-03-12`);
  if (x.birth === 'dmy') cells[COL.birthDate] = t(`12/3/${m.birthYear}`);
  if (x.phone === 'number') cells[COL.phone] = n(Number(m.phone));
  if (x.phone === 'oldPrefix') cells[COL.phone] = t(`016${m.phone.slice(2)}`, undefined, '@');
  if (x.ethnicity !== 'none') cells[COL.ethnicity] = t(x.ethnicity);
  return cells;
}

const workbook = fc
  .array(fc.tuple(member, dirt), { minLength: 3, maxLength: 10 })
  .map((rows) => ({
    clean: rows.map(([m]) => m),
    sheets: [organisationSheet(), memberSheet(rows.map(([m, x], i) => dirtyRow(m, x, i + 1)))],
  }));

const fold = (s: string) => s.normalize('NFC').toLowerCase();

describe('fix engine properties', () => {
  it('is idempotent, leaves no fixable finding and touches only cells that had one', () => {
    fc.assert(
      fc.property(workbook, ({ sheets }) => {
        const before = checkWorkbook(sheets, { asOf: AS_OF });
        const fixableCells = new Set(before.findings.filter((f) => f.fix).map((f) => `${f.sheet}!${f.row}:${f.col}`));
        const plan = planFixes(sheets, { asOf: AS_OF });
        const fixed = applyPlan(sheets, plan.changes);
        const changed = differingCells(sheets, fixed);
        expect(changed.filter((k) => !fixableCells.has(k))).toEqual([]);
        expect(checkWorkbook(fixed, { asOf: AS_OF }).findings.filter((f) => f.fix)).toEqual([]);
        expect(planFixes(fixed, { asOf: AS_OF }).changes).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it('with --rules, changes only cells with a chosen finding, leaves none of those fixable, and stays idempotent', () => {
    fc.assert(
      fc.property(workbook, fc.subarray([...FIXABLE_RULE_IDS], { minLength: 1 }), ({ sheets }, rules) => {
        const chosen = new Set(rules);
        const before = checkWorkbook(sheets, { asOf: AS_OF });
        const chosenCells = new Set(before.findings.filter((f) => f.fix && chosen.has(f.rule)).map((f) => `${f.sheet}!${f.row}:${f.col}`));
        const plan = planFixes(sheets, { asOf: AS_OF, rules });
        const fixed = applyPlan(sheets, plan.changes);
        expect(differingCells(sheets, fixed).filter((k) => !chosenCells.has(k))).toEqual([]);
        for (const c of plan.changes) expect(c.rules.every((r) => chosen.has(r))).toBe(true);
        const changed = new Set(plan.changes.map((c) => `${c.sheet}!${c.row}:${c.col}`));
        const left = checkWorkbook(fixed, { asOf: AS_OF }).findings.filter((f) => f.fix && changed.has(`${f.sheet}!${f.row}:${f.col}`) && chosen.has(f.rule));
        expect(left).toEqual([]);
        expect(planFixes(fixed, { asOf: AS_OF, rules }).changes).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it("never changes a name's letters or tone marks beyond the encoding repair", () => {
    fc.assert(
      fc.property(workbook, ({ clean, sheets }) => {
        const plan = planFixes(sheets, { asOf: AS_OF });
        const fixed = applyPlan(sheets, plan.changes);
        clean.forEach((m, i) => {
          const row = FIRST_ROW + i;
          const dirty = sheets[1].rows[row - 1][COL.fullName] as Cell;
          const cell = fixed[1].rows[row - 1][COL.fullName] as Cell;
          const converted = plan.changes.some((c) => c.row === row && c.col === COL.fullName && c.rules.includes('text-legacy-encoding'));
          // Legacy text the detector leaves alone (it reads as valid Unicode too) keeps its letters as typed.
          const expected = dirty.font && !converted ? (dirty.value as string).replace(/\s+/g, ' ').trim() : m.fullName;
          expect(fold(cell.value as string)).toBe(fold(expected));
        });
      }),
      { numRuns: 150 },
    );
  });
});
