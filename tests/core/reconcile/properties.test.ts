import fc from 'fast-check';
import { serialFromYmd } from '../../../src/core/dates';
import type { MemberRecord } from '../../../src/core/records';
import { reconcileMembers } from '../../../src/core/reconcile/reconcileMembers';
import { side } from './helpers';

const SYLLABLES = ['Nguyễn', 'Trần', 'Lê', 'Văn', 'Thị', 'Hòa', 'Thúy', 'Hạnh', 'Đức', 'Ánh', 'Quý', 'Hà', 'Hạ', 'Khoa'];
const BRANCHES = ['Chi bộ Thôn 1', 'Chi bộ Thôn 2', 'Chi bộ Khu phố Đông'];

const member = fc.record({
  words: fc.array(fc.constantFrom(...SYLLABLES), { minLength: 2, maxLength: 4 }),
  birth: fc.integer({ min: serialFromYmd(1930, 1, 1), max: serialFromYmd(2005, 12, 31) }),
  branch: fc.constantFrom(...BRANCHES),
  phone: fc.option(fc.integer({ min: 10_000_000, max: 99_999_999 }), { nil: undefined }),
  withId: fc.boolean(),
});

interface Gen {
  words: string[];
  birth: number;
  branch: string;
  phone?: number;
  withId: boolean;
}

function toRecords(gens: Gen[]): Partial<MemberRecord>[] {
  // IDs are unique by construction (the index fills the last digits).
  return gens.map((g, i) => ({
    fullName: g.words.join(' '),
    birthDate: g.birth,
    nationalId: g.withId ? `0010${String(80 + (i % 20)).padStart(2, '0')}${String(i).padStart(6, '0')}` : undefined,
    branch: g.branch,
    phone: g.phone === undefined ? undefined : `09${g.phone}`,
  }));
}

/** What users do to a value without changing it: case, spaces, Unicode form, tone placement. */
const retype = fc.constantFrom(
  (s: string) => s.toUpperCase(),
  (s: string) => `  ${s.replace(/ /g, '   ')} `,
  (s: string) => s.normalize('NFD'),
  (s: string) => s.replace(/Hòa/g, 'Hoà').replace(/Thúy/g, 'Thuý').replace(/Quý/g, 'Qúy'),
  (s: string) => s,
);

describe('reconcileMembers properties', () => {
  it('a list against a re-typed, re-ordered copy of itself: everyone matched, nothing different', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(member, { minLength: 1, maxLength: 30, selector: (g) => `${g.words.join(' ')}|${g.birth}` }),
        fc.infiniteStream(retype),
        fc.integer({ min: 0, max: 1_000_000 }),
        (gens, retypes, seed) => {
          const a = toRecords(gens);
          const it = retypes[Symbol.iterator]();
          const b = a.map((r) => ({ ...r, fullName: it.next().value(r.fullName!), branch: it.next().value(r.branch!) }));
          // A deterministic shuffle of B's rows.
          const order = b.map((_, i) => i).sort((x, y) => ((x * 7919 + seed) % 101) - ((y * 7919 + seed) % 101) || x - y);
          const r = reconcileMembers(side('A', a), side('B', order.map((i) => b[i])));
          expect(r.different).toEqual([]);
          expect(r.matched).toBe(a.length);
          expect(r.onlyInA.length + r.onlyInB.length + r.ambiguous.length).toBe(0);
        },
      ),
    );
  });

  it('is symmetric: swapping A and B swaps the sides of every entry', () => {
    fc.assert(
      fc.property(fc.array(member, { maxLength: 20 }), fc.array(member, { maxLength: 20 }), (ga, gb) => {
        const a = side('A', toRecords(ga));
        const b = side('B', toRecords(gb));
        const ab = reconcileMembers(a, b);
        const ba = reconcileMembers(b, a);
        expect(ba.matched).toBe(ab.matched);
        expect(ba.onlyInA).toEqual(ab.onlyInB);
        expect(ba.onlyInB).toEqual(ab.onlyInA);
        const swap = (x: (typeof ab.different)[number]) => ({ ...x, rowA: x.rowB, rowB: x.rowA, a: x.b, b: x.a, colA: x.colB, colB: x.colA });
        const key = (x: { rowA: number; field: string }) => `${x.rowA}|${x.field}`;
        expect(ba.different.map((x) => key(x)).sort()).toEqual(ab.different.map(swap).map((x) => key(x)).sort());
        // Every row is accounted for exactly once on each side: matched, only on its side, or ambiguous.
        const ambiguousA = new Set<number>();
        const ambiguousB = new Set<number>();
        for (const e of ab.ambiguous) {
          if (e.side === 'a') {
            ambiguousA.add(e.rowA);
            e.rowsB.forEach((x) => ambiguousB.add(x));
          } else {
            ambiguousB.add(e.rowB);
            e.rowsA.forEach((x) => ambiguousA.add(x));
          }
        }
        const rowsA = [...ab.pairs.map((p) => p.rowA), ...ab.onlyInA.map((e) => e.row), ...ambiguousA].sort((x, y) => x - y);
        const rowsB = [...ab.pairs.map((p) => p.rowB), ...ab.onlyInB.map((e) => e.row), ...ambiguousB].sort((x, y) => x - y);
        expect(rowsA).toEqual(a.records.map((x) => x.row));
        expect(rowsB).toEqual(b.records.map((x) => x.row));
      }),
    );
  });
});
