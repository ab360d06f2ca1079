import type { Cell, SheetData } from '../cells';
import { encodeTcvn3 } from '../text/legacyEncode';
import { Prng } from './prng';
import { generateMember, newUsedNumbers } from './members';
import { MEMBER_COLUMNS, memberCells } from './memberColumns';
import { applyFault, FAULT_KINDS } from './faults';
import { SAMPLE_ORGANISATIONS } from './organisations';

export interface BenchTableOptions {
  rows: number;
  seed?: number;
  /** Share of rows with one typical fault. */
  faultRate?: number;
  asOf: number;
}

/**
 * A large members table (one header row, then `rows` members in the 20 columns of MEMBER_COLUMNS) for timing the
 * engine: the same realistic values and faults as the sample, built directly in memory.
 */
export function buildBenchMembers(options: BenchTableOptions): SheetData {
  const prng = new Prng(options.seed ?? 42);
  const used = newUsedNumbers();
  const branches = SAMPLE_ORGANISATIONS.filter((o) => o.members > 0).map((o) => o.name);
  const faultRate = options.faultRate ?? 0.05;
  const rows: (Cell | undefined)[][] = [MEMBER_COLUMNS.map(([, label]) => ({ type: 'text', value: label }) as Cell)];
  const ids: string[] = [];
  const legacy = (s: string) => ({ text: encodeTcvn3(s), font: '.VnTime' });
  for (let i = 0; i < options.rows; i++) {
    const m = generateMember(prng, branches[i % branches.length], { asOf: options.asOf, branches }, used);
    ids.push(m.nationalId);
    const cells = memberCells(m, i + 1, prng.chance(0.15));
    if (prng.chance(faultRate)) {
      applyFault(prng.pick(FAULT_KINDS), m, cells, {
        prng,
        asOf: options.asOf,
        encodeLegacy: legacy,
        otherId: () => (ids.length > 1 ? ids[prng.int(0, ids.length - 2)] : undefined),
      });
    }
    rows.push(MEMBER_COLUMNS.map(([key]) => cells[key]));
  }
  return { name: 'Đảng viên', rows, merges: [] };
}
