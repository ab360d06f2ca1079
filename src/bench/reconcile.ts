import { serialFromYmd } from '../core/dates';
import type { MemberField, TableInfo } from '../core/fields';
import type { MemberRecord } from '../core/records';
import { reconcileMembers } from '../core/reconcile/reconcileMembers';
import type { ReconcileSide } from '../core/reconcile/types';
import { benchRows } from './size';

const ROWS = benchRows(200_000);
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Thanh', 'Hữu', 'Ngọc', 'Quang'];
const GIVEN = ['An', 'Bình', 'Hòa', 'Thúy', 'Dũng', 'Hương', 'Lan', 'Nam', 'Hải', 'Tuấn', 'Hạnh', 'Khoa'];
const FIELDS: MemberField[] = [
  'index', 'fullName', 'gender', 'birthDate', 'nationalId', 'cardNumber', 'recordNumber', 'admissionDate',
  'officialDate', 'branch', 'phone', 'address', 'memberType',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run reconciles the same lists. */
function rng(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let x = Math.imul(t ^ (t >>> 15), 1 | t);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticMember(i: number, next: () => number): MemberRecord {
  const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)];
  const year = 1940 + Math.floor(next() * 60);
  const female = next() < 0.4;
  const admission = serialFromYmd(year + 20 + Math.floor(next() * 20), 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28));
  return {
    row: i + 2,
    fullName: `${pick(FAMILY)} ${female ? 'Thị' : pick(MIDDLE)} ${pick(GIVEN)}`,
    gender: female ? 'Nữ' : 'Nam',
    birthDate: serialFromYmd(year, 1 + Math.floor(next() * 12), 1 + Math.floor(next() * 28)),
    // Unique by construction: the serial number fills the last six digits.
    nationalId: `001${female ? 1 : 0}${String(year % 100).padStart(2, '0')}${String(i).padStart(6, '0')}`,
    cardNumber: String(10_000_000 + i),
    recordNumber: `${String(100_000 + (i % 900_000)).padStart(6, '0')}${i >= 900_000 ? 'B' : 'A'}`,
    admissionDate: admission,
    officialDate: admission + 365,
    branch: `Chi bộ Thôn ${1 + (i % 40)}`,
    phone: `09${String(10_000_000 + i).slice(-8)}`,
    address: `Thôn ${1 + (i % 40)}, xã Hòa Bình, tỉnh Phú Thọ`,
    memberType: 'Chính thức',
    reviewed: false,
  };
}

function tableOf(sheet: string, rows: number): TableInfo {
  const columns: TableInfo['columns'] = {};
  FIELDS.forEach((f, i) => (columns[f] = i));
  return {
    sheet, kind: 'members', headerRow: 1, headerRows: 1, firstRow: 2, lastRow: rows + 1, columns,
    headers: FIELDS.map((f, col) => ({ col, label: f, field: f })), duplicateColumns: [],
    dataRows: Array.from({ length: rows }, (_, i) => i + 2), sections: [],
  };
}

/** B is A with 1% removed, as many added, 3% changed (birth date, branch, name case, lost ID) and its rows shuffled. */
function deriveB(a: MemberRecord[], next: () => number): MemberRecord[] {
  const b: MemberRecord[] = [];
  for (const m of a) {
    const roll = next();
    if (roll < 0.01) continue;
    const copy = { ...m };
    if (roll < 0.02) copy.birthDate = (copy.birthDate ?? 0) + 1;
    else if (roll < 0.03) copy.branch = 'Chi bộ Thôn 99';
    else if (roll < 0.035) copy.fullName = copy.fullName?.toUpperCase();
    else if (roll < 0.04) copy.nationalId = undefined;
    b.push(copy);
  }
  for (let i = a.length; b.length < a.length; i++) b.push(syntheticMember(i, next));
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b.map((m, i) => ({ ...m, row: i + 2 }));
}

/** 200,000 members against 200,000: `reconcile: rows=200000 s=<seconds>`. */
export function runReconcileBench(): string {
  const next = rng(20251230);
  const recordsA = Array.from({ length: ROWS }, (_, i) => syntheticMember(i, next));
  const recordsB = deriveB(recordsA, next);
  const a: ReconcileSide = { sheet: 'A', records: recordsA, table: tableOf('A', ROWS) };
  const b: ReconcileSide = { sheet: 'B', records: recordsB, table: tableOf('B', recordsB.length) };
  // Collect the generator's garbage first (npm run bench passes --expose-gc), so the time is reconciliation's.
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.hrtime.bigint();
  const result = reconcileMembers(a, b);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.matched === 0) throw new Error('reconcile bench: nothing matched');
  return `reconcile: rows=${ROWS} s=${seconds.toFixed(2)}`;
}

if (require.main === module) console.log(runReconcileBench());
